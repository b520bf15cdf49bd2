//! Canonical RBV line-item ids for row labels of agency tables.

/// Canonical id of a row label, or `None` (indicator rows have no fixed model).
pub fn canonical(label: &str) -> Option<&'static str> {
    let _ = label;
    None
}
