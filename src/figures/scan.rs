//! Numbers in a sentence: digits through the value grammar, number words through
//! [`crate::grammar::words`], and the rules that tell a figure from a year, a date,
//! a list number, a code or a reference.

use super::prose::{excluded, follows_exclusion, Tok};
use crate::decimal::Dec;
use crate::grammar::value::{numeric, Currency, Kind, Note, Style};
use crate::grammar::words::{
    may_be_number_word, measure_noun, number_word, scale_noun, square_measure, unit_noun,
};

/// A number found in a sentence.
#[derive(Clone, Debug)]
pub(crate) struct Cand {
    /// Byte range in the run text: the number with its currency, scale and unit.
    pub s: usize,
    pub e: usize,
    /// First and last token (inclusive).
    pub t0: usize,
    pub t1: usize,
    pub number: Dec,
    pub high: Option<Dec>,
    pub scale: Option<Dec>,
    pub unit: &'static str,
    pub kind: &'static str,
    /// A year (`2021`): not a figure, but the period of the figures near it.
    pub year: Option<i32>,
    /// Qualifier printed as a symbol before the number (`>99,98%`).
    pub symbol: Option<&'static str>,
    /// A signed number in parentheses after a value: its change (`5.600 (+ 500)`).
    pub change: bool,
}

const QUALIFIER_WORDS: &[&str] = &[
    "ruim",
    "bijna",
    "circa",
    "ca",
    "ongeveer",
    "zo'n",
    "zo’n",
    "minimaal",
    "maximaal",
    "minstens",
    "hoogstens",
    "dan",
    "ruwweg",
    "plusminus",
    "tenminste",
    "rond",
    "zeker",
    "hooguit",
    "nagenoeg",
    "vrijwel",
    "grofweg",
    "afgerond",
];

/// Words before a duration that make it a period description (`de afgelopen 3 jaar`).
const PERIOD_WORDS: &[&str] = &[
    "deze",
    "iedere",
    "ieder",
    "elke",
    "elk",
    "eerste",
    "laatste",
    "afgelopen",
    "komende",
    "voorgaande",
    "volgende",
    "zelfde",
    "achterliggende",
];

fn unit_of(u: crate::grammar::value::Unit) -> &'static str {
    u.as_str()
}

/// Whether a unit as the output names it is an amount of money (`EUR`, `USD`, ...).
pub(crate) fn is_money_unit(u: &str) -> bool {
    crate::grammar::Currency::from_code(u).is_some()
}

/// Finds the numbers of one sentence. `line_start` tells whether an offset starts
/// a source line (a number there followed by `.` is a list or section number).
pub(crate) fn candidates(
    text: &str,
    toks: &[Tok],
    sent_end: usize,
    ex: &[(usize, usize)],
    line_start: &dyn Fn(usize) -> bool,
) -> Vec<Cand> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        let t = &toks[i];
        let piece = &text[t.s..t.e];
        // (`t.num` says whether the token holds a digit or `€` at all)
        let rel = t
            .num
            .then(|| digit_or_euro(piece))
            .flatten()
            .or_else(|| piece.starts_with("EUR").then_some(0))
            .or_else(|| other_currency(piece));
        let next = match rel {
            Some(rel) => digits_at(text, toks, i, t.s + rel, sent_end, ex, line_start, &mut out),
            None => word_at(text, toks, i, &mut out),
        };
        i = next.max(i + 1);
    }
    split_decimals(text, &mut out);
    compound_durations(text, toks, &mut out);
    // `tussen (de) 10 en 15 dagen`, `2 tot 4 weken`, `2 a 3 maanden`, `12 tot en met
    // 17 jaar`: one range
    let mut k = 0;
    while k + 1 < out.len() {
        let (a, b) = (&out[k], &out[k + 1]);
        let word = |i: Option<usize>| i.and_then(|i| toks.get(i)).map_or("", |t| t.w.as_ref());
        let joined = |w: &str| b.t0 == a.t1 + 2 && toks[a.t1 + 1].w == w;
        // (`van 12 tot en met 17 jaar`, `4 t/m 12 jaar`: the high end included)
        let through = (b.t0 == a.t1 + 4
            && toks[a.t1 + 1..b.t0]
                .iter()
                .map(|t| t.w.as_ref())
                .eq(["tot", "en", "met"]))
            || joined("t/m");
        let between = word(a.t0.checked_sub(1)) == "tussen"
            || (word(a.t0.checked_sub(1)) == "de" && word(a.t0.checked_sub(2)) == "tussen");
        let bare = a.kind == "number" && a.unit == "count" && a.scale.is_none();
        // (`tot` and `a` join a range whose low end is bare; after a verb of change
        // they give the change's end: `stegen van 3 tot 5 procent`, `met 5 tot 120`)
        let to = (joined("tot") || joined("a") || through)
            && bare
            && a.symbol.is_none()
            && !super::context::change_before(toks, a.t0);
        if ((between && joined("en")) || to)
            && a.year.is_none()
            && b.year.is_none()
            && a.number < b.number
        {
            let b = out.remove(k + 1);
            let a = &mut out[k];
            a.high = Some(b.number);
            a.e = b.e;
            a.t1 = b.t1;
            a.kind = "range";
            if a.unit == "count" {
                a.unit = b.unit;
            }
            if a.scale.is_none() {
                a.scale = b.scale;
            }
        }
        k += 1;
    }
    // `van 6,1 naar 5,4 procent`, `van 3,5 tot 4,2 miljoen`: the low end printed
    // bare takes the unit (and scale) of the end it goes to
    for k in 1..out.len() {
        let (head, tail) = out.split_at_mut(k);
        let (a, b) = (&mut head[k - 1], &tail[0]);
        let to = b.t0 == a.t1 + 2 && matches!(toks[a.t1 + 1].w.as_ref(), "naar" | "tot");
        let from = a.t0 > 0 && toks[a.t0 - 1].w == "van";
        if to && from {
            take_unit_of(a, b);
        }
    }
    // a list whose last number carries the unit and scale for all: `12,5, 13,1 en
    // 14,0 miljoen euro`, `€ 12,5 en € 13,1 miljoen`, `3, 4 en 5 procent` (read from
    // the end, so the unit passes along the list). A comma joins a list only where
    // the list goes on to its `en` or `of`: in `1.009.500, 0,4% meer dan in 2024`
    // and `12.500, 3% meer` the number after the comma compares, and the count
    // keeps its own unit
    // (`listed`: the number after the link is one of a list that ends in `en`/`of`)
    let mut listed = false;
    for k in (1..out.len()).rev() {
        let (head, tail) = out.split_at_mut(k);
        let (a, b) = (&mut head[k - 1], &tail[0]);
        let comma = b.t0 == a.t1 + 1
            && toks[a.t1].clause_end
            && text[toks[a.t1].ce..toks[a.t1].e].trim() == ",";
        let and = b.t0 == a.t1 + 2 && matches!(toks[a.t1 + 1].w.as_ref(), "en" | "of");
        listed = and || (comma && listed);
        if listed {
            take_unit_of(a, b);
        }
    }
    // `de kosten lagen 3 miljoen boven de omzet`: a scaled amount of money
    for c in out.iter_mut() {
        if c.unit == "count" && c.scale.is_some() {
            // (`De personeelskosten stegen ten opzichte van 2022 met 371,2 mln.`)
            let lo = c.t0.saturating_sub(8);
            let money_before = toks[lo..c.t0]
                .iter()
                .any(|t| crate::grammar::words::is_money_noun(&t.w));
            let noun_after = toks.get(c.t1 + 1).is_some_and(|t| {
                !toks[c.t1].clause_end
                    && t.w.chars().count() > 3
                    && t.w.chars().all(char::is_alphabetic)
                    && !matches!(
                        t.w.as_ref(),
                        "boven"
                            | "onder"
                            | "hoger"
                            | "lager"
                            | "meer"
                            | "minder"
                            | "door"
                            | "voor"
                            | "naar"
                            | "over"
                            | "vanaf"
                            | "tegen"
                            | "zonder"
                            | "extra"
                            | "ofwel"
                    )
                    // (a verb after the amount is no noun it counts: `1,4 mln. wordt`)
                    && !super::FINITE_VERBS.contains(&t.w.as_ref())
            });
            if money_before && !noun_after {
                c.unit = "EUR";
                c.kind = "money";
            }
        }
    }
    // index numbers: `de prijsindex steeg naar 104,2`, `98,6 (2021 = 100)`
    for c in out.iter_mut() {
        if c.unit == "count" && c.scale.is_none() && c.kind == "number" {
            let lo = c.t0.saturating_sub(5);
            let named = toks[lo..c.t0]
                .iter()
                .any(|t| t.w.ends_with("index") || t.w.ends_with("indexcijfer"));
            // (`(2021 = 100)` right after: the base of the index)
            let base = toks.get(c.t1 + 1..c.t1 + 3).is_some_and(|n| {
                n[0].opens && n[0].w.len() == 4 && n[0].w.starts_with("20") && n[1].w == "100"
            });
            if named || base {
                c.unit = "index";
                c.kind = "quantity";
            }
        }
    }
    // marks: `een score van minimaal een 7`, `rapportcijfer 7,4`, `de
    // klanttevredenheid steeg van 7,4 naar 7,6`, `waardeerden de dienst met een 7,8`
    for c in out.iter_mut() {
        if c.unit == "count" && c.scale.is_none() && c.number <= Dec::from_int(10) {
            let lo = c.t0.saturating_sub(5);
            if toks[lo..c.t0].iter().any(|t| {
                matches!(
                    t.w.as_ref(),
                    "score"
                        | "cijfer"
                        | "rapportcijfer"
                        | "waardering"
                        | "gemiddelde"
                        | "waardeerden"
                        | "waardeerde"
                        | "beoordeelden"
                        | "beoordeelde"
                ) || t.w.ends_with("cijfer")
                    || t.w.ends_with("tevredenheid")
            }) {
                c.unit = "score";
                c.kind = "quantity";
            }
        }
    }
    // clock times: `van 9 tot 17 uur`, `tussen 8 en 10 uur`, `tot 20 uur`, `vanaf 8
    // uur` (not `tot 20 uur per week`)
    let word = |i: usize| toks.get(i).map_or("", |t| t.w.as_ref());
    out.retain(|c| {
        let hour = |d: Dec| d.is_integer() && d <= Dec::from_int(24) && !d.is_negative();
        let before = c.t0.checked_sub(1).map_or("", word);
        let clock = c.unit == "hours"
            && hour(c.number)
            && c.high.is_none_or(hour)
            && match c.high {
                Some(_) => matches!(before, "van" | "tussen"),
                None => matches!(before, "tot" | "vanaf"),
            }
            && word(c.t1 + 1) != "per";
        !clock
    });
    // a fraction or a ratio in words is no count: `twee derde van het personeel`,
    // `1 op de 5 aanvragen` (neither `2` nor `5` is a number of anything)
    let fraction = |c: &Cand| {
        let bare = c.unit == "count" && c.scale.is_none() && c.kind == "number";
        let denominator = matches!(
            word(c.t1 + 1),
            "derde"
                | "derden"
                | "vierde"
                | "vierden"
                | "vijfde"
                | "vijfden"
                | "zesde"
                | "achtste"
                | "tiende"
                | "tienden"
                | "honderdste"
        );
        let of_ratio = !toks[c.t1].clause_end && word(c.t1 + 1) == "op" && word(c.t1 + 2) == "de";
        let in_ratio = c.t0 >= 3
            && word(c.t0 - 1) == "de"
            && word(c.t0 - 2) == "op"
            && (toks[c.t0 - 3].num || matches!(word(c.t0 - 3), "een" | "één" | "eén"));
        bare && (denominator || of_ratio || in_ratio)
    };
    out.retain(|c| !fraction(c));
    // the base of a rate is no figure: `3,4 woninginbraken per 1.000 inwoners`
    out.retain(|c| {
        let bare = c.unit == "count" && c.scale.is_none() && c.kind == "number";
        let base = c.t0 >= 1
            && word(c.t0 - 1) == "per"
            && !toks[c.t1].clause_end
            && toks
                .get(c.t1 + 1)
                .is_some_and(|n| !n.w.is_empty() && n.w.chars().all(char::is_alphabetic));
        !(bare && base)
    });
    // durations that describe a period: `de afgelopen 3 jaar`, `iedere vier maanden`
    out.retain(|c| {
        let time = matches!(c.unit, "months" | "weeks" | "year" | "days");
        let prev = |k: usize| c.t0.checked_sub(k).map_or("", |i| toks[i].w.as_ref());
        // `de afgelopen 3 jaar`; `1 keer in de 2 maanden` is the rate of the figure before
        !(time && (PERIOD_WORDS.contains(&prev(1)) || (prev(1) == "de" && prev(2) == "in")))
    });
    out
}

/// A scale word's multiplier (if any) times a unit's factor (`1,2 miljard MWh`).
fn scaled(scale: Option<Dec>, factor: Dec) -> Dec {
    scale.and_then(|s| s.checked_mul(factor)).unwrap_or(factor)
}

/// A unit of measure at token `k` ([`measure_noun`]; or two words, `vierkante
/// meter`, `vierkante kilometer`; `graden Celsius`): its unit, factor, and the end
/// (byte and token) of its words.
fn measure_at(text: &str, toks: &[Tok], k: usize) -> Option<(&'static str, Dec, usize, usize)> {
    let t = toks.get(k)?;
    if let Some((u, factor)) = measure_noun(&text[t.cs..t.ce]) {
        let (e, last) = celsius(toks, k, t.ce);
        return Some((u, factor, e, last));
    }
    let n = toks
        .get(k + 1)
        .filter(|_| !t.clause_end && !toks[k + 1].opens)?;
    let (u, factor) = square_measure(&t.w, &n.w)?;
    Some((u, factor, n.ce, k + 1))
}

/// The end (byte and token) of a unit at token `k` that ends at `ce`, with
/// `Celsius` after `graden` taken along (`graden Celsius`).
fn celsius(toks: &[Tok], k: usize, ce: usize) -> (usize, usize) {
    match toks.get(k + 1) {
        Some(n) if toks[k].w.starts_with("gra") && n.w == "celsius" && !toks[k].clause_end => {
            (n.ce, k + 1)
        }
        _ => (ce, k),
    }
}

/// The length of a degree sign right after a number (`°C`, ` °C`, `°`, ` ºC`):
/// at most one space before it, and no letter or digit after it.
fn degree_sign(rest: &str) -> Option<usize> {
    let r = rest
        .strip_prefix(' ')
        .or_else(|| rest.strip_prefix('\u{a0}'))
        .unwrap_or(rest);
    let after = r.strip_prefix('°').or_else(|| r.strip_prefix('º'))?;
    let after = after.strip_prefix(['C', 'c']).unwrap_or(after);
    if after.starts_with(|c: char| c.is_alphanumeric()) {
        return None;
    }
    Some(rest.len() - after.len())
}

/// OCR's space after a decimal comma, `€ 3, 4 miljoen`, `€ 12, 75 mln.`: an
/// amount of whole euros (or a bare number) of up to three digits, `, ` and one
/// or two digits with a scale word, in euros, are one amount (€ 3,4 miljoen).
/// A list has its `en` (`€ 3, 4 en 5 miljoen`) or its own `€` (`€ 3, € 4
/// miljoen`), and is left.
fn split_decimals(text: &str, out: &mut Vec<Cand>) {
    // the digits a number is printed with, after its `€` and spaces, if that is all
    fn digits_of(raw: &str, max: usize) -> Option<&str> {
        let d = raw.trim_start_matches(['€', ' ', '\u{a0}']);
        (!d.is_empty() && d.len() <= max && d.bytes().all(|b| b.is_ascii_digit())).then_some(d)
    }
    merge_adjacent(
        out,
        |a, b| {
            let plain = a.scale.is_none()
                && a.high.is_none()
                && a.year.is_none()
                && a.symbol.is_none()
                && !a.change
                && (a.kind == "money" || (a.kind == "number" && a.unit == "count"));
            if !plain || &text[a.e..b.s] != ", " {
                return None;
            }
            let int = digits_of(&text[a.s..a.e], 3)?;
            // (in euros, or scaled after an amount in euros: `€ 3, 4 miljoen`)
            let euros = b.unit == "EUR" || (a.kind == "money" && b.unit == "count");
            if !(euros && b.scale.is_some() && b.high.is_none() && b.symbol.is_none()) {
                return None;
            }
            let raw_b = &text[b.s..b.e];
            let frac = raw_b.split([' ', '\u{a0}']).next()?;
            digits_of(frac, 2)?;
            Dec::from_digits(false, int, frac)
        },
        |a, b| {
            a.scale = b.scale;
            a.unit = "EUR";
            a.kind = "money";
        },
    );
}

/// Joins each candidate with the next where `join` gives their number: the first
/// takes the number and runs on to the second's end, `take` moves what else it
/// takes from the second (its unit, scale, kind), and the joined one is tried
/// against the next again (`1 uur, 12 minuten en 5 seconden`).
fn merge_adjacent(
    out: &mut Vec<Cand>,
    join: impl Fn(&Cand, &Cand) -> Option<Dec>,
    take: impl Fn(&mut Cand, &Cand),
) {
    let mut k = 0;
    while k + 1 < out.len() {
        match join(&out[k], &out[k + 1]) {
            Some(n) => {
                let b = out.remove(k + 1);
                let a = &mut out[k];
                a.number = n;
                a.e = b.e;
                a.t1 = b.t1;
                take(a, &b);
            }
            None => k += 1,
        }
    }
}

/// How many of the smaller unit of time make one of the larger, for the pairs a
/// duration is told in (`2 jaar en 3 maanden`, `8 minuten en 42 seconden`).
fn time_factor(larger: &str, smaller: &str) -> Option<i64> {
    Some(match (larger, smaller) {
        ("year", "months") => 12,
        ("weeks", "days") => 7,
        ("days", "hours") => 24,
        ("hours", "minutes") | ("minutes", "seconds") => 60,
        _ => return None,
    })
}

/// A duration told in two units, `8 minuten en 42 seconden`, `1 uur en 20
/// minuten`, `2 jaar en 3 maanden` (or three: `1 uur, 12 minuten en 5 seconden`):
/// one quantity in the smaller unit (522 seconds), where the smaller part is less
/// than one of the larger (`3 weken en 10 dagen` is a list) and neither part is a
/// range or has a scale or a sign of its own.
fn compound_durations(text: &str, toks: &[Tok], out: &mut Vec<Cand>) {
    let plain = |c: &Cand| {
        c.high.is_none()
            && c.scale.is_none()
            && c.year.is_none()
            && c.symbol.is_none()
            && !c.change
            && !c.number.is_negative()
    };
    merge_adjacent(
        out,
        |a, b| {
            let and = b.t0 == a.t1 + 2 && !toks[a.t1].clause_end && toks[a.t1 + 1].w == "en";
            let comma = b.t0 == a.t1 + 1 && text[toks[a.t1].ce..toks[a.t1].e].trim() == ",";
            time_factor(a.unit, b.unit)
                .filter(|_| (and || comma) && plain(a) && plain(b))
                .filter(|&f| b.number < Dec::from_int(f))
                .and_then(|f| {
                    a.number
                        .checked_mul(Dec::from_int(f))?
                        .checked_add(b.number)
                })
        },
        |a, b| {
            a.unit = b.unit;
            a.kind = "quantity";
        },
    );
}

/// `a` printed bare (or in `b`'s unit without a scale) before `b`, the end it goes to
/// or the last of its list, takes `b`'s unit, and its scale where the two numbers are
/// of a size (within ten times either way: `van 3,5 naar 4,2 miljoen`, `€ 12,5 en €
/// 13,1 miljoen`; not `van 800 naar 1,2 miljoen`).
fn take_unit_of(a: &mut Cand, b: &Cand) {
    let bare = a.kind == "number" && a.unit == "count";
    let plain = a.scale.is_none() && a.year.is_none() && a.symbol.is_none();
    if !(plain && b.year.is_none() && (bare || a.unit == b.unit)) {
        return;
    }
    if bare && b.unit != "count" {
        a.unit = b.unit;
        a.kind = b.kind;
    }
    let Some(scale) = b.scale else { return };
    let ten = |d: Dec| d.abs().checked_mul(Dec::from_int(10));
    let near = ten(b.number).is_some_and(|t| a.number.abs() <= t)
        && ten(a.number).is_some_and(|t| b.number.abs() <= t);
    if near {
        a.scale = Some(scale);
        if a.kind == "number" {
            a.kind = "quantity";
        }
    }
}

/// `piece.find(|c: char| c.is_ascii_digit() || c == '€' || c == '$' || c == '£')`,
/// by bytes: an ASCII digit is one byte, `€` the three bytes E2 82 AC, `£` C2 A3
/// (in UTF-8 a byte below 0x80 or a lead byte such as E2 starts a char, so the
/// offset is a char boundary); a `$` after `US` starts at its `U` (`US$3`).
fn digit_or_euro(piece: &str) -> Option<usize> {
    let b = piece.as_bytes();
    let k = b.iter().enumerate().position(|(k, &c)| {
        c.is_ascii_digit()
            || c == b'$'
            || (c == 0xE2 && b.get(k + 1..k + 3) == Some(&[0x82, 0xAC][..]))
            || (c == 0xC2 && b.get(k + 1) == Some(&0xA3))
    })?;
    Some(if b[k] == b'$' && k >= 2 && &b[k - 2..k] == b"US" {
        k - 2
    } else {
        k
    })
}

/// Where a token without a digit or `€` opens an amount in another currency: a
/// code in capitals (`USD 2,5 mln.`, `GBP`, `CHF`) at its start, or a sign (`$
/// 400.000`, `(US$`, `£`).
fn other_currency(piece: &str) -> Option<usize> {
    // (every word of prose comes here: its first byte, and a byte loop over the
    // short token, decide before any comparison)
    let b = piece.as_bytes();
    // (after an opening parenthesis or quote: `(USD 5 miljoen)`)
    let lead = b
        .iter()
        .take_while(|&&c| matches!(c, b'(' | b'[' | b'"' | b'\''))
        .count();
    if matches!(b.get(lead), Some(b'U' | b'G' | b'C'))
        && crate::grammar::value::currency_code(&piece[lead..]).is_some()
    {
        return Some(lead);
    }
    if b.iter().any(|&c| c == b'$' || c == 0xA3) {
        return digit_or_euro(piece);
    }
    None
}

/// Whether a token reads as code rather than prose (`$1}'`, `` `$2` ``, `[$1]`,
/// `s/x/$1/`): a `$` there is a variable, no dollar.
fn code_like(piece: &str) -> bool {
    piece.contains(['{', '}', '[', ']', '=', '\\', '|', '`', '/', '<', '>'])
        || piece.matches('$').count() > 1
}

/// The scale caption that follows byte `e` within the sentence after at most one
/// space (`1.234 (x € 1.000)`): its multiplier, currency, the text it was read in
/// (from `e`) and its byte range there.
fn caption_after(
    text: &str,
    e: usize,
    sent_end: usize,
) -> Option<(Dec, Option<Currency>, &str, std::ops::Range<usize>)> {
    let mut hi = (e + 40).min(sent_end).max(e);
    while !text.is_char_boundary(hi) {
        hi -= 1;
    }
    let after = &text[e..hi];
    let lead = after.len() - after.trim_start().len();
    // only a caption at `lead` counts: skip the search where none can start
    if lead > 1
        || !after
            .as_bytes()
            .get(lead)
            .is_some_and(|&b| crate::grammar::value::may_start_caption(b))
    {
        return None;
    }
    let (m, cur, r) = crate::grammar::value::scale_caption(after)?;
    (r.start == lead).then_some((m, cur, after, r))
}

/// A count's scale caption that follows byte `e` within the sentence after at most
/// one space: in parentheses, as a table prints it (`(x 1.000)`, `(aantallen x
/// 1.000)`, `(in duizenden)`; `(bedragen x 1.000)` is in euros), or `x 1.000` / `x
/// 1.000.000` before a word that names no currency (`4.512 x 1.000
/// reisdocumenten`). Its multiplier, currency and length from `e`.
fn count_caption_after(
    text: &str,
    e: usize,
    sent_end: usize,
) -> Option<(Dec, Option<Currency>, usize)> {
    let mut hi = (e + 60).min(sent_end).max(e);
    while !text.is_char_boundary(hi) {
        hi -= 1;
    }
    let after = &text[e..hi];
    let rest = after.strip_prefix([' ', '\u{a0}']).unwrap_or(after);
    let lead = after.len() - rest.len();
    if rest.starts_with('(') {
        let close = rest.find(')')?;
        let (m, cur, r) = crate::grammar::value::count_caption(&rest[..=close])?;
        return (r == (0..close + 1)).then_some((m, cur, lead + close + 1));
    }
    let r = rest.strip_prefix(['x', '×'])?;
    let r2 = r.trim_start_matches([' ', '\u{a0}']);
    if r2.len() == r.len() {
        return None;
    }
    let (m, digits) = [
        ("1.000.000", 1_000_000),
        ("1.000", 1_000),
        ("1 000 000", 1_000_000),
        ("1 000", 1_000),
    ]
    .into_iter()
    .find(|(d, _)| r2.starts_with(d))
    .map(|(d, m)| (m, d.len()))?;
    // (a word after it, no number and no currency: `1.000 reisdocumenten`; not
    // `1.000,5`, `1.000 euro`)
    let tail = &r2[digits..];
    let word = tail.strip_prefix(' ')?;
    let word = word
        .split(|c: char| !c.is_alphabetic() && c != '\'' && c != '’')
        .next()
        .unwrap_or("");
    if !word.starts_with(char::is_lowercase)
        || Currency::named_by(&crate::grammar::words::lower(word)).is_some()
    {
        return None;
    }
    Some((Dec::from_int(m), None, after.len() - tail.len()))
}

/// Whether a scale caption that names its currency follows byte `e` within the
/// sentence: `3 783 (x € 1.000)` (`(x 1 mln)` scales a count).
fn caption_follows(text: &str, e: usize, sent_end: usize) -> bool {
    caption_after(text, e, sent_end).is_some_and(|(_, cur, after, r)| {
        cur.is_some() && crate::grammar::value::Currency::named_in(&after[r])
    })
}

/// The start of a minus that stands apart before byte `at` (`bedraagt – `, `(– `,
/// `: -/- `): after an opening parenthesis, a colon or a verb of amount, and no
/// second dash after the amount closing an aside.
fn spaced_minus(text: &str, at: usize) -> Option<usize> {
    let before = text[..at].trim_end();
    let dash = ["-/-", "–", "—", "−", "-"]
        .into_iter()
        .find(|d| before.ends_with(d))?;
    let d0 = before.len() - dash.len();
    if before.len() == text[..at].len() {
        return None; // (glued: taken as a sign of its own above)
    }
    let prev = text[..d0].trim_end();
    let opens = prev.ends_with(['(', ':']);
    let word = prev
        .rsplit(|c: char| c.is_whitespace())
        .next()
        .unwrap_or("")
        .to_lowercase();
    // (`kwam uit op – € 2,6 miljoen`, `sloot af op -/- € 3,8 miljoen`: the verb's
    // particle and `op`)
    let lands_on = word == "op"
        && matches!(
            prev[..prev.len() - 2]
                .trim_end()
                .rsplit(char::is_whitespace)
                .next()
                .unwrap_or(""),
            "uit" | "af"
        );
    let verb = lands_on
        || matches!(
            word.as_str(),
            "bedraagt"
                | "bedroeg"
                | "bedragen"
                | "bedroegen"
                | "is"
                | "was"
                | "van"
                | "saldo"
                | "resultaat"
        );
    // (the aside's closing dash on the rest of the sentence's line; a stop in a
    // number, `€ 1.200`, ends no sentence)
    let rest = &text[at..];
    let rest = &rest[..rest.find(['\n']).unwrap_or(rest.len())];
    let rest = &rest[..rest.find(". ").unwrap_or(rest.len())];
    let aside = rest.contains(" – ") || rest.contains(" — ") || rest.contains(" - ");
    ((opens || verb) && !aside).then_some(d0)
}

/// The sign of a number in parentheses of its own: `(+ 500)`, `(-160)`. `p` is where
/// the number's digits start; returns the sign, where it stands and where the
/// parenthesis opens.
pub(crate) fn paren_sign(text: &str, p: usize) -> Option<(char, usize, usize)> {
    let before = text[..p].trim_end_matches([' ', '\u{a0}']);
    let sign = before
        .chars()
        .next_back()
        .filter(|c| matches!(c, '+' | '-' | '−' | '–' | '—'))?;
    let at = before.len() - sign.len_utf8();
    let open = text[..at]
        .trim_end_matches([' ', '\u{a0}'])
        .strip_suffix('(')?;
    Some((sign, at, open.len()))
}

/// Whether `i` opens with an amount of euros in parentheses and a scale word after
/// them: `(1.200) duizend euro`, `( 3,4 ) miljoen euro`.
fn paren_amount(i: &str) -> bool {
    let style = Style {
        space_grouping: true,
    };
    numeric(style)(i).is_ok_and(|(_, v)| {
        v.kind == Kind::Money
            && v.scale.is_some()
            && v.number.is_some_and(Dec::is_negative)
            && i[..v.len].contains(')')
    })
}

/// A span of years that dates what the sentence tells, where a word of time leads
/// it: `in de periode 2021-2024`, `de jaren 2019–2022`, `in 2023-2027`, `over 2021 -
/// 2024`. Pushed as a year whose `high` is the last year, and the token after it
/// returned; `None` where no such span starts at `p` (a school year or a
/// parliamentary year, `vergaderjaar 2022–2023`, dates nothing here).
fn year_span_at(
    text: &str,
    toks: &[Tok],
    i: usize,
    p: usize,
    out: &mut Vec<Cand>,
) -> Option<usize> {
    let t = &toks[i];
    if p != t.s || i == 0 || toks[i - 1].clause_end {
        return None;
    }
    let lead = toks[i - 1].w.as_ref();
    if !(lead.ends_with("periode") || matches!(lead, "jaren" | "in" | "over")) {
        return None;
    }
    let year = |s: &str| {
        (s.len() == 4 && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse::<i32>().ok())
            .flatten()
            .filter(|y| (1900..=2100).contains(y))
    };
    let rest = &text[p..];
    let y1 = year(rest.get(..4)?)?;
    let after = rest[4..].trim_start_matches([' ', '\u{a0}']);
    let dash = ['-', '–', '—']
        .into_iter()
        .find(|&d| after.starts_with(d))?;
    let after2 = after[dash.len_utf8()..].trim_start_matches([' ', '\u{a0}']);
    let y2 = year(after2.get(..4)?)?;
    if after2[4..].starts_with(|c: char| c.is_alphanumeric()) || !(y1 < y2 && y2 - y1 <= 30) {
        return None;
    }
    let e = text.len() - after2.len() + 4;
    let t1 = token_at(toks, e - 1);
    out.push(Cand {
        s: p,
        e,
        t0: i,
        t1,
        number: Dec::from_int(i64::from(y1)),
        high: Some(Dec::from_int(i64::from(y2))),
        scale: None,
        unit: "count",
        kind: "number",
        year: Some(y1),
        symbol: None,
        change: false,
    });
    Some(t1 + 1)
}

/// Whether the number at token `i` ends the name of a law or regulation: right
/// after a word that is one (`Archiefwet 2021`, `Bouwbesluit 2012`, `de regeling
/// 2020`), or after a capitalised one and up to five lower-case words of its name
/// (`Wet natuurbescherming 2017`, `Wet op de jeugdzorg 2015`, `Besluit
/// bodemkwaliteit 2019`, `Subsidieregeling sportaccommodaties 2020`). A verb or a
/// preposition of time between them ends the name: `de Wet is sinds 2017`, `de
/// Omgevingswet in 2024`. A budget law's year is its budget's (`Slotwet 2023`,
/// `suppletoire begrotingswet 2023`): a period.
fn in_law_name(text: &str, toks: &[Tok], i: usize) -> bool {
    let law = |w: &str| {
        [
            "wet",
            "besluit",
            "regeling",
            "verordening",
            "beleidsregel",
            "beleidsregels",
        ]
        .iter()
        .any(|h| w.ends_with(h))
            && !w.ends_with("slotwet")
            && !w.ends_with("begrotingswet")
    };
    let mut j = i;
    while j > 0 && i - j <= 5 {
        let p = &toks[j - 1];
        if p.clause_end || p.closes || p.num {
            return false;
        }
        let capital = text[p.cs..p.ce].starts_with(char::is_uppercase);
        if law(&p.w) && (j == i || capital) {
            return true;
        }
        let glue = matches!(p.w.as_ref(), "op" | "de" | "het" | "en" | "inzake");
        let word = !p.w.is_empty()
            && p.w.chars().all(|c| c.is_alphabetic() || c == '-')
            && !capital
            && !super::context::is_function(&p.w);
        if p.opens || !(glue || word) {
            return false;
        }
        j -= 1;
    }
    false
}

fn token_at(toks: &[Tok], off: usize) -> usize {
    toks.partition_point(|t| t.e <= off)
        .min(toks.len().saturating_sub(1))
}

#[allow(clippy::too_many_arguments)]
fn digits_at(
    text: &str,
    toks: &[Tok],
    i: usize,
    p: usize,
    sent_end: usize,
    ex: &[(usize, usize)],
    line_start: &dyn Fn(usize) -> bool,
    out: &mut Vec<Cand>,
) -> usize {
    let t = &toks[i];
    if let Some(next) = year_span_at(text, toks, i, p, out) {
        return next;
    }
    // an accounting negative in parentheses with its scale and currency after it:
    // `geraamd op (1.200) duizend euro` is read from the parenthesis, whole (a
    // number in parentheses alone is an aside, `vorig jaar (1.198)`, and is left)
    // (or with spaces inside, `( 3,4 ) miljoen euro`: the parenthesis a token before)
    let open = text[..p].trim_end_matches([' ', '\u{a0}']);
    let p = match open.len().checked_sub(1) {
        Some(o)
            if open.ends_with('(')
                && (p > t.s || (i > 0 && toks[i - 1].e == open.len()))
                && paren_amount(&text[o..sent_end]) =>
        {
            o
        }
        _ => p,
    };
    // (the token the number starts in: the parenthesis's, where it stands apart)
    let t0 = if p < t.s { i - 1 } else { i };
    let prefix = &text[t.s.min(p)..p];
    // a sign glued to the number (`+10,4%`, `(-3%)`, `−3,5%`, `-€ 1,2 mln`): taken
    // below for a percentage (or percentage points) or an amount of money only
    // (`+31` is a phone number)
    let sign = prefix
        .chars()
        .next_back()
        .filter(|c| matches!(c, '+' | '-' | '−' | '–' | '—'));
    let prefix = &prefix[..prefix.len() - sign.map_or(0, char::len_utf8)];
    // a dash that stands apart before the amount, where a verb or an opening
    // parenthesis puts it (`bedraagt – € 3,8 miljoen`, `(– € 18 miljoen)`, `-/- €
    // 3,8`); a dash between two phrases (`De kosten – € 3,8 miljoen – vallen`) is no
    // sign, and is left
    let spaced = if sign.is_none() && prefix.is_empty() {
        spaced_minus(text, t.s)
    } else {
        None
    };
    let glued = sign.is_some();
    // thousands and millions of euros as engineers write them: `k€ 450`, `M€ 1,2`
    let metric = if text[p..].starts_with('€') && !glued {
        match prefix.as_bytes().last() {
            Some(b'k' | b'K') => Some(1_000),
            Some(b'M') => Some(1_000_000),
            _ => None,
        }
    } else {
        None
    };
    let prefix = &prefix[..prefix.len() - usize::from(metric.is_some())];
    // glued to letters or codes: `B2`, `Z0`, `COVID-19`, `+31`, `#3`, `/2`
    if !prefix.chars().all(|c| {
        matches!(
            c,
            '(' | '[' | '>' | '<' | '≥' | '≤' | '±' | '~' | '‘' | '\'' | '"' | '“'
        )
    }) {
        return i + 1;
    }
    let style = Style {
        space_grouping: true,
    };
    let Ok((_, v)) = numeric(style)(&text[p..sent_end]) else {
        return i + 1;
    };
    // (a `$` in code is a variable: `'{print $1}'`, `` `$2` ``; so is one glued to
    // a single digit with no scale, `echo $1`, where an amount prints `$ 5` or `$5
    // miljoen`)
    if let Some(after) = text[p..].strip_prefix('$') {
        let variable =
            v.scale.is_none() && after.starts_with(|c: char| c.is_ascii_digit()) && v.len == 2;
        if variable || code_like(&text[t.s..t.e]) {
            return i + 1;
        }
    }
    let Some(mut number) = v.number else {
        return i + 1;
    };
    let change = v.unit == crate::grammar::Unit::PercentagePoints;
    // (an amount in a scale caption's euros too: `– 3 783 (x € 1.000)`; the caption
    // is looked for only after a dash that stands apart)
    let money = v.kind == Kind::Money
        || v.unit.is_money()
        || (spaced.is_some() && caption_follows(text, p + v.len, sent_end));
    // a change in parentheses after a value (`naar 5.600 (+ 500)`, `1.240 (-160)`):
    // signed whatever its unit
    let aside = paren_sign(text, p)
        .filter(|&(_, _, open)| {
            // (right after a number or a percentage: `(+31) 70 …` is a phone number)
            text[..open]
                .trim_end()
                .ends_with(|c: char| c.is_ascii_digit() || c == '%')
                && text[p + v.len..sent_end].trim_start().starts_with(')')
                && !number.is_negative()
        })
        .map(|(sign, at, _)| (sign, at));
    let signable = (matches!(v.kind, Kind::Percent) || money || change || aside.is_some())
        && !number.is_negative();
    // (a dash apart before a count is no sign: the count is read as it was)
    let (sign, spaced) = match aside {
        Some((c, at)) if !glued => (Some(c), Some(at)),
        _ if glued => (sign, None),
        _ => {
            let sign = spaced.filter(|_| signable).map(|_| '-');
            (sign, spaced.filter(|_| sign.is_some()))
        }
    };
    if let Some(sign) = sign {
        // (a range, `-3 tot -5%`, or a sign the grammar read too, `€ -1,2`: left)
        if !signable {
            return i + 1;
        }
        if sign != '+' {
            number = number.negate();
        }
    }
    let s0 = spaced.unwrap_or(p - sign.map_or(0, char::len_utf8) - usize::from(metric.is_some()));
    let mut e = p + v.len;
    let t1 = token_at(toks, e.saturating_sub(1));
    let skip_to = t1 + 1;
    if excluded(ex, p, e) {
        return skip_to;
    }
    let rest = &text[e..sent_end];
    let mut rc = rest.chars();
    let r0 = rc.next();
    let r1 = rc.next();
    // glued to letters: `24x7`, `1e`, `3D`; compounds: `65-plussers`, `3-jarig`
    if r0.is_some_and(char::is_alphabetic)
        || (matches!(r0, Some('-' | '–')) && r1.is_some_and(char::is_alphabetic))
    {
        return skip_to;
    }
    // a number OCR damaged after a separator (`€ 4.S12 miljoen`, `74,S miljoen`):
    // what stands before the letter is no number of its own, and is left (a full
    // stop before a word, `€ 4.Bij`, ends the sentence)
    if matches!(r0, Some('.' | ',')) && r1.is_some_and(|c| "SBOIloZG".contains(c)) {
        let r2 = rc.next();
        if !r2.is_some_and(char::is_alphabetic) {
            return skip_to;
        }
    }
    // dates, codes and versions: `15-05`, `1.2.3`, `10:00`, `2022/23`
    if matches!(r0, Some('-' | '/' | ':' | '.' | ',' | '–'))
        && r1.is_some_and(|c| c.is_ascii_digit())
    {
        return skip_to;
    }
    // `4.1`: a section or version number; but a percentage or an amount has a
    // decimal point where English or a converter prints one (`14.1%`, `€ 61.2 mln`)
    let measured = matches!(v.kind, Kind::Percent | Kind::Money) || v.scale.is_some();
    if v.notes.contains(&Note::DotNotGrouping) && !measured {
        return skip_to;
    }
    let digits_text = &text[p..e];
    let first_digit = digits_text.find(|c: char| c.is_ascii_digit()).unwrap_or(0);
    let dt = &digits_text[first_digit..];
    if dt.starts_with('0') && dt.as_bytes().get(1).is_some_and(u8::is_ascii_digit) {
        return skip_to; // `088`, `0800`: phone numbers and codes
    }
    let integer = number.is_integer() && v.kind == Kind::Number;
    // list numbers `1)` and labels `(3)`; not `(48 van 50)`
    if integer && r0 == Some(')') && aside.is_none() {
        let sent_before = &text[toks[0].s..p];
        let open = sent_before.matches('(').count() > sent_before.matches(')').count();
        if !open || (prefix.contains('(') && number < Dec::from_int(100)) {
            return skip_to;
        }
    }
    // `4. Logius`: a number opening a line, followed by a full stop and a capital
    if integer && dt.len() <= 3 && r0 == Some('.') && line_start(p) {
        let after = &text[e + 1..];
        let capital_next = after.starts_with(char::is_whitespace)
            && after.trim_start().starts_with(char::is_uppercase);
        if capital_next || after.trim().is_empty() {
            return skip_to;
        }
    }
    // a page number after a reference: `nr. 1 165` (a plain whole number: an
    // amount or a share after a date is the sentence's figure, `op 31 december 2023
    // € 9,8 mln.`)
    if integer && follows_exclusion(text, ex, t.s) && t1 + 1 == toks.len() {
        return skip_to;
    }
    let mut unit = unit_of(v.unit);
    let mut kind = v.kind.as_str();
    let mut t_last = t1;
    let mut scale = v.scale.or(metric.map(Dec::from_int));
    // `4 min.` that no amount of money reads (`de wachttijd was 4 min.`): the
    // grammar's OCR `min.` for `mln.` holds for money only, the repair pass makes it
    // where a row of values has it; here it is minutes
    let ocr_min = v
        .notes
        .iter()
        .any(|n| matches!(n, Note::Repaired { from, .. } if from == "min."));
    if ocr_min && v.kind != Kind::Money && !v.unit.is_money() {
        scale = None;
        unit = "minutes";
        kind = "quantity";
    }
    // OCR reads `mln` as `min`: after a euro amount it cannot mean minutes
    if v.kind == Kind::Money && scale.is_none() && toks[t1].ce == e {
        if let Some(nt) = toks.get(t1 + 1).filter(|t| t.w == "min" && !t.opens) {
            scale = Some(Dec::from_int(1_000_000));
            e = nt.ce + usize::from(text[nt.ce..nt.e].starts_with('.'));
            t_last = t1 + 1;
        }
    }
    // a scale caption right after the number: `1.234 (x € 1.000)`
    let year_like = dt.len() == 4 && number.to_i64().is_some_and(|y| (1900..=2100).contains(&y));
    if scale.is_none() && matches!(v.kind, Kind::Number | Kind::Money) && !year_like {
        if let Some((m, cur, _, r)) = caption_after(text, e, sent_end) {
            scale = Some(m);
            unit = cur.map_or("EUR", |c| c.code());
            kind = "money";
            e += r.end;
            t_last = token_at(toks, e - 1);
        }
    }
    // a count's scale right after it, as a table's caption prints it: `4.512 (x
    // 1.000) reisdocumenten`, `(aantallen x 1.000)`; or without the
    // parentheses, `4.512 x 1.000 reisdocumenten` (a product, so the value is the
    // same whichever way it is read)
    if scale.is_none() && v.kind == Kind::Number && unit == "count" && !year_like {
        if let Some((m, cur, len)) = count_caption_after(text, e, sent_end) {
            scale = Some(m);
            (unit, kind) = match cur {
                Some(c) => (c.code(), "money"),
                None => ("count", "quantity"),
            };
            e += len;
            t_last = token_at(toks, e - 1);
        }
    }
    // unit nouns the grammar leaves to prose: `8 maanden`, `2 jaar`, `3 x per jaar`
    if unit == "count" && v.kind != Kind::Money && toks[t1].ce == e {
        if let Some(nt) = toks.get(t1 + 1) {
            let u = match nt.w.as_ref() {
                "x" | "×" if !text[nt.s..nt.e].contains('€') => Some("times"),
                w => unit_noun(w),
            };
            if let Some(u) = u {
                if !is_money_unit(u) && !nt.opens {
                    unit = u;
                    kind = if u == "%" { "percent" } else { "quantity" };
                    e = nt.ce;
                    t_last = t1 + 1;
                }
            } else if let Some((u, factor, end, last)) =
                measure_at(text, toks, t1 + 1).filter(|_| !nt.opens && !toks[t1].clause_end)
            {
                // `1,2 miljard kWh`, `3.400 hectare`, `412 terabyte`, `3,4 MWh`
                if scale.is_some() || factor != Dec::from_int(1) {
                    scale = Some(scaled(scale, factor));
                }
                unit = u;
                kind = "quantity";
                (e, t_last) = (end, last);
            }
        }
    }
    // degrees printed as a sign: `11,6 °C`, `11,6°C`, `-2 °C`
    if unit == "count" && v.kind == Kind::Number && scale.is_none() {
        if let Some(end) = degree_sign(&text[e..sent_end]) {
            unit = "degrees_celsius";
            kind = "quantity";
            e += end;
            t_last = token_at(toks, e - 1);
        }
    }
    // years: four digits as printed, 1900-2100, no unit or scale
    let mut year = None;
    if v.kind == Kind::Number && unit == "count" && scale.is_none() && dt.len() == 4 {
        if let Some(y) = number.to_i64().filter(|y| (1900..=2100).contains(y)) {
            // (not across a parenthesis: `tijdig afgerond (2020: 41%)`)
            let qualified = i > 0
                && QUALIFIER_WORDS.contains(&toks[i - 1].w.as_ref())
                && !toks[i].opens
                && !toks[i - 1].clause_end;
            // (`hoger dan 2021`: a comparative's `dan` before a year compares with it;
            // `meer dan 2000 aanvragen` counts)
            let compared = i > 1
                && toks[i - 1].w == "dan"
                && matches!(
                    toks[i - 2].w.as_ref(),
                    "hoger"
                        | "lager"
                        | "groter"
                        | "kleiner"
                        | "beter"
                        | "slechter"
                        | "later"
                        | "eerder"
                        | "gunstiger"
                        | "ongunstiger"
                );
            // (`Wet natuurbescherming 2017`, `Archiefwet 2021`: a name's year, no
            // period and no figure)
            if in_law_name(text, toks, i) {
                return skip_to;
            }
            if !qualified || compared {
                year = Some(y as i32);
            }
        }
    }
    // an age band names a group of people, no figure of the report
    if unit == "year" && age_band(toks, t0, t_last, number, v.kind == Kind::Range) {
        return skip_to;
    }
    if v.kind == Kind::Range {
        let both_years = [Some(number), v.number_high].iter().all(|d| {
            d.and_then(|d| d.to_i64())
                .is_some_and(|y| (1900..=2100).contains(&y))
        });
        if both_years && unit == "count" {
            return skip_to;
        }
    }
    // (or standing apart: `± 400`, `(norm ≥ 96,5%)`)
    let apart = if prefix.is_empty() && sign.is_none() {
        let before = text[..t.s].trim_end_matches([' ', '\u{a0}']);
        before
            .chars()
            .next_back()
            .filter(|c| matches!(c, '>' | '<' | '≤' | '≥' | '±' | '~'))
            .filter(|_| before.len() < t.s)
            .map(|c| &before[before.len() - c.len_utf8()..])
            .filter(|sym| {
                let head = &before[..before.len() - sym.len()];
                head.is_empty() || head.ends_with(|c: char| c.is_whitespace() || c == '(')
            })
    } else {
        None
    };
    let prefix = apart.unwrap_or(prefix);
    let symbol = if prefix.contains('>') {
        Some("more_than")
    } else if prefix.contains(['<', '≤']) {
        Some("at_most")
    } else if prefix.contains('≥') {
        Some("at_least")
    } else if prefix.contains(['±', '~']) {
        Some("approx")
    } else {
        None
    };
    out.push(Cand {
        s: s0,
        e,
        t0,
        t1: t_last,
        number,
        high: v.number_high,
        scale,
        unit,
        kind,
        year,
        symbol,
        change: aside.is_some(),
    });
    t_last + 1
}

/// Nouns of people an age band follows (`kinderen van 4 tot 12 jaar`, `inwoners van
/// 65 jaar en ouder`), and the word of age itself (`in de leeftijd van`): the
/// family's vocabulary, in one place.
const AGE_NOUNS: &[&str] = &[
    "kinderen",
    "kind",
    "jongeren",
    "jeugdigen",
    "jeugd",
    "leerlingen",
    "scholieren",
    "studenten",
    "baby's",
    "zuigelingen",
    "peuters",
    "kleuters",
    "tieners",
    "ouderen",
    "volwassenen",
    "personen",
    "mensen",
    "inwoners",
    "burgers",
    "cliënten",
    "deelnemers",
    "werknemers",
    "werkzoekenden",
    "vrouwen",
    "mannen",
    "meisjes",
    "jongens",
    "patiënten",
    "leeftijd",
    "leeftijdsgroep",
    "leeftijdscategorie",
    "leeftijdsklasse",
];

/// Is the number (or range) in years from token `t0` to `t_last` an age band, a group
/// of people rather than a figure: a range from 0 (`jeugdgezondheidszorg 0-4 jaar`:
/// no span of time starts at nought), one with `oud`, `ouder` or `jonger` after it
/// (`65 jaar en ouder`), or one after a noun of people and `van`, `tussen`,
/// `vanaf`, `tot` or `onder` (`kinderen van 4-18 jaar`, `in de leeftijd van 12 tot
/// 18 jaar`). A span of time stays (`een looptijd van 2-3 jaar`, `duurt 4 jaar`).
fn age_band(toks: &[Tok], t0: usize, t_last: usize, number: Dec, range: bool) -> bool {
    if range && number.is_zero() {
        return true;
    }
    // `65 jaar en ouder`, `18 jaar of jonger`, `12 jaar oud`
    let after = |k: usize| toks.get(k).map(|t| t.w.as_ref());
    if !toks[t_last].clause_end {
        match (after(t_last + 1), after(t_last + 2)) {
            (Some("oud" | "ouder" | "jonger"), _) => return true,
            (Some("en" | "of"), Some("ouder" | "jonger" | "ouderen")) => return true,
            _ => {}
        }
    }
    // `kinderen van 4 tot 12 jaar`, `jongeren tussen 12 en 18 jaar`
    let Some(p) = t0.checked_sub(1).filter(|&p| !toks[p].clause_end) else {
        return false;
    };
    if !matches!(
        toks[p].w.as_ref(),
        "van" | "tussen" | "vanaf" | "tot" | "onder"
    ) {
        return false;
    }
    p.checked_sub(1)
        .filter(|&q| !toks[q].clause_end)
        .is_some_and(|q| AGE_NOUNS.contains(&toks[q].w.as_ref()))
}

fn is_one(w: &str) -> bool {
    matches!(w, "één" | "éen" | "eén" | "ééen")
}

/// Whether an ASCII lower-case word under 7 bytes may be read below as a number:
/// `een`, `half`, and the words `number_word` reads at that length (`nul` and the
/// table words; a multiple, compound or `…enhalf` is longer). Every other such
/// word is ruled out by one `match`.
fn short_number_word(w: &str) -> bool {
    matches!(
        w,
        "een"
            | "half"
            | "nul"
            | "twee"
            | "drie"
            | "vier"
            | "vijf"
            | "zes"
            | "zeven"
            | "acht"
            | "negen"
            | "tien"
            | "elf"
            | "twaalf"
            | "dertig"
            | "zestig"
    )
}

/// A number word at token `i`: `vijftien`, `twee miljoen`, `één`; not the article `een`.
fn word_at(text: &str, toks: &[Tok], i: usize, out: &mut Vec<Cand>) -> usize {
    let t = &toks[i];
    let w = t.w.as_ref();
    // every word read below as a number is `een`, a form of `één` (`e`, `é`),
    // `half`, or one `number_word` reads: most words are ruled out by their first
    // letter at once
    if !may_be_number_word(w) || (w.len() < 7 && w.is_ascii() && !short_number_word(w)) {
        return i + 1;
    }
    let alphabetic = if w.is_ascii() {
        w.bytes().all(|b| b.is_ascii_alphabetic())
    } else {
        w.chars().all(char::is_alphabetic)
    };
    if w.is_empty() || !alphabetic {
        return i + 1;
    }
    let next = toks.get(i + 1).map(|t| t.w.as_ref()).unwrap_or("");
    let prev = if i > 0 { toks[i - 1].w.as_ref() } else { "" };
    // read only where a word may be a number (most words are not)
    let scale_next = || {
        if t.ce == t.e || !t.clause_end {
            toks.get(i + 1).and_then(|t| scale_noun(&t.w))
        } else {
            None
        }
    };
    // `viermaal per jaar`, `tweemaal zoveel`: a number of times in one word (as
    // `vier keer`); `eenmaal` only as a frequency (`eenmaal per jaar`, not `nu eenmaal`)
    if let Some(head) = w.strip_suffix("maal").filter(|h| !h.is_empty()) {
        let n = if matches!(head, "een" | "één" | "eén") {
            (next == "per" && !t.clause_end).then(|| Dec::from_int(1))
        } else {
            number_word(head)
        };
        if let Some(number) = n {
            out.push(Cand {
                s: t.cs,
                e: t.ce,
                t0: i,
                t1: i,
                number,
                high: None,
                scale: None,
                unit: "times",
                kind: "quantity",
                year: None,
                symbol: None,
                change: false,
            });
        }
        return i + 1;
    }
    // `een half miljoen`: the article belongs to `half`
    if w == "een" && next == "half" {
        return i + 1;
    }
    let base = if w == "een" {
        // the article, unless a scale word makes it a number: `een miljoen`
        if scale_next().is_none() {
            return i + 1;
        }
        Dec::from_int(1)
    } else if is_one(w) {
        // `één van de`, `in één keer`: idioms, not counts
        if matches!(next, "van" | "of" | "en")
            || (prev == "in" && matches!(next, "keer" | "klap" | "oogopslag" | "ruk"))
            || (prev == "op" && matches!(next, "plek" | "plaats" | "punt" | "rij"))
        {
            return i + 1;
        }
        Dec::from_int(1)
    } else {
        match w {
            // `een half miljoen` is a number; `half werk` is not
            "half" if scale_next().is_some() => {}
            "half" | "miljoen" | "miljard" | "mln" | "mld" => return i + 1,
            "acht"
                if prev == "in"
                    || next.starts_with("nam")
                    || next.starts_with("neem")
                    || next.starts_with("geno")
                    || next.starts_with("sla") =>
            {
                return i + 1
            }
            _ => {}
        }
        match number_word(w) {
            Some(d) => d,
            None => return i + 1,
        }
    };
    let mut number = base;
    let mut scale = None;
    let mut t_last = i;
    if let Some(s) = scale_next() {
        scale = Some(s);
        t_last = i + 1;
    }
    let mut unit = "count";
    let mut kind = if scale.is_some() {
        "quantity"
    } else {
        "number"
    };
    if !toks[t_last].clause_end {
        if let Some(nt) = toks.get(t_last + 1) {
            if let Some(u) = unit_noun(&nt.w) {
                if !nt.opens {
                    unit = u;
                    kind = match u {
                        "%" => "percent",
                        u if is_money_unit(u) => "money",
                        _ => "quantity",
                    };
                    t_last += 1;
                }
            } else if let Some((u, factor, _, last)) =
                measure_at(text, toks, t_last + 1).filter(|_| !nt.opens)
            {
                // `twee miljoen kWh`, `drie graden Celsius`
                if scale.is_some() || factor != Dec::from_int(1) {
                    scale = Some(scaled(scale, factor));
                }
                unit = u;
                kind = "quantity";
                t_last = last;
            }
        }
    }
    if w == "een" && is_money_unit(unit) {
        number = Dec::from_int(1);
    }
    out.push(Cand {
        s: t.cs,
        e: toks[t_last].ce,
        t0: i,
        t1: t_last,
        number,
        high: None,
        scale,
        unit,
        kind,
        year: None,
        symbol: None,
        change: false,
    });
    t_last + 1
}

#[cfg(test)]
mod tests {
    use super::super::prose::{exclusions, tokens};
    use super::*;

    /// The candidates of `t` read as one sentence.
    fn cands(t: &str) -> Vec<Cand> {
        let toks = tokens(t, (0, t.len()));
        let ex = exclusions(t);
        let starts = |o: usize| o == 0;
        candidates(t, &toks, t.len(), &ex, &starts)
    }

    fn nums(t: &str) -> Vec<String> {
        cands(t)
            .iter()
            .map(|c| match c.year {
                Some(y) => format!("year {y}"),
                None => format!("{} {}", &t[c.s..c.e], c.unit),
            })
            .collect()
    }

    #[test]
    fn a_negative_in_parentheses_takes_the_scale_after_it() {
        assert_eq!(
            nums("Het tekort wordt geraamd op (1.200) duizend euro."),
            vec!["(1.200) duizend euro EUR"]
        );
        assert!(paren_amount("(3,4) miljoen euro"));
        assert_eq!(
            nums("Het tekort wordt geraamd op ( 3,4 ) miljoen euro."),
            vec!["( 3,4 ) miljoen euro EUR"]
        );
        // an aside, and an amount inside the parentheses, are read as they were
        assert_eq!(nums("hoger dan vorig jaar (1.198)."), vec!["1.198 count"]);
        assert!(!paren_amount("(1.198)."));
        assert!(!paren_amount("(2.500 duizend euro)"));
    }

    #[test]
    fn a_year_in_a_law_name_is_neither_year_nor_figure() {
        for t in [
            "Op grond van de Wet natuurbescherming 2017 zijn 17 vergunningen verleend.",
            "De Archiefwet 2021 verkort de termijn.",
            "Volgens het Bouwbesluit 2012 zijn 40 gebouwen aangepast.",
            "Onder de Wet op de jeugdzorg 2015 zijn 312 plaatsingen gedaan.",
        ] {
            assert!(
                nums(t).iter().all(|n| !n.starts_with("year")),
                "{t}: {:?}",
                nums(t)
            );
        }
        // a verb or a time word ends the name; a budget law's year is its period
        for (t, y) in [
            ("De Omgevingswet trad in 2024 in werking.", "year 2024"),
            ("De Wet is sinds 2019 van kracht.", "year 2019"),
            (
                "Bij de Slotwet 2021 is € 5 miljoen toegevoegd.",
                "year 2021",
            ),
            (
                "In de suppletoire begrotingswet 2023 staat € 3 miljoen.",
                "year 2023",
            ),
        ] {
            assert_eq!(nums(t)[0], y, "{t}");
        }
    }

    proptest::proptest! {
        #[test]
        fn digit_or_euro_as_by_chars(t in "[a0-9€₂₤→ €é.]{0,12}") {
            let want = t.find(|c: char| c.is_ascii_digit() || c == '€');
            proptest::prop_assert_eq!(digit_or_euro(&t), want);
        }
    }

    proptest::proptest! {
        /// The short-word gate of `word_at` lets through every ASCII word under
        /// 7 bytes it can read as a number.
        #[test]
        fn short_number_words_pass_the_gate(w in "[a-z]{0,6}") {
            if !short_number_word(&w) {
                proptest::prop_assert!(number_word(&w).is_none() && w != "een" && w != "half");
            }
        }
    }

    #[test]
    fn short_number_word_knows_the_short_words() {
        for w in [
            "een", "één", "half", "nul", "elf", "twaalf", "zestig", "dertig", "zes",
        ] {
            assert!(number_word(w).is_some() || w == "een", "{w}");
            assert!(!w.is_ascii() || short_number_word(w), "{w}");
        }
        // the number words of the tables under 7 bytes
        for w in [
            "twee", "drie", "vier", "vijf", "zeven", "acht", "negen", "tien", "twaalf",
        ] {
            assert!(number_word(w).is_some() && short_number_word(w), "{w}");
        }
        let letters = "abcdefghijklmnopqrstuvwxyz";
        // all words of up to 3 letters, exhaustively
        let mut words = vec![String::new()];
        for _ in 0..3 {
            let mut next = Vec::new();
            for w in &words {
                for c in letters.chars() {
                    next.push(format!("{w}{c}"));
                }
            }
            words.extend(next.iter().cloned());
            words = words
                .into_iter()
                .collect::<std::collections::BTreeSet<_>>()
                .into_iter()
                .collect();
        }
        for w in &words {
            if number_word(w).is_some() {
                assert!(short_number_word(w), "{w}");
            }
        }
    }

    #[test]
    fn digits_units_and_scales() {
        assert_eq!(
            nums("In 2021 werd 557 miljoen keer succesvol met DigiD ingelogd"),
            vec!["year 2021", "557 miljoen keer times"]
        );
        assert_eq!(nums("sluit op € 357,4 mln. en"), vec!["€ 357,4 mln. EUR"]);
        assert_eq!(
            nums("een bedrag van € 19,6 min geraamd"),
            vec!["€ 19,6 min EUR"]
        );
        assert_eq!(nums("de norm van 99,8 % beschikbaarheid"), vec!["99,8 % %"]);
        assert_eq!(nums("binnen 2 maanden"), vec!["2 maanden months"]);
        assert_eq!(nums("1 keer in de 2 maanden"), vec!["1 keer times"]);
        assert_eq!(
            nums("in 2023 111 nieuwe collega’s"),
            vec!["year 2023", "111 count"]
        );
        assert_eq!(nums("(>99,98% beschikbaar)"), vec!["99,98% %"]);
        assert_eq!(
            nums("aan alle eisen (48 van 50)."),
            vec!["48 count", "50 count"]
        );
        assert_eq!(
            nums("Logius heeft in 2021 15.069 DigiD-accounts"),
            vec!["year 2021", "15.069 count"]
        );
    }

    #[test]
    fn a_duration_in_two_units_is_one_quantity() {
        let read = |t: &str| -> Vec<String> {
            cands(t)
                .iter()
                .map(|c| format!("{} = {} {}", &t[c.s..c.e], c.number, c.unit))
                .collect()
        };
        for (t, want) in [
            (
                "De opkomsttijd was 8 minuten en 42 seconden.",
                "8 minuten en 42 seconden = 522 seconds",
            ),
            (
                "Een zitting duurde gemiddeld 1 uur en 20 minuten.",
                "1 uur en 20 minuten = 80 minutes",
            ),
            (
                "De doorlooptijd was twee jaar en drie maanden.",
                "twee jaar en drie maanden = 27 months",
            ),
            ("binnen 3 weken en 4 dagen", "3 weken en 4 dagen = 25 days"),
            ("na 2 dagen en 6 uur", "2 dagen en 6 uur = 54 hours"),
            (
                "in 1 uur, 12 minuten en 5 seconden",
                "1 uur, 12 minuten en 5 seconden = 4325 seconds",
            ),
        ] {
            assert_eq!(read(t), vec![want], "{t}");
        }
        // a list, or parts that are no smaller than one of the larger unit
        assert_eq!(read("3 weken en 10 dagen").len(), 2);
        assert_eq!(read("3 dagen en 5 weken").len(), 2);
        assert_eq!(read("5 maanden en 2 weken").len(), 2);
    }

    #[test]
    fn ocr_space_after_a_decimal_comma() {
        let read = |t: &str| -> Vec<String> {
            cands(t)
                .iter()
                .map(|c| {
                    let v = c.number.checked_mul(c.scale.unwrap_or(Dec::from_int(1)));
                    format!("{} = {} {}", &t[c.s..c.e], v.unwrap(), c.unit)
                })
                .collect()
        };
        assert_eq!(
            read("De kosten beliepen € 3, 4 miljoen."),
            vec!["€ 3, 4 miljoen = 3400000 EUR"]
        );
        assert_eq!(
            read("De baten waren € 12, 75 mln. in totaal"),
            vec!["€ 12, 75 mln. = 12750000 EUR"]
        );
        assert_eq!(
            read("een bijdrage van 7, 5 miljoen euro"),
            vec!["7, 5 miljoen euro = 7500000 EUR"]
        );
        // lists, a count, a grouped amount, a third digit: left
        assert_eq!(read("€ 3, 4 en 5 miljoen").len(), 3);
        assert_eq!(read("€ 3, € 4 miljoen").len(), 2);
        assert_eq!(read("op dag 3, 4 miljoen bezoekers").len(), 2);
        assert_eq!(read("€ 1.250, 4 miljoen").len(), 2);
        assert_eq!(read("€ 3, 450 miljoen").len(), 2);
    }

    #[test]
    fn caption_after_a_number() {
        assert_eq!(
            nums("het saldo is 1.234 (x € 1.000) en"),
            vec!["1.234 (x € 1.000) EUR"]
        );
        assert_eq!(nums("Begroting 2014 (x € 1.000)"), vec!["year 2014"]);
        // a count's caption, in parentheses or not
        assert_eq!(
            nums("er zijn 4.512 (x 1.000) aanvragen"),
            vec!["4.512 (x 1.000) count"]
        );
        assert_eq!(
            nums("er zijn 98 (aantallen x 1.000, ultimo jaar) aanvragen"),
            vec!["98 (aantallen x 1.000, ultimo jaar) count"]
        );
        assert_eq!(
            nums("er zijn 4.512 x 1.000 aanvragen"),
            vec!["4.512 x 1.000 count"]
        );
        // (no caption: the parenthesis says something else, or the product is in euros)
        assert_eq!(
            nums("er zijn 4.512 (zie bijlage 2) aanvragen"),
            vec!["4.512 count"]
        );
        assert_eq!(
            nums("het kost 3 x 1.000 euro"),
            vec!["3 x times", "1.000 euro EUR"]
        );
    }

    #[test]
    fn ranges_and_times_signs() {
        assert_eq!(nums("tussen 10 en 15 dagen"), vec!["10 en 15 dagen days"]);
        assert_eq!(nums("3 x per jaar"), vec!["3 x times"]);
        assert_eq!(nums("5 miljoen euro"), vec!["5 miljoen euro EUR"]);
        assert_eq!(nums("10 à 15 medewerkers"), vec!["10 à 15 count"]);
        // ranges in words
        assert_eq!(nums("tussen de 6 en 8 weken"), vec!["6 en 8 weken weeks"]);
        assert_eq!(nums("binnen 2 tot 4 weken"), vec!["2 tot 4 weken weeks"]);
        assert_eq!(nums("duurt 2 a 3 maanden"), vec!["2 a 3 maanden months"]);
        assert_eq!(
            nums("een kind van 12 tot en met 17 jaar"),
            vec!["12 tot en met 17 jaar year"]
        );
        assert_eq!(nums("van 4 t/m 11 jaar"), vec!["4 t/m 11 jaar year"]);
        assert_eq!(nums("van 2019 tot en met 2022").len(), 2);
        // (not downwards, not from a year, not after a verb of change)
        assert_eq!(nums("van 8 tot 6 weken").len(), 2);
        assert_eq!(nums("van 2019 tot 2023").len(), 2);
        assert_eq!(
            nums("stegen van 3 tot 5 procent"),
            vec!["3 %", "5 procent %"]
        );
        assert_eq!(nums("steeg met 15 tot 120"), vec!["15 count", "120 count"]);
        // clock times are no durations
        assert!(nums("het loket is van 9 tot 17 uur open").is_empty());
        assert!(nums("op donderdag tot 20 uur").is_empty());
        assert_eq!(nums("werken tot 20 uur per week"), vec!["20 uur hours"]);
        assert_eq!(
            nums("de storing duurde 6 tot 8 uur"),
            vec!["6 tot 8 uur hours"]
        );
        // (a low end with its own unit keeps it)
        assert_eq!(
            nums("van 3 dagen tot 5 weken"),
            vec!["3 dagen days", "5 weken weeks"]
        );
    }

    #[test]
    fn implicit_money() {
        let toks_of = |t: &str| {
            let toks = tokens(t, (0, t.len()));
            let ex = exclusions(t);
            let starts = |o: usize| o == 0;
            candidates(t, &toks, t.len(), &ex, &starts)
        };
        let c = toks_of("lagen de kosten in 2021 nog 3 miljoen boven de omzet");
        assert_eq!(c.last().unwrap().unit, "EUR");
        let c = toks_of("de kosten van 3 miljoen berichten");
        assert_eq!(c[0].unit, "count");
        let c = toks_of("In 2021 werd 557 miljoen keer ingelogd");
        assert_eq!(c[1].unit, "times");
    }

    #[test]
    fn words() {
        assert_eq!(
            nums("zijn vijftien nieuwe diensten"),
            vec!["vijftien count"]
        );
        assert_eq!(nums("twee keer een dag"), vec!["twee keer times"]);
        assert_eq!(nums("viermaal per jaar"), vec!["viermaal times"]);
        assert_eq!(
            nums("Tweemaal zoveel, driemaal daags, tienmaal"),
            vec!["Tweemaal times", "driemaal times", "tienmaal times"]
        );
        assert_eq!(nums("eenmaal per jaar"), vec!["eenmaal times"]);
        assert_eq!(nums("dat is nu eenmaal zo, nogmaals"), Vec::<String>::new());
        assert_eq!(nums("een nieuwe coördinator"), Vec::<String>::new());
        assert_eq!(nums("een miljoen bezoekers"), vec!["een miljoen count"]);
        assert_eq!(
            nums("een half miljoen bezoekers"),
            vec!["half miljoen count"]
        );
        assert_eq!(nums("half werk"), Vec::<String>::new());
        assert_eq!(nums("Voor éen onderdeel"), vec!["éen count"]);
        assert_eq!(
            nums("is één van de speerpunten, in één keer"),
            Vec::<String>::new()
        );
        assert_eq!(nums("honderden websites"), Vec::<String>::new());
        assert_eq!(nums("het tweede jaar"), Vec::<String>::new());
        assert_eq!(
            nums("zeker anderhalf jaar vooruit"),
            vec!["anderhalf jaar year"]
        );
        assert_eq!(nums("iedere vier maanden"), Vec::<String>::new());
        assert_eq!(nums("De begrote kasstroom is nul."), vec!["nul count"]);
    }

    #[test]
    fn not_figures() {
        for t in [
            "1) beheer en exploitatie",
            "4.1 Logius",
            "4. Logius",
            "is op 15 mei gestart",
            "vervlochten per 1 januari 2023",
            "Kamer, vergaderjaar 2022–2023, 36 360 VII, nr. 1 165",
            "werkgroep SGO-3 en de B2 en Z0 kent",
            "alles op één plek vinden",
            "voor 65-plussers en een 3-jarig contract",
            "met 24x7 ondersteuning en 1e lijns",
            "bel 088-1234567",
            "waarbij 2011 = 100",
            "naar communicatie@logius.nl en www.logius.nl",
            "Covid-19 en versie 2.0.1 en 10:00",
        ] {
            let got: Vec<String> = nums(t)
                .into_iter()
                .filter(|s| !s.starts_with("year"))
                .collect();
            assert!(got.is_empty(), "{t:?}: {got:?}");
        }
    }
}
