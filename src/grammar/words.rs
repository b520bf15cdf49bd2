//! Dutch number words: `een`/`één` … `twintig`, tens, compounds (`eenentwintig`,
//! `drieëntwintig`, OCR's `drieentwintig`), `honderd`, `duizend`, `anderhalf`, `nul`;
//! and the unit, scale and month words prose prints around numbers.
//!
//! In: one lower- or mixed-case word. Out: its exact value, or `None`.
//! `honderden` (hundreds of) is not a number.

use crate::decimal::Dec;
use crate::grammar::value::Unit;
use std::borrow::Cow;

/// `s.to_lowercase()`, without allocating when that is `s` itself: when every
/// char lower-cases to itself (`Σ`, whose lower case depends on its neighbours,
/// does not), `str::to_lowercase` maps `s` to `s`.
#[inline]
pub(crate) fn lower(s: &str) -> Cow<'_, str> {
    // most words: ASCII without an upper-case letter, found in one pass
    if !s.bytes().any(|b| b.is_ascii_uppercase() || !b.is_ascii()) {
        return Cow::Borrowed(s);
    }
    lower_rest(s)
}

/// [`lower`] for a word with an upper-case ASCII letter or a non-ASCII char.
fn lower_rest(s: &str) -> Cow<'_, str> {
    if s.is_ascii() {
        return if s.bytes().any(|b| b.is_ascii_uppercase()) {
            Cow::Owned(s.to_ascii_lowercase())
        } else {
            Cow::Borrowed(s)
        };
    }
    let unchanged = |c: char| {
        if c.is_ascii() {
            return !c.is_ascii_uppercase();
        }
        let mut l = c.to_lowercase();
        l.next() == Some(c) && l.next().is_none()
    };
    if s.chars().all(unchanged) {
        Cow::Borrowed(s)
    } else {
        Cow::Owned(s.to_lowercase())
    }
}

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

// read through `table_word` (tested to agree with it)
#[cfg_attr(not(test), allow(dead_code))]
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

/// The first letters of the words of UNITS, TEENS and TENS, and of `honderd`
/// and `duizend`.
const FIRST_LETTERS: [char; 9] = ['e', 'é', 't', 'd', 'v', 'z', 'a', 'n', 'h'];

/// False only for a lower-case word [`number_word`] surely reads as `None`: one
/// that is not `miljoen` and does not begin with a letter of [`FIRST_LETTERS`]
/// (`nul`, `half`, `anderhalf`, `honderd` and `duizend` begin with one).
pub(crate) fn may_be_number_word(w: &str) -> bool {
    w.starts_with(FIRST_LETTERS) || w == "miljoen"
}

fn lookup(table: &[(&str, i64)], w: &str) -> Option<i64> {
    table.iter().find(|(k, _)| *k == w).map(|(_, v)| *v)
}

/// The value of a word of UNITS, TEENS or TENS, by one `match` (a decision on
/// the length and bytes, cheaper than comparing with each word in turn).
fn table_word(w: &str) -> Option<i64> {
    Some(match w {
        "een" | "één" => 1,
        "twee" => 2,
        "drie" => 3,
        "vier" => 4,
        "vijf" => 5,
        "zes" => 6,
        "zeven" => 7,
        "acht" => 8,
        "negen" => 9,
        "tien" => 10,
        "elf" => 11,
        "twaalf" => 12,
        "dertien" => 13,
        "veertien" => 14,
        "vijftien" => 15,
        "zestien" => 16,
        "zeventien" => 17,
        "achttien" => 18,
        "negentien" => 19,
        "twintig" => 20,
        "dertig" => 30,
        "veertig" => 40,
        "vijftig" => 50,
        "zestig" => 60,
        "zeventig" => 70,
        "tachtig" => 80,
        "negentig" => 90,
        _ => return None,
    })
}

/// Value of a number below 100 written as one word.
fn below_hundred(w: &str) -> Option<i64> {
    if let Some(v) = table_word(w) {
        return Some(v);
    }
    // compounds: unit + "en"/"ën" + tens: eenentwintig, drieëntwintig, drieentwintig;
    // the shortest (`zesenzestig`) has 11 bytes
    if w.len() < 11 {
        return None;
    }
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

/// `w.find(needle)` for an ASCII needle, by plain comparison: cheaper than
/// `str::find`'s searcher set-up on words this short. The match starts at an
/// ASCII byte, so at a char boundary.
fn find_ascii(w: &str, needle: &str) -> Option<usize> {
    let (w, n) = (w.as_bytes(), needle.as_bytes());
    let first = *n.first()?;
    // only where the first byte matches is the rest compared
    (0..(w.len() + 1).saturating_sub(n.len())).find(|&k| w[k] == first && &w[k..k + n.len()] == n)
}

/// Whether `w` holds `honderd` or `duizend` (`find_ascii` for both in one pass:
/// only where an `h` or a `d` stands is the rest compared).
fn has_multiple_word(w: &str) -> bool {
    let b = w.as_bytes();
    (0..(b.len() + 1).saturating_sub(7)).any(|k| match b[k] {
        b'h' => &b[k..k + 7] == b"honderd",
        b'd' => &b[k..k + 7] == b"duizend",
        _ => false,
    })
}

/// Value of a Dutch number word, exact. `anderhalf` is 1.5, `tweeënhalf` 2.5.
pub fn number_word(word: &str) -> Option<Dec> {
    let w = lower(word);
    let w: &str = &w;
    match w {
        "nul" => return Some(Dec::from_int(0)),
        "half" => return Some(Dec::new(5, 1)),
        "anderhalf" => return Some(Dec::new(15, 1)),
        "honderd" => return Some(Dec::from_int(100)),
        "duizend" => return Some(Dec::from_int(1000)),
        "miljoen" => return Some(Dec::from_int(1_000_000)),
        _ => {}
    }
    // what the rules below accept begins with a word of UNITS, TEENS or TENS (a
    // compound with its unit, a multiple with its head) or with `honderd` or
    // `duizend`: a first letter no such word has rules a word out at once
    if !w.starts_with(FIRST_LETTERS) {
        return None;
    }
    // a word shorter than `honderd`, `duizend`, `ënhalf` (7 bytes) and every
    // compound (11) can only be a word of the tables (`enhalf` alone has no base)
    if w.len() < 7 {
        return below_hundred(w).map(Dec::from_int);
    }
    long_number_word(w)
}

/// [`compound_or_table_word`] for a lower-case word of 7 bytes or more, ruling
/// out at once what it cannot read: every such word it reads ends in `half`
/// (`…enhalf`), `tien` or `tig` (the table words of 7 bytes and more and the
/// compounds end in a teen or a ten), or holds `honderd` or `duizend` (a
/// multiple). Most long words tried are none of these.
fn long_number_word(w: &str) -> Option<Dec> {
    if !(w.ends_with("half") || w.ends_with("tien") || w.ends_with("tig") || has_multiple_word(w)) {
        return None;
    }
    compound_or_table_word(w)
}

/// The rules [`number_word`] applies to a lower-case word after its exact words:
/// `…enhalf`, a table word or compound, a multiple of hundred or thousand.
fn compound_or_table_word(w: &str) -> Option<Dec> {
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
        if let Some(p) = find_ascii(w, mult_word) {
            let (head, tail) = (&w[..p], &w[p + mult_word.len()..]);
            let h = if head.is_empty() {
                1
            } else {
                below_hundred(head)?
            };
            let t = if tail.is_empty() {
                0
            } else {
                number_word(tail)?.to_i64()?
            };
            return Some(Dec::from_int(h * mult + t));
        }
    }
    None
}

/// The unit nouns that follow a number, in prose and in a table's cells (`15 dagen`,
/// `8 weken`, `max. 13 weken`, `3 maanden`, `2 jaar`, `12 procentpunt`), as printed
/// in any case, and their unit: one list for the value grammar
/// (`grammar::value`'s unit words) and [`unit_noun`]. A word stands before every
/// longer word it begins (`dagen` before `dag`): the grammar takes the first that
/// matches and then wants no letter after it.
pub(crate) const UNIT_NOUNS: &[(&str, Unit)] = &[
    ("werkdagen", Unit::Days),
    ("werkdag", Unit::Days),
    ("kalenderdagen", Unit::Days),
    ("dagen", Unit::Days),
    ("dag", Unit::Days),
    ("dgn.", Unit::Days),
    ("dgn", Unit::Days),
    ("uren", Unit::Hours),
    ("uur", Unit::Hours),
    ("keer", Unit::Times),
    ("maal", Unit::Times),
    ("fte's", Unit::Fte),
    ("fte\u{2019}s", Unit::Fte),
    ("fte", Unit::Fte),
    ("procentpunten", Unit::PercentagePoints),
    ("procentpunt", Unit::PercentagePoints),
    ("pp", Unit::PercentagePoints),
    ("procent", Unit::Percent),
    ("pct", Unit::Percent),
    ("%", Unit::Percent),
    ("weken", Unit::Weeks),
    ("week", Unit::Weeks),
    ("maanden", Unit::Months),
    ("maand", Unit::Months),
    ("jaren", Unit::Year),
    ("jaar", Unit::Year),
    ("minuten", Unit::Minutes),
    ("minuut", Unit::Minutes),
    ("seconden", Unit::Seconds),
    ("seconde", Unit::Seconds),
];

/// Unit nouns that follow a number in prose, as the facts contract names them:
/// `maanden` -> `months`, `jaar` -> `year`, `werkdagen` -> `days`, `procentpunt` ->
/// `percentage_points` ([`UNIT_NOUNS`]); and a currency's word or code.
pub fn unit_noun(word: &str) -> Option<&'static str> {
    let w = lower(word);
    // (a currency's word or code after a number: `12 euro`, `3 dollar`, `5 USD`)
    if w.starts_with(|c: char| c.is_alphabetic()) {
        if let Some(c) = crate::grammar::value::Currency::named_by(&w) {
            return Some(c.code());
        }
    }
    UNIT_NOUNS
        .iter()
        .find(|(n, _)| *n == w)
        .map(|(_, u)| u.as_str())
}

/// Nouns that make a scaled number an amount of money (`kosten`, `lasten`,
/// `uitgaven`, `saldo`, …; a lower-case word, compounds too: `personeelskosten`):
/// in prose before an amount, and in a column head before its scale (`Lasten (mln)`).
pub(crate) fn is_money_noun(w: &str) -> bool {
    const NOUNS: &[&str] = &[
        "kosten",
        "omzet",
        "budget",
        "begroting",
        "lasten",
        "baten",
        "uitgaven",
        "ontvangsten",
        "bedrag",
        "subsidie",
        "bijdrage",
        "opbrengst",
        "opbrengsten",
        "tekort",
        "overschot",
        "saldo",
        "investering",
        "investeringen",
        "omvang",
    ];
    NOUNS.iter().any(|n| w.ends_with(n))
}

/// Units of measure prose prints after a number beyond those of [`unit_noun`]:
/// the unit as the output names it and the factor from the printed unit to it
/// (the multiplier, as a scale word's: `3,4 MWh` is 3 400 kWh, `412 terabyte`
/// 412 × 10^12 bytes, `1,2 megaton` 1 200 000 tonnes). One unit per kind of
/// measure: energy `kWh`, power `kW`, area `hectares`, temperature
/// `degrees_celsius` (`graden`; `°C` is read by the prose scanner), data
/// `bytes` (decimal: a terabyte is 10^12), mass `tonnes` (`megaton`, `kiloton`;
/// not a bare `ton`, which is also € 100 000), length `km` and `mm` (a bare `m`
/// may be a million), volume `m3`, area `m2` (`km2`: a million). `core` as printed: an abbreviation
/// counts in its usual case (`MW`, `kW`, `TB`: `mw.` is no unit), a word in any.
pub fn measure_noun(core: &str) -> Option<(&'static str, Dec)> {
    let (unit, factor): (&'static str, i64) = match measure_symbol(core) {
        Some(u) => u,
        None => {
            let w = lower(core);
            match w.as_ref() {
                "kilowattuur" => ("kWh", 1),
                "megawattuur" => ("kWh", 1_000),
                "gigawattuur" => ("kWh", 1_000_000),
                "terawattuur" => ("kWh", 1_000_000_000),
                "kilowatt" => ("kW", 1),
                "megawatt" => ("kW", 1_000),
                "gigawatt" => ("kW", 1_000_000),
                "hectare" | "hectares" => ("hectares", 1),
                "graad" | "graden" => ("degrees_celsius", 1),
                "megabyte" | "megabytes" => ("bytes", 1_000_000),
                "gigabyte" | "gigabytes" => ("bytes", 1_000_000_000),
                "terabyte" | "terabytes" => ("bytes", 1_000_000_000_000),
                "petabyte" | "petabytes" => ("bytes", 1_000_000_000_000_000),
                "megaton" | "megatons" => ("tonnes", 1_000_000),
                "kiloton" | "kilotons" => ("tonnes", 1_000),
                "kilometer" | "kilometers" => ("km", 1),
                "millimeter" => ("mm", 1),
                "kuub" => ("m3", 1),
                _ => return None,
            }
        }
    };
    Some((unit, Dec::from_int(factor)))
}

/// The abbreviations of [`measure_noun`], in their printed case (`kWh`, `MW`,
/// `TB`, `ha`): their unit and factor. (A unit so printed is no name either.)
pub fn measure_symbol(core: &str) -> Option<(&'static str, i64)> {
    Some(match core {
        "kWh" | "KWh" | "kwh" => ("kWh", 1),
        "MWh" => ("kWh", 1_000),
        "GWh" => ("kWh", 1_000_000),
        "TWh" => ("kWh", 1_000_000_000),
        "kW" => ("kW", 1),
        "MW" => ("kW", 1_000),
        "GW" => ("kW", 1_000_000),
        "ha" => ("hectares", 1),
        "MB" => ("bytes", 1_000_000),
        "GB" => ("bytes", 1_000_000_000),
        "TB" => ("bytes", 1_000_000_000_000),
        "PB" => ("bytes", 1_000_000_000_000_000),
        "Mton" | "Mt" => ("tonnes", 1_000_000),
        "kton" | "kt" => ("tonnes", 1_000),
        "km" => ("km", 1),
        "mm" => ("mm", 1),
        "m3" | "m³" => ("m3", 1),
        "m2" | "m²" => ("m2", 1),
        "km2" | "km²" => ("m2", 1_000_000),
        _ => return None,
    })
}

/// An area in two words after a number, `vierkante meter` (`12,4 miljoen vierkante
/// meter`), `vierkante kilometer` (a million square metres): `first` and `second`
/// as the tokeniser lowers them. Square metres (`m2`, `m²`) as [`measure_noun`]'s
/// unit.
pub fn square_measure(first: &str, second: &str) -> Option<(&'static str, Dec)> {
    if first != "vierkante" {
        return None;
    }
    let factor = match second {
        "meter" | "meters" => 1,
        "kilometer" | "kilometers" => 1_000_000,
        _ => return None,
    };
    Some(("m2", Dec::from_int(factor)))
}

/// Scale words that may follow a number word (`twee miljoen`): their multiplier.
pub fn scale_noun(word: &str) -> Option<Dec> {
    let w = lower(word);
    Some(match w.trim_end_matches('.') {
        "miljoen" | "mln" | "mio" => Dec::from_int(1_000_000),
        "miljard" | "mld" | "mrd" => Dec::from_int(1_000_000_000),
        "duizend" | "dzd" => Dec::from_int(1_000),
        _ => return None,
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
    let w = lower(word);
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

/// A word naming a report, as running heads and footers print it: `…verslag`,
/// `…rapportage`, `…begroting`, `…rekening`, `…bericht`, `…nota`, `…stukken`
/// (`Jaarstukken`), of seven letters or more.
pub(crate) fn is_report_word(w: &str) -> bool {
    let w = lower(w);
    w.chars().count() >= 7
        && [
            "verslag",
            "rapportage",
            "begroting",
            "rekening",
            "bericht",
            "nota",
            "stukken",
        ]
        .iter()
        .any(|k| w.ends_with(k))
}

/// A public body's kind as Dutch writes it before the body's name in a sentence
/// (`gemeente Arnhem`, `provincie Drenthe`), lower case.
pub(crate) const BODIES: &[&str] = &[
    "gemeente",
    "provincie",
    "waterschap",
    "hoogheemraadschap",
    "ministerie",
];

/// Is `w` a year alone, as reports print one (`2024`, `1998`: four digits of the
/// 1900s or 2000s)?
pub fn is_year(w: &str) -> bool {
    w.len() == 4
        && w.bytes().all(|b| b.is_ascii_digit())
        && (w.starts_with("19") || w.starts_with("20"))
}

/// Is `t` the text of a running head or footer before its page number: two to ten
/// words opening with a capital, a report's word and a year among them, every word
/// capitalised, a number or a name's joining word (`Begroting 2026
/// Hoogheemraadschap van Delfland`)? A sentence has words in lower case. A public
/// body's kind before its capitalised name may be in lower case, as Dutch writes it
/// (`Voorjaarsnota 2023 gemeente Arnhem`).
pub(crate) fn is_running_title(t: &str) -> bool {
    const JOINS: &[&str] = &[
        "van", "de", "der", "den", "en", "het", "voor", "'t", "-", "|",
    ];
    let words: Vec<&str> = t.split_whitespace().collect();
    (2..=10).contains(&words.len())
        && t.starts_with(char::is_uppercase)
        && words.iter().any(|w| is_report_word(w))
        && words.iter().any(|w| is_year(w))
        && words.iter().enumerate().all(|(i, w)| {
            w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
                || JOINS.contains(w)
                || (BODIES.contains(w)
                    && words
                        .get(i + 1)
                        .is_some_and(|n| n.starts_with(char::is_uppercase)))
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unit_nouns_stand_before_their_longer_forms() {
        // the grammar takes the first noun that matches: a noun that begins a later
        // one would hide it (`dag` before `dagen`)
        for (i, (a, _)) in UNIT_NOUNS.iter().enumerate() {
            for (b, _) in &UNIT_NOUNS[i + 1..] {
                assert!(!b.starts_with(a), "{a} before {b}");
            }
        }
        assert_eq!(unit_noun("Weken"), Some("weeks"));
        assert_eq!(unit_noun("dgn"), Some("days"));
        assert_eq!(unit_noun("jaren"), Some("year"));
        assert_eq!(unit_noun("euro"), Some("EUR"));
        assert_eq!(unit_noun("weekend"), None);
    }

    #[test]
    fn running_titles() {
        assert!(is_running_title(
            "Begroting 2026 Hoogheemraadschap van Delfland"
        ));
        assert!(is_running_title("Jaarstukken 2023 Provincie Zeeland"));
        assert!(is_running_title("Voorjaarsnota 2023 gemeente Arnhem"));
        for t in [
            "In de Begroting 2026 van het waterschap staan",
            "Voorjaarsnota 2023 gemeente",
            "Voorjaarsnota 2023 gemeente heeft",
            "Begroting Hoogheemraadschap van Delfland",
            "Jaarverslag 2023.",
            "2023",
        ] {
            assert!(!is_running_title(t), "{t}");
        }
    }

    #[test]
    fn number_word_gate_lets_every_number_word_through() {
        for w in [
            "nul",
            "half",
            "anderhalf",
            "honderd",
            "duizend",
            "miljoen",
            "een",
            "één",
            "twee",
            "acht",
            "negen",
            "tien",
            "elf",
            "twaalf",
            "zestig",
            "tachtig",
            "eenentwintig",
            "drieëntwintig",
            "tweeënhalf",
            "tweehonderd",
            "vijfduizend",
        ] {
            assert!(number_word(w).is_some(), "{w}");
            assert!(may_be_number_word(w), "{w}");
        }
        for w in ["kosten", "miljard", "procent", "gemeenten", "bij", "uit"] {
            assert!(!may_be_number_word(w), "{w}");
            assert!(number_word(w).is_none(), "{w}");
        }
    }

    proptest::proptest! {
        /// The length gate of `number_word`: below 7 bytes the rules it skips
        /// read no more than the tables.
        #[test]
        fn short_words_are_table_words(w in "[a-zë]{0,6}") {
            if w.len() < 7 {
                proptest::prop_assert_eq!(
                    compound_or_table_word(&w),
                    below_hundred(&w).map(Dec::from_int)
                );
            }
        }
    }

    /// Number words pieced together from the parts the rules read, and near misses.
    fn number_like() -> impl proptest::strategy::Strategy<Value = String> {
        use proptest::strategy::Strategy as _;
        let parts = proptest::sample::select(vec![
            "een", "één", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien",
            "elf", "twaalf", "dertien", "veertien", "zestien", "twintig", "dertig", "zestig",
            "tachtig", "negentig", "en", "ën", "half", "honderd", "duizend", "hondert", "duizen",
            "tig", "d", "h", "e", "n", "s", "x",
        ]);
        proptest::collection::vec(parts, 1..5).prop_map(|v| v.concat())
    }

    proptest::proptest! {
        /// The gate of `long_number_word` rules out no word the rules read.
        #[test]
        fn long_number_word_gate_is_exact(w in number_like()) {
            if w.len() >= 7 {
                proptest::prop_assert_eq!(long_number_word(&w), compound_or_table_word(&w));
            }
        }

        #[test]
        fn long_number_word_gate_is_exact_any(w in "[a-zë]{7,14}") {
            proptest::prop_assert_eq!(long_number_word(&w), compound_or_table_word(&w));
        }

        #[test]
        fn has_multiple_word_is_find(w in "[dhonerduizé]{0,16}") {
            proptest::prop_assert_eq!(
                has_multiple_word(&w),
                w.contains("honderd") || w.contains("duizend")
            );
        }
    }

    /// The text files of seeds/ and fixtures/, decoded.
    fn repo_texts() -> Vec<String> {
        crate::testdata::texts()
            .into_iter()
            .map(|(_, t)| t)
            .collect()
    }

    #[test]
    fn multiple_gate_as_ungated_on_every_word_of_the_repo() {
        let mut n = 0;
        for text in repo_texts() {
            for piece in text.split_whitespace() {
                let w = lower(piece.trim_matches(|c: char| !c.is_alphabetic())).into_owned();
                if w.len() >= 7 {
                    assert_eq!(long_number_word(&w), compound_or_table_word(&w), "{w}");
                    n += 1;
                }
            }
        }
        assert!(n > 20_000, "{n} words");
    }

    proptest::proptest! {
        #[test]
        fn find_ascii_is_find(w in "[dhuizenoé]{0,12}", needle in "[dhuizeno]{1,7}") {
            proptest::prop_assert_eq!(find_ascii(&w, &needle), w.find(needle.as_str()));
        }
    }

    #[test]
    fn table_word_is_the_tables() {
        let words = UNITS.iter().chain(TEENS).chain(TENS);
        for &(w, v) in words {
            assert_eq!(table_word(w), Some(v), "{w}");
        }
        let n = UNITS.len() + TEENS.len() + TENS.len();
        assert_eq!(n, 28, "a word added to a table must be added to table_word");
        for w in ["", "ee", "eenen", "twintigen", "Twee", "tien "] {
            assert_eq!(table_word(w), None, "{w}");
        }
    }

    #[test]
    fn short_words_of_the_tables() {
        let words = UNITS.iter().chain(TEENS).chain(TENS).map(|(w, _)| *w);
        for w in words.chain(["enhalf", "ënhalf", "honder", "duizen", "eenen", "half"]) {
            for k in (0..=w.len()).filter(|&k| w.is_char_boundary(k) && k < 7) {
                let p = &w[..k];
                assert_eq!(
                    compound_or_table_word(p),
                    below_hundred(p).map(Dec::from_int),
                    "{p}"
                );
            }
        }
    }

    #[test]
    fn first_letters_cover_every_number_word() {
        let words = UNITS.iter().chain(TEENS).chain(TENS).map(|(w, _)| *w);
        for w in words.chain(["honderd", "duizend"]) {
            assert!(w.starts_with(FIRST_LETTERS), "{w}");
        }
        assert_eq!(number_word("Honderdvijftig"), Some(Dec::from_int(150)));
        assert_eq!(number_word("duizendeneen"), None);
        assert_eq!(number_word("duizendtwee"), Some(Dec::from_int(1002)));
    }

    #[test]
    fn lower_borrows_only_what_is_lower_case() {
        for w in [
            "DigiD", "ÉÉN", "ΣΑΣ", "İ", "Ⱥ", "één", "fte’s", "", "procent",
        ] {
            let l = lower(w);
            assert_eq!(l, w.to_lowercase(), "{w}");
            assert_eq!(matches!(l, Cow::Borrowed(_)), l == w, "{w}");
        }
    }

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
        assert_eq!(unit_noun("euro's"), Some("EUR"));
        assert_eq!(unit_noun("Dollars"), Some("USD"));
        assert_eq!(unit_noun("CHF"), Some("CHF"));
        assert_eq!(unit_noun("$"), None);
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
        let m = |w: &str| measure_noun(w).map(|(u, f)| format!("{u} {f}"));
        assert_eq!(m("kWh").as_deref(), Some("kWh 1"));
        assert_eq!(m("GWh").as_deref(), Some("kWh 1000000"));
        assert_eq!(m("Megawattuur").as_deref(), Some("kWh 1000"));
        assert_eq!(m("MW").as_deref(), Some("kW 1000"));
        assert_eq!(m("hectare").as_deref(), Some("hectares 1"));
        assert_eq!(m("ha").as_deref(), Some("hectares 1"));
        assert_eq!(m("graden").as_deref(), Some("degrees_celsius 1"));
        assert_eq!(m("terabyte").as_deref(), Some("bytes 1000000000000"));
        assert_eq!(m("TB").as_deref(), Some("bytes 1000000000000"));
        assert_eq!(m("megaton").as_deref(), Some("tonnes 1000000"));
        assert_eq!(m("kilometer").as_deref(), Some("km 1"));
        assert_eq!(m("m³").as_deref(), Some("m3 1"));
        // (an abbreviation in another case, a bare `ton`: no unit)
        for w in ["mw", "Mw", "tb", "ton", "HA", "kg", "m"] {
            assert_eq!(m(w), None, "{w}");
        }
        assert!(!is_month("meid"));
    }
}
