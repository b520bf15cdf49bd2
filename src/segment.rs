//! Cleaned text to blocks: headings, paragraphs, bullet items, tables, in order.
//!
//! In: the cleaned text's lines and the line ranges the table parsers claimed.
//! Out: [`Block`]s whose text is the lines joined by spaces (hard-wrapped lines
//! rebuilt into one paragraph), with a map from block offsets back to the cleaned
//! text. Offsets here are cleaned-text offsets; stages map them to the source with
//! [`crate::span::Locator`].
//!
//! - Web exports (seeds 000, 001, 004) hold a paragraph per line; a heading is a short
//!   line without final punctuation between them, unless values follow it (a table's
//!   row label) or it names a table (title, scale caption).
//! - Hard-wrapped text (PDF, OCR: seed 002) joins lines into paragraphs, across a page
//!   break when the sentence goes on in lower case. A heading is one to three short
//!   lines between blank lines that continue mid-phrase (`Stand van de` /
//!   `uitvoering 2023`), or a short line right after a finished sentence.
//! - `1) Beheer ...` followed by a paragraph is a sub-heading; ` • 1) beheer ...;` a bullet.
//! - Levels: section numbers, then sub-headings (boxes, recurring headings such as
//!   `Terugblik`, headings that explain a table's rows) and groups (see [`Block::level`]).
//!
//! This module does not parse values, tables or sentences.

use crate::span::{lines_with_offsets, Span};
use regex::Regex;
use std::sync::LazyLock;

/// One line of the cleaned text: its byte offset and content (no terminator).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TextLine<'a> {
    pub start: usize,
    pub text: &'a str,
}

impl TextLine<'_> {
    pub fn span(&self) -> Span {
        Span::new(self.start, self.start + self.text.len())
    }

    /// True for lines with nothing but whitespace, including no-break spaces.
    pub fn is_blank(&self) -> bool {
        self.text.chars().all(char::is_whitespace)
    }
}

/// Splits cleaned text into lines with offsets.
pub fn lines(text: &str) -> Vec<TextLine<'_>> {
    lines_with_offsets(text)
        .map(|(start, text)| TextLine { start, text })
        .collect()
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BlockKind {
    Heading,
    Paragraph,
    /// One item of a bulleted or numbered list; `marker` holds its bullet.
    Bullet,
    /// Lines a table parser claimed; `table` is the index in the document's tables.
    Table,
}

/// A block of content.
#[derive(Clone, Debug, PartialEq)]
pub struct Block {
    pub kind: BlockKind,
    /// The block's text: its lines trimmed and joined by single spaces (bullet marker removed).
    pub text: String,
    /// `(offset in text, offset in cleaned text)` for each joined piece, ascending.
    pub pieces: Vec<(usize, usize)>,
    /// Index of the first line in the line list.
    pub first_line: usize,
    /// Index one past the last line.
    pub end_line: usize,
    /// Cleaned-text span from the first to the last byte.
    pub span: Span,
    /// The printed list marker of a bullet (`•`, `-`, `1)`).
    pub marker: Option<String>,
    /// Table index for `BlockKind::Table`.
    pub table: Option<usize>,
    /// Heading level (1 = top), for headings: from the section number (`4.1` -> 2),
    /// else one below the last numbered heading, one deeper for sub-headings and groups.
    pub level: u8,
}

impl Block {
    /// Cleaned-text offset of a byte offset into `text`.
    pub fn to_clean(&self, off: usize) -> usize {
        let i = self.pieces.partition_point(|&(b, _)| b <= off);
        if i == 0 {
            return self.span.start;
        }
        let (b, c) = self.pieces[i - 1];
        c + (off - b)
    }

    /// Cleaned-text span of a span of `text`.
    pub fn span_to_clean(&self, s: Span) -> Span {
        let start = self.to_clean(s.start);
        let end = if s.end > s.start {
            self.to_clean(s.end - 1) + 1
        } else {
            start
        };
        Span::new(start, end)
    }
}

/// Bullet markers at the start of a line: `•`, `-`, `–`, `*`, `·`, `«`, `o`, `1)`, `a)`.
pub fn bullet_marker(line: &str) -> Option<(&str, &str)> {
    let t = line.trim_start();
    for m in ["•", "·", "«", "▪", "●", "- ", "– ", "* "] {
        if let Some(rest) = t.strip_prefix(m) {
            let rest = rest.trim_start();
            if !rest.is_empty() {
                return Some((m.trim(), rest));
            }
        }
    }
    // OCR reads a bullet as `e` or `„` (ocr renderings of 004: `e Logius wil ...`);
    // only before a capital, as no Dutch word is a lone `e`
    for m in ["e ", "„ ", "° "] {
        if let Some(rest) = t.strip_prefix(m) {
            let rest = rest.trim_start();
            if rest.chars().next().is_some_and(char::is_uppercase) {
                return Some((m.trim(), rest));
            }
        }
    }
    // `1)` / `a)` numbered items
    let b = t.as_bytes();
    let n = b.iter().take_while(|c| c.is_ascii_digit()).count();
    let n = if n == 0 && b.first().is_some_and(|c| c.is_ascii_lowercase()) {
        1
    } else {
        n
    };
    if n > 0 && n <= 2 && b.get(n) == Some(&b')') && b.get(n + 1) == Some(&b' ') {
        let rest = t[n + 1..].trim_start();
        if !rest.is_empty() {
            return Some((&t[..n + 1], rest));
        }
    }
    None
}

/// Does the line look like a heading: short, no closing punctuation, capitalised or numbered?
pub fn looks_like_heading(line: &str) -> bool {
    let t = line.trim();
    if t.is_empty() || more_chars_than(t, 90) {
        return false;
    }
    if t.ends_with(['.', ',', ';', ':', '?', '!']) && !t.ends_with("...") {
        // `4.1 Logius` ends in a letter; `Tot slot.` is a sentence
        return false;
    }
    let first = t.chars().next().unwrap();
    if !(first.is_uppercase() || first.is_ascii_digit()) {
        return false;
    }
    if first.is_ascii_digit() {
        // `4.1 Logius`, `2. Inleiding` but not `2014` or `42.755`
        let num: String = t
            .chars()
            .take_while(|c| c.is_ascii_digit() || *c == '.')
            .collect();
        let rest = t[num.len()..].trim_start();
        return num.len() < t.len()
            && t[num.len()..].starts_with(' ')
            && rest.chars().next().is_some_and(char::is_uppercase)
            && num.len() <= 6;
    }
    let words = t.split_whitespace().count();
    words <= 12
}

/// Number of parts of a heading's section number (`4.1 Logius` -> 2, `4. Logius` -> 1), 0 if none.
pub fn heading_number_parts(t: &str) -> usize {
    let t = t.trim();
    let num: &str = &t[..t
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .unwrap_or(t.len())];
    if num.is_empty() || num.len() == t.len() || !t[num.len()..].starts_with(' ') {
        return 0;
    }
    if !num.as_bytes()[0].is_ascii_digit() || num.len() > 8 {
        return 0;
    }
    num.trim_end_matches('.')
        .split('.')
        .filter(|p| !p.is_empty())
        .count()
}

/// The words a heading cannot end on: a line ending on them continues (`Stand van de` / `uitvoering 2023`).
const FUNCTION_WORDS: &[&str] = &[
    "en", "of", "de", "het", "een", "van", "voor", "met", "op", "in", "tussen", "naar", "aan",
    "te", "die", "dat", "om", "door", "bij", "over", "als", "maar", "tot", "uit", "is", "zijn",
    "wordt", "worden", "the", "and", "of", "to",
];

/// Does the line end on a word a heading cannot end on?
fn ends_function_word(t: &str) -> bool {
    t.split_whitespace().last().is_some_and(is_function_word)
}

/// `FUNCTION_WORDS.contains(&w.to_lowercase().as_str())` without the lowered copy:
/// the words are lowercase ASCII, and the only non-ASCII char that lowercases to
/// ASCII is the Kelvin sign (to `k`, in none of the words; the test
/// `function_words_match_as_lowercased` checks both over every char), so `w`
/// lowercases to a word exactly when it equals it up to ASCII case.
fn is_function_word(w: &str) -> bool {
    FUNCTION_WORDS.iter().any(|f| w.eq_ignore_ascii_case(f))
}

/// `t.chars().count() > n`, without counting a text too short or too long to
/// decide it (a char is one to four bytes).
fn more_chars_than(t: &str, n: usize) -> bool {
    t.len() > n && (t.len() > 4 * n || t.chars().count() > n)
}

/// Prefixes of boxed texts inside a section (`Illustratie: op weg naar ...`, `Kader 2.1`).
pub const BOX_PREFIXES: &[&str] = &[
    "illustratie",
    "kader",
    "box",
    "voorbeeld",
    "casus",
    "intermezzo",
    "uitgelicht",
];

/// Is `t` a boxed-text heading (`Illustratie: ...`, `Kader 3`)?
pub fn is_box_heading(t: &str) -> bool {
    let lower = t.trim().to_lowercase();
    BOX_PREFIXES.iter().any(|p| {
        lower.strip_prefix(p).is_some_and(|rest| {
            rest.starts_with(':') || rest.starts_with(" :") || {
                let r = rest.trim_start();
                rest.starts_with(' ') && r.chars().next().is_some_and(|c| c.is_ascii_digit())
            }
        })
    })
}

/// Is `t` a list-numbered heading (`1) Beheer en exploitatie van bestaande producten`)?
pub fn is_list_numbered(t: &str) -> bool {
    let t = t.trim_start();
    let b = t.as_bytes();
    let n = b.iter().take_while(|c| c.is_ascii_alphanumeric()).count();
    (1..=2).contains(&n) && b.get(n) == Some(&b')')
}

/// `Tabel 39 ...`, `Figuur 2.1 ...`, `Grafiek 3`.
static NUMBERED_CAPTION: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?i:tabel|table|figuur|figure|grafiek)\s+\d").unwrap());

/// A name with a role in brackets at the end of a line.
static SIGNATURE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\((?i:[^()]*\b(?:directeur|directeur-generaal|minister|staatssecretaris|secretaris-generaal|voorzitter|hoofd|manager|bestuurder)\b[^()]*)\)$").unwrap()
});

/// Checks that rule out lines that pass [`looks_like_heading`] but are OCR debris,
/// table rows, scale captions, addresses or letterheads.
fn heading_quality(t: &str) -> bool {
    let t = t.trim();
    if t.contains('@') || t.contains("://") || t.contains("   ") {
        return false;
    }
    if crate::grammar::scale_caption(t).is_some() {
        return false;
    }
    // a numbered table or figure title (`Tabel 39 Overzicht ...`)
    if NUMBERED_CAPTION.is_match(t) {
        return false;
    }
    // a signature (`Bert Voorbraak (algemeen directeur Logius)`, seed 002)
    // (the signature's role closes the line: `)` last, else no match)
    if t.ends_with(')') && SIGNATURE.is_match(t) {
        return false;
    }
    // letterhead of a ministry (`Ministerie van Binnenlandse Zaken en Koninkrijksrelaties`)
    if t.starts_with("Ministerie van") {
        return false;
    }
    let (mut tokens, mut single, mut letters, mut digits) = (0usize, 0usize, 0usize, 0usize);
    // (and the words that read as values, counted in the same pass)
    let mut values = 0usize;
    for w in t.split_whitespace() {
        tokens += 1;
        if w.starts_with(|c: char| c.is_ascii_digit() || c == '€') || w == "n.b." {
            values += 1;
        }
        let l = w.chars().filter(|c| c.is_alphabetic()).count();
        let d = w.chars().filter(|c| c.is_ascii_digit()).count();
        letters += l;
        digits += d;
        if l == 0 && d == 0 && !matches!(w, "–" | "-" | "—" | "&" | ":" | "/" | "+") {
            // `===`, `»`: debris
            return false;
        }
        if l == 1 && d == 0 {
            single += 1;
        }
    }
    // `NS L o :`
    if single * 3 > tokens {
        return false;
    }
    // a table row (`Verloop uurtarief n.b. 90,88 90,97 95,32 81,58`)
    if values >= 3 {
        return false;
    }
    letters > digits
}

/// Is the trimmed line a bare value, as table cells are (`42.755`, `– 1.200`, `9,9 mln.`, `n.b.`)?
fn is_value_line(t: &str) -> bool {
    let t = t.trim();
    if t.is_empty() || t.chars().count() > 24 {
        return false;
    }
    let first = t.chars().next().unwrap_or(' ');
    let numeric = (first.is_ascii_digit() || matches!(first, '€' | '–' | '-' | '‒' | '(' | '+'))
        && t.chars().any(|c| c.is_ascii_digit())
        && !is_numbered_title(t);
    numeric
        || matches!(
            t.to_lowercase().as_str(),
            "n.b."
                | "n.v.t."
                | "p.m."
                | "ja"
                | "nee"
                | "-"
                | "–"
                | "uitgevoerd"
                | "niet uitgevoerd"
                | "afgerond"
                | "gepland"
        )
}

/// A numbered heading, not a value with a unit: `4 Bedrijfsvoering`, `2.3 Financiën`
/// (a capitalised word of lower-case letters after the number), unlike `15 dagen`,
/// `12 FTE` or `2.000`.
fn is_numbered_title(t: &str) -> bool {
    if heading_number_parts(t) == 0 {
        return false;
    }
    let mut words = t.split_whitespace().skip(1);
    words.next().is_some_and(|w| {
        let mut c = w.chars();
        c.next().is_some_and(char::is_uppercase)
            && c.clone().count() >= 2
            && c.all(char::is_lowercase)
    })
}

/// A Markdown ATX heading (`# Jaarverslag 2022`, `### 4.1 Logius`): one to six `#`
/// after at most three spaces, a space, then text. Returns the offset of the text.
fn atx_heading(line: &str) -> Option<usize> {
    let t = line.trim_start_matches(' ');
    if line.len() - t.len() > 3 {
        return None;
    }
    let hashes = t.bytes().take_while(|&b| b == b'#').count();
    if !(1..=6).contains(&hashes) {
        return None;
    }
    let rest = &t[hashes..];
    let text = rest.trim_start();
    (rest.starts_with([' ', '\t']) && !text.is_empty() && !text.starts_with('#'))
        .then(|| line.len() - text.len())
}

/// Where headings are looked for, per document.
struct Ctx<'l, 'a> {
    lines: &'l [TextLine<'a>],
    wrapped: bool,
    /// Typical length in chars of a full line of wrapped prose.
    width: usize,
    /// Lines that name a table (title, subtitle, caption), never headings.
    title: Vec<bool>,
    /// Lines a table claimed.
    in_table: Vec<bool>,
}

impl Ctx<'_, '_> {
    fn blank(&self, k: usize) -> bool {
        self.lines.get(k).is_none_or(|l| l.is_blank())
    }

    /// Index of the next non-blank line at or after `k`, looking at most `max` lines ahead.
    fn next_nonblank(&self, k: usize, max: usize) -> Option<usize> {
        (k..self.lines.len().min(k.saturating_add(max))).find(|&j| !self.lines[j].is_blank())
    }

    fn starts_lower(&self, k: usize) -> bool {
        self.lines
            .get(k)
            .and_then(|l| l.text.trim_start().chars().next())
            .is_some_and(char::is_lowercase)
    }

    /// Does line `k` go on with a sentence (lower case, not a bullet such as OCR's `e Logius`)?
    fn continues(&self, k: usize) -> bool {
        self.starts_lower(k) && bullet_marker(self.lines[k].text).is_none()
    }

    fn ends_sentence(&self, k: usize) -> bool {
        let t = self.lines[k].text.trim_end();
        t.ends_with(['.', '!', '?', ':', ';']) || t.ends_with(".)") || t.ends_with(".”")
    }

    /// A line a table row label would be: followed by values (`Omzet derden` / `4.490`),
    /// or by such a label (`Baten` / `Omzet moederdepartement` / `42.755`).
    fn table_label(&self, i: usize) -> bool {
        // a chain of short labels that ends in a value: `Omschrijving Specifiek Deel` /
        // `Omzet per productgroep (in %)` / `. Beheer & exploitatie` / `25%` (seed 000)
        let mut k = i;
        for _ in 0..4 {
            let Some(j) = self.next_nonblank(k + 1, 4) else {
                return false;
            };
            if self.in_table[j] || self.title[j] {
                // a heading above a claimed table or its title (`Doelmatigheid` / `Doelmatigheidsindicatoren`)
                return false;
            }
            let t = self.lines[j].text.trim();
            if is_value_line(t) {
                return true;
            }
            // a line longer than a label ends the chain either way (below): no need
            // to look for title words in a paragraph
            let short = t.len() <= 60 || t.chars().count() <= 60;
            if !short {
                return false;
            }
            // a table's own title ends the chain: what stands above it is a heading
            let lower = t.to_lowercase();
            if TABLE_TITLE_WORDS.iter().any(|w| lower.contains(w)) {
                return false;
            }
            let marked_row = [". ", "– ", "- ", "* "].iter().any(|m| t.starts_with(m));
            let label = looks_like_heading(t) || marked_row;
            if !label {
                return false;
            }
            k = j;
        }
        false
    }

    /// If a heading starts at line `i`, the line one past its end.
    fn heading_at(&self, i: usize, after_heading: bool) -> Option<usize> {
        let line = self.lines[i];
        let t = line.text.trim();
        if self.title[i] || self.in_table[i] || bullet_marker(t).is_some() {
            return None;
        }
        if !self.wrapped {
            // web export: one paragraph per line, headings are short lines without final punctuation
            let ok = looks_like_heading(t)
                && heading_quality(t)
                && !self.table_label(i)
                && self
                    .next_nonblank(i + 1, usize::MAX)
                    .is_some_and(|k| !self.continues(k));
            return ok.then_some(i + 1);
        }
        let prev_open = i == 0 || self.blank(i - 1) || self.in_table[i - 1];
        // a heading right under another (`Samenvatting domeinen` / `Toegang` in PDF text) also starts one
        let prev_done = prev_open || after_heading || self.ends_sentence(i - 1);
        // a numbered heading (`4. Logius`, `2.3 Financiën`) stands on its own line
        if heading_number_parts(t) > 0 && looks_like_heading(t) && heading_quality(t) && prev_done {
            return Some(i + 1);
        }
        // shorter than a full line of the text's prose, or short outright
        let chars = |k: usize| self.lines[k].text.trim().chars().count();
        let short = |k: usize| chars(k) * 4 <= self.width * 3 || chars(k) <= 40;
        let fits = |k: usize| chars(k) * 10 <= self.width * 9 || chars(k) <= 60;
        let last_word_ok = |s: &str| {
            s.split_whitespace()
                .last()
                .is_some_and(|w| !is_function_word(w))
        };
        // a block of one to three short lines between blank lines (`Illustratie: op weg naar een` / `haalbaar Stelsel Toegang`)
        if prev_open {
            let mut g = i;
            while g < self.lines.len()
                && g < i + 4
                && !self.blank(g)
                && !self.in_table[g]
                && (g == i || bullet_marker(self.lines[g].text).is_none())
            {
                g += 1;
            }
            let mut group_ends = g >= self.lines.len() || self.blank(g) || self.in_table[g];
            // a heading goes on over the next line only mid-phrase (`Stand van de` / `uitvoering 2023`);
            // `Infrastructuur` / `Infrastructuur als dienstverlening` are two headings
            if let Some(k) = (i + 1..g)
                .find(|&k| !(ends_function_word(self.lines[k - 1].text) || self.starts_lower(k)))
            {
                g = k;
                group_ends = true;
            }
            if g > i && g - i <= 3 && group_ends && (i..g).all(fits) {
                let mut joined = String::new();
                for k in i..g {
                    if !joined.is_empty() {
                        joined.push(' ');
                    }
                    joined.push_str(self.lines[k].text.trim());
                }
                let inner_ok = (i..g - 1).all(|k| !self.ends_sentence(k));
                let next_ok = self.next_nonblank(g, 4).is_some_and(|k| !self.continues(k));
                if inner_ok
                    && next_ok
                    && joined.chars().count() <= 80
                    && looks_like_heading(&joined)
                    && heading_quality(&joined)
                    && last_word_ok(&joined)
                {
                    return Some(g);
                }
            }
        }
        // one short line after a finished sentence (` Focus: goed en duurzaam` after `worden voorkomen.`)
        if prev_done
            && short(i)
            && looks_like_heading(t)
            && heading_quality(t)
            && last_word_ok(t)
            && self
                .next_nonblank(i + 1, 4)
                .is_some_and(|k| !self.continues(k))
            && !self.table_label(i)
        {
            return Some(i + 1);
        }
        None
    }
}

/// Marks the lines that name a table: the line above a table, a scale-caption line and
/// the line above it (two lines above a bare caption: `Kasstroomoverzicht 2014` /
/// `Baten-lastenagentschap Logius` / `(bedragen x € 1.000)`, seed 000).
fn table_title_lines(lines: &[TextLine<'_>], tables: &[(usize, usize)]) -> Vec<bool> {
    let mut v = vec![false; lines.len()];
    // marks up to `n` heading-like lines above line `k`; `title_like(i)` says whether
    // the i-th of them (0 = nearest) must also read as a table's title
    let mark_before =
        |v: &mut Vec<bool>, k: usize, n: usize, title_like: &dyn Fn(usize) -> bool| {
            let mut j = k;
            let mut marked = 0;
            let mut gap = 0;
            while j > 0 && marked < n && gap <= 2 {
                j -= 1;
                if lines[j].is_blank() {
                    gap += 1;
                    continue;
                }
                gap = 0;
                let t = lines[j].text;
                if !looks_like_heading(t) || (title_like(marked) && !looks_like_table_title(t)) {
                    break;
                }
                v[j] = true;
                marked += 1;
            }
        };
    for &(s, _) in tables {
        // a table that claimed its own title (`Tabel 39 ...`, seed 003) has the section's
        // heading above it (`Doelmatigheidsindicatoren`)
        let own_title = lines.get(s).is_some_and(|l| {
            let t = l.text.trim();
            NUMBERED_CAPTION.is_match(t) || (looks_like_heading(t) && looks_like_table_title(t))
        });
        if s < lines.len() && !own_title {
            // `Kasstroomoverzicht 2014` above a table is its title; `Exploitatie` above a
            // table that claimed its own title is the section's heading
            mark_before(&mut v, s, 1, &|_| true);
        }
    }
    for (k, l) in lines.iter().enumerate() {
        let t = l.text.trim();
        if t.is_empty() || t.len() > 200 {
            continue;
        }
        if let Some((_, _, r)) = crate::grammar::scale_caption(t) {
            v[k] = true;
            if r.start == 0 {
                // a bare caption: subtitle and title above it
                mark_before(&mut v, k, 2, &|i| i > 0);
            } else {
                // the caption ends the title line: the line above is a subtitle
                // (`Baten-lastenagentschap Logius`) or the section's heading
                mark_before(&mut v, k, 1, &|_| true);
            }
        }
    }
    v
}

/// Words of table titles in Dutch government reports.
const TABLE_TITLE_WORDS: &[&str] = &[
    "tabel",
    "overzicht",
    "kasstroom",
    "staat van",
    "baten en lasten",
    "indicatoren",
    "kengetallen",
    "begroting",
    "realisatie",
    "verplichtingen",
    "uitgaven",
    "ontvangsten",
    "balans",
    "agentschap",
];

/// Does a line read as a table's title (`Kasstroomoverzicht 2014`, `Doelmatigheidsindicatoren`,
/// `Tabel 39 ...`): a year, a caption or a word of table titles?
fn looks_like_table_title(t: &str) -> bool {
    let lower = t.to_lowercase();
    TABLE_TITLE_WORDS.iter().any(|w| lower.contains(w))
        || crate::grammar::scale_caption(t).is_some()
        || t.split(|c: char| !c.is_ascii_digit())
            .any(|d| d.len() == 4 && (d.starts_with("19") || d.starts_with("20")))
}

/// Segments `lines` into blocks; `tables` are the claimed line ranges `[start, end)` per table,
/// sorted and non-overlapping.
pub fn segment(lines: &[TextLine<'_>], tables: &[(usize, usize)]) -> Vec<Block> {
    let mut in_table = vec![false; lines.len()];
    for &(s, e) in tables {
        for f in in_table.iter_mut().take(e.min(lines.len())).skip(s) {
            *f = true;
        }
    }
    // Hard-wrapped prose (PDF text, OCR) continues a paragraph on the next line;
    // web exports put a whole paragraph on one line. Decide per document.
    let (wrapped, width) = wrap_and_width(lines, &in_table);
    let ctx = Ctx {
        lines,
        wrapped,
        width,
        title: table_title_lines(lines, tables),
        in_table,
    };
    let mut blocks = Vec::new();
    let mut i = 0;
    let mut t = 0;
    while i < lines.len() {
        if t < tables.len() && tables[t].0 <= i {
            let (s, e) = tables[t];
            if s == i {
                let span = Span::new(
                    lines[s].start,
                    lines[e.max(s + 1).min(lines.len()) - 1].span().end,
                );
                blocks.push(Block {
                    kind: BlockKind::Table,
                    text: String::new(),
                    pieces: Vec::new(),
                    first_line: s,
                    end_line: e,
                    span,
                    marker: None,
                    table: Some(t),
                    level: 0,
                });
            }
            i = e.max(i + 1);
            t += 1;
            continue;
        }
        let line = lines[i];
        if line.is_blank() {
            i += 1;
            continue;
        }
        let table_start = |k: usize| t < tables.len() && tables[t].0 == k;
        let mut kind = BlockKind::Paragraph;
        let mut marker = None;
        let mut content_start = 0;
        let mut end = i + 1;
        if let Some(at) = atx_heading(line.text) {
            // a Markdown heading (`## Bedrijfsvoering`): its text without the marks
            kind = BlockKind::Heading;
            content_start = at;
        } else if let Some((m, rest)) = bullet_marker(line.text) {
            if is_list_heading(&ctx, i, m, rest) {
                kind = BlockKind::Heading;
            } else {
                kind = BlockKind::Bullet;
                marker = Some(m.to_string());
                content_start = line.text.len() - rest.len();
            }
        } else if let Some(e) = ctx.heading_at(
            i,
            blocks
                .last()
                .is_some_and(|b: &Block| b.kind == BlockKind::Heading && b.end_line == i),
        ) {
            kind = BlockKind::Heading;
            end = e;
        }
        let mut block = Block {
            kind,
            text: String::new(),
            pieces: Vec::new(),
            first_line: i,
            end_line: end,
            span: line.span(),
            marker,
            table: None,
            level: 0,
        };
        if kind == BlockKind::Heading && content_start > 0 {
            // a Markdown heading's span is its text, without the marks
            block.span = Span::new(line.start + content_start, block.span.end);
        }
        push_piece(&mut block, line, content_start);
        for l in &lines[i + 1..end] {
            push_piece(&mut block, *l, 0);
            block.span = block.span.cover(l.span());
        }
        i = end;
        if wrapped && kind != BlockKind::Heading {
            // join continuation lines until a blank line, a bullet, a table or a heading;
            // across a page break (blank lines) when the sentence goes on in lower case
            loop {
                if i >= lines.len() {
                    break;
                }
                let mut j = i;
                if lines[i].is_blank() {
                    let last = block.end_line - 1;
                    match ctx.next_nonblank(i, 3) {
                        Some(k)
                            if !ctx.ends_sentence(last)
                                && ctx.starts_lower(k)
                                && !ctx.in_table[k]
                                && !table_start(k)
                                && (i..k).all(|b| !table_start(b)) =>
                        {
                            j = k
                        }
                        _ => break,
                    }
                }
                let l = lines[j];
                if bullet_marker(l.text).is_some()
                    || table_start(j)
                    || ctx.in_table[j]
                    || ctx.heading_at(j, false).is_some()
                {
                    break;
                }
                push_piece(&mut block, l, 0);
                block.end_line = j + 1;
                block.span = block.span.cover(l.span());
                i = j + 1;
            }
        } else if kind == BlockKind::Paragraph {
            // a document judged unwrapped may still wrap a paragraph (a short page, or
            // one mostly table): a long line that ends no sentence goes on in the next
            // when that starts in lower case (`… In de justitiële` / `jeugdinrichtingen
            // zaten gemiddeld 323 jongeren.`)
            while i < lines.len()
                && !ctx.ends_sentence(block.end_line - 1)
                && more_chars_than(lines[block.end_line - 1].text.trim(), 39)
                && ctx.continues(i)
                && !table_start(i)
                && !ctx.in_table[i]
                && ctx.heading_at(i, false).is_none()
            {
                let l = lines[i];
                push_piece(&mut block, l, 0);
                block.end_line = i + 1;
                block.span = block.span.cover(l.span());
                i += 1;
            }
        }
        blocks.push(block);
    }
    demote_heading_runs(&mut blocks);
    let row_named = headings_naming_table_rows(&blocks, lines);
    assign_levels(&mut blocks, &row_named);
    blocks
}

/// `1) Beheer en exploitatie van bestaande producten` followed by a paragraph is a
/// sub-heading (seed 000); ` • 1) beheer en exploitatie ...;` and items followed by
/// more items are bullets.
fn is_list_heading(ctx: &Ctx<'_, '_>, i: usize, marker: &str, rest: &str) -> bool {
    if !(marker.ends_with(')') && marker.starts_with(|c: char| c.is_ascii_alphanumeric())) {
        return false;
    }
    if !(looks_like_heading(rest) && heading_quality(rest)) {
        return false;
    }
    let Some(j) = ctx.next_nonblank(i + 1, 4) else {
        return false;
    };
    let next = ctx.lines[j].text;
    !ctx.in_table[j] && bullet_marker(next).is_none() && !looks_like_heading(next)
}

/// Three or more headings in a row with nothing between them are a list of short
/// items, not headings (a bulleted list whose markers the converter dropped, a
/// site's navigation); three at the very start are a title page.
fn demote_heading_runs(blocks: &mut [Block]) {
    let mut k = 0;
    while k < blocks.len() {
        if blocks[k].kind != BlockKind::Heading {
            k += 1;
            continue;
        }
        let mut e = k;
        while e < blocks.len() && blocks[e].kind == BlockKind::Heading {
            e += 1;
        }
        // a title page (`Jaarverslag 2019` / `Dienst Uitvoering Onderwijs` / `Inleiding`) opens the document
        if (e - k >= 4 || (k > 0 && e - k == 3))
            && blocks[k..e]
                .iter()
                .all(|b| heading_number_parts(&b.text) == 0)
        {
            for b in &mut blocks[k..e] {
                b.kind = BlockKind::Paragraph;
            }
        }
        k = e;
    }
}

/// Headings after a table that name one of its rows explain that row
/// (`Operationele kasstroom` under `Totaal operationele kasstroom`, seed 000): they are
/// sub-headings of the section that holds the table.
fn headings_naming_table_rows(blocks: &[Block], lines: &[TextLine<'_>]) -> Vec<bool> {
    let mut out = vec![false; blocks.len()];
    // the last table's lines, and their lowered texts once a heading after it asks
    // (most tables have none right after them: no copy of their lines is made)
    let mut table: Option<(&[TextLine<'_>], Option<Vec<String>>)> = None;
    let mut explained = 0usize;
    for (k, b) in blocks.iter().enumerate() {
        match b.kind {
            BlockKind::Table => {
                explained = 0;
                let end = b.end_line.min(lines.len());
                // bounded: the row labels of the first 2000 lines
                let end = end.min(b.first_line.saturating_add(2000));
                table = Some((lines.get(b.first_line..end).unwrap_or(&[]), None));
            }
            BlockKind::Heading => {
                let Some((table_lines, lowered)) = &mut table else {
                    continue;
                };
                explained += 1;
                if explained > 50 {
                    table = None;
                    continue;
                }
                let h = b.text.to_lowercase();
                if (h.split_whitespace().count() >= 2 || h.chars().count() >= 8)
                    && heading_number_parts(&b.text) == 0
                    && lowered
                        .get_or_insert_with(|| {
                            table_lines
                                .iter()
                                .map(|l| l.text.trim().to_lowercase())
                                .filter(|t| !t.is_empty())
                                .collect()
                        })
                        .iter()
                        .any(|r| contains_words(r, &h))
                {
                    out[k] = true;
                } else {
                    // a heading that names no row ends the explanations
                    table = None;
                }
            }
            _ => {}
        }
    }
    out
}

/// Does `hay` hold `needle` as whole words?
fn contains_words(hay: &str, needle: &str) -> bool {
    hay.match_indices(needle).any(|(p, _)| {
        let before = hay[..p].chars().next_back();
        let after = hay[p + needle.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// Sets `level` on heading blocks (1 = top).
///
/// - Numbered headings take their depth (`4.1 Logius` -> 2); unnumbered ones go one
///   below the last numbered heading.
/// - Boxes (`Illustratie: ...`), list-numbered headings (`1) Beheer ...`) and headings
///   that recur with the same text (`Terugblik` under each theme, seed 002) are
///   sub-headings of the heading before them.
/// - A heading directly followed by another heading opens a group: the second is its
///   child. When the child repeats the parent's words (`Infrastructuur` /
///   `Infrastructuur als dienstverlening`, seed 004) the group lasts while headings do;
///   otherwise (`Samenvatting domeinen` / `Toegang`, seed 001) it lasts until a parallel
///   heading with the parent's first word (`Samenvatting algemeen`), which opens a
///   group of its own.
fn assign_levels(blocks: &mut [Block], row_named: &[bool]) {
    use std::collections::HashMap;
    let mut counts: HashMap<String, usize> = HashMap::new();
    for b in blocks.iter().filter(|b| b.kind == BlockKind::Heading) {
        *counts.entry(b.text.to_lowercase()).or_default() += 1;
    }
    struct Group {
        parent: String,
        level: u8,
        prefix: bool,
    }
    let first_word = |s: &str| s.split_whitespace().next().unwrap_or("").to_lowercase();
    let mut base: u8 = 1;
    let mut last_main: u8 = 1;
    let mut group: Option<Group> = None;
    // the heading just before, with nothing between: (text, level, is main, itself placed under the one before)
    let mut prev_heading: Option<(String, u8, bool, bool)> = None;
    for (bi, b) in blocks.iter_mut().enumerate() {
        if b.kind != BlockKind::Heading {
            if b.kind != BlockKind::Table || prev_heading.is_some() {
                prev_heading = None;
            }
            continue;
        }
        let text = b.text.clone();
        let parts = heading_number_parts(&text);
        if parts > 0 {
            let lvl = parts.min(6) as u8;
            b.level = lvl;
            base = lvl + 1;
            last_main = lvl;
            group = None;
            prev_heading = Some((text, lvl, false, false));
            continue;
        }
        let sub = row_named[bi]
            || is_list_numbered(&text)
            || is_box_heading(&text)
            || counts.get(&text.to_lowercase()).copied().unwrap_or(0) >= 2;
        if sub {
            b.level = (last_main + 1).min(6);
            prev_heading = Some((text, b.level, false, false));
            continue;
        }
        let mut direct = false;
        let level = if let Some((_, plevel, true, true)) = &prev_heading {
            // a third heading in a row (`Jaarverslag 2019` / `Dienst Uitvoering Onderwijs` /
            // `Inleiding`) is a sibling of the second, not its child
            direct = true;
            *plevel
        } else if let Some((ptext, plevel, true, false)) = &prev_heading {
            direct = true;
            let prefix = text
                .to_lowercase()
                .starts_with(&format!("{} ", ptext.to_lowercase()));
            group = Some(Group {
                parent: ptext.clone(),
                level: plevel + 1,
                prefix,
            });
            plevel + 1
        } else if let Some(g) = &group {
            if g.prefix {
                if text
                    .to_lowercase()
                    .starts_with(&format!("{} ", g.parent.to_lowercase()))
                {
                    g.level
                } else {
                    group = None;
                    base
                }
            } else if first_word(&text) == first_word(&g.parent) {
                let l = g.level - 1;
                group = Some(Group {
                    parent: text.clone(),
                    level: g.level,
                    prefix: false,
                });
                l
            } else {
                g.level
            }
        } else {
            base
        };
        let level = level.clamp(1, 6);
        b.level = level;
        last_main = level;
        prev_heading = Some((text, level, true, direct));
    }
}

fn push_piece(block: &mut Block, line: TextLine<'_>, content_start: usize) {
    let content = &line.text[content_start..];
    let lead = content.len() - content.trim_start().len();
    let trimmed = content.trim();
    if trimmed.is_empty() {
        return;
    }
    if !block.text.is_empty() {
        // a word broken at the line end with a hyphen stays as printed here; repair joins it
        block.text.push(' ');
    }
    block
        .pieces
        .push((block.text.len(), line.start + content_start + lead));
    block.text.push_str(trimmed);
}

/// Whether the document is hard-wrapped ([`is_hard_wrapped`]) and the typical width
/// of its prose ([`typical_width`]), in one pass over the lines: both read the
/// length in chars of each trimmed line outside tables, which is counted once here
/// (and not at all for a line of fewer than 30 bytes, which neither counts).
fn wrap_and_width(lines: &[TextLine<'_>], in_table: &[bool]) -> (bool, usize) {
    let (mut long, mut continued) = (0usize, 0usize);
    let mut widths: Vec<usize> = Vec::new();
    for (k, l) in lines.iter().enumerate() {
        if in_table[k] {
            continue;
        }
        let a = l.text.trim();
        if a.len() < 30 {
            continue; // fewer bytes than 30, so fewer chars
        }
        let n = a.chars().count();
        if n >= 30 {
            widths.push(n);
        }
        // (`is_hard_wrapped` reads each line with the one after it)
        let Some(next) = lines.get(k + 1) else {
            continue;
        };
        if n >= 40 && prose_like(a) {
            long += 1;
            if n <= 110
                && !a.ends_with(['.', ':', ';', '?', '!'])
                && next
                    .text
                    .trim()
                    .chars()
                    .next()
                    .is_some_and(|c| c.is_lowercase())
            {
                continued += 1;
            }
        }
    }
    let wrapped = long > 0 && continued * 4 >= long;
    if widths.is_empty() {
        return (wrapped, 80);
    }
    let mid = widths.len() / 2;
    (wrapped, *widths.select_nth_unstable(mid).1)
}

/// A document is hard-wrapped when most of its prose lines stop well before a
/// paragraph would end: many lines of similar length that end without a full stop.
/// Lines claimed by tables do not count. (The slow path of [`wrap_and_width`].)
#[cfg(test)]
fn is_hard_wrapped(lines: &[TextLine<'_>], in_table: &[bool]) -> bool {
    let mut long = 0usize;
    let mut continued = 0usize;
    for (k, w) in lines.windows(2).enumerate() {
        if in_table[k] {
            continue;
        }
        let a = w[0].text.trim();
        if a.len() < 40 {
            continue; // fewer bytes than 40, so fewer chars: not long
        }
        let n = a.chars().count();
        // prose, not a table row read without its table
        if n >= 40 && prose_like(a) {
            long += 1;
            if n <= 110
                && !a.ends_with(['.', ':', ';', '?', '!'])
                && w[1]
                    .text
                    .trim()
                    .chars()
                    .next()
                    .is_some_and(|c| c.is_lowercase())
            {
                continued += 1;
            }
        }
    }
    long > 0 && continued * 4 >= long
}

/// Could line `a` be prose, as [`wrap_and_width`] counts lines: three letters per
/// digit ([`has_letters_for_digits`]), a letter at all (not a rule of dashes), and
/// not the columns of a table laid out with spaces (two runs of three).
fn prose_like(a: &str) -> bool {
    a.bytes().any(|b| b.is_ascii_alphabetic() || b >= 0x80)
        && memchr::memmem::find_iter(a.as_bytes(), b"   ")
            .nth(1)
            .is_none()
        && has_letters_for_digits(a)
}

/// Does `a` hold at least three letters per ASCII digit? ASCII bytes are counted
/// first; the other chars are decoded only when the ASCII letters fall short.
fn has_letters_for_digits(a: &str) -> bool {
    let (mut digits, mut ascii_letters) = (0usize, 0usize);
    // branch-free byte counts in chunks small enough for `u8` counters (the compiler
    // vectorises this); `(c | 0x20) - b'a' < 26` is `c.is_ascii_alphabetic()`
    for chunk in a.as_bytes().chunks(255) {
        let (mut d, mut l) = (0u8, 0u8);
        for &c in chunk {
            d += u8::from(c.wrapping_sub(b'0') < 10);
            l += u8::from((c | 0x20).wrapping_sub(b'a') < 26);
        }
        digits += usize::from(d);
        ascii_letters += usize::from(l);
    }
    if ascii_letters >= 3 * digits {
        return true;
    }
    let other_letters = a
        .chars()
        .filter(|c| !c.is_ascii() && c.is_alphabetic())
        .count();
    ascii_letters + other_letters >= 3 * digits
}

/// Median length in chars of the lines of 30 chars or more outside tables (the width
/// of wrapped prose). (The slow path of [`wrap_and_width`].)
#[cfg(test)]
fn typical_width(lines: &[TextLine<'_>], in_table: &[bool]) -> usize {
    let mut n: Vec<usize> = lines
        .iter()
        .enumerate()
        .filter(|(k, _)| !in_table[*k])
        .map(|(_, l)| l.text.trim().chars().count())
        .filter(|&n| n >= 30)
        .collect();
    if n.is_empty() {
        return 80;
    }
    let mid = n.len() / 2;
    *n.select_nth_unstable(mid).1
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn same_wrap_and_width(lines: &[TextLine<'_>], in_table: &[bool]) {
        assert_eq!(
            wrap_and_width(lines, in_table),
            (
                is_hard_wrapped(lines, in_table),
                typical_width(lines, in_table)
            )
        );
    }

    /// The one pass gives what the two did, on every seed and fixture (with no
    /// table, and with every third line in one) and on any lines.
    #[test]
    fn wrap_and_width_equal_the_slow_paths() {
        let texts = crate::meta::test_texts();
        assert!(texts.len() > 50);
        let mut wrapped = 0;
        for t in &texts {
            let lines = lines(t);
            let none = vec![false; lines.len()];
            let thirds: Vec<bool> = (0..lines.len()).map(|k| k % 3 == 0).collect();
            same_wrap_and_width(&lines, &none);
            same_wrap_and_width(&lines, &thirds);
            wrapped += usize::from(wrap_and_width(&lines, &none).0);
        }
        // both outcomes occur
        assert!(wrapped > 0 && wrapped < texts.len(), "{wrapped}");
        same_wrap_and_width(&[], &[]);
    }

    /// The claims of [`is_function_word`], and its answers against the lowered copy
    /// on every word of the seeds and fixtures.
    #[test]
    fn function_words_match_as_lowercased() {
        for c in (0..=0x10ffff).filter_map(char::from_u32) {
            let low: String = c.to_lowercase().collect();
            if !c.is_ascii() && low.is_ascii() {
                assert_eq!(c, '\u{212a}');
                assert_eq!(low, "k");
            }
        }
        assert!(FUNCTION_WORDS
            .iter()
            .all(|f| !f.contains('k') && f.bytes().all(|b| b.is_ascii_lowercase())));
        let slow = |w: &str| FUNCTION_WORDS.contains(&w.to_lowercase().as_str());
        let mut n = 0;
        for t in crate::meta::test_texts() {
            for w in t.split_whitespace() {
                assert_eq!(is_function_word(w), slow(w), "{w:?}");
                n += usize::from(slow(w));
            }
        }
        assert!(n > 1000, "{n}");
        for w in ["VAN", "Van", "\u{212a}", "İn", "ıs", "DE", "tusSen"] {
            assert_eq!(is_function_word(w), slow(w), "{w:?}");
        }
    }

    #[test]
    fn more_chars_than_counts_as_chars_do() {
        for t in ["", "a", "é", "€€€", "abc", "ééé", "𝄞𝄞", "aé€𝄞"] {
            for k in 1..12 {
                let s = t.repeat(k);
                for n in 0..40 {
                    assert_eq!(more_chars_than(&s, n), s.chars().count() > n, "{s:?} {n}");
                }
            }
        }
    }

    proptest! {
        #[test]
        fn wrap_and_width_equal_the_slow_paths_on_any_lines(
            text in "([a-zé€ ]{0,8}|[A-Z0-9]{1,3}|[.:;] |\u{a0}|\n){0,60}",
            seed in any::<u64>(),
        ) {
            let lines = lines(&text);
            let in_table: Vec<bool> = (0..lines.len()).map(|k| (seed >> (k % 64)) & 1 == 1).collect();
            same_wrap_and_width(&lines, &in_table);
        }
    }

    #[test]
    fn letters_for_digits_counts_as_chars_do() {
        let naive = |a: &str| {
            let letters = a.chars().filter(|c| c.is_alphabetic()).count();
            let digits = a.chars().filter(|c| c.is_ascii_digit()).count();
            letters >= 3 * digits
        };
        let long = "Totaal baten 2022 ".repeat(40);
        for a in [
            "Realisatie 2021 Begroting 2022 Verschil",
            "2021 2022 2023 2024",
            "één é ü 12",
            "ÉÉÉ 1",
            "@[`{ 1",
            "Zo 123",
            "",
            long.as_str(),
        ] {
            assert_eq!(has_letters_for_digits(a), naive(a), "{a:?}");
        }
    }

    #[test]
    fn web_text_one_paragraph_per_line() {
        let t = "Inleiding\n\nLogius is opgericht. Dat is goed.\n\n • 1) beheer en exploitatie;\n • 2) inbeheername;\n";
        let ls = lines(t);
        let b = segment(&ls, &[]);
        let kinds: Vec<_> = b.iter().map(|b| b.kind).collect();
        assert_eq!(
            kinds,
            vec![
                BlockKind::Heading,
                BlockKind::Paragraph,
                BlockKind::Bullet,
                BlockKind::Bullet
            ]
        );
        assert_eq!(b[2].text, "1) beheer en exploitatie;");
        assert_eq!(b[2].marker.as_deref(), Some("•"));
    }

    #[test]
    fn wrapped_prose_is_joined_and_maps_back() {
        let t = "Inleiding\n\nLogius gelooft in een overheid die altijd, overal en voor iedereen\nbeschikbaar en toegankelijk is. Daarom bieden we producten en\ndiensten aan.\n";
        let ls = lines(t);
        let b = segment(&ls, &[]);
        assert_eq!(b.len(), 2);
        assert_eq!(b[0].kind, BlockKind::Heading);
        assert!(b[1].text.contains("iedereen beschikbaar"));
        let off = b[1].text.find("beschikbaar").unwrap();
        let c = b[1].to_clean(off);
        assert_eq!(&t[c..c + 11], "beschikbaar");
    }

    #[test]
    fn headings() {
        assert!(looks_like_heading("4.1 Logius"));
        assert!(looks_like_heading("Tot slot"));
        assert!(!looks_like_heading("2014"));
        assert!(!looks_like_heading("42.755"));
        assert!(!looks_like_heading("Dit is een zin."));
        assert_eq!(heading_number_parts("4.1 Logius"), 2);
        assert_eq!(heading_number_parts("4. Logius"), 1);
        assert_eq!(heading_number_parts("2014"), 0);
    }

    fn kinds_texts(t: &str) -> Vec<(BlockKind, String)> {
        let ls = lines(t);
        segment(&ls, &[])
            .into_iter()
            .map(|b| (b.kind, b.text))
            .collect()
    }

    #[test]
    fn wrapped_headings_over_two_lines_and_after_a_sentence() {
        // seed 002: `Illustratie: op weg naar een` / `haalbaar Stelsel Toegang`; ` Focus: goed en duurzaam`
        // straight after `worden voorkomen.`
        let t = "Logius gelooft in een overheid die altijd, overal en voor iedereen\nbeschikbaar en toegankelijk is. Daarom bieden we producten en\ndiensten aan waarmee burgers digitaal zaken kunnen doen.\n\nIllustratie: op weg naar een\nhaalbaar Stelsel Toegang\n\nOp 1 juli 2023 is de Wet digitale overheid van kracht geworden en\ndat vraagt veel van de opdrachtgever en van Logius als uitvoerder.\n Focus: goed en duurzaam\n\nLogius werkt elke dag aan het veilig, betrouwbaar en beschikbaar\nhouden van de bestaande dienstverlening van de hele overheid.\n";
        let b = kinds_texts(t);
        let heads: Vec<&str> = b
            .iter()
            .filter(|(k, _)| *k == BlockKind::Heading)
            .map(|(_, t)| t.as_str())
            .collect();
        assert_eq!(
            heads,
            vec![
                "Illustratie: op weg naar een haalbaar Stelsel Toegang",
                "Focus: goed en duurzaam"
            ]
        );
    }

    #[test]
    fn not_headings() {
        let wrapped = "Logius gelooft in een overheid die altijd, overal en voor iedereen\nbeschikbaar en toegankelijk is. Daarom bieden we producten en\ndiensten aan waarmee burgers digitaal zaken kunnen doen.\n\n";
        for (case, line) in [
            ("a paragraph going on after a page break", "Logius heeft de ambitie om een belangrijke dienstverlener en\n\nonderdeel van de digitale overheid te zijn.\n"),
            ("a signature", "Bert Voorbraak (algemeen directeur Logius)\n\nNog een zin hierna.\n"),
            ("OCR debris", "NS L o :\n\nNog een zin hierna.\n"),
            ("a letterhead", "Ministerie van Binnenlandse Zaken en\nKoninkrijksrelaties\n\nNog een zin hierna.\n"),
        ] {
            let t = format!("{wrapped}{line}");
            let b = kinds_texts(&t);
            assert!(
                b.iter().all(|(k, _)| *k != BlockKind::Heading),
                "{case}: {b:?}"
            );
        }
        // web export: a table row label followed by its values (flat table not claimed)
        let b =
            kinds_texts("Inleiding\n\nTekst van de inleiding.\n\nOmzet derden\n\n4.490\n\n2.452\n");
        assert_eq!(b[0].0, BlockKind::Heading);
        assert_eq!(b[2], (BlockKind::Paragraph, "Omzet derden".to_string()));
    }

    #[test]
    fn two_headings_on_consecutive_lines_stay_two() {
        // ocr-noisy rendering of 004: `Infrastructuur` / `Infrastructuur als dienstverlening`
        let t = "Logius gelooft in een overheid die altijd, overal en voor iedereen\nbeschikbaar en toegankelijk is. Daarom bieden we producten en\ndiensten aan waarmee burgers digitaal zaken kunnen doen.\n\nInfrastructuur\nInfrastructuur als dienstverlening\n\ne De beschikbaarheid van het Standaard Platform is boven de norm gebleven\nin het hele jaar en dat is goed.\n";
        let ls = lines(t);
        let b = segment(&ls, &[]);
        let heads: Vec<(&str, u8)> = b
            .iter()
            .filter(|b| b.kind == BlockKind::Heading)
            .map(|b| (b.text.as_str(), b.level))
            .collect();
        assert_eq!(
            heads,
            vec![
                ("Infrastructuur", 1),
                ("Infrastructuur als dienstverlening", 2)
            ]
        );
        // OCR's `e` bullet
        let last = b.last().unwrap();
        assert_eq!(last.kind, BlockKind::Bullet);
        assert_eq!(last.marker.as_deref(), Some("e"));
        assert!(last.text.starts_with("De beschikbaarheid"));
    }

    #[test]
    fn bullet_markers() {
        for (line, want) in [
            (
                " • 1) beheer en exploitatie;",
                Some(("•", "1) beheer en exploitatie;")),
            ),
            ("- Om de continuïteit", Some(("-", "Om de continuïteit"))),
            (
                "1) Beheer en exploitatie",
                Some(("1)", "Beheer en exploitatie")),
            ),
            ("e Logius wil wendbare", Some(("e", "Logius wil wendbare"))),
            ("e-mail is handig", None),
            ("en dat is goed", None),
            ("2014", None),
        ] {
            assert_eq!(bullet_marker(line), want, "{line}");
        }
    }

    #[test]
    fn box_and_list_headings() {
        assert!(is_box_heading(
            "Illustratie: AcICT-advies op de infrastructuur"
        ));
        assert!(is_box_heading("Kader 2.1 Verantwoording"));
        assert!(!is_box_heading("Illustraties in dit rapport"));
        assert!(is_list_numbered(
            "1) Beheer en exploitatie van bestaande producten"
        ));
        assert!(!is_list_numbered("4.1 Logius"));
    }
}
