//! Checks: the arithmetic a published table carries, and prose against tables.
//!
//! In: a finished [`Document`]. Out: [`Check`]s on each table, and links from
//! prose figures to the table cells they restate. A check never changes a value:
//! a failure is a finding about the source or about the extraction, and names
//! the cells involved so a reader can tell which.
//!
//! Relations come from the table's own structure, never from row numbers of one
//! seed:
//! - parts under a parent row (sub-rows that are not `waarvan`) sum to the parent;
//! - `waarvan` / `wv` parts do not exceed their parent;
//! - a `Totaal ...` row without parts of its own sums the rows of its group
//!   (same level, back to the previous section row, total or numbered item);
//! - `Saldo van baten en lasten` is `Totaal baten − Totaal lasten`;
//! - formulas printed in labels: `(=1+2+3+4)` over numbered rows, and column
//!   formulas `(3)=(2)-(1)` / `Verschil ... (2) – (1)`.
//!
//! Published figures are rounded: a relation over n printed numbers may differ by
//! up to n units of the last printed digit (`ok_rounded`). An empty cell is not
//! zero: a relation with an empty operand is `skipped`. A lone `-` (nil) is zero.

use crate::decimal::Dec;
use crate::model::{Cell, Check, Document, Figure, Row, Table};
use regex::Regex;
use std::collections::HashMap;
use std::sync::LazyLock;

/// Runs every check and stores the results on the tables.
pub fn validate(doc: &mut Document) {
    for t in &mut doc.tables {
        t.checks = check_table(t);
    }
    prose_against_tables(doc);
}

/// One operand of a relation: a row with a sign.
#[derive(Clone, Copy)]
struct Term {
    row: usize,
    negative: bool,
}

/// A relation between rows: `lhs = Σ terms` (kind `sum`, `balance`, `formula`) or
/// `Σ terms <= lhs` (kind `part_of`).
struct Relation {
    kind: &'static str,
    lhs: usize,
    terms: Vec<Term>,
}

fn norm_label(l: &str) -> String {
    l.to_lowercase()
}

fn is_waarvan(label: &str) -> bool {
    let l = norm_label(label);
    l.starts_with("wv ") || l.starts_with("wv. ") || l.starts_with("waarvan")
}

/// `Totaal`, `Totaal baten`, `Subtotaal`; also `Total` and `Total ...`: an English
/// table's, and OCR's `Tota1` as the repair reads it (the lexicon's word nearest).
fn is_total(label: &str) -> bool {
    let l = norm_label(label);
    l.starts_with("totaal ")
        || l == "totaal"
        || l.starts_with("total ")
        || l == "total"
        || is_subtotal(label)
}

/// `Subtotaal`, `Subtotaal water`: the total of the rows since the last one, which
/// a later `Totaal` adds in their place.
fn is_subtotal(label: &str) -> bool {
    let l = norm_label(label);
    l.starts_with("subtotaal ") || l == "subtotaal"
}

/// A balance row: `Saldo van baten en lasten` (and its footnoted forms), or a bare
/// `Saldo`, `Saldo baten en lasten`, `Exploitatiesaldo` as other agencies print it.
fn is_saldo(row: &Row) -> bool {
    if row.canonical.as_deref() == Some("saldo_van_baten_en_lasten") {
        return true;
    }
    let l = norm_label(&row.label);
    l.starts_with("saldo van baten en lasten")
        || matches!(
            l.trim_end_matches([':', '*']).trim(),
            "saldo" | "saldo baten en lasten" | "saldo baten-lasten" | "exploitatiesaldo"
        )
}

fn has_values(row: &Row) -> bool {
    row.cells.iter().flatten().any(|c| c.value.is_some())
}

/// `(=1+2+3+4)` in a label: terms by row number.
static ROW_FORMULA: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\(\s*=\s*(\d+(?:\s*[-+–]\s*\d+)+)\s*\)").unwrap());

/// `(3)=(2)-(1)` or `(2) – (1)` in a column label.
static COL_FORMULA: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:\((\d+)\)\s*=\s*)?\((\d+)\)\s*([-–−+])\s*\((\d+)\)(?:\s*([-–−+])\s*\((\d+)\))?")
        .unwrap()
});

static COL_NUMBER: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\((\d+)\)").unwrap());

/// Per row, the rows whose parent it is, in order.
fn children_of(rows: &[Row]) -> Vec<Vec<usize>> {
    let mut children = vec![Vec::new(); rows.len()];
    for (i, r) in rows.iter().enumerate() {
        if let Some(p) = r.parent.filter(|&p| p < rows.len()) {
            children[p].push(i);
        }
    }
    children
}

fn relations(t: &Table) -> Vec<Relation> {
    let rows = &t.rows;
    let mut out = Vec::new();
    let children = children_of(rows);
    // (looked up once for the table, when a row needs them: each lookup reads
    // every row)
    let baten_lasten = std::cell::OnceCell::new();
    let numbered = std::cell::OnceCell::new();
    for (i, row) in rows.iter().enumerate() {
        if row.section || !has_values(row) {
            continue;
        }
        let kids = &children[i];
        let parts: Vec<usize> = kids
            .iter()
            .copied()
            .filter(|&k| !is_waarvan(&rows[k].label) && has_values(&rows[k]))
            .collect();
        let waarvan: Vec<usize> = kids
            .iter()
            .copied()
            .filter(|&k| is_waarvan(&rows[k].label) && has_values(&rows[k]))
            .collect();
        if parts.len() >= 2 {
            out.push(Relation {
                kind: "sum",
                lhs: i,
                terms: parts
                    .iter()
                    .map(|&row| Term {
                        row,
                        negative: false,
                    })
                    .collect(),
            });
        }
        if !waarvan.is_empty() {
            out.push(Relation {
                kind: "part_of",
                lhs: i,
                terms: waarvan
                    .iter()
                    .map(|&row| Term {
                        row,
                        negative: false,
                    })
                    .collect(),
            });
        }
        if parts.is_empty() && is_total(&row.label) {
            let mut group = total_group(rows, &children, i);
            if group.is_empty() {
                group = total_group_below(rows, i);
                // (a total printed first that the rows below miss in every column is
                // no sum of them: `Totaal netto kosten` over a withdrawal and what
                // is left to cover, as a continued table begins)
                if misses_every_column(rows, &group, i) {
                    group.clear();
                }
            }
            if group.len() >= 2 {
                out.push(Relation {
                    kind: "sum",
                    lhs: i,
                    terms: group
                        .into_iter()
                        .map(|row| Term {
                            row,
                            negative: false,
                        })
                        .collect(),
                });
            }
        }
        if is_saldo(row) {
            let &(b, l) = baten_lasten.get_or_init(|| {
                let find = |canon: Option<&str>, label: &str| {
                    rows.iter().position(|r| {
                        (canon.is_some() && r.canonical.as_deref() == canon)
                            || norm_label(&r.label) == label
                    })
                };
                // the totals, or (a table without them) the subtotals that close
                // sections `Baten` and `Lasten` (`Subtotaal baten`), or rows named
                // only `Baten`, `Lasten`
                let b = find(Some("totaal_baten"), "totaal baten")
                    .or_else(|| find(None, "subtotaal baten"))
                    .or_else(|| find(None, "baten"));
                let l = find(Some("totaal_lasten"), "totaal lasten")
                    .or_else(|| find(None, "subtotaal lasten"))
                    .or_else(|| find(None, "lasten"));
                (b, l)
            });
            if let (Some(b), Some(l)) = (b, l) {
                // baten minus lasten; lasten minus baten where the label names them
                // first (`Saldo van lasten en baten`); their sum where the baten are
                // printed as negative amounts (`Baten   -21.500`)
                // (most of their values below zero: a difference column may be above)
                let negative = |r: &Row| {
                    let nums = r.cells.iter().flatten().filter_map(|c| c.value);
                    let below = nums.clone().filter(|n| n.is_negative()).count();
                    below * 2 > nums.filter(|n| !n.is_zero()).count()
                };
                let lasten_first = norm_label(&row.label).starts_with("saldo van lasten en baten");
                let (first, second, minus) = if negative(&rows[b]) {
                    (l, b, false)
                } else if lasten_first {
                    (l, b, true)
                } else {
                    (b, l, true)
                };
                out.push(Relation {
                    kind: "balance",
                    lhs: i,
                    terms: vec![
                        Term {
                            row: first,
                            negative: false,
                        },
                        Term {
                            row: second,
                            negative: minus,
                        },
                    ],
                });
            }
        }
        if let Some(c) = ROW_FORMULA.captures(&row.label) {
            let f = &c[1];
            let mut terms = Vec::new();
            let mut negative = false;
            let mut ok = true;
            // (each row number's first row)
            let numbered = numbered.get_or_init(|| {
                let mut first: HashMap<&str, usize> = HashMap::new();
                for (k, r) in rows.iter().enumerate() {
                    if let Some(n) = row_number(r) {
                        first.entry(n).or_insert(k);
                    }
                }
                first
            });
            for tok in f.split_inclusive(['+', '-', '–']) {
                let num: String = tok.chars().filter(|c| c.is_ascii_digit()).collect();
                match numbered.get(num.as_str()).copied() {
                    Some(row) => terms.push(Term { row, negative }),
                    None => ok = false,
                }
                negative = tok.ends_with(['-', '–']);
            }
            if ok && !terms.is_empty() {
                out.push(Relation {
                    kind: "formula",
                    lhs: i,
                    terms,
                });
            }
        }
    }
    out
}

fn row_number(r: &Row) -> Option<&str> {
    r.number
        .as_deref()
        .map(|n| n.trim().trim_end_matches(['.', ')']))
}

/// The rows a `Totaal` row adds up when it has no parts of its own: the rows
/// before it at its level and under its parent, back to a section row, another
/// total or saldo, a numbered item, or a shallower row. A `Subtotaal` before a
/// total that is none stands for the rows it adds up. `children`: per row, the rows
/// under it ([`children_of`]).
fn total_group(rows: &[Row], children: &[Vec<usize>], total: usize) -> Vec<usize> {
    let t = &rows[total];
    let grand = !is_subtotal(&t.label);
    let mut group: Vec<usize> = Vec::new();
    let mut j = total;
    while j > 0 {
        j -= 1;
        let r = &rows[j];
        // an empty parent at the total's level over parts of its own
        // (`Afschrijvingskosten` over `- materieel` / `- immaterieel`, or a
        // heading `Lasten` over the rows `Totaal lasten` adds up): its parts
        // stand for it
        if r.section
            && r.level == t.level
            && r.parent == t.parent
            && !is_total(&r.label)
            && !is_waarvan(&r.label)
        {
            let mut parts: Vec<usize> = children[j]
                .iter()
                .copied()
                .filter(|&k| j < k && k < total && has_values(&rows[k]))
                .collect();
            // (a section closed by a subtotal of its own, `Voortgezet onderwijs` /
            // `Vmbo` / `Havo/vwo` / `Subtotaal voortgezet onderwijs`: the subtotal
            // stands for it)
            if let [own] = parts
                .iter()
                .copied()
                .filter(|&k| is_total(&rows[k].label))
                .collect::<Vec<_>>()[..]
            {
                if parts.last() == Some(&own) {
                    parts = vec![own];
                }
            }
            if !parts.is_empty() {
                group.extend(parts.into_iter().rev());
                // (a heading the total names, `Lasten` … `Totaal lasten`, opens
                // the group: nothing before it is in the total)
                let head = r.label.trim_end_matches(':').trim().to_lowercase();
                if t.label.to_lowercase().contains(head.as_str()) {
                    break;
                }
                continue;
            }
        }
        if r.level < t.level || r.section {
            // a grand total under the last of sections closed by subtotals
            // (`Programma Veiligheid` … `Subtotaal Veiligheid`, `Programma Waterketen`
            // … `Subtotaal Waterketen`, `Totaal lasten`): the earlier sections'
            // subtotals are in it too
            let subtotalled = group.iter().any(|&g| is_subtotal(&rows[g].label));
            if grand && subtotalled && r.section && r.level + 1 == t.level {
                let mut k = j;
                while k > 0 {
                    k -= 1;
                    let q = &rows[k];
                    if q.level + 1 < t.level
                        || (q.level == t.level && is_total(&q.label) && !is_subtotal(&q.label))
                    {
                        break;
                    }
                    if q.level == t.level && is_subtotal(&q.label) && has_values(q) {
                        group.push(k);
                    }
                }
            }
            break;
        }
        if r.level > t.level || is_waarvan(&r.label) {
            continue;
        }
        if grand && r.parent == t.parent && is_subtotal(&r.label) {
            // (its rows are in it: go on before them)
            if has_values(r) {
                group.push(j);
            }
            j = total_group(rows, children, j).first().copied().unwrap_or(j);
            continue;
        }
        // (numbered items are parts of an unnumbered total under the same section
        // heading, `Lasten` / `1. Werk en inkomen` … / `Totaal lasten`; elsewhere a
        // numbered row closes the group, as a cash-flow statement numbers its totals)
        let numbered_part = t.number.is_none() && t.parent.is_some();
        if r.parent != t.parent
            || is_total(&r.label)
            || is_saldo(r)
            || (r.number.is_some() && !numbered_part)
        {
            break;
        }
        if has_values(r) {
            group.push(j);
        }
    }
    group.reverse();
    // (only where the rows as they stand do not add up to it: a row that happens
    // to equal the sum of those above it changes nothing that holds)
    if grand && !sums_to(rows, &group, total) {
        drop_unnamed_subtotals(rows, &mut group);
    }
    group
}

/// Per column where `total` prints a value: the sum of `parts` minus the total
/// (None where a part cannot be added) and the unit of the total's last digit.
fn column_differences<'r>(
    rows: &'r [Row],
    parts: &'r [usize],
    total: usize,
) -> impl Iterator<Item = (Option<Dec>, Dec)> + 'r {
    let value = move |r: usize, col: usize| operand(rows[r].cells.get(col).unwrap_or(&None));
    (0..rows[total].cells.len()).filter_map(move |col| {
        let (v, unit) = value(total, col)?;
        let diff = parts
            .iter()
            .try_fold(Dec::ZERO, |s, &p| s.checked_add(value(p, col)?.0))
            .and_then(|s| s.checked_sub(v));
        Some((diff, unit))
    })
}

/// Does `total` equal, to the unit, the sum of `parts` in every column where it
/// prints a value (and in one at least)?
fn sums_to(rows: &[Row], parts: &[usize], total: usize) -> bool {
    let mut cols = 0;
    let all = column_differences(rows, parts, total).all(|(d, _)| {
        cols += 1;
        d.is_some_and(Dec::is_zero)
    });
    all && cols > 0
}

/// Does `total` miss the sum of `parts` in every column, two or more, where it
/// prints a value (by more than a unit of the last digit for each part, the
/// rounding a printed total may carry)? With one column a miss may be a misprint.
fn misses_every_column(rows: &[Row], parts: &[usize], total: usize) -> bool {
    let n = Dec::from_int(i64::try_from(parts.len()).unwrap_or(i64::MAX));
    let (mut cols, mut held) = (0, 0);
    for (d, unit) in column_differences(rows, parts, total) {
        cols += 1;
        let near = d
            .zip(unit.checked_mul(n))
            .is_some_and(|(d, tol)| d.abs() <= tol);
        held += usize::from(near);
    }
    cols >= 2 && held == 0
}

/// A total's group without the parts of a subtotal that its words do not name
/// (`Immateriële activa` + `Materiële activa` = `Vaste activa`, the balance's
/// subtotal over its kind of assets): a row that equals, to the unit, in every
/// column where it prints a value, the sum of the two or more rows of the group
/// before it (back to the last such row) stands for them.
fn drop_unnamed_subtotals(rows: &[Row], group: &mut Vec<usize>) {
    let value = |r: usize, col: usize| operand(rows[r].cells.get(col).unwrap_or(&None));
    let width = group
        .iter()
        .map(|&k| rows[k].cells.len())
        .max()
        .unwrap_or(0);
    let mut out: Vec<usize> = Vec::with_capacity(group.len());
    let mut run = 0; // where the rows not yet in a subtotal start in `out`
                     // per column, the sum of `out[run..]` (None once a part cannot be added): what
                     // `sums_to` adds up for each row, kept as the rows come so the group is read
                     // once
    let mut sums: Vec<Option<Dec>> = vec![Some(Dec::ZERO); width];
    for &k in group.iter() {
        // (as `sums_to(rows, &out[run..], k)`)
        let subtotal = out.len() - run >= 2 && {
            let mut cols = 0;
            let all = (0..rows[k].cells.len())
                .filter_map(|col| {
                    let (v, _) = value(k, col)?;
                    Some(sums[col].and_then(|s| s.checked_sub(v)))
                })
                .all(|d| {
                    cols += 1;
                    d.is_some_and(Dec::is_zero)
                });
            all && cols > 0
        };
        if subtotal {
            out.truncate(run);
            out.push(k);
            run = out.len();
            sums.fill(Some(Dec::ZERO));
        } else {
            out.push(k);
            for (col, sum) in sums.iter_mut().enumerate() {
                *sum = sum.and_then(|s| s.checked_add(value(k, col)?.0));
            }
        }
    }
    *group = out;
}

/// The rows a grand total printed first adds up (`Totaal` over the articles, as a
/// slotwet or suppletoire begroting prints it): when no row before it has values,
/// the rows after it at its level and under its parent, up to a section row,
/// another total or saldo, or a shallower row; none when it is a subtotal.
fn total_group_below(rows: &[Row], total: usize) -> Vec<usize> {
    let t = &rows[total];
    if is_subtotal(&t.label) || rows[..total].iter().any(has_values) {
        return Vec::new();
    }
    let mut group = Vec::new();
    for (j, r) in rows.iter().enumerate().skip(total + 1) {
        if r.level < t.level || r.section || is_total(&r.label) || is_saldo(r) {
            break;
        }
        if r.level > t.level || r.parent != t.parent || is_waarvan(&r.label) {
            continue;
        }
        if has_values(r) {
            group.push(j);
        }
    }
    group
}

/// Units whose values do not add up to a total.
const NON_ADDITIVE: &[&str] = &[
    "%",
    "percentage_points",
    "days",
    "weeks",
    "months",
    "hours",
    // (`06:48` under `Gemiddelde opkomsttijd`: a table's times are averages or norms)
    "minutes",
    "seconds",
    "score",
    "index",
    "year",
];

/// A cell's contribution: its value; nil (`-`) is zero; anything else (empty,
/// `n.b.`, text) makes the relation impossible to check. A deviation printed with
/// its verdict counts the adverse against the favourable (`310 N` and `180 V` add
/// up to `130 N`): an `adverse` cell's value is negated here, never in the output.
fn operand(c: &Option<Cell>) -> Option<(Dec, Dec)> {
    let c = c.as_ref()?;
    if c.kind == "nil" {
        return Some((Dec::ZERO, c.multiplier.unwrap_or(Dec::from_int(1))));
    }
    let v = c.value?;
    let v = if c.qualifier.as_deref() == Some("adverse") {
        v.negate()
    } else {
        v
    };
    let unit = c
        .number?
        .unit_of_last_digit()
        .checked_mul(c.multiplier.unwrap_or(Dec::from_int(1)))?;
    Some((v, unit))
}

/// A column of differences or changes (`Verschil`, `Mutatie`, `Afwijking`).
fn difference_column(t: &Table, col: usize) -> bool {
    t.columns.get(col).is_some_and(|c| {
        matches!(c.phase.as_deref(), Some("verschil" | "mutatie"))
            || c.label.split_whitespace().any(|w| {
                let w = w.to_lowercase();
                ["verschil", "mutatie", "afwijking"]
                    .iter()
                    .any(|k| w.starts_with(k))
            })
    })
}

fn check_table(t: &Table) -> Vec<Check> {
    let mut checks = Vec::new();
    let ncols = t
        .columns
        .len()
        .max(t.rows.iter().map(|r| r.cells.len()).max().unwrap_or(0));
    // (a column of text alone, an `Art.` column's articles, adds nothing up; a
    // column of `x` and blanks is still skipped, its totals unverified)
    let text_only: Vec<bool> = (0..ncols)
        .map(|col| {
            let mut cells = t.rows.iter().filter_map(|r| r.cells.get(col)?.as_ref());
            cells.all(|c| c.kind == "text")
        })
        .collect();
    for rel in relations(t) {
        let lhs = &t.rows[rel.lhs];
        let description = describe(t, &rel);
        for (col, &text) in text_only.iter().enumerate() {
            if text {
                continue;
            }
            let lhs_cell = lhs.cells.get(col).cloned().flatten();
            if lhs_cell.is_none() && rel.terms.iter().all(|tm| cell_at(t, tm.row, col).is_none()) {
                continue; // nothing printed in this column at all
            }
            // percentages, durations, marks and indices do not add up to their total
            // (`Totaal 93%` of the regions' 92, 95 and 90%, a `Mutatie (%)` column),
            // and a part of a difference may exceed it (`waarvan ICT 820` under
            // `– 1.240`): no relation to check there
            let kept = |c: &Cell| !(NON_ADDITIVE.contains(&c.unit.as_str()) && c.kind != "nil");
            if lhs_cell.as_ref().is_some_and(|c| !kept(c)) {
                continue;
            }
            // (nor in a column of differences, where a part's change may exceed its
            // whole's: `Personele kosten   5.730` / `waarvan externe inhuur   6.120`)
            if rel.kind == "part_of" && difference_column(t, col) {
                continue;
            }
            if rel.kind == "part_of"
                && std::iter::once(lhs_cell.clone())
                    .chain(rel.terms.iter().map(|tm| cell_at(t, tm.row, col)))
                    .flatten()
                    .any(|c| c.value.is_some_and(|v| v.is_negative()))
            {
                continue;
            }
            let mut ids = Vec::new();
            let mut lines = Vec::new();
            if let Some(c) = &lhs_cell {
                ids.push(c.id.clone());
                lines.push(c.line);
            }
            let mut sum = Some(Dec::ZERO);
            // (the same with the subtracted terms added: a column of differences
            // printed as `voordelig` (+) and `nadelig` (−) turns the lasten's sign)
            let mut flipped = Some(Dec::ZERO);
            let mut tol = Dec::ZERO;
            let mut complete = true;
            let mut unreadable = false;
            for tm in &rel.terms {
                let cell = cell_at(t, tm.row, col);
                if let Some(c) = &cell {
                    ids.push(c.id.clone());
                    lines.push(c.line);
                }
                // (a term in another unit than the total, `Aantal fte` among amounts,
                // is no part of it: nothing to check)
                let other_unit = |c: &Cell| {
                    lhs_cell
                        .as_ref()
                        .is_some_and(|l| c.kind != "nil" && l.kind != "nil" && c.unit != l.unit)
                };
                if cell.as_ref().is_some_and(other_unit) {
                    unreadable = true;
                }
                match operand(&cell) {
                    Some((v, u)) => {
                        flipped = flipped.and_then(|s| s.checked_add(v));
                        let v = if tm.negative { v.negate() } else { v };
                        sum = sum.and_then(|s| s.checked_add(v));
                        tol = tol.checked_add(u).unwrap_or(tol);
                    }
                    None => {
                        complete = false;
                        // `n.b.` or text: nothing to compute; an empty cell counts as zero below
                        unreadable |= cell.is_some();
                    }
                }
            }
            // with no printed operand at all there is nothing to hold the total against
            let printed = rel.terms.iter().any(|tm| cell_at(t, tm.row, col).is_some());
            unreadable |= !printed;
            let found = operand(&lhs_cell);
            let column = t.columns.get(col).map(|c| c.label.clone());
            let mut check = Check {
                kind: rel.kind.to_string(),
                status: "skipped".to_string(),
                description: description.clone(),
                column,
                expected: None,
                found: found.map(|f| f.0),
                tolerance: None,
                cells: ids,
                lines,
            };
            if let (Some(sum), Some((f, fu)), false) = (sum, found, unreadable) {
                // a relation over n rounded terms may be off by n units of the last digit
                let tol = if tol.is_zero() { fu } else { tol };
                let mut sum = sum;
                let mut st = status(rel.kind, sum, f, tol);
                // a balance in a column of differences holds in either convention:
                // realisation minus budget throughout, or favourable as positive
                // (`Saldo = Totaal baten + Totaal lasten` there)
                if st == "failed" && rel.kind == "balance" && difference_column(t, col) {
                    if let Some(alt) = flipped.filter(|&a| status(rel.kind, a, f, tol) != "failed")
                    {
                        sum = alt;
                        st = status(rel.kind, alt, f, tol);
                        check.description = format!(
                            "{} (differences as favourable +, unfavourable −)",
                            check.description.replace(" − ", " + ")
                        );
                    }
                }
                // `Saldo van lasten en baten` is printed either way round: as
                // lasten − baten, or (as its minus signs show) baten − lasten
                let either_way = || norm_label(&lhs.label).starts_with("saldo van lasten en baten");
                if st == "failed" && rel.kind == "balance" && either_way() {
                    let alt = sum.negate();
                    if status(rel.kind, alt, f, tol) != "failed" {
                        sum = alt;
                        st = status(rel.kind, alt, f, tol);
                        if let [a, b] = rel.terms.as_slice() {
                            check.description = format!(
                                "{} = {} − {} (printed the other way round)",
                                lhs.label, t.rows[b.row].label, t.rows[a.row].label
                            );
                        }
                    }
                }
                check.expected = Some(sum);
                check.tolerance = Some(tol);
                if complete {
                    check.status = st.to_string();
                } else if st == "failed" {
                    // An empty cell is not zero, so a relation with one is skipped; but
                    // when it fails even with its empty cells taken as zero, that is a
                    // finding a reader must see (a sign slip such as `1.381` for `– 1.381`).
                    check.status = "failed".to_string();
                    check.description.push_str(" (empty cells taken as zero)");
                }
            }
            checks.push(check);
        }
    }
    checks.extend(column_checks(t));
    checks
}

fn cell_at(t: &Table, row: usize, col: usize) -> Option<Cell> {
    t.rows.get(row)?.cells.get(col).cloned().flatten()
}

fn status(kind: &str, expected: Dec, found: Dec, tol: Dec) -> &'static str {
    if kind == "part_of" {
        // parts may not exceed the parent (beyond rounding)
        return if expected <= found {
            "ok"
        } else if expected.checked_sub(found).is_some_and(|d| d <= tol) {
            "ok_rounded"
        } else {
            "failed"
        };
    }
    match expected.checked_sub(found).map(Dec::abs) {
        Some(d) if d.is_zero() => "ok",
        Some(d) if d <= tol => "ok_rounded",
        _ => "failed",
    }
}

fn describe(t: &Table, rel: &Relation) -> String {
    let lhs = &t.rows[rel.lhs].label;
    let mut s = String::new();
    for (k, tm) in rel.terms.iter().enumerate() {
        if k > 0 || tm.negative {
            s.push_str(if tm.negative { " − " } else { " + " });
        }
        s.push_str(&t.rows[tm.row].label);
    }
    let s = s.trim_start_matches(" + ").to_string();
    if rel.kind == "part_of" {
        format!("{s} ≤ {lhs}")
    } else {
        format!("{lhs} = {s}")
    }
}

/// Column formulas printed in headers: `(3)=(2)-(1)`, `Verschil ... (2) – (1)`.
fn column_checks(t: &Table) -> Vec<Check> {
    let mut out = Vec::new();
    // each column's own number: the `(k)` in a label without a formula, or before `=`
    let own: Vec<Option<String>> = t
        .columns
        .iter()
        .map(|c| {
            if let Some(f) = COL_FORMULA.captures(&c.label) {
                return f.get(1).map(|m| m.as_str().to_string());
            }
            COL_NUMBER
                .captures_iter(&c.label)
                .last()
                .map(|m| m[1].to_string())
        })
        .collect();
    for (ci, c) in t.columns.iter().enumerate() {
        let Some(f) = COL_FORMULA.captures(&c.label) else {
            continue;
        };
        let mut terms = vec![(f[2].to_string(), false)];
        let neg = |s: &str| s != "+";
        terms.push((f[4].to_string(), neg(&f[3])));
        if let (Some(op), Some(n)) = (f.get(5), f.get(6)) {
            terms.push((n.as_str().to_string(), neg(op.as_str())));
        }
        let cols: Option<Vec<(usize, bool)>> = terms
            .iter()
            .map(|(n, negative)| {
                own.iter()
                    .enumerate()
                    .find(|(j, o)| *j != ci && o.as_deref() == Some(n.as_str()))
                    .map(|(j, _)| (j, *negative))
            })
            .collect();
        let Some(cols) = cols else { continue };
        let description = format!("column {} = {}", c.label, {
            let mut s = String::new();
            for (k, (j, negative)) in cols.iter().enumerate() {
                if k > 0 {
                    s.push_str(if *negative { " − " } else { " + " });
                }
                s.push_str(&t.columns[*j].label);
            }
            s
        });
        for (ri, row) in t.rows.iter().enumerate() {
            let lhs = cell_at(t, ri, ci);
            if row.section || lhs.is_none() {
                continue;
            }
            let mut ids = vec![];
            let mut lines = vec![];
            if let Some(l) = &lhs {
                ids.push(l.id.clone());
                lines.push(l.line);
            }
            let mut sum = Some(Dec::ZERO);
            let mut tol = Dec::ZERO;
            let mut complete = true;
            for (j, negative) in &cols {
                let cell = cell_at(t, ri, *j);
                if let Some(c) = &cell {
                    ids.push(c.id.clone());
                    lines.push(c.line);
                }
                match operand(&cell) {
                    Some((v, u)) => {
                        sum =
                            sum.and_then(|s| s.checked_add(if *negative { v.negate() } else { v }));
                        tol = tol.checked_add(u).unwrap_or(tol);
                    }
                    None => complete = false,
                }
            }
            let found = operand(&lhs);
            let mut check = Check {
                kind: "difference".to_string(),
                status: "skipped".to_string(),
                description: format!("{}: {description}", row.label),
                column: Some(c.label.clone()),
                expected: None,
                found: found.map(|f| f.0),
                tolerance: None,
                cells: ids,
                lines,
            };
            if let (true, Some(sum), Some((f, _))) = (complete, sum, found) {
                check.expected = Some(sum);
                check.tolerance = Some(tol);
                check.status = status("difference", sum, f, tol).to_string();
            }
            out.push(check);
        }
    }
    out
}

// ---------------------------------------------------------------------------
// Prose against tables

/// The sorted, distinct content words of a row label that are not filler: what a
/// figure's clause must equal to be about the row.
fn label_words(label: &str) -> Vec<String> {
    let mut words = content_words(label);
    words.retain(|w| !is_filler(w));
    words.sort();
    words.dedup();
    words
}

/// Words of a label that say what it is, with `lasten`/`kosten` unified.
fn content_words(s: &str) -> Vec<String> {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| {
            let w = w.to_lowercase();
            match w.as_str() {
                "lasten" | "kosten" | "uitgaven" => "lasten".to_string(),
                "baten" | "opbrengsten" | "inkomsten" => "baten".to_string(),
                "investering" => "investeringen".to_string(),
                _ => w,
            }
        })
        .filter(|w| {
            !matches!(
                w.as_str(),
                "totaal"
                    | "wv"
                    | "waarvan"
                    | "van"
                    | "en"
                    | "de"
                    | "het"
                    | "op"
                    | "aan"
                    | "door"
                    | "in"
                    | "voor"
                    | "x"
                    | "1"
                    | "2"
                    | "3"
                    | "4"
                    | "5"
            ) && !w.chars().all(|c| c.is_ascii_digit())
        })
        .collect()
}

/// Words that say nothing about what an amount is.
fn is_filler(w: &str) -> bool {
    matches!(
        w,
        "bedragen"
            | "bedraagt"
            | "betreft"
            | "betreffen"
            | "zijn"
            | "is"
            | "was"
            | "waren"
            | "wordt"
            | "worden"
            | "werd"
            | "geraamd"
            | "begroot"
            | "voornamelijk"
            | "circa"
            | "ongeveer"
            | "ruim"
            | "bijna"
            | "er"
            | "een"
            | "mln"
            | "miljoen"
            | "mld"
            | "miljard"
            | "eur"
            | "euro"
            | "omvang"
            | "bedrag"
            | "totale"
            | "hoogte"
            | "sluit"
            | "uit"
            | "komen"
            | "komt"
            | "nog"
            | "ook"
            | "daarnaast"
            | "verder"
            | "die"
            | "dat"
            | "deze"
            | "dit"
            | "met"
            | "te"
            | "om"
            | "als"
            | "wel"
            | "niet"
            | "jaar"
    )
}

/// Links each prose amount to the table cell it restates, and reports a
/// disagreement beyond rounding as a failed check on that table.
///
/// A figure restates a row when the words right around it (back to the clause
/// start, at most six words, and up to three words after it) name exactly what
/// the row label names (`De lasten bedragen in 2014 € 92 mln.` ↔ `Totaal lasten`;
/// `waarvan € 15 mln. externe inhuur` ↔ `wv externe inhuur`), in a column of the
/// figure's year. Words are compared with `kosten`/`lasten` and `baten`/`opbrengsten`
/// unified; filler verbs and scale words are ignored.
fn prose_against_tables(doc: &mut Document) {
    let doc_year = doc.meta.year;
    let mut new_checks: Vec<(usize, Check)> = Vec::new();
    let mut links: Vec<(usize, String)> = Vec::new();
    // each row's sorted content words (None for a section row), made once for all
    // figures (on the first that needs them) rather than once per figure and row
    let mut row_words: Option<Vec<Vec<Option<Vec<String>>>>> = None;
    // which occurrence of its raw text in its sentence each figure is: the figures of
    // one sentence come one after another, in the order they stand in it
    let mut nth_in_sentence: Vec<usize> = Vec::with_capacity(doc.figures.len());
    let mut seen: HashMap<&str, usize> = HashMap::new();
    for (fi, f) in doc.figures.iter().enumerate() {
        // the same sentence, not the next of two identical ones (a repeated paragraph):
        // the figure before stands within one sentence length of this one
        let same = fi > 0 && {
            let g = &doc.figures[fi - 1];
            g.sentence == f.sentence
                && g.span.start <= f.span.start
                && f.span.start - g.span.start < f.sentence.len()
        };
        if !same {
            seen.clear();
        }
        let n = seen.entry(f.raw.as_str()).or_insert(0);
        nth_in_sentence.push(*n);
        *n += 1;
    }
    for (fi, f) in doc.figures.iter().enumerate() {
        if f.unit != "EUR" {
            continue;
        }
        let (Some(fv), Some(fnum), Some(fmul)) = (f.value, f.number, f.multiplier) else {
            continue;
        };
        // (an amount over a span of years, `2021/2024`, is no single year's cell)
        if f.period.as_deref().is_some_and(|p| p.contains('/')) {
            continue;
        }
        let Some(year) = figure_year(f).or(doc_year) else {
            continue;
        };
        let mut clause = figure_clause(f, nth_in_sentence[fi]);
        clause.sort();
        clause.dedup();
        if clause.is_empty() {
            continue;
        }
        // the prose rounds to its last printed digit: half a unit either way
        let unit = fnum
            .unit_of_last_digit()
            .checked_mul(fmul)
            .unwrap_or(Dec::from_int(1));
        let half = unit.checked_mul(Dec::new(5, 1)).unwrap_or(unit);
        // a cell against the prose: the cell value as prose tells it, and the status
        let judge = |cv: Dec| {
            // outflows printed negative under `(-/-)` are told as positive amounts in prose
            let cv_cmp = if cv.is_negative() && !fv.is_negative() {
                cv.abs()
            } else {
                cv
            };
            let status = match cv_cmp.checked_sub(fv).map(Dec::abs) {
                Some(d) if d.is_zero() => "ok",
                Some(d) if d <= half => "ok_rounded",
                _ => "failed",
            };
            (cv_cmp, status)
        };
        // the row whose label words equal the clause words; the total row wins a tie.
        // Of two columns of the figure's year (`Begroting 2022`, `Realisatie 2022`)
        // the one whose cell the prose agrees with is the one it restates; else the first
        let mut best: Option<((bool, bool), usize, usize, usize)> = None;
        let row_words = row_words.get_or_insert_with(|| {
            doc.tables
                .iter()
                .map(|t| {
                    t.rows
                        .iter()
                        .map(|r| (!r.section).then(|| label_words(&r.label)))
                        .collect()
                })
                .collect()
        });
        for (ti, t) in doc.tables.iter().enumerate() {
            for (ri, r) in t.rows.iter().enumerate() {
                if row_words[ti][ri].as_ref() != Some(&clause) {
                    continue; // a section row, or other words
                }
                for (ci, c) in t.columns.iter().enumerate() {
                    if c.year != Some(year) {
                        continue;
                    }
                    let Some(cell) = cell_at(t, ri, ci) else {
                        continue;
                    };
                    let Some(cv) = cell.value.filter(|_| cell.unit == "EUR") else {
                        continue;
                    };
                    let rank = (is_total(&r.label), judge(cv).1 != "failed");
                    if best.is_none_or(|b| rank > b.0) {
                        best = Some((rank, ti, ri, ci));
                    }
                }
            }
        }
        let Some((_, ti, ri, ci)) = best else {
            continue;
        };
        let t = &doc.tables[ti];
        let Some(cell) = cell_at(t, ri, ci) else {
            continue;
        };
        let Some(cv) = cell.value else { continue };
        let (cv_cmp, status) = judge(cv);
        if status != "failed" {
            links.push((fi, cell.id.clone()));
        }
        new_checks.push((
            ti,
            Check {
                kind: "prose_vs_table".to_string(),
                status: status.to_string(),
                description: format!(
                    "prose `{}` (line {}) against {} {}",
                    f.raw, f.line, t.rows[ri].label, t.columns[ci].label
                ),
                column: Some(t.columns[ci].label.clone()),
                expected: Some(cv_cmp),
                found: Some(fv),
                tolerance: Some(half),
                cells: vec![cell.id.clone(), f.id.clone()],
                lines: vec![cell.line, f.line],
            },
        ));
    }
    for (fi, id) in links {
        let f = &mut doc.figures[fi];
        if !f.links.contains(&id) {
            f.links.push(id);
        }
    }
    for (ti, c) in new_checks {
        doc.tables[ti].checks.push(c);
    }
}

fn figure_year(f: &Figure) -> Option<i32> {
    f.period.as_deref()?.get(..4)?.parse().ok()
}

/// The content words naming what a prose amount is: back from the figure to the
/// clause start (at most six words, stopping at punctuation or another number),
/// and up to three words after it (stopping likewise, at a capitalised word, or at a
/// conjunction that starts the next clause: `€ 2 mln. en de materiële kosten ...`).
/// `nth`: which occurrence of the figure's raw text in the sentence it is (a sentence
/// may print one amount twice).
fn figure_clause(f: &Figure, nth: usize) -> Vec<String> {
    let s = &f.sentence;
    let Some((p, _)) = s
        .match_indices(f.raw.as_str())
        .nth(nth)
        .or_else(|| s.match_indices(f.raw.as_str()).next())
    else {
        return Vec::new();
    };
    let stop = |w: &str| w.ends_with(['.', ',', ';', ':', '(', ')']) || w.contains(['€', '%']);
    let mut before = Vec::new();
    for w in s[..p].split_whitespace().rev().take(6) {
        if stop(w) || w.chars().any(|c| c.is_ascii_digit()) && !is_year(w) {
            break;
        }
        before.push(w);
    }
    let mut words: Vec<String> = before.iter().rev().flat_map(|w| content_words(w)).collect();
    for w in s[p + f.raw.len()..].split_whitespace().take(3) {
        if w.chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
            || w.contains('€')
            || matches!(w, "en" | "of" | "maar" | "terwijl" | "dan")
        {
            break;
        }
        let end = stop(w);
        words.extend(content_words(w));
        if end {
            break;
        }
    }
    words.retain(|w| !is_filler(w));
    words
}

fn is_year(w: &str) -> bool {
    let d: String = w.chars().filter(|c| c.is_ascii_digit()).collect();
    d.len() == 4 && (d.starts_with("19") || d.starts_with("20"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::grammar::parse_cell;
    use crate::model::Column;
    use crate::span::Span;
    use crate::tables::{assign_ids, make_cell};

    fn row(label: &str, level: u8, parent: Option<usize>, cells: &[&str]) -> Row {
        Row {
            label: label.to_string(),
            level,
            parent,
            section: cells.is_empty(),
            cells: cells
                .iter()
                .map(|s| {
                    if s.is_empty() {
                        None
                    } else {
                        let v = parse_cell(s).unwrap();
                        Some(make_cell(
                            s,
                            Span::default(),
                            &v,
                            Some(Dec::from_int(1000)),
                            Some(crate::grammar::Currency::Eur),
                            None,
                        ))
                    }
                })
                .collect(),
            ..Row::default()
        }
    }

    fn table(rows: Vec<Row>, cols: &[&str]) -> Table {
        let mut t = Table {
            columns: cols
                .iter()
                .map(|c| Column {
                    label: c.to_string(),
                    year: c.parse().ok(),
                    phase: None,
                })
                .collect(),
            rows,
            ..Table::default()
        };
        assign_ids(&mut t, 1);
        t
    }

    fn statuses(t: &Table, kind: &str) -> Vec<String> {
        check_table(t)
            .iter()
            .filter(|c| c.kind == kind)
            .map(|c| c.status.clone())
            .collect()
    }

    #[test]
    fn totals_sum_with_rounding_and_skips() {
        // seed 000, baten 2012 and 2015 (89.394 against 89.395: rounding)
        let t = table(
            vec![
                row("Baten", 0, None, &[]),
                row(
                    "Omzet moederdepartement",
                    1,
                    Some(0),
                    &["42.755", "30.677", "1"],
                ),
                row(
                    "Omzet overige departementen",
                    1,
                    Some(0),
                    &["34.755", "46.585", ""],
                ),
                row("Omzet derden", 1, Some(0), &["4.490", "12.133", "1"]),
                row("Totaal baten", 1, Some(0), &["82.000", "89.394", "2"]),
            ],
            &["2012", "2015", "2016"],
        );
        assert_eq!(statuses(&t, "sum"), vec!["ok", "ok_rounded", "skipped"]);
    }

    /// A grand total printed first adds up the rows after it, when nothing with
    /// values stands before it; a subtotal first, or a total under rows of values
    /// of its own, is not read downward.
    #[test]
    fn total_printed_first_sums_the_rows_below() {
        let t = table(
            vec![
                row("Totaal", 0, None, &["– 12 480", "24 610"]),
                row("Slachtofferzorg", 0, None, &["2 150", "140"]),
                row("Rechtspleging", 0, None, &["– 10 940", "17 300"]),
                row("Straffen", 0, None, &["– 3 690", "7 170"]),
            ],
            &["Verplichtingen", "Ontvangsten"],
        );
        assert_eq!(statuses(&t, "sum"), vec!["ok", "ok"]);
        let rel = relations(&t);
        assert_eq!(rel.len(), 1);
        assert_eq!(rel[0].lhs, 0);
        let terms: Vec<usize> = rel[0].terms.iter().map(|t| t.row).collect();
        assert_eq!(terms, [1, 2, 3]);

        // (wrong on purpose: a failed check, not a silent pass)
        let t = table(
            vec![
                row("Totaal", 0, None, &["100"]),
                row("A", 0, None, &["60"]),
                row("B", 0, None, &["30"]),
            ],
            &["2024"],
        );
        assert_eq!(statuses(&t, "sum"), vec!["failed"]);

        // (missed in every column, two or more: the rows below are no parts of it,
        // `Totaal netto kosten` over what is withdrawn and what is left to cover)
        let t = table(
            vec![
                row("Totaal netto kosten", 0, None, &["230.000", "242.280"]),
                row("Onttrekking reserves", 0, None, &["(1.200)", "(3.450)"]),
                row(
                    "Te dekken uit belastingen",
                    0,
                    None,
                    &["228.800", "238.830"],
                ),
            ],
            &["2024", "2025"],
        );
        assert!(statuses(&t, "sum").is_empty());
        // (one column missed, one held: a misprint, reported)
        let t = table(
            vec![
                row("Totaal", 0, None, &["100", "95"]),
                row("A", 0, None, &["60", "60"]),
                row("B", 0, None, &["30", "35"]),
            ],
            &["2023", "2024"],
        );
        assert_eq!(statuses(&t, "sum"), vec!["failed", "ok"]);

        // (up to the next section: `Totaal` over its articles, then another block)
        let t = table(
            vec![
                row("Totaal", 0, None, &["90"]),
                row("A", 0, None, &["60"]),
                row("B", 0, None, &["30"]),
                row("Ontvangsten", 0, None, &[]),
                row("C", 0, None, &["7"]),
            ],
            &["2024"],
        );
        assert_eq!(statuses(&t, "sum"), vec!["ok"]);

        for first in ["Subtotaal", "Totaal"] {
            let mut rows = vec![
                row(first, 0, None, &["90"]),
                row("A", 0, None, &["60"]),
                row("B", 0, None, &["30"]),
            ];
            if first == "Totaal" {
                rows.insert(0, row("Vooraf", 0, None, &["5"]));
            }
            assert!(relations(&table(rows, &["2024"])).is_empty(), "{first}");
        }
    }

    /// A grand total whose rows do not add up to it as they stand adds up the
    /// subtotals that its words do not name, each the exact sum of the rows
    /// before it; where the rows add up as they stand, nothing is dropped.
    #[test]
    fn unnamed_subtotals_stand_for_their_rows() {
        let t = table(
            vec![
                row("Immateriële activa", 0, None, &["2.310"]),
                row("Materiële activa", 0, None, &["64.920"]),
                row("Vaste activa", 0, None, &["67.230"]),
                row("Debiteuren", 0, None, &["9.415"]),
                row("Liquide middelen", 0, None, &["20.005"]),
                row("Vlottende activa", 0, None, &["29.420"]),
                row("Totaal activa", 0, None, &["96.650"]),
            ],
            &["2020"],
        );
        let rel = relations(&t);
        let terms: Vec<usize> = rel[0].terms.iter().map(|t| t.row).collect();
        assert_eq!(terms, [2, 5]);
        assert_eq!(statuses(&t, "sum"), vec!["ok"]);

        // (`C` equals `A + B` by chance, and the rows add up as they stand)
        let t = table(
            vec![
                row("A", 0, None, &["1"]),
                row("B", 0, None, &["1"]),
                row("C", 0, None, &["2"]),
                row("Totaal", 0, None, &["4"]),
            ],
            &["2020"],
        );
        let terms: Vec<usize> = relations(&t)[0].terms.iter().map(|t| t.row).collect();
        assert_eq!(terms, [0, 1, 2]);

        // (a wrong total still fails, with or without subtotals)
        let t = table(
            vec![
                row("A", 0, None, &["10"]),
                row("B", 0, None, &["5"]),
                row("Sub", 0, None, &["15"]),
                row("C", 0, None, &["7"]),
                row("Totaal", 0, None, &["30"]),
            ],
            &["2020"],
        );
        assert_eq!(statuses(&t, "sum"), vec!["failed"]);
    }

    #[test]
    fn empty_operand_fails_only_when_zero_cannot_hold() {
        // seed 000 cash flow 2017: the one printed part is `– 1.381`, the total `1.381`
        let t = table(
            vec![
                row("Eenmalige uitkering", 0, None, &["0", ""]),
                row("Aflossingen op leningen", 0, None, &["– 246", "– 1.381"]),
                row("Beroep op leenfaciliteit", 0, None, &["6.880", ""]),
                row(
                    "Totaal financieringskasstroom",
                    0,
                    None,
                    &["6.634", "1.381"],
                ),
            ],
            &["2012", "2017"],
        );
        let checks = check_table(&t);
        let sums: Vec<_> = checks.iter().filter(|c| c.kind == "sum").collect();
        assert_eq!(sums[0].status, "ok");
        assert_eq!(sums[1].status, "failed");
        assert!(sums[1].description.ends_with("(empty cells taken as zero)"));
        assert_eq!(sums[1].expected.unwrap().to_string(), "-1381000");
    }

    #[test]
    fn mismatch_fails_with_numbers_and_cells() {
        let t = table(
            vec![
                row("Apparaatskosten", 0, None, &["74.943"]),
                row("– personele kosten", 1, Some(0), &["23.322"]),
                row("– materiële kosten", 1, Some(0), &["50.621"]),
            ],
            &["2012"],
        );
        let c = &check_table(&t)[0];
        assert_eq!(c.status, "failed");
        assert_eq!(c.expected.unwrap().to_string(), "73943000");
        assert_eq!(c.found.unwrap().to_string(), "74943000");
        assert_eq!(c.cells, vec!["t1.r1.c1", "t1.r2.c1", "t1.r3.c1"]);
    }

    /// A part's change may exceed its whole's: no `≤` check in a column of
    /// differences (`Verschil`, `Mutatie`), where the amounts still are.
    #[test]
    fn waarvan_not_checked_in_a_difference_column() {
        let rows = vec![
            row(
                "Personele kosten",
                0,
                None,
                &["150.100", "155.830", "5.730"],
            ),
            row(
                "waarvan externe inhuur",
                1,
                Some(0),
                &["15.000", "21.120", "6.120"],
            ),
        ];
        let t = table(rows, &["Begroting 2023", "Realisatie 2023", "Verschil"]);
        assert_eq!(statuses(&t, "part_of"), vec!["ok", "ok"]);
        let t = table(
            t.rows.clone(),
            &["Begroting 2023", "Realisatie 2023", "2024"],
        );
        assert_eq!(statuses(&t, "part_of"), vec!["ok", "ok", "failed"]);
        assert!(difference_column(
            &table(vec![], &["2023", "Mutatie t.o.v. 2022"]),
            1
        ));
    }

    #[test]
    fn waarvan_parts_and_saldo_and_formula() {
        let mut rows = vec![
            row("personele kosten", 0, None, &["28.230"]),
            row("wv eigen personeel", 1, Some(0), &["15.527"]),
            row("wv externe inhuur", 1, Some(0), &["12.704"]),
            row("Totaal baten", 0, None, &["91.270"]),
            row("Totaal lasten", 0, None, &["92.470"]),
            row("Saldo van baten en lasten", 0, None, &["– 1.200"]),
            row("Rekening-courant 1 januari", 0, None, &["20.687"]),
            row("Totaal operationele kasstroom", 0, None, &["29.988"]),
            row("Rekening-courant 31 december (=1+2)", 0, None, &["50.675"]),
        ];
        rows[6].number = Some("1.".into());
        rows[7].number = Some("2.".into());
        rows[8].number = Some("3.".into());
        let t = table(rows, &["2014"]);
        assert_eq!(statuses(&t, "part_of"), vec!["ok_rounded"]);
        assert_eq!(statuses(&t, "balance"), vec!["ok"]);
        assert_eq!(statuses(&t, "formula"), vec!["ok"]);
        // a numbered total is not the sum of the numbered item before it
        assert!(statuses(&t, "sum").is_empty());
    }

    #[test]
    fn bare_saldo_of_baten_and_lasten() {
        // another agency's exploitatie: `Baten`, `Lasten`, `Saldo` without totals
        let t = table(
            vec![
                row("Baten", 0, None, &["512.400", "518.900"]),
                row("Lasten", 0, None, &["509.100", "516.300"]),
                row("Saldo", 0, None, &["3.300", "2.500"]),
            ],
            &["Begroting 2024", "Prognose 2024"],
        );
        assert_eq!(statuses(&t, "balance"), vec!["ok", "failed"]);
        // `Saldo` alone, with nothing to balance, is no relation; nor is a longer label
        let t = table(
            vec![
                row("Omzet", 0, None, &["10"]),
                row("Saldo", 0, None, &["3"]),
                row("Saldo kas", 0, None, &["3"]),
            ],
            &["2024"],
        );
        assert!(statuses(&t, "balance").is_empty());
    }

    /// `Saldo van lasten en baten` holds printed either way round (lasten − baten,
    /// or baten − lasten as its minus signs show); `Saldo van baten en lasten`
    /// printed the wrong way round still fails, as does a wrong amount. A balance
    /// in a `Verschil` column holds with favourable differences positive.
    #[test]
    fn saldo_either_way_round_and_favourable_differences() {
        // (the rows' canonical names, as the readers give them)
        let table = |rows: Vec<Row>, cols: &[&str]| {
            let rows = rows
                .into_iter()
                .map(|mut r| {
                    r.canonical = crate::tables::canonical::canonical(&r.label).map(str::to_string);
                    r
                })
                .collect();
            table(rows, cols)
        };
        let t = table(
            vec![
                row("Totaal lasten", 0, None, &["735,0", "769,0"]),
                row("Totaal baten", 0, None, &["680,5", "701,2"]),
                row("Saldo van lasten en baten", 0, None, &["-54,5", "-60,0"]),
            ],
            &["2025", "2026"],
        );
        assert_eq!(statuses(&t, "balance"), vec!["ok", "failed"]);
        let t = table(
            vec![
                row("Totaal lasten", 0, None, &["735,0"]),
                row("Totaal baten", 0, None, &["680,5"]),
                row("Saldo van baten en lasten", 0, None, &["54,5"]),
            ],
            &["2025"],
        );
        assert_eq!(statuses(&t, "balance"), vec!["failed"]);
        let t = table(
            vec![
                row("Totaal lasten", 0, None, &["770.940", "766.015", "4.925"]),
                row("Totaal baten", 0, None, &["763.820", "764.665", "845"]),
                row(
                    "Saldo van baten en lasten",
                    0,
                    None,
                    &["-7.120", "-1.350", "5.770"],
                ),
            ],
            &["Begroting", "Realisatie", "Verschil"],
        );
        assert_eq!(statuses(&t, "balance"), vec!["ok", "ok", "ok"]);
        // (not outside a column of differences)
        let t = table(
            vec![
                row("Totaal lasten", 0, None, &["4.925"]),
                row("Totaal baten", 0, None, &["845"]),
                row("Saldo van baten en lasten", 0, None, &["5.770"]),
            ],
            &["Realisatie"],
        );
        assert_eq!(statuses(&t, "balance"), vec!["failed"]);
    }

    #[test]
    fn column_formula() {
        let t = table(
            vec![
                row("Omzet", 0, None, &["100", "110", "10"]),
                row("Lasten", 0, None, &["90", "95", "8"]),
            ],
            &[
                "Oorspronkelijk vastgestelde begroting (1)",
                "Realisatie (2)",
                "Verschil realisatie en oorspronkelijk vastgestelde begroting (3)=(2)-(1)",
            ],
        );
        assert_eq!(statuses(&t, "difference"), vec!["ok", "failed"]);
    }

    /// A grand total over a table of 50 000 rows: its groups are read in one pass
    /// (the parts of 12 500 sections; 12 500 unnamed subtotals each the sum of the
    /// three rows before it), with the terms and statuses of the small tables.
    #[test]
    fn totals_of_a_large_table() {
        // `Programma k` sections of three parts each, then `Totaal`
        let mut rows = Vec::new();
        let mut parts = Vec::new();
        let mut sum = 0i64;
        for k in 0..12_500 {
            let section = rows.len();
            rows.push(row(&format!("Programma {k}"), 0, None, &[]));
            for p in 0..3 {
                let v = (k * 7 + p * 3) % 1000 + 1;
                sum += v;
                parts.push(rows.len());
                rows.push(row(
                    &format!("regeling {p}"),
                    1,
                    Some(section),
                    &[&v.to_string()],
                ));
            }
        }
        let total = rows.len();
        rows.push(row("Totaal", 0, None, &[&sum.to_string()]));
        assert_eq!(rows.len(), 50_001);
        let t = table(rows, &["2024"]);
        let children = children_of(&t.rows);
        // (not `assert_eq!`: a failure would print 37 500 numbers twice)
        assert!(total_group(&t.rows, &children, total) == parts);
        let checks = check_table(&t);
        let sums: Vec<&Check> = checks.iter().filter(|c| c.kind == "sum").collect();
        // (each section's parts add up to nothing printed; the total holds)
        assert_eq!(sums.len(), 1);
        assert_eq!(sums[0].status, "ok");
        assert_eq!(sums[0].cells.len(), 1 + parts.len());

        // three rows and their unnamed subtotal, 12 500 times, then a grand total
        // of the subtotals
        let mut rows = Vec::new();
        let mut subtotals = Vec::new();
        let mut sum = 0i64;
        for k in 0..12_500i64 {
            // (no row the sum of the rows before it but the subtotal)
            let vs = [k % 7 + 10, k % 5 + 20, k % 3 + 100];
            for v in vs {
                rows.push(row(
                    &format!("Regeling {}", rows.len()),
                    0,
                    None,
                    &[&v.to_string()],
                ));
            }
            let sub: i64 = vs.iter().sum();
            sum += sub;
            subtotals.push(rows.len());
            rows.push(row(&format!("Groep {k}"), 0, None, &[&sub.to_string()]));
        }
        let total = rows.len();
        rows.push(row("Totaal", 0, None, &[&sum.to_string()]));
        let t = table(rows, &["2024"]);
        let children = children_of(&t.rows);
        assert!(total_group(&t.rows, &children, total) == subtotals);
        let rel = relations(&t);
        assert_eq!(rel.len(), 1);
        assert_eq!(rel[0].lhs, total);
        assert_eq!(statuses(&t, "sum"), vec!["ok"]);
    }

    /// The subtotals a group drops, read in one pass, are those that adding up the
    /// rows before each one anew finds (the rule as first written, kept here).
    #[test]
    fn unnamed_subtotals_as_adding_up_anew() {
        fn anew(rows: &[Row], group: &[usize]) -> Vec<usize> {
            let mut out: Vec<usize> = Vec::new();
            let mut run = 0;
            for &k in group {
                let parts = &out[run..];
                if parts.len() >= 2 && sums_to(rows, parts, k) {
                    out.truncate(run);
                    out.push(k);
                    run = out.len();
                } else {
                    out.push(k);
                }
            }
            out
        }
        use proptest::prelude::*;
        let cell = prop_oneof![
            Just(""),
            Just("-"),
            Just("n.b."),
            Just("1"),
            Just("2"),
            Just("3"),
            Just("5"),
            Just("8"),
            Just("– 2"),
            Just("1,5"),
        ];
        let rows = proptest::collection::vec(proptest::collection::vec(cell, 0..4), 0..24);
        proptest!(ProptestConfig::with_cases(2000), |(cells in rows)| {
            let rows: Vec<Row> = cells
                .iter()
                .enumerate()
                .map(|(k, cs)| {
                    let mut r = row(&format!("R{k}"), 0, None, cs);
                    r.section = false;
                    r
                })
                .collect();
            let group: Vec<usize> = (0..rows.len()).collect();
            let mut once = group.clone();
            drop_unnamed_subtotals(&rows, &mut once);
            prop_assert_eq!(once, anew(&rows, &group));
        });
    }
}
