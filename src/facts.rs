//! Facts: a document flattened to one record per table cell and per prose figure.
//!
//! The keys are a public interface (DESIGN.md section 3): keep them exactly, add
//! new ones only at the end of [`FACT_KEYS`].

use crate::model::{Document, Table};
use serde::Serialize;

/// The fact columns, in order.
pub const FACT_KEYS: &[&str] = &[
    "doc",
    "kind",
    "table",
    "row",
    "row_path",
    "column",
    "year",
    "raw",
    "number",
    "multiplier",
    "value",
    "unit",
    "qualifier",
    "subject",
    "period",
    "line",
];

/// One fact. Field order is the column order.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Fact {
    pub doc: String,
    pub kind: &'static str,
    pub table: Option<String>,
    pub row: Option<String>,
    pub row_path: Option<String>,
    pub column: Option<String>,
    pub year: Option<i32>,
    pub raw: String,
    pub number: Option<String>,
    pub multiplier: Option<String>,
    pub value: Option<String>,
    pub unit: String,
    pub qualifier: Option<String>,
    pub subject: Option<String>,
    pub period: Option<String>,
    pub line: usize,
}

/// Labels from the top ancestor row down to `row`, joined with ` > `.
pub fn row_path(table: &Table, row: usize) -> String {
    let mut chain = vec![row];
    let mut cur = row;
    while let Some(p) = table.rows[cur].parent {
        if chain.contains(&p) || chain.len() > table.rows.len() {
            break;
        }
        chain.push(p);
        cur = p;
    }
    chain
        .iter()
        .rev()
        .map(|&i| table.rows[i].label.as_str())
        .collect::<Vec<_>>()
        .join(" > ")
}

/// Flattens a document. `doc` is the path as it should appear in the `doc` key.
pub fn facts(doc_path: &str, d: &Document) -> Vec<Fact> {
    let mut out = Vec::new();
    for t in &d.tables {
        for (ri, row) in t.rows.iter().enumerate() {
            let path = row_path(t, ri);
            for (ci, cell) in row.cells.iter().enumerate() {
                let Some(cell) = cell else { continue };
                let col = t.columns.get(ci);
                out.push(Fact {
                    doc: doc_path.to_string(),
                    kind: "cell",
                    table: t.title.clone().or_else(|| Some(t.id.clone())),
                    row: Some(row.label.clone()),
                    row_path: Some(path.clone()),
                    column: col.map(|c| c.label.clone()),
                    year: col.and_then(|c| c.year),
                    raw: cell.raw.clone(),
                    number: cell.number.map(|n| n.to_string()),
                    multiplier: cell.multiplier.map(|n| n.to_string()),
                    value: cell.value.map(|n| n.to_string()),
                    unit: cell.unit.clone(),
                    qualifier: cell.qualifier.clone(),
                    subject: None,
                    period: None,
                    line: cell.line,
                });
            }
        }
    }
    for f in &d.figures {
        let year = f
            .period
            .as_deref()
            // (a span of years, `2021/2024`, is no one year)
            .filter(|p| !p.contains('/'))
            .and_then(|p| p.get(..4))
            .and_then(|y| y.parse().ok());
        out.push(Fact {
            doc: doc_path.to_string(),
            kind: "figure",
            table: None,
            row: None,
            row_path: None,
            column: None,
            year,
            raw: f.raw.clone(),
            number: f.number.map(|n| n.to_string()),
            multiplier: f.multiplier.map(|n| n.to_string()),
            value: f.value.map(|n| n.to_string()),
            unit: f.unit.clone(),
            qualifier: f.qualifier.clone(),
            subject: f.subject.clone(),
            period: f.period.clone(),
            line: f.line,
        });
    }
    out
}

/// The CSV fields of a fact, in [`FACT_KEYS`] order (null as empty).
pub fn csv_record(f: &Fact) -> [String; 16] {
    let o = |s: &Option<String>| s.clone().unwrap_or_default();
    [
        f.doc.clone(),
        f.kind.to_string(),
        o(&f.table),
        o(&f.row),
        o(&f.row_path),
        o(&f.column),
        f.year.map(|y| y.to_string()).unwrap_or_default(),
        f.raw.clone(),
        o(&f.number),
        o(&f.multiplier),
        o(&f.value),
        f.unit.clone(),
        o(&f.qualifier),
        o(&f.subject),
        o(&f.period),
        f.line.to_string(),
    ]
}
