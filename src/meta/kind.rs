//! The kind of document, from the evidence in its text.
//!
//! Evidence, strongest first:
//! - a heading or title naming the kind (`Stand van de / uitvoering 2023`, `Jaarverslag 2021`): high;
//! - the text naming itself (`Met de Viermaandsrapportage januari t/m april 2023 verantwoordt ...`,
//!   `We staan in deze Stand van de uitvoering stil ...`) or a phrase only that kind prints
//!   (`Begroting van baten en lasten voor het jaar 2014`): high;
//! - a description of the kind (`Iedere vier maanden doet Logius verslag`): medium;
//! - the shape of the content when nothing names it: columns of `Realisatie` against
//!   `Vastgestelde begroting` with `per 31 december` (a jaarverslag's tables): medium;
//!   a whole past year told in the past tense: low;
//! - a kind word elsewhere in running text (it may name another document): low.
//!
//! Nothing found: `unknown`, with a diagnostic. Two kinds with high evidence: the first
//! is kept and a conflict is reported.

use super::kw::{self, Words};
use super::{clip, ends_with_lower, sentence_around, Doc, L_CI, NOT_L_CI};
use crate::model::{Conflict, Diagnostic, Evidence, Severity};
use regex::Regex;
use std::sync::LazyLock;

/// The kinds of document.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Begroting,
    SuppletoireBegroting,
    Jaarverslag,
    Viermaandsrapportage,
    StandVanDeUitvoering,
    Slotwet,
    Kamerbrief,
    Unknown,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Begroting => "begroting",
            Kind::SuppletoireBegroting => "suppletoire_begroting",
            Kind::Jaarverslag => "jaarverslag",
            Kind::Viermaandsrapportage => "viermaandsrapportage",
            Kind::StandVanDeUitvoering => "stand_van_de_uitvoering",
            Kind::Slotwet => "slotwet",
            Kind::Kamerbrief => "kamerbrief",
            Kind::Unknown => "unknown",
        }
    }

    /// Kinds that cover one calendar or budget year.
    pub fn is_yearly(self) -> bool {
        matches!(
            self,
            Kind::Begroting
                | Kind::SuppletoireBegroting
                | Kind::Jaarverslag
                | Kind::StandVanDeUitvoering
                | Kind::Slotwet
        )
    }

    /// Months a period of this kind spans, when fixed.
    pub fn months(self) -> Option<u32> {
        match self {
            Kind::Viermaandsrapportage => Some(4),
            k if k.is_yearly() => Some(12),
            _ => None,
        }
    }
}

impl std::fmt::Display for Kind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// How strong the evidence is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Confidence {
    Low,
    Medium,
    High,
}

impl Confidence {
    pub fn as_str(self) -> &'static str {
        match self {
            Confidence::Low => "low",
            Confidence::Medium => "medium",
            Confidence::High => "high",
        }
    }
}

impl std::fmt::Display for Confidence {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The outcome of [`detect`].
#[derive(Clone, Debug)]
pub struct KindFound {
    pub kind: Kind,
    pub confidence: Confidence,
    pub evidence: Option<Evidence>,
    /// Source line of the evidence (also for periods named in it).
    pub evidence_line: Option<usize>,
    /// The evidence is a heading: it is the document's title.
    pub title_heading: bool,
    /// Year the evidence names (`Stand van de uitvoering 2023`), or the year of a past-tense narrative.
    pub year: Option<i32>,
    pub conflict: Option<Conflict>,
    pub diagnostics: Vec<Diagnostic>,
}

/// Names of the kinds as printed, each with a word every match holds (a text
/// without it is not searched: [`super::Unit::has`]). Order matters: the more
/// specific first.
static KIND_WORDS: LazyLock<Vec<(Kind, Words, Regex)>> = LazyLock::new(|| {
    let r = |k, w, p: &str| (k, w, Regex::new(&format!("(?i){p}")).unwrap());
    vec![
        r(
            Kind::SuppletoireBegroting,
            kw::SUPPLETOIRE,
            r"(?-u:\b)(?:(?:eerste|tweede|derde)\s+)?suppletoire\s+begroting(?:en|swet)?(?-u:\b)|(?-u:\b)(?:eerste|tweede)\s+suppletoire(?-u:\b)",
        ),
        r(
            Kind::Viermaandsrapportage,
            kw::VIERMAANDS,
            r"(?-u:\b)viermaands(?:e|ë)?\s*rapportage(?-u:\b)|(?-u:\b)viermaandsrapportage(?-u:\b)",
        ),
        r(
            Kind::StandVanDeUitvoering,
            kw::UITVOERING,
            r"(?-u:\b)stand\s+van\s+de\s+uitvoering(?-u:\b)",
        ),
        r(
            Kind::Jaarverslag,
            kw::JAAR,
            r"(?-u:\b)(?:jaar(?:verslag|verantwoording|overzicht|rapport|rapportage|rekening|stukken)|programma(?:rekening|verantwoording))(?-u:\b)",
        ),
        // `Stand Slotwet` is a column of a jaarverslag's tables, not the slotwet itself
        // (`[^\p{L}]` under `(?i)`, spelled `NOT_L_CI`)
        r(
            Kind::Slotwet,
            kw::SLOTWET,
            &format!(r"(?:^|{NOT_L_CI})slotwet(?-u:\b)"),
        ),
        r(
            Kind::Begroting,
            kw::BEGROTING,
            // (a compound names the same kind: `Rijksbegroting`, `Programmabegroting`,
            // `Meerjarenbegroting`, `Ontwerpbegroting`)
            r"(?-u:\b)[a-z]*begroting\s+(?:19|20)\d{2}(?-u:\b)",
        ),
        r(
            Kind::Kamerbrief,
            kw::KAMERBRIEF,
            r"(?-u:\b)kamerbrief(?-u:\b)",
        ),
    ]
});

/// Phrases only one kind prints, with the confidence they carry and a word every
/// match holds ([`kw::NONE`] for the phrases anchored at the start, which are cheap).
static PHRASES: LazyLock<Vec<(Kind, Confidence, Words, Regex)>> = LazyLock::new(|| {
    let r = |k, c, w, p: &str| (k, c, w, Regex::new(&format!("(?i){p}")).unwrap());
    vec![
        // the agency budget's own table: seed 000
        r(
            Kind::Begroting,
            Confidence::High,
            kw::BATEN,
            r"(?-u:\b)begroting\s+van\s+baten\s+en\s+lasten\s+voor\s+het\s+jaar\s+(?:19|20)\d{2}(?-u:\b)",
        ),
        r(
            Kind::Viermaandsrapportage,
            Confidence::Medium,
            kw::MAANDEN,
            r"(?-u:\b)(?:iedere|elke|om\s+de)\s+vier\s+maanden\s+(?:doet|brengt|geeft|legt|rapporteert)(?-u:\b)",
        ),
        r(
            Kind::Kamerbrief,
            Confidence::High,
            kw::NONE,
            r"^\s*(?:geachte\s+(?:voorzitter|heer|mevrouw)|aan\s+de\s+voorzitter\s+van\s+de\s+(?:tweede|eerste)\s+kamer)",
        ),
        r(
            Kind::Kamerbrief,
            Confidence::Medium,
            kw::NONE,
            r"^\s*betreft\s+\S",
        ),
        r(
            Kind::SuppletoireBegroting,
            Confidence::Medium,
            kw::BEGROTINGSSTATEN,
            r"(?-u:\b)wijziging\s+van\s+de\s+begrotingsstaten(?-u:\b)",
        ),
        // the budget's bill: `Vaststelling van de begrotingsstaten van het Ministerie
        // van … voor het jaar 2023`
        r(
            Kind::Begroting,
            Confidence::Medium,
            kw::BEGROTINGSSTATEN,
            r"(?-u:\b)vaststelling\s+van\s+de\s+begrotingsstaten(?-u:\b)(?:[^.;]{0,200}?(?-u:\b)voor\s+het\s+jaar\s+(?:19|20)\d{2}(?-u:\b))?",
        ),
    ]
});

/// May a phrase of [`PHRASES`] anchored at the start ([`kw::NONE`]) match `text`?
/// Each opens, after `\s*` (Unicode whitespace, as `char::is_whitespace`), with
/// `geachte`, `aan` or `betreft` in any case, and `(?i)` folds `g`, `a` and `b` only
/// with their capitals: a text whose first other char is none of these holds no match.
fn may_open_phrase(text: &str) -> bool {
    text.trim_start()
        .starts_with(['g', 'G', 'a', 'A', 'b', 'B'])
}

/// `re.find(u.text)`, for a `(?i)` pattern whose every match holds `word` (lowercase
/// ASCII) and otherwise only letters and whitespace, with `(?-u:\b)` its only
/// look-around: read only in the pieces of the text around the places of `word`
/// in the folded text, between ASCII punctuation but `_` (no match holds it; beside
/// a piece stands such a byte or an end of the text, which `(?-u:\b)` reads alike,
/// so a match lies in one piece and is found there as in the whole text). The
/// pieces are read in order: the first match found is the leftmost. A text
/// [`Unit::exotic`](super::Unit::exotic) is read whole.
fn phrase_around(u: &super::Unit<'_>, re: &Regex, word: &str) -> Option<std::ops::Range<usize>> {
    let Some(f) = u.folded() else {
        return re.find(u.text).map(|m| m.range());
    };
    let f = f.as_bytes();
    let sep = |b: u8| b.is_ascii_punctuation() && b != b'_';
    let mut done = 0;
    for p in memchr::memmem::find_iter(f, word.as_bytes()) {
        if p < done {
            continue;
        }
        let a = f[done..p]
            .iter()
            .rposition(|&b| sep(b))
            .map_or(done, |i| done + i + 1);
        let z = f[p..]
            .iter()
            .position(|&b| sep(b))
            .map_or(f.len(), |i| p + i);
        if let Some(m) = re.find(&u.text[a..z]) {
            return Some(a + m.start()..a + m.end());
        }
        done = z;
    }
    None
}

/// Words before a kind word that make the text name itself (`met de`, `in deze`, `dit`).
static SELF_REF: LazyLock<Regex> = LazyLock::new(|| {
    // (`\p{L}` under `(?i)`, spelled `L_CI`)
    Regex::new(&format!(r"(?i)(?:(?-u:\b)(?:deze|dit|onze|met\s+de|in\s+de|hierbij\s+de|bijgaande?)\s+(?:{L_CI}+\s+){{0,2}})$")).unwrap()
});

/// The title the document's first line prints as a part of its own, beside
/// another two or more spaces apart (`Rijksbegroting 2023          Ministerie van
/// Binnenlandse Zaken`), or as the whole of a block of one line: the
/// part of the first line of `u`'s block that holds `[s, e)`, of at most eight words,
/// capitalised, no sentence.
fn first_line_title<'t>(
    doc: &Doc<'_, '_>,
    u: &super::Unit<'t>,
    s: usize,
    e: usize,
) -> Option<&'t str> {
    let b = doc.blocks.get(u.block?)?;
    let first = doc.lines.get(b.first_line)?.text.trim();
    let text = u.text;
    // (the block's text opens with its first line)
    let line = text.get(..first.len()).filter(|l| *l == first)?;
    if e > line.len() {
        return None;
    }
    let one_line = doc
        .lines
        .get(b.first_line + 1..b.end_line)
        .unwrap_or(&[])
        .iter()
        .all(|l| l.is_blank());
    let mut parts = Vec::new();
    let mut at = 0;
    while let Some(p) = line[at..].find("   ") {
        parts.push((at, at + p));
        at += p;
        at += line[at..].len() - line[at..].trim_start().len();
    }
    parts.push((at, line.len()));
    if parts.len() < 2 && !one_line {
        return None;
    }
    let &(a, z) = parts.iter().find(|(a, z)| *a <= s && e <= *z)?;
    let part = line[a..z].trim();
    (part.split_whitespace().count() <= 8
        && part.starts_with(char::is_uppercase)
        && !part.ends_with(['.', ',', ';', ':']))
    .then_some(part)
}

/// Is the kind word between `before` and `after` a citation of another document,
/// not the text naming itself: dated after it (`in de Kamerbrief van 12 maart 2023`,
/// `de Voorjaarsnota van juni`, `de brief d.d. 3 mei`), or pointed at by `zoals` in
/// its sentence (`zoals gemeld in de Kamerbrief`, `zoals vermeld in het
/// jaarverslag`).
fn cites(before: &str, after: &str) -> bool {
    let after = after.trim_start();
    let dated = match after.split_once(char::is_whitespace) {
        Some((w, rest)) if w.eq_ignore_ascii_case("van") => {
            let next = rest.trim_start();
            // (a day and a month, or a month: `van 2022` is the report's year)
            let mut words = next.split(|c: char| !c.is_alphanumeric());
            let day = words.next().unwrap_or("");
            let month = if (1..=2).contains(&day.len()) && day.bytes().all(|c| c.is_ascii_digit()) {
                words.next().unwrap_or("")
            } else {
                day
            };
            crate::grammar::words::is_month(month)
        }
        _ => after.to_ascii_lowercase().starts_with("d.d."),
    };
    // `zoals` among the last words before it, in the same sentence
    let near = tail(before, 80);
    let sentence = near
        .rfind(['.', '!', '?', ';'])
        .map_or(near, |p| &near[p + 1..]);
    let zoals = sentence
        .split(|c: char| !c.is_alphabetic())
        .any(|w| w.eq_ignore_ascii_case("zoals"));
    dated || zoals
}

static YEAR: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?-u:\b)(?:19|20)\d{2}(?-u:\b)").unwrap());

struct Candidate {
    kind: Kind,
    confidence: Confidence,
    text: String,
    line: usize,
    heading: bool,
    year: Option<i32>,
}

/// Finds the kind of the document.
pub fn detect(doc: &Doc<'_, '_>) -> KindFound {
    let mut cands: Vec<Candidate> = Vec::new();
    for (ui, u) in doc.units.iter().enumerate() {
        // the spans a more specific kind named (`Tweede suppletoire begroting 2023`
        // holds `begroting 2023`): a later kind's match inside one names no more
        let mut named: Vec<std::ops::Range<usize>> = Vec::new();
        for (kind, word, re) in KIND_WORDS.iter() {
            if !u.has(*word) {
                continue;
            }
            for m in re.find_iter(u.text) {
                if named.iter().any(|r| r.start < m.end() && m.start() < r.end) {
                    continue;
                }
                named.push(m.range());
                let before = &u.text[..m.start()];
                if *kind == Kind::Slotwet && ends_with_lower(before, "stand") {
                    continue;
                }
                if *kind == Kind::Begroting && ends_with_lower(before, "vastgestelde") {
                    // a column label of a jaarverslag's table
                    continue;
                }
                let part = (ui == 0 && !u.heading)
                    .then(|| first_line_title(doc, u, m.start(), m.end()))
                    .flatten();
                let (conf, text) = if u.heading && u.text.chars().count() <= 120 {
                    (Confidence::High, u.text.to_string())
                } else if let Some(part) = part {
                    (Confidence::High, part.to_string())
                } else if SELF_REF.is_match(tail(&u.text[..m.start()], 80))
                    && !cites(&u.text[..m.start()], &u.text[m.end()..])
                {
                    (
                        Confidence::High,
                        sentence_around(u.text, m.start(), m.end()).to_string(),
                    )
                } else {
                    (
                        Confidence::Low,
                        sentence_around(u.text, m.start(), m.end()).to_string(),
                    )
                };
                // a year printed right after the kind word (`Stand van de uitvoering 2023`),
                // in a title also after the agency's full name (`Jaarverslag Centraal
                // Bureau Rijvaardigheidsbewijzen 2022`)
                let after = &u.text[m.end()..];
                let reach = if u.heading { 100 } else { 30 };
                let year = YEAR
                    .find(m.as_str())
                    .or_else(|| {
                        YEAR.find(after).filter(|y| {
                            let between = after[..y.start()].trim();
                            between.len() <= reach
                                && !between.contains(|c: char| c.is_ascii_digit())
                        })
                    })
                    .and_then(|y| y.as_str().parse().ok());
                cands.push(Candidate {
                    kind: *kind,
                    confidence: conf,
                    text: clip(&text, 200),
                    line: doc.line(u, m.start()),
                    heading: (u.heading || part.is_some()) && conf == Confidence::High,
                    year,
                });
            }
        }
        let opens_phrase = may_open_phrase(u.text);
        for (kind, conf, word, re) in PHRASES.iter() {
            if !u.has(*word) || (*word == kw::NONE && !opens_phrase) {
                continue;
            }
            // (the `maanden` phrase is read only around its word: [`phrase_around`])
            let found = if *word == kw::MAANDEN {
                phrase_around(u, re, "maanden")
            } else {
                re.find(u.text).map(|m| m.range())
            };
            if let Some(m) = found {
                cands.push(Candidate {
                    kind: *kind,
                    confidence: *conf,
                    text: clip(sentence_around(u.text, m.start, m.end), 200),
                    line: doc.line(u, m.start),
                    heading: false,
                    year: YEAR.find(&u.text[m]).and_then(|y| y.as_str().parse().ok()),
                });
            }
        }
    }
    let mut diagnostics = Vec::new();
    let best = cands
        .iter()
        .enumerate()
        .max_by_key(|(i, c)| (c.confidence, std::cmp::Reverse(*i)))
        .map(|(_, c)| c);
    if let Some(b) = best.filter(|b| b.confidence > Confidence::Low) {
        // other kinds with evidence as strong: reported, not silently dropped
        let mut conflict = None;
        let others: Vec<&Candidate> = cands
            .iter()
            .filter(|c| c.confidence == b.confidence && c.kind != b.kind)
            .collect();
        if b.confidence == Confidence::High && !others.is_empty() {
            let mut values = vec![b.kind.to_string()];
            let mut lines = vec![b.line];
            for o in &others {
                if !values.contains(&o.kind.to_string()) {
                    values.push(o.kind.to_string());
                    lines.push(o.line);
                }
            }
            let message = format!(
                "the text names itself as more than one kind ({}); kept `{}` from line {}",
                values.join(", "),
                b.kind,
                b.line
            );
            let mut d = Diagnostic::new(Severity::Warning, "kind_conflict", message.clone());
            d.line = Some(b.line);
            diagnostics.push(d);
            conflict = Some(super::conflict("kind", values, lines, message));
        }
        if b.confidence < Confidence::High {
            let mut d = Diagnostic::new(
                Severity::Info,
                "kind_weak_evidence",
                format!(
                    "kind `{}` rests on a description, not a title: \"{}\" (line {})",
                    b.kind,
                    clip(&b.text, 80),
                    b.line
                ),
            );
            d.line = Some(b.line);
            diagnostics.push(d);
        }
        let year = b.year.or_else(|| {
            cands
                .iter()
                .find(|c| {
                    c.kind == b.kind && c.confidence >= Confidence::Medium && c.year.is_some()
                })
                .and_then(|c| c.year)
        });
        // no year beside the kind word: the year the text tells in the past tense, if one dominates
        let year = year.or_else(|| past_year(doc).and_then(|f| f.year));
        return KindFound {
            kind: b.kind,
            confidence: b.confidence,
            evidence: Some(Evidence {
                text: b.text.clone(),
                line: b.line,
            }),
            evidence_line: Some(b.line),
            title_heading: b.heading,
            year,
            conflict,
            diagnostics,
        };
    }
    if let Some(found) = shape(doc) {
        return found;
    }
    if let Some(b) = best {
        // only a passing mention: say how weak it is
        let mut d = Diagnostic::new(
            Severity::Info,
            "kind_weak_evidence",
            format!(
                "kind `{}` rests only on a mention in running text, which may name another document (line {})",
                b.kind, b.line
            ),
        );
        d.line = Some(b.line);
        return KindFound {
            kind: b.kind,
            confidence: Confidence::Low,
            evidence: Some(Evidence {
                text: b.text.clone(),
                line: b.line,
            }),
            evidence_line: Some(b.line),
            title_heading: false,
            year: b.year,
            conflict: None,
            diagnostics: vec![d],
        };
    }
    KindFound {
        kind: Kind::Unknown,
        confidence: Confidence::Low,
        evidence: None,
        evidence_line: None,
        title_heading: false,
        year: None,
        conflict: None,
        diagnostics: vec![Diagnostic::new(
            Severity::Warning,
            "kind_unknown",
            "no evidence for the kind of document was found (no title, self-reference or known table shape)",
        )],
    }
}

/// The kind the pages' running heads and footers name (`Jaarverslag 2023
/// Rijkswaterstaat`, `Rijkswaterstaat | Jaarverslag 2023`), where every one that names
/// a kind names the same: for a document whose text names none. Low confidence.
pub fn from_running_lines(furniture: &[crate::model::Furniture]) -> Option<KindFound> {
    let named = |f: &crate::model::Furniture| {
        KIND_WORDS
            .iter()
            .find(|(_, _, re)| re.is_match(&f.text))
            .map(|(k, _, _)| *k)
    };
    let kind = super::agreed(super::running_lines(furniture).filter_map(named))?;
    let f = super::running_lines(furniture).find(|f| named(f) == Some(kind))?;
    // (the part of the line that names it: `3      Jaarverslag 2023 Rijkswaterstaat`)
    let text = f
        .text
        .split("  ")
        .find(|p| {
            KIND_WORDS
                .iter()
                .any(|(k, _, re)| *k == kind && re.is_match(p))
        })
        .unwrap_or(&f.text)
        .trim()
        .to_string();
    let mut d = Diagnostic::new(
        Severity::Info,
        "kind_from_running_head",
        format!(
            "no title names the kind; `{}` (low) from the pages' running heads: `{text}` (line {})",
            kind.as_str(),
            f.line
        ),
    );
    d.line = Some(f.line);
    Some(KindFound {
        kind,
        confidence: Confidence::Low,
        evidence: Some(Evidence { text, line: f.line }),
        evidence_line: Some(f.line),
        title_heading: false,
        year: None,
        conflict: None,
        diagnostics: vec![d],
    })
}

static REALISATIE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)(?-u:\b)realisatie(?-u:\b)").unwrap());
static VASTGESTELD: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)(?-u:\b)vastgestelde(?:\s+begroting)?(?-u:\b)").unwrap());
static PER_31_DEC: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)per\s+31\s+december\s+((?:19|20)\d{2})(?-u:\b)").unwrap()
});

/// `per 31 december` without its year, in any case (a caption wrapped before the year).
static PER_31_DEC_WORDS: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)(?-u:\b)per\s+31\s+december(?-u:\b)").unwrap());

/// Sentences about a year told in the past tense.
static PAST: LazyLock<Regex> = LazyLock::new(|| {
    // (`\p{L}` under `(?i)` spelled `L_CI`: the same regex, compiled in half the time)
    Regex::new(
        &r"(?i)(?-u:\b)(?:was|waren|werd|werden|had|hadden|droegen|droeg|nam|namen|kwam|kwamen|bracht|brachten|lag|lagen|ging|gingen|stond|stonden|bleef|bleven|verliet|verlieten|ontving|ontvingen|kreeg|kregen|leverde|leverden|verscheen|werkten|werkte|hebben\s+\p{L}+(?:\s+\p{L}+){0,6}\s+ge\p{L}+|(?:is|zijn|heeft|hebben)(?-u:\b)(?:\s+\S+){0,8}\s+\p{L}*ge\p{L}{2,}(?:d|t|en))(?-u:\b)"
            .replace(r"\p{L}", L_CI),
    )
    .unwrap()
});
static FUTURE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?-u:\b)(?:zal|zullen|geraamd|raming|begroot|verwacht|verwachten|gepland|voorzien)(?-u:\b)",
    )
    .unwrap()
});

/// Content shape, when nothing names the kind.
fn shape(doc: &Doc<'_, '_>) -> Option<KindFound> {
    // Columns of `Realisatie` against `Vastgestelde begroting`, dated `per 31 december`:
    // the tables of a jaarverslag (seed 003, `Tabel 39 ... per 31 december 2022`).
    let mut real: Option<usize> = None; // line of the header
    let mut per: Option<(String, usize, i32)> = None;
    for (i, u) in doc.units.iter().enumerate() {
        // (the `has` gates skip only texts the regexes could not match)
        if real.is_none() && u.has(kw::REALISATIE) {
            for m in REALISATIE.find_iter(u.text) {
                // `Realisatie Vastgestelde` / `begroting` on one line, or a two-line header
                // with `Vastgestelde` above `Realisatie ... begroting` (PDF and OCR text)
                let a = floor_char(u.text, m.start().saturating_sub(200));
                let z = floor_char(u.text, m.end().saturating_add(200));
                let around = u.has(kw::VASTGESTELDE) && VASTGESTELD.is_match(&u.text[a..z]);
                let lo = i.saturating_sub(3);
                let hi = doc.units.len().min(i + 4);
                let near = (lo..hi).filter(|&j| j != i).any(|j| {
                    let n = &doc.units[j];
                    n.text.len() <= 300 && n.has(kw::VASTGESTELDE) && VASTGESTELD.is_match(n.text)
                });
                if around || near {
                    real = Some(doc.line(u, m.start()));
                    break;
                }
            }
        }
        if per.is_none() && u.has(kw::DECEMBER) {
            if let Some(c) = PER_31_DEC.captures(u.text) {
                let m = c.get(0).unwrap();
                per = Some((
                    doc.line_text(u, m.start()).to_string(),
                    doc.line(u, m.start()),
                    c[1].parse().unwrap_or(0),
                ));
            } else if let (Some(p), Some(next)) = (
                PER_31_DEC_WORDS.find(u.text).map(|m| m.start()),
                doc.units.get(i + 1),
            ) {
                // a caption wrapped before its year (`... per 31 december` / `2022`, lynx)
                let joined = format!("{} {}", &u.text[p..], next.text.trim_start());
                if let Some(c) = PER_31_DEC.captures(&joined) {
                    let text = format!("{} {}", doc.line_text(u, p), next.text.trim());
                    per = Some((text, doc.line(u, p), c[1].parse().unwrap_or(0)));
                }
            }
        }
    }
    if let Some(rline) = real {
        let (text, line, year) = match &per {
            Some((t, l, y)) => (t.clone(), *l, Some(*y)),
            None => (
                doc.lines
                    .iter()
                    .find(|l| doc.loc.line(l.start) == rline)
                    .map(|l| l.text.trim().to_string())
                    .unwrap_or_default(),
                rline,
                None,
            ),
        };
        let conf = if per.is_some() {
            Confidence::Medium
        } else {
            Confidence::Low
        };
        let mut d = Diagnostic::new(
            Severity::Info,
            "kind_from_content",
            format!(
                "no title names the kind; `jaarverslag` ({conf}) from the content: columns of Realisatie against Vastgestelde begroting (line {rline}){}",
                per.as_ref().map(|(_, l, y)| format!(", figures per 31 december {y} (line {l})")).unwrap_or_default()
            ),
        );
        d.line = Some(line);
        return Some(KindFound {
            kind: Kind::Jaarverslag,
            confidence: conf,
            evidence: Some(Evidence {
                text: clip(&text, 200),
                line,
            }),
            evidence_line: Some(line),
            title_heading: false,
            year,
            conflict: None,
            diagnostics: vec![d],
        });
    }
    past_year(doc)
}

/// A whole past year told in the past tense (seed 004): most sentences that name
/// a year name the same one, in the past tense, and few look ahead.
fn past_year(doc: &Doc<'_, '_>) -> Option<KindFound> {
    let (mut past, future) = past_counts(doc);
    let undated = past.remove(&0).map(|e| e.0).unwrap_or(0);
    let (&year, (n, first)) = past.iter().max_by_key(|(y, (n, _))| (*n, **y))?;
    let total: usize = past.values().map(|v| v.0).sum();
    // the year dominates the dated past sentences, and the text hardly looks ahead
    if *n < 5 || *n * 3 < total * 2 || future * 4 > n + undated {
        return None;
    }
    let (text, line) = first.clone()?;
    let mut d = Diagnostic::new(
        Severity::Info,
        "kind_from_content",
        format!(
            "no title names the kind; `jaarverslag` (low) because {n} sentences tell {year} in the past tense; a stand van de uitvoering or a letter would read the same"
        ),
    );
    d.line = Some(line);
    Some(KindFound {
        kind: Kind::Jaarverslag,
        confidence: Confidence::Low,
        evidence: Some(Evidence {
            text: clip(&text, 200),
            line,
        }),
        evidence_line: Some(line),
        title_heading: false,
        year: Some(year),
        conflict: None,
        diagnostics: vec![d],
    })
}

/// Per year (0: none named, only `jaar`), the sentences that tell it in the past tense
/// (with the first of them and its line), and the number of sentences that look ahead.
type PastCounts = (
    std::collections::BTreeMap<i32, (usize, Option<(String, usize)>)>,
    usize,
);

/// The sentences [`past_year`] weighs.
fn past_counts(doc: &Doc<'_, '_>) -> PastCounts {
    let mut past = std::collections::BTreeMap::new();
    let mut future = 0usize;
    for u in doc.units.iter().filter(|u| u.block.is_some() && !u.heading) {
        // only sentences with a year or `jaar` count, and the sentences split at `. `
        // cannot cut a run of digits: a text with neither has no sentence to read
        // (`jaar` in the text sets the bit of `jaar` in any case: a text without the
        // bit holds no `jaar`, and a text with it is read sentence by sentence below)
        let jaar_word = u.has(kw::JAAR);
        let future_words = u.has(kw::FUTURE);
        for_each_dated(u.text, jaar_word, |s_start, s, years, jaar| {
            // (every match of FUTURE is one of its words: `kw::FUTURE`)
            if future_words && FUTURE.is_match(s) {
                future += 1;
                return;
            }
            // a sentence that names no year it could be counted with is not read further
            // (`FY2021` counts as a year above, not here)
            if years.is_empty() && !jaar {
                return;
            }
            if !PAST.is_match(s) {
                return;
            }
            // `het gehele jaar`, `het afgelopen jaar`: counted with the year of the text below
            let none = [0];
            let years = if years.is_empty() { &none[..] } else { years };
            for &y in years {
                let e = past.entry(y).or_insert((0, None));
                e.0 += 1;
                if e.1.is_none() {
                    e.1 = Some((s.trim().to_string(), doc.line(u, s_start)));
                }
            }
        });
    }
    (past, future)
}

/// Calls `f(start, sentence, years, jaar)` for each sentence of `text` (split after
/// each `. `) that dates itself: that names a year ([`has_year`]) or, when
/// `jaar_word` (the text may hold `jaar`), holds `jaar`; with the years
/// [`years_in`] reads in it and whether it holds `jaar`.
///
/// The years and the places of `jaar` are found once in the whole text, not per
/// sentence: a sentence is bounded by the text's ends or by `. ` (before its start,
/// and as its last two bytes), so neither four digits nor `jaar` cross a boundary,
/// and the byte beside a boundary that the year rules look at (is it a digit, a
/// letter, `_`?) is a space or `.` inside the sentence as in the text. So a year or
/// `jaar` of the text lies wholly in one sentence, and reads the same there.
fn for_each_dated(text: &str, jaar_word: bool, mut f: impl FnMut(usize, &str, &[i32], bool)) {
    let b = text.as_bytes();
    // (offset, year or `None` when a letter, digit or `_` touches it: see `years_in`)
    let word = |i: usize| {
        b.get(i)
            .is_some_and(|c| c.is_ascii_alphanumeric() || *c == b'_')
    };
    let found: Vec<(usize, Option<i32>)> = year_digits(text)
        .map(|i| {
            let y = ((i == 0 || !word(i - 1)) && !word(i + 4)).then(|| {
                b[i..i + 4]
                    .iter()
                    .fold(0, |y, d| y * 10 + i32::from(d - b'0'))
            });
            (i, y)
        })
        .collect();
    if !jaar_word && found.is_empty() {
        return;
    }
    let jaars: Vec<usize> = if jaar_word {
        memchr::memmem::find_iter(b, b"jaar").collect()
    } else {
        Vec::new()
    };
    let (mut yi, mut ji) = (0, 0);
    let mut years: Vec<i32> = Vec::new();
    let mut start = 0;
    let ends = memchr::memmem::find_iter(b, ". ")
        .map(|p| p + 2)
        .chain(std::iter::once(text.len()));
    for end in ends {
        let s_start = start;
        start = end;
        // the years and `jaar`s that start in [s_start, end) (and so end in it)
        years.clear();
        let mut dated = false;
        while yi < found.len() && found[yi].0 < end {
            dated = true;
            years.extend(found[yi].1);
            yi += 1;
        }
        let mut jaar = false;
        while ji < jaars.len() && jaars[ji] < end {
            jaar = true;
            ji += 1;
        }
        if !dated && !jaar {
            continue;
        }
        years.sort_unstable();
        years.dedup();
        f(s_start, &text[s_start..end], &years, jaar);
    }
}

/// Largest char boundary of `s` at or below `n`.
fn floor_char(s: &str, n: usize) -> usize {
    let mut n = n.min(s.len());
    while !s.is_char_boundary(n) {
        n -= 1;
    }
    n
}

/// The last `n` bytes of `s` (at a char boundary): what a `$`-anchored look-behind needs.
fn tail(s: &str, n: usize) -> &str {
    let mut a = s.len().saturating_sub(n);
    while !s.is_char_boundary(a) {
        a += 1;
    }
    &s[a..]
}

/// Does `s` name a year (`2021`: four digits from 1900 to 2099, not part of a longer number)?
/// (What [`for_each_dated`] reads per sentence, kept for the tests.)
#[cfg(test)]
fn has_year(s: &str) -> bool {
    year_digits(s).next().is_some()
}

/// Offsets of the runs of exactly four ASCII digits from 1900 to 2099 in `s`.
///
/// A run starts with `1` or `2`, so only the places [`memchr::memchr2_iter`] finds are
/// looked at, each in constant time: the byte loop over all of `s` it replaces was
/// the largest part of [`past_year`].
fn year_digits(s: &str) -> impl Iterator<Item = usize> + '_ {
    let b = s.as_bytes();
    memchr::memchr2_iter(b'1', b'2', b).filter(move |&i| {
        b.get(i..i + 4).is_some_and(|w| {
            (w[..2] == *b"19" || w[..2] == *b"20") && w[2].is_ascii_digit() && w[3].is_ascii_digit()
        }) && (i == 0 || !b[i - 1].is_ascii_digit())
            && !b.get(i + 4).is_some_and(u8::is_ascii_digit)
    })
}

/// The years `YEAR.find_iter(s)` gives that parse as numbers, sorted and without
/// repeats. `YEAR`'s `\d` also takes non-ASCII digits, but such a match never parses;
/// its span (`19` or `20` and two such digits) holds no ASCII year either; and a
/// match bounded by `(?-u:\b)` on both sides is a whole run of ASCII digits without
/// an ASCII letter or `_` on either side. (What [`for_each_dated`] reads per
/// sentence, kept for the tests.)
#[cfg(test)]
fn years_in(s: &str) -> Vec<i32> {
    let b = s.as_bytes();
    let word = |i: usize| {
        b.get(i)
            .is_some_and(|c| c.is_ascii_alphanumeric() || *c == b'_')
    };
    let mut years: Vec<i32> = year_digits(s)
        .filter(|&i| (i == 0 || !word(i - 1)) && !word(i + 4))
        .map(|i| {
            b[i..i + 4]
                .iter()
                .fold(0, |y, d| y * 10 + i32::from(d - b'0'))
        })
        .collect();
    years.sort_unstable();
    years.dedup();
    years
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The byte loop [`has_year`] replaced.
    fn has_year_slow(s: &str) -> bool {
        let b = s.as_bytes();
        let mut i = 0;
        while i < b.len() {
            if b[i].is_ascii_digit() {
                let st = i;
                while i < b.len() && b[i].is_ascii_digit() {
                    i += 1;
                }
                if i - st == 4 && (b[st..st + 2] == *b"19" || b[st..st + 2] == *b"20") {
                    return true;
                }
            } else {
                i += 1;
            }
        }
        false
    }

    /// The regex [`years_in`] replaced.
    fn years_slow(s: &str) -> Vec<i32> {
        let mut years: Vec<i32> = YEAR
            .find_iter(s)
            .filter_map(|m| m.as_str().parse().ok())
            .collect();
        years.sort_unstable();
        years.dedup();
        years
    }

    /// [`past_counts`] as it was: the byte loop, the `YEAR` regex and `contains("jaar")`.
    fn past_counts_slow(doc: &Doc<'_, '_>) -> PastCounts {
        let mut past = std::collections::BTreeMap::new();
        let mut future = 0usize;
        for u in doc.units.iter().filter(|u| u.block.is_some() && !u.heading) {
            if !has_year_slow(u.text) && !u.text.contains("jaar") {
                continue;
            }
            let future_words = u.has(kw::FUTURE);
            let mut start = 0;
            let ends = memchr::memmem::find_iter(u.text.as_bytes(), ". ")
                .map(|p| p + 2)
                .chain(std::iter::once(u.text.len()));
            for end in ends {
                let s = &u.text[start..end];
                let s_start = start;
                start = end;
                if !has_year_slow(s) && !s.contains("jaar") {
                    continue;
                }
                if future_words && FUTURE.is_match(s) {
                    future += 1;
                    continue;
                }
                let is_past = PAST.is_match(s);
                let mut years = years_slow(s);
                if is_past && s.contains("jaar") && years.is_empty() {
                    years.push(0);
                }
                if !is_past {
                    continue;
                }
                for y in years {
                    let e = past.entry(y).or_insert((0, None));
                    e.0 += 1;
                    if e.1.is_none() {
                        e.1 = Some((s.trim().to_string(), doc.line(u, s_start)));
                    }
                }
            }
        }
        (past, future)
    }

    /// The counts behind [`past_year`] are those of the slow path on every seed and fixture.
    #[test]
    fn past_counts_equal_the_slow_path() {
        let (mut docs, mut counted) = (0, 0);
        crate::meta::for_each_test_doc(|doc| {
            let fast = past_counts(doc);
            assert_eq!(fast, past_counts_slow(doc));
            docs += 1;
            counted += usize::from(!fast.0.is_empty());
        });
        assert!(docs > 50 && counted > 10, "{docs} {counted}");
    }

    /// [`for_each_dated`] as it was inlined in [`past_counts`]: every sentence read
    /// on its own with the slow scans.
    fn dated_slow(text: &str, jaar_word: bool) -> Vec<(usize, String, Vec<i32>, bool)> {
        let mut out = Vec::new();
        let mut start = 0;
        let ends = memchr::memmem::find_iter(text.as_bytes(), ". ")
            .map(|p| p + 2)
            .chain(std::iter::once(text.len()));
        for end in ends {
            let s = &text[start..end];
            let s_start = start;
            start = end;
            let jaar = jaar_word && s.contains("jaar");
            if !jaar && !has_year_slow(s) {
                continue;
            }
            out.push((s_start, s.to_string(), years_slow(s), jaar));
        }
        out
    }

    fn dated_fast(text: &str, jaar_word: bool) -> Vec<(usize, String, Vec<i32>, bool)> {
        let mut out = Vec::new();
        for_each_dated(text, jaar_word, |st, s, y, j| {
            out.push((st, s.to_string(), y.to_vec(), j))
        });
        out
    }

    #[test]
    fn dated_sentences_equal_the_slow_path() {
        for t in [
            "",
            "In 2021 was het jaar goed. Het jaar 2022. 2023",
            "jaarjaar. 2021. 2021 . 20212. x2021. 2021x. _2021 1999,2000",
            "Het jaar. ",
            ". . 2021. . jaar. ",
            "Omzet 12.2021. 2021 en 2020. 19\u{663}\u{664}. Jaar\u{a0}2021.",
        ] {
            for jw in [false, true] {
                assert_eq!(dated_fast(t, jw), dated_slow(t, jw), "{t:?} {jw}");
            }
        }
        assert_eq!(
            dated_fast(
                "Het jaar 2021 was goed. Niets. In 2020 en 2019, 2020. ",
                true
            ),
            vec![
                (0, "Het jaar 2021 was goed. ".to_string(), vec![2021], true),
                (
                    31,
                    "In 2020 en 2019, 2020. ".to_string(),
                    vec![2019, 2020],
                    false
                ),
            ]
        );
        let mut units = 0;
        crate::meta::for_each_test_doc(|doc| {
            for u in &doc.units {
                for jw in [false, true] {
                    assert_eq!(dated_fast(u.text, jw), dated_slow(u.text, jw));
                }
                units += 1;
            }
        });
        assert!(units > 5_000, "{units} units");
    }

    /// [`phrase_around`] finds what `find` finds in the whole text, for the `maanden`
    /// phrase, on every unit of the seeds and fixtures.
    #[test]
    fn phrase_around_is_find() {
        let re = &PHRASES.iter().find(|p| p.2 == kw::MAANDEN).unwrap().3;
        let whole = |t: &str| re.find(t).map(|m| m.range());
        for t in [
            "Iedere vier maanden doet Logius verslag.",
            "maanden. Elke vier maanden; om de vier maanden geeft, IEDERE VIER MAANDEN LEGT x",
            "vier maanden_doet; iedere vier\nmaanden brengt \u{17f}",
            "de maanden, iedere vier maanden rapporteert",
        ] {
            let u = crate::meta::Unit::new(t, false, None, 0);
            assert_eq!(phrase_around(&u, re, "maanden"), whole(t), "{t:?}");
        }
        let mut n = 0;
        crate::meta::for_each_test_doc(|doc| {
            for u in &doc.units {
                assert_eq!(
                    phrase_around(u, re, "maanden"),
                    whole(u.text),
                    "{:?}",
                    u.text
                );
                n += usize::from(whole(u.text).is_some());
            }
        });
        assert!(n > 0);
    }

    #[test]
    fn opening_phrase_gate() {
        for t in [
            "Geachte voorzitter,",
            " \u{a0}aan de voorzitter van de Tweede Kamer",
            "\nBetreft x",
        ] {
            assert!(may_open_phrase(t));
            assert!(PHRASES
                .iter()
                .any(|(_, _, w, re)| *w == kw::NONE && re.is_match(t)));
        }
        assert!(!may_open_phrase("Met vriendelijke groet"));
        // every seed and fixture unit a phrase matches passes the gate
        crate::meta::for_each_test_doc(|doc| {
            for u in &doc.units {
                for (_, _, word, re) in PHRASES.iter() {
                    if *word == kw::NONE && re.is_match(u.text) {
                        assert!(may_open_phrase(u.text), "{:?}", u.text);
                    }
                }
            }
        });
    }

    fn same(s: &str) {
        assert_eq!(has_year(s), has_year_slow(s), "{s:?}");
        assert_eq!(years_in(s), years_slow(s), "{s:?}");
    }

    #[test]
    fn year_scans_equal_the_slow_paths() {
        for s in [
            "",
            "2021",
            "in 2021 en 1999.",
            "FY2021 2021a _2021 2021_ é2021é",
            "12021 20211 2021-2022 2021/22",
            "19\u{663}\u{664}2019 20\u{663}\u{664} \u{661}\u{669}20",
            "1899 2100 1900 2099 0190 19 20 190 2001",
            "jaar 2023\u{a0}2024",
        ] {
            same(s);
        }
        assert!(has_year("FY2021"));
        assert!(years_in("FY2021").is_empty());
        assert_eq!(years_in("2022, 1999 en 2022."), vec![1999, 2022]);
    }

    /// Every line and sentence of the seeds and fixtures.
    #[test]
    fn year_scans_equal_the_slow_paths_on_seeds_and_fixtures() {
        let mut n = 0;
        for t in crate::meta::test_texts() {
            for l in t.lines() {
                same(l);
                n += 1;
            }
        }
        assert!(n > 10_000, "{n} lines");
        // and every unit and sentence the rules read
        let mut units = 0;
        crate::meta::for_each_test_doc(|doc| {
            for u in &doc.units {
                same(u.text);
                for s in u.text.split(". ") {
                    same(s);
                }
                units += 1;
            }
        });
        assert!(units > 5_000, "{units} units");
    }

    proptest! {
        #[test]
        fn year_scans_equal_the_slow_paths_on_any_text(
            s in "([0-9]{1,5}|19|20|[a-zA-Z_]|[ .,/-]|\u{a0}|\u{663}|é|€){0,24}"
        ) {
            same(&s);
        }

        #[test]
        fn dated_sentences_equal_the_slow_path_on_any_text(
            s in "([0-9]{1,5}|19|20|jaar|ja|ar|\\. |[a-zA-Z_]|[ .,/-]|\u{a0}|\u{663}|é){0,30}",
            jw in proptest::bool::ANY,
        ) {
            prop_assert_eq!(dated_fast(&s, jw), dated_slow(&s, jw));
        }

        #[test]
        fn phrase_around_is_find_on_any_text(
            v in proptest::collection::vec(proptest::sample::select(vec![
                "iedere", "Elke", "om", "de", "vier", "maanden", "MAANDEN", "doet", "geeft",
                "rapporteert", " ", "\n", "\u{a0}", ".", ",", "_", "-", "x", "\u{17f}", "\u{212a}",
            ]), 0..14),
        ) {
            let t = v.concat();
            let re = &PHRASES.iter().find(|p| p.2 == kw::MAANDEN).unwrap().3;
            let u = crate::meta::Unit::new(&t, false, None, 0);
            prop_assert_eq!(phrase_around(&u, re, "maanden"), re.find(&t).map(|m| m.range()));
        }

        #[test]
        fn opening_phrases_pass_the_gate(
            v in proptest::collection::vec(proptest::sample::select(vec![
                "geachte", "Geachte", "GEACHTE", "voorzitter", "heer", "mevrouw", "aan", "Aan",
                "de", "van", "tweede", "kamer", "betreft", "Betreft", "x", " ", "\n", "\u{a0}",
                "\u{2003}", "\u{17f}", "\u{212a}", ".", "é",
            ]), 0..8),
        ) {
            let t = v.concat();
            for (_, _, word, re) in PHRASES.iter() {
                if *word == kw::NONE && re.is_match(&t) {
                    prop_assert!(may_open_phrase(&t), "{:?}", t);
                }
            }
        }
    }
}
