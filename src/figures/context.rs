//! What the words around a number say about it: qualifier, period, rate, role,
//! subject, and which figures of a sentence belong together.

#![allow(clippy::needless_range_loop)] // token windows read clearer by index

use super::prose::Tok;
use super::scan::Cand;
use std::collections::HashSet;
use std::sync::LazyLock;

/// A hash set with a fixed, fast hasher (foldhash; nothing here depends on the
/// order of a set, only on what it holds).
pub(crate) type FastSet<T> = HashSet<T, foldhash::fast::FixedState>;

/// The names a document capitalises mid-sentence (see [`capitalised_words`]),
/// borrowed from the texts of its runs.
pub(crate) type Names<'a> = FastSet<&'a str>;

static FUNCTION_SET: LazyLock<FastSet<&'static str>> =
    LazyLock::new(|| FUNCTION.iter().copied().collect());

pub(crate) fn is_function(w: &str) -> bool {
    FUNCTION_SET.contains(w)
}

/// Function words and common verbs: never the subject of a figure.
const FUNCTION: &[&str] = &[
    "de",
    "het",
    "een",
    "en",
    "of",
    "en/of",
    "van",
    "in",
    "op",
    "is",
    "zijn",
    "was",
    "waren",
    "met",
    "voor",
    "heeft",
    "hebben",
    "had",
    "hadden",
    "wordt",
    "worden",
    "werd",
    "werden",
    "te",
    "dat",
    "die",
    "dit",
    "deze",
    "aan",
    "om",
    "bij",
    "naar",
    "door",
    "er",
    "we",
    "wij",
    "zij",
    "ze",
    "ook",
    "nog",
    "al",
    "niet",
    "wel",
    "dan",
    "als",
    "tot",
    "uit",
    "over",
    "onder",
    "per",
    "na",
    "sinds",
    "vanaf",
    "tussen",
    "binnen",
    "zonder",
    "via",
    "tijdens",
    "vanwege",
    "omdat",
    "waarbij",
    "waarvan",
    "waardoor",
    "hiervan",
    "hierbij",
    "daarbij",
    "daarnaast",
    "zo",
    "ons",
    "onze",
    "hun",
    "haar",
    "kan",
    "kunnen",
    "zal",
    "zullen",
    "moet",
    "moeten",
    "mag",
    "mogen",
    "wil",
    "willen",
    "gaat",
    "gaan",
    "ging",
    "gingen",
    "komt",
    "kwam",
    "komen",
    "lag",
    "ligt",
    "lagen",
    "liggen",
    "blijft",
    "bleef",
    "sluit",
    "sluiten",
    "bedraagt",
    "bedragen",
    "bedroeg",
    "bedroegen",
    "bestaat",
    "bestaan",
    "bestond",
    "staat",
    "stond",
    "nam",
    "neemt",
    "namen",
    "toe",
    "af",
    "ad",
    "namelijk",
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
    "meer",
    "minder",
    "totaal",
    "gemiddeld",
    "wat",
    "welke",
    "hier",
    "daar",
    "nu",
    "toen",
    "dus",
    "maar",
    "want",
    "hierdoor",
    "daardoor",
    "zich",
    "u",
    "ik",
    "jij",
    "hij",
    "iets",
    "alle",
    "veel",
    "enkele",
    "andere",
    "overige",
    "eigen",
    "ieder",
    "elke",
    "iedere",
    "ten",
    "opzichte",
    "t.o.v",
    "geen",
    "zelf",
    "reeds",
    "inmiddels",
    "ondertussen",
    "steeds",
    "daarvan",
    "hiermee",
    "daarmee",
    "waren",
    "zeker",
    "rond",
    "boven",
    "beneden",
    "plusminus",
    "ruwweg",
    "hooguit",
    "nagenoeg",
    "vrijwel",
    "grofweg",
    "afgerond",
    "benadering",
    "nabij",
    "negatief",
    "positief",
    "min",
    "tenminste",
    "hoger",
    "lager",
    "open",
    "vast",
    "voort",
    "mee",
    "terug",
    "weer",
    "hierin",
    "daarin",
    "wie",
    "waar",
    "maandelijks",
    "jaarlijks",
    "wekelijks",
    "dagelijks",
    "vooruit",
    "achteruit",
    "langer",
    "korter",
    "steeg",
    "stegen",
    "daalde",
    "daalden",
    "groeide",
    "groeiden",
    "bleven",
    "betrof",
    "betreft",
    "betreffen",
    "kent",
    "telt",
    "telde",
    // (`64, tegen 58 een jaar eerder`: the comparison's preposition)
    "tegen",
];

/// Words that follow a number but do not name what it counts.
const PREDICATE: &[&str] = &[
    "beschikbaar",
    "hoger",
    "lager",
    "meer",
    "minder",
    "boven",
    "onder",
    "bereikbaar",
    "actief",
    "gestegen",
    "gedaald",
    "toegenomen",
    "afgenomen",
    "gegroeid",
    "bedragen",
    "bedraagt",
];

const CHANGE_NOUNS: &[&str] = &[
    "stijging",
    "daling",
    "toename",
    "afname",
    "groei",
    "verschil",
    "onderschrijding",
    "overschrijding",
    "verhoging",
    "verlaging",
    "mutatie",
    "krimp",
    "vermindering",
    "vermeerdering",
    "besparing",
];

const CHANGE_VERBS: &[&str] = &[
    "gestegen",
    "gedaald",
    "toegenomen",
    "afgenomen",
    "gegroeid",
    "verhoogd",
    "verlaagd",
    "toe",
    "af",
    "stijgt",
    "daalt",
    "steeg",
    "stegen",
    "daalde",
    "daalden",
    "groeiden",
    "groeide",
    "groeit",
    "gekrompen",
    "verminderd",
    "teruggebracht",
    "teruggelopen",
    "opgelopen",
    "gereduceerd",
    "brengen",
    "bijgesteld",
    "gezakt",
    "verbeterd",
    "verslechterd",
    // a course to a value, not a bound: `€ 1,1 miljoen in 2027 oplopend tot € 1,6
    // miljoen`, `loopt op tot`, `stijgend tot` (a bound is modal: `kan oplopen tot`)
    "oplopend",
    "oplopende",
    "loopt",
    "lopen",
    "stijgend",
    "dalend",
    "toenemend",
    "afnemend",
    // plural and other forms: `De baten stegen met € 12,3 mln. tot € 401,7 mln.`
    "stegen",
    "stijgen",
    "daalden",
    "dalen",
    "groeiden",
    "groeien",
    "kromp",
    "krompen",
    "zakte",
    "zakten",
    "liep",
    "liepen",
    "verhoogde",
    "verlaagde",
    "verbeterde",
    "verslechterde",
    "verdubbeld",
    "verdubbelde",
    "verdubbelden",
    "gehalveerd",
    "halveerde",
    "halveerden",
];

const NORM_WORDS: &[&str] = &[
    "norm",
    "normen",
    "streefwaarde",
    "streefwaarden",
    "doelstelling",
    "streven",
    "target",
    "afgesproken",
    "gestelde",
    "normwaarde",
    "ambitie",
];

const BUDGET_WORDS: &[&str] = &[
    "begroting",
    "begroot",
    "begrote",
    "begrotingen",
    "geraamd",
    "geraamde",
    "raming",
    "budget",
    "budgetten",
    "gebudgetteerd",
    "begrootte",
];

const FORECAST_WORDS: &[&str] = &[
    "prognose",
    "prognoses",
    "verwacht",
    "verwachte",
    "voorziene",
    "verwachting",
    "voorspelling",
    "geprognosticeerd",
];

const ACTUAL_WORDS: &[&str] = &[
    "realisatie",
    "gerealiseerd",
    "gerealiseerde",
    "behaald",
    "gehaald",
    "werkelijke",
];

/// Predicates that say what a percentage measures: `(>99,98% beschikbaar)`.
const MEASURED: &[&str] = &["beschikbaar", "bereikbaar", "actief", "tevreden"];

/// Nouns that introduce what is counted: `het aantal actieve accounts`.
const MEASURE_NOUNS: &[&str] = &[
    "aantal",
    "percentage",
    "aandeel",
    "hoeveelheid",
    "totaalaantal",
];

const NOT_PRODUCT: &[&str] = &[
    "nederland",
    "nederlandse",
    "nederlanders",
    "europese",
    "europees",
    "kamer",
    "eur",
    "tweede",
];

const STRONG_PARTICIPLES: &[&str] = &[
    "gegeven",
    "gestegen",
    "genomen",
    "gesloten",
    "gedaan",
    "gehouden",
    "gekregen",
    "gevonden",
    "geschreven",
    "gezien",
    "gekozen",
    "gegaan",
    "gekomen",
    "geboden",
    "getrokken",
    "gebleven",
    "geworven",
    "gelezen",
    "geweest",
    "gedragen",
    "gelaten",
    "gevallen",
    "geheven",
    "gestuurd",
    "ontvangen",
    "gewonnen",
    "geslagen",
    "gezet",
    "gelegd",
];

/// Looks like a past participle: `gepubliceerd`, `ingelogd`, `verstuurd`, `aangesloten`.
pub(crate) fn is_participle(w: &str) -> bool {
    if w.chars().count() < 5 || !w.chars().all(|c| c.is_alphabetic() || c == '-') {
        return false;
    }
    if STRONG_PARTICIPLES.iter().any(|p| w.ends_with(p)) {
        return true;
    }
    if !w.ends_with(['d', 't']) {
        return false;
    }
    if ["heid", "eid", "teit", "ment", "ied"]
        .iter()
        .any(|s| w.ends_with(s))
    {
        return false;
    }
    if let Some(rest) = w.strip_prefix("ge") {
        return rest.chars().count() >= 3;
    }
    const SEPARABLE: &[&str] = &[
        "in", "uit", "op", "aan", "af", "over", "door", "mee", "toe", "terug", "vast", "bij", "na",
        "voor", "weg", "neer", "om", "vrij", "samen", "online", "offline",
    ];
    for p in SEPARABLE {
        if let Some(rest) = w.strip_prefix(p) {
            if rest.starts_with("ge") && rest.len() >= 5 {
                return true;
            }
        }
    }
    const NOUNISH: &[&str] = &[
        "ent", "ant", "ist", "iet", "aat", "uut", "oot", "and", "ucht", "acht", "icht", "ijd",
        "oord", "ord", "eld", "ond", "art", "unt", "ort", "uid", "oed",
    ];
    if NOUNISH.iter().any(|s| w.ends_with(s)) {
        return false;
    }
    ["ver", "be", "ont", "her", "er"]
        .iter()
        .any(|p| w.starts_with(p) && w.chars().count() >= 7)
}

pub(crate) fn is_content(t: &Tok, text: &str) -> bool {
    let core = &text[t.cs..t.ce];
    core.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && !core.starts_with(|c: char| c.is_ascii_digit() || c == '€')
        && !is_function(&t.w)
        // (a month names a date, never what is counted: `Per 1 januari 2023 steeg`)
        && !crate::grammar::words::is_month(&t.w)
}

/// Product or organisation name: `DigiD`, `MijnOverheid`, `eHerkenning`, `BZK`,
/// or a capitalised word the document also capitalises mid-sentence.
pub(crate) fn is_product(t: &Tok, text: &str, first: bool, known: &Names<'_>) -> bool {
    let core = &text[t.cs..t.ce];
    // most words are ASCII and lower case: one byte pass rules them out (a word
    // without an ASCII upper-case letter and without a non-ASCII byte has no
    // upper-case char); the rest need the char test
    if !core
        .bytes()
        .any(|b| b.is_ascii_uppercase() || !b.is_ascii())
        || !core.chars().any(char::is_uppercase)
    {
        return false;
    }
    let Some(c0) = core.chars().next() else {
        return false;
    };
    if core.chars().filter(|c| c.is_alphabetic()).count() < 2
        || NOT_PRODUCT.contains(&t.w.as_ref())
        || is_function(&t.w)
        || crate::grammar::words::is_month(&t.w)
        || core.chars().any(|c| c.is_ascii_digit())
        // (a unit of measure: `kWh`, `MW`, `TB`, `graden Celsius`)
        || crate::grammar::words::measure_symbol(core).is_some()
        || t.w == "celsius"
    {
        return false;
    }
    let upper = core.chars().filter(|c| c.is_uppercase()).count();
    let lower = core.chars().filter(|c| c.is_lowercase()).count();
    let camel = core.char_indices().any(|(i, c)| {
        c.is_uppercase() && i > 0 && core[..i].chars().last().is_some_and(char::is_lowercase)
    });
    if camel || (upper >= 2 && lower == 0) {
        // acronyms that are roman numerals are references, not names
        return !core
            .chars()
            .all(|c| matches!(c, 'I' | 'V' | 'X' | 'L' | 'C'));
    }
    if c0.is_uppercase() {
        return !first || known.contains(core);
    }
    false
}

/// Capitalised words a text uses after the first word of a sentence: its names.
pub(crate) fn capitalised_words<'a>(text: &'a str, toks: &[Tok], into: &mut Names<'a>) {
    for (i, t) in toks.iter().enumerate() {
        // (a capital after a colon counts too: a core holds no `:`; skipping those
        // would be a change of output, not a clean-up)
        if i == 0 {
            continue;
        }
        let core = &text[t.cs..t.ce];
        if is_name_form(core) {
            into.insert(core);
        }
    }
}

/// Whether a token core has the form of a name: an upper-case first char and a
/// lower-case char.
pub(crate) fn is_name_form(core: &str) -> bool {
    // an ASCII first byte that is not an upper-case letter starts no
    // upper-case char: most words end here without decoding a char
    if core
        .as_bytes()
        .first()
        .is_none_or(|&b| b < 0x80 && !b.is_ascii_uppercase())
    {
        return false;
    }
    core.starts_with(char::is_uppercase) && core.chars().any(char::is_lowercase)
}

/// Qualifier from the words before a number.
pub(crate) fn qualifier(toks: &[Tok], c: &Cand) -> Option<&'static str> {
    if let Some(s) = c.symbol {
        return Some(s);
    }
    // `twee jaar of langer`, `50 of meer`
    if !toks[c.t1].clause_end && toks.get(c.t1 + 1).is_some_and(|t| t.w == "of") {
        match toks.get(c.t1 + 2).map(|t| t.w.as_ref()) {
            Some("meer" | "langer" | "hoger" | "later") => return Some("at_least"),
            Some("minder" | "korter" | "lager" | "eerder") => return Some("at_most"),
            _ => {}
        }
    }
    let mut j = c.t0;
    // `minimaal een 7`: skip an article
    if j > 0 && toks[j - 1].w == "een" {
        j -= 1;
    }
    if j == 0 || toks[j - 1].clause_end {
        return None;
    }
    let p1 = toks[j - 1].w.as_ref();
    let p2 = if j >= 2 && !toks[j - 2].clause_end {
        toks[j - 2].w.as_ref()
    } else {
        ""
    };
    let p3 = if j >= 3 && !toks[j - 3].clause_end && !p2.is_empty() {
        toks[j - 3].w.as_ref()
    } else {
        ""
    };
    Some(match (p3, p2, p1) {
        // `niet meer dan 1.200`, `niet minder dan 1.200`: the bound turned round
        ("niet", "meer", "dan") => "at_most",
        ("niet", "minder", "dan") => "at_least",
        ("om", "en", "nabij") => "approx",
        _ => match (p2, p1) {
            ("boven", "de") => "more_than",
            ("onder", "de") => "less_than",
            ("rond", "de") | ("bij", "benadering") => "approx",
            ("net", "geen") | ("nog", "geen") => "almost",
            (_, "hooguit") => "at_most",
            (_, "nagenoeg" | "vrijwel") => "almost",
            (_, "grofweg" | "afgerond") => "approx",
            _ => return qualifier_pair(toks, c, p2, p1),
        },
    })
}

/// Whether words make an amount negative: `€ 7,4 miljoen negatief` (the word right
/// after it, in its clause), `negatief (€ 3,3 mln.)` (the word before its
/// parenthesis), `min € 2,1 miljoen` (the word before it, not a scale word after a
/// number: `€ 84 min. € 91 min.`).
pub(crate) fn negated(toks: &[Tok], c: &Cand) -> bool {
    if !super::scan::is_money_unit(c.unit) || c.number.is_negative() {
        return false;
    }
    let after = !toks[c.t1].clause_end && toks.get(c.t1 + 1).is_some_and(|t| t.w == "negatief");
    let before = c.t0 > 0 && {
        let p = &toks[c.t0 - 1];
        (p.w == "negatief" && toks[c.t0].opens && !p.clause_end)
            || (p.w == "min" && !p.clause_end && !(c.t0 > 1 && toks[c.t0 - 2].num))
    };
    after || before
}

/// [`qualifier`] for the two words before a number.
fn qualifier_pair(toks: &[Tok], c: &Cand, p2: &str, p1: &str) -> Option<&'static str> {
    Some(match (p2, p1) {
        ("meer", "dan") => "more_than",
        ("minder", "dan") => "less_than",
        ("ten", "minste") => "at_least",
        ("ten", "hoogste") => "at_most",
        ("naar", "schatting") => "approx",
        (_, "ruim") => "more_than",
        (_, "bijna") => "almost",
        (_, "circa" | "ca" | "ongeveer" | "zo'n" | "zo’n" | "ruwweg" | "plusminus" | "rond") => {
            "approx"
        }
        (_, "minimaal" | "minstens" | "tenminste" | "zeker") => "at_least",
        (_, "maximaal" | "hoogstens" | "maximum") => "at_most",
        (_, "tot") if !change_before(toks, c.t0) && p2 != "van" => "at_most",
        _ => return None,
    })
}

/// A verb of change among the eight words before token `t0`, in its clause
/// (`stegen met € 12,3 mln. tot`, `verdubbelde tot`); the words of a date are
/// not counted (`steeg per 1 juli 2022 met 2,4% tot`). Or a noun of change with
/// the `met` of its amount after it, among the twelve words before (`een toename
/// van het aantal uitkeringen met 640 tot 7.915`, `een stijging van de kosten met
/// € 1,2 mln. tot`): the noun's `met` says by how much, as the verb's does (`een
/// stijging van 3 tot 5 procent` has no `met`, and stays a range).
pub(crate) fn change_before(toks: &[Tok], t0: usize) -> bool {
    let month = |k: usize| {
        toks.get(k)
            .is_some_and(|t| crate::grammar::words::is_month(&t.w))
    };
    let mut lo = t0;
    let mut counted = 0;
    // (where the eight words before start: a verb is looked for after it)
    let mut verb_lo = t0;
    while lo > 0 && counted < 12 {
        let before = counted;
        lo -= 1;
        let t = &toks[lo];
        let date = month(lo) || (t.num && (month(lo + 1) || (lo > 0 && month(lo - 1))));
        counted += usize::from(!date);
        if before < 8 {
            verb_lo = lo;
        }
    }
    // (an aside in parentheses is passed over: `stegen met € 2,5 mln. (+ 4%) tot`)
    let mut aside = false;
    let mut met = false;
    for (i, t) in toks[lo..t0].iter().enumerate().rev() {
        let k = lo + i;
        if aside || t.closes {
            aside = !t.opens;
            continue;
        }
        // (a clause that ended before: its words are not this one's)
        if k + 1 < t0 && t.clause_end {
            return false;
        }
        if k >= verb_lo && (CHANGE_VERBS.contains(&t.w.as_ref()) || t.w.starts_with("terug")) {
            return true;
        }
        if met && CHANGE_NOUNS.contains(&t.w.as_ref()) {
            return true;
        }
        met |= t.w == "met";
    }
    false
}

/// Rate from the words after a number: `per maand`, `maandelijks`; or before it,
/// unless it follows another figure of `cands` (`€ 269,87 per kwartaal voor een
/// kind van 12 tot en met 17 jaar`: the amount's rate, not the age's).
pub(crate) fn rate(toks: &[Tok], c: &Cand, cands: &[&Cand]) -> Option<String> {
    let hi = (c.t1 + 4).min(toks.len());
    for j in c.t1 + 1..hi {
        let w = toks[j].w.as_ref();
        match w {
            "per" => {
                let n = toks.get(j + 1)?;
                // `per 1.000 inwoners`, `per 100.000 inwoners`
                if n.w.starts_with(|c: char| c.is_ascii_digit()) && !n.clause_end {
                    let u = toks.get(j + 2)?;
                    // (not a date: `6,3% per 1 januari 2024`)
                    if n.w.bytes().all(|b| b.is_ascii_digit() || b == b'.')
                        && u.w.chars().all(char::is_alphabetic)
                        && !u.w.is_empty()
                        && !crate::grammar::words::is_month(&u.w)
                    {
                        return Some(format!("per {} {}", n.w, u.w));
                    }
                }
                if n.w.is_empty()
                    || n.w.starts_with(|c: char| c.is_ascii_digit())
                    || crate::grammar::words::is_month(&n.w)
                {
                    return None;
                }
                return Some(format!("per {}", n.w));
            }
            // `1 keer in de 2 maanden`
            "in" if toks.get(j + 1).is_some_and(|t| t.w == "de") => {
                let n = toks.get(j + 2)?;
                let u = toks.get(j + 3)?;
                let numeric = n.w.chars().all(|c| c.is_ascii_digit())
                    || crate::grammar::words::number_word(&n.w).is_some();
                if numeric && crate::grammar::words::unit_noun(&u.w).is_some() {
                    return Some(format!("per {} {}", n.w, u.w));
                }
            }
            "maandelijks" => return Some("per maand".into()),
            "jaarlijks" => return Some("per jaar".into()),
            "wekelijks" => return Some("per week".into()),
            "dagelijks" => return Some("per dag".into()),
            _ => {}
        }
        if toks[j].clause_end {
            break;
        }
    }
    // before the number, in its clause: `de kosten per inwoner bedroegen € 45`,
    // `jaarlijks is € 5 miljoen beschikbaar` (not `per saldo`, `per direct`, nor a
    // date: `per 1 januari`; a mark or a share is no rate: `jaarlijks een score van
    // minimaal een 7`)
    if matches!(c.unit, "%" | "score" | "index" | "percentage_points") {
        return None;
    }
    let lo = c.t0.saturating_sub(6);
    for j in (lo..c.t0).rev() {
        let t = &toks[j];
        if t.clause_end || t.num {
            break;
        }
        match t.w.as_ref() {
            "per" => {
                if cands.iter().any(|o| o.t1 + 1 == j) {
                    return None;
                }
                let n = toks.get(j + 1).filter(|_| j + 1 < c.t0)?;
                let noun = !n.w.is_empty()
                    && n.w.chars().all(char::is_alphabetic)
                    && !crate::grammar::words::is_month(&n.w)
                    && !matches!(
                        n.w.as_ref(),
                        "saldo" | "direct" | "abuis" | "ultimo" | "eind" | "einde" | "heden"
                    );
                return noun.then(|| format!("per {}", n.w));
            }
            "maandelijks" => return Some("per maand".into()),
            "jaarlijks" => return Some("per jaar".into()),
            "wekelijks" => return Some("per week".into()),
            "dagelijks" => return Some("per dag".into()),
            _ => {}
        }
    }
    None
}

/// Farthest a year may stand from a figure, in tokens, to be its period.
const MAX_YEAR_DISTANCE: usize = 15;

/// Period: the year nearest the number in its sentence (a comparison base such
/// as `ten opzichte van 2020` does not count), else the document's year. A year
/// that opens or closes a span (`in de periode 2021-2024`, `tussen 2019 en 2022`,
/// `van 2019 tot en met 2022`) gives the span, `2021/2024`; but a number that
/// goes from a value to another (`van 87 naar 54`) takes the span's first year for
/// its first value and the last for its last. A year of the number's own (`87 in
/// 2019`) is its period still.
pub(crate) fn period(
    toks: &[Tok],
    c: &Cand,
    cands: &[&Cand],
    years: &[&Cand],
    role: Option<&str>,
    doc_year: Option<i32>,
) -> Option<String> {
    let mut best: Option<(usize, usize)> = None;
    // `7,1 miljoen in 2020 naar 7,5 miljoen in 2021`: a year right after a number is that number's
    let owner = |y: &Cand| {
        // `beveiligingsassessments 2013 € 0,7 mln`, `in 2023 111 collega’s`, `(2021: 4,8%)`
        cands.iter().position(|o| y.t1 + 1 == o.t0).or_else(|| {
            cands.iter().position(|o| {
                (y.t0 == o.t1 + 1 && !toks[y.t0].opens)
                    || (y.t0 == o.t1 + 2 && toks[o.t1 + 1].w == "in")
            })
        })
    };
    let me = cands.iter().position(|o| o.t0 == c.t0);
    // the year compared with: `ten opzichte van 2021`, `t.o.v. 2021`, `vergeleken
    // met 2021`, `in vergelijking met 2021`, `hoger dan (in) 2021`, `zoveel als in
    // 2021`, `het niveau van 2019`
    let compared = |y: &Cand| {
        let w = |k: usize| y.t0.checked_sub(k).map_or("", |i| toks[i].w.as_ref());
        (w(1) == "van" && matches!(w(2), "opzichte" | "niveau"))
            || w(1) == "t.o.v"
            || (w(1) == "met" && matches!(w(2), "vergeleken" | "vergelijking"))
            || w(1) == "dan"
            || (w(1) == "in" && matches!(w(2), "dan" | "als"))
    };
    // (and the years listed after one: `meer dan in 2021 en 2020`)
    let mut listed_base = false;
    for (k, y) in years.iter().enumerate() {
        let listed = k > 0 && {
            let p = years[k - 1];
            y.t0 == p.t1 + 2
                && !toks[p.t1].clause_end
                && matches!(toks[p.t1 + 1].w.as_ref(), "en" | "of")
        };
        let base = compared(y) || (listed && listed_base);
        listed_base = base;
        if y.year.is_none() {
            continue;
        }
        if owner(y).is_some_and(|o| Some(o) != me) {
            continue;
        }
        // (but it dates the value it gives in parentheses right after it: `ten
        // opzichte van 2021 (1 285)`, `dan in 2020 (€ 3,1 miljoen)`)
        let own_aside = me.is_some() && y.t1 + 1 == c.t0 && toks[c.t0].opens;
        if base && !own_aside {
            continue;
        }
        let d = if y.t0 > c.t1 {
            y.t0 - c.t1
        } else {
            c.t0 - y.t1
        };
        if d > MAX_YEAR_DISTANCE {
            continue;
        }
        // ties go to the year before the number
        let d = 2 * d + usize::from(y.t0 > c.t1);
        if best.is_none_or(|(bd, _)| d < bd) {
            best = Some((d, k));
        }
    }
    // a year of the number's own
    if let Some((_, k)) = best.filter(|&(_, k)| owner(years[k]).is_some()) {
        return years[k].year.map(|y| y.to_string());
    }
    // a year told relative to another (`tegen 58 een jaar eerder`, `vorig jaar
    // (1.198)`): the number's own, else one near it as a year is
    if let Some(rel) = relative_year(toks, c, cands, years, doc_year) {
        match rel {
            Relative::Own(y) => return Some(y.to_string()),
            Relative::Near(d, y) if best.is_none_or(|(bd, _)| d < bd) => {
                return Some(y.to_string())
            }
            Relative::Near(..) => {}
        }
    }
    let Some((_, k)) = best else {
        return doc_year.map(|y| y.to_string());
    };
    let year = years[k].year.unwrap_or_default();
    match year_span(toks, years, k) {
        Some((a, _)) if role == Some("from") => Some(a.to_string()),
        Some((_, b)) if role == Some("to") => Some(b.to_string()),
        Some((a, b)) => Some(format!("{a}/{b}")),
        None => Some(year.to_string()),
    }
}

/// A year told relative to another, as [`relative_year`] finds it for a number.
enum Relative {
    /// The number's own: right before it (`vorig jaar (1.198)`, `Vorig jaar 980
    /// meldingen`) or right after it (`tegen 58 een jaar eerder`, `980 in het
    /// voorgaande jaar`).
    Own(i32),
    /// Near it, at this distance as [`period`] weighs a year's (`Vorig jaar
    /// waren dat er 980`).
    Near(usize, i32),
}

/// The year that `vorig jaar`, `het vorige jaar`, `het voorgaande jaar` (the year
/// before the report's) or `een jaar eerder`, `het jaar daarvoor` (the year
/// before the one the sentence names, else before the report's) stands for, for
/// the number `c`. `een jaar eerder` dates only a number it follows (else it may
/// shift a date: `werd een jaar eerder opgeleverd`), and a year compared with
/// (`hoger dan vorig jaar`, `net als vorig jaar`) dates no number but its own.
fn relative_year(
    toks: &[Tok],
    c: &Cand,
    cands: &[&Cand],
    years: &[&Cand],
    doc_year: Option<i32>,
) -> Option<Relative> {
    let w = |k: usize| toks.get(k).map_or("", |t| t.w.as_ref());
    let mut near: Option<(usize, i32)> = None;
    for (k, t) in toks.iter().enumerate() {
        if t.w != "jaar" || k == 0 || toks[k - 1].clause_end {
            continue;
        }
        let before = w(k - 1);
        let (t0, t1, deictic) = if matches!(
            before,
            "vorig" | "vorige" | "voorgaande" | "voorgaand" | "voorafgaande"
        ) {
            let t0 = if k >= 2 && w(k - 2) == "het" && !toks[k - 2].clause_end {
                k - 2
            } else {
                k - 1
            };
            (t0, k, before.starts_with("vorig"))
        } else if matches!(before, "een" | "het")
            && !t.clause_end
            && matches!(w(k + 1), "eerder" | "daarvoor" | "ervoor" | "tevoren")
            // (`een jaar eerder dan gepland`: a shift in time)
            && (toks[k + 1].clause_end || w(k + 2) != "dan")
        {
            (k - 1, k + 1, false)
        } else {
            continue;
        };
        let base = if deictic {
            doc_year
        } else {
            // (the year the sentence names before it: `in 2021 ... een jaar eerder`)
            years
                .iter()
                .rev()
                .find(|y| y.t1 < t0 && y.high.is_none())
                .and_then(|y| y.year)
                .or(doc_year)
        };
        let Some(year) = base.map(|b| b - 1) else {
            continue;
        };
        // (`in` may stand between: `58 in het voorgaande jaar`)
        let t0_in = if t0 > 0 && w(t0 - 1) == "in" {
            t0 - 1
        } else {
            t0
        };
        let follows = |o: &Cand| (t0 == o.t1 + 1 || t0_in == o.t1 + 1) && !toks[o.t1].clause_end;
        let owner = cands
            .iter()
            .position(|o| t1 + 1 == o.t0)
            .or_else(|| cands.iter().position(|o| follows(o)));
        if let Some(o) = owner {
            if cands[o].t0 == c.t0 {
                return Some(Relative::Own(year));
            }
            continue;
        }
        let anaphoric_only = !deictic && before != "het" && w(k + 1) == "eerder";
        let p1 = w(t0_in.wrapping_sub(1));
        let p2 = w(t0_in.wrapping_sub(2));
        let compared = matches!(
            p1,
            "dan" | "als" | "evenals" | "zoals" | "sinds" | "vanaf" | "t.o.v"
        ) || (p1 == "van" && matches!(p2, "opzichte" | "niveau"))
            || (p1 == "met" && matches!(p2, "vergeleken" | "vergelijking"));
        if anaphoric_only || compared {
            continue;
        }
        let d = if t0 > c.t1 { t0 - c.t1 } else { c.t0 - t1 };
        if d > MAX_YEAR_DISTANCE {
            continue;
        }
        let d = 2 * d + usize::from(t0 > c.t1);
        if near.is_none_or(|(nd, _)| d < nd) {
            near = Some((d, year));
        }
    }
    near.map(|(d, y)| Relative::Near(d, y))
}

/// The span of years that `years[k]` opens or closes: a span printed as one
/// (`periode 2021-2024`: the year's `high`), or two years joined by `tussen … en`,
/// `van … tot (en met)` or `… t/m`, `… tot en met`.
fn year_span(toks: &[Tok], years: &[&Cand], k: usize) -> Option<(i32, i32)> {
    let y = years[k];
    if let Some(h) = y.high.and_then(|h| h.to_i64()) {
        return Some((y.year?, i32::try_from(h).ok()?));
    }
    let joined = |a: &Cand, b: &Cand| {
        if a.year >= b.year || b.t0 <= a.t1 + 1 || toks[a.t1].clause_end {
            return false;
        }
        let between: Vec<&str> = toks[a.t1 + 1..b.t0].iter().map(|t| t.w.as_ref()).collect();
        let before = a.t0.checked_sub(1).map_or("", |i| toks[i].w.as_ref());
        let from = before == "van" || before.ends_with("periode");
        match between.as_slice() {
            ["en"] => before == "tussen",
            ["tot"] => from,
            ["tot", "en", "met"] | ["t/m"] => true,
            _ => false,
        }
    };
    let pair = |a: usize, b: usize| {
        (joined(years[a], years[b]) && years[b].high.is_none())
            .then(|| Some((years[a].year?, years[b].year?)))
            .flatten()
    };
    (k + 1 < years.len())
        .then(|| pair(k, k + 1))
        .flatten()
        .or_else(|| k.checked_sub(1).and_then(|j| pair(j, k)))
}

fn window_before(toks: &[Tok], c: &Cand, cands: &[&Cand], n: usize) -> std::ops::Range<usize> {
    let mut lo = c.t0;
    // (a sign standing apart before the number is no word: `norm: ≥ 96,5%`)
    let first = if c.t0 > 0 && toks[c.t0 - 1].w.is_empty() {
        c.t0 - 1
    } else {
        c.t0
    };
    while lo > 0 && c.t0 - lo < n {
        let t = &toks[lo - 1];
        if t.clause_end && lo < first {
            break;
        }
        if cands.iter().any(|o| o.t1 == lo - 1) {
            break;
        }
        lo -= 1;
        if t.opens {
            break;
        }
    }
    lo..c.t0
}

/// Role where the words before or after the number say it.
pub(crate) fn role(toks: &[Tok], c: &Cand, cands: &[&Cand]) -> Option<&'static str> {
    if c.change {
        return Some("change");
    }
    // (a year and its preposition are no words of the role: `De verwachte uitgaven
    // voor 2023 komen uit op € 2,9 mld.` looks two words further back for each)
    let mut win = window_before(toks, c, cands, 6);
    let years = toks[win.clone()]
        .iter()
        .filter(|t| is_year_word(&t.w))
        .count();
    if years > 0 {
        win = window_before(toks, c, cands, 6 + 2 * years);
    }
    let words: Vec<&str> = toks[win.clone()].iter().map(|t| t.w.as_ref()).collect();
    let prev = words.last().copied().unwrap_or("");
    let after: Vec<&str> = toks[c.t1 + 1..(c.t1 + 3).min(toks.len())]
        .iter()
        .map(|t| t.w.as_ref())
        .collect();
    if words.iter().any(|w| CHANGE_NOUNS.contains(w)) {
        return Some("change");
    }
    if matches!(
        after.first(),
        Some(&("hoger" | "lager" | "meer" | "minder"))
    ) && after.get(1) == Some(&"dan")
    {
        // `88,5%, lager dan de streefwaarde van 95%`: the realisation held against
        // its norm, not a change
        let hi = (c.t1 + 6).min(toks.len());
        if toks[(c.t1 + 3).min(hi)..hi]
            .iter()
            .any(|t| NORM_WORDS.contains(&t.w.as_ref()))
        {
            return Some("actual");
        }
        return Some("change");
    }
    if prev == "met" {
        let hi = (c.t1 + 7).min(toks.len());
        for t in &toks[c.t1 + 1..hi] {
            if CHANGE_VERBS.contains(&t.w.as_ref()) {
                return Some("change");
            }
            if t.clause_end {
                break;
            }
        }
    }
    // `stegen met € 14 mln`, `nam toe met 12%`: the verb before
    if prev == "met" && change_before(toks, c.t0) {
        return Some("change");
    }
    if matches!(prev, "naar" | "tot") && change_before(toks, c.t0) {
        return Some("to");
    }
    if words.iter().any(|w| NORM_WORDS.contains(w)) {
        return Some("norm");
    }
    // `hoger dan begroot, namelijk € 39,2 mln.` compares with the budget; `dan de
    // begrote € 249,4 mln.` names it
    let comparative = words.contains(&"dan");
    let attributive = |w: &&str| {
        w.ends_with('e')
            || w.ends_with("ing")
            || w.ends_with("get")
            || w.ends_with("etten")
            || w.ends_with("ses")
    };
    if words
        .iter()
        .any(|w| BUDGET_WORDS.contains(w) && (!comparative || attributive(w)))
    {
        return Some("budget");
    }
    // `hoger dan begroot, namelijk € 39,2 mln.`: the realisation
    if comparative && words.iter().any(|w| BUDGET_WORDS.contains(w)) {
        return Some("actual");
    }
    // (`wordt een omzet voorzien van € 220 miljoen`: foreseen, of an amount; `zijn
    // voorzien van 2 laadpalen` is equipped)
    let foreseen = |w: &&str| *w == "voorzien" && c.kind == "money";
    if words
        .iter()
        .any(|w| (FORECAST_WORDS.contains(w) || foreseen(w)) && (!comparative || attributive(w)))
    {
        return Some("forecast");
    }
    if words.iter().any(|w| ACTUAL_WORDS.contains(w)) {
        return Some("actual");
    }
    clause_frame(toks, c)
}

/// Whether a token's word is a year (`2023`).
fn is_year_word(w: &str) -> bool {
    crate::grammar::words::is_year(w)
}

/// The role a clause's opening frame gives every figure in it: `In de begroting
/// (2022) was uitgegaan van een tekort van € 1,5 miljoen` (budget), `Volgens de
/// prognose ...` (forecast), `In de ontwerpbegroting ...`.
fn clause_frame(toks: &[Tok], c: &Cand) -> Option<&'static str> {
    let mut a = c.t0;
    while a > 0 && !toks[a - 1].clause_end {
        a -= 1;
    }
    let w = |k: usize| {
        toks.get(a + k)
            .filter(|_| a + k < c.t0)
            .map_or("", |t| t.w.as_ref())
    };
    if !(matches!(w(0), "in" | "volgens") && matches!(w(1), "de" | "het")) {
        return None;
    }
    let noun = w(2);
    if BUDGET_WORDS.contains(&noun) || noun.ends_with("begroting") || noun.ends_with("raming") {
        Some("budget")
    } else if FORECAST_WORDS.contains(&noun) {
        Some("forecast")
    } else {
        None
    }
}

/// Sets `from`/`to` on `van X naar Y` pairs, `actual` on figures that meet a norm,
/// and returns the links between figures of one sentence (indexes into `cands`).
pub(crate) fn pair(
    toks: &[Tok],
    cands: &[&Cand],
    roles: &mut [Option<&'static str>],
) -> Vec<(usize, usize)> {
    let mut links = Vec::new();
    let n = cands.len();
    let same_unit = |a: usize, b: usize| {
        cands[a].unit == cands[b].unit
            || (matches!(cands[a].unit, "count" | "times")
                && matches!(cands[b].unit, "count" | "times"))
    };
    let before = |k: usize, w: &str| {
        let c = cands[k];
        let mut j = c.t0;
        while j > 0 && c.t0 - j < 3 {
            j -= 1;
            if toks[j].w == w {
                return true;
            }
            if !matches!(
                toks[j].w.as_ref(),
                "ruim"
                    | "bijna"
                    | "circa"
                    | "ongeveer"
                    | "dan"
                    | "meer"
                    | "in"
                    | "totaal"
                    | "maximaal"
                    | "minimaal"
            ) {
                return false;
            }
        }
        false
    };
    // van X naar Y / van X tot Y
    for a in 0..n {
        if !before(a, "van") || roles[a].is_some_and(|r| r != "budget") {
            continue;
        }
        for b in a + 1..n {
            if cands[b].t0 - cands[a].t1 > 10 {
                break;
            }
            if (before(b, "naar") || before(b, "tot")) && same_unit(a, b) {
                roles[a] = Some("from");
                roles[b] = Some("to");
                links.push((a, b));
                break;
            }
        }
    }
    // a part and its whole: `48 van 50`, `3 van de 5 gemeenten` (counts next to each
    // other with only `van` (`de`, `het`) between, the part not above the whole)
    for a in 0..n.saturating_sub(1) {
        let b = a + 1;
        let (ca, cb) = (cands[a], cands[b]);
        if ca.unit != "count" || cb.unit != "count" || ca.t1 >= cb.t0 {
            continue;
        }
        let between: Vec<&str> = toks[ca.t1 + 1..cb.t0]
            .iter()
            .map(|t| t.w.as_ref())
            .collect();
        let van = matches!(between.as_slice(), ["van"] | ["van", "de" | "het"]);
        // `van` must stand free: `48 van 50`, not `48, van 50` or `48 (van 50`
        let free = toks[ca.t1 + 1..cb.t0]
            .iter()
            .all(|t| t.s == t.cs && t.e == t.ce)
            && toks[ca.t1].e == toks[ca.t1].ce;
        if van
            && free
            && ca.number.is_integer()
            && cb.number.is_integer()
            && ca.number <= cb.number
            && ca.high.is_none()
            && cb.high.is_none()
            && ca.scale.is_none()
            && cb.scale.is_none()
        {
            links.push((a, b));
        }
    }
    // norm and its realisation
    for a in 0..n {
        if roles[a] != Some("norm") {
            continue;
        }
        for b in 0..n {
            if b != a && roles[b].is_none_or(|r| r == "actual") && same_unit(a, b) {
                roles[b] = Some("actual");
                links.push((a.min(b), a.max(b)));
            }
        }
    }
    // a change and its total (or the figure it compares with)
    for a in 0..n {
        if roles[a] != Some("change") {
            continue;
        }
        let mut best: Option<(usize, usize)> = None;
        for b in 0..n {
            if b == a || roles[b] == Some("change") || !same_unit(a, b) {
                continue;
            }
            let d = cands[a].t0.abs_diff(cands[b].t0);
            let cue = before(b, "totaal") || before(b, "naar") || before(b, "dan") || b > a;
            let d = if cue { d } else { d + 100 };
            if best.is_none_or(|(bd, _)| d < bd) {
                best = Some((d, b));
            }
        }
        if let Some((_, b)) = best {
            links.push((a.min(b), a.max(b)));
        }
    }
    links.sort_unstable();
    links.dedup();
    links
}

/// Subject: the counted noun phrase after the number (or the head noun before it)
/// with the product or organisation the sentence names nearest to it.
pub(crate) fn subject(
    text: &str,
    toks: &[Tok],
    c: &Cand,
    cands: &[&Cand],
    products: &[(usize, usize)],
    fallback: Option<&str>,
) -> Option<String> {
    let word = |t: &Tok| text[t.cs..t.ce].to_string();
    let in_cand = |j: usize| {
        // candidates are in token order
        let i = cands.partition_point(|o| o.t1 < j);
        cands.get(i).is_some_and(|o| o.t0 <= j)
    };
    let mut core: Vec<usize> = Vec::new();
    let mut j = c.t1 + 1;
    // skip a rate: `per maand`
    if toks.get(j).is_some_and(|t| t.w == "per") && !toks[c.t1].clause_end {
        j += 2;
    }
    let open = j < toks.len() && !toks[c.t1].clause_end && !in_cand(j);
    // a unit of measure is followed by what it measures, not by an article
    // (`3.400 hectare bermen`; `11,6 °C het warmste jaar` says no more)
    let measure = matches!(
        c.unit,
        "kWh"
            | "kW"
            | "hectares"
            | "bytes"
            | "tonnes"
            | "degrees_celsius"
            | "km"
            | "mm"
            | "m3"
            | "m2"
    );
    if open {
        // `een 'Dag van de haalbaarheid’`: a quoted name
        let mut k = j;
        if toks[k].w == "een" || toks[k].w == "de" || toks[k].w == "het" {
            k += 1;
        }
        if k < toks.len()
            && toks[k].opens
            && text[toks[k].s..toks[k].cs].contains(['‘', '\'', '"', '“'])
        {
            let mut m = k;
            while m < toks.len() && m - k < 8 {
                if text[toks[m].ce..toks[m].e].contains(['’', '\'', '"', '”']) || toks[m].clause_end
                {
                    break;
                }
                m += 1;
            }
            let m = m.min(toks.len() - 1);
            core.extend(k..=m);
        } else if c.unit != "times" && !(measure && matches!(toks[j].w.as_ref(), "de" | "het")) {
            let mut m = j;
            if toks[m].w == "de" || toks[m].w == "het" {
                m += 1;
            }
            while m < toks.len()
                && core.len() < 3
                && !in_cand(m)
                && !toks[m].opens
                && is_content(&toks[m], text)
                && !(core.is_empty()
                    && (is_participle(&toks[m].w) || PREDICATE.contains(&toks[m].w.as_ref())))
                && (core.is_empty() || !is_participle(&toks[m].w))
            {
                core.push(m);
                if toks[m].clause_end {
                    break;
                }
                m += 1;
            }
        }
    }
    // the verb that says what happened to what was counted: `websites offline gehaald`
    // (or measured, with no noun: `1,2 miljard kWh opgewekt`, `412 terabyte opgeslagen`)
    if open && (!core.is_empty() || c.unit == "times" || measure) {
        let from = core.last().map_or(j, |&k| k + 1);
        if core.last().is_none_or(|&k| !toks[k].clause_end) {
            let times = c.unit == "times";
            let hi = (from + if times { 8 } else { 5 }).min(toks.len());
            for m in from..hi {
                if in_cand(m) {
                    break;
                }
                if is_participle(&toks[m].w) {
                    // `1 keer ... een onboarding-workshop gegeven`: what was done
                    if m > from
                        && m >= 2
                        && is_content(&toks[m - 1], text)
                        && (times || is_content(&toks[m - 2], text))
                        && !in_cand(m - 1)
                        && !is_product(&toks[m - 1], text, false, &Names::default())
                    {
                        core.push(m - 1);
                    }
                    core.push(m);
                    break;
                }
                if toks[m].clause_end {
                    break;
                }
            }
        }
    }
    if core.is_empty() && open && MEASURED.contains(&toks[j].w.as_ref()) {
        core.push(j);
    }
    if core.is_empty() {
        core = measured_phrase(text, toks, c, &in_cand);
    }
    if core.is_empty() {
        core = head_before(text, toks, c, products, &in_cand);
    }
    core.sort_unstable();
    core.dedup();
    let mut words: Vec<String> = core.iter().map(|&k| word(&toks[k])).collect();
    let has_name = core
        .iter()
        .any(|&k| is_product(&toks[k], text, false, &Names::default()));
    // a parenthesis right after the number lists examples (`circa € 12 mln. (onder
    // andere Haagsche Ring, PKI)`): its names are not what the figure is about
    let examples = toks
        .get(c.t1 + 1)
        .filter(|t| t.opens && text[t.s..t.cs].contains('('))
        .map(|_| {
            let close = (c.t1 + 1..toks.len())
                .find(|&k| text[toks[k].ce..toks[k].e].contains(')'))
                .unwrap_or(toks.len());
            (c.t1 + 1, close)
        });
    let product = if has_name {
        None
    } else {
        products
            .iter()
            .filter(|&&(a, b)| {
                let in_core = core.iter().any(|&k| a <= k && k <= b);
                let on_number = a <= c.t1 && c.t0 <= b;
                let example = examples.is_some_and(|(o, e)| o <= a && a <= e);
                !in_core && !on_number && !example
            })
            .min_by_key(|&&(a, b)| {
                if b < c.t0 {
                    c.t0 - b
                } else {
                    a.saturating_sub(c.t1)
                }
            })
            .map(|&(a, b)| {
                (a..=b)
                    .map(|k| word(&toks[k]))
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .or_else(|| fallback.map(str::to_string))
    };
    if let Some(p) = product {
        words.insert(0, p);
    }
    let s = words.join(" ");
    (!s.is_empty()).then_some(s)
}

/// Role cues that are not what a figure is about (`begrote`, `gestelde norm`);
/// the nouns `begroting`, `prognose`, `budget` are, so they stay.
fn role_word(w: &str) -> bool {
    CHANGE_VERBS.contains(&w)
        || matches!(
            w,
            "begroot"
                | "begrote"
                | "geraamd"
                | "geraamde"
                | "gebudgetteerd"
                | "begrootte"
                | "verwacht"
                | "verwachte"
                | "gestelde"
                | "afgesproken"
                | "gerealiseerd"
                | "gerealiseerde"
                | "behaald"
                | "gehaald"
                | "werkelijke"
                | "norm"
                | "normen"
                | "streefwaarde"
                | "normwaarde"
        )
}

/// `het aantal actieve accounts van MijnOverheid ... met 49.000`: the words after
/// a measure noun earlier in the sentence; `het aantal keer dat is ingelogd` gives
/// the verb.
fn measured_phrase(
    text: &str,
    toks: &[Tok],
    c: &Cand,
    in_cand: &dyn Fn(usize) -> bool,
) -> Vec<usize> {
    let lo = c.t0.saturating_sub(20);
    let Some(a) = (lo..c.t0)
        .rev()
        .find(|&k| MEASURE_NOUNS.contains(&toks[k].w.as_ref()))
    else {
        return Vec::new();
    };
    let mut core = Vec::new();
    if !toks[a].w.contains("aantal") {
        core.push(a); // `percentage fouten`
    }
    let mut m = a + 1;
    let adjectival = |m: usize| {
        !is_participle(&toks[m].w)
            || (!toks[m].clause_end
                && toks
                    .get(m + 1)
                    .is_some_and(|n| is_content(n, text) && !is_participle(&n.w)))
    };
    while m < c.t0 && core.len() < 4 && !in_cand(m) && is_content(&toks[m], text) && adjectival(m) {
        core.push(m);
        if toks[m].clause_end {
            break;
        }
        m += 1;
    }
    if core.len() == 1 && matches!(toks[core[0]].w.as_ref(), "keer" | "maal") {
        // `het aantal keer dat is ingelogd`: the verb says what was counted
        core.clear();
        for k in m..c.t0.min(m + 6) {
            if is_participle(&toks[k].w) && !role_word(&toks[k].w) {
                core.push(k);
                break;
            }
        }
    }
    core
}

/// The head noun before the number: `De totale (gewijzigde) begroting sluit op`,
/// `actieve installaties van de MO app lag op`.
fn head_before(
    text: &str,
    toks: &[Tok],
    c: &Cand,
    products: &[(usize, usize)],
    in_cand: &dyn Fn(usize) -> bool,
) -> Vec<usize> {
    let is_name = |m: usize| products.iter().any(|&(a, b)| a <= m && m <= b);
    let skip = |m: usize| {
        let t = &toks[m];
        !is_content(t, text) || role_word(&t.w) || is_name(m)
    };
    let mut m = c.t0;
    let mut steps = 0;
    let mut head = None;
    let mut passed_comma = false;
    while m > 0 && steps < 8 {
        m -= 1;
        steps += 1;
        if in_cand(m) {
            break;
        }
        if toks[m].clause_end && steps > 1 {
            // `..., circa € 20 mln.`: an apposition to the phrase before the comma
            // (or a key's value, one qualifier after the colon: `Bezwaren: circa 17.000`)
            let only_function = toks[m + 1..c.t0].iter().all(|t| !is_content(t, text));
            let punct = &text[toks[m].ce..toks[m].e];
            let comma = punct.starts_with(',') || (punct.starts_with(':') && c.t0 <= m + 2);
            if passed_comma || !only_function || !comma {
                break;
            }
            passed_comma = true;
        }
        if skip(m) {
            if toks[m].opens && steps > 1 {
                break;
            }
            continue;
        }
        head = Some(m);
        break;
    }
    let Some(mut h) = head else {
        return Vec::new();
    };
    // `X van de [names] Y`: X is the head
    let mut k = h;
    while k > 0
        && (is_name(k - 1) || matches!(toks[k - 1].w.as_ref(), "de" | "het"))
        && !toks[k - 1].clause_end
    {
        k -= 1;
    }
    let mut tail = None;
    if k >= 2
        && toks[k - 1].w == "van"
        && !skip(k - 2)
        && !in_cand(k - 2)
        && !toks[k - 2].clause_end
    {
        if !(k..h).any(is_name) {
            tail = Some(h); // `omvang van de investeringen` -> `omvang investeringen`
        }
        h = k - 2;
    }
    let mut core = Vec::new();
    if h > 0 {
        let p = &toks[h - 1];
        if p.w.ends_with('e') && is_content(p, text) && !in_cand(h - 1) && !p.clause_end {
            core.push(h - 1);
        }
    }
    core.push(h);
    core.extend(tail);
    core
}

/// Runs of product tokens in a sentence, as inclusive token ranges.
pub(crate) fn product_runs(text: &str, toks: &[Tok], known: &Names) -> Vec<(usize, usize)> {
    let mut out: Vec<(usize, usize)> = Vec::new();
    for (i, t) in toks.iter().enumerate() {
        if !is_product(t, text, i == 0, known) {
            continue;
        }
        match out.last_mut() {
            Some(last) if last.1 + 1 == i && !toks[i - 1].clause_end && !t.opens => last.1 = i,
            _ => out.push((i, i)),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_date_between_a_verb_of_change_and_tot_is_passed_over() {
        let before_tot = |t: &str| {
            let toks = super::super::prose::tokens(t, (0, t.len()));
            let k = toks.iter().position(|x| x.w == "tot").expect("tot");
            change_before(&toks, k + 1)
        };
        assert!(before_tot(
            "De kinderbijslag steeg per 1 juli 2022 met 2,4 % tot € 269,87."
        ));
        assert!(before_tot(
            "De huurtoeslag steeg op 1 januari 2022 met € 12 tot € 412."
        ));
        // (nine words that are no date are too many)
        assert!(!before_tot(
            "De kosten stegen in het afgelopen jaar door de hoge inflatie tot € 5."
        ));
        assert!(!before_tot(
            "De vergoeding bedraagt vanaf 1 juli 2022 tot € 300."
        ));
    }

    #[test]
    fn a_noun_of_change_with_its_met_before_tot() {
        let before_tot = |t: &str| {
            let toks = super::super::prose::tokens(t, (0, t.len()));
            let k = toks.iter().position(|x| x.w == "tot").expect("tot");
            change_before(&toks, k + 1)
        };
        assert!(before_tot(
            "Er was een toename van het aantal uitkeringen met 640 tot 7.915."
        ));
        assert!(before_tot(
            "Er was een stijging van de personeelskosten met € 1,2 mln. tot € 5,4 mln."
        ));
        // (no `met` after the noun: a range)
        assert!(!before_tot(
            "Er is een stijging van 3 tot 5 procent voorzien."
        ));
        assert!(!before_tot(
            "De toename geldt voor kinderen van 4 tot 12 jaar."
        ));
    }

    #[test]
    fn participles() {
        for w in [
            "gepubliceerd",
            "ingelogd",
            "verstuurd",
            "aangesloten",
            "gehaald",
            "gedownload",
            "verwijderd",
            "afgehandeld",
            "geëscaleerd",
            "opgesteld",
        ] {
            assert!(is_participle(w), "{w}");
        }
        for w in [
            "websites",
            "collega’s",
            "beschikbaarheid",
            "beleid",
            "accounts",
            "diensten",
            "gemeenten",
            "gebied",
            "nieuwe",
        ] {
            assert!(!is_participle(w), "{w}");
        }
    }
}
