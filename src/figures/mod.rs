//! Figures in prose: counts, amounts, percentages a reader wants as data.
//!
//! In: prose blocks (paragraphs, bullets, and headings that hold figures). Out:
//! [`Figure`]s with exact numbers, unit, qualifier, subject, period, rate, role and
//! links, each with its sentence, source line and span (through the [`Locator`]).
//!
//! Steps, per run of prose (consecutive blocks rejoined where a paragraph was cut
//! mid-sentence, see [`prose`]):
//! 1. ranges that never hold a figure: references (`36 360 VII, nr. 1`), dates
//!    (`15 mei`), numbered things (`tabel 39`), URLs, e-mail, phone numbers;
//! 2. sentences and tokens; a sentence without a Dutch function word, or with
//!    numbers standing in a row, is a table row or label, not prose;
//! 3. numbers ([`scan`]): digits through the value grammar (`557 miljoen`,
//!    `€ 357,4 mln.`, `99,78%`), number words (`vijftien`, `twee miljoen`, `één`,
//!    never the article `een`); years become the period of their neighbours;
//! 4. context ([`context`]): qualifier, rate, period, role, subject, links.

mod context;
mod prose;
mod scan;

use crate::decimal::Dec;
use crate::model::Figure;
use crate::segment::Block;
use crate::span::{Locator, Span};
use std::collections::HashSet;

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

/// Finite verbs a sentence printed as a heading must have to be read as prose.
const FINITE_VERBS: &[&str] = &[
    "is", "zijn", "was", "waren", "heeft", "hebben", "had", "hadden", "wordt", "worden", "werd",
    "werden", "kan", "kunnen", "zal", "zullen", "bedraagt", "bedragen", "bedroeg", "steeg",
    "daalde", "stijgt", "daalt", "nam", "neemt", "komt", "kwam", "ligt", "lag", "sluit",
];

/// Finds the figures in the prose blocks.
pub fn find(blocks: &[Block], doc_year: Option<i32>, loc: &Locator<'_>) -> Vec<Figure> {
    let runs = prose::runs(blocks);
    // pass 1: sentences, tokens, and the names the document capitalises mid-sentence
    struct Sent {
        run: usize,
        range: (usize, usize),
        toks: Vec<prose::Tok>,
    }
    let mut known: HashSet<String> = HashSet::new();
    let mut sents: Vec<Sent> = Vec::new();
    let mut excl: Vec<Vec<(usize, usize)>> = Vec::with_capacity(runs.len());
    for (ri, run) in runs.iter().enumerate() {
        excl.push(prose::exclusions(&run.text));
        for range in prose::sentences(&run.text) {
            let toks = prose::tokens(&run.text, range);
            context::capitalised_words(&run.text, &toks, &mut known);
            // very long "sentences" (lists without full stops) are read in pieces
            if toks.len() > MAX_TOKENS {
                for chunk in toks.chunks(MAX_TOKENS) {
                    let r = (chunk[0].s, chunk[chunk.len() - 1].e);
                    sents.push(Sent {
                        run: ri,
                        range: r,
                        toks: chunk.to_vec(),
                    });
                }
            } else {
                sents.push(Sent {
                    run: ri,
                    range,
                    toks,
                });
            }
        }
    }

    // a run is prose when some sentence of it has a function word; a heading read
    // alone must also have a finite verb (`Saldo van baten en lasten (%) 1` is a label)
    let mut prose_run = vec![false; runs.len()];
    for sent in &sents {
        if sent
            .toks
            .iter()
            .any(|t| PROSE_MARKERS.contains(&t.w.as_str()))
        {
            prose_run[sent.run] = true;
        }
    }
    for (ri, run) in runs.iter().enumerate() {
        let heading_alone = run.parts.len() == 1
            && blocks[run.parts[0].1].kind == crate::segment::BlockKind::Heading;
        if heading_alone && prose_run[ri] {
            prose_run[ri] = run.text.split_whitespace().any(|w| {
                FINITE_VERBS.contains(&w.to_lowercase().trim_matches(|c: char| !c.is_alphabetic()))
            });
        }
    }

    // pass 2: figures per sentence
    let mut figures: Vec<Figure> = Vec::new();
    let mut links: Vec<(usize, usize)> = Vec::new();
    let mut last_product: Option<(usize, String)> = None;
    for sent in &sents {
        let run = &runs[sent.run];
        let text = run.text.as_str();
        let toks = &sent.toks;
        let products = context::product_runs(text, toks, &known);
        let fallback = last_product
            .as_ref()
            .filter(|(r, _)| *r == sent.run)
            .map(|(_, p)| p.clone());
        if let Some(&(a, b)) = products.last() {
            let name = toks[a..=b]
                .iter()
                .map(|t| &text[t.cs..t.ce])
                .collect::<Vec<_>>()
                .join(" ");
            last_product = Some((sent.run, name));
        }
        if !prose_run[sent.run] || toks.len() < 2 {
            continue;
        }
        let run_start = run.parts[0].0;
        let all = scan::candidates(text, toks, sent.range.1, &excl[sent.run], run_start);
        if table_like(text, &all) {
            continue;
        }
        let years: Vec<&scan::Cand> = all.iter().filter(|c| c.year.is_some()).collect();
        let cands: Vec<&scan::Cand> = all.iter().filter(|c| c.year.is_none()).collect();
        if cands.is_empty() {
            continue;
        }
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
            figures.push(Figure {
                id: String::new(),
                raw: text[c.s..c.e].to_string(),
                kind: c.kind.to_string(),
                number: Some(c.number),
                number_high: c.high,
                multiplier: Some(multiplier),
                value: c.number.checked_mul(multiplier),
                unit: c.unit.to_string(),
                qualifier: context::qualifier(toks, c).map(str::to_string),
                subject: context::subject(text, toks, c, &cands, &products, fallback.as_deref()),
                period: context::period(toks, c, &cands, &years, doc_year),
                rate: context::rate(toks, c),
                role: roles[k].map(str::to_string),
                links: Vec::new(),
                sentence: sentence_text(text, sent.range, c.s),
                section: run.section.clone(),
                line: loc.line(clean.start),
                span: loc.span(clean),
            });
        }
        links.extend(pairs.into_iter().map(|(a, b)| (base + a, base + b)));
    }
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

/// Numbers standing in a row (`€ 0,47 € 0,49`, `329 353 394`) make a table row.
fn table_like(text: &str, cands: &[scan::Cand]) -> bool {
    let adjacent = cands
        .windows(2)
        .filter(|w| text[w[0].e..w[1].s].trim().is_empty())
        .count();
    adjacent >= 2
}

/// The sentence, trimmed; a long one is cut to a window around the figure.
fn sentence_text(text: &str, (s, e): (usize, usize), at: usize) -> String {
    let sent = text[s..e].trim();
    if sent.chars().count() <= MAX_SENTENCE {
        return sent.to_string();
    }
    let s = s + (text[s..e].len() - text[s..e].trim_start().len());
    let rel = at.saturating_sub(s);
    // a window of MAX_SENTENCE characters with the figure a third of the way in
    let chars: Vec<(usize, char)> = sent.char_indices().collect();
    let ci = chars.partition_point(|&(b, _)| b < rel);
    let lo = ci.saturating_sub(MAX_SENTENCE / 3);
    let hi = (lo + MAX_SENTENCE).min(chars.len());
    let lo = hi.saturating_sub(MAX_SENTENCE);
    let bs = chars[lo].0;
    let be = chars.get(hi).map_or(sent.len(), |&(b, _)| b);
    let mut piece = &sent[bs..be];
    // cut at word boundaries
    if lo > 0 {
        if let Some(p) = piece.find(' ') {
            piece = &piece[p + 1..];
        }
    }
    if hi < chars.len() {
        if let Some(p) = piece.rfind(' ') {
            piece = &piece[..p];
        }
    }
    format!(
        "{}{}{}",
        if lo > 0 { "… " } else { "" },
        piece.trim(),
        if hi < chars.len() { " …" } else { "" }
    )
}
