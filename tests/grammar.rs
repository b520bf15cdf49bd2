//! Issue 3: the value grammar against a naive reference.
//! Random exact decimals, printed in every Dutch style (grouping by dots, spaces,
//! no-break and thin spaces, or none; decimal comma; every minus sign with and
//! without a space; accounting parentheses; percent and euro), parse back to the
//! same exact number; arbitrary text never panics.

use proptest::prelude::*;
use verslag::decimal::Dec;
use verslag::grammar::{parse_cell, Kind};

/// Groups `digits` in threes from the right with `sep`.
fn group(digits: &str, sep: &str) -> String {
    let mut out = String::new();
    let n = digits.len();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (n - i) % 3 == 0 {
            out.push_str(sep);
        }
        out.push(c);
    }
    out
}

#[derive(Debug, Clone)]
struct Printed {
    text: String,
    number: Dec,
    kind: Kind,
}

fn printed() -> impl Strategy<Value = Printed> {
    (
        0u64..1_000_000_000_000,
        prop::option::of(0u32..10_000),
        0usize..4, // fraction digits
        0usize..5, // grouping
        0usize..8, // sign style
        0usize..4, // decoration
    )
        .prop_map(|(int, frac, fd, grouping, sign, deco)| {
            let digits = int.to_string();
            let frac_digits = match frac {
                Some(f) if fd > 0 => format!("{:0width$}", f % 10u32.pow(fd as u32), width = fd),
                _ => String::new(),
            };
            let int_text = match grouping {
                0 => digits.clone(),
                1 => group(&digits, "."),
                2 => group(&digits, " "),
                3 => group(&digits, "\u{a0}"),
                _ => group(&digits, "\u{2009}"),
            };
            let body = if frac_digits.is_empty() {
                int_text
            } else {
                format!("{int_text},{frac_digits}")
            };
            let negative = sign > 0 && (int > 0 || frac_digits.chars().any(|c| c != '0'));
            let signed = match sign {
                0 => body.clone(),
                1 => format!("-{body}"),
                2 => format!("– {body}"),
                3 => format!("–{body}"),
                4 => format!("‒ {body}"),
                5 => format!("−{body}"),
                6 => format!("–\u{a0}{body}"),
                _ => format!("({body})"),
            };
            let (text, kind) = match deco {
                0 | 1 => (signed, Kind::Number),
                2 => (format!("{signed}%"), Kind::Percent),
                _ if sign == 7 => (signed, Kind::Number),
                _ => (format!("€ {signed}"), Kind::Money),
            };
            let number = Dec::from_digits(negative, &digits, &frac_digits).unwrap();
            Printed { text, number, kind }
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(4000))]

    #[test]
    fn parse_of_print_is_identity(p in printed()) {
        let v = parse_cell(&p.text);
        prop_assert!(v.is_some(), "no value in {:?}", p.text);
        let v = v.unwrap();
        prop_assert_eq!(v.number, Some(p.number), "{:?}", p.text);
        prop_assert_eq!(v.kind, p.kind, "{:?}", p.text);
        prop_assert_eq!(v.len, p.text.len());
    }

    #[test]
    fn arbitrary_text_never_panics(s in "\\PC{0,64}") {
        let _ = parse_cell(&s);
        let _ = verslag::grammar::scale_caption(&s);
    }

    #[test]
    fn numeric_soup_never_panics(s in "[0-9.,  \u{a0}\u{2009}–‒−()%€a-z]{0,40}") {
        if let Some(v) = parse_cell(&s) {
            prop_assert!(v.len <= s.len());
        }
    }
}

#[test]
fn hand_checked_values() {
    // seed 000, 003 and other agencies' styles
    let cases = [
        ("– 1.200", "-1200", Kind::Number),
        ("–\u{a0}24.905", "-24905", Kind::Number),
        ("‒ 0,02%", "-0.02", Kind::Percent),
        ("98 560", "98560", Kind::Number),
        ("– 3 783", "-3783", Kind::Number),
        ("(1.200)", "-1200", Kind::Number),
        ("( 1.200 )", "-1200", Kind::Number),
        ("(\u{a0}75\u{a0})", "-75", Kind::Number),
        ("€ 0,47", "0.47", Kind::Money),
        ("100,00%", "100.00", Kind::Percent),
        ("9,9 mln.", "9.9", Kind::Quantity),
        // whole euros: the dashes are no minus
        ("70,--", "70", Kind::Number),
        ("€ 72,--", "72", Kind::Money),
        ("14,—", "14", Kind::Number),
        ("45,-", "45", Kind::Number),
        // German and Belgian scale abbreviations
        ("€ 1,2 mrd.", "1.2", Kind::Money),
        ("3 mio.", "3", Kind::Quantity),
    ];
    for (s, n, k) in cases {
        let v = parse_cell(s).unwrap();
        assert_eq!(v.number.unwrap().to_string(), n, "{s}");
        assert_eq!(v.kind, k, "{s}");
    }
    assert_eq!(parse_cell("p.m.").unwrap().kind, Kind::Pm);
    assert_eq!(parse_cell("n.v.t.").unwrap().kind, Kind::Missing);
    assert_eq!(parse_cell("n.t.b.").unwrap().kind, Kind::Missing);
    let scale = |s: &str| parse_cell(s).unwrap().scale.unwrap().to_string();
    assert_eq!(scale("€ 1,2 mrd."), "1000000000");
    assert_eq!(scale("3 mio"), "1000000");
    // a range whose high end repeats the currency
    let r = parse_cell("€ 5 - € 6 miljoen").unwrap();
    assert_eq!(r.kind, Kind::Range);
    assert_eq!(
        (
            r.number.unwrap().to_string(),
            r.number_high.unwrap().to_string()
        ),
        ("5".to_string(), "6".to_string())
    );
    assert_eq!(r.scale.unwrap().to_string(), "1000000");
}

/// The CBS symbols `x` (secret) and `.` (no figures), and `..` of OECD-style tables
/// (not available), are missing values when they are the whole cell, and nothing
/// else: not a caption's `x`, not a full stop after a word, not four dots, not an
/// unclosed or empty parenthesis.
#[test]
fn cbs_symbols_and_spaced_parentheses() {
    for s in ["x", ".", " x ", "\u{a0}.\u{a0}", "..", " .. "] {
        let v = parse_cell(s).unwrap();
        assert_eq!((v.kind, v.number), (Kind::Missing, None), "{s:?}");
    }
    for s in [
        "x € 1.000",
        "X",
        "x5",
        ".5 mln",
        "....",
        "( 1.200",
        "( )",
        "(1.200 x)",
    ] {
        assert!(
            parse_cell(s).is_none_or(|v| v.kind != Kind::Missing && v.kind != Kind::Number),
            "{s:?}: {:?}",
            parse_cell(s)
        );
    }
}

/// A target's statuses are whole text values, case aside, and count as statuses
/// (the range of `TEXT_VALUES` that `is_status_value` reads); a word that only
/// begins like one is none.
#[test]
fn statuses_are_text_values() {
    use verslag::grammar::value::is_status_value;
    for s in [
        "Nog niet bekend",
        "niet bekend",
        "Onbekend",
        "Achter op schema",
        "Voor op schema",
        "Niet op koers",
        "Bereikt",
        "Deels bereikt",
        "niet bereikt",
        "Gehaald",
        "Vertraagd",
    ] {
        let v = parse_cell(s).unwrap_or_else(|| panic!("{s}"));
        assert_eq!((v.kind, v.number), (Kind::Text, None), "{s}");
        assert!(is_status_value(s), "{s}");
    }
    for s in ["Bereikte", "onbekende", "Nog", "uitgevoerd"] {
        assert!(!is_status_value(s), "{s}");
    }
    assert!(parse_cell("Bereikte").is_none_or(|v| v.kind != Kind::Text));
}
