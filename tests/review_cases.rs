//! Inputs a review of the period, `Totaal`, date and trailing-label rules (session of
//! 2026-11-26, 14:05–) found read wrongly by them; each read right before those rules
//! or now. Kept in `fixtures/review/`, with the values checked by reading them.

mod common;
use std::path::Path;
use verslag::model::Document;
use verslag::{extract, Options};

fn doc(name: &str) -> Document {
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("fixtures/review/{name}.txt"));
    extract(&std::fs::read(&p).unwrap(), &Options::default()).unwrap()
}

fn columns(d: &Document, t: usize) -> Vec<String> {
    d.tables[t]
        .columns
        .iter()
        .map(|c| c.label.clone())
        .collect()
}

/// A table title without a table (`Tabel 4.1 … (bedragen x € 1 mln)`) right above
/// another: the lower table keeps its own title and no scale (counts stay counts).
#[test]
fn a_title_above_gives_no_scale() {
    let d = doc("t07");
    assert_eq!(d.tables.len(), 1);
    let t = &d.tables[0];
    assert_eq!(
        t.title.as_deref(),
        Some("Tabel 4.2 Aantal instellingen per regio")
    );
    assert_eq!(t.scale, None);
    assert_eq!(common::row_values(&d.tables[0], "Noord"), ["120", "100"]);
}

/// Rows labelled with a month or a quarter and its year (`januari 2023`, `Q1
/// 2023`) stay rows.
#[test]
fn month_and_quarter_rows() {
    let d = doc("m2");
    assert_eq!(columns(&d, 0), ["2022", "2023"]);
    assert_eq!(
        common::row_raws(&d.tables[0], "januari 2023"),
        ["1.200", "1.100"]
    );
    let d = doc("f11");
    assert_eq!(columns(&d, 0), ["Realisatie 2022", "Realisatie 2023"]);
    assert_eq!(common::row_raws(&d.tables[0], "Q2 2023"), ["130", "110"]);
}

/// `Totaal` after the years with rows of as many values as years is a section row,
/// not a column.
#[test]
fn totaal_heading_rows_is_no_column() {
    let d = doc("f09");
    assert_eq!(columns(&d, 0), ["2021", "2022", "2023"]);
    assert_eq!(common::row_raws(&d.tables[0], "Totaal"), ["", "", ""]);
    assert_eq!(common::row_raws(&d.tables[0], "Gemeenten"), ["5", "6", "7"]);
}

/// A short label after the table (`Theorie`) is no section head to be set aside:
/// with a note line among the labels nothing fits, and no row takes the values of
/// another.
#[test]
fn short_label_after_the_table_is_no_head() {
    let d = doc("m1");
    for t in &d.tables {
        assert!(
            t.rows
                .iter()
                .all(|r| r.label != "Exclusief herexamens in 2023"),
            "{:?}",
            t.rows.iter().map(|r| &r.label).collect::<Vec<_>>()
        );
    }
}

/// `Kwartaal` heading the label column is no column; `1e kwartaal` labels a row.
#[test]
fn kwartaal_stub_is_no_column() {
    let d = doc("a02");
    assert_eq!(columns(&d, 0), ["2022", "2023"]);
    assert_eq!(
        common::row_raws(&d.tables[0], "1e kwartaal"),
        ["1.210", "1.305"]
    );
}

/// A pipe table's title ending in a lower-case `product` keeps it.
#[test]
fn title_ending_in_a_stub_word_in_lower_case() {
    let d = doc("p03");
    assert_eq!(
        d.tables[0].title.as_deref(),
        Some("Tabel 2 Productie per product")
    );
}
