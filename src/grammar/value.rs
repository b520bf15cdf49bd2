//! The value grammar: what Dutch reports print in a cell or around a number in prose.
//!
//! In: a `&str` (one cell, or prose at a position). Out: a [`Value`] with its kind,
//! exact number, own scale word, unit and the bytes it used. Knows nothing of
//! tables or documents: a table caption's scale is applied by the table parser.
//!
//! Rules are small nom parsers, each documented with the real text it accepts.

use crate::decimal::Dec;
use crate::grammar::words::UNIT_NOUNS;
use nom::{
    branch::alt,
    bytes::complete::{tag, take_while, take_while1, take_while_m_n},
    character::complete::{char, satisfy},
    combinator::{map, opt, recognize},
    multi::many1,
    sequence::{pair, preceded},
    IResult,
};

/// What a value is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// A bare number: `42.755`, `– 1.200`, `7,0`.
    Number,
    /// `5,70%`, `17 procent`.
    Percent,
    /// `€ 0,47`, `€ 357,4 mln.`, `EUR 12`.
    Money,
    /// A count with a unit or scale word: `15 dagen`, `557 mln.`, `329 fte`.
    Quantity,
    /// `ja`, `uitgevoerd`, `niet uitgevoerd`, `afgerond`, `gepland`.
    Text,
    /// `n.b.`, `n.v.t.`, `nvt`, `*`, and the CBS symbols `x` (secret) and `.` (no figures).
    Missing,
    /// A lone `-` or `–`: nil.
    Nil,
    /// `p.m.`, `PM`: pro memorie.
    Pm,
    /// `10–15`, `10 à 15`.
    Range,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Number => "number",
            Kind::Percent => "percent",
            Kind::Money => "money",
            Kind::Quantity => "quantity",
            Kind::Text => "text",
            Kind::Missing => "missing",
            Kind::Nil => "nil",
            Kind::Pm => "pm",
            Kind::Range => "range",
        }
    }
}

/// A currency an amount is printed in: the euro, and the few others Dutch reports
/// print amounts in (contributions to the IMF and the World Bank, Caribisch
/// Nederland in US dollars). Named by its ISO 4217 code, which is also its unit.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Currency {
    Eur,
    Usd,
    Gbp,
    Chf,
}

impl Currency {
    /// The ISO 4217 code: `EUR`, `USD`, `GBP`, `CHF` (the unit and a table's `currency`).
    pub fn code(self) -> &'static str {
        self.unit().as_str()
    }

    /// The currency of an ISO 4217 code this grammar reads (`"EUR"`, `"USD"`, ...).
    pub fn from_code(code: &str) -> Option<Currency> {
        CODES
            .iter()
            .find(|(c, _)| code.as_bytes() == &c[..])
            .map(|(_, c)| *c)
    }

    /// The currency a word standing alone names, given in lower case: its sign
    /// (`€`, `$`, `£`), its code (`eur`, `usd`, `us$`, `gbp`, `chf`) or its word
    /// (`euro`, `euro's`, `euros`, `dollar`, `dollars`, `us-dollar`, `us-dollars`).
    /// The one list for a unit column's word, a caption's words in parentheses, a
    /// unit after a number in prose and the words a difference's amount runs over.
    /// (`pond` is not here: a pound is also half a kilo.) Where a code must be
    /// printed in capitals to count (`USD 2,5`, not `usd` in a web address), the
    /// caller asks [`currency_code`] instead.
    pub fn named_by(word: &str) -> Option<Currency> {
        Some(match word {
            "€" | "eur" | "euro" | "euro's" | "euro’s" | "euros" => Currency::Eur,
            "$" | "usd" | "us$" | "dollar" | "dollars" | "us-dollar" | "us-dollars" => {
                Currency::Usd
            }
            "£" | "gbp" => Currency::Gbp,
            "chf" => Currency::Chf,
            _ => return None,
        })
    }

    /// Whether a caption's text names a currency itself (`(x € 1.000)`, `(x €1.000)`,
    /// `(bedragen in euro's)`, `(USD mln)`), where its currency is not only implied
    /// (`(bedragen x 1.000)` is euros, `(x 1 mln)` scales a count).
    pub fn named_in(caption: &str) -> bool {
        caption.contains(['€', '$', '£'])
            || caption
                .split(|c: char| !c.is_alphabetic())
                .any(|w| Currency::named_by(&w.to_lowercase()).is_some())
    }

    /// The unit of an amount in this currency.
    pub fn unit(self) -> Unit {
        match self {
            Currency::Eur => Unit::Eur,
            Currency::Usd => Unit::Usd,
            Currency::Gbp => Unit::Gbp,
            Currency::Chf => Unit::Chf,
        }
    }
}

/// The unit of a value, as in the facts contract (DESIGN.md section 3).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    Eur,
    /// US dollars (`USD 2,5 mln.`, `US$ 3 miljoen`, `$ 400.000`, `2,5 miljoen dollar`).
    Usd,
    /// Pounds sterling (`GBP 12`, `£ 12`).
    Gbp,
    /// Swiss francs (`CHF 12`).
    Chf,
    Percent,
    Count,
    Days,
    Weeks,
    Months,
    Hours,
    /// Table rows only (`Wachttijd (minuten)`); prose names them by [`crate::grammar::words::unit_noun`].
    Minutes,
    Seconds,
    Times,
    Fte,
    Index,
    Score,
    Year,
    /// `2,5%-punt`, `3 procentpunt`: a difference of percentages.
    PercentagePoints,
    Text,
    Missing,
    Nil,
    Pm,
}

impl Unit {
    pub fn as_str(self) -> &'static str {
        match self {
            Unit::Eur => "EUR",
            Unit::Usd => "USD",
            Unit::Gbp => "GBP",
            Unit::Chf => "CHF",
            Unit::Percent => "%",
            Unit::Count => "count",
            Unit::Days => "days",
            Unit::Weeks => "weeks",
            Unit::Months => "months",
            Unit::Hours => "hours",
            Unit::Minutes => "minutes",
            Unit::Seconds => "seconds",
            Unit::Times => "times",
            Unit::Fte => "fte",
            Unit::Index => "index",
            Unit::Score => "score",
            Unit::Year => "year",
            Unit::PercentagePoints => "percentage_points",
            Unit::Text => "text",
            Unit::Missing => "missing",
            Unit::Nil => "nil",
            Unit::Pm => "pm",
        }
    }

    /// The currency of an amount's unit (`None` for every unit but money's).
    pub fn currency(self) -> Option<Currency> {
        match self {
            Unit::Eur => Some(Currency::Eur),
            Unit::Usd => Some(Currency::Usd),
            Unit::Gbp => Some(Currency::Gbp),
            Unit::Chf => Some(Currency::Chf),
            _ => None,
        }
    }

    /// Whether this is the unit of an amount of money, in any currency.
    pub fn is_money(self) -> bool {
        self.currency().is_some()
    }
}

/// Something the grammar noticed and decided: visible in diagnostics and repairs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Note {
    /// `1.5`: a dot followed by other than three digits is not Dutch grouping; read as a decimal point.
    DotNotGrouping,
    /// `4,490`: a comma before exactly three digits may be a grouping comma; read as decimal.
    CommaMayGroup,
    /// `98 560`: digits grouped by a space; may be two cells in a table.
    SpaceGrouped,
    /// OCR damage fixed in numeric context: `from` became `to`.
    Repaired { from: String, to: String },
    /// A bound printed before the number: `< 1.100`, `≥ 95%`, `max. 5` (targets).
    Bound(Bound),
    /// A verdict letter printed after the number, one space apart, as Dutch
    /// municipal reports mark a deviation from budget: `310 N` (nadeel, adverse),
    /// `95 V` (voordeel, favourable). The number stays as printed (the letter says
    /// how the deviation works out, its sign is the table's convention). Set by
    /// the table readers, not by [`value`].
    Verdict(Verdict),
}

/// A deviation's verdict: `V` (voordeel) or `N` (nadeel).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    /// `V`: voordeel.
    Favourable,
    /// `N`: nadeel.
    Adverse,
}

impl Verdict {
    /// The verdict of a cell's letter, `V` or `N` (capitals only).
    pub fn of_letter(w: &str) -> Option<Verdict> {
        match w {
            "V" => Some(Verdict::Favourable),
            "N" => Some(Verdict::Adverse),
            _ => None,
        }
    }

    /// The qualifier name the output uses: `favourable`, `adverse`.
    pub fn qualifier(self) -> &'static str {
        match self {
            Verdict::Favourable => "favourable",
            Verdict::Adverse => "adverse",
        }
    }
}

/// The comparison a cell states with its number (`< 1.100` is a target below 1 100).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Bound {
    /// `<`
    LessThan,
    /// `≤`, `<=`, `max.`
    AtMost,
    /// `>`
    MoreThan,
    /// `≥`, `>=`, `min.`
    AtLeast,
    /// `ca.`, `circa`, `ongeveer`: about (an estimate)
    Approx,
}

impl Bound {
    /// The qualifier name the output uses (as figures do: `at_most`, `at_least`, ...).
    pub fn qualifier(self) -> &'static str {
        match self {
            Bound::LessThan => "less_than",
            Bound::AtMost => "at_most",
            Bound::MoreThan => "more_than",
            Bound::AtLeast => "at_least",
            Bound::Approx => "approx",
        }
    }
}

/// A comparison sign or word before a number: `<`, `>`, `≤`, `≥`, `<=`, `>=`, `=<`,
/// `=>`, `max.`, `min.`, `maximaal`, `minimaal`, `ten minste`, `ten hoogste`, `meer
/// dan`, `minder dan` (any case); or an estimate's `ca.`, `circa`, `ongeveer` (not
/// `±`: in a table it more often gives a margin, `7,2 ± 0,3`).
fn bound(i: &str) -> Option<(&str, Bound)> {
    const TAGS: &[(&str, Bound)] = &[
        ("<=", Bound::AtMost),
        ("=<", Bound::AtMost),
        ("≤", Bound::AtMost),
        (">=", Bound::AtLeast),
        ("=>", Bound::AtLeast),
        ("≥", Bound::AtLeast),
        ("<", Bound::LessThan),
        (">", Bound::MoreThan),
    ];
    if let Some((t, b)) = TAGS.iter().find(|(t, _)| i.starts_with(t)) {
        return Some((&i[t.len()..], *b));
    }
    // words, each before a space (`minimaal 95%`, `ten minste 3`) or, with a dot, a
    // digit (`max.5`)
    const WORDS: &[(&str, Bound)] = &[
        ("max.", Bound::AtMost),
        ("min.", Bound::AtLeast),
        ("maximaal", Bound::AtMost),
        ("minimaal", Bound::AtLeast),
        ("ten minste", Bound::AtLeast),
        ("tenminste", Bound::AtLeast),
        ("ten hoogste", Bound::AtMost),
        ("meer dan", Bound::MoreThan),
        ("minder dan", Bound::LessThan),
        ("ca.", Bound::Approx),
        ("circa", Bound::Approx),
        ("ongeveer", Bound::Approx),
    ];
    let b0 = i.as_bytes().first()?.to_ascii_lowercase();
    if !matches!(b0, b'm' | b't' | b'c' | b'o') {
        return None;
    }
    WORDS.iter().find_map(|(w, b)| {
        if !may_tag(i, w) {
            return None;
        }
        let (r, _) = tag_ci(i, w)?;
        (w.ends_with('.') || r.starts_with(|c: char| c.is_whitespace())).then_some((r, *b))
    })
}

/// A parsed value.
#[derive(Clone, Debug, PartialEq)]
pub struct Value {
    pub kind: Kind,
    pub number: Option<Dec>,
    pub number_high: Option<Dec>,
    /// The scale word printed with the value (`mln.` -> 1000000), which replaces a table's scale.
    pub scale: Option<Dec>,
    pub unit: Unit,
    /// Bytes of the input the value used (from the start of the input given).
    pub len: usize,
    pub notes: Vec<Note>,
}

impl Value {
    fn marker(kind: Kind, unit: Unit, len: usize) -> Value {
        Value {
            kind,
            number: None,
            number_high: None,
            scale: None,
            unit,
            len,
            notes: Vec::new(),
        }
    }
}

/// Options that change how digits group.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Style {
    /// Whether a space (also no-break or thin space) may group thousands (`98 560`).
    pub space_grouping: bool,
}

impl Default for Style {
    fn default() -> Self {
        Style {
            space_grouping: true,
        }
    }
}

fn is_space(c: char) -> bool {
    matches!(c, ' ' | '\u{a0}' | '\u{2009}' | '\u{202f}' | '\t')
}

pub(crate) fn is_group_space(c: char) -> bool {
    matches!(c, ' ' | '\u{a0}' | '\u{2009}' | '\u{202f}')
}

fn spaces(i: &str) -> IResult<&str, &str> {
    take_while(is_space)(i)
}

/// A minus of any kind: `-`, `–` (en dash), `‒` (figure dash), `−` (minus), `—` (OCR's em dash).
fn minus(i: &str) -> IResult<&str, char> {
    satisfy(|c| matches!(c, '-' | '–' | '‒' | '−' | '—'))(i)
}

fn digits(i: &str) -> IResult<&str, &str> {
    take_while1(|c: char| c.is_ascii_digit())(i)
}

fn three_digits(i: &str) -> IResult<&str, &str> {
    take_while_m_n(3, 3, |c: char| c.is_ascii_digit())(i)
}

/// The digits of a number, with grouping: `42.755`, `1.234.567`, `98 560`, `1 234 567`, `20`.
/// Returns the integer digits (grouping removed; borrowed when there is none), the
/// fraction digits and notes.
#[allow(clippy::type_complexity)]
fn unsigned(
    style: Style,
) -> impl Fn(&str) -> IResult<&str, (std::borrow::Cow<'_, str>, &str, Vec<Note>)> {
    move |i: &str| {
        let (rest, lead) = digits(i)?;
        let mut int = std::borrow::Cow::Borrowed(lead);
        let mut notes = Vec::new();
        let mut rest = rest;
        // dot grouping: `42.755`, `1.234.567` (lead of 1-3 digits, then groups of exactly three)
        if lead.len() <= 3 {
            // groups `.ddd` as many as follow (a fourth digit may follow a group's three:
            // the groups are then refused below, as by nom's many1 of `.` and three digits)
            let mut r = rest;
            while let [b'.', a, b, c, ..] = r.as_bytes() {
                if !(a.is_ascii_digit() && b.is_ascii_digit() && c.is_ascii_digit()) {
                    break;
                }
                r = &r[4..];
            }
            if r.len() < rest.len() && !r.starts_with(|c: char| c.is_ascii_digit()) {
                let mut s = lead.to_string();
                s.extend(rest[..rest.len() - r.len()].chars().filter(|&c| c != '.'));
                int = std::borrow::Cow::Owned(s);
                rest = r;
            }
            if rest.len() == i.len() - lead.len() && style.space_grouping && !lead.starts_with('0')
            {
                // space grouping `98 560`; only exact groups of three not followed by a
                // digit, and never after a leading zero (`0 415` is two cells: nil, 415)
                let sp_groups: IResult<&str, Vec<&str>> =
                    many1(preceded(satisfy(is_group_space), three_digits))(rest);
                if let Ok((r, groups)) = sp_groups {
                    if !r.starts_with(|c: char| c.is_ascii_digit()) {
                        let mut s = lead.to_string();
                        for g in groups {
                            s.push_str(g);
                        }
                        int = std::borrow::Cow::Owned(s);
                        rest = r;
                        notes.push(Note::SpaceGrouped);
                    }
                }
            }
        }
        // decimal comma `5,70`; a comma before exactly three digits may be grouping (`4,490`)
        let mut frac = "";
        if let Ok((r, f)) = preceded(char(','), digits)(rest) {
            if f.len() == 3 && !r.starts_with(['%']) {
                notes.push(Note::CommaMayGroup);
            }
            frac = f;
            rest = r;
        } else if let Ok((r, f)) = preceded(char('.'), digits)(rest) {
            // `1.5`: not Dutch grouping; decimal point, noted
            if rest.len() == i.len() - lead.len() {
                notes.push(Note::DotNotGrouping);
                frac = f;
                rest = r;
            }
        } else if let Some(r) = whole_euros(rest) {
            // `€ 12,-`, `70,--`, `14,—`: whole euros
            rest = r;
        }
        Ok((rest, (int, frac, notes)))
    }
}

/// The dashes for no cents after a comma (`12,-`, `70,--`, `14,—`): the rest after
/// them.
fn whole_euros(i: &str) -> Option<&str> {
    let r = i.strip_prefix(',')?;
    ["--", "-", "—", "–"].iter().find_map(|d| r.strip_prefix(d))
}

/// The accountant's minus and plus: `-/- 12,5`, `+/+ 7`.
fn accountant_sign(i: &str) -> IResult<&str, (char, &str)> {
    // (one byte decides first: most cells have no slash after their sign)
    if i.as_bytes().get(1) != Some(&b'/') {
        return Err(fail(i)());
    }
    alt((
        pair(map(tag("-/-"), |_| '-'), spaces),
        pair(map(tag("+/+"), |_| '+'), spaces),
    ))(i)
}

/// A signed number: `– 1.200`, `‒ 0,02`, `–202`, `+5`, `(1.200)`, `( 1.200 )`.
fn signed(style: Style) -> impl Fn(&str) -> IResult<&str, (Dec, Vec<Note>)> {
    move |i: &str| {
        // accounting negative in parentheses, also spaced inside: `( 1.200 )`
        if let Ok((r, (int, frac, notes))) = preceded(pair(char('('), spaces), unsigned(style))(i) {
            let (r, _) = spaces(r)?;
            if let Ok((r, _)) = char::<&str, nom::error::Error<&str>>(')')(r) {
                let d = Dec::from_digits(true, &int, frac).ok_or_else(fail(i))?;
                return Ok((r, (d, notes)));
            }
        }
        // `--`: the en dash as Markdown writers (pandoc) spell it; `-/-` and `+/+`: the
        // Dutch accountant's minus and plus (`-/- 12,5`)
        let (r, sign) = opt(alt((
            accountant_sign,
            pair(map(tag("--"), |_| '–'), spaces),
            pair(minus, spaces),
            pair(char('+'), spaces),
        )))(i)?;
        let mut negative = matches!(sign, Some((c, _)) if c != '+');
        let (mut r, (int, frac, notes)) = unsigned(style)(r)?;
        // a minus after the number, as some ledgers print it (`150-`): at the end
        // of the cell or before a space, never before a digit (`10-15` is a range)
        if sign.is_none() {
            if let Some(rest) = r.strip_prefix('-') {
                if rest.is_empty() || rest.starts_with(is_space) {
                    negative = true;
                    r = rest;
                }
            }
        }
        let d = Dec::from_digits(negative, &int, frac).ok_or_else(fail(i))?;
        Ok((r, (d, notes)))
    }
}

fn fail<'a>(i: &'a str) -> impl Fn() -> nom::Err<nom::error::Error<&'a str>> + 'a {
    move || nom::Err::Error(nom::error::Error::new(i, nom::error::ErrorKind::Digit))
}

/// A cheap, exact pre-check for the tag alternatives below: an input can only match
/// when its first byte is one of `firsts` in either ASCII case, or a non-ASCII byte
/// (left to the full comparison, which folds Unicode case). Values are tried at
/// every token of prose, and most tokens start with another letter.
fn may_start(i: &str, firsts: &[u8]) -> bool {
    match i.as_bytes().first() {
        Some(&b) if b >= 0x80 => true,
        Some(&b) => firsts.contains(&b.to_ascii_lowercase()),
        None => false,
    }
}

/// `i` starts with the ASCII tag `t`, ignoring case: (rest, matched).
///
/// Where the input's first `t.len()` bytes are ASCII this is `eq_ignore_ascii_case`.
/// Otherwise chars are compared by their lower case, as nom's `tag_no_case` does,
/// but the match ends after the last matched char. nom cut the input at the tag's
/// byte length instead, so a word with a char that folds to an ASCII letter in more
/// bytes (the Kelvin sign in `Keer`, three bytes for `k`) was cut mid-word: `Ke` +
/// `er`, and `unit_word` then read `eer`... as the start of `Eur`.
fn tag_ci<'a>(i: &'a str, t: &str) -> Option<(&'a str, &'a str)> {
    let b = i.as_bytes();
    let n = t.len();
    if b.len() >= n && b[..n].is_ascii() {
        return b[..n]
            .eq_ignore_ascii_case(t.as_bytes())
            .then(|| (&i[n..], &i[..n]));
    }
    let mut chars = i.char_indices();
    let mut end = 0;
    for tc in t.chars() {
        let (k, c) = chars.next()?;
        if !c.to_lowercase().eq(tc.to_lowercase()) {
            return None;
        }
        end = k + c.len_utf8();
    }
    Some((&i[end..], &i[..end]))
}

/// The first of `tags` (ASCII) that `i` starts with, ignoring case: nom's
/// `alt((tag_no_case(..), ..))` over them.
fn first_tag_ci<'a>(i: &'a str, tags: &[&str]) -> Option<(&'a str, &'a str)> {
    tags.iter()
        .find_map(|t| may_tag(i, t).then(|| tag_ci(i, t)).flatten())
}

/// A cheap, exact gate before [`tag_ci`]`(i, t)`: false only where it cannot match,
/// because `i` opens with an ASCII byte and the ASCII tag with another letter in
/// either case (an ASCII char's lower case is ASCII, so the chars differ). A
/// non-ASCII first byte on either side is left to `tag_ci`, which folds Unicode
/// case (the Kelvin sign is a `k`). The unit and scale lists are scanned at every
/// number: most of their words are passed by this one comparison.
#[inline(always)]
fn may_tag(i: &str, t: &str) -> bool {
    match (i.as_bytes().first(), t.as_bytes().first()) {
        (Some(&a), Some(&b)) if a < 0x80 && b < 0x80 => a.eq_ignore_ascii_case(&b),
        (None, Some(_)) => false,
        _ => true,
    }
}

/// `w.to_lowercase()`, borrowed when `w` is ASCII without capitals (the same string).
fn lower(w: &str) -> std::borrow::Cow<'_, str> {
    if w.is_ascii() {
        if w.bytes().any(|b| b.is_ascii_uppercase()) {
            std::borrow::Cow::Owned(w.to_ascii_lowercase())
        } else {
            std::borrow::Cow::Borrowed(w)
        }
    } else {
        std::borrow::Cow::Owned(w.to_lowercase())
    }
}

const SCALE_WORDS: &[&str] = &[
    "miljoen", "miljard", "duizend", "mln.", "mln", "mld.", "mld", "mrd.", "mrd", "mio.", "mio",
    "dzd.", "dzd",
];

const MARKERS: &[&str] = &[
    "n.v.t.", "n.v.t", "nvt", "n.t.b.", "n.t.b", "ntb", "n.b.", "n.b", "nb", "n.a.", "p.m.", "p.m",
    "t.b.d.", "t.b.d", "tbd",
];

/// Scale words: `mln.`, `mln`, `mio.`, `miljoen`, `mld.`, `mld`, `mrd.`, `miljard`, `duizend`, `dzd`, and OCR's `min.` for `mln.`.
fn scale_word(i: &str) -> IResult<&str, (Dec, Option<Note>)> {
    let million = Dec::from_int(1_000_000);
    let billion = Dec::from_int(1_000_000_000);
    let thousand = Dec::from_int(1_000);
    if !may_start(i, b"md") {
        return Err(fail(i)());
    }
    let (r, w) = match first_tag_ci(i, SCALE_WORDS) {
        Some(m) => m,
        None => tag("min.")(i)?,
    };
    if r.starts_with(|c: char| c.is_alphanumeric()) {
        return Err(fail(i)());
    }
    let lw = lower(w);
    let (d, note) = match lw.as_ref() {
        "miljoen" | "mln." | "mln" | "mio." | "mio" => (million, None),
        "miljard" | "mld." | "mld" | "mrd." | "mrd" => (billion, None),
        "min." => (
            million,
            Some(Note::Repaired {
                from: "min.".into(),
                to: "mln.".into(),
            }),
        ),
        _ => (thousand, None),
    };
    Ok((r, (d, note)))
}

/// Unit words after a number: the unit nouns of prose ([`UNIT_NOUNS`]: `dagen`,
/// `uur`, `fte`, `keer`, `weken`, `maanden`, `jaar`, `procent`, …), `%`, `euro`;
/// a currency's code (`USD`, `EUR`, `GBP`, `CHF`, in capitals) or `dollar`.
fn unit_word(i: &str) -> IResult<&str, Unit> {
    // (a code is in capitals: its first byte decides before any comparison; one
    // before another amount is that amount's, `in 2023 USD 2,5 mln.`)
    if let Some((r, c)) = currency_code(i) {
        let next = r.trim_start_matches(is_space);
        if next.starts_with(|c: char| c.is_ascii_digit()) {
            return Err(fail(i)());
        }
        return Ok((r, c.unit()));
    }
    // (the first letters of the unit nouns and of `euro`)
    if !may_start(i, b"%pdufkewmjs") {
        return Err(fail(i)());
    }
    // percentage points: `2,5%-punt`, `2,5 %punt`, `3 procentpunt`, `2,1 pp`
    if let Some(r) = i
        .strip_prefix('%')
        .map(|r| r.strip_prefix('-').unwrap_or(r))
        .and_then(|r| first_tag_ci(r, &["punten", "punt", "pnt"]))
        .map(|(r, _)| r)
        .or_else(|| first_tag_ci(i, &["procentpunten", "procentpunt", "pp"]).map(|(r, _)| r))
    {
        if !r.starts_with(|c: char| c.is_alphanumeric()) {
            return Ok((r, Unit::PercentagePoints));
        }
    }
    // `2,5 miljoen dollar`, `3 mln. US-dollars`: US dollars, as Dutch prose names them
    if let Some((r, _)) = first_tag_ci(i, DOLLAR_WORDS) {
        if !r.starts_with(|c: char| c.is_alphanumeric()) {
            return Ok((r, Unit::Usd));
        }
    }
    if let Some(r) = i.strip_prefix('%') {
        return Ok((r, Unit::Percent));
    }
    let (r, u) = UNIT_NOUNS
        .iter()
        .find_map(|&(w, u)| {
            may_tag(i, w)
                .then(|| tag_ci(i, w))
                .flatten()
                .map(|(r, _)| (r, u))
        })
        .or_else(|| tag_ci(i, "euro").map(|(r, _)| (r, Unit::Eur)))
        .ok_or_else(fail(i))?;
    if r.starts_with(|c: char| c.is_alphanumeric()) {
        return Err(fail(i)());
    }
    Ok((r, u))
}

/// Words for the US dollar after an amount (any case), longest first.
const DOLLAR_WORDS: &[&str] = &["dollars", "dollar", "us-dollars", "us-dollar"];

/// The currency codes the grammar reads (ISO 4217, in capitals), with `EUR`.
const CODES: &[(&[u8; 3], Currency)] = &[
    (b"EUR", Currency::Eur),
    (b"USD", Currency::Usd),
    (b"GBP", Currency::Gbp),
    (b"CHF", Currency::Chf),
];

/// A currency's code in capitals at the start of `i`, not followed by a letter
/// or digit (`USD 2,5`, `2,5 mln USD`; not `USDA`, `CHF2`): the rest after it.
/// Lower case is no code (`usd` in a web address, `chf` in a file name).
#[inline]
pub(crate) fn currency_code(i: &str) -> Option<(&str, Currency)> {
    let b = i.as_bytes();
    if !matches!(b.first(), Some(b'E' | b'U' | b'G' | b'C')) || b.len() < 3 {
        return None;
    }
    let (_, c) = CODES.iter().find(|(code, _)| b[..3] == code[..])?;
    let r = &i[3..];
    (!r.starts_with(|c: char| c.is_alphanumeric())).then_some((r, *c))
}

/// Currency before a number: `€ 0,47`, `€0,47` (OCR drops the space), `EUR 12`;
/// other currencies by their code (`USD 2,5 mln.`, `GBP 12`, `CHF 3`) or sign (`US$
/// 3`, `$ 400.000`, `£ 12`). The spaces after it are taken.
fn currency(i: &str) -> IResult<&str, Currency> {
    let b = i.as_bytes();
    // (one byte decides first: most cells and words open with none of these)
    let (r, c) = match b.first() {
        Some(0xe2) if i.starts_with('€') => (&i['€'.len_utf8()..], Currency::Eur),
        Some(b'e') if i.starts_with("eur") => (&i[3..], Currency::Eur),
        // (`EUR` before anything, as it was read before other currencies: `EURO`
        // then fails on its `O`)
        Some(b'E') if i.starts_with("EUR") => (&i[3..], Currency::Eur),
        Some(b'U') if i.starts_with("US$") => (&i[3..], Currency::Usd),
        Some(b'U' | b'G' | b'C') => currency_code(i).ok_or_else(fail(i))?,
        Some(b'$') => (&i[1..], Currency::Usd),
        Some(0xc2) if i.starts_with('£') => (&i['£'.len_utf8()..], Currency::Gbp),
        _ => return Err(fail(i)()),
    };
    let (r, _) = spaces(r)?;
    Ok((r, c))
}

/// Superscript footnote marks glued to a number (`2021¹`), and the asterisk of a
/// provisional or estimated figure (`1.402*`, `12,5**`).
fn footnote_noise(i: &str) -> IResult<&str, &str> {
    take_while(|c: char| {
        matches!(
            c,
            '¹' | '²' | '³' | '⁴' | '⁵' | '⁶' | '⁷' | '⁸' | '⁹' | '⁰' | '*'
        )
    })(i)
}

/// A numeric value at the start of `i`: sign, digits, unit or scale, currency, range.
/// `€ 357,4 mln.`, `– 1.200`, `5,70 %`, `15 dagen`, `10 à 15`, `(1.200)`, `‒ 0,02%`.
pub fn numeric(style: Style) -> impl Fn(&str) -> IResult<&str, Value> {
    move |i: &str| {
        // a sign may stand before the currency: `– € 1,2 mln`
        let (r, pre) = opt(nom::sequence::tuple((minus, spaces, currency)))(i)?;
        let (r, cur) = match pre {
            Some((_, _, c)) => (r, Some(c)),
            None => opt(currency)(r)?,
        };
        let (r, (mut number, mut notes)) = signed(style)(r)?;
        if pre.is_some() && !number.is_negative() {
            number = number.negate();
        }
        let (r, _) = footnote_noise(r)?;
        let mut kind = if cur.is_some() {
            Kind::Money
        } else {
            Kind::Number
        };
        let mut unit = cur.map_or(Unit::Count, Currency::unit);
        let mut high = None;
        let mut rest = r;
        // range: `10–15`, `10 - 15`, `10 à 15`
        if let Ok((r2, _)) = nom::sequence::tuple((
            spaces,
            alt((tag("–"), tag("à"), tag("-"), tag("‒"))),
            spaces,
        ))(rest)
        {
            // (an amount's high end may repeat the currency: `€ 5 - € 6 miljoen`)
            let r2 = match cur {
                Some(_) => currency(r2).map_or(r2, |(r, _)| r),
                None => r2,
            };
            if let Ok((r3, (h, _))) = signed(style)(r2) {
                if h > number {
                    high = Some(h);
                    kind = Kind::Range;
                    rest = r3;
                }
            }
        }
        let mut scale = None;
        if let Ok((r2, (s, note))) = preceded(spaces, scale_word)(rest) {
            scale = Some(s);
            notes.extend(note);
            rest = r2;
            if kind == Kind::Number {
                kind = Kind::Quantity;
            }
        }
        if let Ok((r2, u)) = preceded(spaces, unit_word)(rest) {
            // (a currency after an amount that printed one before keeps the first:
            // `€ 5 miljoen euro`)
            if !(u.is_money() && cur.is_some()) {
                unit = u;
            }
            kind = match (u, kind) {
                (Unit::Percent, Kind::Range) => Kind::Range,
                (Unit::Percent, _) => Kind::Percent,
                (_, Kind::Range) => Kind::Range,
                (u, _) if u.is_money() => Kind::Money,
                _ => Kind::Quantity,
            };
            rest = r2;
        }
        let len = i.len() - rest.len();
        Ok((
            rest,
            Value {
                kind,
                number: Some(number),
                number_high: high,
                scale,
                unit,
                len,
                notes,
            },
        ))
    }
}

/// Markers and text values that fill a whole cell:
/// `n.b.`, `n.v.t.`, `nvt`, `p.m.`, `PM`, `-`, `–`, `*`, CBS's `x` and `.`, `ja`,
/// `nee`, `uitgevoerd`, `niet uitgevoerd`, `afgerond`, `gepland`.
fn marker(i: &str) -> IResult<&str, Value> {
    if !may_start(i, b"np*x.t") {
        return Err(fail(i)());
    }
    // the symbols of CBS tables, each a whole cell: `x` (kept secret) and `.` (no
    // figures); before anything but spaces they are a caption's `x € 1.000` or a
    // sentence's full stop
    if let Some(r) = i.strip_prefix(['x', '.']) {
        // `..` and `...`: figures not (yet) available, as in OECD and Eurostat tables
        let dots = if i.starts_with('.') {
            r.len() - r.trim_start_matches('.').len()
        } else {
            0
        };
        let r = &r[dots.min(2)..];
        if !r.trim().is_empty() {
            return Err(fail(i)());
        }
        return Ok((
            r,
            Value::marker(Kind::Missing, Unit::Missing, 1 + dots.min(2)),
        ));
    }
    // an ellipsis for `..`
    if let Some(r) = i.strip_prefix('…') {
        if r.trim().is_empty() {
            return Ok((
                r,
                Value::marker(Kind::Missing, Unit::Missing, '…'.len_utf8()),
            ));
        }
        return Err(fail(i)());
    }
    let (r, w) = match first_tag_ci(i, MARKERS) {
        Some(m) => m,
        None => alt((tag("PM"), tag("pm"), tag("*")))(i)?,
    };
    if r.starts_with(|c: char| c.is_alphanumeric()) {
        return Err(fail(i)());
    }
    let (kind, unit) = if lower(w).starts_with('p') {
        (Kind::Pm, Unit::Pm)
    } else {
        (Kind::Missing, Unit::Missing)
    };
    Ok((r, Value::marker(kind, unit, w.len())))
}

/// A cell of words that no list holds, `len` bytes long: what a column of words (a
/// target's status) holds where its words are not among [`TEXT_VALUES`].
pub fn words_cell(len: usize) -> Value {
    Value::marker(Kind::Text, Unit::Text, len)
}

/// Text values a table cell can hold, longest first.
pub const TEXT_VALUES: &[&str] = &[
    "niet uitgevoerd",
    "gedeeltelijk uitgevoerd",
    "uitgevoerd",
    "niet afgerond",
    "afgerond",
    "gepland",
    "in uitvoering",
    // a target's status (`Status`, `Gehaald?` columns of indicator tables)
    "niet gehaald",
    "gedeeltelijk gehaald",
    "deels gehaald",
    "gehaald",
    "niet behaald",
    "gedeeltelijk behaald",
    "deels behaald",
    "behaald",
    "niet op koers",
    "op koers",
    "achter op schema",
    "voor op schema",
    "op schema",
    "niet bereikt",
    "deels bereikt",
    "gedeeltelijk bereikt",
    "bereikt",
    "nog niet bekend",
    "niet bekend",
    "onbekend",
    "niet gerealiseerd",
    "deels gerealiseerd",
    "gedeeltelijk gerealiseerd",
    "gerealiseerd",
    // a project's or credit's state (`Status` of an investment table)
    "nog niet gestart",
    "niet gestart",
    "gestart",
    "in voorbereiding",
    "opgeleverd",
    "gereed",
    "lopend",
    "vertraagd",
    "ja",
    "nee",
    "geen",
];

/// Is `raw` a target's status (`Gehaald`, `Niet behaald`, `Op koers`, `Vertraagd`)?
/// Such words also label rows (`Op schema   14   12`).
pub fn is_status_value(raw: &str) -> bool {
    let l = raw.trim().to_lowercase();
    let at = |w: &str| TEXT_VALUES.iter().position(|t| *t == w);
    match (at(&l), at("niet gehaald"), at("vertraagd")) {
        (Some(k), Some(a), Some(b)) => (a..=b).contains(&k),
        _ => false,
    }
}

fn text_value(i: &str) -> IResult<&str, Value> {
    // the first letters of TEXT_VALUES (a test holds the list to the table)
    if !may_start(i, TEXT_VALUE_FIRSTS) {
        return Err(fail(i)());
    }
    // (an ASCII first letter picks the values that begin with it)
    let b0 = i.as_bytes()[0].to_ascii_lowercase();
    for t in TEXT_VALUES
        .iter()
        .filter(|t| b0 >= 0x80 || t.as_bytes()[0] == b0)
    {
        if let Some((r, w)) = tag_ci(i, t) {
            if !r.starts_with(|c: char| c.is_alphanumeric()) {
                return Ok((r, Value::marker(Kind::Text, Unit::Text, w.len())));
            }
        }
    }
    Err(fail(i)())
}

/// The first letters of [`TEXT_VALUES`].
const TEXT_VALUE_FIRSTS: &[u8] = b"nguaijdbovl";

fn nil(i: &str) -> IResult<&str, Value> {
    // `nihil`: nothing, as a dash says it
    if let Some((r, w)) = tag_ci(i, "nihil") {
        if r.trim().is_empty() {
            return Ok((r, Value::marker(Kind::Nil, Unit::Nil, w.len())));
        }
    }
    let (r, m) = recognize(minus)(i)?;
    // nothing in whole euros: `-,-`, `–,—`, `-,--`
    let (r, m) = match r
        .strip_prefix(',')
        .and_then(|x| recognize(many1(minus))(x).ok())
    {
        Some((r2, _)) => (r2, &i[..i.len() - r2.len()]),
        None => (r, m),
    };
    if !r.trim().is_empty() {
        return Err(fail(i)());
    }
    Ok((r, Value::marker(Kind::Nil, Unit::Nil, m.len())))
}

/// One value at the start of `i` (leading spaces skipped): numbers first, then markers and text.
pub fn value(style: Style) -> impl Fn(&str) -> IResult<&str, Value> {
    move |i: &str| match plain_number(i) {
        Some(v) => Ok((&i[i.len()..], v)),
        None => value_by_grammar(style)(i),
    }
}

/// The commonest cell, read without the grammar: the whole of `i` one plain number or
/// percentage, `1.234`, `– 1.200`, `-3.783,5`, `12,50`, `2014`, `98,5%` — an optional
/// minus (`-`, `–`, `‒`, `−`, `—`, then plain spaces), digits grouped by dots (a lead of
/// one to three digits, then groups of exactly three), an optional decimal comma and
/// digits, an optional `%` right after them, and nothing after. Returns exactly what [`value_by_grammar`] returns for such an input (a test
/// holds them equal); None for anything else, which goes to the grammar: a plus, a
/// space or any other character after the digits, a dot that does not group (`1.5`),
/// whole euros (`12,-`), a trailing minus (`150-`), more digits than [`Dec`] holds,
/// `%` after a space or before anything (`5 %`, `2,5%-punt`).
/// Table readers try the grammar on every candidate cell of every row, most of which
/// are such numbers; this reads them in one pass over their bytes.
fn plain_number(i: &str) -> Option<Value> {
    let b = i.as_bytes();
    let (negative, mut p) = match *b.first()? {
        b'0'..=b'9' => (false, 0),
        // (not `--`, `-/-`: the grammar's own signs)
        b'-' => (true, 1),
        0xE2 if matches!(b.get(1..3), Some([0x80, 0x92..=0x94] | [0x88, 0x92])) => (true, 3),
        _ => return None,
    };
    if negative {
        while b.get(p) == Some(&b' ') {
            p += 1;
        }
    }
    let lead_start = p;
    while b.get(p).is_some_and(u8::is_ascii_digit) {
        p += 1;
    }
    let lead = p - lead_start;
    if lead == 0 {
        return None;
    }
    // the integer digits: the lead as printed, or with dot groups their digits
    // gathered (no allocation; a longer run than fits is left to the grammar)
    let mut grouped = [0u8; 48];
    let mut int = &b[lead_start..p];
    // dot groups, only after a lead of one to three digits, and only when no digit
    // follows the last group (`1.2345` is no grouping)
    if lead <= 3 {
        let mut q = p;
        while b.get(q) == Some(&b'.')
            && b.get(q + 1..q + 4)
                .is_some_and(|g| g.iter().all(u8::is_ascii_digit))
        {
            q += 4;
        }
        if q > p {
            if b.get(q).is_some_and(u8::is_ascii_digit) {
                return None;
            }
            let mut n = 0;
            for &d in b[lead_start..q].iter().filter(|&&d| d != b'.') {
                *grouped.get_mut(n)? = d;
                n += 1;
            }
            int = &grouped[..n];
            p = q;
        }
    }
    let mut frac: &[u8] = &[];
    let mut notes = Vec::new();
    if b.get(p) == Some(&b',') {
        let f = p + 1;
        p = f;
        while b.get(p).is_some_and(u8::is_ascii_digit) {
            p += 1;
        }
        if p == f {
            return None;
        }
        frac = &b[f..p];
        // (`4,490` may be grouping; `4,490%` is a percentage, so a decimal)
        if frac.len() == 3 && b.get(p) != Some(&b'%') {
            notes.push(Note::CommaMayGroup);
        }
    }
    // a percent sign right after the digits: `12,5%`
    let percent = b.get(p) == Some(&b'%');
    p += usize::from(percent);
    if p != b.len() {
        return None;
    }
    // (only ASCII digits were taken: both are text; too many digits is None)
    let number = Dec::from_digits(
        negative,
        std::str::from_utf8(int).ok()?,
        std::str::from_utf8(frac).ok()?,
    )?;
    let (kind, unit) = match percent {
        true => (Kind::Percent, Unit::Percent),
        false => (Kind::Number, Unit::Count),
    };
    Some(Value {
        kind,
        number: Some(number),
        number_high: None,
        scale: None,
        unit,
        len: i.len(),
        notes,
    })
}

/// [`value`] by the full grammar (which [`plain_number`] shortcuts for plain numbers).
fn value_by_grammar(style: Style) -> impl Fn(&str) -> IResult<&str, Value> {
    move |i: &str| {
        let (r, lead) = spaces(i)?;
        // a bound before a number: `< 1.100`, `≥ 95%`, `max. 5`
        if let Some((r2, b)) = bound(r) {
            let (r3, _) = spaces(r2)?;
            let (rest, mut v) = numeric(style)(r3)?;
            v.len += i.len() - r3.len();
            v.notes.push(Note::Bound(b));
            return Ok((rest, v));
        }
        let (rest, mut v) = alt((duration, numeric(style), marker, text_value, nil))(r)?;
        v.len += lead.len();
        Ok((rest, v))
    }
}

/// A duration printed as a clock reads, in minutes and seconds or in hours, minutes
/// and seconds: `06:48`, `7:05`, `112:30`, `1:04:33`, `– 0:12` (a difference). Read as
/// the number of seconds (unit `seconds`): only seconds hold every such time exactly
/// (`07:05` is 7,0833… minutes), and prose reads `7 minuten en 12 seconden` as 432
/// seconds too; the cell's `raw` keeps the printed form. A table that prints hours
/// and minutes says so (`(uu:mm)`) and its reader multiplies by sixty.
///
/// Only cells come here ([`value`]): prose reads its numbers with [`numeric`], where
/// `om 08:30 uur` is a time of day and `1:4` a ratio.
fn duration(i: &str) -> IResult<&str, Value> {
    if !i.starts_with(|c: char| c.is_ascii_digit() || matches!(c, '-' | '–' | '‒' | '−' | '—'))
    {
        return Err(fail(i)());
    }
    let (r, sign) = opt(pair(minus, spaces))(i)?;
    let (r, lead) = take_while_m_n(1, 3, |c: char| c.is_ascii_digit())(r)?;
    // a part after a colon: two digits, below sixty
    fn sixty(i: &str) -> IResult<&str, &str> {
        let (r, _) = char(':')(i)?;
        recognize(pair(
            satisfy(|c| ('0'..='5').contains(&c)),
            satisfy(|c| c.is_ascii_digit()),
        ))(r)
    }
    let (r, mid) = sixty(r)?;
    let (r, last) = opt(sixty)(r)?;
    // (not a longer run of digits or a decimal: `12:305`, `06:48,5`, `1:2:3`)
    let b = r.as_bytes();
    if b.first()
        .is_some_and(|c| c.is_ascii_alphanumeric() || *c == b':')
        || (b.first().is_some_and(|c| matches!(c, b',' | b'.'))
            && b.get(1).is_some_and(u8::is_ascii_digit))
    {
        return Err(fail(i)());
    }
    let n = |d: &str| d.parse::<i64>().unwrap_or(0);
    let secs = match last {
        Some(s) => (n(lead) * 60 + n(mid)) * 60 + n(s),
        None => n(lead) * 60 + n(mid),
    };
    let secs = Dec::from_int(secs);
    let secs = if sign.is_some() { secs.negate() } else { secs };
    Ok((
        r,
        Value {
            kind: Kind::Quantity,
            number: Some(secs),
            number_high: None,
            scale: None,
            unit: Unit::Seconds,
            len: i.len() - r.len(),
            notes: Vec::new(),
        },
    ))
}

/// Parses a whole cell: the trimmed text must be exactly one value.
/// `"– 1.200"` -> Number -1200; `"€ 0,47"` -> Money 0.47; `"niet uitgevoerd"` -> Text.
pub fn parse_cell(s: &str) -> Option<Value> {
    parse_cell_with(s, Style::default())
}

pub fn parse_cell_with(s: &str, style: Style) -> Option<Value> {
    let t = s.trim_matches(|c: char| c.is_whitespace());
    if t.is_empty() {
        return None;
    }
    let lead = s.len() - s.trim_start_matches(|c: char| c.is_whitespace()).len();
    match value(style)(t) {
        Ok((rest, mut v)) if rest.trim().is_empty() => {
            v.len += lead;
            Some(v)
        }
        _ => ocr_letters_as_digits(t, style).map(|mut v| {
            v.len += lead;
            v
        }),
    }
}

/// OCR reads digits as look-alike letters (`1O.5OO`, `l.381`, `2S`): inside a cell
/// that is otherwise a number (at least one real digit,
/// only number characters besides), `O`/`o` are read as 0, `I`/`l` as 1, `S` as 5,
/// and the change is noted. Words never get here: `Omzet`, `IS`, `nl` fail the test.
fn ocr_letters_as_digits(t: &str, style: Style) -> Option<Value> {
    let body = t.trim_end_matches(['%', ' ']);
    let (mut digits, mut letters) = (0usize, 0usize);
    for c in body.chars() {
        match c {
            '0'..='9' => digits += 1,
            'O' | 'o' | 'I' | 'l' | 'S' => letters += 1,
            '.' | ',' | ' ' | '\u{a0}' | '-' | '–' | '€' => {}
            _ => return None,
        }
    }
    if letters == 0 || digits == 0 {
        return None;
    }
    let fixed: String = t
        .chars()
        .map(|c| match c {
            'O' | 'o' => '0',
            'I' | 'l' => '1',
            'S' => '5',
            c => c,
        })
        .collect();
    match value(style)(&fixed) {
        Ok((rest, mut v)) if rest.trim().is_empty() && v.number.is_some() => {
            v.len = t.len();
            v.notes.push(Note::Repaired {
                from: t.to_string(),
                to: fixed,
            });
            Some(v)
        }
        _ => None,
    }
}

/// A scale caption: `(x € 1.000)`, `(bedragen x € 1.000)`, `Bedragen x € 1 000`,
/// `Bedragen in € 1.000`, `(x € 1 mln)`, `bedragen in miljoenen euro`; in another
/// currency by its code or sign: `(x USD 1.000)`, `(bedragen x US$ 1.000)`, `(x $ 1
/// mln)`, `(x 1 mln USD)`.
/// Returns the multiplier, the currency, and the byte range of the caption in `s`.
pub fn scale_caption(s: &str) -> Option<(Dec, Option<Currency>, std::ops::Range<usize>)> {
    // Every caption below holds `€`, `eur`/`EUR` (also in `euro`) or `mln` (`x 1 mln`),
    // in some case, or another currency's code or sign: a line without any is
    // rejected before the work (most lines).
    // (`| 0x20` lowercases an ASCII capital and turns no other byte into a lowercase letter.)
    let bytes = s.as_bytes();
    let named = has_eur_or_mln(bytes);
    let other = has_other_currency(bytes);
    if !named && !other && !has_euro_sign(bytes) {
        return None;
    }
    // read in ASCII lower case, byte by byte, without a lowered copy: the
    // keywords are ASCII, and a byte lowers to an ASCII letter only from that
    // letter in either case (`| 0x20` below compares with a lowercase letter,
    // and only the letter in either case gives it); offsets are those of `s`
    // find "x €", "in €", "x eur", "in duizenden euro", "in miljoenen euro"; each
    // phrase holds `eur` or `mln`, so only a named line can hold one
    if named {
        for (word, mult) in [
            ("in duizenden euro", 1_000i64),
            ("in miljoenen euro", 1_000_000),
            ("x duizend euro", 1_000),
            ("x 1 mln", 1_000_000),
        ] {
            if let Some(p) = find_ascii_lower(bytes, word.as_bytes()) {
                // (`(aantallen x 1 mln)`, `(x 1 mln reizen)`: counts, [`count_caption`]'s)
                if word == "x 1 mln"
                    && (counted_before(&s[..p]) || counted_after(&s[p + word.len()..]))
                {
                    continue;
                }
                let start = caption_start(s, p);
                // (`x 1 mln USD`: another currency's code after the phrase)
                let after = &s[p + word.len()..];
                let code = (word == "x 1 mln")
                    .then(|| currency_code(after.trim_start_matches(is_space)))
                    .flatten()
                    .filter(|&(_, c)| c != Currency::Eur);
                if let Some((r, c)) = code {
                    let end = caption_end(s, s.len() - r.len());
                    return Some((Dec::from_int(mult), Some(c), start..end));
                }
                let end = caption_end(s, p + word.len());
                return Some((Dec::from_int(mult), Some(Currency::Eur), start..end));
            }
        }
    }
    let is = |p: usize, c: u8| bytes[p] | 0x20 == c;
    // A keyword (`x` as a word, or a word that starts with `in`: its `n` at `p`) is
    // followed by spaces ([`spaces`], greedy) and a currency ([`currency`]: `€`,
    // `EUR` or `eur`, as printed) at the first char that is no space. So each keyword
    // that can give a caption is found from its currency: back over the spaces
    // before it, the keyword ends there (the spaces run from right after it). One
    // keyword has one currency, and a later keyword a later one: reading the
    // currencies in order tries the keywords in order, as a scan for `x` and `n`
    // would, but looks only at the few places where a currency stands.
    // (the other currencies' places, where the line has any: merged in order)
    let mut others = if other {
        other_currency_starts(bytes).collect::<Vec<_>>()
    } else {
        Vec::new()
    }
    .into_iter()
    .peekable();
    let mut euros = currency_starts(bytes).peekable();
    let starts = std::iter::from_fn(|| match (euros.peek(), others.peek()) {
        (Some(&e), Some(&o)) if o < e => others.next(),
        (Some(_), _) => euros.next(),
        (None, _) => others.next(),
    });
    for c in starts {
        let q = s[..c].trim_end_matches(is_space).len();
        let Some(p) = q.checked_sub(1) else { continue };
        if is(p, b'x') {
            // `x` as a word
            if p > 0 && bytes[p - 1].is_ascii_alphabetic() {
                continue;
            }
        } else if !(is(p, b'n')
            && p > 0
            && is(p - 1, b'i')
            && (p < 2 || !bytes[p - 2].is_ascii_alphabetic()))
        {
            continue;
        }
        let r = &s[c..];
        let Ok((r, cur)) = currency(r) else { continue };
        let Some((d, r)) = caption_amount(r) else {
            continue;
        };
        let d = d?;
        let kw_start = if is(p, b'x') { p } else { p - 1 };
        let start = caption_start(s, kw_start);
        let end = caption_end(s, s.len() - r.len());
        return Some((d, Some(cur), start..end));
    }
    None
}

/// The amount of a scale caption after its currency (`1.000`, `1 mln`, or a scale
/// word alone: `mln`, `miljoen`) and the rest of the text. None when there is none;
/// `Some((None, _))` when the amount overflows.
fn caption_amount(r: &str) -> Option<(Option<Dec>, &str)> {
    match unsigned(Style::default())(r) {
        Ok((r, (int, frac, _))) => {
            let d = Dec::from_digits(false, &int, frac)?;
            match preceded(spaces, scale_word)(r) {
                Ok((r2, (sc, _))) => Some((d.checked_mul(sc), r2)),
                Err(_) => Some((Some(d), r)),
            }
        }
        // a scale word without a number: `bedragen in € mln`, `x € miljoen`
        Err(_) => match preceded(spaces, scale_word)(r) {
            Ok((r2, (sc, None))) => Some((Some(sc), r2)),
            _ => None,
        },
    }
}

/// A table's scale caption: [`scale_caption`], or one without a currency, in
/// parentheses or alone on its line: `(aantallen x 1.000)`, `(x 1.000)`, `(in
/// duizenden)`, `Aantallen x 1 mln` (counts in thousands, millions). `bedragen` names
/// amounts, so `(bedragen x 1.000)` is in euros. Returns the same as `scale_caption`.
/// Only table readers ask for it: prose reads a count's caption only in
/// parentheses right after its number ([`count_caption`]).
pub fn table_caption(s: &str) -> Option<(Dec, Option<Currency>, std::ops::Range<usize>)> {
    if let Some(c) = scale_caption(s) {
        return Some(c);
    }
    if let Some(c) = ocr_mln_caption(s) {
        return Some(c);
    }
    if let Some(c) = paren_euro_caption(s) {
        return Some(c);
    }
    // a caption of millions that names nothing counted (`(in mln)`, `(x mln)`, `(in
    // miljoenen)`) scales amounts in euros, as `(x 1 mln)` does ([`scale_caption`]),
    // unless its line names counts before it (`Aantal reizigers (in mln)`); one of
    // thousands (`(x 1.000)`, `(in duizenden)`) counts, as before
    let (d, what, r) = read_count_caption(s)?;
    let eur = match what.as_deref() {
        Some("bedragen") => true,
        Some(_) => false,
        None => d == Dec::from_int(1_000_000) && !counted_before(&s[..r.start]),
    };
    Some((d, eur.then_some(Currency::Eur), r))
}

/// Words of a caption that name what a table counts (`(aantallen x 1.000)`, `(personen
/// x 1.000)`), as [`COUNT_CAPTION`] reads them before its scale; `bedragen` names
/// amounts.
const COUNTED: &[&str] = &[
    "aantallen",
    "aantal",
    "stuks",
    "personen",
    "fte",
    "uren",
    "dagen",
];

/// Whether a word that names what is counted follows a caption's scale inside its
/// parentheses (`x 1 mln reizen)`); a currency's word or code names amounts (`x 1
/// mln euro)`, `x 1 mln USD)`).
fn counted_after(after: &str) -> bool {
    let Some(inner) = after.split_once(')').map(|(i, _)| i) else {
        return false;
    };
    // (the word apart from the scale: `x 1 mlnx)` names nothing)
    let inner = inner.strip_prefix('.').unwrap_or(inner);
    if !inner.starts_with(is_space) {
        return false;
    }
    let inner = inner.trim_start_matches(is_space);
    let word = inner
        .split(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    !inner.contains('(')
        && !word.is_empty()
        && Currency::named_by(&word.to_lowercase()).is_none()
        && !word.eq_ignore_ascii_case("eur")
}

/// Whether the text before a caption ends with a word of [`COUNTED`] (`aantallen x 1
/// mln`), or its line names counts (`Aantal reizigers (in mln)`, `Aantallen`): a
/// word that begins with `aantal`.
fn counted_before(before: &str) -> bool {
    let t = before.trim_end_matches(|c: char| c.is_whitespace() || c == '(');
    let last = t
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("")
        .to_lowercase();
    COUNTED.contains(&last.as_str())
        || t.split(|c: char| !c.is_alphanumeric())
            .any(|w| w.get(..6).is_some_and(|h| h.eq_ignore_ascii_case("aantal")))
}

/// [`table_caption`]'s captions without a currency (`(aantallen x 1.000)`, `(x
/// 1.000)`, `(in duizenden)`, `Aantallen x 1 mln` alone on its line), and
/// `(bedragen x 1.000)` in euros. Prose asks for one in parentheses right after a
/// number (`4.512 (x 1.000) reisdocumenten`).
pub fn count_caption(s: &str) -> Option<(Dec, Option<Currency>, std::ops::Range<usize>)> {
    // a caption holds `1` (`x 1.000`, `1 mln`) or `duizend`/`miljoen`: a line without
    // an `x`, `in` or either word is rejected before the regex
    let (d, what, r) = read_count_caption(s)?;
    let eur = (what.as_deref() == Some("bedragen")).then_some(Currency::Eur);
    Some((d, eur, r))
}

/// [`count_caption`]'s reading: the multiplier, the word that says what is counted
/// in lower case (before the scale, `bedragen`, `aantallen`, …, or the first after
/// it, `uitkeringen`), and the caption's byte range.
fn read_count_caption(s: &str) -> Option<(Dec, Option<String>, std::ops::Range<usize>)> {
    let b = s.as_bytes();
    if !b.iter().any(|&c| c == b'x' || c == b'X' || c == b'n') {
        return None;
    }
    let m = COUNT_CAPTION.captures(s)?;
    let what = m
        .name("what")
        .or_else(|| m.name("what2"))
        .map(|w| w.as_str().to_lowercase());
    let n = m.name("n").or_else(|| m.name("n2"))?;
    let whole = m.get(0)?;
    // (what is counted may follow the scale instead: `(x 1 mln uitkeringen)`)
    let what = what.or_else(|| {
        s[n.end()..whole.end()]
            .split(|c: char| !c.is_alphabetic())
            .find(|w| !w.is_empty())
            .map(str::to_lowercase)
    });
    let n = n.as_str().to_lowercase();
    let digits: String = n.chars().filter(char::is_ascii_digit).collect();
    let d = if n.starts_with("duizend") {
        Dec::from_int(1_000)
    } else if n.starts_with("miljoen") || n.contains("mln") || n.contains("miljoen") {
        Dec::from_int(1_000_000)
    } else {
        match digits.as_str() {
            "1000" => Dec::from_int(1_000),
            "1000000" => Dec::from_int(1_000_000),
            _ => return None,
        }
    };
    Some((d, what, whole.start()..whole.end()))
}

/// A table's caption in parentheses made of nothing but a currency, a scale and the
/// caption's small words, in any order: `(bedragen * € 1.000)`, `(bedragen in € x
/// 1.000)`, `(in mln. euro)`, `(x mln euro)`, `(€ mln)`, `(bedragen x 1.000 euro)`,
/// `(in k€)`, `(in € mld)`. Amounts in euros, scaled; or in another currency named
/// by its code, sign or word: `(bedragen x 1.000 USD)`, `(in miljoenen dollars)`,
/// `(x mln US$)`. A table reader's only: every word of the parentheses must be one
/// of these.
fn paren_euro_caption(s: &str) -> Option<(Dec, Option<Currency>, std::ops::Range<usize>)> {
    let close = s.rfind(')')?;
    let open = s[..close].rfind('(')?;
    let inner = s[open + 1..close].to_lowercase().replace('€', " € ");
    // (the dollar's and pound's signs parted from their amount, `x $1.000`, as `€` is)
    let inner = if inner.contains(['$', '£']) {
        inner
            .replace("us$", " usd ")
            .replace('$', " $ ")
            .replace('£', " £ ")
    } else {
        inner
    };
    let (mut currency, mut scale, mut digits) = (None, None::<i64>, String::new());
    let mut said_in = false;
    for w in inner.split(|c: char| c.is_whitespace() || c == '\u{a0}') {
        if let Some(c) = Currency::named_by(w) {
            // (two currencies in one caption: none of them scales the table)
            if currency.is_some_and(|k| k != c) {
                return None;
            }
            currency = Some(c);
            continue;
        }
        match w {
            "in" => said_in = true,
            "" | "x" | "*" | "×" | "bedragen" => {}
            "k" | "duizend" | "duizenden" => scale = Some(1_000),
            "mln" | "mln." | "mio" | "mio." | "miljoen" | "miljoenen" => scale = Some(1_000_000),
            "mld" | "mld." | "mrd" | "mrd." | "miljard" | "miljarden" => {
                scale = Some(1_000_000_000)
            }
            _ if w.bytes().all(|b| b.is_ascii_digit() || b == b'.') => digits.push_str(w),
            _ => return None,
        }
    }
    let d = match (digits.replace('.', "").as_str(), scale) {
        ("", Some(m)) | ("1", Some(m)) => m,
        // (`(in euro)`, `(bedragen in euro's)`: euros as printed; a row label's
        // `(€)` is no caption)
        ("", None) if said_in => 1,
        ("1000", None) => 1_000,
        ("1000000", None) => 1_000_000,
        _ => return None,
    };
    currency.map(|c| (Dec::from_int(d), Some(c), open..close + 1))
}

/// A table's caption in parentheses that OCR read `mln` as `min` in
/// (`(bedragen in € min)`, `(x € min.)`): a table reader's, where `min` after the
/// caption's currency can be no other word; millions of euros.
fn ocr_mln_caption(s: &str) -> Option<(Dec, Option<Currency>, std::ops::Range<usize>)> {
    let close = s.rfind(')')?;
    let open = s[..close].rfind('(')?;
    let inner = s[open + 1..close].trim();
    let head = inner
        .strip_suffix("min.")
        .or_else(|| inner.strip_suffix("min"))?
        .trim_end_matches(is_space);
    let head = head
        .strip_suffix('€')?
        .trim_end_matches(is_space)
        .to_lowercase();
    let keyword = head == "x"
        || head == "in"
        || head
            .strip_prefix("bedragen")
            .is_some_and(|k| matches!(k.trim(), "x" | "in"));
    keyword.then_some((
        Dec::from_int(1_000_000),
        Some(Currency::Eur),
        open..close + 1,
    ))
}

/// [`table_caption`]'s captions without a currency.
static COUNT_CAPTION: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    // the same words in parentheses (`what`, `n`; what is counted and when may
    // follow: `(x 1.000 uitkeringen)`, `(aantallen x 1.000, ultimo jaar)`) or alone
    // on the line (`what2`, `n2`)
    let what = format!(r"(?:(?P<{{w}}>bedragen|{})\s+)?", COUNTED.join("|"));
    // (a scale word of millions with or without its `1`: `x 1 mln`, `in mln.`)
    let n = r"(?P<{n}>1[.\s\u{a0}]?000(?:[.\s\u{a0}]?000)?|(?:1\s*)?mln\.?|(?:1\s*)?miljoen|duizenden|miljoenen)";
    let (w1, n1) = (what.replace("{w}", "what"), n.replace("{n}", "n"));
    let (w2, n2) = (what.replace("{w}", "what2"), n.replace("{n}", "n2"));
    regex::Regex::new(&format!(
        r"(?i)\(\s*{w1}(?:x|in)\s+{n1}(?:\s*,?\s+\pL[^()]{{0,40}})?\s*\)|^\s*{w2}(?:x|in)\s+{n2}\s*$"
    ))
    .unwrap()
});

/// Offsets, in order, where [`currency`] may match in `b`: `€`, `EUR` or `eur` (case
/// as printed). These never overlap one another.
fn currency_starts(b: &[u8]) -> impl Iterator<Item = usize> + '_ {
    memchr::memchr3_iter(0xe2, b'E', b'e', b).filter(move |&i| {
        matches!(
            b.get(i..i + 3),
            Some([0xe2, 0x82, 0xac] | [b'E', b'U', b'R'] | [b'e', b'u', b'r'])
        )
    })
}

/// Offsets, in order, where [`currency`] may match another currency than the euro
/// in `b`: `$` (not after `US`: `US$` is one, at its `U`), `£`, and `USD`, `US$`,
/// `GBP`, `CHF` in capitals (whether a letter follows is left to [`currency`]).
fn other_currency_starts(b: &[u8]) -> impl Iterator<Item = usize> + '_ {
    let code = move |i: usize| {
        b.get(i..i + 3)
            .is_some_and(|w| w == b"US$" || CODES.iter().any(|(c, _)| w == &c[..]))
    };
    let mut signs = memchr::memchr3_iter(b'$', b'U', 0xc2, b).filter(move |&i| match b[i] {
        b'$' => !(i >= 2 && &b[i - 2..i] == b"US"),
        b'U' => code(i),
        _ => b.get(i + 1) == Some(&0xa3),
    });
    let mut letters = memchr::memchr2_iter(b'G', b'C', b).filter(move |&i| code(i));
    // (the two searches merged in order)
    let (mut x, mut y) = (signs.next(), letters.next());
    std::iter::from_fn(move || match (x, y) {
        (Some(a), Some(c)) if c < a => {
            y = letters.next();
            Some(c)
        }
        (Some(a), _) => {
            x = signs.next();
            Some(a)
        }
        (None, Some(c)) => {
            y = letters.next();
            Some(c)
        }
        (None, None) => None,
    })
}

/// Whether `b` may hold another currency's code or sign: true wherever
/// [`other_currency_starts`] finds one (a `$`, `£`'s last byte, or the last two
/// letters of `USD`, `GBP`, `CHF`), and on few other lines. Read in blocks of 32
/// bytes folded without a branch, as [`has_ascii_digit`] reads, since every line
/// asked for a caption comes here.
fn has_other_currency(b: &[u8]) -> bool {
    let Some((&last, _)) = b.split_last() else {
        return false;
    };
    let sign = |p: u8| (p == b'$') | (p == 0xa3);
    let pair = |p: u8, q: u8| {
        ((p == b'S') & (q == b'D')) | ((p == b'B') & (q == b'P')) | ((p == b'H') & (q == b'F'))
    };
    let (x, y) = (&b[..b.len() - 1], &b[1..]);
    for (xc, yc) in x.chunks(32).zip(y.chunks(32)) {
        if xc
            .iter()
            .zip(yc)
            .fold(false, |a, (&p, &q)| a | sign(p) | pair(p, q))
        {
            return true;
        }
    }
    sign(last)
}

/// Whether `b` holds `€` (E2 82 AC): looked for by its last byte, which is rare.
fn has_euro_sign(b: &[u8]) -> bool {
    memchr::memchr_iter(0xac, b).any(|i| i >= 2 && b[i - 2] == 0xe2 && b[i - 1] == 0x82)
}

/// Whether `b` holds an ASCII digit: `b.iter().any(u8::is_ascii_digit)`, but in
/// blocks of 32 bytes folded without a branch (which the compiler vectorises),
/// so a long line without a digit costs a fraction of a byte-by-byte search.
pub(crate) fn has_ascii_digit(b: &[u8]) -> bool {
    let mut chunks = b.chunks_exact(32);
    for c in &mut chunks {
        if c.iter().fold(false, |a, &x| a | x.is_ascii_digit()) {
            return true;
        }
    }
    chunks.remainder().iter().any(u8::is_ascii_digit)
}

/// Whether `b` holds `eur` or `mln` in any ASCII case (`| 0x20` gives `u` only
/// from `u` and `U`, and so on). Only the places of `u`/`U` and of `m`/`M`, which
/// [`memchr::memchr2_iter`] finds, are compared: most lines hold few of them, so a
/// line costs a fraction of a byte-by-byte reading.
fn has_eur_or_mln(b: &[u8]) -> bool {
    let is = |k: usize, c: u8| b.get(k).is_some_and(|&x| x | 0x20 == c);
    memchr::memchr2_iter(b'u', b'U', b).any(|k| k > 0 && is(k - 1, b'e') && is(k + 1, b'r'))
        || memchr::memchr2_iter(b'm', b'M', b).any(|k| is(k + 1, b'l') && is(k + 2, b'n'))
}

/// Whether a caption [`scale_caption`] finds may start with byte `b`: every caption
/// starts with its keyword (`x`, `in`, or a phrase that begins with one), with
/// `bedragen` before it, or with `(`, in any ASCII case (no other char lowers to
/// these letters). A caller that wants a caption at a given offset can skip the
/// search when the byte there is none of these.
pub fn may_start_caption(b: u8) -> bool {
    matches!(b, b'(' | b'x' | b'X' | b'i' | b'I' | b'b' | b'B')
}

/// Where `s.to_ascii_lowercase().find(word)` finds the lowercase ASCII `word`,
/// comparing byte by byte (the match starts at an ASCII byte: a char boundary).
/// Only the places of the first letter in either case are looked at.
fn find_ascii_lower(s: &[u8], word: &[u8]) -> Option<usize> {
    let first = *word.first()?;
    let last = (s.len() + 1).saturating_sub(word.len());
    memchr::memchr2_iter(first, first.to_ascii_uppercase(), &s[..last]).find(|&k| {
        s[k..k + word.len()]
            .iter()
            .zip(word)
            .all(|(a, b)| a.to_ascii_lowercase() == *b)
    })
}

/// Extends a caption back over `(bedragen ` / `Bedragen ` before its keyword.
fn caption_start(s: &str, kw: usize) -> usize {
    let before = &s[..kw];
    let trimmed = before.trim_end();
    let lower = trimmed.to_lowercase();
    let mut start = kw;
    if lower.ends_with("bedragen") {
        start = trimmed.len() - "bedragen".len();
    } else if lower.ends_with('(') {
        start = trimmed.len() - 1;
    }
    let t2 = s[..start].trim_end();
    if t2.ends_with('(') {
        start = t2.len() - 1;
    }
    start
}

fn caption_end(s: &str, end: usize) -> usize {
    // (the plural of `euro` before the parenthesis: `in duizenden euro's)`)
    let (end, rest) = match ["'s", "’s", "s"]
        .iter()
        .find_map(|p| s[end..].strip_prefix(p))
    {
        Some(r) => (s.len() - r.len(), r),
        None => (end, &s[end..]),
    };
    let t = rest.trim_start();
    if t.starts_with(')') {
        end + (rest.len() - t.len()) + 1
    } else {
        end
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use nom::bytes::complete::tag_no_case;
    use proptest::strategy::Strategy;

    /// `scale_caption` as it was, on a lowered copy: the reference for the byte reading.
    fn scale_caption_on_copy(s: &str) -> Option<(Dec, Option<Currency>, std::ops::Range<usize>)> {
        let named = s.as_bytes().windows(3).any(|w| {
            let w = [w[0] | 0x20, w[1] | 0x20, w[2] | 0x20];
            w == *b"eur" || w == *b"mln"
        });
        let other = s.contains(['$', '£']) || ["USD", "GBP", "CHF"].iter().any(|c| s.contains(c));
        if !named && !other && !s.contains('€') {
            return None;
        }
        // ASCII lower case keeps byte offsets, which index `s` below (`Ⱥ` grows when lowered)
        let lower = s.to_ascii_lowercase();
        // find "x €", "in €", "x eur", "in duizenden euro", "in miljoenen euro"
        for (word, mult) in [
            ("in duizenden euro", 1_000i64),
            ("in miljoenen euro", 1_000_000),
            ("x duizend euro", 1_000),
            ("x 1 mln", 1_000_000),
        ] {
            if let Some(p) = lower.find(word) {
                // (a word of counts before or after: a count caption)
                if word == "x 1 mln"
                    && (counted_before(&s[..p]) || counted_after(&s[p + word.len()..]))
                {
                    continue;
                }
                let start = caption_start(s, p);
                let after = s[p + word.len()..].trim_start_matches(is_space);
                if word == "x 1 mln" {
                    if let Some((r, c)) = currency_code(after).filter(|&(_, c)| c != Currency::Eur)
                    {
                        let end = caption_end(s, s.len() - r.len());
                        return Some((Dec::from_int(mult), Some(c), start..end));
                    }
                }
                let end = caption_end(s, p + word.len());
                return Some((Dec::from_int(mult), Some(Currency::Eur), start..end));
            }
        }
        let bytes = lower.as_bytes();
        let mut search = 0;
        while let Some(p) = lower[search..].find(['x', 'n']).map(|p| p + search) {
            search = p + 1;
            let after_kw = if bytes[p] == b'x' {
                // `x` as a word
                if p > 0 && bytes[p - 1].is_ascii_alphabetic() {
                    continue;
                }
                p + 1
            } else if p > 0
                && bytes[p - 1] == b'i'
                && (p < 2 || !bytes[p - 2].is_ascii_alphabetic())
            {
                p + 1
            } else {
                continue;
            };
            let rest = &s[after_kw..];
            let Ok((r, _)) = spaces(rest) else { continue };
            let Ok((r, cur)) = currency(r) else { continue };
            let Some((d, r)) = caption_amount(r) else {
                continue;
            };
            let d = d?;
            let kw_start = if bytes[p] == b'x' { p } else { p - 1 };
            let start = caption_start(s, kw_start);
            let end = caption_end(s, s.len() - r.len());
            return Some((d, Some(cur), start..end));
        }
        None
    }

    /// The ASCII words the grammar reads as units ([`UNIT_NOUNS`] and `euro`).
    fn unit_tags() -> Vec<&'static str> {
        UNIT_NOUNS
            .iter()
            .map(|(w, _)| *w)
            .chain(["euro"])
            .filter(|w| w.is_ascii())
            .collect()
    }

    fn caption_pieces() -> impl proptest::strategy::Strategy<Value = String> {
        proptest::collection::vec(
            proptest::sample::select(vec![
                "x",
                "X",
                "in",
                "In",
                "IN",
                "i",
                "n",
                "N",
                "€",
                "eur",
                "EUR",
                "euro",
                "Euro",
                "1.000",
                "1 000",
                "1",
                "mln",
                "Mln",
                "MLN",
                "duizend",
                "duizenden",
                "miljoenen",
                "bedragen",
                "Bedragen",
                "(",
                ")",
                " ",
                "  ",
                "a",
                "ñ",
                "Ⱥ",
                "x€",
                "İ",
                "K",
                "miljoen",
                "mld",
                "x 1 mln",
                "X 1 MLN",
                "in duizenden euro",
                "In Miljoenen Euro",
                "x duizend euro",
                "x € 1.000",
                "in € 1 mln",
                "(x € 1 000)",
                "Bedragen in EUR 1.000",
                "USD",
                "US$",
                "US",
                "$",
                "£",
                "GBP",
                "CHF",
                "usd",
                "x USD 1.000",
                "(x $ 1 mln)",
                "x 1 mln USD",
                "x US$",
                "\u{a0}",
                "\t",
                "\u{202f}",
                "\u{2009}",
                "Eur",
                "x\u{a0}€\u{a0}1",
                "in\t EUR 1.000 mld",
                "win € 1",
                "9x eur 5",
            ]),
            0..12,
        )
        .prop_map(|v| v.concat())
    }

    /// `unsigned` as it was: nom's `many1` for the dot groups, owned strings.
    #[allow(clippy::type_complexity)]
    fn unsigned_with_many1(style: Style, i: &str) -> Option<(&str, String, String, Vec<Note>)> {
        let (rest, lead) = digits(i).ok()?;
        let mut int = lead.to_string();
        let mut notes = Vec::new();
        let mut rest = rest;
        if lead.len() <= 3 {
            let dot_groups: IResult<&str, Vec<&str>> =
                many1(preceded(char('.'), three_digits))(rest);
            if let Ok((r, groups)) = dot_groups {
                if !r.starts_with(|c: char| c.is_ascii_digit()) {
                    for g in groups {
                        int.push_str(g);
                    }
                    rest = r;
                }
            }
            if rest.len() == i.len() - lead.len() && style.space_grouping && !lead.starts_with('0')
            {
                let sp_groups: IResult<&str, Vec<&str>> =
                    many1(preceded(satisfy(is_group_space), three_digits))(rest);
                if let Ok((r, groups)) = sp_groups {
                    if !r.starts_with(|c: char| c.is_ascii_digit()) {
                        for g in groups {
                            int.push_str(g);
                        }
                        rest = r;
                        notes.push(Note::SpaceGrouped);
                    }
                }
            }
        }
        let mut frac = String::new();
        if let Ok((r, f)) = preceded(char::<&str, nom::error::Error<&str>>(','), digits)(rest) {
            if f.len() == 3 && !r.starts_with(['%']) {
                notes.push(Note::CommaMayGroup);
            }
            frac.push_str(f);
            rest = r;
        } else if let Ok((r, f)) =
            preceded(char::<&str, nom::error::Error<&str>>('.'), digits)(rest)
        {
            if rest.len() == i.len() - lead.len() {
                notes.push(Note::DotNotGrouping);
                frac.push_str(f);
                rest = r;
            }
        } else if let Some(r) = whole_euros(rest) {
            rest = r;
        }
        Some((rest, int, frac, notes))
    }

    /// Where [`plain_number`] answers, the grammar answers the same, whole, in both
    /// styles; None where the grammar would not consume the input whole is not needed
    /// (the grammar then runs), but every answer must be the grammar's.
    fn plain_number_agrees(s: &str) -> Result<(), String> {
        let Some(fast) = plain_number(s) else {
            return Ok(());
        };
        for grouping in [true, false] {
            let style = Style {
                space_grouping: grouping,
            };
            match value_by_grammar(style)(s) {
                Ok(("", slow)) if slow == fast => {}
                other => return Err(format!("{s:?}: fast {fast:?}, grammar {other:?}")),
            }
        }
        Ok(())
    }

    #[test]
    fn plain_numbers_read_without_the_grammar() {
        // the forms table cells print most, each read by the shortcut (so the test
        // fails if it stops answering) and as the grammar reads them
        let n = |s: &str| {
            plain_number(s)
                .and_then(|v| v.number)
                .map(|d| d.to_string())
        };
        assert_eq!(n("1.234").as_deref(), Some("1234"));
        assert_eq!(n("– 1.200").as_deref(), Some("-1200"));
        assert_eq!(n("-3.783,5").as_deref(), Some("-3783.5"));
        assert_eq!(n("12,50").as_deref(), Some("12.50"));
        assert_eq!(n("2014").as_deref(), Some("2014"));
        assert_eq!(n("0").as_deref(), Some("0"));
        assert_eq!(n("−0,02").as_deref(), Some("-0.02"));
        assert_eq!(n("—7").as_deref(), Some("-7"));
        assert_eq!(n("1.234.567,891").as_deref(), Some("1234567.891"));
        assert_eq!(
            plain_number("4,490").map(|v| v.notes),
            Some(vec![Note::CommaMayGroup])
        );
        let pct = plain_number("– 4,490%").unwrap();
        assert_eq!((pct.kind, pct.unit), (Kind::Percent, Unit::Percent));
        assert_eq!(pct.number.map(|d| d.to_string()).as_deref(), Some("-4.490"));
        assert!(pct.notes.is_empty());
        // left to the grammar: signs it reads its own way, dots that do not group,
        // anything after the digits, digits beyond what a Dec holds
        for s in [
            "",
            "+5",
            "--5",
            "-/- 5",
            "1.5",
            "1.2345",
            "1234.567",
            "12,-",
            "150-",
            "1.",
            "12,",
            "1 234",
            "- \u{a0}5",
            "5 %",
            "2,5%-punt",
            "%",
            "5%%",
            "-%",
            "5,%",
            "5 mln",
            "10-15",
            "1.234*",
            "(1.200)",
            "€ 5",
            " 5",
            "5 ",
            "x",
            "-",
            &"9".repeat(39),
        ] {
            assert!(plain_number(s).is_none(), "{s:?}");
            plain_number_agrees(s).unwrap();
        }
        for s in [
            "1.234",
            "– 1.200",
            "-3.783,5",
            "12,50",
            "2014",
            "0",
            "−0,02",
            "—7",
            "0,500",
        ] {
            plain_number_agrees(s).unwrap();
        }
        assert!(plain_number(&"9".repeat(38)).is_some());
        plain_number_agrees(&"9".repeat(38)).unwrap();
        plain_number_agrees(&format!("0000{}", "9".repeat(38))).unwrap();
    }

    /// Every word and every run of two or three words of the seeds and fixtures (the
    /// candidates the table readers try) that the shortcut reads, the grammar reads alike.
    #[test]
    fn plain_numbers_as_the_grammar_on_the_corpus() {
        let mut hits = 0usize;
        for (path, text) in crate::testdata::texts() {
            for line in text.lines() {
                let words: Vec<(usize, usize)> = line
                    .split(' ')
                    .scan(0usize, |at, w| {
                        let s = *at;
                        *at += w.len() + 1;
                        Some((s, s + w.len()))
                    })
                    .collect();
                for (k, &(s, _)) in words.iter().enumerate() {
                    for &(_, e) in words.iter().skip(k).take(3) {
                        let cand = &line[s..e];
                        hits += usize::from(plain_number(cand).is_some());
                        if let Err(e) = plain_number_agrees(cand) {
                            panic!("{path}: {e}");
                        }
                    }
                }
            }
        }
        assert!(hits > 10_000, "only {hits} plain numbers in the corpus");
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(3000))]
        /// Signs, digits, dots, commas and what may follow them, in any order.
        #[test]
        fn plain_number_as_the_grammar(
            pieces in proptest::collection::vec(proptest::sample::select(vec![
                "-", "–", "‒", "−", "—", "--", "-/-", "+", " ", "  ", "\u{a0}", "0", "00",
                "1", "12", "123", "1234", ".", ".234", ".2345", ".23", ",", ",5", ",50",
                ",500", ",-", "%", "*", "mln", ":", "5", "9", "(", ")", "≤", "€", "x",
            ]), 0..8),
        ) {
            let s = pieces.concat();
            if let Err(e) = plain_number_agrees(&s) {
                proptest::prop_assert!(false, "{}", e);
            }
        }

        #[test]
        fn plain_number_as_the_grammar_on_any_text(s in "[-–0-9., +]{0,14}") {
            if let Err(e) = plain_number_agrees(&s) {
                proptest::prop_assert!(false, "{}", e);
            }
        }

        #[test]
        fn scale_caption_as_on_a_copy(s in caption_pieces()) {
            proptest::prop_assert_eq!(scale_caption(&s), scale_caption_on_copy(&s));
        }

        /// `unsigned` reads as it did with nom's `many1` for the dot groups and owned strings.
        #[test]
        fn unsigned_as_with_many1(
            lead in "[0-9]{1,4}",
            pieces in proptest::collection::vec(proptest::sample::select(vec![
                ".", ",", ".234", ".2345", ".23", " 560", "\u{a0}560", "\u{2009}5601", "\t560",
                " 5", "5", "12", ",5", ",500", ",-", "%", "x", "-", " ", "é",
            ]), 0..6),
            grouping in proptest::bool::ANY,
        ) {
            let s = format!("{lead}{}", pieces.concat());
            let style = Style { space_grouping: grouping };
            let got = unsigned(style)(&s).map(|(r, (i, f, n))| (r, i.into_owned(), f.to_string(), n));
            proptest::prop_assert_eq!(got.ok(), unsigned_with_many1(style, &s));
        }

        /// `tag_ci` matches as nom's `tag_no_case` for every tag of the grammar, on inputs
        /// with capitals, Unicode that folds to ASCII (Kelvin `\u{212a}`, `İ`, `ſ`) and
        /// short ones; where it matches, it consumes whole chars: the matched text's
        /// lower case is the tag.
        #[test]
        fn tag_ci_as_nom_on_whole_chars(
            head in proptest::sample::select(
                [&[""][..], SCALE_WORDS, &unit_tags(), MARKERS, TEXT_VALUES].concat()
            ),
            caps in proptest::num::u32::ANY,
            cut in 0usize..30,
            tail in "[nNvVtTbBpPmMlLiIjJoOeEdDaArRuUzZgGfFkKcC. %\u{212a}\u{130}\u{17f}é]{0,9}",
        ) {
            // a tag in mixed case, perhaps cut short, before other chars
            let head: String = head
                .chars()
                .take(cut)
                .enumerate()
                .map(|(k, c)| if caps >> (k % 32) & 1 == 1 { c.to_ascii_uppercase() } else { c })
                .collect();
            let s = format!("{head}{tail}");
            for t in SCALE_WORDS.iter().chain(&unit_tags()).chain(MARKERS).chain(TEXT_VALUES) {
                proptest::prop_assert!(t.is_ascii());
                let got = tag_ci(&s, t);
                // (nom slices the input at the tag's byte length, and panics where that
                // falls inside a wide char, `beReI\u{212a}` for `bereikt`: such an input is
                // `tag_ci`'s alone, which compares whole chars)
                if s.len() >= t.len() && !s.is_char_boundary(t.len()) {
                    let lower_prefix: String = s.chars().flat_map(char::to_lowercase).collect();
                    if !lower_prefix.starts_with(t) {
                        proptest::prop_assert!(got.is_none(), "{:?} {:?}", s, t);
                    }
                    continue;
                }
                let nom = tag_no_case::<_, _, nom::error::Error<&str>>(*t)(s.as_str()).ok();
                // nom also takes an input with fewer chars than the tag when a wide
                // char makes up the bytes (`\u{212a}e` for `keer`): a cut word, which
                // `tag_ci` rightly refuses
                if s.chars().count() >= t.chars().count() {
                    proptest::prop_assert_eq!(got.is_some(), nom.is_some(), "{:?} {:?}", s, t);
                } else {
                    proptest::prop_assert!(got.is_none(), "{:?} {:?}", s, t);
                }
                if let Some((rest, m)) = got {
                    proptest::prop_assert_eq!(format!("{m}{rest}"), s.clone());
                    proptest::prop_assert_eq!(m.to_lowercase(), t.to_string());
                    if s.as_bytes()[..t.len().min(s.len())].is_ascii() {
                        proptest::prop_assert_eq!(Some((rest, m)), nom);
                    }
                }
            }
            proptest::prop_assert_eq!(lower(&s).into_owned(), s.to_lowercase());
            // the gate before `tag_ci` refuses no input that it matches
            for t in SCALE_WORDS.iter().chain(&unit_tags()).chain(MARKERS).chain(TEXT_VALUES) {
                if tag_ci(&s, t).is_some() {
                    proptest::prop_assert!(may_tag(&s, t), "{:?} {:?}", s, t);
                }
            }
        }

        #[test]
        fn has_ascii_digit_as_any(s in "[a 5é€\u{660}]{0,80}") {
            let want = s.bytes().any(|b| b.is_ascii_digit());
            proptest::prop_assert_eq!(has_ascii_digit(s.as_bytes()), want);
        }

        #[test]
        fn other_currency_as_its_starts(s in "[USDGBPCHFx \u{a3}$a€]{0,40}") {
            let b = s.as_bytes();
            // (the gate may pass a line with none; it never refuses one with one)
            proptest::prop_assert!(has_other_currency(b) || other_currency_starts(b).next().is_none());
        }

        #[test]
        fn eur_or_mln_as_by_windows(s in "[eEuUrRmMlLnNx .€5ŕ\u{20ac}\u{82ac}\u{ac}]{0,40}") {
            let want = s.as_bytes().windows(3).any(|w| {
                let w = [w[0] | 0x20, w[1] | 0x20, w[2] | 0x20];
                w == *b"eur" || w == *b"mln"
            });
            proptest::prop_assert_eq!(has_eur_or_mln(s.as_bytes()), want);
            proptest::prop_assert_eq!(has_euro_sign(s.as_bytes()), s.contains('€'));
        }

        #[test]
        fn captions_start_as_may_start_caption_says(s in caption_pieces()) {
            if let Some((_, _, r)) = scale_caption(&s) {
                proptest::prop_assert!(may_start_caption(s.as_bytes()[r.start]), "{s:?} {r:?}");
            }
        }
    }

    fn num(s: &str) -> (Kind, String, Option<String>, &'static str) {
        let v = parse_cell(s).unwrap_or_else(|| panic!("no value in {s:?}"));
        (
            v.kind,
            v.number.map(|d| d.to_string()).unwrap_or_default(),
            v.scale.map(|d| d.to_string()),
            v.unit.as_str(),
        )
    }

    /// A bound before a number (a target such as `< 1.100` or `≥ 95%`) keeps the
    /// number and is noted; a bound before anything but a number is no value.
    #[test]
    fn bounds_before_numbers() {
        let bound = |s: &str| {
            parse_cell(s).and_then(|v| {
                v.notes.iter().find_map(|n| match n {
                    Note::Bound(b) => Some(b.qualifier()),
                    _ => None,
                })
            })
        };
        for (s, kind, number, unit, q) in [
            ("< 1.100", Kind::Number, "1100", "count", "less_than"),
            ("<1.100", Kind::Number, "1100", "count", "less_than"),
            ("≥ 95%", Kind::Percent, "95", "%", "at_least"),
            (">= 95,5%", Kind::Percent, "95.5", "%", "at_least"),
            ("≤ 2", Kind::Number, "2", "count", "at_most"),
            ("=< 2", Kind::Number, "2", "count", "at_most"),
            ("> € 1,2 mln.", Kind::Money, "1.2", "EUR", "more_than"),
            ("max. 5 dagen", Kind::Quantity, "5", "days", "at_most"),
            ("Min. 3", Kind::Number, "3", "count", "at_least"),
            ("< – 1.200", Kind::Number, "-1200", "count", "less_than"),
            ("minimaal 95%", Kind::Percent, "95", "%", "at_least"),
            ("Maximaal 5 dagen", Kind::Quantity, "5", "days", "at_most"),
            // the unit nouns prose reads, in a cell too
            ("max. 8 weken", Kind::Quantity, "8", "weeks", "at_most"),
            ("< 3 maanden", Kind::Quantity, "3", "months", "less_than"),
            ("minimaal 2 jaar", Kind::Quantity, "2", "year", "at_least"),
            ("ten minste 3", Kind::Number, "3", "count", "at_least"),
            ("ten hoogste € 2 mln.", Kind::Money, "2", "EUR", "at_most"),
            ("meer dan 1.000", Kind::Number, "1000", "count", "more_than"),
            ("minder dan 10%", Kind::Percent, "10", "%", "less_than"),
            // an estimate: `ca. 1.300`, `circa € 2 mln.`
            ("ca. 1.300", Kind::Number, "1300", "count", "approx"),
            ("Ca.1.300", Kind::Number, "1300", "count", "approx"),
            ("circa € 2 mln.", Kind::Money, "2", "EUR", "approx"),
            ("ongeveer 40", Kind::Number, "40", "count", "approx"),
        ] {
            let (k, n, _, u) = num(s);
            assert_eq!((k, n.as_str(), u), (kind, number, unit), "{s}");
            assert_eq!(bound(s), Some(q), "{s}");
            assert_eq!(parse_cell(s).unwrap().len, s.len(), "{s}");
        }
        for s in [
            "<",
            "< p.m.",
            "> n.v.t.",
            "max.",
            "min. ja",
            "<< 3",
            "maximaal",
            "minimaal5",
            "meer dan genoeg",
            "tenminste",
        ] {
            assert!(parse_cell(s).is_none(), "{s}");
        }
        assert_eq!(bound("1.100"), None);
    }

    /// The first-byte gates in front of the word alternatives let every word of
    /// the alternatives through, in any case.
    #[test]
    fn word_gates_pass_every_word() {
        for t in TEXT_VALUES {
            for w in [t.to_string(), t.to_uppercase()] {
                assert_eq!(parse_cell(&w).map(|v| v.kind), Some(Kind::Text), "{w}");
            }
        }
        for w in [
            "n.v.t.", "N.V.T", "nvt", "n.b.", "NB", "p.m.", "P.M", "PM", "pm", "*",
        ] {
            assert!(parse_cell(w).is_some_and(|v| v.number.is_none()), "{w}");
        }
        for (w, scale) in [
            ("3 miljoen", "1000000"),
            ("3 MILJARD", "1000000000"),
            ("3 Duizend", "1000"),
            ("3 mln.", "1000000"),
            ("3 Mld", "1000000000"),
            ("3 DZD.", "1000"),
        ] {
            assert_eq!(num(w).2.as_deref(), Some(scale), "{w}");
        }
        for (w, unit) in [
            ("3 %", "%"),
            ("3 Procent", "%"),
            ("3 DAGEN", "days"),
            ("3 dag", "days"),
            ("3 Uur", "hours"),
            ("3 FTE", "fte"),
            ("3 keer", "times"),
            ("3 Euro", "EUR"),
        ] {
            assert_eq!(num(w).3, unit, "{w}");
        }
    }

    #[test]
    fn grouping_and_decimals() {
        let cases = [
            ("42.755", "42755"),
            ("1.381", "1381"),
            ("98 560", "98560"),
            ("98\u{a0}560", "98560"),
            ("1 234 567", "1234567"),
            ("1.234.567", "1234567"),
            ("5,70", "5.70"),
            ("0,47", "0.47"),
            ("1.234,5", "1234.5"),
            ("0", "0"),
            ("13", "13"),
        ];
        for (s, want) in cases {
            assert_eq!(num(s).1, want, "{s}");
            assert_eq!(num(s).0, Kind::Number, "{s}");
        }
    }

    #[test]
    fn signs() {
        let cases = [
            ("– 1.200", "-1200"),
            ("–\u{a0}24.905", "-24905"),
            ("‒ 0,02", "-0.02"),
            ("–202", "-202"),
            ("-5", "-5"),
            ("− 3", "-3"),
            ("+5", "5"),
            ("(1.200)", "-1200"),
            ("– 3 783", "-3783"),
            ("— 1.469", "-1469"),
            // pandoc's Markdown spells the en dash `--`
            ("-- 1.381", "-1381"),
            ("--5", "-5"),
            // the accountant's `-/-` and `+/+`
            ("-/- 12,5", "-12.5"),
            ("-/-3.000", "-3000"),
            ("+/+ 7", "7"),
            // a minus after the number (`150-`), not before a digit (`10-15`)
            ("150-", "-150"),
            ("1.250-", "-1250"),
        ];
        for (s, want) in cases {
            assert_eq!(num(s).1, want, "{s}");
        }
        // (a lone `-/` is no sign)
        assert!(parse_cell("-/ 12").is_none());
        assert_eq!(parse_cell("10-15").map(|v| v.kind), Some(Kind::Range));
        assert_eq!(
            parse_cell("-150-")
                .and_then(|v| v.number)
                .map(|n| n.to_string()),
            None,
            "a sign on both sides is no number"
        );
    }

    #[test]
    fn nihil_and_percentage_points() {
        for w in ["nihil", "Nihil", "NIHIL"] {
            let v = parse_cell(w).unwrap();
            assert_eq!(
                (v.kind, v.unit, v.number),
                (Kind::Nil, Unit::Nil, None),
                "{w}"
            );
        }
        assert!(parse_cell("nihilist").is_none());
        for (w, n) in [
            ("2,5%-punt", "2.5"),
            ("2,5 %-punt", "2.5"),
            ("-0,4%punt", "-0.4"),
            ("3 procentpunt", "3"),
            ("1,5 procentpunten", "1.5"),
            ("2,1 pp", "2.1"),
            ("4 %-punten", "4"),
        ] {
            let v = parse_cell(w).unwrap();
            assert_eq!(v.unit, Unit::PercentagePoints, "{w}");
            assert_eq!(v.number.unwrap().to_string(), n, "{w}");
        }
        // a percentage stays one
        assert_eq!(parse_cell("2,5%").unwrap().unit, Unit::Percent);
        assert!(parse_cell("2,5%-puntje").is_none());
    }

    #[test]
    fn percent_money_scale_units() {
        assert_eq!(num("5,70%"), (Kind::Percent, "5.70".into(), None, "%"));
        assert_eq!(num("5,70 %"), (Kind::Percent, "5.70".into(), None, "%"));
        assert_eq!(num("‒ 0,02%"), (Kind::Percent, "-0.02".into(), None, "%"));
        assert_eq!(num("17 procent"), (Kind::Percent, "17".into(), None, "%"));
        assert_eq!(num("€ 0,47"), (Kind::Money, "0.47".into(), None, "EUR"));
        assert_eq!(num("€0,47"), (Kind::Money, "0.47".into(), None, "EUR"));
        assert_eq!(
            num("€ 357,4 mln."),
            (Kind::Money, "357.4".into(), Some("1000000".into()), "EUR")
        );
        assert_eq!(
            num("€ 2,5 mln"),
            (Kind::Money, "2.5".into(), Some("1000000".into()), "EUR")
        );
        assert_eq!(num("EUR 12"), (Kind::Money, "12".into(), None, "EUR"));
        assert_eq!(
            num("9,9 mln."),
            (
                Kind::Quantity,
                "9.9".into(),
                Some("1000000".into()),
                "count"
            )
        );
        assert_eq!(
            num("557 miljoen"),
            (
                Kind::Quantity,
                "557".into(),
                Some("1000000".into()),
                "count"
            )
        );
        assert_eq!(
            num("2 mld"),
            (
                Kind::Quantity,
                "2".into(),
                Some("1000000000".into()),
                "count"
            )
        );
        assert_eq!(num("15 dagen"), (Kind::Quantity, "15".into(), None, "days"));
        for (cell, n, unit) in [
            ("11 weken", "11", "weeks"),
            ("1 week", "1", "weeks"),
            ("6 maanden", "6", "months"),
            ("1 maand", "1", "months"),
            ("4 jaar", "4", "year"),
            ("12 uren", "12", "hours"),
            ("25 werkdagen", "25", "days"),
            ("15 minuten", "15", "minutes"),
            ("3 maal", "3", "times"),
            ("1,5 procentpunt", "1.5", "percentage_points"),
            ("12 Weken", "12", "weeks"),
        ] {
            assert_eq!(num(cell), (Kind::Quantity, n.into(), None, unit), "{cell}");
        }
        // a word that only begins with a unit noun is none
        for cell in ["8 weekend", "3 jaarlijks", "2 maandag", "5 dagelijks"] {
            assert!(parse_cell(cell).is_none(), "{cell}");
        }
        assert_eq!(num("329 fte"), (Kind::Quantity, "329".into(), None, "fte"));
        assert_eq!(num("3 keer"), (Kind::Quantity, "3".into(), None, "times"));
        assert_eq!(num("8 uur"), (Kind::Quantity, "8".into(), None, "hours"));
        // `Keer` with the Kelvin sign (three bytes) for its `K`: the whole word is the
        // unit, not `Ke` cut at four bytes with `er` left over
        assert_eq!(
            num("4 \u{212a}eer"),
            (Kind::Quantity, "4".into(), None, "times")
        );
        assert_eq!(
            tag_ci("\u{212a}eer en", "keer"),
            Some((" en", "\u{212a}eer"))
        );
        assert_eq!(tag_ci("\u{212a}e", "keer"), None);
    }

    /// Amounts in another currency than the euro: its ISO 4217 code in capitals
    /// before or after the amount, the dollar's or pound's sign before it, `dollar`
    /// after it; exact, with the scale word as for euros.
    #[test]
    fn other_currencies() {
        let m = |s: &str| Some(s.to_string());
        for (s, want) in [
            (
                "USD 2,5 mln.",
                (Kind::Money, "2.5".into(), m("1000000"), "USD"),
            ),
            (
                "US$ 3 miljoen",
                (Kind::Money, "3".into(), m("1000000"), "USD"),
            ),
            (
                "US$3 miljoen",
                (Kind::Money, "3".into(), m("1000000"), "USD"),
            ),
            ("$ 400.000", (Kind::Money, "400000".into(), None, "USD")),
            ("$400.000", (Kind::Money, "400000".into(), None, "USD")),
            (
                "2,5 miljoen dollar",
                (Kind::Money, "2.5".into(), m("1000000"), "USD"),
            ),
            ("12 Dollars", (Kind::Money, "12".into(), None, "USD")),
            (
                "3 mln. US-dollar",
                (Kind::Money, "3".into(), m("1000000"), "USD"),
            ),
            (
                "2,5 mln USD",
                (Kind::Money, "2.5".into(), m("1000000"), "USD"),
            ),
            (
                "– USD 1,2 mln",
                (Kind::Money, "-1.2".into(), m("1000000"), "USD"),
            ),
            ("GBP 12", (Kind::Money, "12".into(), None, "GBP")),
            ("£ 12,50", (Kind::Money, "12.50".into(), None, "GBP")),
            (
                "CHF 3,4 mld",
                (Kind::Money, "3.4".into(), m("1000000000"), "CHF"),
            ),
            ("12 EUR", (Kind::Money, "12".into(), None, "EUR")),
            (
                "$ 5 - $ 6 miljoen",
                (Kind::Range, "5".into(), m("1000000"), "USD"),
            ),
            // a currency printed twice keeps the first
            (
                "USD 5 miljoen dollar",
                (Kind::Money, "5".into(), m("1000000"), "USD"),
            ),
        ] {
            assert_eq!(num(s), want, "{s}");
        }
        assert_eq!(
            parse_cell("$ 5 - $ 6 miljoen").unwrap().number_high,
            Some(Dec::from_int(6))
        );
        // no currency: lower-case codes, codes inside words, a code glued to a
        // letter or digit, a sign alone or before a word
        for s in [
            "usd 12",
            "USDA 12",
            "USD2",
            "BUSD 12",
            "gbp 3",
            "chf 3",
            "$",
            "$ jaar",
            "$HOME",
            "US 12",
            "12 usd",
            "12 USDA",
            "12 dollarcent",
        ] {
            assert!(
                parse_cell(s).is_none_or(|v| !v.unit.is_money()),
                "{s}: {:?}",
                parse_cell(s)
            );
        }
        assert_eq!(Currency::from_code("USD"), Some(Currency::Usd));
        assert_eq!(Currency::from_code("usd"), None);
        assert_eq!(Currency::Chf.code(), "CHF");
        assert!(Unit::Gbp.is_money() && Unit::Eur.is_money() && !Unit::Count.is_money());
    }

    /// One list of a currency's signs, codes and words serves every reader.
    #[test]
    fn currency_named_by_a_word() {
        for (w, c) in [
            ("€", Currency::Eur),
            ("eur", Currency::Eur),
            ("euro's", Currency::Eur),
            ("euros", Currency::Eur),
            ("$", Currency::Usd),
            ("us$", Currency::Usd),
            ("us-dollars", Currency::Usd),
            ("£", Currency::Gbp),
            ("chf", Currency::Chf),
        ] {
            assert_eq!(Currency::named_by(w), Some(c), "{w}");
        }
        // (given in lower case; a pound may weigh half a kilo)
        for w in ["EUR", "pond", "euroland", "usda", ""] {
            assert_eq!(Currency::named_by(w), None, "{w}");
        }
        for c in [
            "(x € 1.000)",
            "(x €1.000)",
            "(bedragen in euro's)",
            "(USD mln)",
            "(x US$ 1.000)",
        ] {
            assert!(Currency::named_in(c), "{c}");
        }
        for c in [
            "(bedragen x 1.000)",
            "(x 1 mln)",
            "(x 1.000 beurzen)",
            "(neuro)",
        ] {
            assert!(!Currency::named_in(c), "{c}");
        }
    }

    /// Scale captions in another currency name it; the euro's are as they were.
    #[test]
    fn captions_in_other_currencies() {
        for (c, want, cur, caption) in [
            (
                "Tabel 3 Bijdragen (x USD 1.000)",
                "1000",
                Currency::Usd,
                "(x USD 1.000)",
            ),
            (
                "Tabel 3 Bijdragen (bedragen x US$ 1.000)",
                "1000",
                Currency::Usd,
                "(bedragen x US$ 1.000)",
            ),
            (
                "Uitgaven (x $ 1 mln)",
                "1000000",
                Currency::Usd,
                "(x $ 1 mln)",
            ),
            (
                "Uitgaven (x 1 mln USD)",
                "1000000",
                Currency::Usd,
                "(x 1 mln USD)",
            ),
            (
                "Bedragen in USD mln",
                "1000000",
                Currency::Usd,
                "Bedragen in USD mln",
            ),
            (
                "(bedragen x £ 1.000)",
                "1000",
                Currency::Gbp,
                "(bedragen x £ 1.000)",
            ),
            ("(x CHF 1.000)", "1000", Currency::Chf, "(x CHF 1.000)"),
            ("(x € 1.000)", "1000", Currency::Eur, "(x € 1.000)"),
            ("(x 1 mln)", "1000000", Currency::Eur, "(x 1 mln)"),
        ] {
            let (d, e, r) = scale_caption(c).unwrap_or_else(|| panic!("{c}"));
            assert_eq!(
                (d.to_string().as_str(), e, &c[r]),
                (want, Some(cur), caption),
                "{c}"
            );
        }
        // a table's captions in parentheses, by any word of a currency
        for (c, want, cur) in [
            ("Uitgaven (bedragen x 1.000 USD)", "1000", Currency::Usd),
            ("Uitgaven (in miljoenen dollars)", "1000000", Currency::Usd),
            ("Uitgaven (x mln US$)", "1000000", Currency::Usd),
            ("Uitgaven (in $ mln)", "1000000", Currency::Usd),
            ("Uitgaven (in £ mln)", "1000000", Currency::Gbp),
        ] {
            let (d, e, _) = table_caption(c).unwrap_or_else(|| panic!("{c}"));
            assert_eq!((d.to_string().as_str(), e), (want, Some(cur)), "{c}");
        }
        for c in [
            "zie https://example.org/usd/1000",
            "(x BUSD 1.000)",
            "Kosten (€ en $ mln)",
            "de prijs in $ stijgt",
        ] {
            assert!(table_caption(c).is_none(), "{c}: {:?}", table_caption(c));
        }
        // (lower case names a currency only among a table caption's words)
        assert!(scale_caption("(x usd 1.000)").is_none());
        assert_eq!(
            table_caption("(x usd 1.000)").map(|c| c.1),
            Some(Some(Currency::Usd))
        );
    }

    #[test]
    fn ocr_min_for_mln_is_repaired_and_noted() {
        let v = parse_cell("514 min.").unwrap();
        assert_eq!(v.scale.unwrap().to_string(), "1000000");
        assert!(
            matches!(&v.notes[0], Note::Repaired { from, to } if from == "min." && to == "mln.")
        );
    }

    #[test]
    fn ocr_letters_in_numbers() {
        for (s, want) in [
            ("1O.5OO", "10500"),
            ("l.381", "1381"),
            ("2S,O%", "25.0"),
            ("77.5O6", "77506"),
        ] {
            let v = parse_cell(s).unwrap_or_else(|| panic!("{s}"));
            assert_eq!(v.number.unwrap().to_string(), want, "{s}");
            assert!(matches!(v.notes.last(), Some(Note::Repaired { .. })), "{s}");
            assert_eq!(v.len, s.len());
        }
        for s in ["Omzet", "IS", "lO", "SOS", "nl", "O"] {
            assert!(parse_cell(s).is_none(), "{s}");
        }
    }

    #[test]
    fn markers_and_text() {
        let cases = [
            ("n.b.", Kind::Missing),
            ("n.v.t.", Kind::Missing),
            ("nvt", Kind::Missing),
            ("p.m.", Kind::Pm),
            ("PM", Kind::Pm),
            ("-", Kind::Nil),
            ("–", Kind::Nil),
            ("*", Kind::Missing),
            ("ja", Kind::Text),
            ("nee", Kind::Text),
            ("uitgevoerd", Kind::Text),
            ("niet uitgevoerd", Kind::Text),
            ("afgerond", Kind::Text),
            ("gepland", Kind::Text),
            ("Niet gehaald", Kind::Text),
            ("Gehaald", Kind::Text),
            ("deels behaald", Kind::Text),
            ("Op koers", Kind::Text),
            ("op schema", Kind::Text),
            ("Vertraagd", Kind::Text),
            ("Niet gerealiseerd", Kind::Text),
            ("Gerealiseerd", Kind::Text),
            ("..", Kind::Missing),
            ("...", Kind::Missing),
            ("…", Kind::Missing),
            ("tbd", Kind::Missing),
            ("T.B.D.", Kind::Missing),
            ("n.a.", Kind::Missing),
            ("-,-", Kind::Nil),
            ("–,–", Kind::Nil),
            ("-,--", Kind::Nil),
        ];
        for (s, k) in cases {
            assert_eq!(parse_cell(s).map(|v| v.kind), Some(k), "{s}");
        }
        assert!(parse_cell("Omzet derden").is_none());
        assert!(parse_cell("uitgevoerde").is_none());
        assert!(parse_cell("Op koersniveau").is_none());
        assert!(parse_cell("behaalde doelen").is_none());
        assert!(parse_cell("").is_none());
        // a marker is the whole cell: four dots, a word after `tbd` or a sentence is not
        assert!(parse_cell("....").is_none());
        assert!(parse_cell("tbd later").is_none());
        assert!(parse_cell("… en verder").is_none());
        assert!(parse_cell("-,-5").is_none());
    }

    #[test]
    fn ranges_and_footnote_noise() {
        let v = parse_cell("10–15").unwrap();
        assert_eq!(v.kind, Kind::Range);
        assert_eq!(v.number.unwrap().to_string(), "10");
        assert_eq!(v.number_high.unwrap().to_string(), "15");
        let v = parse_cell("10 à 15").unwrap();
        assert_eq!(v.number_high.unwrap().to_string(), "15");
        let v = parse_cell("2021¹").unwrap();
        assert_eq!(v.number.unwrap().to_string(), "2021");
        // the asterisk of a provisional figure
        for (s, n) in [("1.402*", "1402"), ("12,5**", "12.5"), ("– 3*", "-3")] {
            let v = parse_cell(s).unwrap();
            assert_eq!(v.number.unwrap().to_string(), n, "{s}");
            assert_eq!(v.len, s.len(), "{s}");
        }
        // (a lone asterisk stays a marker; `ca` without its dot is no estimate)
        assert_eq!(parse_cell("*").unwrap().kind, Kind::Missing);
        assert!(parse_cell("ca 1.300").is_none());
        assert!(parse_cell("cafe 3").is_none());
    }

    #[test]
    fn ambiguity_is_noted() {
        let v = parse_cell("1.5").unwrap();
        assert_eq!(v.notes, vec![Note::DotNotGrouping]);
        let v = parse_cell("4,490").unwrap();
        assert_eq!(v.number.unwrap().to_string(), "4.490");
        assert_eq!(v.notes, vec![Note::CommaMayGroup]);
        let v = parse_cell("98 560").unwrap();
        assert_eq!(v.notes, vec![Note::SpaceGrouped]);
        let no_space = Style {
            space_grouping: false,
        };
        assert!(parse_cell_with("98 560", no_space).is_none());
        // a leading zero groups nothing: `0 415` is two cells (nil, 415), not 415
        assert!(parse_cell("0 415").is_none());
        let (rest, v) = value(Style::default())("0 415").unwrap();
        assert_eq!(v.number.unwrap().to_string(), "0");
        assert_eq!(rest.trim(), "415");
    }

    #[test]
    fn captions() {
        let cases = [
            (
                "Begroting van baten en lasten voor het jaar 2014 (x € 1.000)",
                "1000",
                "(x € 1.000)",
            ),
            (
                "(bedragen x €\u{a0}1.000)",
                "1000",
                "(bedragen x €\u{a0}1.000)",
            ),
            ("Bedragen x € 1 000", "1000", "Bedragen x € 1 000"),
            ("Bedragen in € 1.000", "1000", "Bedragen in € 1.000"),
            ("(x € 1 mln)", "1000000", "(x € 1 mln)"),
        ];
        for (s, mult, cap) in cases {
            let (d, eur, r) = scale_caption(s).unwrap_or_else(|| panic!("{s}"));
            assert_eq!(d.to_string(), mult, "{s}");
            assert_eq!(eur, Some(Currency::Eur));
            assert_eq!(&s[r], cap, "{s}");
        }
        assert!(scale_caption("Kasstroomoverzicht 2014").is_none());
        // a scale word without a number
        for (c, want) in [
            ("Tabel 2 Apparaatsuitgaven (bedragen in € mln)", "1000000"),
            ("bedragen x € miljoen", "1000000"),
            ("(in EUR mld)", "1000000000"),
            ("Bedragen in € mln.", "1000000"),
        ] {
            let (d, eur, r) = scale_caption(c).unwrap_or_else(|| panic!("{c}"));
            assert_eq!(
                (d.to_string().as_str(), eur),
                (want, Some(Currency::Eur)),
                "{c}"
            );
            assert!(c[r].contains('€') || c.contains("EUR"), "{c}");
        }
        let (_, _, r) = scale_caption("Tabel 2 Apparaatsuitgaven (bedragen in € mln)").unwrap();
        assert_eq!(
            &"Tabel 2 Apparaatsuitgaven (bedragen in € mln)"[r],
            "(bedragen in € mln)"
        );
        // `€ min` is no caption (OCR's `mln` is read in amounts, not here)
        assert!(scale_caption("in € min.").is_none());
        // but in a table's caption in parentheses, after `x €` or `in €`, it is
        // OCR's `mln`
        for c in [
            "Tabel 2 Apparaatsuitgaven (bedragen in € min)",
            "(x € min.)",
        ] {
            let (d, eur, r) = table_caption(c).unwrap_or_else(|| panic!("{c}"));
            assert_eq!(
                (d.to_string().as_str(), eur),
                ("1000000", Some(Currency::Eur)),
                "{c}"
            );
            assert!(c[r].starts_with('('), "{c}");
        }
        assert!(table_caption("(de kosten in € min)").is_none());
        assert!(table_caption("in € min.").is_none());
        // without a currency, only for tables
        for (c, want, eur, caption) in [
            (
                "Tabel 3 Examens (aantallen x 1.000)",
                "1000",
                false,
                "(aantallen x 1.000)",
            ),
            ("(x 1.000)", "1000", false, "(x 1.000)"),
            ("Personeel (in duizenden)", "1000", false, "(in duizenden)"),
            ("Aantallen x 1.000", "1000", false, "Aantallen x 1.000"),
            (
                "(aantal x 1 miljoen)",
                "1000000",
                false,
                "(aantal x 1 miljoen)",
            ),
            (
                "Tabel 5 Uitgaven (bedragen x 1.000)",
                "1000",
                true,
                "(bedragen x 1.000)",
            ),
            ("Kosten (x € 1.000)", "1000", true, "(x € 1.000)"),
            // a currency, a scale and the caption's small words in any order
            (
                "Tabel 2 (bedragen * € 1.000)",
                "1000",
                true,
                "(bedragen * € 1.000)",
            ),
            (
                "Uitgaven (bedragen in € x 1.000)",
                "1000",
                true,
                "(bedragen in € x 1.000)",
            ),
            ("Uitgaven (in mln. euro)", "1000000", true, "(in mln. euro)"),
            ("Uitgaven (x mln euro)", "1000000", true, "(x mln euro)"),
            ("Uitgaven (€ mln)", "1000000", true, "(€ mln)"),
            (
                "Uitgaven (bedragen x 1.000 euro)",
                "1000",
                true,
                "(bedragen x 1.000 euro)",
            ),
            ("Uitgaven (in k€)", "1000", true, "(in k€)"),
            ("Uitgaven (in € mld)", "1000000000", true, "(in € mld)"),
            ("Uitgaven (in euro's)", "1", true, "(in euro's)"),
        ] {
            let (d, e, r) = table_caption(c).unwrap_or_else(|| panic!("{c}"));
            assert_eq!(
                (d.to_string().as_str(), e, &c[r]),
                (want, eur.then_some(Currency::Eur), caption),
                "{c}"
            );
        }
        assert!(scale_caption("Tabel 3 Examens (aantallen x 1.000)").is_none());
        // millions: as `(x 1 mln)` amounts in euros however the scale is written,
        // unless the caption or its line names what is counted
        for (c, eur, caption) in [
            ("Tabel 4 Lasten per programma (x 1 mln)", true, "(x 1 mln)"),
            ("Tabel 4 Lasten per programma (in mln)", true, "(in mln)"),
            (
                "Tabel 4 Baten (bedragen in mln.)",
                true,
                "(bedragen in mln.)",
            ),
            ("Investeringen (x mln)", true, "(x mln)"),
            ("Uitgaven (in miljoenen)", true, "(in miljoenen)"),
            (
                "Tabel 2 Uitkeringen (aantallen x 1 mln)",
                false,
                "(aantallen x 1 mln)",
            ),
            (
                "Tabel 2 Uitkeringen (aantal in mln)",
                false,
                "(aantal in mln)",
            ),
            ("Aantal reizigers (in mln)", false, "(in mln)"),
            (
                "Tabel 6 Reizigers (x 1 mln reizen)",
                false,
                "(x 1 mln reizen)",
            ),
        ] {
            let (d, e, r) = table_caption(c).unwrap_or_else(|| panic!("{c}"));
            assert_eq!(
                (d.to_string().as_str(), e, &c[r]),
                ("1000000", eur.then_some(Currency::Eur), caption),
                "{c}"
            );
        }
        for c in [
            "De kosten stegen x 1.000",
            "(in mlnx)",
            "Tabel 4 (mln)",
            "(x 1.200)",
            "Tabel 4 (in 2023)",
            "(2 x 1.000)",
            // a row label's unit, and parentheses with other words
            "Verkeersboetes (€)",
            "(zie bijlage, 1.000 euro)",
            "(€ 1.200)",
        ] {
            assert!(table_caption(c).is_none(), "{c}");
        }
        // lowering `Ⱥ` adds a byte; offsets must still index the input
        assert!(scale_caption("ȺȺȺȺ x € 1.000").is_some());
        assert!(scale_caption("¥ਁΈDȺ𑐥?*.𑨢ຮx").is_none());
        assert!(scale_caption("Een index van 100").is_none());
    }

    /// A clock-like duration in a cell is its number of seconds; what is no such time
    /// (a ratio `1:4`, three digits after the colon, a decimal after it) is not.
    #[test]
    fn durations_in_cells() {
        let secs = |s: &str| {
            parse_cell(s)
                .filter(|v| v.unit == Unit::Seconds && v.kind == Kind::Quantity)
                .and_then(|v| v.number)
                .map(|n| n.to_string())
        };
        assert_eq!(secs("06:48").as_deref(), Some("408"));
        assert_eq!(secs(" 7:05 ").as_deref(), Some("425"));
        assert_eq!(secs("112:30").as_deref(), Some("6750"));
        assert_eq!(secs("1:04:33").as_deref(), Some("3873"));
        assert_eq!(secs("– 0:12").as_deref(), Some("-12"));
        assert_eq!(secs("-1:30").as_deref(), Some("-90"));
        for no in [
            "1:4", "06:60", "12:305", "06:48,5", "1:2:3", "06:48:7", "a06:48", "06:48x",
        ] {
            assert_eq!(secs(no), None, "{no}");
        }
        // (a duration is one cell's whole text; the `len` is its bytes)
        assert_eq!(value(Style::default())("  06:48").unwrap().1.len, 7);
        // (prose reads numbers with `numeric`: `08:30` there is no duration)
        assert_ne!(
            numeric(Style::default())("08:30").unwrap().1.unit,
            Unit::Seconds
        );
    }
}
