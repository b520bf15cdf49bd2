//! Periods the text names, as start and end months `YYYY-MM`.
//!
//! - a month range: `januari tot en met maart 2023`, `januari t/m april 2023`, `januari–april 2023`;
//! - a balance date: `per 31 december 2022` -> 2022-01..2022-12 (the year up to that date);
//! - a budget or report year: `voor het jaar 2014`, `Stand van de uitvoering 2023`, `Jaarverslag 2021`;
//! - a quarter: `eerste kwartaal 2023`.
//!
//! The periods of the report itself are those in its title or kind evidence, or in a
//! sentence that speaks of itself (`Deze pagina gaat over de periode ...`). When
//! they disagree (seed 001), all are kept and a conflict is reported.

use super::kind::Kind;
use super::{kw, Doc};
use crate::model::{Conflict, Period, PeriodMention};
use regex::{Captures, Regex};
use std::ops::Range;
use std::sync::LazyLock;

use crate::grammar::words::MONTHS;

fn month(s: &str) -> Option<u32> {
    let s = s.to_lowercase();
    MONTHS.iter().position(|m| *m == s).map(|p| p as u32 + 1)
}

const M: &str =
    "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december";

static RANGE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)(?-u:\b)({M})(?:\s+((?:19|20)\d{{2}}))?\s*(?:tot\s+en\s+met|t/m|tot|[-–—])\s*({M})\s+((?:19|20)\d{{2}})(?-u:\b)"
    ))
    .unwrap()
});
static PER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)(?-u:\b)per\s+(\d{{1,2}})\s+({M})\s+((?:19|20)\d{{2}})(?-u:\b)"
    ))
    .unwrap()
});
static YEAR_OF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:voor\s+het\s+(?:begrotings)?jaar|begrotingsjaar|verslagjaar|boekjaar|over\s+het\s+jaar)\s+((?:19|20)\d{2})(?-u:\b)").unwrap()
});
static TITLE_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:stand\s+van\s+de\s+uitvoering|jaarverslag|jaarverantwoording|jaaroverzicht|(?:ontwerp)?begroting|slotwet)\s+((?:19|20)\d{2})(?-u:\b)").unwrap()
});
/// `eerste viermaandsrapportage 2023`, `de eerste vier maanden van 2023`, `tweede helft van 2022`.
static PART: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(eerste|tweede|derde)\s+(viermaandsrapportage|vier\s+maanden|helft|halfjaar)\s+(?:van\s+)?((?:19|20)\d{2})(?-u:\b)").unwrap()
});
static QUARTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(eerste|tweede|derde|vierde)\s+kwartaal\s+(?:van\s+)?((?:19|20)\d{2})(?-u:\b)")
        .unwrap()
});
/// A sentence that speaks of the report itself.
static SELF_REF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:deze\s+(?:pagina|periode|rapportage|verslag|rapport)|de\s+periode|(?:rapportage|verslag|verantwoording)\s+over)(?-u:\b)").unwrap()
});

/// A period mention and whether it is the report's own period.
#[derive(Clone, Debug)]
pub struct Found {
    pub mention: PeriodMention,
    pub own: bool,
}

fn last_day(m: u32, y: i32) -> u32 {
    match m {
        2 if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Finds every period the text names; `evidence_line` is the line of the kind evidence.
pub fn find(doc: &Doc<'_, '_>, evidence_line: Option<usize>) -> Vec<Found> {
    let mut out: Vec<Found> = Vec::new();
    for u in &doc.units {
        // Gates that skip only what cannot match: every pattern needs a year after
        // whitespace, and most a word (`u.has`) in every match; and the patterns
        // read only the pieces of the text that may hold a match ([`year_pieces`]).
        let pieces = year_pieces(u.text);
        if pieces.is_empty() {
            continue;
        }
        let mut push = |s: usize, e: usize, start: String, end: String, own_hint: bool| {
            let line = doc.line(u, s);
            let sentence = super::sentence_around(u.text, s, e);
            let own =
                own_hint || u.heading || evidence_line == Some(line) || SELF_REF.is_match(sentence);
            out.push(Found {
                mention: PeriodMention {
                    start,
                    end,
                    text: u.text[s..e].to_string(),
                    line,
                },
                own,
            });
        };
        // two month names in every match
        if u.has(kw::MONTH) {
            for (o, c) in captures_in(&RANGE, u.text, &pieces) {
                let m = c.get(0).unwrap();
                let (ms, me) = (o + m.start(), o + m.end());
                let (Some(a), Some(b)) = (month(&c[1]), month(&c[3])) else {
                    continue;
                };
                let y2: i32 = c[4].parse().unwrap_or(0);
                let y1: i32 = c
                    .get(2)
                    .and_then(|y| y.as_str().parse().ok())
                    .unwrap_or(if a <= b { y2 } else { y2 - 1 });
                push(
                    ms,
                    me,
                    format!("{y1}-{a:02}"),
                    format!("{y2}-{b:02}"),
                    false,
                );
            }
        }
        // (a month name in every match)
        if u.has(kw::MONTH) {
            for (o, c) in captures_in(&PER, u.text, &pieces) {
                let m = c.get(0).unwrap();
                let (ms, me) = (o + m.start(), o + m.end());
                let day: u32 = c[1].parse().unwrap_or(0);
                let Some(mo) = month(&c[2]) else { continue };
                let y: i32 = c[3].parse().unwrap_or(0);
                if day != last_day(mo, y) {
                    continue; // `per 1 juli 2023` is a date, not a period
                }
                // a table or title dated at a balance date reports the year up to it
                let l = doc.line_text(u, ms);
                let own = l.chars().count() <= 120 && !l.ends_with('.');
                push(ms, me, format!("{y}-01"), format!("{y}-{mo:02}"), own);
            }
        }
        if u.has(kw::JAAR) {
            for (o, c) in captures_in(&YEAR_OF, u.text, &pieces) {
                let m = c.get(0).unwrap();
                let (ms, me) = (o + m.start(), o + m.end());
                let y = &c[1];
                let l = doc.line_text(u, ms);
                // (a table's row labelled by its year, `Boekjaar 2015   411.730 …`,
                // names a period of the table, not the report's own: a line of a
                // table, values after the match)
                let row = u.block.is_none()
                    && u.text[me..]
                        .split_whitespace()
                        .next()
                        .is_some_and(|w| w.starts_with(|c: char| c.is_ascii_digit() || c == '-'));
                let title = l.chars().count() <= 120 && !l.ends_with('.') && !row;
                push(ms, me, format!("{y}-01"), format!("{y}-12"), title);
            }
        }
        if u.has_any(kw::UITVOERING | kw::JAAR | kw::BEGROTING | kw::SLOTWET) {
            for (o, c) in captures_in(&TITLE_YEAR, u.text, &pieces) {
                let m = c.get(0).unwrap();
                let (ms, me) = (o + m.start(), o + m.end());
                if super::ends_with_lower(&u.text[..ms], "vastgestelde") {
                    continue;
                }
                let y = &c[1];
                push(ms, me, format!("{y}-01"), format!("{y}-12"), false);
            }
        }
        // every match holds `viermaands`, `maanden`, `helft` or `jaar` (`halfjaar`)
        if u.has_any(kw::VIERMAANDS | kw::MAANDEN | kw::HELFT | kw::JAAR) {
            for (o, c) in captures_in(&PART, u.text, &pieces) {
                let m = c.get(0).unwrap();
                let (ms, me) = (o + m.start(), o + m.end());
                let n: u32 = match c[1].to_lowercase().as_str() {
                    "eerste" => 0,
                    "tweede" => 1,
                    _ => 2,
                };
                let len: u32 = if c[2].to_lowercase().starts_with('h') {
                    6
                } else {
                    4
                };
                if n * len >= 12 {
                    continue; // `derde helft`
                }
                let y = &c[3];
                push(
                    ms,
                    me,
                    format!("{y}-{:02}", n * len + 1),
                    format!("{y}-{:02}", n * len + len),
                    c[2].to_lowercase().starts_with("viermaands"),
                );
            }
        }
        if u.has(kw::KWARTAAL) {
            for (o, c) in captures_in(&QUARTER, u.text, &pieces) {
                let m = c.get(0).unwrap();
                let (ms, me) = (o + m.start(), o + m.end());
                let q = match c[1].to_lowercase().as_str() {
                    "eerste" => 1,
                    "tweede" => 2,
                    "derde" => 3,
                    _ => 4,
                };
                let y = &c[2];
                push(
                    ms,
                    me,
                    format!("{y}-{:02}", q * 3 - 2),
                    format!("{y}-{:02}", q * 3),
                    false,
                );
            }
        }
    }
    out.sort_by_key(|f| f.mention.line);
    out
}

/// The captures of `re` in the `pieces` of `text`, each with the offset of its piece:
/// the captures `re.captures_iter(text)` gives, when no match crosses a piece's
/// bounds and the rest of the text holds none ([`year_pieces`]).
fn captures_in<'t>(
    re: &'t Regex,
    text: &'t str,
    pieces: &'t [Range<usize>],
) -> impl Iterator<Item = (usize, Captures<'t>)> + 't {
    pieces.iter().flat_map(move |r| {
        re.captures_iter(&text[r.clone()])
            .map(move |c| (r.start, c))
    })
}

/// The pieces of `text` (between the bytes `.`, `,` and `;`, and the ends) that may
/// hold a match of the patterns here, in order: those where [`may_name_year`] holds.
///
/// Exact: no pattern here matches `.`, `,` or `;` (they read letters, whitespace,
/// digits, `/` and dashes), so every match lies in one piece; a piece without a year
/// after whitespace holds none (see [`may_name_year`]: the char before the digits
/// is in the piece, as a separator before them is no whitespace); and a pattern reads
/// a piece as it reads it in the text: the look-arounds are `(?-u:\b)`, and ASCII
/// punctuation beside a piece is, like the end of a text, no word char.
fn year_pieces(text: &str) -> Vec<Range<usize>> {
    let b = text.as_bytes();
    let mut out: Vec<Range<usize>> = Vec::new();
    for i in memchr::memchr2_iter(b'1', b'2', b) {
        if out.last().is_some_and(|r| i < r.end) || !year_after_space(text, i) {
            continue;
        }
        // (the search back stops at the end of the previous piece, if not before:
        // linear in all)
        let start = memchr::memrchr3(b'.', b',', b';', &b[..i]).map_or(0, |p| p + 1);
        let end = memchr::memchr3(b'.', b',', b';', &b[i..]).map_or(b.len(), |p| i + p);
        out.push(start..end);
    }
    out
}

/// Do the bytes at `i` start `19` or `20` after whitespace or a non-ASCII char?
fn year_after_space(text: &str, i: usize) -> bool {
    let b = text.as_bytes();
    matches!(b.get(i..i + 2), Some(b"19" | b"20"))
        && text[..i]
            .chars()
            .next_back()
            .is_some_and(|c| c.is_whitespace() || !c.is_ascii())
}

#[cfg(test)]
/// Could `text` name a year after whitespace (`\s(?:19|20)`), as every pattern
/// here needs? A non-ASCII char before the digits counts as whitespace, so the
/// answer is never `false` for a text a pattern matches.
fn may_name_year(text: &str) -> bool {
    memchr::memchr2_iter(b'1', b'2', text.as_bytes()).any(|i| year_after_space(text, i))
}

/// Months from `a` to `b` (`YYYY-MM`), inclusive.
pub fn span_months(a: &str, b: &str) -> Option<i64> {
    let p = |s: &str| -> Option<i64> {
        let (y, m) = s.split_once('-')?;
        Some(y.parse::<i64>().ok()? * 12 + m.parse::<i64>().ok()?)
    };
    Some(p(b)? - p(a)? + 1)
}

/// The report's period from the mentions: the one its kind fits when its own mentions
/// disagree, with a conflict that lists them all.
pub fn choose(found: &[Found], kind: Kind) -> (Option<Period>, Option<Conflict>) {
    let own: Vec<&Found> = found.iter().filter(|f| f.own).collect();
    let mut distinct: Vec<&Found> = Vec::new();
    for f in &own {
        if !distinct
            .iter()
            .any(|d| d.mention.start == f.mention.start && d.mention.end == f.mention.end)
        {
            distinct.push(f);
        }
    }
    let Some(first) = distinct.first() else {
        return (None, None);
    };
    let period = |f: &Found| Period {
        start: f.mention.start.clone(),
        end: f.mention.end.clone(),
    };
    if distinct.len() == 1 {
        return (Some(period(first)), None);
    }
    let fits: Vec<&&Found> = distinct
        .iter()
        .filter(|f| {
            kind.months()
                .is_some_and(|n| span_months(&f.mention.start, &f.mention.end) == Some(n as i64))
        })
        .collect();
    let (chosen, why) = if fits.len() == 1 {
        (
            *fits[0],
            format!(
                "kept {}..{}: a {} covers {} months",
                fits[0].mention.start,
                fits[0].mention.end,
                kind,
                kind.months().unwrap_or(0)
            ),
        )
    } else {
        (
            *first,
            format!(
                "kept the first, {}..{}",
                first.mention.start, first.mention.end
            ),
        )
    };
    let values: Vec<String> = distinct
        .iter()
        .map(|f| format!("{}..{}", f.mention.start, f.mention.end))
        .collect();
    let lines: Vec<usize> = distinct.iter().map(|f| f.mention.line).collect();
    let named: Vec<String> = distinct
        .iter()
        .map(|f| format!("`{}` (line {})", f.mention.text, f.mention.line))
        .collect();
    let message = format!(
        "the document names {} different periods for itself: {}; {}",
        distinct.len(),
        named.join(", "),
        why
    );
    (
        Some(period(chosen)),
        Some(super::conflict("period", values, lines, message)),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every match of every pattern, as (start, end, groups), over the whole text.
    fn whole(text: &str) -> Vec<Vec<Option<(usize, usize)>>> {
        let mut out = Vec::new();
        for re in [&*RANGE, &*PER, &*YEAR_OF, &*TITLE_YEAR, &*PART, &*QUARTER] {
            for c in re.captures_iter(text) {
                out.push(c.iter().map(|g| g.map(|m| (m.start(), m.end()))).collect());
            }
        }
        out
    }

    /// The same, read only in [`year_pieces`] with [`captures_in`].
    fn in_pieces(text: &str) -> Vec<Vec<Option<(usize, usize)>>> {
        let pieces = year_pieces(text);
        assert_eq!(pieces.is_empty(), !may_name_year(text), "{text:?}");
        let mut out = Vec::new();
        for re in [&*RANGE, &*PER, &*YEAR_OF, &*TITLE_YEAR, &*PART, &*QUARTER] {
            for (o, c) in captures_in(re, text, &pieces) {
                out.push(
                    c.iter()
                        .map(|g| g.map(|m| (o + m.start(), o + m.end())))
                        .collect(),
                );
            }
        }
        out
    }

    #[test]
    fn pieces_give_every_match() {
        for t in [
            "",
            "januari t/m april 2023, per 31 december 2022; het jaar 2021.",
            "Jaarverslag 2021. Begroting\u{a0}2022,begroting 2023;stand van de uitvoering 2023",
            "de tweede helft van 2022 en het eerste kwartaal van 2023x, 2023",
            "september\u{2013}december 2022 per 31 december 2022a per 30 juni 2024",
            "Voor het begrotingsjaar 2014. over het jaar 1999 en ,2000 .2001 \u{a0}2002 \u{663}2003",
            "januari 2022 tot en met\nmaart 2023; mei - juni 2020. ſeptember t/m oktober 2021",
        ] {
            assert_eq!(in_pieces(t), whole(t), "{t:?}");
        }
        // `200 in 2021` and ` Jaar 2022`
        assert_eq!(
            year_pieces("Omzet 1.200 in 2021, stijging. Jaar 2022"),
            vec![8..19, 30..40]
        );
        let mut units = 0;
        crate::meta::for_each_test_doc(|doc| {
            for u in &doc.units {
                assert_eq!(in_pieces(u.text), whole(u.text), "{:?}", u.text);
                units += 1;
            }
        });
        assert!(units > 5_000, "{units} units");
    }

    proptest::proptest! {
        #[test]
        fn pieces_give_every_match_in_any_text(
            v in proptest::collection::vec(proptest::sample::select(vec![
                "januari", "Maart", "APRIL", "december", "mei", " ", "  ", "\u{a0}", "\n",
                "t/m", "tot en met", "tot", "-", "\u{2013}", "2023", "1999", "2000", "20", "19",
                "31", "30", "per", "voor het jaar", "begrotingsjaar", "jaarverslag", "begroting",
                "stand van de uitvoering", "eerste", "tweede", "helft", "kwartaal", "van",
                "viermaandsrapportage", ".", ",", ";", "a", "\u{663}", "\u{17f}", "é", "x1",
            ]), 0..16),
        ) {
            let t = v.concat();
            proptest::prop_assert_eq!(in_pieces(&t), whole(&t));
        }
    }

    #[test]
    fn ranges_and_dates() {
        let c = RANGE
            .captures("over de periode januari tot en met maart 2023.")
            .unwrap();
        assert_eq!((&c[1], &c[3], &c[4]), ("januari", "maart", "2023"));
        assert!(RANGE.is_match("Viermaandsrapportage januari t/m april 2023"));
        assert!(RANGE.is_match("september–december 2022"));
        assert!(PER.is_match("Tabel 39 Overzicht doelmatigheidsindicatoren per 31 december 2022"));
        assert_eq!(last_day(2, 2024), 29);
        let c = PART
            .captures("de tweede viermaandsrapportage 2022")
            .unwrap();
        assert_eq!((&c[1], &c[3]), ("tweede", "2022"));
        assert!(PART.is_match("in de eerste helft van 2023"));
        assert_eq!(span_months("2023-01", "2023-04"), Some(4));
        assert_eq!(span_months("2022-11", "2023-02"), Some(4));
    }
}
