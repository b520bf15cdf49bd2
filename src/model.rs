//! The output types: what `verslag extract` writes, one [`Document`] per input.
//!
//! # Format
//!
//! ```text
//! { schema_version, source: { path, bytes, sha256, encoding, had_bom },
//!   meta: { kind, kind_evidence, kind_confidence, organisation, year, period,
//!           periods[], title, references[], authors[], conflicts[] },
//!   sections: [ { heading, level, line, span, children[] } ],
//!   tables:   [ { id, title, subtitle, caption, scale, currency, layout, section, line, span,
//!                 columns[], rows: [ { label, cells: [Cell | null], ... } ], footnotes[], checks[] } ],
//!   figures:  [ { id, raw, number, multiplier, value, unit, qualifier, subject, period, rate,
//!                 role, links[], sentence, line, span } ],
//!   repairs, furniture, diagnostics }
//! ```
//!
//! Exact numbers (`number`, `number_high`, `multiplier`, `value`, `scale`) are
//! JSON strings holding the exact decimal, so no reader can round them. Every
//! `line` is 1-based in the decoded source; every `span` is a byte range into it.
//! Names may grow, never silently change: bump [`SCHEMA_VERSION`] when they do.

use crate::decimal::Dec;
use crate::span::Span;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// Version of this output format.
pub const SCHEMA_VERSION: &str = "1.0";

#[derive(Clone, Debug, Default, Serialize, Deserialize, JsonSchema)]
pub struct Document {
    pub schema_version: String,
    pub source: Source,
    pub meta: Meta,
    pub sections: Vec<Section>,
    pub tables: Vec<Table>,
    pub figures: Vec<Figure>,
    pub repairs: Vec<Repair>,
    pub furniture: Vec<Furniture>,
    pub diagnostics: Vec<Diagnostic>,
}

#[derive(Clone, Debug, Default, Serialize, Deserialize, JsonSchema)]
pub struct Source {
    /// The input path as given (relative to the directory argument when walking one).
    pub path: String,
    pub bytes: u64,
    pub sha256: String,
    /// Encoding the bytes were decoded from (`UTF-8`, `UTF-16LE`, `windows-1252`, ...).
    pub encoding: String,
    pub had_bom: bool,
    /// Number of byte sequences that could not be decoded and became U+FFFD.
    pub replacements: usize,
}

#[derive(Clone, Debug, Default, Serialize, Deserialize, JsonSchema)]
pub struct Meta {
    /// `begroting`, `suppletoire_begroting`, `jaarverslag`, `viermaandsrapportage`,
    /// `stand_van_de_uitvoering`, `slotwet`, `kamerbrief` or `unknown`.
    pub kind: String,
    pub kind_evidence: Option<Evidence>,
    /// `high`, `medium` or `low`: how strong the evidence for `kind` is.
    pub kind_confidence: String,
    pub organisation: Option<String>,
    pub year: Option<i32>,
    pub period: Option<Period>,
    /// Every period the text names, with its line (several may disagree: see `conflicts`).
    pub periods: Vec<PeriodMention>,
    pub title: Option<String>,
    pub references: Vec<Reference>,
    pub authors: Vec<Author>,
    pub conflicts: Vec<Conflict>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Evidence {
    pub text: String,
    pub line: usize,
}

/// A period as start and end month, `YYYY-MM`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Period {
    pub start: String,
    pub end: String,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct PeriodMention {
    pub start: String,
    pub end: String,
    pub text: String,
    pub line: usize,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Reference {
    /// `kamerstuk` (`36 360 VII, nr. 1`), `vergaderjaar`, `page`, `chapter`.
    pub kind: String,
    pub text: String,
    pub line: usize,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Author {
    pub name: String,
    pub role: Option<String>,
    pub line: usize,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Conflict {
    pub field: String,
    pub values: Vec<String>,
    pub lines: Vec<usize>,
    pub message: String,
}

#[derive(Clone, Debug, Default, Serialize, Deserialize, JsonSchema)]
pub struct Section {
    pub heading: String,
    pub level: u8,
    pub line: usize,
    pub span: Span,
    pub children: Vec<Section>,
}

#[derive(Clone, Debug, Default, Serialize, Deserialize, JsonSchema)]
pub struct Table {
    /// `t1`, `t2`, ... in document order.
    pub id: String,
    /// The line that names the table (`Kasstroomoverzicht 2014`, `Tabel 39 Overzicht ...`).
    pub title: Option<String>,
    pub subtitle: Option<String>,
    /// The scale caption as printed (`(x € 1.000)`).
    pub caption: Option<String>,
    /// The multiplier the caption sets (`1000`), if any.
    pub scale: Option<Dec>,
    /// The ISO 4217 code of the currency the caption names: `EUR`, or `USD`, `GBP`,
    /// `CHF` (`(bedragen x USD 1.000)`).
    pub currency: Option<String>,
    /// `flat` (one cell per line), `aligned` (one row per line), `piped` (a
    /// Markdown pipe or grid table), `tabbed` (a tab between cells, as a browser's
    /// copy or a word processor's text export prints a table), `html` (a raw HTML
    /// table left in Markdown) or
    /// `blocks` (printed column by column: the labels, then each column's values
    /// further down, as OCR reads sparse tables).
    pub layout: String,
    /// Heading of the document section the table stands in.
    pub section: Option<String>,
    pub line: usize,
    pub span: Span,
    pub columns: Vec<Column>,
    pub rows: Vec<Row>,
    pub footnotes: Vec<Footnote>,
    pub checks: Vec<Check>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Column {
    /// As printed; both levels of a two-level header (`Realisatie 2021`).
    pub label: String,
    pub year: Option<i32>,
    /// `realisatie`, `begroting`, `raming`, `slotwet`, `verschil`, ... or null.
    pub phase: Option<String>,
}

#[derive(Clone, Debug, Default, Serialize, Deserialize, JsonSchema)]
pub struct Row {
    /// Label as printed, without list or dash markers and without a footnote marker.
    pub label: String,
    /// Line item id of the RBV agency models (`totaal_baten`), or null.
    pub canonical: Option<String>,
    /// 0 for top rows; sub-rows one deeper than their parent.
    pub level: u8,
    /// Index into `rows` of the parent row.
    pub parent: Option<usize>,
    /// True for a section row: a label without values that heads the rows below it.
    pub section: bool,
    /// The printed row number (`1.`), if any.
    pub number: Option<String>,
    /// A footnote marker printed after the label (`1` in `(%) 1`).
    pub footnote: Option<String>,
    /// Unit stated in the label (`(%)`, `FTE`), applied to the row's bare numbers.
    pub unit: Option<String>,
    pub line: usize,
    pub span: Span,
    pub cells: Vec<Option<Cell>>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Cell {
    /// `t1.r5.c3` (row and column 1-based).
    pub id: String,
    pub raw: String,
    /// Grammar kind: `number`, `percent`, `money`, `quantity`, `text`, `missing`, `nil`, `pm`, `range`.
    pub kind: String,
    pub number: Option<Dec>,
    pub number_high: Option<Dec>,
    pub multiplier: Option<Dec>,
    pub value: Option<Dec>,
    pub unit: String,
    /// A bound the cell prints before its number (`< 1.100`: `less_than`; `≤`, `max.`:
    /// `at_most`; `>`: `more_than`; `≥`, `min.`: `at_least`), or a deviation's
    /// verdict letter printed after it (`310 N`: `adverse`, nadeel; `95 V`:
    /// `favourable`, voordeel; the number stays as printed); left out when none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qualifier: Option<String>,
    pub line: usize,
    pub span: Span,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Footnote {
    pub marker: String,
    pub text: String,
    pub line: usize,
    pub span: Span,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Check {
    /// `sum`, `difference`, `balance`, `part_of`, `prose_vs_table`.
    pub kind: String,
    /// `ok`, `ok_rounded`, `failed`, `skipped`.
    pub status: String,
    /// What was checked, readable: `Totaal baten = Omzet moederdepartement + ...`.
    pub description: String,
    pub column: Option<String>,
    pub expected: Option<Dec>,
    pub found: Option<Dec>,
    pub tolerance: Option<Dec>,
    /// Cell ids involved (the total first).
    pub cells: Vec<String>,
    pub lines: Vec<usize>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Figure {
    /// `f1`, `f2`, ... in document order.
    pub id: String,
    pub raw: String,
    pub kind: String,
    pub number: Option<Dec>,
    pub number_high: Option<Dec>,
    pub multiplier: Option<Dec>,
    pub value: Option<Dec>,
    pub unit: String,
    /// `approx`, `more_than`, `less_than`, `almost`, `at_least`, `at_most` or null.
    pub qualifier: Option<String>,
    pub subject: Option<String>,
    /// Year or period the figure is about (`2021`, a span of years `2021/2024`,
    /// `2023-01/2023-04`).
    pub period: Option<String>,
    /// `per maand`, `per jaar`, ... when the figure is a rate.
    pub rate: Option<String>,
    /// `norm`, `actual`, `budget`, `forecast`, `change`, `from`, `to`, or null.
    pub role: Option<String>,
    /// Ids of related figures and of table cells this figure restates.
    pub links: Vec<String>,
    pub sentence: String,
    pub section: Option<String>,
    pub line: usize,
    pub span: Span,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Repair {
    /// `ocr_diacritic`, `ocr_case`, `ocr_digit`, `hyphen_join`, `mojibake`, `number`, ...
    pub kind: String,
    pub from: String,
    pub to: String,
    pub line: usize,
    pub span: Span,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Furniture {
    /// `web_chrome`, `page_number`, `running_header`, `running_footer`, `ocr_debris`.
    pub kind: String,
    pub text: String,
    pub line: usize,
}

#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Info,
    Warning,
    Error,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Diagnostic {
    pub severity: Severity,
    /// Stable machine-readable code (`empty_input`, `cell_placement_guessed`, ...).
    pub code: String,
    pub message: String,
    pub line: Option<usize>,
    pub span: Option<Span>,
}

impl Diagnostic {
    pub fn new(severity: Severity, code: &str, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            severity,
            code: code.to_string(),
            message: message.into(),
            line: None,
            span: None,
        }
    }

    pub fn at(mut self, line: usize, span: Span) -> Diagnostic {
        self.line = Some(line);
        self.span = Some(span);
        self
    }
}
