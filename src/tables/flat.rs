//! Flat tables: one cell per line.

use super::Found;
use crate::segment::TextLine;
use crate::span::Locator;

/// Finds flat tables in `lines`.
pub fn find(lines: &[TextLine<'_>], loc: &Locator<'_>) -> Vec<Found> {
    let _ = (lines, loc);
    Vec::new()
}
