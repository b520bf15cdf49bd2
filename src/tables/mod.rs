//! Tables: find them in the cleaned lines and read their header, rows and cells.
//!
//! In: the cleaned text's lines. Out: [`Found`] tables with the line range each
//! claimed, in document order, with ids assigned (`t1`, `t1.r5.c3`).
//!
//! - [`flat`]: one cell per line (HTML-to-text exports, `pdftotext` without `-layout`).
//! - [`aligned`]: one row per line, cells separated by spaces (`pdftotext -layout`,
//!   text-browser dumps, OCR, PDF text extraction).
//! - [`piped`]: Markdown pipe and grid tables (`| Baten | 91.270 |`), tab-separated
//!   rows and pandoc's multiline tables (cells parted at the rule's runs), read cell
//!   by cell through the flat reader.
//! - [`html`]: raw HTML tables left in Markdown (pandoc `-t gfm` with spanning
//!   headers), read cell by cell through the flat reader.
//! - [`canonical`]: RBV line-item ids for row labels.
//!
//! Stages read cleaned text; every span and line they output is mapped to the
//! decoded source through the [`Locator`].

use crate::decimal::Dec;
use crate::grammar::{Currency, Kind, Note, Unit, Value};
use crate::model::{Cell, Column, Diagnostic, Row, Table};
use crate::segment::TextLine;
use crate::span::{Locator, Span};

pub mod aligned;
mod aligned_header;
mod aligned_line;
mod blocks;
pub mod canonical;
pub mod flat;
pub mod html;
pub mod piped;

/// A table and the lines `[start, end)` it occupies.
#[derive(Clone, Debug)]
pub struct Found {
    pub table: Table,
    pub lines: (usize, usize),
    pub diagnostics: Vec<Diagnostic>,
    /// Printed beside another table on the same lines (see `aligned::side_by_side`):
    /// the two share their lines and do not overlap.
    pub beside: bool,
}

/// Finds every table, flat and aligned, and resolves overlaps (the earlier start wins,
/// then the longer range).
pub fn find(lines: &[TextLine<'_>], loc: &Locator<'_>) -> Vec<Found> {
    find_all(lines, loc).0
}

/// [`find`], and the diagnostics of what was found but is no table: a table none of
/// whose rows has a label (a block of values whose labels stand elsewhere, as OCR
/// prints a sparse table column by column) is dropped, and a warning names its
/// values' lines.
pub fn find_all(lines: &[TextLine<'_>], loc: &Locator<'_>) -> (Vec<Found>, Vec<Diagnostic>) {
    let mut all = flat::find(lines, loc);
    // (pipes and tabs say exactly where each cell is: where the aligned reader reads
    // the same lines from the same start, the piped or tabbed table is kept)
    all.extend(piped::find(lines, loc));
    all.extend(aligned::find(lines, loc));
    all.extend(html::find(lines, loc));
    all.extend(blocks::find(lines, loc));
    all.sort_by_key(|f| (f.lines.0, std::cmp::Reverse(f.lines.1)));
    // the piped and tabbed tables first: the aligned reader may read the same lines
    // from a title above them or on to a note under them
    let certain = |f: &Found| matches!(f.table.layout.as_str(), "piped" | "tabbed");
    let overlaps = |a: &Found, b: &Found| a.lines.0 < b.lines.1 && b.lines.0 < a.lines.1;
    let clash = |k: &Found, f: &Found| f.lines.0 < k.lines.1 && !(k.beside && f.beside);
    let mut kept: Vec<Found> = Vec::with_capacity(all.len());
    let (ruled, all): (Vec<Found>, Vec<Found>) =
        all.into_iter().partition(|f| f.table.layout == "ruled");
    let (mut sure, mut rest): (Vec<Found>, Vec<Found>) = all.into_iter().partition(certain);
    // a pandoc table read at its rule's runs is kept where every other reading of
    // its lines is worse (fewer columns or values, or a cell left in a label: the
    // aligned reader lost a column, or the table): it is then certain, and the
    // readings it covers go
    let cells = |f: &Found| {
        f.table
            .rows
            .iter()
            .flat_map(|r| r.cells.iter().flatten())
            .count()
    };
    // (a label with a run of spaces in it took a cell the runs part off)
    let glued = |f: &Found| f.table.rows.iter().any(|r| r.label.contains("  "));
    // (rows of a label alone: more of them than the runs' bands give is a wrapped
    // label cut into rows, `Tegemoetkoming Vaste` / `Lasten (TVL)`, whose second line
    // then heads the rows below it; the blank lines between bands say which lines
    // are one row)
    let bare = |f: &Found| {
        f.table
            .rows
            .iter()
            .filter(|r| !r.label.trim().is_empty() && r.cells.iter().all(Option::is_none))
            .count()
    };
    for mut r in ruled {
        let (n, c, b) = (r.table.columns.len(), cells(&r), bare(&r));
        let worse =
            |f: &Found| f.table.columns.len() < n || cells(f) < c || glued(f) || bare(f) > b;
        if rest.iter().any(|f| overlaps(f, &r) && !worse(f)) {
            continue;
        }
        if sure.iter().any(|f| overlaps(f, &r)) {
            continue;
        }
        rest.retain(|f| !overlaps(f, &r));
        r.table.layout = "aligned".into();
        sure.push(r);
    }
    sure.sort_by_key(|f| (f.lines.0, std::cmp::Reverse(f.lines.1)));
    for f in sure {
        if kept.last().is_some_and(|k| f.lines.0 < k.lines.1) {
            continue;
        }
        kept.push(f);
    }
    let n_sure = kept.len();
    for f in rest {
        if kept[..n_sure].iter().any(|k| overlaps(k, &f))
            || kept[n_sure..].last().is_some_and(|k| clash(k, &f))
        {
            continue;
        }
        kept.push(f);
    }
    kept.sort_by_key(|f| f.lines.0);
    // a block of values that a table printed column by column took (`blocks`) is
    // not also a table of its own (the aligned reader reads `98 560 101 200` lines
    // under `2021 2022` as rows without labels)
    let taken: std::collections::HashSet<usize> = kept
        .iter()
        .filter(|f| f.table.layout == "blocks")
        .flat_map(|f| f.table.rows.iter().flat_map(|r| r.cells.iter().flatten()))
        .map(|c| c.span.start)
        .collect();
    if !taken.is_empty() {
        kept.retain(|f| {
            let mut cells = f
                .table
                .rows
                .iter()
                .flat_map(|r| r.cells.iter().flatten())
                .peekable();
            f.table.layout == "blocks"
                || cells.peek().is_none()
                || !cells.all(|c| taken.contains(&c.span.start))
        });
    }
    let mut dropped = Vec::new();
    kept.retain(|f| {
        let t = &f.table;
        if t.rows.iter().any(|r| !r.label.trim().is_empty()) {
            return true;
        }
        let n = t.rows.iter().flat_map(|r| r.cells.iter().flatten()).count();
        dropped.push(
            Diagnostic::new(
                crate::model::Severity::Warning,
                "table_without_labels",
                format!(
                    "{n} values under the column labels {} stand without any row label (their labels are printed elsewhere); not read as a table",
                    t.columns.iter().map(|c| format!("`{}`", c.label)).collect::<Vec<_>>().join(", ")
                ),
            )
            .at(t.line, t.span),
        );
        false
    });
    continued_scales(&mut kept, lines);
    for f in kept.iter_mut() {
        title_measure(&mut f.table);
    }
    for (i, f) in kept.iter_mut().enumerate() {
        let t = &mut f.table;
        if let Some(title) = t.title.as_mut() {
            if let Some(bare) = unemphasised(title) {
                *title = bare;
            }
        }
        note_column(&mut t.columns, &mut t.rows);
        code_column(&t.columns, &mut t.rows);
        row_scales(&mut t.rows);
        span_columns(&mut t.columns);
        for c in t.columns.iter_mut() {
            if let Some(joined) = join_broken_word(&c.label) {
                c.label = joined;
            }
        }
        column_units(&mut f.table);
        title_unit(&mut f.table);
        hours_and_minutes(&mut f.table);
        assign_ids(&mut f.table, i + 1);
    }
    (kept, dropped)
}

/// A title or label set in Markdown bold or italics (`**Tabel 4 Uitvoeringskosten  **`,
/// `_Tabel 2 Kosten_`, `**Totaal baten**`): its words.
pub(crate) fn unemphasised(t: &str) -> Option<String> {
    let s = t.trim();
    ["**", "__", "*", "_"].iter().find_map(|m| {
        let inner = s.strip_prefix(m)?.strip_suffix(m)?.trim();
        (!inner.is_empty() && !inner.starts_with(['*', '_'])).then(|| inner.to_string())
    })
}

/// A table continued on the next page without `(vervolg)`: the same column labels
/// again, no caption of its own, right after the table (at most eight lines between,
/// two of them with text and no sentence: a page's footer and header). It is in the
/// first part's scale and currency, and under its title unless it prints a numbered
/// one.
fn continued_scales(kept: &mut [Found], lines: &[TextLine<'_>]) {
    for i in 1..kept.len() {
        let (done, rest) = kept.split_at_mut(i);
        let (prev, cur) = (&done[i - 1], &mut rest[0]);
        let (p, t) = (&prev.table, &mut cur.table);
        fn labels(t: &Table) -> Vec<&str> {
            t.columns.iter().map(|c| c.label.as_str()).collect()
        }
        let gap = prev.lines.1..cur.lines.0.max(prev.lines.1);
        let texts = lines[gap.clone()]
            .iter()
            .filter(|l| !l.text.trim().is_empty())
            .count();
        // (a sentence between them is prose between two tables)
        let prose = lines[gap.clone()]
            .iter()
            .any(|l| l.text.trim_end().ends_with(['.', ':', ';']) || flat::is_prose(l.text.trim()));
        let own_title = t.title.as_deref().is_some_and(flat::numbered_title)
            && t.title != p.title
            && !t
                .title
                .as_deref()
                .is_some_and(|x| x.to_lowercase().contains("vervolg"));
        if p.scale.is_none()
            || t.scale.is_some()
            || t.caption.is_some()
            || own_title
            || gap.len() > 8
            || texts > 2
            || prose
            || t.columns.len() < 2
            || labels(p) != labels(t)
        {
            continue;
        }
        t.scale = p.scale;
        t.currency = p.currency.clone();
        t.caption = p.caption.clone();
        if !t.title.as_deref().is_some_and(flat::numbered_title) {
            t.title = p.title.clone();
        }
        let cur = t.currency.as_deref().and_then(Currency::from_code);
        let Some(scale) = t.scale else { continue };
        scale_bare_numbers(t, scale, cur);
    }
}

/// A title line without its scale caption at `r`: `Kasstroomoverzicht 2014
/// (bedragen x € 1.000)` → `Kasstroomoverzicht 2014`. A caption that shares its
/// parentheses with more (`Meerjarenraming (bedragen x € 1.000; t = 2020)`) leaves
/// the rest in them: `Meerjarenraming (t = 2020)`.
pub(super) fn without_caption(t: &str, r: std::ops::Range<usize>) -> String {
    let before = t[..r.start].trim_end();
    let mut rest = t[r.end..].trim();
    let mut s = String::with_capacity(t.len());
    s.push_str(before);
    let open = t[r.clone()].trim_start().starts_with('(') && !t[r].trim_end().ends_with(')');
    if open && rest.contains(')') {
        rest = rest.trim_start_matches([';', ',', ':']).trim_start();
        if rest.len() > 1 {
            if !s.is_empty() {
                s.push(' ');
            }
            s.push('(');
            s.push_str(rest);
        }
        return s;
    }
    if !rest.is_empty() {
        if !s.is_empty() {
            s.push(' ');
        }
        s.push_str(rest);
    }
    s
}

/// A unit of measure in parentheses at the end of a table's title, where no scale
/// caption names amounts (`Geverifieerde emissies per sector (Mton CO2-eq.)`, `Lengte
/// per vaarweg (in km)`, `(x 1.000 ha)` is left to the caption readers): the unit and
/// factor of the table's bare numbers (counts without a scale, in rows without a
/// unit of their own). `26,1` under `(Mton CO2-eq.)` is 26 100 000 tonnes.
fn title_measure(t: &mut Table) {
    if t.scale.is_some() || t.currency.is_some() {
        return;
    }
    let Some(title) = t.title.as_deref() else {
        return;
    };
    let Some(inner) = title
        .trim_end()
        .strip_suffix(')')
        .and_then(|x| x.rsplit_once('('))
        .map(|(_, inner)| inner.trim())
    else {
        return;
    };
    let inner = inner.strip_prefix("in ").unwrap_or(inner);
    let first = inner.split_whitespace().next().unwrap_or("");
    let Some((unit, factor)) =
        crate::grammar::words::measure_noun(first.trim_end_matches(['.', ',']))
    else {
        return;
    };
    for row in t.rows.iter_mut().filter(|r| r.unit.is_none()) {
        for cell in row.cells.iter_mut().flatten() {
            if cell.kind != Kind::Number.as_str()
                || cell.unit != Unit::Count.as_str()
                || cell.multiplier != Some(Dec::from_int(1))
            {
                continue;
            }
            let Some(n) = cell.number else { continue };
            cell.value = n.checked_mul(factor);
            cell.multiplier = Some(factor);
            cell.unit = unit.to_string();
            cell.kind = Kind::Quantity.as_str().to_string();
        }
    }
}

/// Puts a table's bare numbers (counts without a scale of their own, in rows
/// without a unit) in `scale`, amounts in `cur` when it names a currency: a scale
/// found after the table was read.
pub(crate) fn scale_bare_numbers(t: &mut Table, scale: Dec, cur: Option<Currency>) {
    for row in t.rows.iter_mut() {
        if row.unit.is_some() {
            continue;
        }
        for cell in row.cells.iter_mut().flatten() {
            let unscaled = cell.multiplier == Some(Dec::from_int(1));
            if cell.kind != Kind::Number.as_str()
                || !unscaled
                || cell.unit != Unit::Count.as_str()
                || cell.number.is_none()
            {
                continue;
            }
            rescale(cell, scale, cur);
        }
    }
}

/// A cell's number in `scale`, and an amount in the currency the scale names, if any.
fn rescale(cell: &mut crate::model::Cell, scale: Dec, cur: Option<Currency>) {
    cell.multiplier = Some(scale);
    cell.value = cell.number.and_then(|n| n.checked_mul(scale));
    if let Some(c) = cur {
        cell.unit = c.code().to_string();
    }
}

/// A scale caption in a row's label (`Omzet (x € 1 mln)`, `Aantal klanten (x
/// 1.000)`, `Investeringen (in mln euro)`) scales that row's bare numbers and its
/// amounts without a scale of their own, in place of the table's caption; in euros
/// when it names them (`€`, `euro`: the row's unit is then `EUR`), else as counts.
/// Percentages, and cells that print their own scale (`1,2 mln`), keep theirs.
fn row_scales(rows: &mut [Row]) {
    for row in rows.iter_mut() {
        // (a caption holds a digit or a scale word; most labels have neither `(`
        // nor `x`)
        if !row.label.contains('(') && !row.label.contains(" x ") {
            continue;
        }
        let Some((scale, cur, r)) = crate::grammar::table_caption(&row.label)
            .or_else(|| scale_word_paren(&row.label).map(|(d, r)| (d, None, r)))
        else {
            continue;
        };
        // (in a row's label only a caption that names its currency is money:
        // `Aangiften (x 1 mln)` counts returns; another currency than the euro is
        // always named)
        let named = row.label.get(r).unwrap_or("");
        let cur = cur.filter(|&c| c != Currency::Eur || Currency::named_in(named));
        let eur = cur.is_some();
        let mut any = false;
        for cell in row.cells.iter_mut().flatten() {
            let bare = cell.kind == Kind::Number.as_str() || cell.kind == Kind::Range.as_str();
            let money = cell.kind == Kind::Money.as_str();
            let own_scale =
                crate::grammar::parse_cell(&cell.raw).is_some_and(|v| v.scale.is_some());
            if !(bare || money) || own_scale || cell.unit == Unit::Percent.as_str() {
                continue;
            }
            if bare && row.unit.is_some() && !eur {
                continue; // (a count scale does not override a stated unit: `(fte)`)
            }
            if cell.number.is_none() {
                continue;
            }
            rescale(cell, scale, cur);
            if !eur && bare && Currency::from_code(&cell.unit).is_some() {
                cell.unit = Unit::Count.as_str().to_string();
            }
            any = true;
        }
        if let Some(c) = cur.filter(|_| any && row.unit.is_none()) {
            row.unit = Some(c.code().to_string());
        }
    }
}

/// A scale word alone in parentheses closing a row's label (`Gedigitaliseerde
/// pagina's (mln)`, `Bezoekers (duizend)`): the scale and the parenthesis' range.
fn scale_word_paren(label: &str) -> Option<(Dec, std::ops::Range<usize>)> {
    let t = label.trim_end();
    let open = t.strip_suffix(')')?.rfind('(')?;
    let word = t[open + 1..t.len() - 1]
        .trim()
        .trim_start_matches("x ")
        .trim();
    let scale = match word.to_lowercase().as_str() {
        "mln" | "mln." | "miljoen" | "miljoenen" => 1_000_000,
        "mld" | "mld." | "mrd" | "mrd." | "miljard" | "miljarden" => 1_000_000_000,
        "duizend" | "duizenden" | "dzd" | "dzd." => 1_000,
        _ => return None,
    };
    Some((Dec::from_int(scale), open..t.len()))
}

/// A unit a column label states (`Aandeel (%)`, `Doorlooptijd (dagen)`) applies to the
/// column's bare numbers, as a row label's does to its row's (a row's own unit goes
/// first): percentages are no amounts in the caption's thousands (`89` under
/// `Aandeel (%)` in a table `x € 1.000` is 89%, not 89 000 euros).
///
/// So does a scale a column label states, in place of the table's (`Uitgaven (€
/// mln)`, `Kinderen (x 1.000)`, `Toeslag per kind (€)`): the column's bare numbers
/// and amounts without a scale of their own are in that scale, in euros when it
/// names them.
fn column_units(table: &mut Table) {
    let units: Vec<Option<Unit>> = table
        .columns
        .iter()
        .map(|c| {
            aligned_line::label_unit(&c.label)
                .filter(|&u| !u.is_money())
                // (beside amounts: under a caption of counts, `(aantallen x 1.000)`,
                // its scale is the column's too)
                .or_else(|| {
                    (table.currency.is_some() && counts_column(&c.label)).then_some(Unit::Count)
                })
        })
        .collect();
    let named: Vec<Option<Unit>> = table
        .columns
        .iter()
        .map(|c| column_unit_word(&c.label))
        .collect();
    let scales: Vec<Option<(Dec, Option<Currency>)>> = table
        .columns
        .iter()
        .map(|c| column_scale(&c.label))
        .collect();
    if units.iter().all(Option::is_none)
        && scales.iter().all(Option::is_none)
        && named.iter().all(Option::is_none)
    {
        return;
    }
    for row in table.rows.iter_mut().filter(|r| r.unit.is_none()) {
        // (a unit the row's label states goes before a column's bare word)
        let row_states = aligned_line::label_unit(&row.label).is_some();
        for (((cell, unit), scale), word) in
            row.cells.iter_mut().zip(&units).zip(&scales).zip(&named)
        {
            let Some(cell) = cell.as_mut() else {
                continue;
            };
            if cell.number.is_none() {
                continue;
            }
            let unit = match (unit, word) {
                (None, Some(w)) if !row_states => &Some(*w),
                _ => unit,
            };
            if let Some((scale, cur)) = *scale {
                let bare = cell.kind == Kind::Number.as_str();
                let money = cell.kind == Kind::Money.as_str();
                let own_scale =
                    crate::grammar::parse_cell(&cell.raw).is_some_and(|v| v.scale.is_some());
                if (bare || money) && !own_scale && cell.unit != Unit::Percent.as_str() {
                    rescale(cell, scale, cur);
                    if cur.is_none() && bare {
                        cell.unit = Unit::Count.as_str().to_string();
                    }
                }
                continue;
            }
            if let Some(unit) = unit {
                if cell.kind == Kind::Number.as_str() {
                    cell.unit = unit.as_str().to_string();
                    cell.multiplier = Some(Dec::from_int(1));
                    cell.value = cell.number;
                }
            }
        }
    }
}

/// The grammar reads a cell's `07:12` as minutes and seconds, as tables of response
/// and waiting times print them (`(mm:ss)`); a table that states `(uu:mm)` (or
/// `hh:mm`, `u:mm`) over a column, or in its title or caption where no column
/// states `mm:ss`, prints hours and minutes: its cells' seconds are sixty times as
/// many. (`1:04:33` names its hours and stays.)
fn hours_and_minutes(table: &mut Table) {
    fn says(t: &str) -> Option<bool> {
        let l = t.to_lowercase();
        if l.contains("mm:ss") {
            return Some(false);
        }
        ["uu:mm", "hh:mm", "u:mm", "h:mm"]
            .iter()
            .any(|w| l.contains(w))
            .then_some(true)
    }
    let whole = [table.title.as_deref(), table.caption.as_deref()]
        .into_iter()
        .flatten()
        .find_map(says)
        .unwrap_or(false);
    let hours: Vec<bool> = table
        .columns
        .iter()
        .map(|c| says(&c.label).unwrap_or(whole))
        .collect();
    if !hours.contains(&true) {
        return;
    }
    let sixty = Dec::from_int(60);
    for row in table.rows.iter_mut() {
        for (cell, _) in row.cells.iter_mut().zip(&hours).filter(|(_, h)| **h) {
            let Some(c) = cell.as_mut() else { continue };
            if c.unit != Unit::Seconds.as_str() || c.raw.matches(':').count() != 1 {
                continue;
            }
            c.number = c.number.and_then(|n| n.checked_mul(sixty));
            c.value = c.value.and_then(|n| n.checked_mul(sixty));
        }
    }
}

/// The unit a column label names by a word of its own, beside at most its year
/// (`Fte 2015`, `FTE`, `Dagen 2024`, `Uren`, `Score 2023/2024`): the column's bare
/// numbers are in it, where the row's label states none. (A label in parentheses,
/// `Formatie (fte)`, is [`aligned_line::label_unit`]'s.) Counts are the default and
/// a count column keeps a caption's count scale, so `Aantal` gives none here; nor do
/// money words (a caption's matter), `jaar` and the words that name one period
/// rather than a unit (`Dag`, `Week`, `Maand`: a table by week).
fn column_unit_word(label: &str) -> Option<Unit> {
    let mut words = label
        .split_whitespace()
        .filter(|w| !is_year_word(w))
        .map(str::to_lowercase);
    let word = words.next()?;
    if words.next().is_some()
        || matches!(word.as_str(), "dag" | "week" | "maand" | "jaar" | "jaren")
    {
        return None;
    }
    unit_of_word(&word).filter(|u| !u.is_money() && !matches!(u, Unit::Count | Unit::Year))
}

/// A year as a column label prints it: `2015`, `2020/2021`, `2020-2021`.
fn is_year_word(w: &str) -> bool {
    let year = crate::grammar::words::is_year;
    year(w)
        || w.split_once(['/', '-']).is_some_and(|(a, b)| {
            year(a) && (year(b) || b.len() == 2 && b.bytes().all(|x| x.is_ascii_digit()))
        })
}

/// A column label with a word broken over two header lines at its hyphen
/// (`Slotwet- mutatie`, `Signalerings- waarde`): the word whole (`Slotwetmutatie`).
/// A hyphen that stands for a shared part (`Ontwerp- en vastgestelde`) stays.
fn join_broken_word(label: &str) -> Option<String> {
    let p = label.find("- ")?;
    let before = label[..p].chars().next_back()?;
    let rest = &label[p + 2..];
    let next = rest.split(' ').next().unwrap_or("");
    if !before.is_alphabetic()
        || !next.starts_with(char::is_lowercase)
        || matches!(next, "en" | "of" | "tot" | "t/m")
    {
        return None;
    }
    let mut out = String::with_capacity(label.len());
    out.push_str(&label[..p]);
    out.push_str(rest);
    Some(join_broken_word(&out).unwrap_or(out))
}

/// A column over a span of years (`Totaal 2024-2028`, `2024–2028`, `2024 t/m 2028`)
/// is no one year's: its cells would be counted twice with that year's. A school or
/// fiscal year (`2020/2021`) keeps its first year.
fn span_columns(columns: &mut [crate::model::Column]) {
    for c in columns.iter_mut().filter(|c| c.year.is_some()) {
        let years: Vec<&str> = c
            .label
            .split(|ch: char| !ch.is_ascii_digit())
            .filter(|w| w.len() == 4 && (w.starts_with("19") || w.starts_with("20")))
            .collect();
        let between = |a: &str, b: &str| {
            let (ia, ib) = (c.label.find(a), c.label.rfind(b));
            match (ia, ib) {
                (Some(x), Some(y)) if x + 4 <= y => {
                    let mid = c.label[x + 4..y].trim();
                    // (`Schooljaar 2020/2021`: one school or fiscal year, as before)
                    let next = a.parse::<i32>().ok().map(|y| y + 1) == b.parse().ok();
                    matches!(mid, "-" | "–" | "—" | "t/m" | "tot en met" | "tot")
                        || (mid == "/" && !next)
                }
                _ => false,
            }
        };
        if years.len() == 2 && years[0] < years[1] && between(years[0], years[1]) {
            c.year = None;
        }
    }
}

/// A unit the title states in parentheses at its end (`Tabel 9 Bezetting (fte)`,
/// `Tabel 10 Ziekteverzuim (%)`) applies to the bare numbers of a table without a
/// scale, where neither the row nor the column states one.
fn title_unit(table: &mut Table) {
    if table.scale.is_some() {
        return;
    }
    let Some(title) = table.title.as_deref() else {
        return;
    };
    if !title.trim_end().ends_with(')') {
        return;
    }
    let Some(unit) = aligned_line::label_unit(title).filter(|&u| !u.is_money()) else {
        return;
    };
    let stated: Vec<bool> = table
        .columns
        .iter()
        .map(|c| aligned_line::label_unit(&c.label).is_some() || column_scale(&c.label).is_some())
        .collect();
    for row in table.rows.iter_mut().filter(|r| r.unit.is_none()) {
        for (cell, stated) in row.cells.iter_mut().zip(&stated) {
            let Some(cell) = cell.as_mut() else { continue };
            if !stated
                && cell.kind == Kind::Number.as_str()
                && cell.unit == Unit::Count.as_str()
                && cell.number.is_some()
            {
                cell.unit = unit.as_str().to_string();
            }
        }
    }
}

/// The scale a column label states in parentheses at its end, and its currency:
/// `(x € 1.000)`, `(bedragen in €)` as a table's caption; also `(€ mln)`, `(mln €)`,
/// `(€ mld.)`, `(€ 1.000)`, `(x 1.000)`, `(x 1 mln)`, and `(€)` (euros as printed,
/// whatever the table's caption says); a rate in euros, `(€ per uur)`, is in euros.
/// Another currency by its code or sign: `(USD mln)`, `(x US$ 1.000)`, `($)`.
fn column_scale(label: &str) -> Option<(Dec, Option<Currency>)> {
    let l = label.trim_end();
    if !l.ends_with(')') {
        return None;
    }
    let open = l.rfind('(')?;
    let printed = &l[open + 1..l.len() - 1];
    let inner = printed.trim().to_lowercase();
    let eur = inner.contains('€') || inner.contains("eur");
    // (another currency, where no euro is named: its code in capitals or its sign)
    let other = if eur || !printed.contains(['U', '$', 'G', 'C', '£']) {
        None
    } else {
        printed
            .split(|c: char| c.is_whitespace())
            .map(|w| w.trim_start_matches('x'))
            // (a code counts in capitals: `(usd)` is no caption of ours)
            .filter(|w| !w.contains(char::is_lowercase))
            .find_map(|w| Currency::named_by(&w.to_lowercase()))
    };
    let cur = if eur { Some(Currency::Eur) } else { other };
    let mut words: Vec<&str> = inner
        .split(|c: char| c.is_whitespace())
        .filter(|w| {
            let small = matches!(
                *w,
                "" | "x" | "in" | "bedragen" | "€" | "aantal" | "aantallen"
            );
            let code = Currency::named_by(w).is_some_and(|c| c != Currency::Eur);
            !(small || (code && other.is_some()))
        })
        .collect();
    // a rate in euros (`(€ per uur)`, `(x € 1.000 per fte)`): its amounts are euros,
    // what they are per stays in the label
    if cur.is_some() {
        if let Some(p) = words.iter().position(|w| *w == "per") {
            words.truncate(p);
        }
    }
    let mut scale = None;
    for w in &words {
        let w = w.trim_end_matches('.');
        let m = match w {
            "mln" | "mio" | "miljoen" | "miljoenen" => 1_000_000,
            "mld" | "mrd" | "miljard" | "miljarden" => 1_000_000_000,
            "dzd" | "duizend" | "duizenden" | "1.000" => 1_000,
            "1" => continue,
            _ if Currency::named_by(w) == Some(Currency::Eur) => continue,
            _ => return None,
        };
        if scale.replace(m).is_some() {
            return None;
        }
    }
    // (a head that names amounts before a bare scale, `Lasten (mln)`, `Saldo (x 1
    // mln)`, holds euros, as a table's caption of millions does; `Bezoekers (mln)`
    // counts)
    let amounts = || {
        l[..open]
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| crate::grammar::words::is_money_noun(&w.to_lowercase()))
    };
    match scale {
        Some(m) if cur.is_none() && amounts() => Some((Dec::from_int(m), Some(Currency::Eur))),
        Some(m) => Some((Dec::from_int(m), cur)),
        None if cur.is_some() => Some((Dec::from_int(1), cur)),
        None => None,
    }
}

/// A table's source line (`Bron: IND, jaarverslag 2023`, `Bronnen: CBS, RVO`,
/// `Source: …`): no row, whatever numbers it holds.
pub(crate) fn is_source_line(t: &str) -> bool {
    let t = t.trim_start().trim_start_matches(['*', '_']);
    ["bron:", "bronnen:", "bron :", "source:"]
        .iter()
        .any(|p| t.get(..p.len()).is_some_and(|h| h.eq_ignore_ascii_case(p)))
}

/// A column of counts by its label (`Aantal`, `Aantal regelingen`, `Aantallen`, or
/// what is counted, people and dwellings: `Inwoners`, `Leerlingen 2024`), beside
/// amounts in a table of thousands of euros: never scaled by the caption.
fn counts_column(label: &str) -> bool {
    const COUNTED: &[&str] = &[
        "aantal",
        "aantallen",
        "inwoners",
        "inwonertal",
        "inwoneraantal",
        "leerlingen",
        "studenten",
        "medewerkers",
        "deelnemers",
        "woningen",
        "huishoudens",
        "cliënten",
        "bezoekers",
    ];
    let mut words = label.split_whitespace();
    let first = words.next().unwrap_or("").to_lowercase();
    COUNTED.contains(&first.as_str()) && words.count() <= 2 && !label.contains(['€', '(', '%'])
}

/// Is `label` the head of a column of footnote marks (`Noot`, `Noten`, `Nr. noot`)?
pub(crate) fn is_note_label(label: &str) -> bool {
    let l = label.trim().trim_end_matches(':');
    let l = l
        .strip_prefix("Nr.")
        .or_else(|| l.strip_prefix("nr."))
        .map_or(l, str::trim_start);
    l.eq_ignore_ascii_case("noot") || l.eq_ignore_ascii_case("noten")
}

/// Is `label` the head of a column of budget article numbers (`Art.`, `Art. nr.`,
/// `Artikel`), printed between the row labels and the years in a begroting's table
/// of mutations?
pub(crate) fn is_code_label(label: &str) -> bool {
    let l: String = label
        .trim()
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect::<String>()
        .to_lowercase();
    matches!(
        l.as_str(),
        "art." | "art" | "artikel" | "art.nr." | "art.nr" | "artikelnr." | "artikelnummer"
    )
}

/// A budget article as an `Art.` column prints it: `1`, `12`, `6.2`, `41.10` (the
/// article's number has at most three digits: never a year).
pub(crate) fn is_article(raw: &str) -> bool {
    let t = raw.trim();
    let mut parts = t.split('.');
    let head = parts.next().unwrap_or("");
    (1..=3).contains(&head.len())
        && head.bytes().all(|b| b.is_ascii_digit())
        && t.len() <= 6
        && parts.all(|p| (1..=2).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit()))
}

/// A code column's cells (`Art.`: `1`, `12`, `4.1`) name an article, no amount: they
/// are read as text, never scaled by the caption. A column of anything else is left.
pub(crate) fn code_column(columns: &[Column], rows: &mut [Row]) {
    let Some(k) = columns
        .iter()
        .position(|c| c.year.is_none() && is_code_label(&c.label))
    else {
        return;
    };
    let cells = || rows.iter().filter_map(|r| r.cells.get(k)?.as_ref());
    if cells().next().is_none() || !cells().all(|c| is_article(&c.raw)) {
        return;
    }
    for c in rows.iter_mut().filter_map(|r| r.cells.get_mut(k)?.as_mut()) {
        c.kind = Kind::Text.as_str().to_string();
        c.unit = Unit::Text.as_str().to_string();
        c.number = None;
        c.number_high = None;
        c.multiplier = None;
        c.value = None;
        c.qualifier = None;
    }
}

/// The footnote mark a value carries after its number: `*`, `**` (`1.150*`, a
/// provisional figure) or a superscript digit (`52¹`, as `1`).
pub(crate) fn value_mark(raw: &str) -> Option<String> {
    let t = raw.trim_end();
    let stars = t.len() - t.trim_end_matches('*').len();
    if (1..=2).contains(&stars) && t.len() > stars {
        return Some("*".repeat(stars));
    }
    // `2.300 1)`: a mark in parentheses one space after the value
    if let Some(head) = t.strip_suffix(')') {
        let n = head.len() - head.trim_end_matches(|c: char| c.is_ascii_digit()).len();
        let before = &head[..head.len() - n];
        let value_before = before
            .strip_suffix(' ')
            .is_some_and(|v| v.ends_with(|c: char| c.is_ascii_digit() || c == '%'));
        return ((1..=2).contains(&n) && value_before).then(|| head[before.len()..].to_string());
    }
    let sup = |c: char| SUPERSCRIPT_DIGITS.contains(c);
    let c = t.chars().next_back().filter(|&c| sup(c))?;
    let before = t[..t.len() - c.len_utf8()].chars().next_back();
    if before.is_none_or(sup) {
        return None;
    }
    Some(plain_mark(&t[t.len() - c.len_utf8()..]))
}

/// A footnote mark glued to a label's last word, as PDF text extraction prints
/// a superscript (`Eigen vermogen1`): one digit after a word of at least three
/// letters whose last two are lower case (`CO2`, `km2`, `Covid19`, `Q1` are no
/// marks). Only a candidate: the callers take it when a note under the table
/// carries the mark. Returns (label, mark).
pub(crate) fn glued_mark(label: &str) -> Option<(&str, &str)> {
    let t = label.trim_end();
    let d = *t.as_bytes().last()?;
    if !(b'1'..=b'9').contains(&d) {
        return None;
    }
    let head = &t[..t.len() - 1];
    let word = head.rsplit(|c: char| !c.is_alphabetic()).next()?;
    let mut tail = word.chars().rev();
    let lower_end =
        tail.next().is_some_and(char::is_lowercase) && tail.next().is_some_and(char::is_lowercase);
    (lower_end && word.chars().count() >= 3).then(|| (head, &t[t.len() - 1..]))
}

/// A footnote mark standing as a word of its own, after a value, a year or a
/// label: `*`, `**`, `¹`, `1)`, `12)`, `a)`.
pub(crate) fn is_mark_word(w: &str) -> bool {
    let b = w.as_bytes();
    let star = !b.is_empty() && b.len() <= 3 && b.iter().all(|&c| c == b'*');
    let superscript = !w.is_empty() && w.chars().all(|c| SUPERSCRIPT_DIGITS.contains(c));
    let paren = match b {
        [d, b')'] => d.is_ascii_digit() || d.is_ascii_lowercase(),
        [d, e, b')'] => d.is_ascii_digit() && e.is_ascii_digit(),
        _ => false,
    };
    star || superscript || paren
}

/// The superscript digits, `⁰` to `⁹`.
const SUPERSCRIPT_DIGITS: &str = "⁰¹²³⁴⁵⁶⁷⁸⁹";

/// A footnote mark as printed (`¹`, `1`, `*`) as [`value_mark`] gives it: a
/// superscript digit as its digit.
pub(crate) fn plain_mark(m: &str) -> String {
    m.chars()
        .map(|c| match SUPERSCRIPT_DIGITS.chars().position(|s| s == c) {
            Some(d) => char::from(b'0' + d as u8),
            None => c,
        })
        .collect()
}

/// A footnote mark as a note column prints it: `1`, `12`, `a`, `1)`.
pub(crate) fn is_note_mark(raw: &str) -> bool {
    let m = raw.trim().trim_end_matches(')');
    (1..=2).contains(&m.len()) && m.bytes().all(|b| b.is_ascii_digit())
        || m.len() == 1 && m.bytes().all(|b| b.is_ascii_lowercase())
}

/// A column headed `Noot` holds the rows' footnote marks (the notes are printed under
/// the table), no amounts: the last of a jaarverslag's budget table, the first of a
/// jaarrekening's balance sheet (`Noot   31-12-2023   31-12-2022`). The column is
/// taken off and each mark becomes its row's footnote (where the label carries
/// none). A `Noot` column holding anything but marks is left as it is. Returns
/// whether a column was taken.
pub(crate) fn note_column(columns: &mut Vec<Column>, rows: &mut [Row]) -> bool {
    if columns.len() < 2 {
        return false;
    }
    let Some(k) = columns
        .iter()
        .position(|c| c.year.is_none() && is_note_label(&c.label))
    else {
        return false;
    };
    let marks_only = rows.iter().all(|r| match r.cells.get(k) {
        Some(Some(c)) => is_note_mark(&c.raw),
        _ => true,
    });
    if !marks_only {
        return false;
    }
    columns.remove(k);
    for r in rows.iter_mut() {
        if r.cells.len() > k {
            if let Some(c) = r.cells.remove(k) {
                if r.footnote.is_none() {
                    r.footnote = Some(c.raw.trim().trim_end_matches(')').to_string());
                }
            }
        }
    }
    true
}

/// Sets `t{n}` on the table and `t{n}.r{row}.c{col}` on its cells (1-based).
pub fn assign_ids(table: &mut Table, n: usize) {
    table.id = format!("t{n}");
    for (r, row) in table.rows.iter_mut().enumerate() {
        for (c, cell) in row.cells.iter_mut().enumerate() {
            if let Some(cell) = cell {
                cell.id = format!("t{n}.r{}.c{}", r + 1, c + 1);
            }
        }
    }
}

/// Builds a cell from a parsed value. The value's own scale word replaces the
/// table's caption scale (`9,9 mln.` is 9900000 in any table); money and bare
/// numbers in a euro table take the caption scale; percentages, counts with units
/// and text take none. `row_unit` is a unit stated in the row label (`(%)`, `FTE`).
pub fn make_cell(
    raw: &str,
    span: Span,
    v: &Value,
    table_scale: Option<Dec>,
    table_currency: Option<Currency>,
    row_unit: Option<Unit>,
) -> Cell {
    let mut unit = v.unit;
    let mut multiplier = None;
    if v.number.is_some() {
        multiplier = match (v.scale, v.kind) {
            (Some(s), _) => {
                // (a cell printing its own scale in a table of euros is euros:
                // `9,9 mln.` under `(x € 1.000)`)
                if let Some(c) = table_currency.filter(|_| row_unit.is_none()) {
                    if unit == Unit::Count {
                        unit = c.unit();
                    }
                }
                Some(s)
            }
            (None, Kind::Percent) => Some(Dec::from_int(1)),
            (None, Kind::Money) => Some(table_scale.unwrap_or(Dec::from_int(1))),
            (None, Kind::Number | Kind::Range) => {
                if let Some(u) = row_unit {
                    unit = u;
                    // (a count keeps a caption's count scale, `(aantallen x 1.000)`;
                    // only a euro scale is no count's)
                    match (u, table_currency) {
                        (Unit::Count, None) => Some(table_scale.unwrap_or(Dec::from_int(1))),
                        _ => Some(Dec::from_int(1)),
                    }
                } else if let Some(c) = table_currency {
                    unit = c.unit();
                    Some(table_scale.unwrap_or(Dec::from_int(1)))
                } else {
                    Some(table_scale.unwrap_or(Dec::from_int(1)))
                }
            }
            (None, _) => Some(Dec::from_int(1)),
        };
        if v.kind == Kind::Quantity && v.unit == Unit::Count {
            if let Some(u) = row_unit {
                unit = u;
            }
        }
    }
    let value = match (v.number, multiplier) {
        (Some(n), Some(m)) => n.checked_mul(m),
        _ => None,
    };
    Cell {
        id: String::new(),
        raw: raw.to_string(),
        kind: v.kind.as_str().to_string(),
        number: v.number,
        number_high: v.number_high,
        multiplier,
        value,
        unit: unit.as_str().to_string(),
        qualifier: v.notes.iter().find_map(|n| match n {
            Note::Bound(b) => Some(b.qualifier().to_string()),
            Note::Verdict(v) => Some(v.qualifier().to_string()),
            _ => None,
        }),
        line: 0,
        span,
    }
}

/// The stub's head of a table whose rows are periods (a transposed table: `Jaar`
/// over `2015`, `2016`, …): the rows' years are their labels, not values.
pub(crate) fn is_period_stub_header(t: &str) -> bool {
    const WORDS: &[&str] = &[
        "jaar",
        "jaren",
        "boekjaar",
        "begrotingsjaar",
        "verslagjaar",
        "kalenderjaar",
        "schooljaar",
        "studiejaar",
        "periode",
        "kwartaal",
        "maand",
        "peildatum",
    ];
    let t = t.trim().trim_end_matches(':');
    WORDS.iter().any(|w| t.eq_ignore_ascii_case(w))
}

/// Is the token `raw` at the start of a row (nothing but spaces before it) a
/// period that labels the row: a year alone, or a span of years (`2015/2016`,
/// `2015-2016`, `2015/16`)?
pub(crate) fn is_year_row_label(before: &str, raw: &str) -> bool {
    before.trim().is_empty() && is_year_word(raw.trim())
}

/// The header cell over the label column: `Omschrijving`, `Artikel`, `Indicator`.
pub(crate) fn is_label_column_header(t: &str) -> bool {
    const WORDS: &[&str] = &[
        "omschrijving",
        "kerncijfer",
        "kerncijfers",
        "sector",
        "categorie",
        "onderwerp",
        "regeling",
        "regelingen",
        "instrument",
        "instrumenten",
        "maatregel",
        "maatregelen",
        "artikel",
        "artikelonderdeel",
        "indicator",
        "indicatoren",
        "kengetal",
        "kengetallen",
        "onderdeel",
        "product",
        "producten",
        "post",
        "naam",
        "nr.",
        "nr",
        // the stubs of tables by place or kind (CBS and its users)
        "regio",
        "provincie",
        "gemeente",
        "land",
        "soort",
        // municipalities', provinces' and water boards' stubs
        "programma",
        "programma's",
        "beleidsdoel",
        "beleidsdoelen",
        "taakveld",
        "taakvelden",
        "thema",
        "reserve",
        "reserves",
        "reserve(s)",
        "voorziening",
        "voorzieningen",
        "voorziening(en)",
        "fonds",
        "fondsen",
        "project",
        "projecten",
        "activiteit",
        "activiteiten",
        "omschr.",
        "specificatie",
    ];
    let l = t.trim().to_lowercase();
    WORDS.contains(&l.as_str())
}

/// Does a header cell (the year line's stub in aligned text, a cell of its own in flat
/// text) head a unit column (`Eenheid`, `Meeteenheid`)?
pub(crate) fn is_unit_header(stub: &str) -> bool {
    matches!(
        stub.trim().to_lowercase().as_str(),
        "eenheid" | "eenheden" | "meeteenheid" | "unit"
    )
}

/// The scale a unit column's cell states (`€ mln`, `x € 1.000`, `aantallen x 1.000`,
/// `x 1.000`), as a column label's in parentheses ([`column_scale`]): the row's bare
/// numbers are in it, in the currency it names.
pub(crate) fn unit_cell_scale(u: &str) -> Option<(Dec, Option<Currency>)> {
    let u = u.trim();
    // (a word of counts before the scale: `aantal (mln)`, `aantal (x 1.000)`)
    if let Some(open) = u.rfind('(').filter(|&o| o > 0 && u.ends_with(')')) {
        if unit_of_word(&u[..open]) == Some(Unit::Count) {
            return column_scale(u);
        }
    }
    let inner = u
        .strip_prefix('(')
        .and_then(|r| r.strip_suffix(')'))
        .unwrap_or(u);
    if inner.is_empty() || inner.len() > 24 || unit_of_word(inner).is_some() {
        return None;
    }
    column_scale(&format!("({inner})"))
}

/// The scale, currency and unit a row's bare numbers take: those of its unit cell
/// where that states a scale ([`unit_cell_scale`]: euros, or counts), else the
/// table's and the row's own.
pub(crate) fn with_unit_cell_scale(
    unit_cell: Option<&str>,
    scale: Option<Dec>,
    cur: Option<Currency>,
    unit: Option<Unit>,
) -> (Option<Dec>, Option<Currency>, Option<Unit>) {
    match unit_cell.and_then(unit_cell_scale) {
        Some((m, Some(c))) => (Some(m), Some(c), None),
        Some((m, None)) => (Some(m), None, Some(Unit::Count)),
        None => (scale, cur, unit),
    }
}

/// The [`Unit`] a unit column's word names: `aantal` count, `%` percent, `fte`,
/// `€` euros, `dagen` days, `uren` hours, `index`, `score`/`cijfer`.
pub(crate) fn unit_of_word(w: &str) -> Option<Unit> {
    let w = w.trim().to_lowercase();
    if let Some(c) = Currency::named_by(&w) {
        return Some(c.unit());
    }
    Some(match w.as_str() {
        "aantal" | "aantallen" | "stuks" | "#" => Unit::Count,
        "%" | "procent" | "percentage" => Unit::Percent,
        "%-punt" | "%-punten" | "procentpunt" | "procentpunten" | "pp" => Unit::PercentagePoints,
        "fte" => Unit::Fte,
        "dagen" | "werkdagen" | "dag" => Unit::Days,
        "weken" | "week" => Unit::Weeks,
        "maanden" | "maand" => Unit::Months,
        "uren" | "uur" => Unit::Hours,
        "minuten" | "minuut" => Unit::Minutes,
        "seconden" | "seconde" => Unit::Seconds,
        "jaren" | "jaar" => Unit::Year,
        "index" => Unit::Index,
        "score" | "cijfer" | "rapportcijfer" => Unit::Score,
        _ => return None,
    })
}

/// Runs a table reader's `find` over `text` as its own cleaned text (tests).
#[cfg(test)]
pub(crate) fn find_in_text(
    text: &str,
    find: fn(&[TextLine<'_>], &Locator<'_>) -> Vec<Found>,
) -> Vec<Found> {
    let map = crate::span::OffsetMap::identity();
    let idx = crate::span::LineIndex::new(text);
    let loc = Locator::new(&map, &idx);
    find(&crate::segment::lines(text), &loc)
}

#[cfg(test)]
mod tests {
    use crate::grammar::Unit;

    /// A column head of a unit word beside at most its year; never a count (the
    /// default, with its caption scale), money, a year's word or more words.
    #[test]
    fn unit_words_as_column_heads() {
        use super::column_unit_word as u;
        assert_eq!(u("Fte 2015"), Some(Unit::Fte));
        assert_eq!(u("FTE"), Some(Unit::Fte));
        assert_eq!(u("Dagen 2020/2021"), Some(Unit::Days));
        assert_eq!(u("2024 Uren"), Some(Unit::Hours));
        assert_eq!(u("Percentage"), Some(Unit::Percent));
        for none in [
            "Aantal 2015",
            "€ 2015",
            "Week",
            "Maand 3",
            "Jaar",
            "Fte begroot",
            "Realisatie 2015",
            "2015",
        ] {
            assert_eq!(u(none), None, "{none}");
        }
    }

    #[test]
    fn unit_column_words() {
        use super::unit_of_word;
        assert_eq!(unit_of_word(" Euro "), Some(Unit::Eur));
        assert_eq!(unit_of_word("€"), Some(Unit::Eur));
        assert_eq!(unit_of_word("US$"), Some(Unit::Usd));
        assert_eq!(unit_of_word("GBP"), Some(Unit::Gbp));
        assert_eq!(unit_of_word("fte"), Some(Unit::Fte));
        assert_eq!(unit_of_word("Dagen"), Some(Unit::Days));
        assert_eq!(unit_of_word("pond"), None);
        assert_eq!(unit_of_word("Omschrijving"), None);
    }

    #[test]
    fn emphasis_around_a_title() {
        assert_eq!(
            super::unemphasised("**Tabel 4 Kosten  **").as_deref(),
            Some("Tabel 4 Kosten")
        );
        assert_eq!(super::unemphasised("_Tabel 2_").as_deref(), Some("Tabel 2"));
        assert_eq!(super::unemphasised("Tabel 2 *"), None);
        assert_eq!(super::unemphasised("****"), None);
    }

    use super::*;

    #[test]
    fn words_broken_at_a_hyphen_over_header_lines() {
        assert_eq!(
            join_broken_word("Slotwet- mutatie").as_deref(),
            Some("Slotwetmutatie")
        );
        assert_eq!(
            join_broken_word("Signalerings- waarde 2024").as_deref(),
            Some("Signaleringswaarde 2024")
        );
        assert_eq!(join_broken_word("Ontwerp- en vastgestelde begroting"), None);
        assert_eq!(join_broken_word("2023 - 2024"), None);
        assert_eq!(join_broken_word("Realisatie 2023"), None);
    }
    use crate::grammar::parse_cell;

    #[test]
    fn unit_cells_that_state_a_scale() {
        let d = |n: i64| Dec::from_int(n);
        assert_eq!(
            unit_cell_scale("€ mln"),
            Some((d(1_000_000), Some(Currency::Eur)))
        );
        assert_eq!(
            unit_cell_scale("x € 1.000"),
            Some((d(1_000), Some(Currency::Eur)))
        );
        assert_eq!(unit_cell_scale("aantallen x 1.000"), Some((d(1_000), None)));
        assert_eq!(unit_cell_scale("(x 1.000)"), Some((d(1_000), None)));
        assert_eq!(
            unit_cell_scale("€ per uur"),
            Some((d(1), Some(Currency::Eur)))
        );
        // (a word of counts before a scale in parentheses, `aantal (mln)`)
        assert_eq!(unit_cell_scale("aantal (mln)"), Some((d(1_000_000), None)));
        assert_eq!(
            unit_cell_scale("aantallen (x 1.000)"),
            Some((d(1_000), None))
        );
        assert_eq!(unit_cell_scale("fte (x 1.000)"), None);
        // (a unit word names no scale; nor do other words)
        for u in [
            "aantal",
            "%",
            "€",
            "dagen",
            "%-punt",
            "ton CO2",
            "personen x 1",
        ] {
            assert_eq!(unit_cell_scale(u), None, "{u}");
        }
    }

    #[test]
    fn mark_words() {
        for w in ["*", "**", "¹", "²³", "1)", "12)", "a)"] {
            assert!(is_mark_word(w), "{w}");
        }
        for w in ["", "****", "123)", "(1)", "A)", "1", "x"] {
            assert!(!is_mark_word(w), "{w}");
        }
    }

    #[test]
    fn glued_marks() {
        assert_eq!(glued_mark("Eigen vermogen1"), Some(("Eigen vermogen", "1")));
        assert_eq!(glued_mark("Overige baten2 "), Some(("Overige baten", "2")));
        for l in [
            "Uitstoot CO2",
            "Oppervlakte km2",
            "Covid19",
            "Q1",
            "Fase 1",
            "BTW3",
            "vermogen0",
        ] {
            assert_eq!(glued_mark(l), None, "{l}");
        }
    }

    #[test]
    fn value_marks() {
        assert_eq!(value_mark("1.150*").as_deref(), Some("*"));
        assert_eq!(value_mark("11.400 *").as_deref(), Some("*"));
        assert_eq!(value_mark("52¹").as_deref(), Some("1"));
        assert_eq!(value_mark("2.300 1)").as_deref(), Some("1"));
        assert_eq!(value_mark("2.300 12)").as_deref(), Some("12"));
        // a negative in parentheses, a label number and a glued parenthesis are none
        assert_eq!(value_mark("(1.200)"), None);
        assert_eq!(value_mark("(12)"), None);
        assert_eq!(value_mark("2.3001)"), None);
        assert_eq!(value_mark("2.300"), None);
    }

    /// An `Art.` column's cells are articles (text), never amounts; a year is no
    /// article; a row label that ends in its year, with a value per year after it,
    /// is the first row, not a column (one cell per line).
    #[test]
    fn article_column_and_a_first_row_with_a_year() {
        for (l, want) in [
            ("Art.", true),
            ("Art. nr.", true),
            ("artikel", true),
            ("Artikelen", false),
            ("Noot", false),
        ] {
            assert_eq!(is_code_label(l), want, "{l}");
        }
        for (a, want) in [
            ("1", true),
            ("12", true),
            ("6.2", true),
            ("41.10", true),
            ("2024", false),
            ("1.200", false),
            ("a", false),
            ("", false),
        ] {
            assert_eq!(is_article(a), want, "{a}");
        }
        let text = "Tabel 2 Mutaties (bedragen x € 1.000)\n\n\u{a0}\n\nArt.\n\n2024\n\n2025\n\n\
                    Stand ontwerpbegroting 2024\n\n\u{a0}\n\n123.456\n\n120.000\n\n\
                    1. Loonbijstelling\n\n1\n\n3.210\n\n3.150\n\n\
                    Stand 1e suppletoire begroting 2024\n\n\u{a0}\n\n126.666\n\n123.150\n";
        // (all readers, and the article column read as text after them)
        let found = find_in_text(text, find);
        let t = &found[0].table;
        let labels: Vec<&str> = t.columns.iter().map(|c| c.label.as_str()).collect();
        assert_eq!(labels, ["Art.", "2024", "2025"]);
        let rows: Vec<&str> = t.rows.iter().map(|r| r.label.as_str()).collect();
        assert_eq!(
            rows,
            [
                "Stand ontwerpbegroting 2024",
                "Loonbijstelling",
                "Stand 1e suppletoire begroting 2024"
            ]
        );
        let art = t.rows[1].cells[0].as_ref().unwrap();
        assert_eq!(
            (art.raw.as_str(), art.kind.as_str(), art.value),
            ("1", "text", None)
        );
        assert_eq!(
            t.rows[1].cells[1]
                .as_ref()
                .and_then(|c| c.value)
                .map(|v| v.to_string())
                .as_deref(),
            Some("3210000")
        );
        assert!(t.rows[0].cells[0].is_none());
    }

    /// An estimate (`ca. 1.300`) and a provisional figure (`1.402*`) are cells of
    /// their rows, in text laid out in columns and one cell per line alike.
    #[test]
    fn estimates_and_provisional_figures_are_cells() {
        let aligned_text = "Tabel 3.1 Kerncijfers handhaving (bedragen x € 1.000)\n\n\
                            \x20                             2021        2022        2023\n\
                            Inspecties (aantal)          1.204       1.311      1.402*\n\
                            Opbrengsten                  1.234,5     ca. 1.300   1.100\n\
                            Totaal                       2.438       2.611       2.502\n";
        let flat_text = "Tabel 3.1 Kerncijfers handhaving (bedragen x € 1.000)\n\n\u{a0}\n\n2021\n\n2022\n\n2023\n\n\
                         Inspecties (aantal)\n\n1.204\n\n1.311\n\n1.402*\n\n\
                         Opbrengsten\n\n1.234,5\n\nca. 1.300\n\n1.100\n\n\
                         Totaal\n\n2.438\n\n2.611\n\n2.502\n";
        for (text, find) in [
            (
                aligned_text,
                aligned::find as fn(&[TextLine<'_>], &Locator<'_>) -> Vec<Found>,
            ),
            (flat_text, flat::find),
        ] {
            let found = find_in_text(text, find);
            let t = &found[0].table;
            let cells = |k: usize| -> Vec<(String, Option<String>, Option<String>)> {
                t.rows[k]
                    .cells
                    .iter()
                    .flatten()
                    .map(|c| {
                        (
                            c.raw.clone(),
                            c.value.map(|v| v.to_string()),
                            c.qualifier.clone(),
                        )
                    })
                    .collect()
            };
            assert_eq!(t.rows.len(), 3, "{text}");
            assert_eq!(cells(0)[2], ("1.402*".into(), Some("1402".into()), None));
            assert_eq!(
                cells(1)[1],
                (
                    "ca. 1.300".into(),
                    Some("1300000".into()),
                    Some("approx".into())
                )
            );
        }
    }

    /// A last `Noot` column of marks becomes the rows' footnotes; a `Noot` column
    /// holding an amount, or a `Noot` with a year, stays a column.
    #[test]
    fn note_column_to_row_footnotes() {
        let text = "Tabel 1 Uitgaven (x € 1.000)\n\n                2021      2022    Noot\n\
                    Uitgaven       1 200     1 300       1\n\
                    Ontvangsten      400       500\n\
                    Apparaat          90        95       2\n\n\
                    1) Inclusief de bijdrage aan het fonds.\n2) Exclusief inhuur.\n";
        let found = find_in_text(text, aligned::find);
        let t = &found[0].table;
        let labels: Vec<&str> = t.columns.iter().map(|c| c.label.as_str()).collect();
        assert_eq!(labels, ["2021", "2022"]);
        let notes: Vec<Option<&str>> = t.rows.iter().map(|r| r.footnote.as_deref()).collect();
        assert_eq!(notes, [Some("1"), None, Some("2")]);
        assert!(t.rows.iter().all(|r| r.cells.len() == 2));
        let fns: Vec<(&str, &str)> = t
            .footnotes
            .iter()
            .map(|f| (f.marker.as_str(), f.text.as_str()))
            .collect();
        assert_eq!(
            fns,
            [
                ("1", "Inclusief de bijdrage aan het fonds."),
                ("2", "Exclusief inhuur.")
            ]
        );

        let col = |label: &str, year: Option<i32>| Column {
            label: label.into(),
            year,
            phase: None,
        };
        let cell = |raw: &str| {
            Some(
                crate::grammar::parse_cell(raw)
                    .map(|v| make_cell(raw, Span::new(0, 0), &v, None, None, None))
                    .unwrap(),
            )
        };
        let mut rows = vec![Row {
            label: "Uitgaven".into(),
            cells: vec![cell("1.200"), cell("1.300")],
            ..Row::default()
        }];
        // an amount under `Noot` (not a mark): the column stays
        let mut cols = vec![col("2021", Some(2021)), col("Noot", None)];
        assert!(!note_column(&mut cols, &mut rows));
        assert_eq!(cols.len(), 2);
        // a mark under `Noot 2022` (a year: a column of amounts): stays
        rows[0].cells[1] = cell("1");
        let mut cols = vec![col("2021", Some(2021)), col("Noot 2022", Some(2022))];
        assert!(!note_column(&mut cols, &mut rows));
        let mut cols = vec![col("2021", Some(2021)), col("Nr. noot", None)];
        assert!(note_column(&mut cols, &mut rows));
        assert_eq!(rows[0].footnote.as_deref(), Some("1"));
        assert_eq!(rows[0].cells.len(), 1);
        for (raw, mark) in [
            ("1", true),
            ("12", true),
            ("3)", true),
            ("a", true),
            ("123", false),
            ("1,5", false),
            ("A", false),
            ("", false),
        ] {
            assert_eq!(is_note_mark(raw), mark, "{raw}");
        }
    }

    /// A target cell's bound is the cell's qualifier; its number and value stay the
    /// printed number under the table's scale. A cell without one has none, and the
    /// JSON leaves the key out.
    #[test]
    fn bound_cells_carry_a_qualifier() {
        let k = Some(Dec::from_int(1000));
        let cell = |raw: &str| {
            make_cell(
                raw,
                Span::default(),
                &parse_cell(raw).unwrap(),
                k,
                Some(Currency::Eur),
                None,
            )
        };
        let c = cell("< 1.100");
        assert_eq!(c.qualifier.as_deref(), Some("less_than"));
        assert_eq!(c.value.unwrap().to_string(), "1100000");
        assert_eq!(c.unit, "EUR");
        let c = cell("≥ 95%");
        assert_eq!(c.qualifier.as_deref(), Some("at_least"));
        assert_eq!(
            (c.value.unwrap().to_string(), c.unit.as_str()),
            ("95".into(), "%")
        );
        let c = cell("1.100");
        assert_eq!(c.qualifier, None);
        assert!(!serde_json::to_string(&c).unwrap().contains("qualifier"));
        assert!(serde_json::to_string(&cell("max. 2"))
            .unwrap()
            .contains(r#""qualifier":"at_most""#));
    }

    #[test]
    fn cell_scale_rules() {
        let k = Some(Dec::from_int(1000));
        let c = make_cell(
            "– 1.200",
            Span::default(),
            &parse_cell("– 1.200").unwrap(),
            k,
            Some(Currency::Eur),
            None,
        );
        assert_eq!(c.value.unwrap().to_string(), "-1200000");
        assert_eq!(c.unit, "EUR");
        let c = make_cell(
            "9,9 mln.",
            Span::default(),
            &parse_cell("9,9 mln.").unwrap(),
            k,
            Some(Currency::Eur),
            None,
        );
        assert_eq!(c.multiplier.unwrap().to_string(), "1000000");
        assert_eq!(c.value.unwrap().to_string(), "9900000");
        let c = make_cell(
            "5,70%",
            Span::default(),
            &parse_cell("5,70%").unwrap(),
            k,
            Some(Currency::Eur),
            None,
        );
        assert_eq!(
            (c.value.unwrap().to_string(), c.unit.as_str()),
            ("5.70".into(), "%")
        );
        let c = make_cell(
            "78",
            Span::default(),
            &parse_cell("78").unwrap(),
            None,
            None,
            Some(Unit::Percent),
        );
        assert_eq!(
            (c.value.unwrap().to_string(), c.unit.as_str()),
            ("78".into(), "%")
        );
        let c = make_cell(
            "ja",
            Span::default(),
            &parse_cell("ja").unwrap(),
            k,
            Some(Currency::Eur),
            None,
        );
        assert_eq!((c.value, c.unit.as_str()), (None, "text"));
    }
}
