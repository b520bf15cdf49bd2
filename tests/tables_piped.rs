//! Piped tables (Markdown pipe and grid tables) end to end, with values read from
//! the fixtures; the seeds' tables through three Markdown converters are in the
//! differential test of `tests/tables_aligned.rs`.

use std::path::Path;
use verslag::model::{Document, Table};
use verslag::{extract, Options};

fn doc(path: &str) -> Document {
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join(path);
    let bytes = std::fs::read(&p).unwrap();
    extract(&bytes, &Options::default()).unwrap()
}

fn raws(t: &Table, label: &str) -> Vec<String> {
    let r = t.rows.iter().find(|r| r.label == label).unwrap();
    r.cells
        .iter()
        .map(|c| c.as_ref().map(|c| c.raw.clone()).unwrap_or_default())
        .collect()
}

fn value(t: &Table, label: &str, col: usize) -> Option<String> {
    let r = t.rows.iter().find(|r| r.label == label)?;
    r.cells[col].as_ref()?.value.map(|v| v.to_string())
}

/// Both fixtures print the same table: `Tabel 5 Baten en lasten (bedragen x € 1.000)`
/// over Realisatie 2021, Begroting 2022, Realisatie 2022.
fn same_table(d: &Document, first_row_line: usize) {
    assert_eq!(d.tables.len(), 1);
    let t = &d.tables[0];
    assert_eq!(t.layout, "piped");
    assert_eq!(t.title.as_deref(), Some("Tabel 5 Baten en lasten"));
    assert_eq!(t.scale.map(|s| s.to_string()).as_deref(), Some("1000"));
    let cols: Vec<&str> = t.columns.iter().map(|c| c.label.as_str()).collect();
    assert_eq!(
        cols,
        ["Realisatie 2021", "Begroting 2022", "Realisatie 2022"]
    );
    assert_eq!(raws(t, "Baten"), ["91.270", "95.000", "97.312"]);
    assert_eq!(raws(t, "Saldo"), ["– 1.200", "0", "1.311"]);
    assert_eq!(value(t, "Saldo", 0).as_deref(), Some("-1200000"));
    assert_eq!(value(t, "Lasten", 2).as_deref(), Some("96001000"));
    // each cell points at its own row's line
    assert_eq!(t.rows[0].cells[0].as_ref().unwrap().line, first_row_line);
    // Saldo = Baten − Lasten holds in every column
    let balance: Vec<&str> = t
        .checks
        .iter()
        .filter(|c| c.kind == "balance")
        .map(|c| c.status.as_str())
        .collect();
    assert_eq!(balance, ["ok", "ok", "ok"]);
}

#[test]
fn markdown_pipe_table() {
    let d = doc("fixtures/tables/markdown_pipe_table.txt");
    same_table(&d, 7);
    // the prose `€ 1,3 mln.` restates Saldo of Realisatie 2022 (1.311), not of
    // Begroting 2022 (0): of two columns of one year, the one it agrees with
    let f = d.figures.iter().find(|f| f.raw == "€ 1,3 mln.").unwrap();
    assert_eq!(f.links, ["t1.r3.c3"]);
}

#[test]
fn markdown_grid_table() {
    let d = doc("fixtures/tables/markdown_grid_table.txt");
    same_table(&d, 8);
}

#[test]
fn pipes_without_a_delimiter_row_are_no_table() {
    let text = "Jaarverslag 2022\n\nHome | Contact | Privacy | 2021 | 2022\nOver ons | Nieuws | 12 | 13 | 14\n\nDe kosten waren € 4 mln.\n";
    let d = extract(text.as_bytes(), &Options::default()).unwrap();
    assert!(d.tables.is_empty());
}

#[test]
fn empty_cells_keep_their_columns() {
    // an empty cell between two values stays empty: the pipes say where each value is
    let text = "Tabel 1 Kengetallen (x € 1.000)\n\n| | 2021 | 2022 | 2023 |\n|---|--:|--:|--:|\n| Subsidies | | 1.250 | |\n| Opdrachten | 300 | | 400 |\n";
    let d = extract(text.as_bytes(), &Options::default()).unwrap();
    assert_eq!(d.tables.len(), 1);
    let t = &d.tables[0];
    assert_eq!(raws(t, "Subsidies"), ["", "1.250", ""]);
    assert_eq!(raws(t, "Opdrachten"), ["300", "", "400"]);
}
