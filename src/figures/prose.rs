//! Prose runs, sentences, tokens and the ranges that can never hold a figure.
//!
//! In: blocks. Out: [`Run`]s (consecutive prose blocks rejoined where a paragraph
//! was cut mid-sentence), sentence ranges, [`Tok`]ens with offsets, and sorted
//! excluded byte ranges (references, dates, URLs, phone numbers, ...).

use crate::segment::{Block, BlockKind};
use crate::span::Span;
use regex::{Regex, RegexSet};
use std::borrow::Cow;
use std::sync::{LazyLock, OnceLock};

/// Consecutive prose blocks read as one text.
pub(crate) struct Run {
    pub text: String,
    /// `(offset in text, block index)` for each block, ascending.
    pub parts: Vec<(usize, usize)>,
    /// Heading of the section the run stands in.
    pub section: Option<String>,
}

impl Run {
    fn locate(&self, off: usize) -> (usize, usize) {
        let i = self.parts.partition_point(|&(o, _)| o <= off).max(1) - 1;
        let (o, b) = self.parts[i];
        (b, off.saturating_sub(o))
    }

    /// Whether `off` starts a source line (a piece of a block starts there).
    pub fn at_line_start(&self, blocks: &[Block], off: usize) -> bool {
        let (b, o) = self.locate(off);
        blocks[b]
            .pieces
            .binary_search_by_key(&o, |&(po, _)| po)
            .is_ok()
    }

    /// The text of the source line holding `off`, from the line's start up to `off`.
    pub fn line_before<'b>(&self, blocks: &'b [Block], off: usize) -> &'b str {
        let (b, o) = self.locate(off);
        let block = &blocks[b];
        let i = block.pieces.partition_point(|&(po, _)| po <= o).max(1) - 1;
        let start = block.pieces.get(i).map_or(0, |&(po, _)| po);
        block.text.get(start..o.max(start)).unwrap_or("")
    }

    /// Whether the source line holding `off` has a word `marks` accepts: the
    /// flag [`Run::line_flags`] computes for it (and [`Run::line_flag`] reads),
    /// computed for that line alone (most runs never ask, and those that do ask
    /// about a few lines).
    pub fn line_has(&self, blocks: &[Block], off: usize, marks: &dyn Fn(&str) -> bool) -> bool {
        let (b, o) = self.locate(off);
        let block = &blocks[b];
        let i = block.pieces.partition_point(|&(po, _)| po <= o).max(1) - 1;
        if i >= block.pieces.len().max(1) {
            return true; // (never: `i` is a line of the block)
        }
        let start = block.pieces.get(i).map_or(0, |&(po, _)| po);
        let end = block
            .pieces
            .get(i + 1)
            .map_or(block.text.len(), |&(po, _)| po.saturating_sub(1));
        block
            .text
            .get(start..end.max(start))
            .unwrap_or("")
            .split_whitespace()
            .any(marks)
    }

    /// For each block of the run and each of its source lines: whether the line
    /// has a word `marks` accepts. Computed once per run (linear).
    #[cfg(test)]
    pub fn line_flags(&self, blocks: &[Block], marks: &dyn Fn(&str) -> bool) -> Vec<Vec<bool>> {
        self.parts
            .iter()
            .map(|&(_, b)| {
                let block = &blocks[b];
                let n = block.pieces.len().max(1);
                (0..n)
                    .map(|i| {
                        let start = block.pieces.get(i).map_or(0, |&(po, _)| po);
                        let end = block
                            .pieces
                            .get(i + 1)
                            .map_or(block.text.len(), |&(po, _)| po.saturating_sub(1));
                        block
                            .text
                            .get(start..end.max(start))
                            .unwrap_or("")
                            .split_whitespace()
                            .any(marks)
                    })
                    .collect()
            })
            .collect()
    }

    /// The flag [`Run::line_flags`] computed for the line holding `off`.
    #[cfg(test)]
    pub fn line_flag(&self, blocks: &[Block], flags: &[Vec<bool>], off: usize) -> bool {
        let part = self.parts.partition_point(|&(o, _)| o <= off).max(1) - 1;
        let (b, o) = self.locate(off);
        let i = blocks[b].pieces.partition_point(|&(po, _)| po <= o).max(1) - 1;
        flags
            .get(part)
            .and_then(|f| f.get(i))
            .copied()
            .unwrap_or(true)
    }

    /// Whether the line holding `off` continues a sentence from the line before it
    /// in the same block (that line ends in a lower-case letter or a comma).
    pub fn continues_line(&self, blocks: &[Block], off: usize) -> bool {
        let (b, o) = self.locate(off);
        let block = &blocks[b];
        let i = block.pieces.partition_point(|&(po, _)| po <= o);
        if i < 2 {
            return false;
        }
        let prev = block.text[..block.pieces[i - 1].0].trim_end();
        prev.chars()
            .last()
            .is_some_and(|c| c.is_lowercase() || c == ',')
    }

    /// Whether the block holding `off` is a single source line.
    pub fn single_line(&self, blocks: &[Block], off: usize) -> bool {
        let (b, _) = self.locate(off);
        blocks[b].pieces.len() <= 1
    }

    /// Whether a source line ends at `off` (the next piece of a block starts after
    /// one joining space, or the block ends).
    pub fn at_line_end(&self, blocks: &[Block], off: usize) -> bool {
        let (b, o) = self.locate(off.saturating_sub(1));
        let o = o + 1;
        o >= blocks[b].text.len()
            || blocks[b]
                .pieces
                .binary_search_by_key(&(o + 1), |&(po, _)| po)
                .is_ok()
    }

    /// Cleaned-text span of a span of the run's text.
    pub fn span_to_clean(&self, blocks: &[Block], s: Span) -> Span {
        let (b0, o0) = self.locate(s.start);
        let start = blocks[b0].to_clean(o0);
        let end = if s.end > s.start {
            let (b1, o1) = self.locate(s.end - 1);
            blocks[b1].to_clean(o1) + 1
        } else {
            start
        };
        Span::new(start, end)
    }
}

fn is_prose(kind: BlockKind) -> bool {
    matches!(
        kind,
        BlockKind::Paragraph | BlockKind::Bullet | BlockKind::Heading
    )
}

/// Groups prose blocks into runs. A block continues the previous one when that
/// one stops without closing punctuation and this one starts in lower case or
/// with `€` (a paragraph the segmenter cut at a line end), or with a digit after
/// a long paragraph line.
pub(crate) fn runs(blocks: &[Block]) -> Vec<Run> {
    let mut out: Vec<Run> = Vec::new();
    let mut section: Option<String> = None;
    let mut prev: Option<usize> = None;
    for (i, b) in blocks.iter().enumerate() {
        if !is_prose(b.kind) || b.text.trim().is_empty() {
            prev = None;
            continue;
        }
        // (an OCR page number on a paragraph of its own between the halves of a
        // sentence, `… bedroeg` / `12` / `€ 48,9 miljoen. …`, is no part of it: the
        // halves join around it, and it is read as nothing)
        if prev.is_some_and(|p| page_number_between(&blocks[p], b, blocks.get(i + 1))) {
            continue;
        }
        let joins = prev.is_some_and(|p| continues(&blocks[p], b));
        if joins {
            let run = out.last_mut().expect("a previous run");
            run.text.push(' ');
            run.parts.push((run.text.len(), i));
            run.text.push_str(&b.text);
        } else {
            if b.kind == BlockKind::Heading {
                section = Some(b.text.trim().to_string());
            }
            out.push(Run {
                text: b.text.clone(),
                parts: vec![(0, i)],
                section: section.clone(),
            });
        }
        prev = Some(i);
    }
    for run in &mut out {
        blank_emphasis(&mut run.text);
    }
    out
}

/// Blanks Markdown's emphasis marks in prose (`*Aangeboden … oktober 2024*`, `*12
/// mln.*`, `__noot__`) with spaces, byte for byte, so that offsets hold: a mark is
/// a run of `*` or `_` that opens a word after a space (or the start) and closes a
/// later one before a space, punctuation or the end, on the same line. A lone
/// asterisk after a number (`2,5 mln.*`, a note) has no opening mark and stays.
fn blank_emphasis(text: &mut String) {
    if memchr::memchr2(b'*', b'_', text.as_bytes()).is_none() {
        return;
    }
    let mut b = std::mem::take(text).into_bytes();
    let n = b.len();
    let mut i = 0;
    while i < n {
        let m = b[i];
        if m != b'*' && m != b'_' {
            i += 1;
            continue;
        }
        let mut j = i;
        while j < n && b[j] == m {
            j += 1;
        }
        let opens = (i == 0 || b[i - 1].is_ascii_whitespace() || b[i - 1] == b'(')
            && j < n
            && !b[j].is_ascii_whitespace();
        if !opens {
            i = j;
            continue;
        }
        // the closing run of as many marks, on this line
        let width = j - i;
        let mut k = j;
        let mut close = None;
        while k < n && b[k] != b'\n' {
            if b[k] == m && !b[k - 1].is_ascii_whitespace() {
                let mut e = k;
                while e < n && b[e] == m {
                    e += 1;
                }
                let after_ok = e == n || !(b[e].is_ascii_alphanumeric() || b[e] == m);
                if e - k == width && after_ok {
                    close = Some((k, e));
                    break;
                }
                k = e;
                continue;
            }
            k += 1;
        }
        match close {
            Some((k, e)) => {
                b[i..j].fill(b' ');
                b[k..e].fill(b' ');
                i = e;
            }
            None => i = j,
        }
    }
    // (only ASCII marks were blanked: the bytes are still UTF-8)
    *text = String::from_utf8(b).unwrap_or_default();
}

/// Whether `b` is a page number printed between two halves of a sentence: a
/// paragraph of one line holding one to three digits, after a paragraph `prev`
/// that the paragraph after it (`next`) continues (see [`continues`]), where that
/// one opens with no unit or scale word the number would take (`12` / `miljoen
/// euro` is an amount).
fn page_number_between(prev: &Block, b: &Block, next: Option<&Block>) -> bool {
    let t = b.text.trim();
    let Some(next) = next else { return false };
    if b.kind != BlockKind::Paragraph
        || b.end_line != b.first_line + 1
        || !(1..=3).contains(&t.len())
        || !t.bytes().all(|c| c.is_ascii_digit())
        || prev.kind != BlockKind::Paragraph
        || !continues(prev, next)
    {
        return false;
    }
    let first = next.text.split_whitespace().next().unwrap_or("");
    let first = first.trim_end_matches([',', '.', ';', ':']);
    crate::grammar::words::unit_noun(first).is_none()
        && crate::grammar::words::scale_noun(first).is_none()
        && crate::grammar::words::measure_noun(first).is_none()
}

fn continues(prev: &Block, next: &Block) -> bool {
    if next.kind != BlockKind::Paragraph {
        return false;
    }
    let p = prev.text.trim_end();
    if p.ends_with(['.', '!', '?', ':', ';']) {
        return false;
    }
    let Some(c) = next.text.trim_start().chars().next() else {
        return false;
    };
    if c.is_lowercase() || c == '€' {
        return true;
    }
    c.is_ascii_digit()
        && prev.kind == BlockKind::Paragraph
        && p.split_whitespace().count() >= 6
        && p.chars().last().is_some_and(char::is_alphabetic)
}

const ABBREVIATIONS: &[&str] = &[
    "nr", "nrs", "ca", "bijv", "blz", "art", "dhr", "mevr", "mr", "dr", "ir", "drs", "prof", "zgn",
    "jl", "resp", "incl", "excl", "min", "max", "vgl", "evt", "etc", "st", "tel", "p", "par",
    "ong", "ivm", "mbt", "nl",
];

/// Sentence ranges of `text`: a `.`, `!` or `?` followed by space and a capital,
/// a digit, a quote or `€` ends a sentence, unless the word before is an
/// abbreviation (`o.a.`, `nr.`, `ca.`).
pub(crate) fn sentences(text: &str) -> Vec<(usize, usize)> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    // `.`, `!` and `?` are ASCII: in UTF-8 their bytes are never part of another
    // char; they are found by memchr (most bytes are none of them)
    for i in memchr::memchr3_iter(b'.', b'!', b'?', bytes) {
        let c = match bytes[i] {
            b'.' => '.',
            b'!' => '!',
            _ => '?',
        };
        let after = &text[i + 1..];
        let trimmed = after.trim_start();
        if trimmed.is_empty() {
            continue;
        }
        if trimmed.len() == after.len() {
            // `toegenomen.Ook`: a lost space after a full stop, between words
            let mut next = after.chars();
            let glued = c == '.'
                && next.next().is_some_and(char::is_uppercase)
                && next.next().is_some_and(char::is_lowercase)
                && text[..i]
                    .chars()
                    .rev()
                    .take(3)
                    .filter(|c| c.is_lowercase())
                    .count()
                    == 3;
            if glued {
                out.push((start, i + 1));
                start = i + 1;
            }
            continue;
        }
        let next = trimmed.chars().next().unwrap_or(' ');
        if !(next.is_uppercase()
            || next.is_ascii_digit()
            || matches!(next, '€' | '‘' | '\'' | '"' | '“' | '(' | '•' | '-' | '–'))
        {
            continue;
        }
        // (a stop after a closing parenthesis ends its sentence: `(… mld.). Dat`)
        if c == '.' && !text[..i].ends_with(')') {
            let word_start = text[..i]
                .rfind(char::is_whitespace)
                .map(|p| p + text[p..].chars().next().map_or(1, char::len_utf8))
                .unwrap_or(0);
            let word = &text[word_start..i];
            let w = word
                .trim_start_matches(['(', '‘', '\'', '"', '“'])
                .trim_end_matches('.');
            let letters = w.chars().filter(|c| c.is_alphabetic()).count();
            if w.contains('.') && (1..=5).contains(&letters) {
                continue; // o.a., m.b.v., n.v.t.
            }
            // a number with dots opening the sentence is its number (`2.3. Inleiding`);
            // after words it ends the sentence (`steeg tot 18.400. Een jaar`)
            if w.contains('.') && letters == 0 && word_start <= start {
                continue;
            }
            let lower = crate::grammar::words::lower(w);
            if ABBREVIATIONS.contains(&&*lower) {
                continue;
            }
            // a scale's abbreviation before a parenthesis goes on with a note on its
            // amount: `€ 27,9 mld. (2022: € 26,1 mld.)`
            if next == '(' && matches!(&*lower, "mln" | "mld" | "mrd" | "mio" | "dzd" | "bln") {
                continue;
            }
            if w.len() == 1 && w.chars().all(|c| c.is_uppercase()) {
                continue; // initials: `T. Kok`
            }
        }
        let end = i + 1;
        if end > start {
            out.push((start, end));
        }
        start = end + (after.len() - trimmed.len());
    }
    if start < text.len() && !text[start..].trim().is_empty() {
        out.push((start, text.len()));
    }
    out
}

/// A whitespace-separated token of a sentence.
#[derive(Clone, Debug)]
pub(crate) struct Tok<'a> {
    /// Byte range in the run text, with punctuation.
    pub s: usize,
    pub e: usize,
    /// Byte range without leading and trailing punctuation.
    pub cs: usize,
    pub ce: usize,
    /// The core, lower case (borrowed from the text when it is lower case already).
    pub w: Cow<'a, str>,
    /// A clause ends after this token (`,` `;` `:` `)` or the sentence end).
    pub clause_end: bool,
    /// A clause starts at this token (`(`, a quote).
    pub opens: bool,
    /// A parenthesis closes after this token's core (`4%)`).
    pub closes: bool,
    /// The token holds an ASCII digit or `€` (where a number may start).
    pub num: bool,
}

fn is_edge_punct(c: char) -> bool {
    !(c.is_alphanumeric() || matches!(c, '€' | '%' | '&' | '@'))
}

/// Whether an ASCII byte is a char `char::is_whitespace` accepts: U+0009..=U+000D
/// and the space.
#[inline]
fn ascii_space(b: u8) -> bool {
    matches!(b, b'\t' | b'\n' | 0x0b | 0x0c | b'\r' | b' ')
}

/// [`is_edge_punct`] for an ASCII byte.
#[inline]
fn is_edge_punct_ascii(b: u8) -> bool {
    !(b.is_ascii_alphanumeric() || matches!(b, b'%' | b'&' | b'@'))
}

pub(crate) fn tokens(text: &str, (s, e): (usize, usize)) -> Vec<Tok<'_>> {
    let sent = &text[s..e];
    let bytes = sent.as_bytes();
    // room for a token per 4 bytes: enough, mostly, without growing (words are
    // longer than three letters on average, spaces included)
    let mut out = Vec::with_capacity(bytes.len() / 4 + 1);
    // the words between whitespace, as `sent.split(char::is_whitespace)` gives them;
    // `i` is always at a char boundary (ASCII bytes are chars, others are decoded)
    let mut i = 0;
    while i < bytes.len() {
        // whitespace before the word
        let b = bytes[i];
        if b < 0x80 {
            if ascii_space(b) {
                i += 1;
                continue;
            }
        } else {
            let c = sent[i..].chars().next().unwrap_or(' ');
            if c.is_whitespace() {
                i += c.len_utf8();
                continue;
            }
        }
        let p = i;
        let mut ascii = true;
        let mut num = false;
        let mut upper = false;
        while i < bytes.len() {
            let b = bytes[i];
            if b < 0x80 {
                // letters stand above `9`; spaces, digits and most punctuation below
                if b <= b'9' {
                    if ascii_space(b) {
                        break;
                    }
                    num |= b >= b'0';
                } else if b <= b'Z' {
                    upper |= b >= b'A';
                }
                i += 1;
            } else {
                let c = sent[i..].chars().next().unwrap_or(' ');
                if c.is_whitespace() {
                    break;
                }
                num |= c == '€';
                ascii = false;
                i += c.len_utf8();
            }
        }
        let piece = &sent[p..i];
        let ps = s + p;
        let (lead, core, w) = if ascii {
            // ASCII: the same trims and lower case, byte by byte
            let pb = piece.as_bytes();
            let lead = pb.iter().take_while(|&&b| is_edge_punct_ascii(b)).count();
            let end = pb.len()
                - pb[lead..]
                    .iter()
                    .rev()
                    .take_while(|&&b| is_edge_punct_ascii(b))
                    .count();
            let core = &piece[lead..end];
            // (an upper-case letter is no edge punctuation: it stands in the core)
            let w = if upper {
                Cow::Owned(core.to_ascii_lowercase())
            } else {
                Cow::Borrowed(core)
            };
            (lead, core, w)
        } else {
            let rest = piece.trim_start_matches(is_edge_punct);
            let lead = piece.len() - rest.len();
            let core = rest.trim_end_matches(is_edge_punct);
            (lead, core, crate::grammar::words::lower(core))
        };
        let cs = ps + lead;
        let ce = cs + core.len();
        let tail = &piece.as_bytes()[lead + core.len()..];
        let head = &piece[..lead];
        out.push(Tok {
            s: ps,
            e: ps + piece.len(),
            cs,
            ce,
            w,
            clause_end: tail
                .iter()
                .any(|b| matches!(b, b',' | b';' | b':' | b')' | b'(')),
            opens: head.contains(['(', '‘', '\'', '"', '“']),
            closes: tail.contains(&b')'),
            num,
        });
    }
    if let Some(last) = out.last_mut() {
        last.clause_end = true;
    }
    out
}

/// The tokens of the whole run `text` (as `tokens(text, (0, text.len()))` gives
/// them, but for `clause_end`, which then also marks sentence ends), taken from
/// the tokens of its sentences `sents` when these hold every word of it: when
/// only whitespace, and some, stands between them, no word crosses a sentence
/// boundary. Otherwise (`toegenomen.Ook` is cut inside a word) the run is
/// tokenized again into `spare`.
///
/// A sentence left untokenised (`None` in `sent_toks`: no digit, no number,
/// scale or value word, and a word that ends a row of values, see
/// [`may_hold_values`]) stands as one `None`, which [`value_rows`] reads as the
/// word that ends a row: all it would do there.
pub(crate) fn tokens_of_run<'t>(
    text: &'t str,
    sents: &[(usize, usize)],
    sent_toks: &'t [Option<Vec<Tok<'t>>>],
    spare: &'t mut Vec<Tok<'t>>,
) -> Vec<Option<&'t Tok<'t>>> {
    let blank = |a: usize, b: usize| text[a..b].chars().all(char::is_whitespace);
    let mut at = 0;
    let mut split = true;
    for (k, &(s, e)) in sents.iter().enumerate() {
        if !blank(at, s) || (k > 0 && s == at) {
            split = false;
            break;
        }
        at = e;
    }
    if split && blank(at, text.len()) {
        let mut out = Vec::new();
        for toks in sent_toks {
            match toks {
                Some(toks) => out.extend(toks.iter().map(Some)),
                None => out.push(None),
            }
        }
        out
    } else {
        *spare = tokens(text, (0, text.len()));
        spare.iter().map(Some).collect()
    }
}

/// Words a sentence must hold to give a figure or a cell of a row of values
/// (ASCII case aside): the number words' parts (`twee` … `twaalf`, `tien`,
/// `tig` of the tens, `honderd`, `duizend`, `nul`, `half`), `eenmaal` (`eenmaal
/// per jaar`; every other `…maal` read holds a number word), the scale words an
/// `een` or `half` needs, the `é` of `één` (`É` in capitals), and the words
/// [`value_rows`] reads as values (`n.b.`, `p.m.`, `uitgevoerd`, ...).
const FIGURE_WORDS: &[&str] = &[
    "twee",
    "drie",
    "vier",
    "vijf",
    "zes",
    "zeven",
    "acht",
    "negen",
    "tien",
    "elf",
    "twaalf",
    "tig",
    "honderd",
    "duizend",
    "nul",
    "half",
    "eenmaal",
    "miljoen",
    "mln",
    "miljard",
    "mld",
    "mrd",
    "mio",
    "dzd",
    "\u{e9}",
    "\u{c9}",
    "n.b",
    "n.v.t",
    "nvt",
    "p.m",
    "pm",
    "uitgevoerd",
    "afgerond",
    "gepland",
];

pub(crate) static FIGURE_WORDS_AC: LazyLock<aho_corasick::AhoCorasick> = LazyLock::new(|| {
    aho_corasick::AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .build(FIGURE_WORDS)
        .expect("figure words")
});

/// [`FIGURE_WORDS`] (in any ASCII case) as a dense table of byte transitions:
/// `table[256 * state + byte]` is the next state, state 0 the start, and a
/// match leads to [`FOUND`], which stays. Built from the Aho-Corasick DFA of the
/// words (it has fewer than 255 states); one lookup a byte, no other test.
/// `None` if the words outgrow a byte's states (they then go through the
/// Aho-Corasick automaton).
static FIGURE_WORDS_TABLE: LazyLock<Option<Vec<u8>>> = LazyLock::new(|| {
    use aho_corasick::automaton::Automaton;
    use aho_corasick::Anchored;
    let dfa = aho_corasick::dfa::DFA::builder()
        .ascii_case_insensitive(true)
        .prefilter(false)
        .build(FIGURE_WORDS)
        .ok()?;
    let start = dfa.start_state(Anchored::No).ok()?;
    let mut ids = vec![start];
    let mut table: Vec<u8> = Vec::new();
    let mut k = 0;
    while k < ids.len() {
        let from = ids[k];
        for b in 0..=255u8 {
            let to = dfa.next_state(Anchored::No, from, b);
            let id = if dfa.is_match(to) {
                FOUND
            } else if let Some(i) = ids.iter().position(|&x| x == to) {
                u8::try_from(i).ok()?
            } else {
                ids.push(to);
                u8::try_from(ids.len() - 1).ok().filter(|&i| i != FOUND)?
            };
            table.push(id);
        }
        k += 1;
    }
    // the match state: it stays
    let found_at = usize::from(FOUND) * 256;
    table.resize(found_at, 0);
    table.extend(std::iter::repeat_n(FOUND, 256));
    Some(table)
});

/// The state of [`FIGURE_WORDS_TABLE`] a match leads to.
const FOUND: u8 = 255;

/// Whether `text` holds a word of [`FIGURE_WORDS`] in some ASCII case.
pub(crate) fn has_figure_word(text: &str) -> bool {
    let Some(table) = FIGURE_WORDS_TABLE.as_ref() else {
        return FIGURE_WORDS_AC.is_match(text);
    };
    let step = |state: u8, b: u8| table[usize::from(state) * 256 + usize::from(b)];
    let mut state = 0u8;
    // (FOUND stays: it is enough to look for it after every eight bytes)
    let mut chunks = text.as_bytes().chunks_exact(8);
    for c in &mut chunks {
        for &b in c {
            state = step(state, b);
        }
        if state == FOUND {
            return true;
        }
    }
    for &b in chunks.remainder() {
        state = step(state, b);
    }
    state == FOUND
}

/// Whether the sentence `sent` may give a figure (`scan::candidates`) or a
/// value of a row ([`value_rows`]); exact when false. A figure from digits
/// holds an ASCII digit (the value grammar reads digits). A token is read as a
/// number word only when its lower-case core is `een` before a scale word, a
/// form of `één`, `half` before a scale word, a word `number_word` reads, or
/// such a word or `eenmaal` with `maal` (`viermaal`); each holds a word of
/// [`FIGURE_WORDS`] (every number word holds a unit, a
/// teen, a ten (`…tig`), `honderd`, `duizend`, `nul` or `half`). A value of a
/// row starts with a digit or is a word of [`FIGURE_WORDS`]. Lower case maps
/// no char but ASCII letters to these ASCII words (the Kelvin sign gives `k`,
/// which none holds; `İ` gives `i` and a combining dot), and `é` comes from `é`
/// or `É` only: so the raw text holds the word in some ASCII case.
pub(crate) fn may_hold_values(sent: &str) -> bool {
    crate::grammar::value::has_ascii_digit(sent.as_bytes()) || has_figure_word(sent)
}

/// Calls `f(cs, ce)` with the core of each token of the sentence `(s, e)` of
/// `text`, in order: the `cs..ce` of [`tokens`], without building tokens.
pub(crate) fn for_each_core(text: &str, range: (usize, usize), mut f: impl FnMut(usize, usize)) {
    any_core(text, range, |cs, ce| {
        f(cs, ce);
        false
    });
}

/// Whether `f(cs, ce)` holds for the core of a token of the sentence `(s, e)`
/// of `text` (tried in order, up to the first that does; see [`for_each_core`]).
pub(crate) fn any_core(
    text: &str,
    (s, e): (usize, usize),
    mut f: impl FnMut(usize, usize) -> bool,
) -> bool {
    let sent = &text[s..e];
    let bytes = sent.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b < 0x80 {
            if ascii_space(b) {
                i += 1;
                continue;
            }
        } else {
            let c = sent[i..].chars().next().unwrap_or(' ');
            if c.is_whitespace() {
                i += c.len_utf8();
                continue;
            }
        }
        let p = i;
        let mut ascii = true;
        while i < bytes.len() {
            let b = bytes[i];
            if b < 0x80 {
                if ascii_space(b) {
                    break;
                }
                i += 1;
            } else {
                let c = sent[i..].chars().next().unwrap_or(' ');
                if c.is_whitespace() {
                    break;
                }
                ascii = false;
                i += c.len_utf8();
            }
        }
        let piece = &sent[p..i];
        let (lead, core_len) = if ascii {
            let pb = piece.as_bytes();
            let lead = pb.iter().take_while(|&&b| is_edge_punct_ascii(b)).count();
            let tail = pb[lead..]
                .iter()
                .rev()
                .take_while(|&&b| is_edge_punct_ascii(b))
                .count();
            (lead, pb.len() - lead - tail)
        } else {
            let rest = piece.trim_start_matches(is_edge_punct);
            (
                piece.len() - rest.len(),
                rest.trim_end_matches(is_edge_punct).len(),
            )
        };
        let cs = s + p + lead;
        if f(cs, cs + core_len) {
            return true;
        }
    }
    false
}

/// Calls `f(cs, ce)` with the core of each token of the sentence `(s, e)` of
/// `text`, except the first token, whose core starts with an ASCII capital or a
/// char that is not ASCII (in order, with the cores [`for_each_core`] gives). Most words start with a
/// lower-case ASCII letter: only the pieces holding a capital or a byte that is
/// not ASCII are looked at, found eight bytes at a time.
pub(crate) fn for_each_capital_core(
    text: &str,
    (s, e): (usize, usize),
    mut f: impl FnMut(usize, usize),
) {
    let bytes = text.as_bytes();
    // where the sentence's first piece starts (its token is the first)
    let first = s + (text[s..e].len() - text[s..e].trim_start().len());
    // the end of the piece looked at last: a later hit inside it is skipped
    let mut done = s;
    let mut visit = |k: usize| {
        if k < done {
            return;
        }
        let mut k = k;
        while !text.is_char_boundary(k) {
            k -= 1;
        }
        let c = text[k..].chars().next().unwrap_or(' ');
        if c.is_whitespace() {
            // (NBSP and the like: between pieces)
            done = k + c.len_utf8();
            return;
        }
        let ps = text[s..k]
            .char_indices()
            .rev()
            .find(|&(_, c)| c.is_whitespace())
            .map_or(s, |(i, c)| s + i + c.len_utf8());
        let pe = text[k..e]
            .char_indices()
            .find(|&(_, c)| c.is_whitespace())
            .map_or(e, |(i, _)| k + i);
        done = pe;
        if ps == first {
            return;
        }
        let piece = &text[ps..pe];
        let rest = piece.trim_start_matches(is_edge_punct);
        let cs = ps + (piece.len() - rest.len());
        let core = rest.trim_end_matches(is_edge_punct);
        if core
            .as_bytes()
            .first()
            .is_some_and(|&b| b >= 0x80 || b.is_ascii_uppercase())
        {
            f(cs, cs + core.len());
        }
    };
    const HI: u64 = 0x8080_8080_8080_8080;
    let mut i = first;
    while i + 8 <= e {
        let x = u64::from_le_bytes(bytes[i..i + 8].try_into().expect("8 bytes"));
        let a = x & !HI;
        // per byte, without carries between bytes (a byte of `a` is below 0x80):
        // its high bit set when it is at least `A` (0x41), when above `Z` (0x5A)
        let ge_a = (a + 0x3f3f_3f3f_3f3f_3f3f) & HI;
        let gt_z = (a + 0x2525_2525_2525_2525) & HI;
        let mut hits = (x & HI) | (ge_a & !gt_z & !x & HI);
        while hits != 0 {
            let k = i + (hits.trailing_zeros() / 8) as usize;
            visit(k);
            hits &= hits - 1;
        }
        i += 8;
    }
    while i < e {
        let b = bytes[i];
        if b >= 0x80 || b.is_ascii_uppercase() {
            visit(i);
        }
        i += 1;
    }
}

/// The exclusion patterns as one set, and each on its own: the set finds in one
/// pass which of them match a text at all, and only those are run to find where
/// (each built the first time it is needed: most never match most documents).
/// The set is built only if [`EXCLUDE_DFA`], which answers the same question
/// faster, cannot be.
type Exclusions = (OnceLock<RegexSet>, Vec<(String, OnceLock<Regex>)>);

static EXCLUDE: LazyLock<Exclusions> = LazyLock::new(|| {
    let sp = r"[ \u{a0}]";
    let patterns = [
        // parliamentary papers: `36 360 VII, nr. 1`, `31 490, nr. 12`
        format!(
            r"(?-u:\b)\d{{2}}{sp}?\d{{3}}{sp}*[-–]?{sp}*[IVXLC]{{1,5}}(?-u:\b)(?:{sp}*,{sp}*nr\.?{sp}*\d+)?"
        ),
        format!(r"(?-u:\b)\d{{2}}{sp}?\d{{3}}{sp}*,{sp}*nr\.?{sp}*\d+"),
        // numbered things: `nr. 12`, `hoofdstuk 4`, `tabel 39`, `artikel 2.3`, `niveau 1`,
        // `box 3`, `groep 8`, `schaal 10`, `prio 1`, `tranche 3`, `pijler 1`, `agendapunt
        // 12`, `actiepunt 4`, `werkpakket 2`; a programme or crisis level is numbered
        // below 1000 (`op programma 3`, `GRIP 1`, `GRIP-2`; `Programma 2023` is a
        // column head)
        format!(
            r"(?i)(?-u:\b)(?:(?:nrs?|nummer|no|hoofdstuk(?:ken)?|paragraaf|par|artikel(?:en)?|art|bijlagen?|tabel|figuur|grafiek|pagina(?:'s)?|blz|bladzijde|lid|niveau|fase|versie|stap|motie|amendement|kamerstuk(?:ken)?|week|kwartaal|q|release|sprint|ronde|box|groep|schaal|prio|prioriteit|tranche|pijler|categorie|klasse|trede|spoor|scenario|variant|optie|module|leerjaar|agendapunt(?:en)?|actiepunt(?:en)?|werkpakket(?:ten)?){sp}?\.?{sp}*\d+|(?:programma|grip)(?:{sp}*|-)\d{{1,3}})(?:[.:]\d+)*[a-z]?(?-u:\b)"
        ),
        // page references: `p. 45`, `pp. 45-52`, `pagina's 12 t/m 15`, `blz. 3–7`
        format!(
            r"(?i)(?-u:\b)(?:pp?\.|pagina(?:'s)?|blz\.?|bladzijden?){sp}*\d+(?:{sp}*(?:[-–]|t/m|tot{sp}+en{sp}+met){sp}*\d+)?(?-u:\b)"
        ),
        // link and note marks: lynx's `[3]Feiten en cijfers`, pandoc's `[^2]`, `[12]`
        r"\[\^?\d{1,4}\]".to_string(),
        // `Kamerstukken II 2022/23, 36 200 VII, nr. 5`, `Kamerstuk 31 490`
        format!(
            r"(?i)(?-u:\b)(?:kamerstuk(?:ken)?|kst|tk)\.?(?:{sp}+ii)?{sp}+(?:\d{{4}}[/–-]\d{{2,4}},?{sp}*)?\d{{2}}{sp}?\d{{3}}(?:{sp}*[-–]?{sp}*[IVXLC]{{1,5}}(?-u:\b))?(?:{sp}*,{sp}*nr\.?{sp}*\d+)?"
        ),
        // official gazettes: `Stb. 2020, 123`, `Stcrt. 2021, nr. 45`, `Staatsblad 2002, 1`
        format!(
            r"(?i)(?-u:\b)(?:stb|stcrt|trb|staatsblad|staatscourant|tractatenblad)\.?{sp}*\d{{4}}(?:{sp}*,{sp}*(?:nr\.?{sp}*)?\d+)?"
        ),
        // clock times in words: `om 9 uur`, `om 14.30 uur`
        format!(r"(?i)(?-u:\b)om{sp}+\d{{1,2}}(?:[.:]\d{{2}})?{sp}*uur(?-u:\b)"),
        // addresses: `Postbus 20011`, `2511 DP Den Haag`, a street's house number
        // (`Vlijtseweg 130`, `Stationsplein 7a`)
        format!(r"(?i)(?-u:\b)postbus{sp}+\d+"),
        format!(
            r"(?-u:\b)[A-Z][a-zé'-]+(?:weg|straat|laan|plein|kade|singel|gracht|dreef|steeg|markt){sp}+\d{{1,4}}[a-z]?(?-u:\b)"
        ),
        // the municipalities' number `14` and an area code: `bel 14 050`
        format!(
            r"(?i)(?-u:\b)(?:telefoon(?:nummer)?|tel\.?|bel|bellen)(?:{sp}+(?:op|naar|nummer))?{sp}*:?{sp}*14{sp}?0\d{{2,3}}(?-u:\b)"
        ),
        // a year before 1900 in parentheses (`De Nachtwacht (1642)`): a date, no count
        r"\(1[0-8]\d{2}\)".to_string(),
        // a number and a year joined by a hyphen: a reference (`Raadsvoorstel 71-2022`)
        r"(?-u:\b)\d{1,4}-(?:19|20)\d{2}(?-u:\b)".to_string(),
        // identifiers: `KvK 30276887`, `BSN 123456782`, `Zaaknummer 45678`, `ons
        // KvK-nummer is 30276887`, `kenmerk: 2023-0045`
        format!(
            r"(?i)(?-u:\b)(?:(?:kvk|bsn|rsin|btw|iban)(?:-?nummer|-?nr\.?)?|kenmerk|(?:zaak|dossier|registratie|klant|relatie|antwoord|referentie|factuur|document|burgerservice)(?:-?nummer|-?nr\.?)){sp}*(?:is{sp}+|:{sp}*)?[A-Z]{{0,4}}\d[\d.\-/]*"
        ),
        // (with the house number before it: `Goedhartlaan 1, 1181 LE`)
        format!(r"(?-u:\b)(?:\d{{1,4}}[a-z]?,?{sp}+)?[1-9]\d{{3}}{sp}?[A-Z]{{2}}(?-u:\b)"),
        // standards: `ISO 27001`, `NEN 7510`, `WCAG 2.1`
        format!(
            r"(?-u:\b)(?:ISO|NEN|IEC|EN|RFC|WCAG|BIO|ETSI|ISAE|NTA)(?:[{sp}/-]+(?:ISO|IEC|EN))*[{sp}:-]*\d+(?:[.:-]\d+)*"
        ),
        // dates: `15 mei`, `1 januari 2013`, `15-05-2023`
        format!(
            r"(?i)(?-u:\b)\d{{1,2}}(?:e|ste|de)?{sp}+(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|jan|feb|mrt|apr|jun|jul|aug|sept?|okt|nov|dec)(?-u:\b)\.?(?:{sp}+\d{{4}})?"
        ),
        r"(?-u:\b)\d{1,2}[-/]\d{1,2}[-/]\d{2,4}(?-u:\b)".to_string(),
        r"(?-u:\b)\d{1,2}\.\d{1,2}\.\d{4}(?-u:\b)".to_string(),
        // clock times: `9.30 uur`, `14:00` (not `49.000`)
        format!(r"(?-u:\b)\d{{1,2}}:\d{{2}}(?-u:\b)|(?-u:\b)\d{{1,2}}\.\d{{2}}{sp}*uur(?-u:\b)"),
        // year ranges and school years: `2022–2023`, `2022/23`
        format!(r"(?-u:\b)(?:19|20)\d{{2}}{sp}*[-–/]{sp}*(?:(?:19|20)\d{{2}}|\d{{2}})(?-u:\b)"),
        // index base: `2011 = 100`
        format!(r"(?-u:\b)(?:19|20)\d{{2}}{sp}*={sp}*\d+"),
        // phone numbers: `088 - 123 45 67`, `+31 70 123 4567`, `(070) 123 45 67`
        format!(
            r"(?:\+31|\(?(?-u:\b)0\d{{1,3}}\)?){sp}?-?{sp}?\d{{2,4}}{sp}?-?{sp}?\d{{2,3}}(?:{sp}?\d{{2,4}})?(?-u:\b)"
        ),
        // e-mail, URLs, domain names
        r"\S+@\S+".to_string(),
        r"(?i)(?-u:\b)(?:https?://|www\.)\S+".to_string(),
        r"(?i)(?-u:\b)[\w-]+(?:\.[\w-]+)*\.(?:nl|com|org|net|eu|gov|int|io|be|de|info)(?-u:\b)\S*"
            .to_string(),
    ];
    let each = patterns.into_iter().map(|r| (r, OnceLock::new())).collect();
    (OnceLock::new(), each)
});

/// The exclusion patterns as one [`RegexSet`].
fn exclude_set() -> &'static RegexSet {
    EXCLUDE
        .0
        .get_or_init(|| RegexSet::new(EXCLUDE.1.iter().map(|(p, _)| p)).expect("exclusion regexes"))
}

/// The exclusion patterns as one lazy DFA that reports every pattern matching
/// anywhere (`MatchKind::All`): what [`exclude_set`]`.matches` says, by a plain loop
/// of one transition a byte (the set's overlapping search spends several times
/// that per byte). `None` if it cannot be built (then the set answers).
static EXCLUDE_DFA: LazyLock<Option<regex_automata::hybrid::dfa::DFA>> = LazyLock::new(|| {
    use regex_automata::hybrid::dfa::DFA;
    let patterns: Vec<&str> = EXCLUDE.1.iter().map(|(p, _)| p.as_str()).collect();
    if patterns.len() > 32 {
        return None;
    }
    DFA::builder()
        .configure(
            DFA::config()
                .match_kind(regex_automata::MatchKind::All)
                .starts_for_each_pattern(false),
        )
        .build_many(&patterns)
        .ok()
});

thread_local! {
    static EXCLUDE_CACHE: std::cell::RefCell<Option<regex_automata::hybrid::dfa::Cache>> =
        const { std::cell::RefCell::new(None) };
}

/// Bit `i` set when exclusion pattern `i` matches somewhere in `text` (as
/// [`exclude_set`]`.matches(text)` says), by one pass of [`EXCLUDE_DFA`]. A DFA
/// reaches a match state (one byte late, or at the end of the text) for each
/// position where a pattern's match ends, listing every pattern that matches
/// there (`MatchKind::All`, unanchored): the union over the pass is the set of
/// patterns with a match. `None` when the lazy DFA gives up.
fn matching_patterns(text: &str) -> Option<u32> {
    let dfa = EXCLUDE_DFA.as_ref()?;
    EXCLUDE_CACHE.with(|cell| {
        let mut cell = cell.borrow_mut();
        let cache = cell.get_or_insert_with(|| dfa.create_cache());
        let mut found = 0u32;
        let mut add = |cache: &regex_automata::hybrid::dfa::Cache,
                       sid: regex_automata::hybrid::LazyStateID| {
            for k in 0..dfa.match_len(cache, sid) {
                found |= 1 << dfa.match_pattern(cache, sid, k).as_usize();
            }
        };
        let input = regex_automata::Input::new(text);
        let mut sid = dfa.start_state_forward(cache, &input).ok()?;
        if sid.is_match() {
            add(cache, sid);
        }
        let bytes = text.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            // from an untagged state, a run of known transitions to untagged
            // states (most bytes): looked up directly
            if !sid.is_tagged() {
                let known: &regex_automata::hybrid::dfa::Cache = cache;
                while let Some(&b) = bytes.get(i) {
                    let next = dfa.next_state_untagged(known, sid, b);
                    if next.is_tagged() {
                        break;
                    }
                    sid = next;
                    i += 1;
                }
                if i == bytes.len() {
                    break;
                }
            }
            // the rest (a transition not computed yet, a match, dead or quit
            // state, or a step from a tagged state) through `next_state`
            sid = dfa.next_state(cache, sid, bytes[i]).ok()?;
            i += 1;
            if sid.is_tagged() {
                if sid.is_match() {
                    add(cache, sid);
                } else if sid.is_dead() {
                    return Some(found);
                } else if sid.is_quit() {
                    return None;
                }
            }
        }
        sid = dfa.next_eoi_state(cache, sid).ok()?;
        if sid.is_match() {
            add(cache, sid);
        }
        Some(found)
    })
}

/// A date in digits, day, month and a four-digit year (`31-12-2023`, `1/1/2024`).
fn is_digit_date(w: &str) -> bool {
    let mut parts = w.split(['-', '/']);
    let ok = |p: Option<&str>, n: std::ops::RangeInclusive<usize>| {
        p.is_some_and(|p| n.contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit()))
    };
    ok(parts.next(), 1..=2)
        && ok(parts.next(), 1..=2)
        && ok(parts.next(), 4..=4)
        && parts.next().is_none()
}

/// Values standing in a row: three or more numbers or markers (`n.b.`) with only
/// currency, percent and scale words between them (`€ 0,47 € 0,49 € 0,49`,
/// `70,90% 72,30% 97,0%`), or two across a sentence end (`9,9 mln. 9,2 mln.`):
/// the cells of a table row, not prose. A comma or semicolon after a value or its
/// unit ends the row: cells are not listed so, prose is (`€ 12,5 mln., € 0,8 mln.
/// lager`). Returns their byte ranges.
/// `toks` are the tokens of the whole run `text` (see [`tokens_of_run`]); a `None`
/// stands for a word that ends a row.
pub(crate) fn value_rows(
    text: &str,
    toks: &[Option<&Tok>],
    sents: &[(usize, usize)],
) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut first: Option<usize> = None;
    let mut values = 0;
    let mut years = 0;
    let mut last_value = 0;
    // the two values of the row so far are a range's ends: `20 – 25`, low below high
    let mut range = false;
    let flush = |first: Option<usize>,
                 values: usize,
                 years: usize,
                 range: bool,
                 last: usize,
                 out: &mut Vec<(usize, usize)>| {
        if let Some(f) = first {
            // (the first and last values are tokens)
            let a = toks[f].map_or(0, |t| t.s);
            let z = toks[last].map_or(a, |t| t.e);
            // sentences are in order: the first one ending after `a` ends before `z`?
            let k = sents.partition_point(|&(_, e)| e <= a);
            let crosses = sents.get(k).is_some_and(|&(_, e)| e < z);
            // `in 2023 111 nieuwe collega’s` is prose; `1.381 – 1.381` is not, but
            // `20 – 25 procent` is a range
            if values >= 3 || (values == 2 && (crosses || (years == 0 && !range))) {
                out.push((a, z));
            }
        }
    };
    for (i, t) in toks.iter().enumerate() {
        let Some(t) = t else {
            // a word that is no value and no glue: it ends the row
            if first.is_some() {
                flush(first, values, years, range, last_value, &mut out);
                first = None;
                values = 0;
                range = false;
                years = 0;
            }
            continue;
        };
        let w = t.w.as_ref();
        // a percentage in parentheses after an amount annotates it (`€ 1,2 miljoen
        // (+4%)`, `12.345 (-3%)`): prose, no second cell of a row
        let percent = t.opens
            && w.ends_with('%')
            && text.get(t.s..t.cs).is_some_and(|p| p.starts_with('('))
            && text.get(t.ce..t.e).is_some_and(|p| p.starts_with(')'));
        // so does a signed number in parentheses (`naar 5.600 (+ 500)`, `1.240
        // (-160)`, `€ 2,5 mln. (+ 4%)`): the change, no cell
        let signed = t.closes
            && w.starts_with(|c: char| c.is_ascii_digit())
            && text.get(t.ce..t.e).is_some_and(|p| p.starts_with(')'))
            && super::scan::paren_sign(text, t.cs).is_some();
        // and a quantity in parentheses with its unit word (`€ 18,4 mln. (0,8
        // procent)`, `520 (486,3 fte)`): the same figure in another unit
        let unit_paren = t.opens
            && text.get(t.s..t.cs).is_some_and(|p| p.starts_with('('))
            && toks.get(i + 1).copied().flatten().is_some_and(|n| {
                !n.w.starts_with(|c: char| c.is_ascii_digit())
                    && text.get(n.ce..n.e).is_some_and(|p| p.starts_with(')'))
            });
        // and an amount that tells a difference (`€ 12,0 miljoen (€ 0,4 miljoen meer
        // dan begroot)`, `€ 12,0 miljoen – € 0,4 miljoen lager`): the comparative
        // after it, past its currency and scale words, is prose, no cell
        let difference = || {
            first.is_some()
                && values == 1
                && w.starts_with(|c: char| c.is_ascii_digit())
                && toks[i + 1..]
                    .iter()
                    .take(4)
                    .map_while(|n| *n)
                    .find(|n| {
                        !(n.w.is_empty()
                            || crate::grammar::words::scale_noun(&n.w).is_some()
                            || crate::grammar::value::Currency::named_by(&n.w).is_some())
                    })
                    .is_some_and(|n| matches!(n.w.as_ref(), "meer" | "minder" | "hoger" | "lager"))
        };
        let annotation = percent || signed || unit_paren || difference();
        if annotation && first.is_some() && values == 1 && years == 0 {
            flush(first, values, years, range, last_value, &mut out);
            first = None;
            values = 0;
            range = false;
            years = 0;
            continue;
        }
        // (`afgerond` before a number qualifies it: `bedraagt afgerond € 4
        // miljoen`; not in a row of statuses: `niet afgerond 7`)
        let adverb = || {
            w == "afgerond"
                && toks.get(i + 1).copied().flatten().is_some_and(|n| n.num)
                && i > 0
                && toks[i - 1].is_some_and(|p| p.w != "niet" && !p.num)
        };
        let value = w.starts_with(|c: char| c.is_ascii_digit())
            || (matches!(
                w,
                "n.b"
                    | "n.v.t"
                    | "nvt"
                    | "n.t.b"
                    | "ntb"
                    | "p.m"
                    | "pm"
                    | "uitgevoerd"
                    | "afgerond"
                    | "gepland"
            ) && !adverb());
        let glue = || {
            w.is_empty()
                || matches!(
                    w,
                    "€" | "mln" | "mld" | "mrd" | "mio" | "min" | "dzd" | "niet"
                )
                || crate::grammar::words::unit_noun(w).is_some()
                || crate::grammar::words::scale_noun(w).is_some()
        };
        // `98 560`, `1 234 567`: groups of three digits continue the number before
        // them; `329 353 394` (three-digit cells in a row) does not
        let digits = |k: usize, n: std::ops::RangeInclusive<usize>| {
            toks.get(k)
                .copied()
                .flatten()
                .is_some_and(|t| n.contains(&t.w.len()) && t.w.bytes().all(|b| b.is_ascii_digit()))
        };
        let group = || {
            let mut lead = i;
            while lead > 0 && lead + 2 > i && digits(lead - 1, 1..=3) && digits(lead, 3..=3) {
                lead -= 1;
            }
            let chain_lead_3 = digits(lead, 3..=3);
            i > 0
                && first.is_some()
                && last_value + 1 == i
                && digits(i, 3..=3)
                && digits(i - 1, 1..=3)
                && !(chain_lead_3 && (lead + 1 < i || digits(i + 1, 3..=3)))
        };
        if value && group() {
            last_value = i;
        } else if value {
            if first.is_none() {
                first = Some(i);
            }
            range = values == 1 && years == 0 && is_range_dash(text, toks, last_value, i);
            // (and so does a date, `op 31-12-2023 € 9,8 mln.`)
            let year = (w.len() == 4
                && w.bytes().all(|b| b.is_ascii_digit())
                && (w.starts_with("19") || w.starts_with("20")))
                || is_digit_date(w);
            // a year labels the values near it (`5,2% (2021: 4,8%)`): not a cell
            values += usize::from(!year);
            years += usize::from(year);
            last_value = i;
        } else if first.is_some() && !glue() {
            // (with no row open there is nothing to end: `values` and `years` are 0)
            flush(first, values, years, range, last_value, &mut out);
            first = None;
            values = 0;
            range = false;
            years = 0;
            continue;
        }
        // a comma or semicolon after the token (`mln.,`) ends the row with it
        let listed = t.clause_end && text.get(t.ce..t.e).is_some_and(|p| p.contains([',', ';']));
        if first.is_some() && listed {
            flush(first, values, years, range, last_value, &mut out);
            first = None;
            values = 0;
            range = false;
            years = 0;
        }
    }
    flush(first, values, years, range, last_value, &mut out);
    out
}

/// Tokens `lo` and `i` (values) are a range's ends, joined by a dash that stands
/// alone (and the high end's currency): `20 – 25 procent`, `€ 5 - € 6 miljoen`, the
/// low end below the high.
fn is_range_dash(text: &str, toks: &[Option<&Tok>], lo: usize, i: usize) -> bool {
    let euro = usize::from(i >= 1 && toks[i - 1].is_some_and(|t| t.w == "€"));
    if lo + 2 + euro != i {
        return false;
    }
    let (Some(lo), Some(dash), Some(hi)) = (toks[lo], toks[lo + 1], toks[i]) else {
        return false;
    };
    let style = crate::grammar::value::Style {
        space_grouping: false,
    };
    let number = |t: &Tok| {
        crate::grammar::value::numeric(style)(&text[t.cs..t.ce])
            .ok()
            .and_then(|(_, v)| v.number)
    };
    matches!(text[dash.s..dash.e].trim(), "–" | "-" | "‒")
        && matches!((number(lo), number(hi)), (Some(a), Some(b)) if a < b)
}

/// `eur` or `mln` in any ASCII case.
static EUR_OR_MLN: LazyLock<Regex> =
    LazyLock::new(|| Regex::new("(?i-u)eur|mln").expect("caption regex"));

/// Sorted byte ranges of `text` that hold no figure.
pub(crate) fn exclusions(text: &str) -> Vec<(usize, usize)> {
    let mut out: Vec<(usize, usize)> = Vec::new();
    let each = &EXCLUDE.1;
    let which: Vec<usize> = match matching_patterns(text) {
        Some(bits) => (0..each.len()).filter(|&i| bits & (1 << i) != 0).collect(),
        None => exclude_set().matches(text).iter().collect(),
    };
    for i in which {
        let (pattern, re) = &each[i];
        let re = re.get_or_init(|| Regex::new(pattern).expect("exclusion regex"));
        for m in re.find_iter(text) {
            out.push((m.start(), m.end()));
        }
    }
    // scale captions: `(x € 1.000)`, `Bedragen in € 1.000` (all name euros or `mln`)
    let may_caption = text.contains('€') || EUR_OR_MLN.is_match(text);
    if may_caption {
        // `scale_caption` finds a phrase caption (`in duizenden euro`) anywhere before
        // a symbol one (`(x € 1.000)`): the text before a found caption is searched
        // again as well as the text after it
        let mut todo = vec![(0, text.len())];
        for _ in 0..128 {
            let Some((a, b)) = todo.pop() else { break };
            let Some((_, _, r)) = crate::grammar::value::scale_caption(&text[a..b]) else {
                continue;
            };
            out.push((a + r.start, a + r.end));
            let mut next = a + r.end.max(r.start + 1);
            while next < b && !text.is_char_boundary(next) {
                next += 1;
            }
            if next < b {
                todo.push((next, b));
            }
            if r.start > 0 {
                todo.push((a, a + r.start));
            }
        }
    }
    merge(out)
}

/// Sorts ranges and merges overlaps, so that starts and ends both ascend.
pub(crate) fn merge(mut out: Vec<(usize, usize)>) -> Vec<(usize, usize)> {
    out.sort_unstable();
    let mut merged: Vec<(usize, usize)> = Vec::with_capacity(out.len());
    for (s, e) in out {
        match merged.last_mut() {
            Some(last) if s <= last.1 => last.1 = last.1.max(e),
            _ => merged.push((s, e)),
        }
    }
    merged
}

/// Whether `[s, e)` overlaps an excluded range.
pub(crate) fn excluded(ex: &[(usize, usize)], s: usize, e: usize) -> bool {
    let i = ex.partition_point(|&(_, end)| end <= s);
    ex.get(i).is_some_and(|&(st, _)| st < e)
}

/// Whether an excluded range ends right before `s` (only spaces between).
pub(crate) fn follows_exclusion(text: &str, ex: &[(usize, usize)], s: usize) -> bool {
    let before = text[..s].trim_end();
    let end = before.len();
    ex.binary_search_by_key(&end, |&(_, e)| e).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emphasis_marks_blanked_in_place() {
        let mut t = "*Vastgesteld, juni 2024* en **12 mln.** meer".to_string();
        blank_emphasis(&mut t);
        assert_eq!(t, " Vastgesteld, juni 2024  en   12 mln.   meer");
        // a note's asterisk after a number, a word with underscores: left alone
        for s in [
            "De rente is 2,5 mln.* lager",
            "zie bestand_2024_def",
            "a * b * c",
        ] {
            let mut t = s.to_string();
            blank_emphasis(&mut t);
            assert_eq!(t, s);
        }
    }

    /// A line's flag computed alone is the flag of the run's table, at every
    /// offset of every run of every text of seeds and fixtures.
    #[test]
    fn line_has_as_line_flags() {
        let marks = |w: &str| w.len() % 3 == 0 || w.starts_with(['d', 'D', 'é']);
        let mut asked = 0;
        for (name, t) in crate::testdata::texts() {
            let lines = crate::segment::lines(&t);
            let blocks = crate::segment::segment(&lines, &[]);
            for run in runs(&blocks) {
                let flags = run.line_flags(&blocks, &marks);
                for off in 0..run.text.len() {
                    asked += 1;
                    assert_eq!(
                        run.line_has(&blocks, off, &marks),
                        run.line_flag(&blocks, &flags, off),
                        "{name} at {off}"
                    );
                }
            }
        }
        assert!(asked > 10_000, "{asked}");
    }

    #[test]
    fn sentence_split() {
        let t = "De begroting sluit op € 357,4 mln. De prognose is o.a. hoger. Ca. 30 mensen. 58 collega’s verlieten ons. Het kost € 87,5 mln.. Bij ons. Dat is toegenomen.Ook hier.";
        let s: Vec<&str> = sentences(t).iter().map(|&(a, b)| &t[a..b]).collect();
        assert_eq!(
            s,
            vec![
                "De begroting sluit op € 357,4 mln.",
                "De prognose is o.a. hoger.",
                "Ca. 30 mensen.",
                "58 collega’s verlieten ons.",
                "Het kost € 87,5 mln..",
                "Bij ons.",
                "Dat is toegenomen.",
                "Ook hier."
            ]
        );
    }

    /// `sentences` as it was before `memchr3` found its ends: the reference.
    fn sentences_by_bytes(text: &str) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        let mut start = 0;
        // `.`, `!` and `?` are ASCII: in UTF-8 their bytes are never part of another char
        for (i, b) in text.bytes().enumerate() {
            let c = match b {
                b'.' => '.',
                b'!' => '!',
                b'?' => '?',
                _ => continue,
            };
            let after = &text[i + 1..];
            let trimmed = after.trim_start();
            if trimmed.is_empty() {
                continue;
            }
            if trimmed.len() == after.len() {
                // `toegenomen.Ook`: a lost space after a full stop, between words
                let mut next = after.chars();
                let glued = c == '.'
                    && next.next().is_some_and(char::is_uppercase)
                    && next.next().is_some_and(char::is_lowercase)
                    && text[..i]
                        .chars()
                        .rev()
                        .take(3)
                        .filter(|c| c.is_lowercase())
                        .count()
                        == 3;
                if glued {
                    out.push((start, i + 1));
                    start = i + 1;
                }
                continue;
            }
            let next = trimmed.chars().next().unwrap_or(' ');
            if !(next.is_uppercase()
                || next.is_ascii_digit()
                || matches!(next, '€' | '‘' | '\'' | '"' | '“' | '(' | '•' | '-' | '–'))
            {
                continue;
            }
            if c == '.' && !text[..i].ends_with(')') {
                let word_start = text[..i]
                    .rfind(char::is_whitespace)
                    .map(|p| p + text[p..].chars().next().map_or(1, char::len_utf8))
                    .unwrap_or(0);
                let word = &text[word_start..i];
                let w = word
                    .trim_start_matches(['(', '‘', '\'', '"', '“'])
                    .trim_end_matches('.');
                let letters = w.chars().filter(|c| c.is_alphabetic()).count();
                if w.contains('.') && (1..=5).contains(&letters) {
                    continue; // o.a., m.b.v., n.v.t.
                }
                // a number with dots opening the sentence is its number (`2.3. Inleiding`);
                // after words it ends the sentence (`steeg tot 18.400. Een jaar`)
                if w.contains('.') && letters == 0 && word_start <= start {
                    continue;
                }
                let lower = crate::grammar::words::lower(w);
                if ABBREVIATIONS.contains(&&*lower) {
                    continue;
                }
                if next == '(' && matches!(&*lower, "mln" | "mld" | "mrd" | "mio" | "dzd" | "bln") {
                    continue;
                }
                if w.len() == 1 && w.chars().all(|c| c.is_uppercase()) {
                    continue; // initials: `T. Kok`
                }
            }
            let end = i + 1;
            if end > start {
                out.push((start, end));
            }
            start = end + (after.len() - trimmed.len());
        }
        if start < text.len() && !text[start..].trim().is_empty() {
            out.push((start, text.len()));
        }
        out
    }

    #[test]
    fn a_scale_abbreviation_before_a_parenthesis_ends_no_sentence() {
        let t = "De vordering bedroeg € 27,9 mld. (2022: € 26,1 mld.). Dat is veel.";
        let cut: Vec<&str> = sentences(t).into_iter().map(|(a, b)| &t[a..b]).collect();
        assert_eq!(
            cut,
            [
                "De vordering bedroeg € 27,9 mld. (2022: € 26,1 mld.).",
                "Dat is veel."
            ]
        );
    }

    #[test]
    fn a_dotted_number_ends_a_sentence_after_words() {
        let t = "Het aantal steeg tot 18.400. Een jaar eerder was het 17.200.";
        let cut: Vec<&str> = sentences(t).into_iter().map(|(a, b)| &t[a..b]).collect();
        assert_eq!(
            cut,
            [
                "Het aantal steeg tot 18.400.",
                "Een jaar eerder was het 17.200."
            ]
        );
        // opening the sentence it is a section number; `o.a.` stays an abbreviation
        let t = "2.3. Inleiding van o.a. De Nederlandsche Bank.";
        assert_eq!(sentences(t), [(0, t.len())]);
    }

    #[test]
    fn sentences_as_by_bytes_on_every_text() {
        for (name, t) in crate::testdata::texts() {
            assert_eq!(sentences(&t), sentences_by_bytes(&t), "{name}");
        }
    }

    proptest::proptest! {
        #[test]
        fn sentences_as_by_bytes(t in "[ a-zA-Z0-9.!?€é’\u{a0}(\n]{0,60}") {
            proptest::prop_assert_eq!(sentences(&t), sentences_by_bytes(&t));
        }

        /// The ends `sentences` looks at, as its byte loop found them.
        #[test]
        fn sentence_ends_as_by_bytes(t in "[ a-zA-Z0-9.!?€é’\u{a0}]{0,40}") {
            let got: Vec<usize> = memchr::memchr3_iter(b'.', b'!', b'?', t.as_bytes()).collect();
            let want: Vec<usize> = t
                .bytes()
                .enumerate()
                .filter(|&(_, b)| matches!(b, b'.' | b'!' | b'?'))
                .map(|(i, _)| i)
                .collect();
            proptest::prop_assert_eq!(got, want);
        }
    }

    #[test]
    fn tokens_and_cores() {
        let t = "(>99,98% beschikbaar), ‘live’";
        let toks = tokens(t, (0, t.len()));
        assert_eq!(&t[toks[0].cs..toks[0].ce], "99,98%");
        assert_eq!(toks[1].w, "beschikbaar");
        assert!(toks[1].clause_end);
        assert!(toks[2].opens);
    }

    /// The tokeniser as it was before its byte-level ASCII paths: the reference.
    fn tokens_by_chars(text: &str, (s, e): (usize, usize)) -> Vec<Tok<'_>> {
        let sent = &text[s..e];
        let mut out = Vec::new();
        let mut start = None;
        for (k, c) in sent.char_indices().chain([(sent.len(), ' ')]) {
            if !c.is_whitespace() {
                start = start.or(Some(k));
                continue;
            }
            let Some(p) = start.take() else {
                continue;
            };
            let piece = &sent[p..k];
            let ps = s + p;
            let rest = piece.trim_start_matches(is_edge_punct);
            let lead = piece.len() - rest.len();
            let core = rest.trim_end_matches(is_edge_punct);
            let cs = ps + lead;
            let tail = &piece[lead + core.len()..];
            let head = &piece[..lead];
            out.push(Tok {
                s: ps,
                e: ps + piece.len(),
                cs,
                ce: cs + core.len(),
                w: Cow::Owned(core.to_lowercase()),
                clause_end: tail.contains([',', ';', ':', ')', '(']),
                opens: head.contains(['(', '‘', '\'', '"', '“']),
                closes: tail.contains(')'),
                num: piece.contains(|c: char| c.is_ascii_digit() || c == '€'),
            });
        }
        if let Some(last) = out.last_mut() {
            last.clause_end = true;
        }
        out
    }

    type Fields<'a> = (usize, usize, usize, usize, &'a str, bool, bool, bool);

    fn tok_fields<'a>(toks: &'a [Tok]) -> Vec<Fields<'a>> {
        toks.iter()
            .map(|t| {
                (
                    t.s,
                    t.e,
                    t.cs,
                    t.ce,
                    t.w.as_ref(),
                    t.clause_end,
                    t.opens,
                    t.num,
                )
            })
            .collect()
    }

    #[test]
    fn tokens_as_by_chars() {
        for t in [
            "",
            "   ",
            "(>99,98% beschikbaar), ‘live’ € 357,4 mln. DigiD\u{a0}en\u{2009}x",
            "ÉÉN Één ſ K \u{b}tab\tlijn\r\nZO’N (“zo”) ,,; ...",
            "A-B c/d 1.234,5 (x € 1.000) e@x.nl 50% &co ΣΑΣ",
        ] {
            for (s, e) in [(0, t.len()), (t.len().min(1), t.len())] {
                if !t.is_char_boundary(s) {
                    continue;
                }
                let got = tokens(t, (s, e));
                let want = tokens_by_chars(t, (s, e));
                assert_eq!(tok_fields(&got), tok_fields(&want), "{t:?}");
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn tokens_as_by_chars_any(t in "[ a-zA-Z0-9.,;:()€₂%&@'\"‘’“”\t\u{a0}\u{2009}\u{b}éÉſKΣ-]{0,40}") {
            let got = tokens(&t, (0, t.len()));
            let want = tokens_by_chars(&t, (0, t.len()));
            proptest::prop_assert_eq!(tok_fields(&got), tok_fields(&want));
        }
    }

    #[test]
    fn figure_word_table_is_built() {
        assert!(FIGURE_WORDS_TABLE.is_some());
    }

    proptest::proptest! {
        /// The byte table finds what the Aho-Corasick automaton finds.
        #[test]
        fn figure_word_table_as_aho_corasick(
            t in "([ a-zA-Z.éÉëÏ\u{a0}\u{212a}]|twee|TWEE|tig|Half|n.v.T|pM|dZd|gepland|miljoen|acht|zeven){0,20}"
        ) {
            proptest::prop_assert_eq!(has_figure_word(&t), FIGURE_WORDS_AC.is_match(&t));
        }
    }

    proptest::proptest! {
        #[test]
        fn capital_cores_are_the_tokens_cores(t in "[ a-zA-Z0-9.,;:()€₂%&@'\"‘’“”\t\u{a0}\u{2009}\u{b}éÉſKΣ\u{212a}İ-]{0,40}", s0 in 0usize..6) {
            let s0 = if t.is_char_boundary(s0.min(t.len())) { s0.min(t.len()) } else { 0 };
            let mut got = Vec::new();
            for_each_capital_core(&t, (s0, t.len()), |cs, ce| got.push((cs, ce)));
            let want: Vec<(usize, usize)> = tokens(&t, (s0, t.len()))
                .iter()
                .skip(1)
                .filter(|k| t.as_bytes()[k.cs..k.ce].first().is_some_and(|&b| b >= 0x80 || b.is_ascii_uppercase()))
                .map(|k| (k.cs, k.ce))
                .collect();
            proptest::prop_assert_eq!(got, want);
        }
    }

    proptest::proptest! {
        #[test]
        fn cores_are_the_tokens_cores(t in "[ a-zA-Z0-9.,;:()€₂%&@'\"‘’“”\t\u{a0}\u{2009}\u{b}éÉſKΣ-]{0,40}") {
            let mut got = Vec::new();
            for_each_core(&t, (0, t.len()), |cs, ce| got.push((cs, ce)));
            let want: Vec<(usize, usize)> =
                tokens(&t, (0, t.len())).iter().map(|k| (k.cs, k.ce)).collect();
            proptest::prop_assert_eq!(got, want);
        }
    }

    #[test]
    fn run_tokens_from_sentence_tokens() {
        for t in [
            "De begroting sluit op € 357,4 mln. De prognose is o.a. hoger.  Ca. 30 mensen. ",
            " Dat is toegenomen.Ook hier. En 12abc.Ook",
            "Één zin zonder punt",
        ] {
            let sents = sentences(t);
            let sent_toks: Vec<Option<Vec<Tok>>> =
                sents.iter().map(|&r| Some(tokens(t, r))).collect();
            let mut spare = Vec::new();
            let got: Vec<(usize, usize, &str)> = tokens_of_run(t, &sents, &sent_toks, &mut spare)
                .iter()
                .map(|k| k.unwrap())
                .map(|k| (k.s, k.e, k.w.as_ref()))
                .collect();
            let whole = tokens(t, (0, t.len()));
            let want: Vec<(usize, usize, &str)> =
                whole.iter().map(|k| (k.s, k.e, k.w.as_ref())).collect();
            assert_eq!(got, want, "{t}");
        }
    }

    #[test]
    fn table_rows_in_prose() {
        for (t, row) in [
            (
                "Verloop kostprijs DigiD € 0,12 € 0,10 € 0,11 € 0,11",
                "0,12 € 0,10 € 0,11 € 0,11",
            ),
            (
                "Aantal burgers met DigiD 9,9 mln. 9,2 mln. PKI",
                "9,9 mln. 9,2",
            ),
            (
                "DigiD n.b. n.b. 99,78% 99,91% 99,5%",
                "n.b. n.b. 99,78% 99,91% 99,5%",
            ),
            ("Tijd 15 dagen 15 dagen 15 dagen", "15 dagen 15 dagen 15"),
            ("Aflossingen – 1.381 – 1.381 Beroep op", "1.381 – 1.381"),
            ("Fte-totaal 329 353 394 419 548", "329 353 394 419 548"),
        ] {
            let toks = tokens(t, (0, t.len()));
            let toks: Vec<Option<&Tok>> = toks.iter().map(Some).collect();
            let rows = value_rows(t, &toks, &sentences(t));
            assert_eq!(rows.len(), 1, "{t}");
            assert_eq!(&t[rows[0].0..rows[0].1], row);
        }
        for t in [
            "Logius heeft in 2023 111 nieuwe collega’s in dienst genomen.",
            "van 7,1 miljoen in 2020 naar 7,5 miljoen in 2021",
            "De prognose is € 354,9 mln., een onderschrijding van € 2,5 mln.",
            "De omzet bedroeg in 2022 € 98 560 duizend.",
            "Het ziekteverzuim was 5,2% (2021: 4,8%).",
            "De uitgaven kwamen uit op € 12,5 mln., € 0,8 mln. lager dan begroot.",
            "De kosten waren 1.200, 1.350 en 1.500 in de drie jaren.",
        ] {
            let toks = tokens(t, (0, t.len()));
            let toks: Vec<Option<&Tok>> = toks.iter().map(Some).collect();
            assert!(value_rows(t, &toks, &sentences(t)).is_empty(), "{t}");
        }
    }

    fn set_matches(t: &str) -> Vec<usize> {
        exclude_set().matches(t).iter().collect()
    }

    fn dfa_matches(t: &str) -> Vec<usize> {
        let bits = matching_patterns(t).expect("the lazy DFA answers");
        (0..EXCLUDE.1.len())
            .filter(|&i| bits & (1 << i) != 0)
            .collect()
    }

    #[test]
    fn exclusion_dfa_is_built() {
        assert!(EXCLUDE_DFA.is_some());
        assert_eq!(
            dfa_matches("zie tabel 39 en www.logius.nl"),
            set_matches("zie tabel 39 en www.logius.nl")
        );
        assert!(!dfa_matches("zie tabel 39").is_empty());
    }

    /// The lazy DFA finds the patterns the set finds, on every text of seeds
    /// and fixtures, whole and line by line.
    #[test]
    fn exclusion_dfa_as_set_on_every_text() {
        for (name, t) in crate::testdata::texts() {
            assert_eq!(dfa_matches(&t), set_matches(&t), "{name}");
            for line in t.lines() {
                assert_eq!(dfa_matches(line), set_matches(line), "{name}: {line}");
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn exclusion_dfa_as_set(
            t in "([0-9]|[ \u{a0}]|[-–/:=,.()+@']|[A-Za-z]|ſ|\u{212a}|é|€|٣|nr|Nr\\.|tabel|Postbus|ISO|Kamerstuk|II|Stb|mei|januari|uur|om|www\\.|https://|\\.nl|20|19){0,30}"
        ) {
            proptest::prop_assert_eq!(dfa_matches(&t), set_matches(&t));
        }
    }

    #[test]
    fn every_exclusion_pattern_compiles() {
        for (pattern, _) in &EXCLUDE.1 {
            assert!(Regex::new(pattern).is_ok(), "{pattern}");
        }
    }

    #[test]
    fn exclusions_cover_references_dates_urls() {
        for (t, piece) in [
            (
                "Tweede Kamer, vergaderjaar 2022–2023, 36 360 VII, nr. 1 165",
                "36 360 VII, nr. 1",
            ),
            ("is op 15 mei gestart", "15 mei"),
            ("per 1 januari 2013 vervlochten", "1 januari 2013"),
            (
                "mail naar communicatie@logius.nl.",
                "communicatie@logius.nl.",
            ),
            ("zie www.logius.nl/over", "www.logius.nl/over"),
            ("in hoofdstuk 4.1 staat", "hoofdstuk 4.1"),
            ("bel 088 - 123 45 67 voor", "088 - 123 45 67"),
            ("waarbij 2011 = 100.", "2011 = 100"),
            ("in tabel 39 staat", "tabel 39"),
            ("volgens ISO 27001 gecertificeerd", "ISO 27001"),
            (
                "zie Kamerstukken II 2022/23, 36 200 VII, nr. 5.",
                "Kamerstukken II 2022/23, 36 200 VII, nr. 5",
            ),
            ("zie Kamerstuk 31 490 over", "Kamerstuk 31 490"),
            ("Postbus 20011, 2500 EA Den Haag", "Postbus 20011"),
            ("zie Stb. 2020, 123 en", "Stb. 2020, 123"),
            ("de zitting begint om 9 uur", "om 9 uur"),
            ("Postbus 20011, 2500 EA Den Haag", "2500 EA"),
            ("Begroting voor het jaar 2014 (x € 1.000) en", "(x € 1.000)"),
            ("een zeer grote brand (GRIP 1 of hoger)", "GRIP 1"),
            ("opgeschaald naar GRIP-2.", "GRIP-2"),
            ("is op programma 3 in totaal", "programma 3"),
            ("de vergadering (agendapunt 12).", "agendapunt 12"),
            ("actiepunt 4.2 is afgerond", "actiepunt 4.2"),
            ("seismologie (Staatsblad 2002, 1).", "Staatsblad 2002, 1"),
            (
                "in de Staatscourant 2021, nr. 45 en",
                "Staatscourant 2021, nr. 45",
            ),
        ] {
            let ex = exclusions(t);
            let p = t.find(piece).unwrap();
            assert!(
                ex.iter().any(|&(s, e)| s <= p && e >= p + piece.len()),
                "{piece:?} not excluded in {t:?}: {ex:?}"
            );
        }
        let t = "ruim 200.000 publicaties, 15.069 accounts, met 49.000 en 0,5% fouten in 2021";
        assert!(exclusions(t).is_empty(), "{:?}", exclusions(t));
        // a programme numbered as a year is a column head's, no label; plurals count
        for t in ["Programma 2023 2024", "14 agendapunten en 5 actiepunten"] {
            assert!(exclusions(t).is_empty(), "{t}: {:?}", exclusions(t));
        }
    }
}
