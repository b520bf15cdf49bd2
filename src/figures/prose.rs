//! Prose runs, sentences, tokens and the ranges that can never hold a figure.
//!
//! In: blocks. Out: [`Run`]s (consecutive prose blocks rejoined where a paragraph
//! was cut mid-sentence), sentence ranges, [`Tok`]ens with offsets, and sorted
//! excluded byte ranges (references, dates, URLs, phone numbers, ...).

use crate::segment::{Block, BlockKind};
use crate::span::Span;
use regex::Regex;
use std::sync::LazyLock;

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
    out
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
    for (i, c) in text.char_indices() {
        if !matches!(c, '.' | '!' | '?') {
            continue;
        }
        let after = &text[i + 1..];
        let trimmed = after.trim_start();
        if trimmed.len() == after.len() || trimmed.is_empty() {
            continue;
        }
        let next = trimmed.chars().next().unwrap_or(' ');
        if !(next.is_uppercase()
            || next.is_ascii_digit()
            || matches!(next, '€' | '‘' | '\'' | '"' | '“' | '(' | '•' | '-' | '–'))
        {
            continue;
        }
        if c == '.' {
            let word_start = text[..i]
                .rfind(char::is_whitespace)
                .map(|p| p + text[p..].chars().next().map_or(1, char::len_utf8))
                .unwrap_or(0);
            let word = &text[word_start..i];
            let w = word
                .trim_start_matches(['(', '‘', '\'', '"', '“'])
                .trim_end_matches('.');
            if w.contains('.') && w.chars().filter(|c| c.is_alphabetic()).count() <= 5 {
                continue; // o.a., m.b.v., n.v.t.
            }
            if ABBREVIATIONS.contains(&w.to_lowercase().as_str()) {
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
        let _ = bytes;
    }
    if start < text.len() && !text[start..].trim().is_empty() {
        out.push((start, text.len()));
    }
    out
}

/// A whitespace-separated token of a sentence.
#[derive(Clone, Debug)]
pub(crate) struct Tok {
    /// Byte range in the run text, with punctuation.
    pub s: usize,
    pub e: usize,
    /// Byte range without leading and trailing punctuation.
    pub cs: usize,
    pub ce: usize,
    /// The core, lower case.
    pub w: String,
    /// A clause ends after this token (`,` `;` `:` `)` or the sentence end).
    pub clause_end: bool,
    /// A clause starts at this token (`(`, a quote).
    pub opens: bool,
}

fn is_edge_punct(c: char) -> bool {
    !(c.is_alphanumeric() || matches!(c, '€' | '%' | '&' | '@'))
}

pub(crate) fn tokens(text: &str, (s, e): (usize, usize)) -> Vec<Tok> {
    let mut out = Vec::new();
    let sent = &text[s..e];
    let mut i = 0;
    for piece in sent.split(char::is_whitespace) {
        let ps = s + i;
        i += piece.len();
        // advance over the separator
        if let Some(c) = sent[i..].chars().next() {
            i += c.len_utf8();
        }
        if piece.is_empty() {
            continue;
        }
        let lead = piece.len() - piece.trim_start_matches(is_edge_punct).len();
        let core = piece
            .trim_start_matches(is_edge_punct)
            .trim_end_matches(is_edge_punct);
        let cs = ps + lead;
        let ce = cs + core.len();
        let tail = &piece[lead + core.len()..];
        let head = &piece[..lead];
        out.push(Tok {
            s: ps,
            e: ps + piece.len(),
            cs,
            ce,
            w: core.to_lowercase(),
            clause_end: tail.contains([',', ';', ':', ')', '(']),
            opens: head.contains(['(', '‘', '\'', '"', '“']),
        });
    }
    if let Some(last) = out.last_mut() {
        last.clause_end = true;
    }
    out
}

static EXCLUDE: LazyLock<Vec<Regex>> = LazyLock::new(|| {
    let sp = r"[ \u{a0}]";
    [
        // parliamentary papers: `36 360 VII, nr. 1`, `31 490, nr. 12`
        format!(r"\b\d{{2}}{sp}?\d{{3}}{sp}*[-–]?{sp}*[IVXLC]{{1,5}}\b(?:{sp}*,{sp}*nr\.?{sp}*\d+)?"),
        format!(r"\b\d{{2}}{sp}?\d{{3}}{sp}*,{sp}*nr\.?{sp}*\d+"),
        // numbered things: `nr. 12`, `hoofdstuk 4`, `tabel 39`, `artikel 2.3`, `niveau 1`
        format!(r"(?i)\b(?:nrs?|nummer|no|hoofdstuk(?:ken)?|paragraaf|par|artikel(?:en)?|art|bijlagen?|tabel|figuur|grafiek|pagina(?:'s)?|blz|bladzijde|lid|niveau|fase|versie|stap|motie|amendement|kamerstuk(?:ken)?|week|kwartaal|q|release|sprint|ronde){sp}?\.?{sp}*\d+(?:[.:]\d+)*[a-z]?\b"),
        // standards: `ISO 27001`, `NEN 7510`, `WCAG 2.1`
        format!(r"\b(?:ISO|NEN|IEC|EN|RFC|WCAG|BIO|ETSI|ISAE|NTA)(?:[{sp}/-]+(?:ISO|IEC|EN))*[{sp}:-]*\d+(?:[.:-]\d+)*"),
        // dates: `15 mei`, `1 januari 2013`, `15-05-2023`
        format!(r"(?i)\b\d{{1,2}}(?:e|ste|de)?{sp}+(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|jan|feb|mrt|apr|jun|jul|aug|sept?|okt|nov|dec)\b\.?(?:{sp}+\d{{4}})?"),
        r"\b\d{1,2}[-/]\d{1,2}[-/]\d{2,4}\b".to_string(),
        r"\b\d{1,2}\.\d{1,2}\.\d{4}\b".to_string(),
        // clock times: `9.30 uur`, `14:00` (not `49.000`)
        format!(r"\b\d{{1,2}}:\d{{2}}\b|\b\d{{1,2}}\.\d{{2}}{sp}*uur\b"),
        // year ranges and school years: `2022–2023`, `2022/23`
        format!(r"\b(?:19|20)\d{{2}}{sp}*[-–/]{sp}*(?:(?:19|20)\d{{2}}|\d{{2}})\b"),
        // index base: `2011 = 100`
        format!(r"\b(?:19|20)\d{{2}}{sp}*={sp}*\d+"),
        // e-mail, URLs, domain names
        r"\S+@\S+".to_string(),
        r"(?i)\b(?:https?://|www\.)\S+".to_string(),
        r"(?i)\b[\w-]+(?:\.[\w-]+)*\.(?:nl|com|org|net|eu|gov|int|io|be|de|info)\b\S*".to_string(),
        // phone numbers: `088 - 123 45 67`, `+31 70 123 4567`, `(070) 123 45 67`
        format!(r"(?:\+31|\(?\b0\d{{1,3}}\)?){sp}?-?{sp}?\d{{2,4}}{sp}?-?{sp}?\d{{2,3}}(?:{sp}?\d{{2,4}})?\b"),
    ]
    .iter()
    .map(|r| Regex::new(r).expect("exclusion regex"))
    .collect()
});

/// Sorted byte ranges of `text` that hold no figure.
pub(crate) fn exclusions(text: &str) -> Vec<(usize, usize)> {
    let mut out: Vec<(usize, usize)> = Vec::new();
    for re in EXCLUDE.iter() {
        for m in re.find_iter(text) {
            out.push((m.start(), m.end()));
        }
    }
    // scale captions: `(x € 1.000)`, `Bedragen in € 1.000` (the caption grammar
    // indexes a lower-cased copy, so only where lower-casing keeps byte offsets)
    if text.to_lowercase().len() == text.len() {
        let mut from = 0;
        for _ in 0..64 {
            let Some((_, _, r)) = crate::grammar::value::scale_caption(&text[from..]) else {
                break;
            };
            out.push((from + r.start, from + r.end));
            let mut next = from + r.end.max(r.start + 1);
            while next < text.len() && !text.is_char_boundary(next) {
                next += 1;
            }
            if next >= text.len() {
                break;
            }
            from = next;
        }
    }
    out.sort_unstable();
    // merge overlaps, so that ends ascend too
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
    fn sentence_split() {
        let t = "De begroting sluit op € 357,4 mln. De prognose is o.a. hoger. Ca. 30 mensen. 58 collega’s verlieten ons. Het kost € 87,5 mln.. Bij ons.";
        let s: Vec<&str> = sentences(t).iter().map(|&(a, b)| &t[a..b]).collect();
        assert_eq!(
            s,
            vec![
                "De begroting sluit op € 357,4 mln.",
                "De prognose is o.a. hoger.",
                "Ca. 30 mensen.",
                "58 collega’s verlieten ons.",
                "Het kost € 87,5 mln..",
                "Bij ons."
            ]
        );
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
            ("Begroting voor het jaar 2014 (x € 1.000) en", "(x € 1.000)"),
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
    }
}
