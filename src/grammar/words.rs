//! Dutch number words: `een`/`één` … `twintig`, tens, compounds (`eenentwintig`,
//! `drieëntwintig`, OCR's `drieentwintig`), `honderd`, `duizend`, `anderhalf`, `nul`;
//! and the unit, scale and month words prose prints around numbers.
//!
//! In: one lower- or mixed-case word. Out: its exact value, or `None`.
//! `honderden` (hundreds of) is not a number.

use crate::decimal::Dec;

const UNITS: &[(&str, i64)] = &[
    ("een", 1),
    ("één", 1),
    ("twee", 2),
    ("drie", 3),
    ("vier", 4),
    ("vijf", 5),
    ("zes", 6),
    ("zeven", 7),
    ("acht", 8),
    ("negen", 9),
];

const TEENS: &[(&str, i64)] = &[
    ("tien", 10),
    ("elf", 11),
    ("twaalf", 12),
    ("dertien", 13),
    ("veertien", 14),
    ("vijftien", 15),
    ("zestien", 16),
    ("zeventien", 17),
    ("achttien", 18),
    ("negentien", 19),
];

const TENS: &[(&str, i64)] = &[
    ("twintig", 20),
    ("dertig", 30),
    ("veertig", 40),
    ("vijftig", 50),
    ("zestig", 60),
    ("zeventig", 70),
    ("tachtig", 80),
    ("negentig", 90),
];

fn lookup(table: &[(&str, i64)], w: &str) -> Option<i64> {
    table.iter().find(|(k, _)| *k == w).map(|(_, v)| *v)
}

/// Value of a number below 100 written as one word.
fn below_hundred(w: &str) -> Option<i64> {
    if let Some(v) = lookup(UNITS, w)
        .or_else(|| lookup(TEENS, w))
        .or_else(|| lookup(TENS, w))
    {
        return Some(v);
    }
    // compounds: unit + "en"/"ën" + tens: eenentwintig, drieëntwintig, drieentwintig
    for (u, uv) in UNITS {
        if let Some(rest) = w.strip_prefix(u) {
            let rest = rest
                .strip_prefix("ën")
                .or_else(|| rest.strip_prefix("en"))?;
            if let Some(t) = lookup(TENS, rest) {
                return Some(t + uv);
            }
        }
    }
    None
}

/// Lower-cases a short word into a stack buffer and hands it to `f`; a word over
/// 64 bytes is none of the words of this module (the longest number word,
/// `negenhonderdnegenennegentig` after `duizend`, has 49), so it gives None without
/// a call. Saves an allocation per token of prose.
fn with_lower<R>(word: &str, f: impl FnOnce(&str) -> Option<R>) -> Option<R> {
    const CAP: usize = 64;
    if word.len() > CAP {
        return None;
    }
    if !word.bytes().any(|b| b.is_ascii_uppercase() || b >= 0x80) {
        return f(word);
    }
    let mut buf = [0u8; CAP];
    let mut n = 0;
    for c in word.chars().flat_map(char::to_lowercase) {
        let len = c.len_utf8();
        if n + len > CAP {
            return None;
        }
        c.encode_utf8(&mut buf[n..n + len]);
        n += len;
    }
    // only whole characters were written
    std::str::from_utf8(&buf[..n]).ok().and_then(f)
}

/// The byte offset of `needle` in the short word `w` (no searcher set-up per call).
fn find_in_word(w: &str, needle: &str) -> Option<usize> {
    w.as_bytes()
        .windows(needle.len())
        .position(|x| x == needle.as_bytes())
}

/// Value of a Dutch number word, exact. `anderhalf` is 1.5, `tweeënhalf` 2.5.
pub fn number_word(word: &str) -> Option<Dec> {
    with_lower(word, number_word_lower)
}

fn number_word_lower(w: &str) -> Option<Dec> {
    match w {
        "nul" => return Some(Dec::from_int(0)),
        "half" => return Some(Dec::new(5, 1)),
        "anderhalf" => return Some(Dec::new(15, 1)),
        "honderd" => return Some(Dec::from_int(100)),
        "duizend" => return Some(Dec::from_int(1000)),
        "miljoen" => return Some(Dec::from_int(1_000_000)),
        _ => {}
    }
    if let Some(base) = w
        .strip_suffix("ënhalf")
        .or_else(|| w.strip_suffix("enhalf"))
    {
        let b = below_hundred(base)?;
        return Some(Dec::new(b as i128 * 10 + 5, 1));
    }
    if let Some(v) = below_hundred(w) {
        return Some(Dec::from_int(v));
    }
    // tweehonderd, driehonderdvijftig, tweeduizend
    for (mult_word, mult) in [("duizend", 1000i64), ("honderd", 100)] {
        if let Some(p) = find_in_word(w, mult_word) {
            let (head, tail) = (&w[..p], &w[p + mult_word.len()..]);
            let h = if head.is_empty() {
                1
            } else {
                below_hundred(head)?
            };
            let t = if tail.is_empty() {
                0
            } else {
                number_word_lower(tail)?.to_i64()?
            };
            return Some(Dec::from_int(h * mult + t));
        }
    }
    None
}

/// Unit nouns that follow a number in prose, as the facts contract names them:
/// `maanden` -> `months`, `jaar` -> `year`, `werkdagen` -> `days`, `procentpunt` ->
/// `percentage_points`. The value grammar already reads `%`, `procent`, `dagen`,
/// `uur`, `fte`, `keer` and `euro`; this covers the rest of what prose prints.
pub fn unit_noun(word: &str) -> Option<&'static str> {
    with_lower(word, unit_noun_lower)
}

fn unit_noun_lower(w: &str) -> Option<&'static str> {
    Some(match w {
        "dag" | "dagen" | "werkdag" | "werkdagen" | "kalenderdagen" => "days",
        "uur" | "uren" => "hours",
        "keer" | "maal" => "times",
        "fte" | "fte's" | "fte’s" => "fte",
        "%" | "procent" | "pct" => "%",
        "procentpunt" | "procentpunten" => "percentage_points",
        "euro" | "eur" => "EUR",
        "week" | "weken" => "weeks",
        "maand" | "maanden" => "months",
        "jaar" | "jaren" => "year",
        "minuut" | "minuten" => "minutes",
        "seconde" | "seconden" => "seconds",
        _ => return None,
    })
}

/// Scale words that may follow a number word (`twee miljoen`): their multiplier.
pub fn scale_noun(word: &str) -> Option<Dec> {
    with_lower(word, |w| {
        Some(match w.trim_end_matches('.') {
            "miljoen" | "mln" => Dec::from_int(1_000_000),
            "miljard" | "mld" => Dec::from_int(1_000_000_000),
            "duizend" | "dzd" => Dec::from_int(1_000),
            _ => return None,
        })
    })
}

/// Dutch month names, January first.
pub const MONTHS: [&str; 12] = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
];

/// Dutch month names and their usual abbreviations (`mei`, `sept`, `okt.`).
pub fn is_month(word: &str) -> bool {
    with_lower(word, |w| is_month_lower(w).then_some(())).is_some()
}

fn is_month_lower(w: &str) -> bool {
    matches!(
        w.trim_end_matches('.'),
        "januari"
            | "februari"
            | "maart"
            | "april"
            | "mei"
            | "juni"
            | "juli"
            | "augustus"
            | "september"
            | "oktober"
            | "november"
            | "december"
            | "jan"
            | "feb"
            | "mrt"
            | "apr"
            | "jun"
            | "jul"
            | "aug"
            | "sep"
            | "sept"
            | "okt"
            | "nov"
            | "dec"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words() {
        let cases = [
            ("een", "1"),
            ("één", "1"),
            ("vijftien", "15"),
            ("twintig", "20"),
            ("eenentwintig", "21"),
            ("drieëntwintig", "23"),
            ("drieentwintig", "23"),
            ("negentig", "90"),
            ("honderd", "100"),
            ("tweehonderd", "200"),
            ("duizend", "1000"),
            ("anderhalf", "1.5"),
            ("half", "0.5"),
            ("tweeënhalf", "2.5"),
            ("Twee", "2"),
            ("DRIEËNTWINTIG", "23"),
            ("Tweehonderd", "200"),
            ("ÉÉN", "1"),
            ("nul", "0"),
        ];
        for (w, v) in cases {
            assert_eq!(
                number_word(w).map(|d| d.to_string()).as_deref(),
                Some(v),
                "{w}"
            );
        }
        for w in [
            "honderden",
            "duizenden",
            "eens",
            "tweede",
            "",
            "en",
            "driehoek",
            "DRIEHOEK",
            &"twee".repeat(20),
        ] {
            assert_eq!(number_word(w), None, "{w}");
        }
    }

    #[test]
    fn units_scales_months() {
        assert_eq!(unit_noun("maanden"), Some("months"));
        assert_eq!(unit_noun("Jaar"), Some("year"));
        assert_eq!(unit_noun("procentpunt"), Some("percentage_points"));
        assert_eq!(unit_noun("pct"), Some("%"));
        assert_eq!(unit_noun("collega's"), None);
        assert_eq!(
            scale_noun("miljoen").map(|d| d.to_string()).as_deref(),
            Some("1000000")
        );
        assert_eq!(
            scale_noun("mld.").map(|d| d.to_string()).as_deref(),
            Some("1000000000")
        );
        assert_eq!(scale_noun("miljoenen"), None);
        assert!(is_month("mei") && is_month("Januari") && is_month("okt."));
        assert!(!is_month("meid"));
    }
}
