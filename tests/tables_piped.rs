//! Piped tables (Markdown pipe and grid tables) end to end, with values read from
//! the fixtures; the seeds' tables through three Markdown converters are in the
//! differential test of `tests/tables_aligned.rs`.

mod common;
use std::path::Path;
use verslag::model::{Document, Table};
use verslag::{extract, Options};

fn doc(path: &str) -> Document {
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join(path);
    let bytes = std::fs::read(&p).unwrap();
    extract(&bytes, &Options::default()).unwrap()
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
    assert_eq!(common::row_raws(t, "Baten"), ["91.270", "95.000", "97.312"]);
    assert_eq!(common::row_raws(t, "Saldo"), ["– 1.200", "0", "1.311"]);
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
    assert_eq!(common::row_raws(t, "Subsidies"), ["", "1.250", ""]);
    assert_eq!(common::row_raws(t, "Opdrachten"), ["300", "", "400"]);
}

mod prop {
    use super::*;
    use proptest::prelude::*;

    const VALUES: &[&str] = &[
        "1.234",
        "– 3 783",
        "(1.200)",
        "p.m.",
        "12,5%",
        "0",
        "98 560",
        "",
    ];

    /// A Markdown table of `years` columns and the given rows (label index, cells),
    /// with or without outer pipes, cells padded to their column or not.
    fn render(years: usize, rows: &[(usize, Vec<usize>)], outer: bool, pad: bool) -> String {
        let header: Vec<String> = std::iter::once(String::new())
            .chain((0..years).map(|y| (2018 + y).to_string()))
            .collect();
        let body: Vec<Vec<String>> = rows
            .iter()
            .map(|(l, cells)| {
                std::iter::once(format!("Post {}", (b'A' + *l as u8) as char))
                    .chain(cells.iter().map(|&c| VALUES[c].to_string()))
                    .collect()
            })
            .collect();
        let width = |c: usize| {
            std::iter::once(&header)
                .chain(&body)
                .map(|r| r[c].chars().count())
                .max()
                .unwrap_or(3)
                .max(3)
        };
        let line = |cells: &[String]| {
            let parts: Vec<String> = cells
                .iter()
                .enumerate()
                .map(|(c, t)| {
                    if pad {
                        format!(" {t:<w$} ", w = width(c))
                    } else {
                        format!(" {t} ")
                    }
                })
                .collect();
            let inner = parts.join("|");
            if outer {
                format!("|{inner}|")
            } else {
                inner
            }
        };
        let delim: Vec<String> = (0..=years)
            .map(|c| "-".repeat(if pad { width(c) } else { 3 }))
            .collect();
        let delim = if outer {
            format!("|{}|", delim.join("|"))
        } else {
            delim.join("|")
        };
        let mut out = String::from("Tabel 7 Kengetallen (bedragen x € 1.000)\n\n");
        out.push_str(&line(&header));
        out.push('\n');
        out.push_str(&delim);
        out.push('\n');
        for r in &body {
            out.push_str(&line(r));
            out.push('\n');
        }
        out.push_str("\nDe tabel toont de kengetallen.\n");
        out
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]

        /// Every cell of a rendered Markdown table comes back in its own column,
        /// empty cells included.
        #[test]
        fn piped_cells_come_back(
            years in 2usize..6,
            rows in proptest::collection::vec((0usize..20, proptest::collection::vec(0usize..VALUES.len() - 1, 6)), 1..8),
            empties in proptest::collection::vec(any::<bool>(), 48),
            outer in any::<bool>(),
            pad in any::<bool>(),
        ) {
            // distinct labels, at least one value per row, some cells emptied
            let mut seen = std::collections::HashSet::new();
            let mut rows: Vec<(usize, Vec<usize>)> = rows
                .into_iter()
                .filter(|(l, _)| seen.insert(*l))
                .map(|(l, mut c)| { c.truncate(years); (l, c) })
                .collect();
            for (r, (_, cells)) in rows.iter_mut().enumerate() {
                for (c, v) in cells.iter_mut().enumerate().skip(1) {
                    if empties[(r * 6 + c) % 48] {
                        *v = VALUES.len() - 1;
                    }
                }
            }
            let text = render(years, &rows, outer, pad);
            let d = extract(text.as_bytes(), &Options::default()).unwrap();
            prop_assert_eq!(d.tables.len(), 1, "{}", text);
            let t = &d.tables[0];
            prop_assert_eq!(t.layout.as_str(), "piped");
            prop_assert_eq!(t.columns.len(), years, "{}", text);
            prop_assert_eq!(t.rows.len(), rows.len(), "{}", text);
            for (r, (l, cells)) in rows.iter().enumerate() {
                let label = format!("Post {}", (b'A' + *l as u8) as char);
                prop_assert_eq!(&t.rows[r].label, &label, "{}", text);
                let want: Vec<&str> = cells.iter().map(|&c| VALUES[c]).collect();
                let got = common::row_raws(t, &label);
                prop_assert_eq!(got, want, "{}", text);
            }
        }
    }
}

#[test]
fn trafilatura_head_rows_each_under_a_delimiter() {
    // trafilatura writes a delimiter row under every head row of the HTML table and
    // puts the caption in the first head row, the other cells empty
    let d = doc("fixtures/tables/trafilatura_head_rows.txt");
    assert_eq!(d.tables.len(), 1);
    let t = &d.tables[0];
    assert_eq!(t.layout, "piped");
    assert_eq!(t.title.as_deref(), Some("Tabel 7 Exploitatie"));
    assert_eq!(t.scale.map(|s| s.to_string()).as_deref(), Some("1000"));
    let cols: Vec<&str> = t.columns.iter().map(|c| c.label.as_str()).collect();
    assert_eq!(
        cols,
        ["Realisatie 2021", "Realisatie 2022", "Begroting 2022"]
    );
    assert_eq!(
        common::row_raws(t, "Omzet"),
        ["98 560", "101 200", "99 000"]
    );
    assert_eq!(value(t, "Omzet", 1).as_deref(), Some("101200000"));
    assert_eq!(common::row_raws(t, "Overige baten"), ["p.m.", "0", "p.m."]);
    assert_eq!(value(t, "Overige baten", 0), None);
    assert_eq!(value(t, "Saldo", 0).as_deref(), Some("-1200000"));
    assert_eq!(value(t, "Saldo", 1).as_deref(), Some("-3783000"));
    // the rows point at their own lines (Omzet on line 11)
    assert_eq!(t.rows[0].label, "Omzet");
    assert_eq!(t.rows[0].line, 11);
    assert_eq!(t.rows[0].cells[0].as_ref().unwrap().line, 11);
}
