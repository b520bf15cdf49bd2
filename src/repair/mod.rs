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
use std::collections::{BTreeMap, HashMap};

pub mod furniture;
pub mod hyphen;
pub mod lexicon;
pub mod mojibake;
pub mod ocr;

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
///
/// Furniture always; with `fix_damage`, also mojibake, broken words and OCR
/// confusions. Edits never overlap: where two would, the one of the earlier stage
/// (furniture, mojibake, line joins, OCR words) wins.
pub fn repair(decoded: &Decoded, lines: &LineIndex, opts: &RepairOptions) -> Cleaned {
    let text = decoded.text.as_str();
    let (furniture_edits, furniture) = furniture::detect(text, lines);
    let furniture_spans: Vec<Span> = furniture_edits.iter().map(|e| e.span).collect();
    let mut stages = vec![furniture_edits];
    if opts.fix_damage {
        let moji = mojibake::detect(text);
        let taint: Vec<Span> = moji.iter().map(|e| e.span).collect();
        stages.push(moji);
        let vocab = Vocabulary::new(text);
        stages.push(hyphen::detect(text, &vocab));
        stages.push(ocr::detect(text, &vocab, &furniture_spans, &taint));
    }
    let edits = resolve(text, stages);
    let (cleaned, map, repairs) = apply(text, lines, &edits);
    Cleaned {
        text: cleaned,
        map,
        repairs,
        furniture,
    }
}

/// Merges the edits of the stages, in stage order of precedence, into one sorted,
/// non-overlapping list; edits off char boundaries or out of range are dropped.
fn resolve(text: &str, stages: Vec<Vec<Edit>>) -> Vec<Edit> {
    let mut kept: BTreeMap<usize, Edit> = BTreeMap::new();
    for stage in stages {
        for e in stage {
            let Span { start, end } = e.span;
            if end > text.len() || !text.is_char_boundary(start) || !text.is_char_boundary(end) {
                continue;
            }
            let clash_before = kept
                .range(..=start)
                .next_back()
                .is_some_and(|(_, k)| k.span.end > start || k.span.start == start);
            let clash_after = kept
                .range(start..)
                .next()
                .is_some_and(|(&s, _)| s < end || s == start);
            if !clash_before && !clash_after {
                kept.insert(start, e);
            }
        }
    }
    kept.into_values().collect()
}

/// Word counts of one document: evidence for repairs (a word printed correctly
/// elsewhere in the text is strong evidence for it).
pub struct Vocabulary<'a> {
    counts: HashMap<&'a str, usize>,
}

impl<'a> Vocabulary<'a> {
    /// Counts the words of `text`: runs of letters and digits, and hyphenated
    /// compounds (`IT-dienstverleners`) both whole and by part.
    pub fn new(text: &'a str) -> Vocabulary<'a> {
        let mut counts: HashMap<&'a str, usize> = HashMap::new();
        let mut compound: Option<(usize, usize)> = None;
        for (start, w) in Self::words(text) {
            *counts.entry(w).or_default() += 1;
            let end = start + w.len();
            compound = match compound {
                Some((cs, ce)) if start == ce + 1 && text.as_bytes()[ce] == b'-' => {
                    *counts.entry(&text[cs..end]).or_default() += 1;
                    Some((cs, end))
                }
                _ => Some((start, end)),
            };
        }
        Vocabulary { counts }
    }

    fn words(text: &'a str) -> impl Iterator<Item = (usize, &'a str)> + 'a {
        let mut it = text.char_indices().peekable();
        std::iter::from_fn(move || {
            while let Some(&(_, c)) = it.peek() {
                if c.is_alphanumeric() {
                    break;
                }
                it.next();
            }
            let (start, _) = *it.peek()?;
            let mut end = start;
            while let Some(&(i, c)) = it.peek() {
                if !c.is_alphanumeric() {
                    break;
                }
                end = i + c.len_utf8();
                it.next();
            }
            Some((start, &text[start..end]))
        })
    }

    /// The words of `text` with their byte offsets (runs of letters and digits).
    pub fn tokens(&self, text: &'a str) -> impl Iterator<Item = (usize, &'a str)> + 'a {
        Self::words(text)
    }

    /// How often `word` occurs in the document, as written.
    pub fn count(&self, word: &str) -> usize {
        self.counts.get(word).copied().unwrap_or(0)
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
