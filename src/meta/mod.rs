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
use aho_corasick::{AhoCorasick, Input, MatchKind};
use regex::Regex;
use std::borrow::Cow;
use std::sync::LazyLock;

pub mod kind;
pub mod period;
pub mod refs;

/// Keywords the rules gate their `(?i)` regexes on, one bit each: a regex that
/// needs a keyword in every match cannot match a text without it ([`Unit::has`]).
/// All are lowercase ASCII without whitespace.
pub mod kw {
    pub type Words = u64;
    pub const SUPPLETOIRE: Words = 1 << 0;
    pub const VIERMAANDS: Words = 1 << 1;
    pub const UITVOERING: Words = 1 << 2;
    pub const JAAR: Words = 1 << 3;
    pub const SLOTWET: Words = 1 << 4;
    pub const BEGROTING: Words = 1 << 5;
    pub const KAMERBRIEF: Words = 1 << 6;
    pub const BATEN: Words = 1 << 7;
    pub const MAANDEN: Words = 1 << 8;
    pub const BEGROTINGSSTATEN: Words = 1 << 9;
    pub const REALISATIE: Words = 1 << 10;
    pub const VASTGESTELDE: Words = 1 << 11;
    pub const DECEMBER: Words = 1 << 12;
    pub const HELFT: Words = 1 << 13;
    pub const KWARTAAL: Words = 1 << 17;
    pub const VERGADERJAAR: Words = 1 << 18;
    pub const KAMERSTUK: Words = 1 << 19;
    pub const AGENTSCHAP: Words = 1 << 20;
    pub const BATEN_LASTENDIENST: Words = 1 << 21;
    pub const VOORWOORD: Words = 1 << 22;
    pub const NAWOORD: Words = 1 << 23;
    pub const COLUMN: Words = 1 << 24;
    pub const INTERVIEW: Words = 1 << 25;
    pub const BIJDRAGE: Words = 1 << 26;
    pub const INLEIDING: Words = 1 << 27;
    /// Any month name (`januari` ... `december`).
    pub const MONTH: Words = 1 << 28;
    /// A word of the future tense or of plans (`zal`, `verwacht`, `raming`, ...).
    pub const FUTURE: Words = 1 << 29;
    /// No keyword: [`super::Unit::has`] is always true for it.
    pub const NONE: Words = 0;
    /// Every bit: the words of a text the gates must let through.
    pub const ALL: Words = !0;

    /// Each keyword as printed (lowercase ASCII) with its bits.
    pub(super) const LIST: &[(&str, Words)] = &[
        ("suppletoire", SUPPLETOIRE),
        ("viermaands", VIERMAANDS),
        ("uitvoering", UITVOERING),
        ("jaar", JAAR),
        // (a municipality's annual account: `Programmarekening 2019`)
        ("programmarekening", JAAR),
        ("programmaverantwoording", JAAR),
        ("slotwet", SLOTWET),
        ("begroting", BEGROTING),
        ("kamerbrief", KAMERBRIEF),
        ("baten", BATEN),
        ("maanden", MAANDEN),
        ("begrotingsstaten", BEGROTINGSSTATEN),
        ("realisatie", REALISATIE),
        ("vastgestelde", VASTGESTELDE),
        ("helft", HELFT),
        ("kwartaal", KWARTAAL),
        ("vergaderjaar", VERGADERJAAR),
        ("kamerstuk", KAMERSTUK),
        ("agentschap", AGENTSCHAP),
        ("baten-lastendienst", BATEN_LASTENDIENST),
        ("voorwoord", VOORWOORD),
        ("nawoord", NAWOORD),
        ("column", COLUMN),
        ("interview", INTERVIEW),
        ("bijdrage", BIJDRAGE),
        ("inleiding", INLEIDING),
        ("januari", MONTH),
        ("februari", MONTH),
        ("maart", MONTH),
        ("april", MONTH),
        ("mei", MONTH),
        ("juni", MONTH),
        ("juli", MONTH),
        ("augustus", MONTH),
        ("september", MONTH),
        ("oktober", MONTH),
        ("november", MONTH),
        ("december", MONTH | DECEMBER),
        ("zal", FUTURE),
        ("zullen", FUTURE),
        ("geraamd", FUTURE),
        ("raming", FUTURE),
        ("begroot", FUTURE),
        ("verwacht", FUTURE),
        ("gepland", FUTURE),
        ("voorzien", FUTURE),
    ];
}

/// The keywords of [`kw::LIST`], longest first at a position.
static KEYWORDS: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .kind(Some(aho_corasick::AhoCorasickKind::ContiguousNFA))
        .build(kw::LIST.iter().map(|(w, _)| *w))
        .unwrap()
});

/// Bits of each keyword of [`kw::LIST`], with those of every keyword it holds
/// (`begrotingsstaten` holds `begroting`): [`words`] sees one keyword per position.
static KEYWORD_BITS: LazyLock<Vec<kw::Words>> = LazyLock::new(|| {
    kw::LIST
        .iter()
        .map(|(w, _)| {
            kw::LIST
                .iter()
                .filter(|(v, _)| w.contains(v))
                .fold(0, |acc, (_, b)| acc | b)
        })
        .collect()
});

/// The keywords (bits of [`kw`]) the folded text `f` holds, in one pass: the
/// longest keyword that starts at each position where one starts, and with it
/// the keywords it holds.
fn words(f: &str) -> kw::Words {
    let mut bits = 0;
    let mut at = 0;
    while let Some(m) = KEYWORDS.find(Input::new(f).span(at..f.len())) {
        bits |= KEYWORD_BITS[m.pattern().as_usize()];
        at = m.start() + 1;
    }
    bits
}

/// `\p{L}` as a `(?i)` regex reads it, spelled so that the regex compiler need not
/// case-fold the class (which costs more than the rest of a pattern such as
/// [`kind`]'s `PAST`): case folding adds to the letters only U+0345 (a combining
/// mark that folds to `ι`). The test `letter_classes_equal_their_case_folding` checks
/// these over every char.
pub(crate) const L_CI: &str = r"(?-i:[\p{L}\x{345}])";
/// `[^\p{L}]` as a `(?i)` regex reads it (see [`L_CI`]).
pub(crate) const NOT_L_CI: &str = r"(?-i:[^\p{L}\x{345}])";
/// `[^\p{L}\p{N}-]` as a `(?i)` regex reads it (see [`L_CI`]).
pub(crate) const NOT_LN_CI: &str = r"(?-i:[^\p{L}\p{N}\x{345}-])";

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
    /// letter (see [`fold`]): then every gate lets the text through. Borrowed from
    /// `text` when it has no ASCII capital (most table lines: nothing to lower).
    folded: Option<Cow<'a, str>>,
    /// The keywords the folded text holds ([`words`]); every bit without it.
    words: kw::Words,
    /// The text holds an ASCII letter (any case).
    letter: bool,
    /// The text holds an ASCII capital.
    capital: bool,
}

impl<'a> Unit<'a> {
    /// Does the text hold each keyword of `w` (bits of [`kw`]) in any case?
    ///
    /// A cheap gate before a `(?i)` regex that needs the keywords in every match:
    /// when this is false the regex cannot match, so skipping it changes nothing.
    /// [`kw::NONE`] is in every text.
    pub fn has(&self, w: kw::Words) -> bool {
        self.words & w == w
    }

    /// [`Unit::has`] for any one of the keywords of `w`.
    pub fn has_any(&self, w: kw::Words) -> bool {
        self.words & w != 0
    }

    pub(crate) fn new(text: &'a str, heading: bool, block: Option<usize>, start: usize) -> Self {
        // (a text with a capital mostly opens with one: the test stops there; the
        // rest, a number or a lower-case label, is short)
        let capital = text.bytes().any(|b| b.is_ascii_uppercase());
        let letter = capital || text.bytes().any(|b| b.is_ascii_lowercase());
        let folded = fold(text);
        // (every keyword is ASCII letters: a text without one holds none, and a
        // third of the units, a table's cells, are numbers alone)
        let words = match folded.as_deref() {
            None => kw::ALL,
            Some(_) if !letter => kw::NONE,
            Some(f) => words(f),
        };
        Unit {
            text,
            heading,
            block,
            start,
            folded,
            words,
            letter,
            capital,
        }
    }

    /// Does the text hold an ASCII letter? A `(?i)` search for a piece that starts
    /// with one finds nothing in a text without (unless [`Unit::exotic`]).
    pub fn has_letter(&self) -> bool {
        self.letter
    }

    /// Does the text hold an ASCII capital? A case-sensitive search for a piece that
    /// starts with one finds nothing in a text without.
    pub fn has_capital(&self) -> bool {
        self.capital
    }

    /// The text with ASCII capitals lowercased (same offsets), or `None` when
    /// [`Unit::exotic`].
    pub fn folded(&self) -> Option<&str> {
        self.folded.as_deref()
    }

    /// Does the text hold a char that a `(?i)` regex also takes for an ASCII letter
    /// (`ſ`, `K`: see [`fold`])? Then a gate on ASCII words must let it through.
    pub fn exotic(&self) -> bool {
        self.folded.is_none()
    }

    /// The spans of the matches `re.find_iter(text)` gives, found without running `re` over
    /// the whole text: `gate`, a leftmost searcher of literals, finds pieces in the
    /// text (or in its folded text when `folded`, for a `(?i)` regex), and `re` runs
    /// from at most `reach` bytes before the next piece.
    ///
    /// Conservative when every match of `re` holds a piece of `gate` that starts at
    /// most `reach` bytes after the match does, and `re` never matches empty: then no
    /// match starts between the end of the previous one and where `re` starts, and
    /// `re` finds the same next match from there (it still sees the text before).
    pub fn gated_find(
        &self,
        re: &Regex,
        gate: &AhoCorasick,
        folded: bool,
        reach: usize,
    ) -> Vec<std::ops::Range<usize>> {
        let text = self.text;
        let hay = match (folded, &self.folded) {
            (false, _) => text,
            (true, Some(f)) => f.as_ref(),
            (true, None) => return re.find_iter(text).map(|m| m.range()).collect(),
        };
        let mut out = Vec::new();
        let mut at = 0;
        while let Some(g) = gate.find(Input::new(hay).span(at..hay.len())) {
            let mut from = g.start().saturating_sub(reach).max(at);
            while !text.is_char_boundary(from) {
                from += 1;
            }
            let Some(m) = re.find_at(text, from).filter(|m| !m.is_empty()) else {
                break; // (an empty match: never for the patterns gated so)
            };
            at = m.end();
            out.push(m.range());
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
///
/// A text without an ASCII capital is its own folded form, borrowed.
fn fold(text: &str) -> Option<Cow<'_, str>> {
    // `ſ` is C5 BF in UTF-8, `K` E2 84 AA: look at the lead bytes only
    let b = text.as_bytes();
    let exotic = memchr::memchr2_iter(0xc5, 0xe2, b).any(|i| {
        matches!(
            b.get(i..(i + 3).min(b.len())),
            Some([0xc5, 0xbf, ..] | [0xe2, 0x84, 0xaa])
        )
    });
    (!exotic).then(|| {
        if b.iter().any(u8::is_ascii_uppercase) {
            Cow::Owned(text.to_ascii_lowercase())
        } else {
            Cow::Borrowed(text)
        }
    })
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
                        units.push(Unit::new(l.text, false, None, l.start));
                    }
                }
            } else {
                units.push(Unit::new(
                    &b.text,
                    b.kind == BlockKind::Heading,
                    Some(k),
                    b.span.start,
                ));
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

    let mut k = kind::detect(&doc);
    if k.kind == kind::Kind::Unknown {
        if let Some(r) = kind::from_running_lines(furniture) {
            k = r;
        }
    }
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
    let (mut chosen, conflict) = period::choose(&mentions, k.kind);
    // a title that dates the report (`Jaarverslag Immigratie- en Naturalisatiedienst
    // 2022`) outweighs a period in the text that neither fits the kind nor holds that
    // year (`de IND-monitor over de periode januari-april 2023`)
    if let (Some(y), true, Some(p)) = (k.year, k.title_heading, chosen.as_ref()) {
        let fits = k
            .kind
            .months()
            .is_none_or(|n| period::span_months(&p.start, &p.end) == Some(n as i64));
        let holds = |d: &str| d.get(..4).and_then(|s| s.parse::<i32>().ok()) == Some(y);
        if !fits && !holds(&p.start) && !holds(&p.end) {
            chosen = None;
        }
    }
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
        .or(k.year)
        .or_else(|| title_year(&doc))
        .or_else(|| running_year(furniture));
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
    let title = k
        .title_heading
        .then_some(())
        .and(k.evidence.as_ref())
        .map(|e| e.text.as_str());
    meta.organisation = refs::organisation(&doc, &meta.references, title)
        .or_else(|| refs::organisation_in_running_lines(furniture));
    meta.authors = refs::authors(&doc);
    (meta, section_tree(blocks, loc), diags)
}

/// The year a report's title gives it where its kind is none the grammar knows
/// (`Voorjaarsnota 2023`, `Tweede Bestuursrapportage 2020   Gemeente Almere`): a
/// report's word and the year right after it, in the first line or a heading among
/// the first three units, a short line (a title, no sentence).
fn title_year(doc: &Doc<'_, '_>) -> Option<i32> {
    // (the first block's own lines too, where a paragraph joined them: `waterschap
    // Vallei` / `Tweede Bestuursrapportage 2022` / `3. Financiële afwijkingen`)
    let first_lines = doc
        .units
        .first()
        .and_then(|u| u.block)
        .and_then(|b| doc.blocks.get(b))
        .and_then(|b| doc.lines.get(b.first_line..b.end_line))
        .unwrap_or(&[]);
    doc.units
        .iter()
        .take(3)
        .enumerate()
        .filter(|(k, u)| u.heading || *k == 0)
        .map(|(_, u)| u.text)
        .chain(first_lines.iter().take(3).map(|l| l.text))
        .flat_map(|t| t.split("   "))
        .map(str::trim)
        .filter(|part| {
            part.split_whitespace().count() <= 8
                && part.starts_with(char::is_uppercase)
                && !part.ends_with(['.', ',', ';', ':'])
        })
        .find_map(|part| report_years(part).next())
}

/// The years of `text` that follow a report's word (`Jaarverslag 2023`, `Begroting
/// 2026,`), in order: a year of 1950 to 2100 with a comma, stop or bar after it.
fn report_years(text: &str) -> impl Iterator<Item = i32> + '_ {
    let mut words = text.split_whitespace();
    let mut prev = words.next();
    words.filter_map(move |w| {
        let y = report_year(prev?, w.trim_end_matches([',', '.', '|']));
        prev = Some(w);
        y.filter(|y| (1950..=2100).contains(y))
    })
}

/// The year a page's running head or footer gives the report, where the text gives
/// none (`Jaarverslag 2023 Rijkswaterstaat`, `Rijkswaterstaat | Jaarverslag 2023
/// 58`): a report's word and the year right after it, the same year in every such
/// line.
fn running_year(furniture: &[Furniture]) -> Option<i32> {
    agreed(running_lines(furniture).flat_map(|f| report_years(&f.text)))
}

/// The pages' running heads and footers among the furniture records.
pub(crate) fn running_lines(furniture: &[Furniture]) -> impl Iterator<Item = &Furniture> {
    furniture
        .iter()
        .filter(|f| matches!(f.kind.as_str(), "running_header" | "running_footer"))
}

/// The one value `values` holds, however often; `None` when it holds none or two
/// that differ.
pub(crate) fn agreed<T: PartialEq>(values: impl IntoIterator<Item = T>) -> Option<T> {
    let mut found = None;
    for v in values {
        match &found {
            Some(f) if *f != v => return None,
            Some(_) => {}
            None => found = Some(v),
        }
    }
    found
}

/// The year of a report's word and the year after it (`Jaarverslag`, `2023`).
pub(crate) fn report_year(word: &str, year: &str) -> Option<i32> {
    (crate::grammar::words::is_report_word(word)
        && year.len() == 4
        && year.bytes().all(|b| b.is_ascii_digit()))
    .then(|| year.parse().ok())
    .flatten()
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

/// The texts of the seeds and of the fixtures (every `.txt` under `seeds/` and
/// `fixtures/`), for the differential tests of the fast paths against the slow ones.
#[cfg(test)]
pub(crate) fn test_texts() -> Vec<String> {
    crate::testdata::texts()
        .into_iter()
        .map(|(_, t)| t)
        .collect()
}

/// Runs `f` on the [`Doc`] of every text of [`test_texts`], built as
/// [`crate::extract`] builds it.
#[cfg(test)]
pub(crate) fn for_each_test_doc(mut f: impl FnMut(&Doc<'_, '_>)) {
    use crate::span::LineIndex;
    for text in test_texts() {
        let decoded = crate::decode::decode(text.as_bytes()).unwrap();
        let dec_lines = LineIndex::new(&decoded.text);
        let cleaned = crate::repair::repair(
            &decoded,
            &dec_lines,
            &crate::repair::RepairOptions { fix_damage: true },
        );
        let loc = Locator::new(&cleaned.map, &dec_lines);
        let lines = crate::segment::lines(&cleaned.text);
        let found = crate::tables::find(&lines, &loc);
        let ranges: Vec<(usize, usize)> = found.iter().map(|f| f.lines).collect();
        let blocks = crate::segment::segment(&lines, &ranges);
        f(&Doc::new(&blocks, &lines, &loc));
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
            let exotic = matches!(c, '\u{17f}' | '\u{212a}');
            assert_eq!(fold(&s).is_none(), exotic, "{c:?}");
            assert_eq!(fold(&format!("a{s}b")).is_none(), exotic, "{c:?}");
            if letter.is_match(&s) {
                match fold(&s) {
                    Some(f) => {
                        assert!(c.is_ascii_alphabetic(), "{c:?} matches (?i)[a-z]");
                        assert_eq!(f, c.to_ascii_lowercase().to_string());
                    }
                    None => assert!(exotic),
                }
            }
        }
        assert_eq!(fold("Jaar2023").as_deref(), Some("jaar2023"));
        assert_eq!(fold("Jaar\u{17f}"), None);
        assert_eq!(fold("€ – \u{212a}"), None);
        assert!(fold("€ – ‘Ł’ ń").is_some());
    }

    /// [`words`] gives each keyword's bits exactly when the folded text holds it
    /// (the gate the rules had: `folded.contains(word)`).
    #[test]
    fn words_are_the_keywords_the_folded_text_holds() {
        let texts = [
            "",
            "Jaarverslag 2021",
            "JAARVERSLAG",
            "de Eerste Suppletoire Begroting 2023",
            "Stand van de UITVOERING, per 31 December 2022",
            "Baten-lastendienst Logius; baten-lastenagentschap",
            "Het voorwoord van Tom Kok (Interview) en een Column, met een bijdrage",
            "januari t/m april, Mei, JUNI, juli; augustus-september oktober november",
            "februari maart kwartaal derde tweede eerste vergaderjaar kamerstukken",
            "Iedere vier maanden; wijziging van de begrotingsstaten; kamerbrief; slotwet",
            "Realisatie tegen Vastgestelde begroting; INLEIDING",
            "superieur operatie jaar\u{a0}jaar ‘per’ ja ar pe-r",
            "Ĳaar é Jaar — viermaandse rapportage, ÏNLEIDING",
            "jaarverslag 2021, slotwet",
            "1.234 – 5 (6%)",
        ];
        for t in texts {
            let low = t.to_ascii_lowercase();
            let mut want = 0;
            for (w, b) in kw::LIST {
                if low.contains(w) {
                    want |= b;
                }
            }
            assert_eq!(words(&low), want, "{t:?}");
            assert_eq!(Unit::new(t, false, None, 0).words, want, "{t:?}");
        }
        assert_eq!(Unit::new("Jaar\u{17f}", false, None, 0).words, kw::ALL);
        assert_eq!(Unit::new("\u{212a}wartaal", false, None, 0).words, kw::ALL);
        let u = Unit::new("Jaarverslag per 31 december", true, Some(0), 0);
        assert!(u.has(kw::JAAR | kw::DECEMBER | kw::MONTH));
        assert!(u.has(kw::NONE));
        assert!(!u.has(kw::JAAR | kw::SLOTWET));
        assert!(u.has_any(kw::JAAR | kw::SLOTWET));
        assert!(!u.has_any(kw::SLOTWET | kw::KWARTAAL));
    }

    #[test]
    fn letter_classes_equal_their_case_folding() {
        for (folded, plain) in [
            (r"\p{L}", L_CI),
            (r"[^\p{L}]", NOT_L_CI),
            (r"[^\p{L}\p{N}-]", NOT_LN_CI),
        ] {
            let a = regex::Regex::new(&format!("^(?i){folded}$")).unwrap();
            let b = regex::Regex::new(&format!("^(?i){plain}$")).unwrap();
            let mut buf = [0u8; 4];
            for c in (0..=0x10ffff).filter_map(char::from_u32) {
                let s = c.encode_utf8(&mut buf);
                assert_eq!(a.is_match(s), b.is_match(s), "{folded} {c:?}");
            }
        }
        assert!(regex::Regex::new(&format!("^(?i){L_CI}$"))
            .unwrap()
            .is_match("\u{345}"));
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
    }
}
