//! Aligned tables: one row per line, cells separated by spaces.

use super::Found;
use crate::segment::TextLine;
use crate::span::Locator;

/// Finds aligned tables in `lines`.
pub fn find(lines: &[TextLine<'_>], loc: &Locator<'_>) -> Vec<Found> {
    let _ = (lines, loc);
    Vec::new()
}
