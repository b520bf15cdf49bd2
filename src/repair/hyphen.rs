//! Words broken at a line end, joined again.
//!
//! In: decoded text and the document's vocabulary. Out: edits that move the rest
//! of a broken word up to the line where it starts, so the cleaned line holds the
//! whole word and the line count stays (the newline moves behind the word):
//!
//! * `opdracht-` / `nemer in …` (seed 002) -> `opdrachtnemer` / `in …`: the hyphen
//!   goes when the joined word is a Dutch word (or the document prints it joined);
//! * `IT-` / `dienstverleners bij …` (seed 002) -> `IT-dienstverleners` / `bij …`:
//!   the hyphen stays when only the hyphenated form is a word;
//! * `inves` / `teringskasstroom en …` (seed 003, the extractor dropped the hyphen)
//!   -> `investeringskasstroom` / `en …`: only when the first fragment is no word
//!   and the joined form is.
//!
//! The joined word is tested, never its fragments (Hunspell accepts `terings` +
//! `kasstroom` as a compound). Only prose is joined: the first line ends in a
//! letter fragment after at least two words and has no column gaps, the next line
//! starts with a lower-case letter and has no column gaps either (a row of a
//! column layout keeps its cells in their columns). Cell-per-line tables have a
//! blank line between cells, so labels such as `– personele kosten` never meet a
//! next line. Hyphens inside a line (`Opdrachtgever-Opdrachtnemeroverleg`) are never touched;
//! suspended compounds (`wet-` / `en regelgeving`) stay as they are.

use super::{lexicon, Edit, Vocabulary};
use crate::span::{lines_with_offsets, Span};

/// Trailing run of letters of `s` (the fragment before the break), as a byte offset.
fn trailing_letters(s: &str) -> usize {
    let mut start = s.len();
    for (i, c) in s.char_indices().rev() {
        if c.is_alphabetic() {
            start = i;
        } else {
            break;
        }
    }
    start
}

/// True when `s` holds three spaces in a row (a column gap), by a finder built once.
fn column_gap(s: &str) -> bool {
    static GAP: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
        std::sync::LazyLock::new(|| memchr::memmem::Finder::new(b"   "));
    GAP.find(s.as_bytes()).is_some()
}

/// `s.split_whitespace().nth(1).is_some()`: `s` holds at least two words. ASCII
/// bytes are read one by one (the ASCII white space of `char::is_whitespace` is
/// space, tab, LF, VT, FF and CR); at the first other byte the question goes to
/// `split_whitespace` itself.
fn two_words(s: &str) -> bool {
    // 0: before the first word, 1: in it, 2: in the space after it
    let mut state = 0u8;
    for &c in s.as_bytes() {
        if c >= 0x80 {
            return s.split_whitespace().nth(1).is_some();
        }
        let space = matches!(c, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r');
        match (state, space) {
            (0, false) => state = 1,
            (1, true) => state = 2,
            (2, false) => return true,
            _ => {}
        }
    }
    false
}

/// Conjunctions after a suspended compound: `wet- en regelgeving`, `plannings- of`.
const SUSPENDED: &[&str] = &["en", "of", "tot", "noch", "dan"];

/// Finds joins over line breaks.
pub fn detect(text: &str, vocab: &Vocabulary) -> Vec<Edit> {
    detect_counting(text, |w| vocab.count(w))
}

/// [`detect`] with the document's word counts given as a function (`count(w)` is
/// [`Vocabulary::count`] of `text`): the caller can count the words only when a
/// join first asks, as most line breaks are decided without the counts.
pub fn detect_counting(text: &str, count: impl Fn(&str) -> usize) -> Vec<Edit> {
    detect_on_lines(text, lines_with_offsets(text), count)
}

/// [`detect_counting`] over the lines of `text` as given (those of
/// [`lines_with_offsets`], split before by another reader of the same text).
pub(crate) fn detect_on_lines<'a>(
    text: &'a str,
    lines: impl IntoIterator<Item = (usize, &'a str)>,
    count: impl Fn(&str) -> usize,
) -> Vec<Edit> {
    let mut edits = Vec::new();
    let mut prev: Option<(usize, &str)> = None;
    for (start, line) in lines {
        if let Some((pstart, pline)) = prev {
            if let Some(e) = join(text, pstart, pline, start, line, &count) {
                edits.push(e);
            }
        }
        prev = Some((start, line));
    }
    edits
}

fn join(
    text: &str,
    pstart: usize,
    pline: &str,
    start: usize,
    line: &str,
    count: &impl Fn(&str) -> usize,
) -> Option<Edit> {
    // the next line starts with a lower-case word (leading spaces allowed); tested
    // first as it is the cheapest test (every test here only rules a join out, so
    // their order does not change the outcome)
    let lead = line.len() - line.trim_start_matches([' ', '\t']).len();
    let rest = &line[lead..];
    let first = rest.chars().next()?;
    if !first.is_lowercase() {
        return None;
    }
    let body = pline.trim_end_matches([' ', '\t']);
    if body.len() != pline.len() && !body.ends_with('-') {
        // a space after the last word: the line ended on a whole word
        return None;
    }
    let hyphen = body.ends_with('-');
    let before = if hyphen {
        &body[..body.len() - 1]
    } else {
        body
    };
    let fstart = trailing_letters(before);
    let left = &before[fstart..];
    if left.is_empty() || (!hyphen && left.chars().count() < 2) {
        return None;
    }
    // prose: at least two words before the fragment, no column gaps
    let head = &before[..fstart];
    if !two_words(head) || memchr::memchr(b'\t', head.as_bytes()).is_some() || column_gap(head) {
        return None;
    }
    if hyphen && before[..fstart].ends_with('-') {
        return None;
    }
    let rlen = rest
        .char_indices()
        .find(|(_, c)| !c.is_alphabetic())
        .map_or(rest.len(), |(i, _)| i);
    let right = &rest[..rlen];
    if hyphen && SUSPENDED.contains(&right) {
        return None;
    }
    // the token to move up: the word and what is glued to it (`nemer.`, `nemer,`)
    let tlen = rest
        .char_indices()
        .find(|(_, c)| c.is_whitespace())
        .map_or(rest.len(), |(i, _)| i);
    let token = &rest[..tlen];
    if token.contains('-') && !hyphen {
        return None;
    }
    // the next line is no row of a column layout: moving its first word up would
    // shift the cells after it out of their columns
    let tail = rest[tlen..].trim_start_matches([' ', '\t']);
    if memchr::memchr(b'\t', tail.as_bytes()).is_some() || column_gap(tail) {
        return None;
    }
    // a fragment that is a word is no broken word (tested before the joined forms
    // are built: the outcome is the same, as every test here only rules a join out)
    if !hyphen && lexicon::is_word(left) {
        return None;
    }
    // (built by hand: `format!` costs more than the rest of a join)
    let mut joined = String::with_capacity(left.len() + right.len());
    joined.push_str(left);
    joined.push_str(right);
    let mut hyphenated = String::with_capacity(left.len() + 1 + right.len());
    hyphenated.push_str(left);
    hyphenated.push('-');
    hyphenated.push_str(right);
    let keep_hyphen = if hyphen {
        // the document's own spelling first, then the lexicon; a printed hyphen
        // stays when the hyphenated form is a word (`IT-infrastructuur`, `e-mail`)
        if count(&hyphenated) > 0 {
            true
        } else if count(&joined) > 0 {
            false
        } else if lexicon::is_word(&hyphenated) {
            true
        } else if lexicon::is_word(&joined) {
            false
        } else {
            return None;
        }
    } else {
        // (`left` is no word: tested above)
        if !(count(&joined) > 0 || lexicon::is_word(&joined)) {
            return None;
        }
        false
    };
    // span: from the hyphen (or the end of the first line) through the moved token
    // and the spaces after it; the newline goes behind the token.
    let newline = &text[pstart + pline.len()..start];
    let after = &rest[tlen..];
    let spaces = after.len() - after.trim_start_matches([' ', '\t']).len();
    let line_rest_empty = after.trim().is_empty();
    let span_start = if hyphen && !keep_hyphen {
        pstart + body.len() - 1
    } else {
        pstart + body.len()
    };
    let span_end = start + lead + tlen + spaces;
    let mut to = String::with_capacity(token.len() + 2);
    to.push_str(token);
    if !line_rest_empty {
        // the next line keeps its indentation (column layouts read it)
        to.push_str(newline);
        to.push_str(&line[..lead]);
    }
    let from = &text[span_start..span_end];
    if from == to {
        return None;
    }
    Some(Edit {
        span: Span::new(span_start, span_end),
        to,
        kind: if hyphen { "hyphen_join" } else { "line_join" },
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(4000))]
        #[test]
        fn two_words_is_split_whitespace(s in "[ab \t\n\r\u{b}\u{c}\u{a0}\u{2003}é\u{85}]{0,8}") {
            proptest::prop_assert_eq!(two_words(&s), s.split_whitespace().nth(1).is_some());
        }
    }

    #[test]
    fn two_words_cases() {
        for (s, want) in [
            ("", false),
            ("a", false),
            ("  a  ", false),
            ("a b", true),
            ("a\u{b}b", true),
            ("a\u{a0}b", true),
            ("a\u{1c}b", false),
            ("é b", true),
            ("ab\u{85}", false),
        ] {
            assert_eq!(two_words(s), want, "{s:?}");
            assert_eq!(s.split_whitespace().nth(1).is_some(), want, "{s:?}");
        }
    }

    fn run(t: &str) -> String {
        let vocab = Vocabulary::new(t);
        let edits = detect(t, &vocab);
        let mut out = String::new();
        let mut pos = 0;
        for e in edits {
            out.push_str(&t[pos..e.span.start]);
            out.push_str(&e.to);
            pos = e.span.end;
        }
        out.push_str(&t[pos..]);
        out
    }

    #[test]
    fn joins() {
        // seed 002
        assert_eq!(
            run("hebben de rollen eigenaar, opdrachtgever en opdracht-\nnemer in onze bestuurlijke driehoek"),
            "hebben de rollen eigenaar, opdrachtgever en opdrachtnemer\nin onze bestuurlijke driehoek"
        );
        assert_eq!(
            run("onze opdrachtgever en de politiek op om met ons en andere IT-\ndienstverleners bij de overheid"),
            "onze opdrachtgever en de politiek op om met ons en andere IT-dienstverleners\nbij de overheid"
        );
        // seed 003, hyphen dropped by the extractor (trailing spaces are on whole-word lines)
        assert_eq!(
            run("geen investeringen gepleegd. De begrote inves\nteringskasstroom en financieringskastroom zijn nul.\n"),
            "geen investeringen gepleegd. De begrote investeringskasstroom\nen financieringskastroom zijn nul.\n"
        );
        // the moved word was the whole next line
        assert_eq!(
            run("om zo de dienst-\nverlening\n\nVolgende"),
            "om zo de dienstverlening\n\nVolgende"
        );
        // indentation of the next line stays (corpus/pdf-layout/004)
        assert_eq!(
            run("  techniek, werkwijzen en contracten. In 2021 is het nieuwe IT-\n  fundament afgerond"),
            "  techniek, werkwijzen en contracten. In 2021 is het nieuwe IT-fundament\n  afgerond"
        );
        // CRLF
        assert_eq!(
            run("zowel goed opdracht-\r\ngeverschap als goed"),
            "zowel goed opdrachtgeverschap\r\nals goed"
        );
    }

    #[test]
    fn leaves_alone() {
        for t in [
            // mid-line hyphen
            "zoals het\nOpdrachtgever-Opdrachtnemeroverleg (OGON).",
            // suspended compound
            "nationale) wet-\nen regelgeving op Logius af.",
            // a whole word at the line end
            "zoals de samenwerking tussen organisaties en\nmeerjarige financiële zekerheid",
            // table labels, one cell per line
            "– personele kosten\nmateriële kosten",
            "Lasten\n\n– personele kosten\n\n28.230",
            // a capital after the break
            "de nieuwe situatie van\nLogius en zo",
            // the next line is a row of a column layout: its cells keep their columns
            "Toelichting op de ontvangsten en de uitga-\nven          1.200        3.400",
            "Toelichting op de ontvangsten en de inves\nteringen\t1.200\t3.400",
        ] {
            assert_eq!(run(t), t);
        }
    }
}
