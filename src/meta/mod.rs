//! Metadata and structure: what the document is, about when, and its section tree.
//!
//! In: the segmented blocks, the cleaned lines (table lines are read too: a table
//! title such as `Begroting van baten en lasten voor het jaar 2014` names the
//! document), the furniture repair removed (running footers carry the
//! parliamentary paper and page) and the [`Locator`]. Out: [`Meta`], the
//! [`Section`] tree and diagnostics; every line is 1-based in the decoded source.
//!
//! - [`kind`]: the kind of document from titles, self-references and content shape.
//! - [`period`]: periods the text names (`januari t/m april 2023`, `per 31 december 2022`).
//! - [`refs`]: parliamentary papers, vergaderjaar, pages, chapters, organisation, authors.
//!
//! This module does not read table values; it never guesses silently: weak evidence
//! is marked `low`/`medium` with a diagnostic, disagreeing periods become `conflicts`.

use crate::model::{Conflict, Diagnostic, Furniture, Meta, Period, Section, Severity};
use crate::segment::{Block, BlockKind, TextLine};
use crate::span::Locator;
use aho_corasick::{AhoCorasick, Input};
use regex::Regex;

pub mod kind;
pub mod period;
pub mod refs;

/// A piece of text the metadata rules read: a block's joined text, or one line of a
/// table (table lines are not blocks).
pub struct Unit<'a> {
    pub text: &'a str,
    /// Heading block (or a table's title line): a title-like position.
    pub heading: bool,
    /// Index of the block, or `None` for a table line.
    pub block: Option<usize>,
    /// Cleaned offset of `text[0]` for table lines.
    pub start: usize,
    /// `text` with ASCII capitals lowercased (same byte offsets), for keyword gates;
    /// `None` when the text holds a char that a `(?i)` regex also takes for an ASCII
    /// letter (see [`fold`]): then every gate lets the text through.
    folded: Option<String>,
}

impl<'a> Unit<'a> {
    /// Does the text hold `word` (lowercase ASCII, no whitespace) in any case?
    ///
    /// A cheap gate before a `(?i)` regex that needs `word` in every match: when
    /// this is false the regex cannot match, so skipping it changes nothing.
    /// The empty word is in every text.
    pub fn has(&self, word: &str) -> bool {
        self.folded.as_ref().is_none_or(|f| f.contains(word))
    }

    /// [`Unit::has`] for any of `words`.
    pub fn has_any(&self, words: &[&str]) -> bool {
        words.iter().any(|w| self.has(w))
    }

    /// The matches `re.captures_iter(text)` gives, found without running `re` over
    /// the whole text: `gate`, a leftmost searcher of literals, finds pieces in the
    /// text (or in its folded text when `folded`, for a `(?i)` regex), and `re` runs
    /// from at most `reach` bytes before the next piece.
    ///
    /// Conservative when every match of `re` holds a piece of `gate` that starts at
    /// most `reach` bytes after the match does, and `re` never matches empty: then no
    /// match starts between the end of the previous one and where `re` starts, and
    /// `re` finds the same next match from there (it still sees the text before).
    pub fn gated_captures(
        &self,
        re: &Regex,
        gate: &AhoCorasick,
        folded: bool,
        reach: usize,
    ) -> Vec<regex::Captures<'a>> {
        let text = self.text;
        let hay = match (folded, &self.folded) {
            (false, _) => text,
            (true, Some(f)) => f.as_str(),
            (true, None) => return re.captures_iter(text).collect(),
        };
        let mut out = Vec::new();
        let mut at = 0;
        while let Some(g) = gate.find(Input::new(hay).span(at..hay.len())) {
            let mut from = g.start().saturating_sub(reach).max(at);
            while !text.is_char_boundary(from) {
                from += 1;
            }
            let Some(c) = re.captures_at(text, from) else {
                break;
            };
            let Some(m) = c.get(0).filter(|m| !m.is_empty()) else {
                break; // an empty match: never for the patterns gated so
            };
            at = m.end();
            out.push(c);
        }
        out
    }
}

/// `text` with ASCII capitals lowercased, or `None` when it holds `ſ` (U+017F) or
/// the Kelvin sign `K` (U+212A): the only non-ASCII chars that Unicode case folding
/// maps to ASCII letters (`s`, `k`). So whatever a `(?i)` regex matches for a
/// lowercase ASCII word is that word, byte for byte and at the same offset, in the
/// folded text (the test `fold_covers_regex_case_folding` checks the claim over every
/// char).
fn fold(text: &str) -> Option<String> {
    (!text.contains(['\u{17f}', '\u{212a}'])).then(|| text.to_ascii_lowercase())
}

/// Everything the rules read, in document order.
pub struct Doc<'b, 'a> {
    pub blocks: &'b [Block],
    pub lines: &'b [TextLine<'b>],
    pub units: Vec<Unit<'b>>,
    pub loc: &'b Locator<'a>,
}

impl<'b, 'a> Doc<'b, 'a> {
    pub fn new(blocks: &'b [Block], lines: &'b [TextLine<'b>], loc: &'b Locator<'a>) -> Self {
        let mut units = Vec::new();
        for (k, b) in blocks.iter().enumerate() {
            if b.kind == BlockKind::Table {
                let end = b.end_line.min(lines.len());
                for l in lines.get(b.first_line..end).unwrap_or(&[]) {
                    if !l.is_blank() {
                        units.push(Unit {
                            text: l.text,
                            heading: false,
                            block: None,
                            start: l.start,
                            folded: fold(l.text),
                        });
                    }
                }
            } else {
                units.push(Unit {
                    text: &b.text,
                    heading: b.kind == BlockKind::Heading,
                    block: Some(k),
                    start: b.span.start,
                    folded: fold(&b.text),
                });
            }
        }
        Doc {
            blocks,
            lines,
            units,
            loc,
        }
    }

    /// Cleaned offset of byte `off` of unit `u`'s text.
    pub fn clean(&self, u: &Unit<'_>, off: usize) -> usize {
        match u.block {
            Some(k) => self.blocks[k].to_clean(off),
            None => u.start + off,
        }
    }

    /// The trimmed cleaned line that holds byte `off` of unit `u`'s text.
    pub fn line_text(&self, u: &Unit<'_>, off: usize) -> &'b str {
        let c = self.clean(u, off);
        let i = self.lines.partition_point(|l| l.start <= c);
        self.lines
            .get(i.wrapping_sub(1))
            .map_or("", |l| l.text.trim())
    }

    /// 1-based source line of byte `off` of unit `u`'s text.
    pub fn line(&self, u: &Unit<'_>, off: usize) -> usize {
        self.loc.line(self.clean(u, off))
    }
}

/// The sentence of `text` around `[s, e)`: from after the previous sentence end to the next one.
pub fn sentence_around(text: &str, s: usize, e: usize) -> &str {
    // a sentence is never longer than this: bounds the work on a run-on text
    const MAX: usize = 600;
    let b = text.as_bytes();
    let mut a = s.min(text.len());
    let floor = a.saturating_sub(MAX);
    let ceil = e.saturating_add(MAX).min(b.len());
    while a > floor {
        let c = b[a - 1];
        if (c == b' ')
            && a >= 2
            && matches!(b[a - 2], b'.' | b'!' | b'?')
            && sentence_starts(text, a)
        {
            break;
        }
        a -= 1;
    }
    let mut z = e.min(text.len());
    while z < ceil {
        if matches!(b[z], b'.' | b'!' | b'?')
            && (z + 1 == b.len() || (b[z + 1] == b' ' && sentence_starts(text, z + 2)))
        {
            z += 1;
            break;
        }
        z += 1;
    }
    while !text.is_char_boundary(a) {
        a -= 1;
    }
    while !text.is_char_boundary(z) {
        z += 1;
    }
    text[a..z].trim()
}

fn sentence_starts(text: &str, at: usize) -> bool {
    text.get(at..)
        .and_then(|r| r.chars().next())
        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit() || c == '‘' || c == '\'')
}

/// Does `s`, without its trailing whitespace and lower-cased, end with `word`
/// (lowercase ASCII)? Only the last chars can make up `word`, so only a tail of
/// `4 * word.len() + 4` bytes (at least `word.len()` chars) is lower-cased: the
/// same answer as lower-casing all of `s` (each char is lower-cased on its own,
/// but for `Σ`, whose forms are not ASCII), in time that does not grow with `s`.
pub fn ends_with_lower(s: &str, word: &str) -> bool {
    let t = s.trim_end();
    let mut a = t.len().saturating_sub(4 * word.len() + 4);
    while !t.is_char_boundary(a) {
        a += 1;
    }
    t[a..].to_lowercase().ends_with(word)
}

/// Shortens `s` to at most `max` chars at a word boundary, with `…`.
pub fn clip(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_string();
    }
    let mut out: String = s.chars().take(max).collect();
    if let Some(p) = out.rfind(' ') {
        out.truncate(p);
    }
    out.push('…');
    out
}

/// Builds the metadata and section tree.
pub fn extract(
    blocks: &[Block],
    lines: &[TextLine<'_>],
    furniture: &[Furniture],
    loc: &Locator<'_>,
) -> (Meta, Vec<Section>, Vec<Diagnostic>) {
    let doc = Doc::new(blocks, lines, loc);
    let mut diags = Vec::new();
    let mut meta = Meta::default();

    let k = kind::detect(&doc);
    meta.kind = k.kind.to_string();
    meta.kind_confidence = k.confidence.to_string();
    meta.kind_evidence = k.evidence.clone();
    diags.extend(k.diagnostics.iter().cloned());
    if let Some(c) = &k.conflict {
        meta.conflicts.push(c.clone());
    }
    if k.title_heading {
        meta.title = k.evidence.as_ref().map(|e| e.text.clone());
    } else if let Some(b) = blocks.iter().find(|b| b.kind != BlockKind::Table) {
        // a document that opens with a numbered heading (`4.1 Logius`) is titled by it
        if b.kind == BlockKind::Heading && crate::segment::heading_number_parts(&b.text) > 0 {
            meta.title = Some(b.text.clone());
        }
    }

    // periods
    let mentions = period::find(&doc, k.evidence_line);
    meta.periods = mentions.iter().map(|m| m.mention.clone()).collect();
    let (chosen, conflict) = period::choose(&mentions, k.kind);
    if let Some(c) = conflict {
        let mut d = Diagnostic::new(Severity::Warning, "period_conflict", c.message.clone());
        d.line = c.lines.first().copied();
        diags.push(d);
        meta.conflicts.push(c);
    }
    meta.period = chosen.clone();
    meta.year = chosen
        .as_ref()
        .and_then(|p| p.end.get(..4).and_then(|y| y.parse().ok()))
        .or(k.year);
    if meta.period.is_none() {
        if let (Some(y), true) = (meta.year, k.kind.is_yearly()) {
            // a jaarverslag or begroting without a stated period covers its year
            meta.period = Some(Period {
                start: format!("{y}-01"),
                end: format!("{y}-12"),
            });
        }
    }

    meta.references = refs::references(&doc, furniture);
    meta.organisation = refs::organisation(&doc, &meta.references);
    meta.authors = refs::authors(&doc);
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

/// Heading text of the innermost section a cleaned offset stands in: the nearest
/// heading block that starts at or before it (a section runs to the next heading
/// of any level, so the nearest heading is the innermost).
pub fn section_of(blocks: &[Block], clean_offset: usize) -> Option<&str> {
    blocks
        .iter()
        .take_while(|b| b.span.start <= clean_offset)
        .filter(|b| b.kind == BlockKind::Heading)
        .last()
        .map(|b| b.text.as_str())
}

/// Heading text of the innermost section block `index` stands in (its own text
/// when the block is a heading).
pub fn section_of_block(blocks: &[Block], index: usize) -> Option<&str> {
    blocks
        .get(..=index.min(blocks.len().saturating_sub(1)))?
        .iter()
        .rev()
        .find(|b| b.kind == BlockKind::Heading)
        .map(|b| b.text.as_str())
}

/// Section look-up by source (decoded) offset, for output spans (tables, figures).
pub struct SectionIndex {
    starts: Vec<(usize, String)>,
}

impl SectionIndex {
    pub fn new(blocks: &[Block], loc: &Locator<'_>) -> SectionIndex {
        let mut starts: Vec<(usize, String)> = blocks
            .iter()
            .filter(|b| b.kind == BlockKind::Heading)
            .map(|b| (loc.span(b.span).start, b.text.clone()))
            .collect();
        starts.sort_by_key(|s| s.0);
        SectionIndex { starts }
    }

    /// Heading of the innermost section at a decoded offset.
    pub fn at_decoded(&self, offset: usize) -> Option<String> {
        let i = self.starts.partition_point(|s| s.0 <= offset);
        (i > 0).then(|| self.starts[i - 1].1.clone())
    }
}

/// Builds a conflict record.
pub fn conflict(field: &str, values: Vec<String>, lines: Vec<usize>, message: String) -> Conflict {
    Conflict {
        field: field.to_string(),
        values,
        lines,
        message,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The claim of [`fold`]: a char a `(?i)` regex takes for an ASCII letter is
    /// that letter in either case, or makes `fold` give up.
    #[test]
    fn fold_covers_regex_case_folding() {
        let letter = regex::Regex::new("^(?i)[a-z]$").unwrap();
        for c in (0..=0x10ffff).filter_map(char::from_u32) {
            let s = c.to_string();
            if letter.is_match(&s) {
                match fold(&s) {
                    Some(f) => {
                        assert!(c.is_ascii_alphabetic(), "{c:?} matches (?i)[a-z]");
                        assert_eq!(f, c.to_ascii_lowercase().to_string());
                    }
                    None => assert!(matches!(c, '\u{17f}' | '\u{212a}')),
                }
            }
        }
        assert_eq!(fold("Jaar2023").as_deref(), Some("jaar2023"));
    }

    #[test]
    fn ends_with_lower_reads_only_the_tail() {
        let whole = |s: &str, w: &str| s.trim_end().to_lowercase().ends_with(w);
        let long = format!("{} Vastgestelde", "ΣΣ İİ ".repeat(50));
        for s in [
            "Vastgestelde",
            "de VASTGESTELDE  ",
            "İvastgestelde",
            "ΣSTAND",
            "Stand ",
            "ſtand",
            "stanD\u{a0}",
            "x",
            "",
            long.as_str(),
        ] {
            for w in ["vastgestelde", "stand"] {
                assert_eq!(ends_with_lower(s, w), whole(s, w), "{s:?} {w:?}");
            }
        }
        assert!(ends_with_lower("de Vastgestelde ", "vastgestelde"));
        assert!(!ends_with_lower("Vastgestelde begroting", "vastgestelde"));
        assert_eq!(fold("Jaar\u{17f}"), None);
    }
}
