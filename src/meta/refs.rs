//! References, organisation and authors.
//!
//! - References: parliamentary papers (`36 360 VII, nr. 1`), the parliamentary year
//!   (`vergaderjaar 2022–2023`), page numbers and chapter numbers. A running footer
//!   (`Tweede Kamer, vergaderjaar 2022–2023, 36 360 VII, nr. 1 165`) is furniture, so it
//!   is read from the furniture records; the same forms are also read from the text.
//! - Organisation: the agency or ministry the report is about, by weighted mentions
//!   (titles and `Baten-lastenagentschap X` count most).
//! - Authors: `voorwoord van Tom Kok`, a signature `Bert Voorbraak (algemeen directeur Logius)`,
//!   `De Minister van ...,` above a name.

use super::{kw, Doc, Unit};
use crate::model::{Author, Furniture, Reference};
use crate::repair::furniture::RUNNING_FOOTER;
use crate::segment::heading_number_parts;
use aho_corasick::{AhoCorasick, Input, MatchKind};
use regex::Regex;
use std::collections::BTreeMap;
use std::ops::Range;
use std::sync::LazyLock;

static KAMERSTUK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?-u:\b)(\d{2}[\s\u{a0}]?\d{3}(?:[\s\u{a0}]+[A-Z]{1,5}(?:-[A-Z0-9]+)?)?),\s+nr\.\s*(\d+)(?-u:\b)",
    )
    .unwrap()
});
/// `vergaderjaar 2022–2023`, `Kamerstukken II 2022/23`.
static VERGADERJAAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:vergaderjaar|kamerstukk?(?:en)?\s+I{1,2})\s+((?:19|20)\d{2}\s*[-–—/]\s*(?:(?:19|20)\d{2}|\d{2}))(?-u:\b)").unwrap()
});

fn push_ref(out: &mut Vec<Reference>, kind: &str, text: String, line: usize) {
    // a paper and its year repeat on every page: keep the first; pages are all kept
    if kind != "page" && out.iter().any(|r| r.kind == kind && r.text == text) {
        return;
    }
    out.push(Reference {
        kind: kind.to_string(),
        text,
        line,
    });
}

/// Parliamentary papers, vergaderjaar, pages and chapters, in line order.
pub fn references(doc: &Doc<'_, '_>, furniture: &[Furniture]) -> Vec<Reference> {
    let mut out = Vec::new();
    for f in furniture {
        match f.kind.as_str() {
            "running_footer" => {
                if let Some(c) = RUNNING_FOOTER.captures(&f.text) {
                    push_ref(
                        &mut out,
                        "kamerstuk",
                        format!("{}, nr. {}", norm_space(&c["paper"]), &c["nr"]),
                        f.line,
                    );
                    if let Some(v) = VERGADERJAAR.captures(&f.text) {
                        push_ref(&mut out, "vergaderjaar", v[1].to_string(), f.line);
                    }
                    if let Some(p) = c.name("page") {
                        push_ref(&mut out, "page", p.as_str().to_string(), f.line);
                    }
                }
            }
            "page_number" => {
                let t = f.text.trim();
                if !t.is_empty() && t.len() <= 6 && t.chars().all(|c| c.is_ascii_digit()) {
                    push_ref(&mut out, "page", t.to_string(), f.line);
                }
            }
            _ => {}
        }
    }
    for u in &doc.units {
        // every match holds `nr.` (the pattern is case-sensitive), so a letter (most
        // table lines are numbers alone); one searcher for all units
        static NR: LazyLock<memchr::memmem::Finder<'static>> =
            LazyLock::new(|| memchr::memmem::Finder::new("nr."));
        if u.has_letter() && NR.find(u.text.as_bytes()).is_some() {
            for c in KAMERSTUK.captures_iter(u.text) {
                let m = c.get(0).unwrap();
                push_ref(
                    &mut out,
                    "kamerstuk",
                    format!("{}, nr. {}", norm_space(&c[1]), &c[2]),
                    doc.line(u, m.start()),
                );
                // a footer line kept as text ends in its page number
                if let Some(c2) = RUNNING_FOOTER.captures(u.text) {
                    if let Some(p) = c2.name("page") {
                        push_ref(
                            &mut out,
                            "page",
                            p.as_str().to_string(),
                            doc.line(u, p.start()),
                        );
                    }
                }
            }
        }
        // every match holds one of these words (gate: `Unit::has`)
        if u.has_any(kw::VERGADERJAAR | kw::KAMERSTUK) {
            for c in VERGADERJAAR.captures_iter(u.text) {
                let m = c.get(1).unwrap();
                push_ref(
                    &mut out,
                    "vergaderjaar",
                    m.as_str().to_string(),
                    doc.line(u, m.start()),
                );
            }
        }
        if u.heading && heading_number_parts(u.text) > 0 {
            let num = u.text.split_whitespace().next().unwrap_or("");
            push_ref(
                &mut out,
                "chapter",
                num.trim_end_matches('.').to_string(),
                doc.line(u, 0),
            );
        }
    }
    out.sort_by_key(|r| r.line);
    out
}

fn norm_space(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Agencies and ministries by the name they are known by, with the forms they are printed in.
/// Acronyms match case-sensitively as whole words; long forms case-insensitively.
const ORGS: &[(&str, bool, &[&str])] = &[
    // (name, is_ministry, forms)
    ("Logius", false, &["Logius"]),
    (
        "KOOP",
        false,
        &[
            "KOOP",
            "Kennis- en Exploitatiecentrum Officiële Overheidspublicaties",
        ],
    ),
    ("DUO", false, &["DUO", "Dienst Uitvoering Onderwijs"]),
    (
        "RVO",
        false,
        &["RVO", "Rijksdienst voor Ondernemend Nederland"],
    ),
    (
        "RvIG",
        false,
        &["RvIG", "RVIG", "Rijksdienst voor Identiteitsgegevens"],
    ),
    ("Belastingdienst", false, &["Belastingdienst"]),
    ("UWV", false, &["UWV"]),
    ("SVB", false, &["SVB", "Sociale Verzekeringsbank"]),
    (
        "CJIB",
        false,
        &["CJIB", "Centraal Justitieel Incassobureau"],
    ),
    ("DJI", false, &["DJI", "Dienst Justitiële Inrichtingen"]),
    ("Rijkswaterstaat", false, &["Rijkswaterstaat"]),
    ("Kadaster", false, &["Kadaster"]),
    ("KNMI", false, &["KNMI"]),
    ("CBS", false, &["CBS", "Centraal Bureau voor de Statistiek"]),
    ("IND", false, &["IND", "Immigratie- en Naturalisatiedienst"]),
    (
        "COA",
        false,
        &["COA", "Centraal Orgaan opvang asielzoekers"],
    ),
    (
        "NVWA",
        false,
        &["NVWA", "Nederlandse Voedsel- en Warenautoriteit"],
    ),
    ("RDW", false, &["RDW"]),
    ("CBR", false, &["CBR"]),
    ("Justis", false, &["Justis"]),
    ("P-Direkt", false, &["P-Direkt"]),
    ("SSC-ICT", false, &["SSC-ICT"]),
    ("DICTU", false, &["DICTU", "Dienst ICT Uitvoering"]),
    ("Rijksvastgoedbedrijf", false, &["Rijksvastgoedbedrijf"]),
    ("FMHaaglanden", false, &["FMHaaglanden"]),
    ("Nationaal Archief", false, &["Nationaal Archief"]),
    ("Agentschap Telecom", false, &["Agentschap Telecom"]),
    ("RDI", false, &["Rijksinspectie Digitale Infrastructuur"]),
    ("NFI", false, &["NFI", "Nederlands Forensisch Instituut"]),
    (
        "BZK",
        true,
        &["BZK", "Binnenlandse Zaken en Koninkrijksrelaties"],
    ),
    ("AZ", true, &["Algemene Zaken"]),
    ("BZ", true, &["Ministerie van Buitenlandse Zaken"]),
    ("Defensie", true, &["Ministerie van Defensie"]),
    ("EZK", true, &["EZK", "Economische Zaken en Klimaat"]),
    ("Financiën", true, &["Ministerie van Financiën"]),
    ("IenW", true, &["IenW", "Infrastructuur en Waterstaat"]),
    ("JenV", true, &["JenV", "Justitie en Veiligheid"]),
    (
        "LNV",
        true,
        &["LNV", "Landbouw, Natuur en Voedselkwaliteit"],
    ),
    ("OCW", true, &["OCW", "Onderwijs, Cultuur en Wetenschap"]),
    ("SZW", true, &["SZW", "Sociale Zaken en Werkgelegenheid"]),
    ("VWS", true, &["VWS", "Volksgezondheid, Welzijn en Sport"]),
];

/// Begrotingshoofdstukken: the Roman numeral of a kamerstuk names the ministry.
const CHAPTERS: &[(&str, &str)] = &[
    ("III", "AZ"),
    ("V", "BZ"),
    ("VI", "JenV"),
    ("VII", "BZK"),
    ("VIII", "OCW"),
    ("IX", "Financiën"),
    ("X", "Defensie"),
    ("XII", "IenW"),
    ("XIII", "EZK"),
    ("XIV", "LNV"),
    ("XV", "SZW"),
    ("XVI", "VWS"),
];

/// Whether a printed form is an acronym (matched case-sensitively).
fn is_acronym(f: &str) -> bool {
    f.chars()
        .all(|c| c.is_uppercase() || c == '-' || c.is_ascii_digit())
        || (f.len() <= 6 && !f.contains(' '))
}

/// An alternation of printed forms and, per form, its index into [`ORGS`].
struct FormSet {
    re: Regex,
    /// Case-insensitive: the forms are matched in any case (long forms).
    any_case: bool,
    /// Finds, in the unit's text (acronyms) or in its folded text (long forms: each
    /// form's lowercase head up to its first non-ASCII char), the piece every match
    /// of `re` starts with (after one boundary char): [`Unit::gated_find`].
    gate: AhoCorasick,
    forms: Vec<(String, usize)>,
    /// Every piece of `gate` opens with an ASCII letter (a capital for acronyms,
    /// matched as printed): a text without one holds no match.
    lead_letter: bool,
}

/// All forms in two alternations (acronyms case-sensitive, long forms not), longest
/// first, so the text is read twice rather than once per form.
static ORG_RES: LazyLock<[FormSet; 2]> = LazyLock::new(|| {
    let build = |acronyms: bool| {
        let mut forms: Vec<(String, usize)> = Vec::new();
        for (i, (_, _, fs)) in ORGS.iter().enumerate() {
            for f in *fs {
                if is_acronym(f) == acronyms {
                    forms.push((f.to_string(), i));
                }
            }
        }
        forms.sort_by_key(|(f, _)| std::cmp::Reverse(f.len()));
        let alt: Vec<String> = forms.iter().map(|(f, _)| regex::escape(f)).collect();
        // the boundary class `[^\p{L}\p{N}-]`, for long forms as `(?i)` reads it
        let (flags, boundary) = if acronyms {
            ("", r"[^\p{L}\p{N}-]")
        } else {
            ("(?i)", super::NOT_LN_CI)
        };
        let re = Regex::new(&format!(r"{flags}(?:^|{boundary})({})", alt.join("|"))).unwrap();
        let heads: Vec<String> = forms
            .iter()
            .map(|(f, _)| {
                if acronyms {
                    return f.to_string();
                }
                let low = f.to_ascii_lowercase();
                let ascii = low.find(|c: char| !c.is_ascii()).unwrap_or(low.len());
                low[..ascii].to_string()
            })
            .collect();
        let lead_letter = heads.iter().all(|h| {
            h.as_bytes().first().is_some_and(|&b| {
                if acronyms {
                    b.is_ascii_uppercase()
                } else {
                    b.is_ascii_lowercase()
                }
            })
        });
        let gate = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostFirst)
            .kind(Some(aho_corasick::AhoCorasickKind::ContiguousNFA))
            .build(&heads)
            .unwrap();
        if !acronyms {
            for f in &mut forms {
                f.0 = f.0.to_lowercase();
            }
        }
        FormSet {
            re,
            any_case: !acronyms,
            gate,
            forms,
            lead_letter,
        }
    };
    [build(true), build(false)]
});

/// Group 1 of a match `m` of a [`FormSet`] regex, `(?:^|[^\p{L}\p{N}-])(form)`:
/// the form, after the boundary char. Only at the start of the text can the `^`
/// branch (tried first) have matched, and then the match starts with a form's first
/// letter (an ASCII letter, or `ſ`/`K` that `(?i)` reads as `s`/`k`), which is in
/// `\p{L}` and so never the boundary char.
fn form_of(text: &str, m: Range<usize>) -> &str {
    let s = &text[m.clone()];
    match s.chars().next() {
        Some(c) if m.start == 0 && (c.is_ascii_alphabetic() || matches!(c, 'ſ' | 'K')) => s,
        Some(c) => &text[m.start + c.len_utf8()..m.end],
        None => s,
    }
}

/// The spans of the matches of the acronym regex (case-sensitive; its gate's
/// pieces are the forms themselves, in the regex's order), as [`Unit::gated_find`]
/// finds them, without the regex where the gate settles the match: a form at the
/// start of the text, or after an ASCII char that is no letter, digit or `-` (so in
/// the boundary class) and not in the previous match. The match is then that char
/// and the form: no match starts earlier (it would hold an earlier form, or a
/// multi-byte boundary char ending in that ASCII byte), and at that char the regex
/// takes the first form in its order that matches, as the gate does.
fn acronym_matches(u: &Unit<'_>, set: &FormSet) -> Vec<Range<usize>> {
    let text = u.text;
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut at = 0;
    while let Some(g) = set.gate.find(Input::new(text).span(at..text.len())) {
        let s = g.start();
        let boundary = |c: u8| c.is_ascii() && !c.is_ascii_alphanumeric() && c != b'-';
        if s == 0 || (s > at && boundary(b[s - 1])) {
            out.push(s.saturating_sub(1)..g.end());
            at = g.end();
            continue;
        }
        // otherwise the regex decides, from at most 4 bytes (one char) before
        let mut from = s.saturating_sub(4).max(at);
        while !text.is_char_boundary(from) {
            from += 1;
        }
        let Some(m) = set.re.find_at(text, from).filter(|m| !m.is_empty()) else {
            break;
        };
        at = m.end();
        out.push(m.range());
    }
    out
}

/// Organisations named in `u`'s text, by index into [`ORGS`].
fn orgs_in(u: &Unit<'_>) -> Vec<usize> {
    let text = u.text;
    let mut out = Vec::new();
    for set in ORG_RES.iter() {
        // (no letter for a gate piece to open with: most table lines are numbers
        // alone; a `(?i)` search in a text with `ſ` or `K` reads the text itself)
        let letter = if set.any_case {
            u.has_letter() || u.exotic()
        } else {
            u.has_capital()
        };
        if set.lead_letter && !letter {
            continue;
        }
        // a match is a boundary char (at most 4 bytes) and a form, which starts with a
        // gate piece; only the form is read, so no captures
        let found = if set.any_case {
            u.gated_find(&set.re, &set.gate, true, 4)
        } else {
            acronym_matches(u, set)
        };
        for whole in found {
            let end = whole.end;
            let form = form_of(text, whole);
            // whole words only: the next char is no letter, digit or hyphen
            if text[end..]
                .chars()
                .next()
                .is_some_and(|ch| ch.is_alphanumeric() || ch == '-')
            {
                continue;
            }
            let lower;
            let key = if set.any_case {
                lower = form.to_lowercase();
                lower.as_str()
            } else {
                form
            };
            out.extend(set.forms.iter().find(|(f, _)| f == key).map(|(_, i)| *i));
        }
    }
    out
}

/// `Baten-lastenagentschap Logius`, `agentschap X`: an agency not in the list.
static AGENCY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i:baten-lasten\s*agentschap|baten-lastendienst|agentschap)\s+(\p{Lu}[\p{L}\p{N}-]+)",
    )
    .unwrap()
});

/// A title that names the kind of report, its year and whose it is: `Jaarverslag 2022
/// Rijksdienst voor Wegverkeer`, `Slotwet Dienst Uitvoering Onderwijs 2023`. The name:
/// capitalised words, joined by lower-case function words, up to the end of the line.
static TITLE_ORG: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?i:(?:eerste|tweede|derde|[123]e)\s+)?(?i:jaarverslag|jaarrekening|jaarstukken|jaarplan|ontwerpbegroting|programmabegroting|begroting|slotwet|viermaandsrapportage|suppletoire\s+begroting|stand\s+van\s+de\s+uitvoering)(?:\s+(?:19|20)\d{2})?\s+(?:(?i:van|over)\s+(?:het|de)?\s*)?(\p{Lu}[\p{L}'-]*(?:\s+(?:(?:voor|van|en|de|der|het|op|in)\s+)*\p{Lu}[\p{L}'-]*)*(?:\s+\p{Ll}[\p{Ll}'-]{4,}){0,2})(?:\s+(?:19|20)\d{2})?$",
    )
    .unwrap()
});

/// A heading that is only a public body's name: a kind of body (`Gemeente`,
/// `Provincie`, `Waterschap`, `Hoogheemraadschap`, `Wetterskip`, `Veiligheidsregio`,
/// `Omgevingsdienst`) then a capitalised name (`van` allowed), at most six words,
/// no digit.
fn body_name(t: &str) -> Option<&str> {
    const KINDS: &[&str] = &[
        "Gemeente",
        "Provincie",
        "Waterschap",
        "Hoogheemraadschap",
        "Wetterskip",
        "Veiligheidsregio",
        "Omgevingsdienst",
        "Hogeschool",
        "Universiteit",
        "Belastingsamenwerking",
        "Rekenkamer",
    ];
    // (after the report's word and year, as a title or running head prints it:
    // `Jaarstukken 2022 Gemeente Leeuwarden`, `Jaarverslag 2023 Hogeschool Utrecht`)
    let t = match t.split_once(' ') {
        Some((w, rest)) if crate::grammar::words::is_report_word(w) => {
            let (y, rest) = rest.split_once(' ')?;
            super::report_year(w, y)?;
            rest.trim_start()
        }
        _ => t,
    };
    // (or before them: `Gemeente Dordrecht Programmarekening 2019`)
    let t = match t.rsplitn(3, ' ').collect::<Vec<_>>()[..] {
        [y, w, name] if super::report_year(w, y).is_some() => name
            .trim_end()
            .trim_end_matches([',', ';', ':', '|', '-', '–'])
            .trim_end(),
        _ => t,
    };
    // (a court of audit names its region first: `Noordelijke Rekenkamer`,
    // `Rekenkamer Amsterdam` below)
    let words: Vec<&str> = t.split_whitespace().collect();
    if words.len() >= 2
        && words.len() <= 4
        && words.last() == Some(&"Rekenkamer")
        && words.iter().all(|w| w.starts_with(char::is_uppercase))
    {
        return Some(t);
    }
    let (first, rest) = t.split_once(' ')?;
    if !KINDS.contains(&first)
        || t.split_whitespace().count() > 6
        || t.bytes().any(|b| b.is_ascii_digit())
    {
        return None;
    }
    let name_ok = rest.split_whitespace().enumerate().all(|(i, w)| {
        w.starts_with(char::is_uppercase)
            || (i > 0 || matches!(first, "Hoogheemraadschap" | "Hogeschool" | "Universiteit"))
                && matches!(w, "van" | "en" | "de" | "aan")
    });
    (name_ok && rest.starts_with(|c: char| c.is_uppercase() || c == 'v')).then_some(t)
}

/// A line that may be only a public body's name, as OCR and plain writing leave it:
/// the debris of a logo after it dropped (`gemeente Arnhem =~ |`: words without a
/// letter or digit) and a body's kind in lower case capitalised (`gemeente Arnhem`
/// is how Dutch writes the name in a sentence; [`body_name`] reads `Gemeente`).
fn tidy_name_line(t: &str) -> std::borrow::Cow<'_, str> {
    let mut end = t.len();
    for w in t.rsplit(' ') {
        if w.chars().any(char::is_alphanumeric) {
            break;
        }
        end = end.saturating_sub(w.len() + 1);
    }
    let t = t[..end.min(t.len())].trim_end();
    let lower_kind = crate::grammar::words::BODIES
        .iter()
        .any(|k| t.strip_prefix(k).is_some_and(|r| r.starts_with(' ')));
    if lower_kind {
        let mut s = t[..1].to_uppercase();
        s.push_str(&t[1..]);
        std::borrow::Cow::Owned(s)
    } else {
        std::borrow::Cow::Borrowed(t)
    }
}

/// Is `w` (capitalised as a heading prints it) a common word of the lexicon in lower
/// case (`Inleiding`, `Financiën`), rather than a name (`Logius`, `Rijkswaterstaat`)?
fn is_common_word(w: &str) -> bool {
    let lower = w.to_lowercase();
    lower != w && crate::repair::lexicon::is_word(&lower)
}

/// A name as [`ORGS`] knows it, and whether it is a ministry (`Ministerie van
/// Financiën` is known as `Financiën`); an unknown name as it is, no ministry.
fn known_org(name: &str) -> (&str, bool) {
    let bare = name.strip_prefix("Ministerie van ").unwrap_or(name);
    ORGS.iter()
        .find(|(n, _, forms)| {
            [name, bare].iter().any(|x| {
                n.eq_ignore_ascii_case(x) || forms.iter().any(|f| f.eq_ignore_ascii_case(x))
            })
        })
        .map_or((name, false), |(n, m, _)| (*n, *m))
}

/// A maker's name before a report's title: on its line (`CAK Jaarverslag 2022`,
/// `Zorginstituut Nederland Jaarverslag 2020`) or alone on the line before it
/// (`Nederlandse Emissieautoriteit`, then `next` = `Jaarverslag 2023`). One to five
/// capitalised words (or joining words), no digit; a single word that is a word of
/// the language (`Inleiding`) names no one. `next_titles`: the next line is the line
/// that named the report's kind (`Dienst Toeslagen` / `Stand van de uitvoering 2024`).
fn name_before_title<'t>(t: &'t str, next: Option<&str>, next_titles: bool) -> Option<&'t str> {
    let title = |s: &str| {
        let mut w = s.split_whitespace();
        matches!((w.next(), w.next(), w.next()), (Some(r), Some(y), None) if super::report_year(r, y).is_some())
    };
    let name = match t.rsplitn(3, ' ').collect::<Vec<_>>()[..] {
        [y, w, name] if super::report_year(w, y).is_some() => name.trim_end(),
        _ if next_titles || next.is_some_and(title) => t,
        _ => return None,
    };
    let words: Vec<&str> = name.split_whitespace().collect();
    let ok = (1..=5).contains(&words.len())
        && words[0].starts_with(char::is_uppercase)
        && words.iter().all(|w| {
            w.starts_with(char::is_uppercase) || matches!(*w, "van" | "voor" | "de" | "en" | "het")
        })
        && !name.bytes().any(|b| b.is_ascii_digit())
        && !(words.len() == 1 && is_common_word(words[0]))
        && !crate::grammar::words::is_report_word(words[words.len() - 1]);
    ok.then_some(name)
}

/// The organisation the pages' running heads and footers name (`Jaarverslag 2023
/// Rijkswaterstaat`, `Begroting 2026 Hoogheemraadschap van Delfland`), where every
/// one that names a known organisation or a public body names the same: for a
/// document whose text names none.
pub fn organisation_in_running_lines(furniture: &[crate::model::Furniture]) -> Option<String> {
    // (the head's parts, `Rijkswaterstaat | Jaarverslag 2023   58`)
    let parts = super::running_lines(furniture)
        .flat_map(|f| f.text.split(['|', '\u{2022}']).flat_map(|p| p.split("  ")))
        .map(str::trim)
        // (a page's number beside the text, one space apart: `Jaarstukken 2021
        // Provincie Gelderland 47`)
        .map(|p| {
            let digits =
                |w: &str| (1..=3).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_digit());
            let p = match p.rsplit_once(' ') {
                Some((rest, n)) if digits(n) => rest.trim_end(),
                _ => p,
            };
            match p.split_once(' ') {
                Some((n, rest)) if digits(n) => rest.trim_start(),
                _ => p,
            }
        })
        .filter(|p| !p.is_empty());
    super::agreed(parts.filter_map(|part| {
        let u = Unit::new(part, true, None, 0);
        orgs_in(&u)
            .first()
            .map(|&i| ORGS[i].0.to_string())
            .or_else(|| body_name(part).map(str::to_string))
    }))
}

/// The organisation the report is about. `title`: the line that named the report's
/// kind as its title (`Stand van de uitvoering 2024`), where one did.
pub fn organisation(doc: &Doc<'_, '_>, refs: &[Reference], title: Option<&str>) -> Option<String> {
    let mut score: BTreeMap<String, (usize, bool, usize)> = BTreeMap::new(); // name -> (score, ministry, first unit)
    let mut add = |name: &str, ministry: bool, w: usize, at: usize| {
        let e = score.entry(name.to_string()).or_insert((0, ministry, at));
        e.0 += w;
        e.2 = e.2.min(at);
    };
    for (k, u) in doc.units.iter().enumerate() {
        let w = if u.heading { 5 } else { 1 };
        for i in orgs_in(u) {
            let (name, ministry, _) = ORGS[i];
            add(name, ministry, w, k);
        }
        // every match names one of these words (gate: `Unit::has`)
        if u.has_any(kw::AGENTSCHAP | kw::BATEN_LASTENDIENST) {
            for c in AGENCY.captures_iter(u.text) {
                let name = c[1].to_string();
                let known = ORGS
                    .iter()
                    .find(|(n, _, forms)| *n == name || forms.contains(&name.as_str()));
                let (n, m) = known.map(|(n, m, _)| (*n, *m)).unwrap_or((&name, false));
                add(n, m, 5, k);
            }
        }
        // the report's title names whose it is (among the first headings)
        if u.heading
            && k < 4
            && u.has_any(kw::JAAR | kw::BEGROTING | kw::SLOTWET | kw::VIERMAANDS | kw::UITVOERING)
        {
            if let Some(c) = TITLE_ORG.captures(u.text.trim()) {
                let (n, m) = known_org(&c[1]);
                add(n, m, 5, k);
            }
        }
        // a heading that is only a public body's name among the first (`Gemeente
        // Utrecht`, `Hoogheemraadschap van Delfland`, `Provincie Zeeland`)
        // (or the document's first line, its title: `Jaarstukken 2022 Gemeente Ede`)
        // (or the line right below the title: `**Nederlandse Arbeidsinspectie**`)
        let prev_titles = k > 0 && title.is_some_and(|x| x.trim() == doc.units[k - 1].text.trim());
        if (u.heading || k == 0 || prev_titles) && k < 4 {
            // (a bilingual name, `Provinsje Fryslân / Provincie Fryslân`, and a
            // title's parts apart: `…   Jaarstukken 2016`)
            let tidy = tidy_name_line(u.text.trim());
            let t = tidy.as_ref();
            // (the document's first line alone, where the paragraph it opens goes on:
            // `gemeente Arnhem =~ |` over `Voorjaarsnota 2023`)
            let first_line = (k == 0)
                .then(|| u.block.and_then(|b| doc.blocks.get(b)))
                .flatten()
                .and_then(|b| doc.lines.get(b.first_line))
                .map(|l| tidy_name_line(l.text.trim()))
                .filter(|l| l.as_ref() != t);
            let name = body_name(t)
                .or_else(|| {
                    t.split(" / ")
                        .flat_map(|p| p.split("   "))
                        .map(str::trim)
                        .find_map(body_name)
                })
                .map(str::to_string)
                .or_else(|| {
                    first_line
                        .as_deref()
                        .and_then(body_name)
                        .map(str::to_string)
                });
            if let Some(name) = name {
                add(&name, false, 5, k);
            } else if k < 3 {
                // the report's title with its maker's name before it (`CAK Jaarverslag
                // 2022`), or that name on the line above the title (`Nederlandse
                // Emissieautoriteit` / `Jaarverslag 2023`)
                let next = doc.units.get(k + 1).map(|n| n.text.trim());
                let next_titles = next.is_some_and(|n| title.is_some_and(|x| x.trim() == n));
                // (or on the line below the title: `Jaarverslag 2022` / `**Nederlandse
                // Arbeidsinspectie**`, plain or in Markdown's emphasis)
                let below = prev_titles
                    .then(|| t.trim_matches(['*', '_']).trim())
                    .filter(|n| !n.contains(['*', '_']) && heading_number_parts(n) == 0)
                    .and_then(|n| name_before_title(n, None, true));
                if let Some(name) = name_before_title(t, next, next_titles).or(below) {
                    let (n, m) = known_org(name);
                    add(n, m, 4, k);
                }
            }
        }
        // `4.1 Logius`: a numbered heading that is only a name. A chapter named by a
        // word of the language (`1 Inleiding`, `3 Bedrijfsvoering`) names no one
        if u.heading && heading_number_parts(u.text) > 0 {
            let rest: Vec<&str> = u.text.split_whitespace().skip(1).collect();
            if rest.len() == 1 && rest[0].chars().next().is_some_and(char::is_uppercase) {
                let known = ORGS.iter().find(|(n, _, _)| *n == rest[0]);
                // (a ministry's short name is a chapter's word too: `2 Financiën`)
                if !is_common_word(rest[0]) {
                    add(rest[0], known.is_some_and(|k| k.1), 5, k);
                }
            }
        }
    }
    for r in refs.iter().filter(|r| r.kind == "kamerstuk") {
        let roman = r
            .text
            .split(',')
            .next()
            .and_then(|p| p.split_whitespace().nth(2));
        if let Some(name) = roman.and_then(|ro| CHAPTERS.iter().find(|c| c.0 == ro)) {
            // the paper's chapter is an official identifier of whose document this is
            add(name.1, true, 3, usize::MAX);
        }
    }
    // highest score; on a tie the agency (more specific) before the ministry, then the first named
    score
        .into_iter()
        .max_by_key(|(_, (s, ministry, first))| (*s, !*ministry, std::cmp::Reverse(*first)))
        .map(|(n, _)| n)
}

static VOORWOORD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i:(?-u:\b)(voorwoord|nawoord|column|interview|bijdrage|inleiding))\s+(?i:van|door)\s+(\p{Lu}[\p{Ll}'-]+(?:\s+(?:van|de|der|den|ter|ten|van\s+der|van\s+den))?(?:\s+\p{Lu}[\p{L}'-]+){1,2})").unwrap()
});
static SIGNATURE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(\p{Lu}[\p{L}.'-]+(?:\s+(?:van|de|der|den|ter|ten|van\s+der|van\s+den))?(?:\s+\p{Lu}[\p{L}'-]+){1,2})\s*(?:\(([^()]{3,80})\)|,\s+([^,]{3,80}))$").unwrap()
});
static ROLE_WORD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:directeur|directeur-generaal|minister|staatssecretaris|secretaris-generaal|voorzitter|hoofd|manager|bestuurder|president|commissaris|dg|sg|ceo|cio)(?-u:\b)").unwrap()
});
static SIGN_ROLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:De|Het)\s+((?i:minister|staatssecretaris|secretaris-generaal|directeur-generaal|algemeen\s+directeur|directeur)(?:\s+.{0,80}?)?),?$").unwrap()
});
static NAME_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:\p{Lu}\.)*\p{Lu}[\p{L}.'-]*(?:\s+(?:van|de|der|den|ter|ten|\p{Lu}[\p{L}.'-]*)){0,4}$",
    )
    .unwrap()
});

/// Authors and signatories, in document order.
pub fn authors(doc: &Doc<'_, '_>) -> Vec<Author> {
    let mut out: Vec<Author> = Vec::new();
    let push = |out: &mut Vec<Author>, name: &str, role: Option<String>, line: usize| {
        let name = name.split_whitespace().collect::<Vec<_>>().join(" ");
        if !out.iter().any(|a| a.name == name) {
            out.push(Author { name, role, line });
        }
    };
    let prose: Vec<&super::Unit<'_>> = doc.units.iter().filter(|u| u.block.is_some()).collect();
    for (k, u) in prose.iter().enumerate() {
        // every match holds one of these words (gate: `Unit::has`)
        if u.has_any(
            kw::VOORWOORD | kw::NAWOORD | kw::COLUMN | kw::INTERVIEW | kw::BIJDRAGE | kw::INLEIDING,
        ) {
            for c in VOORWOORD.captures_iter(u.text) {
                let name = c.get(2).unwrap();
                push(
                    &mut out,
                    name.as_str(),
                    Some(c[1].to_lowercase()),
                    doc.line(u, name.start()),
                );
            }
        }
        let t = u.text.trim();
        // (a text of more than 480 bytes has more than 120 chars)
        if t.len() <= 480 && t.chars().count() <= 120 {
            // every match of SIGNATURE ends in `)` (a role in brackets) or holds a comma
            let signature = if t.ends_with(')') || t.contains(',') {
                SIGNATURE.captures(t)
            } else {
                None
            };
            if let Some(c) = signature {
                let role = c.get(2).or(c.get(3)).map(|m| m.as_str().trim().to_string());
                if role.as_deref().is_some_and(|r| ROLE_WORD.is_match(r)) {
                    push(&mut out, &c[1], role, doc.line(u, 0));
                }
            }
            // every match of SIGN_ROLE starts with `De` or `Het`
            let role = if t.starts_with("De") || t.starts_with("Het") {
                SIGN_ROLE.captures(t)
            } else {
                None
            };
            if let Some(c) = role {
                if let Some(next) = prose.get(k + 1) {
                    let n = next.text.trim();
                    if n.chars().count() <= 60 && NAME_LINE.is_match(n) {
                        push(
                            &mut out,
                            n,
                            Some(c[1].trim().to_string()),
                            doc.line(next, 0),
                        );
                    }
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`orgs_in`] (gated `find`, [`form_of`]) reads the same forms as group 1 of
    /// every match of the regexes over the whole text.
    #[test]
    fn orgs_in_is_group_one_of_every_match() {
        let slow = |t: &str| -> Vec<usize> {
            let mut out = Vec::new();
            for set in ORG_RES.iter() {
                for c in set.re.captures_iter(t) {
                    let m = c.get(1).unwrap();
                    if t[m.end()..]
                        .chars()
                        .next()
                        .is_some_and(|ch| ch.is_alphanumeric() || ch == '-')
                    {
                        continue;
                    }
                    let key = if set.any_case {
                        m.as_str().to_lowercase()
                    } else {
                        m.as_str().to_string()
                    };
                    out.extend(set.forms.iter().find(|(f, _)| *f == key).map(|(_, i)| *i));
                }
            }
            out
        };
        for t in [
            "",
            "DUO",
            "(DUO)",
            "DUO UWV,SVB-x KOOP2 RvIG RVIG",
            "Logius en de Belastingdienst; LOGIUS; logiusachtig",
            "ſVB, \u{212a}OOP en Kadaster",
            "De Dienst Uitvoering Onderwijs (DUO) en de dienst uitvoering onderwijs",
            "Kennis- en Exploitatiecentrum Officiële Overheidspublicaties; OFFICIËLE",
            "ministerie van buitenlandse zaken, Ministerie van Financiën",
            "éLogius ëDUO -DUO 3DUO _DUO INDEX IND\u{a0}NFI",
            "Binnenlandse Zaken en Koninkrijksrelaties (BZK)",
            "DUODUO DUO-DUO DUO_DUO (DUO)(UWV) UWV,UWV;UWV:SVB",
            "KOOPDUO xDUO 1DUO -DUO é DUO éDUO\u{a0}DUO “DUO” ‘SVB’",
            "SSC-ICT, P-Direkt en SSC-ICTx; RvIG/RVIG; IenWJenV; IenW JenV",
            "\tDUO\nUWV\r\nKOOP",
            "ßDUO ÆUWV ЖSVB 中KOOP",
            "DUO",
            " DUO",
            "_DUO",
            // (no capital, no letter: the gates skip the searches)
            "dienst uitvoering onderwijs, logius",
            "1.234 5.678 – 9",
            "ſvb \u{212a}oop",
        ] {
            let u = Unit::new(t, false, None, 0);
            assert_eq!(orgs_in(&u), slow(t), "{t:?}");
        }
        // (the skips need every gate piece to open with an ASCII letter)
        assert!(ORG_RES.iter().all(|set| set.lead_letter));
        assert_eq!(
            orgs_in(&Unit::new("(DUO) Logius", false, None, 0)),
            vec![2, 0]
        );
    }

    /// The gates of [`authors`]: what SIGNATURE and SIGN_ROLE match ends in `)` or
    /// holds a comma, and starts with `De` or `Het`.
    #[test]
    fn author_gates_hold_for_every_match() {
        for t in [
            "Bert Voorbraak (algemeen directeur Logius)",
            "Tom Kok, directeur",
            "Anna van der Berg, algemeen directeur van de dienst",
            "De minister van Binnenlandse Zaken en Koninkrijksrelaties,",
            "Het hoofd",
            "De staatssecretaris",
            "Jan de Vries (voorzitter)",
        ] {
            if SIGNATURE.is_match(t) {
                assert!(t.ends_with(')') || t.contains(','), "{t:?}");
            }
            if SIGN_ROLE.is_match(t) {
                assert!(t.starts_with("De") || t.starts_with("Het"), "{t:?}");
            }
        }
        assert!(SIGNATURE.is_match("Tom Kok, directeur"));
        assert!(SIGN_ROLE.is_match("De staatssecretaris"));
        assert!(!SIGNATURE.is_match("Tom Kok (directeur) en meer"));
    }

    #[test]
    fn patterns() {
        let c = KAMERSTUK
            .captures("Tweede Kamer, vergaderjaar 2022–2023, 36 360 VII, nr. 1 165")
            .unwrap();
        assert_eq!((&c[1], &c[2]), ("36 360 VII", "1"));
        let c = SIGNATURE
            .captures("Bert Voorbraak (algemeen directeur Logius)")
            .unwrap();
        assert_eq!(
            (&c[1], &c[2]),
            ("Bert Voorbraak", "algemeen directeur Logius")
        );
        let c = VOORWOORD
            .captures("U vindt hier het voorwoord van Tom Kok, en de samenvatting")
            .unwrap();
        assert_eq!(&c[2], "Tom Kok");
        assert!(!SIGNATURE.is_match("Samenwerking beleid en uitvoering"));
        assert!(NAME_LINE.is_match("H.G.J. Bruins Slot"));
        let c = VERGADERJAAR
            .captures("Kamerstukken II 2022/23, 36 200 VII, nr. 5")
            .unwrap();
        assert_eq!(&c[1], "2022/23");
        let c = KAMERSTUK
            .captures("Kamerstukken II 2022/23, 36 200 VII, nr. 5")
            .unwrap();
        assert_eq!((&c[1], &c[2]), ("36 200 VII", "5"));
    }
}
