//! Figures in prose: counts, amounts, percentages a reader wants as data.
//!
//! In: prose blocks (paragraphs, bullets, and headings that read as sentences).
//! Out: [`Figure`]s with exact numbers, unit, qualifier, subject, period, rate,
//! role and links, each with its sentence, source line and span (through the
//! [`Locator`]). `raw` is read from the cleaned text, so where a logged repair
//! touched the span it shows the repaired form (`één` for OCR's `éen`).
//!
//! Steps, per run of prose (consecutive blocks rejoined where a paragraph was cut
//! mid-sentence, see `prose.rs`); a run without a Dutch function word is skipped:
//! 1. ranges that never hold a figure: parliamentary and gazette references
//!    (`36 360 VII, nr. 1`, `Stb. 2020, 123`), dates (`15 mei`), numbered things
//!    (`tabel 39`, `hoofdstuk 4.1`, `niveau 1`), standards (`ISO 27001`), URLs,
//!    e-mail, phone numbers, addresses, clock times, index bases (`2011 = 100`),
//!    scale captions, and values standing in a row (table cells left in prose);
//! 2. sentences and tokens;
//! 3. numbers (`scan.rs`): digits through the value grammar (`557 miljoen`,
//!    `€ 357,4 mln.`, `99,78%`), number words (`vijftien`, `twee miljoen`, `één`,
//!    never the article `een`); years become the period of their neighbours;
//!    list and section numbers, codes glued to letters, page numbers and footnote
//!    marks alone on a line are dropped;
//! 4. context (`context.rs`): qualifier, rate, period, role, subject, links
//!    (norm and realisation, from and to, a change and its total, a part and its
//!    whole, a bracketed comparison).

mod context;
mod prose;
mod scan;

use crate::decimal::Dec;
use crate::model::Figure;
use crate::segment::Block;
use crate::span::{Locator, Span};

/// Longest sentence kept in [`Figure::sentence`], in characters.
const MAX_SENTENCE: usize = 300;
/// Longest sentence read as one, in tokens (longer ones are read in pieces).
const MAX_TOKENS: usize = 400;

/// Function words: a sentence with none of them is a label or table row.
const PROSE_MARKERS: &[&str] = &[
    "de", "het", "een", "en", "van", "in", "op", "is", "zijn", "met", "voor", "heeft", "hebben",
    "wordt", "werd", "was", "waren", "te", "dat", "die", "aan", "om", "bij", "naar", "door", "er",
    "we", "wij", "zij", "ze", "tot", "uit", "over", "dan", "als", "ook", "werden", "worden",
];

/// Whether `w` is a word of [`PROSE_MARKERS`] (exactly, in lower case), by one
/// `match` on its bytes.
fn is_prose_marker(w: &[u8]) -> bool {
    matches!(
        w,
        b"de"
            | b"het"
            | b"een"
            | b"en"
            | b"van"
            | b"in"
            | b"op"
            | b"is"
            | b"zijn"
            | b"met"
            | b"voor"
            | b"heeft"
            | b"hebben"
            | b"wordt"
            | b"werd"
            | b"was"
            | b"waren"
            | b"te"
            | b"dat"
            | b"die"
            | b"aan"
            | b"om"
            | b"bij"
            | b"naar"
            | b"door"
            | b"er"
            | b"we"
            | b"wij"
            | b"zij"
            | b"ze"
            | b"tot"
            | b"uit"
            | b"over"
            | b"dan"
            | b"als"
            | b"ook"
            | b"werden"
            | b"worden"
    )
}

/// Whether `w` equals a word of [`PROSE_MARKERS`] in any ASCII case (the markers
/// are ASCII lower case and at most 6 bytes long).
fn is_prose_marker_ascii_case(w: &str) -> bool {
    let b = w.as_bytes();
    if !b.is_ascii() {
        // only the Kelvin sign lowers to ASCII (to `k`, as in `ook`): such a core is
        // lowered whole, as the tokeniser lowers it; a marker has at most six chars,
        // so at most 18 bytes
        return b.len() <= 18 && is_prose_marker(w.to_lowercase().as_bytes());
    }
    if b.len() > 6 {
        return false;
    }
    let mut buf = [0u8; 6];
    for (d, s) in buf.iter_mut().zip(b) {
        *d = s.to_ascii_lowercase();
    }
    is_prose_marker(&buf[..b.len()])
}

/// Finite verbs a sentence printed as a heading must have to be read as prose.
const FINITE_VERBS: &[&str] = &[
    "is", "zijn", "was", "waren", "heeft", "hebben", "had", "hadden", "wordt", "worden", "werd",
    "werden", "kan", "kunnen", "zal", "zullen", "bedraagt", "bedragen", "bedroeg", "steeg",
    "daalde", "stijgt", "daalt", "nam", "neemt", "komt", "kwam", "ligt", "lag", "sluit",
];

/// Finds the figures in the prose blocks.
pub fn find(blocks: &[Block], doc_year: Option<i32>, loc: &Locator<'_>) -> Vec<Figure> {
    find_with(blocks, doc_year, loc, true)
}

/// [`find`]; with `skip` false every sentence is tokenised (the slow path the
/// tests compare with).
fn find_with(
    blocks: &[Block],
    doc_year: Option<i32>,
    loc: &Locator<'_>,
    skip: bool,
) -> Vec<Figure> {
    let runs = prose::runs(blocks);
    // pass 1: sentences, tokens, and the names the document capitalises mid-sentence
    struct Sent<'a> {
        run: usize,
        range: (usize, usize),
        /// `None` for a sentence that can give no figure (see
        /// `prose::may_hold_values`): most of prose. Its words were read for
        /// the names, the function words and the rows of values without tokens
        /// being made; they are made only if a later sentence asks it for a name.
        toks: Option<Vec<prose::Tok<'a>>>,
        /// It has a word of [`PROSE_MARKERS`].
        marker: bool,
    }
    let mut known = context::Names::default();
    let mut sents: Vec<Sent> = Vec::new();
    let mut excl: Vec<Vec<(usize, usize)>> = Vec::with_capacity(runs.len());
    for (ri, run) in runs.iter().enumerate() {
        if !has_prose_marker(&run.text) && !has_key_value(&run.text) {
            excl.push(Vec::new());
            continue; // labels, table rows, debris: no sentence to read
        }
        let text = run.text.as_str();
        let ranges = prose::sentences(text);
        // the excluded ranges are asked only about numbers the value grammar read
        // (`scan::digits_at`), and these always hold an ASCII digit: a run without
        // one needs no exclusions (most of their cost is the regexes)
        let digits = crate::grammar::value::has_ascii_digit(text.as_bytes());
        // each sentence's tokens (or `None`), and whether it has a function word
        let mut sent_toks: Vec<Option<Vec<prose::Tok>>> = Vec::with_capacity(ranges.len());
        let mut markers: Vec<bool> = Vec::with_capacity(ranges.len());
        for &range in &ranges {
            if skip && !prose::may_hold_values(&text[range.0..range.1]) {
                if let Some(marker) = read_untokenised(text, range, &mut known, digits) {
                    sent_toks.push(None);
                    markers.push(marker);
                    continue;
                }
            }
            let toks = prose::tokens(text, range);
            context::capitalised_words(text, &toks, &mut known);
            markers.push(
                toks.iter().any(|t| is_prose_marker(t.w.as_bytes()))
                    || is_key_value(&text[range.0..range.1]),
            );
            sent_toks.push(Some(toks));
        }
        if digits {
            let mut ex = prose::exclusions(text);
            let mut spare = Vec::new();
            let run_toks = prose::tokens_of_run(text, &ranges, &sent_toks, &mut spare);
            ex.extend(prose::value_rows(text, &run_toks, &ranges));
            excl.push(prose::merge(ex));
        } else {
            excl.push(Vec::new());
        }
        for ((range, toks), marker) in ranges.into_iter().zip(sent_toks).zip(markers) {
            let Some(toks) = toks else {
                sents.push(Sent {
                    run: ri,
                    range,
                    toks: None,
                    marker,
                });
                continue;
            };
            // very long "sentences" (lists without full stops) are read in pieces
            if toks.len() > MAX_TOKENS {
                for chunk in toks.chunks(MAX_TOKENS) {
                    let r = (chunk[0].s, chunk[chunk.len() - 1].e);
                    sents.push(Sent {
                        run: ri,
                        range: r,
                        marker: chunk.iter().any(|t| is_prose_marker(t.w.as_bytes())),
                        toks: Some(chunk.to_vec()),
                    });
                }
            } else {
                sents.push(Sent {
                    run: ri,
                    range,
                    toks: Some(toks),
                    marker,
                });
            }
        }
    }

    // a run is prose when some sentence of it has a function word; a heading read
    // alone must also have a finite verb (`Saldo van baten en lasten (%) 1` is a label)
    let mut prose_run = vec![false; runs.len()];
    for sent in &sents {
        prose_run[sent.run] |= sent.marker;
    }
    for (ri, run) in runs.iter().enumerate() {
        let heading_alone = run.parts.len() == 1
            && blocks[run.parts[0].1].kind == crate::segment::BlockKind::Heading;
        if heading_alone && prose_run[ri] {
            // (or a key and its value on a line of its own: `Aantal medewerkers: 1.234`)
            prose_run[ri] = is_key_value(run.text.trim())
                || run.text.split_whitespace().any(|w| {
                    FINITE_VERBS
                        .contains(&w.to_lowercase().trim_matches(|c: char| !c.is_alphabetic()))
                });
        }
    }

    // pass 2: figures per sentence
    let mut figures: Vec<Figure> = Vec::new();
    let mut links: Vec<(usize, usize)> = Vec::new();
    // the last product name of the sentences before, in the same run: the subject
    // of a figure that names none. Only sentences with figures ask for it, so it
    // is found lazily: `last_product` is the last name of the sentences before
    // `scanned_upto`, with its run (each sentence is looked at once at most)
    let mut last_product: Option<(usize, String)> = None;
    let mut scanned_upto = 0;
    let mut run_start = 0;
    let product_name = |text: &str, toks: &[prose::Tok], (a, b): (usize, usize)| {
        toks[a..=b]
            .iter()
            .map(|t| &text[t.cs..t.ce])
            .collect::<Vec<_>>()
            .join(" ")
    };
    // whether a word of a source line is a function word
    let line_marker = |w: &str| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        if w.is_ascii() {
            // ASCII lower case is the lower case here
            return is_prose_marker_ascii_case(w);
        }
        PROSE_MARKERS.contains(&&*crate::grammar::words::lower(w))
    };
    for (si, sent) in sents.iter().enumerate() {
        if si == 0 || sents[si - 1].run != sent.run {
            run_start = si; // the sentences of a run stand together
        }
        let run = &runs[sent.run];
        let text = run.text.as_str();
        let Some(toks) = &sent.toks else {
            continue; // no figure here (`prose::may_hold_values`)
        };
        if !prose_run[sent.run] {
            // no figures here, and the names it holds serve only its own sentences
            continue;
        }
        if toks.len() < 2 {
            continue;
        }
        let line_start = |off: usize| run.at_line_start(blocks, off);
        let line_end = |off: usize| run.at_line_end(blocks, off);
        let all = scan::candidates(text, toks, sent.range.1, &excl[sent.run], &line_start);
        if all.is_empty() {
            continue;
        }
        let years: Vec<&scan::Cand> = all.iter().filter(|c| c.year.is_some()).collect();
        // a value alone on its line (a page number, footnote mark or table cell),
        // or a bare number on a line without a single function word (a table row
        // label and its cell: `Totaal boekwaarde desinvesteringen (+) 0`)
        let key_value = is_key_value(text[sent.range.0..sent.range.1].trim());
        let key_colon = if key_value {
            text[sent.range.0..sent.range.1]
                .find(": ")
                .map_or(usize::MAX, |i| sent.range.0 + i)
        } else {
            usize::MAX
        };
        let alone = |c: &scan::Cand| {
            let bare = c.kind == "number" && c.unit == "count";
            if line_start(c.s) && line_end(c.e) && (bare || run.single_line(blocks, c.s)) {
                return true;
            }
            if bare && line_start(c.s) && !run.continues_line(blocks, c.s) {
                // `1 vanaf 2015 is het saldo ...`: a footnote mark opening its note
                let next = toks.get(c.t1 + 1).map_or("", |t| t.w.as_ref());
                let lower = toks
                    .get(c.t1 + 1)
                    .is_some_and(|t| text[t.cs..t.ce].starts_with(char::is_lowercase));
                if lower && context::is_function(next) && c.number < Dec::from_int(100) {
                    return true;
                }
                // `1 De realisatie 2023 is inclusief …` under a table, `2 Uitgaven`: a
                // note's mark or a section's number before a capitalised word (a
                // sentence spells a number under ten out)
                let upper = toks
                    .get(c.t1 + 1)
                    .is_some_and(|t| text[t.cs..t.ce].starts_with(char::is_uppercase));
                let digits = &text[c.s..c.e];
                if upper && digits.len() == 1 && digits.bytes().all(|b| b.is_ascii_digit()) {
                    return true;
                }
            }
            // (a whole number after a wide gap at a line's end is a page number or
            // a cell: `… 1181 LE Amstelveen           27`; prose has no such gap)
            if bare && line_end(c.e) && text[..c.s].ends_with("      ") {
                return true;
            }
            // (or after a running head's or footer's title on its line, inside a
            // paragraph or not: `Begroting 2026 Hoogheemraadschap van Delfland 14`)
            if bare && c.e - c.s <= 3 && line_end(c.e) {
                let head = run.line_before(blocks, c.s);
                if crate::grammar::words::is_running_title(head.trim()) {
                    return true;
                }
            }
            // (a key's value is no cell: `Aantal klachten: 56`)
            bare && !key_value
                && !run.continues_line(blocks, c.s)
                && !run.line_has(blocks, c.s, &line_marker)
        };
        let cands: Vec<&scan::Cand> = all
            .iter()
            .filter(|c| c.year.is_none() && !alone(c))
            .collect();
        if cands.is_empty() {
            continue;
        }
        // the latest name of the sentences of this run not yet looked at, else
        // the one found before (a name of another run is no fallback)
        let from = scanned_upto.max(run_start);
        for j in (from..si).rev() {
            let prev = &sents[j];
            let made;
            let prev_toks = match &prev.toks {
                Some(toks) => toks,
                None => {
                    // (a sentence left untokenised is never cut in pieces)
                    made = prose::tokens(text, prev.range);
                    &made
                }
            };
            if let Some(&last) = context::product_runs(text, prev_toks, &known).last() {
                last_product = Some((sent.run, product_name(text, prev_toks, last)));
                break;
            }
        }
        let fallback = last_product
            .as_ref()
            .filter(|(r, _)| *r == sent.run)
            .map(|(_, p)| p.clone());
        let products = context::product_runs(text, toks, &known);
        if let Some(&last) = products.last() {
            last_product = Some((sent.run, product_name(text, toks, last)));
        }
        scanned_upto = si + 1;
        let mut roles: Vec<Option<&'static str>> = cands
            .iter()
            .map(|c| context::role(toks, c, &cands))
            .collect();
        let pairs = context::pair(toks, &cands, &mut roles);
        let base = figures.len();
        for (k, c) in cands.iter().enumerate() {
            let span = Span::new(c.s, c.e);
            let clean = run.span_to_clean(blocks, span);
            let multiplier = c.scale.unwrap_or(Dec::from_int(1));
            // (`€ 7,4 miljoen negatief`, `min € 2,1 miljoen`)
            let number = if context::negated(toks, c) {
                c.number.negate()
            } else {
                c.number
            };
            figures.push(Figure {
                id: String::new(),
                raw: text[c.s..c.e].to_string(),
                kind: c.kind.to_string(),
                number: Some(number),
                number_high: c.high,
                multiplier: Some(multiplier),
                value: number.checked_mul(multiplier),
                unit: c.unit.to_string(),
                qualifier: context::qualifier(toks, c).map(str::to_string),
                subject: if key_value && c.s > key_colon {
                    // a key's value is about the key, not the word after it:
                    // `Resultaat 2023: € 3,4 mln. positief`
                    let upto = &toks[..=c.t1];
                    let products: Vec<(usize, usize)> =
                        products.iter().copied().filter(|p| p.1 <= c.t1).collect();
                    context::subject(text, upto, c, &cands, &products, fallback.as_deref())
                } else {
                    context::subject(text, toks, c, &cands, &products, fallback.as_deref())
                },
                period: context::period(toks, c, &cands, &years, roles[k], doc_year),
                rate: context::rate(toks, c, &cands),
                role: roles[k].map(str::to_string),
                links: Vec::new(),
                sentence: sentence_text(text, sent.range, c.s),
                section: run.section.clone(),
                line: loc.line(clean.start),
                span: loc.span(clean),
            });
        }
        // a bare number compared in parentheses with the amount before it (`€ 27,9
        // mld. (2022: 26,1)`, `5,2% (2021: 4,8)`) is in that amount's unit and scale
        for k in 1..cands.len() {
            let (prev, cur) = (cands[k - 1], cands[k]);
            let between = text[prev.e..cur.s].trim();
            let compared = between
                .strip_prefix('(')
                .and_then(|b| b.trim_end().strip_suffix(':'))
                .is_some_and(|y| {
                    let y = y.trim();
                    y.len() == 4
                        && (y.starts_with("19") || y.starts_with("20"))
                        && y.bytes().all(|b| b.is_ascii_digit())
                });
            let (p, f) = (&figures[base + k - 1], &figures[base + k]);
            if compared
                && cur.kind == "number"
                && cur.scale.is_none()
                && f.unit == "count"
                && (p.unit == "%" || scan::is_money_unit(&p.unit))
            {
                let (unit, mult) = (p.unit.clone(), p.multiplier);
                let f = &mut figures[base + k];
                f.unit = unit;
                f.multiplier = mult;
                f.value = match (f.number, mult) {
                    (Some(n), Some(m)) => n.checked_mul(m),
                    _ => f.value,
                };
            }
        }
        links.extend(pairs.into_iter().map(|(a, b)| (base + a, base + b)));
        // `1.234 aanvragen, waarvan 98% ...` and `5,2% (2021: 4,8%)`: a part of, or
        // a comparison with, the figure before it is about the same thing
        for k in 1..cands.len() {
            let (a, b) = (cands[k - 1], cands[k]);
            let part =
                b.t0 > 0 && matches!(toks[b.t0 - 1].w.as_ref(), "waarvan" | "daarvan" | "hiervan");
            let gap = &text[a.e..b.s];
            let aside = gap.contains('(') && !gap.contains(')') && gap.len() <= 24;
            if part || aside {
                // `waarvan € 15 mln. externe inhuur` names its own subject
                let own = !toks[b.t1].clause_end
                    && toks
                        .get(b.t1 + 1)
                        .is_some_and(|t| context::is_content(t, text));
                if (part && !own) || figures[base + k].subject.is_none() {
                    figures[base + k].subject = figures[base + k - 1].subject.clone();
                }
                links.push((base + k - 1, base + k));
            }
        }
        // `430 inspecties uitgevoerd, tegen 395 een jaar eerder`, `27% …, tegen 31% in
        // 2021`: the figure compared with, in the same unit, is about the same thing
        for k in 1..cands.len() {
            let (a, b) = (cands[k - 1], cands[k]);
            // (near it, or opening the clause after it: `1,2 miljard kWh aan duurzame
            // energie opgewekt op eigen areaal, tegen 0,9 miljard kWh`)
            let against = b.t0 > a.t1 + 1
                && (b.t0 - a.t1 <= 6 || (b.t0 - a.t1 <= 12 && toks[b.t0 - 2].clause_end))
                && toks[b.t0 - 1].w == "tegen"
                && figures[base + k - 1].unit == figures[base + k].unit;
            if against {
                figures[base + k].subject = figures[base + k - 1].subject.clone();
                links.push((base + k - 1, base + k));
            }
        }
    }
    links.sort_unstable();
    links.dedup();
    for (i, f) in figures.iter_mut().enumerate() {
        f.id = format!("f{}", i + 1);
    }
    for &(a, b) in &links {
        let (ida, idb) = (figures[a].id.clone(), figures[b].id.clone());
        figures[a].links.push(idb);
        figures[b].links.push(ida);
    }
    // linked figures are about the same thing: `lager dan de begrote € 249,4 mln.`
    for &(a, b) in &links {
        if figures[a].subject.is_none() {
            figures[a].subject = figures[b].subject.clone();
        } else if figures[b].subject.is_none() {
            figures[b].subject = figures[a].subject.clone();
        }
    }
    figures
}

/// Reads the words of the sentence `range` of `text`, one that may hold no
/// value (`prose::may_hold_values`), without making tokens: adds its capitalised
/// words to `known` (as `context::capitalised_words` on its tokens) and returns
/// whether it has a word of [`PROSE_MARKERS`]. Returns `None` (the sentence is
/// then to be tokenised) when it has more than [`MAX_TOKENS`] words (it is read
/// in pieces), or, in a run with digits (`digits`), no function word: there
/// [`prose::value_rows`] reads it as one word that ends a row of values, which a
/// function word is (it is no value and no unit, scale or currency word).
fn read_untokenised<'a>(
    text: &'a str,
    range: (usize, usize),
    known: &mut context::Names<'a>,
    digits: bool,
) -> Option<bool> {
    // a token takes a byte and, but for the last, a space: a sentence of fewer
    // than `2 * MAX_TOKENS` bytes has at most MAX_TOKENS tokens
    if range.1 - range.0 >= 2 * MAX_TOKENS {
        let mut n = 0;
        prose::for_each_core(text, range, |_, _| n += 1);
        if n > MAX_TOKENS {
            return None;
        }
    }
    // (a core with the Kelvin sign, `Oo\u{212a}`, is lowered as the tokeniser does)
    let marker = prose::any_core(text, range, |cs, ce| {
        is_prose_marker_ascii_case(&text[cs..ce])
    });
    if digits && !marker {
        return None;
    }
    // (a name's first char is an upper-case one: an ASCII capital or not ASCII;
    // the first token is no name, as in `context::capitalised_words`)
    prose::for_each_capital_core(text, range, |cs, ce| {
        let core = &text[cs..ce];
        if context::is_name_form(core) {
            known.insert(core);
        }
    });
    Some(marker)
}

/// Whether a line of `text` is a key and its value (see [`is_key_value`]).
fn has_key_value(text: &str) -> bool {
    // (pieces between full stops and line ends: `1.234` parts there too, which
    // keeps its key and first digits)
    // (a whole line too: a qualifier's stop parts it, `Bezwaren: ca. 17.000`)
    memchr::memchr(b':', text.as_bytes()).is_some()
        && text.split('\n').any(|line| {
            line.contains(": ")
                && (is_key_value(line.trim())
                    || line
                        .split('.')
                        .any(|piece| piece.contains(": ") && is_key_value(piece.trim())))
        })
}

/// A key and its value, as a list of key figures prints them (`Ziekteverzuim:
/// 5,4%.`, `Aantal bezoekers: 1,2 miljoen`, `Resultaat 2023: € 3,4 mln.
/// positief`): one to six words of letters (a year among them), a colon, then a
/// number, an amount or a signed one, and at most four words after it. Such a
/// sentence has no function word, yet it states a figure; a table's row prints no
/// colon between its label and its values.
fn is_key_value(t: &str) -> bool {
    // (most sentences have no colon: `memchr` says so before a substring search
    // is set up)
    if memchr::memchr(b':', t.as_bytes()).is_none() {
        return false;
    }
    let Some((key, value)) = t.split_once(": ") else {
        return false;
    };
    let words: Vec<&str> = key.split_whitespace().collect();
    let key_ok = (1..=6).contains(&words.len())
        && words[0].starts_with(char::is_alphabetic)
        && words.iter().all(|w| {
            w.chars()
                .all(|c| c.is_alphabetic() || matches!(c, '-' | '(' | ')' | '’' | '\''))
                || (w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit()))
        });
    let v = value.trim_start();
    // (a qualifier before the value: `Achterstand: ruim 24.000`, `Aantal
    // examinatoren: ca. 780 fte`, `Wachttijd: gemiddeld 9 dagen`)
    let v = KEY_VALUE_QUALIFIERS
        .iter()
        .find_map(|q| {
            let r = v.get(q.len()..)?;
            (v[..q.len()].eq_ignore_ascii_case(q) && r.starts_with(' ')).then_some(r)
        })
        .unwrap_or(v)
        .trim_start();
    let v = v
        .strip_prefix(['+', '-', '−', '–', '≥', '≤', '>', '<', '~'])
        .unwrap_or(v)
        .trim_start();
    let value_ok = (v.starts_with(|c: char| c.is_ascii_digit()) || v.starts_with('€'))
        && value.split_whitespace().count() <= 6
        && !value.contains(": ");
    key_ok && value_ok
}

/// Words that may stand between a key's colon and its value (see [`is_key_value`]).
const KEY_VALUE_QUALIFIERS: &[&str] = &[
    "ca.",
    "circa",
    "ongeveer",
    "ruim",
    "bijna",
    "gemiddeld",
    "maximaal",
    "minimaal",
    "meer dan",
    "minder dan",
    "ten minste",
    "tenminste",
    "zo'n",
    "zo’n",
    "rond",
    "totaal",
];

/// Whether any word of `text` is a Dutch function word (cheap: no allocation).
fn has_prose_marker(text: &str) -> bool {
    text.split_whitespace().any(|w| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        is_prose_marker_ascii_case(w)
    })
}

/// The sentence, trimmed; a long one is cut to a window around the figure
/// (about a third before it, the rest after), at word boundaries.
fn sentence_text(text: &str, (s, e): (usize, usize), at: usize) -> String {
    let sent = text[s..e].trim();
    if sent.len() <= MAX_SENTENCE || sent.chars().nth(MAX_SENTENCE).is_none() {
        return sent.to_string();
    }
    let s = s + (text[s..e].len() - text[s..e].trim_start().len());
    let at = at.clamp(s, s + sent.len());
    let before = MAX_SENTENCE / 3;
    let lo = text[s..at]
        .char_indices()
        .rev()
        .take(before)
        .last()
        .map_or(at, |(i, _)| s + i);
    let taken = text[lo..at].chars().count();
    let rest = &text[at..s + sent.len()];
    let hi = rest
        .char_indices()
        .nth(MAX_SENTENCE - taken)
        .map_or(s + sent.len(), |(i, _)| at + i);
    let mut piece = &text[lo..hi];
    if lo > s {
        if let Some(p) = piece.find(' ') {
            piece = &piece[p + 1..];
        }
    }
    if hi < s + sent.len() {
        if let Some(p) = piece.rfind(' ') {
            piece = &piece[..p];
        }
    }
    format!(
        "{}{}{}",
        if lo > s { "… " } else { "" },
        piece.trim(),
        if hi < s + sent.len() { " …" } else { "" }
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment;
    use crate::span::{LineIndex, OffsetMap};

    fn figs(text: &str, year: Option<i32>) -> Vec<Figure> {
        figs_in(text, year, true)
    }

    /// The figures of `text` as one run, with every sentence tokenised when `skip`
    /// is false (the slow path [`find_with`] keeps for the tests).
    fn figs_in(text: &str, year: Option<i32>, skip: bool) -> Vec<Figure> {
        let lines = segment::lines(text);
        let blocks = segment::segment(&lines, &[]);
        let map = OffsetMap::identity();
        let idx = LineIndex::new(text);
        let loc = Locator::new(&map, &idx);
        find_with(&blocks, year, &loc, skip)
    }

    fn one(text: &str) -> Figure {
        let f = figs(text, None);
        assert_eq!(
            f.len(),
            1,
            "{text}: {:?}",
            f.iter().map(|f| &f.raw).collect::<Vec<_>>()
        );
        f.into_iter().next().unwrap()
    }

    #[test]
    fn qualifiers() {
        let cases = [
            ("Er zijn ruim 200 websites.", Some("more_than")),
            ("Er zijn meer dan 4000 websites.", Some("more_than")),
            ("Er zijn bijna 600 onderzoeken.", Some("almost")),
            ("Er zijn circa 30 collega's.", Some("approx")),
            ("Er zijn ongeveer 30 collega's.", Some("approx")),
            ("Er zijn zo’n 30 collega's.", Some("approx")),
            ("Dat kost ca. € 20 mln.", Some("approx")),
            ("Er zijn minimaal 2 jaar nodig.", Some("at_least")),
            ("Er zijn ten minste 5 dagen nodig.", Some("at_least")),
            ("Er zijn maximaal 5 dagen nodig.", Some("at_most")),
            ("Dat kan oplopen tot 50 dagen.", Some("at_most")),
            ("Het aantal is teruggebracht tot 50 dagen.", None),
            ("Het is (>99,98% beschikbaar).", Some("more_than")),
            ("Er zijn 30 collega's.", None),
        ];
        for (t, q) in cases {
            assert_eq!(one(t).qualifier.as_deref(), q, "{t}");
        }
    }

    #[test]
    fn period_from_sentence_else_document() {
        let f = figs(
            "In 2020 waren er 30 websites. Nu zijn er 40 websites.",
            Some(2021),
        );
        assert_eq!(f[0].period.as_deref(), Some("2020"));
        assert_eq!(f[1].period.as_deref(), Some("2021"));
        let f = figs(
            "Het aantal is met 5 gestegen ten opzichte van 2020.",
            Some(2021),
        );
        assert_eq!(
            f[0].period.as_deref(),
            Some("2021"),
            "a comparison base is not the period"
        );
    }

    #[test]
    fn a_relative_year_is_the_year_before() {
        let periods = |t: &str, y: i32| -> Vec<String> {
            figs(t, Some(y))
                .into_iter()
                .map(|f| f.period.unwrap_or_default())
                .collect()
        };
        assert_eq!(
            periods("Het aantal bedroeg 64, tegen 58 een jaar eerder.", 2022),
            ["2022", "2021"]
        );
        assert_eq!(
            periods("In 2020 waren het er 430, tegen 395 een jaar eerder.", 2022),
            ["2020", "2019"]
        );
        assert_eq!(periods("Vorig jaar waren dat er 980.", 2023), ["2022"]);
        assert_eq!(
            periods("Het aantal (1.412) lag hoger dan vorig jaar (1.198).", 2022),
            ["2022", "2021"]
        );
        // a year compared with, and a shift in time, date nothing
        assert_eq!(
            periods("Net als vorig jaar zijn 12 audits gedaan.", 2022),
            ["2022"]
        );
        assert_eq!(
            periods("De 40 woningen werden een jaar eerder opgeleverd.", 2022),
            ["2022"]
        );
    }

    #[test]
    fn a_span_of_years_is_the_period() {
        let periods = |t: &str| -> Vec<String> {
            figs(t, Some(2022))
                .into_iter()
                .map(|f| f.period.unwrap_or_default())
                .collect()
        };
        assert_eq!(
            periods("In de periode 2021-2024 wordt € 12 mln. geïnvesteerd."),
            ["2021/2024"]
        );
        assert_eq!(
            periods("Er is in 2023–2027 in totaal € 40 mln. gereserveerd."),
            ["2023/2027"]
        );
        // the first value of a change takes the first year, the last the last
        assert_eq!(
            periods("Tussen 2019 en 2022 nam het aantal af van 87 naar 54."),
            ["2019", "2022"]
        );
        assert_eq!(
            periods("Van 2019 tot en met 2022 daalde het aantal met 33."),
            ["2019/2022"]
        );
        // years of their own, and a year span no word of time leads
        assert_eq!(
            periods("De kosten stegen van € 3 mln. in 2019 naar € 4 mln. in 2022."),
            ["2019", "2022"]
        );
        assert_eq!(
            periods("In vergaderjaar 2022–2023 zijn 12 moties ingediend."),
            ["2022"]
        );
    }

    #[test]
    fn roles_and_links() {
        let f = figs(
            "De gestelde norm van 99,50% is met 99,78% ruim gehaald.",
            None,
        );
        assert_eq!(f[0].role.as_deref(), Some("norm"));
        assert_eq!(f[1].role.as_deref(), Some("actual"));
        assert_eq!(f[0].links, vec!["f2"]);
        let f = figs(
            "Het aantal is gestegen van 30.000 per maand naar 50.000 per maand.",
            None,
        );
        assert_eq!(f[0].role.as_deref(), Some("from"));
        assert_eq!(f[1].role.as_deref(), Some("to"));
        assert_eq!(f[0].rate.as_deref(), Some("per maand"));
        let f = figs(
            "De uitgaven zijn € 21,9 mln. hoger dan de begrote € 249,4 mln.",
            None,
        );
        assert_eq!(f[0].role.as_deref(), Some("change"));
        assert_eq!(f[1].role.as_deref(), Some("budget"));
        assert_eq!(f[1].links, vec!["f1"]);
        // a part and its whole link each other; not when the part is larger, has
        // a scale, or `van` does not stand free between them
        for (t, linked) in [
            ("In 3 van de 5 gemeenten is het gestart.", true),
            ("Alle eisen (48 van 50) zijn gehaald.", true),
            ("Er zijn 60 van 50 plekken bezet.", false),
            ("Er waren 12 van 10 mln. bezoekers.", false),
            ("Het waren er 12, van 20 verwacht.", false),
        ] {
            let f = figs(t, None);
            assert_eq!(f.len(), 2, "{t}");
            let want: Vec<String> = if linked { vec!["f2".into()] } else { vec![] };
            assert_eq!(f[0].links, want, "{t}");
            assert_eq!(f[0].role, None, "{t}");
        }
        let f = figs("De totale prognose komt uit op € 354,9 mln.", None);
        assert_eq!(f[0].role.as_deref(), Some("forecast"));
    }

    #[test]
    fn other_agencies_number_styles() {
        // space grouping, scale words after the unit, `miljard`, word numbers with scale
        let f = one("De omzet bedroeg in 2022 € 98 560 duizend.");
        assert_eq!(f.value.unwrap().to_string(), "98560000");
        assert_eq!(f.period.as_deref(), Some("2022"));
        let f = one("Het tekort is opgelopen tot 3,8 miljard euro.");
        assert_eq!(
            (f.value.unwrap().to_string().as_str(), f.unit.as_str()),
            ("3800000000", "EUR")
        );
        let f = one("Er zijn twee miljoen aanvragen behandeld.");
        assert_eq!(f.value.unwrap().to_string(), "2000000");
        assert!(f.subject.unwrap().contains("aanvragen"));
        let f = one("Er werken 1.250 fte bij de dienst.");
        assert_eq!(
            (f.value.unwrap().to_string().as_str(), f.unit.as_str()),
            ("1250", "fte")
        );
        let f = one("De afhandeling duurt gemiddeld 8 werkdagen.");
        assert_eq!(f.unit, "days");
        let f = one("Het kost € 0,47 per authenticatie.");
        assert_eq!(f.rate.as_deref(), Some("per authenticatie"));
        // not figures: references, dates, addresses, codes
        assert!(figs(
            "Zie Kamerstukken II 2022/23, 36 200 VII, nr. 5 en de brief van 3 maart 2023. \
             Postbus 20011, 2500 EA Den Haag. Bel 070 - 123 45 67 of mail info@example.nl. \
             Dit staat in hoofdstuk 3 en tabel 12 van bijlage 2, volgens ISO 27001.",
            Some(2023)
        )
        .is_empty());
    }

    #[test]
    fn asides_parts_and_norms_in_brackets() {
        let f = figs("Het ziekteverzuim was 5,2% (2021: 4,8%).", Some(2022));
        assert_eq!(f.len(), 2);
        assert_eq!(f[0].period.as_deref(), Some("2022"));
        assert_eq!(f[1].period.as_deref(), Some("2021"));
        assert_eq!(f[1].subject.as_deref(), Some("ziekteverzuim"));
        assert_eq!(f[1].links, vec!["f1"]);
        let f = figs(
            "Er kwamen 1.234 aanvragen binnen, waarvan 98% op tijd is afgehandeld.",
            None,
        );
        assert!(f[1].subject.as_deref().unwrap().contains("aanvragen"));
        let f = figs(
            "De lasten bedragen € 34 mln., waarvan € 15 mln. externe inhuur.",
            None,
        );
        assert_eq!(f[1].subject.as_deref(), Some("externe inhuur"));
        let f = figs(
            "De gemiddelde doorlooptijd bedroeg 12 dagen (norm: 14 dagen).",
            None,
        );
        assert_eq!(f[0].role.as_deref(), Some("actual"));
        assert_eq!(f[1].role.as_deref(), Some("norm"));
        assert!(f
            .iter()
            .all(|f| f.subject.as_deref() == Some("gemiddelde doorlooptijd")));
    }

    #[test]
    fn subjects() {
        let cases = [
            (
                "In 2021 werd 557 miljoen keer succesvol met DigiD ingelogd.",
                "DigiD ingelogd",
            ),
            (
                "Ruim 200.000 Officiële Publicaties zijn gepubliceerd.",
                "Officiële Publicaties",
            ),
            (
                "Zo zijn er meer dan 4000 websites en/of apps offline gehaald, of niet.",
                "websites offline gehaald",
            ),
            (
                "De MijnOverheid die uit 9,1 miljoen actieve accounts bestaat.",
                "MijnOverheid actieve accounts",
            ),
            (
                "De totale (gewijzigde) begroting sluit op € 357,4 mln.",
                "begroting",
            ),
            (
                "In 2023 hebben we twee keer een 'Dag van de haalbaarheid’ georganiseerd.",
                "Dag van de haalbaarheid",
            ),
        ];
        for (t, want) in cases {
            let s = one(t).subject.unwrap_or_default();
            assert!(s.contains(want), "{t}: {s:?}");
        }
    }

    #[test]
    fn prose_marker_match_is_the_list() {
        for m in PROSE_MARKERS {
            assert!(m.len() <= 6 && is_prose_marker(m.as_bytes()), "{m}");
            assert!(is_prose_marker_ascii_case(&m.to_uppercase()), "{m}");
        }
        // `ook` with the Kelvin sign lowers to `ook`, as the tokeniser reads it
        assert!(is_prose_marker_ascii_case("Oo\u{212a}"));
        assert!(!is_prose_marker_ascii_case("\u{212a}an"));
        let n = PROSE_MARKERS.len();
        for w in [
            "", "d", "dee", "hetz", "Ook", "OOK", "WORDEN", "wordenn", "één", "zijnde",
        ] {
            let want = PROSE_MARKERS.contains(&w);
            assert_eq!(is_prose_marker(w.as_bytes()), want, "{w}");
            let want_ci = w.len() <= 6 && PROSE_MARKERS.iter().any(|m| m.eq_ignore_ascii_case(w));
            assert_eq!(is_prose_marker_ascii_case(w), want_ci, "{w}");
        }
        assert_eq!(
            n, 38,
            "a marker added to the list must be added to is_prose_marker"
        );
    }

    /// The text files of seeds/ and fixtures/, decoded.
    fn repo_texts() -> Vec<(String, String)> {
        crate::testdata::texts()
    }

    fn figs_with(text: &str, skip: bool) -> Vec<Figure> {
        figs_in(text, Some(2023), skip)
    }

    fn as_json(f: &[Figure]) -> String {
        serde_json::to_string(f).unwrap()
    }

    /// Sentences left untokenised change nothing: every file of seeds/ and
    /// fixtures/ gives the same figures with every sentence tokenised.
    #[test]
    fn untokenised_sentences_change_no_figure() {
        let mut n = 0;
        for (name, text) in repo_texts() {
            let fast = figs_with(&text, true);
            let slow = figs_with(&text, false);
            assert_eq!(as_json(&fast), as_json(&slow), "{name}");
            n += slow.len();
        }
        assert!(n > 1000, "{n} figures");
    }

    /// A sentence `may_hold_values` refuses gives no candidate and holds no value
    /// of a row; `read_untokenised` finds its names and function words as the
    /// tokens do. Checked on every sentence of every line and paragraph of
    /// seeds/ and fixtures/.
    #[test]
    fn untokenised_sentences_hold_no_value() {
        let mut refused = 0;
        for (_, text) in repo_texts() {
            for piece in text.lines().chain(text.split("\n\n")) {
                refused += check_sentences(piece);
            }
        }
        assert!(refused > 1000, "{refused} sentences refused");
    }

    /// The checks of [`untokenised_sentences_hold_no_value`] on one text; returns
    /// how many sentences `may_hold_values` refused.
    fn check_sentences(text: &str) -> usize {
        let mut refused = 0;
        for range in prose::sentences(text) {
            let toks = prose::tokens(text, range);
            let sent = &text[range.0..range.1];
            let mut names = context::Names::default();
            context::capitalised_words(text, &toks, &mut names);
            let mut light = context::Names::default();
            let marker = toks.iter().any(|t| is_prose_marker(t.w.as_bytes()));
            let got = read_untokenised(text, range, &mut light, false);
            if toks.len() <= MAX_TOKENS {
                assert_eq!(got, Some(marker), "{sent:?}");
                assert_eq!(light, names, "{sent:?}");
            } else {
                // (the sentence is then tokenised)
                assert_eq!(got, None, "{sent:?}");
            }
            assert_eq!(
                prose::has_figure_word(sent),
                prose::FIGURE_WORDS_AC.is_match(sent),
                "{sent:?}"
            );
            if prose::may_hold_values(sent) {
                continue;
            }
            refused += 1;
            let never = |_: usize| false;
            let always = |_: usize| true;
            for line_start in [&never as &dyn Fn(usize) -> bool, &always] {
                let c = scan::candidates(text, &toks, range.1, &[], line_start);
                assert!(c.is_empty(), "{sent:?}: {c:?}");
            }
            // (no token of it is a value of a row)
            assert!(
                toks.iter()
                    .all(|t| !t.w.starts_with(|c: char| c.is_ascii_digit())
                        && !matches!(
                            t.w.as_ref(),
                            "n.b"
                                | "n.v.t"
                                | "nvt"
                                | "p.m"
                                | "pm"
                                | "uitgevoerd"
                                | "afgerond"
                                | "gepland"
                        )),
                "{sent:?}"
            );
        }
        // the rows of values of the text, its untokenised sentences standing as one
        // `None` each, are the rows of its tokens
        let ranges = prose::sentences(text);
        let all: Vec<Option<Vec<prose::Tok>>> = ranges
            .iter()
            .map(|&r| Some(prose::tokens(text, r)))
            .collect();
        let some: Vec<Option<Vec<prose::Tok>>> = ranges
            .iter()
            .map(|&r| {
                let light = !prose::may_hold_values(&text[r.0..r.1])
                    && read_untokenised(text, r, &mut context::Names::default(), true).is_some();
                (!light).then(|| prose::tokens(text, r))
            })
            .collect();
        let (mut spare_a, mut spare_b) = (Vec::new(), Vec::new());
        let want = prose::value_rows(
            text,
            &prose::tokens_of_run(text, &ranges, &all, &mut spare_a),
            &ranges,
        );
        let got = prose::value_rows(
            text,
            &prose::tokens_of_run(text, &ranges, &some, &mut spare_b),
            &ranges,
        );
        assert_eq!(got, want, "{text:?}");
        refused
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(2000))]
        #[test]
        fn untokenised_sentences_hold_no_value_generated(
            words in proptest::collection::vec(proptest::sample::select(vec![
                "De", "de", "het", "Het", "EN", "van", "zelf", "verwacht", "tweede", "Tweede",
                "TWEE", "Twee", "twintig", "Honderd", "DUIZEND", "miljoen", "Mln.", "een", "Een",
                "één", "ÉÉN", "Één", "éen", "half", "Anderhalf", "nul", "n.v.t.", "N.B.", "p.m.",
                "PM", "uitgevoerd", "Gepland", "\u{212a}", "İ", "İn", "ſ", "DigiD", "eHerkenning",
                "(Logius)", "‘MijnOverheid’", "Kamer:", "5", "2023", "€", "EUR", "euro", "%",
                "dagen", ".", ",", "!", "?", " ", "\u{a0}", "\u{2009}", "zes", "Zeven", "acht",
                "tien", "Elf", "nvt", "dzd", "Dertig", "zestig", "vijf", "vier", "Drie", "negen",
                "xx", "Ab", "aB", "ABC", "café", "Über", "'s", "é", "É",
            ]), 0..24),
            seps in proptest::collection::vec(proptest::sample::select(vec![" ", " ", "  ", "\u{a0}", ". ", "\n"]), 24),
        ) {
            let mut text = String::new();
            for (w, s) in words.iter().zip(&seps) {
                text.push_str(w);
                text.push_str(s);
            }
            check_sentences(&text);
        }
    }

    #[test]
    fn long_sentences_are_cut_around_the_figure() {
        let t = format!(
            "{} met 557 miljoen keer {}",
            "woord ".repeat(100),
            "ander ".repeat(100)
        );
        let at = t.find("557").unwrap();
        let s = sentence_text(&t, (0, t.len()), at);
        assert!(s.contains("557 miljoen keer"), "{s}");
        assert!(s.starts_with("… woord") && s.ends_with("ander …"), "{s}");
        assert!(s.chars().count() <= MAX_SENTENCE + 4);
        assert_eq!(sentence_text(" Kort. ", (0, 7), 1), "Kort.");
    }
}
