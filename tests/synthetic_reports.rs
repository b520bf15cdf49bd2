//! Made-up reports of other agencies (`scripts/synth_report.py`: other labels, years and
//! number styles than the seeds) rendered by the converters users run
//! (`scripts/render_synth.sh`), read back and compared cell by cell with the truth the
//! page was made from. Floors hold what is read today; a cell lost fails the test, and
//! the misses are printed.

mod common;
use std::path::Path;
use verslag::model::Document;
use verslag::{extract, Options};

/// The renderings as text, web and PDF (not OCR), as `scripts/render_synth*.sh`
/// name them.
const TEXT_RENDERINGS: [&str; 13] = [
    "flat",
    "lynx",
    "w3m",
    "pandoc",
    "gfm",
    "elinks",
    "inscriptis",
    "trafilatura",
    "html2text",
    "w3m80",
    "links80",
    "pdf-layout",
    "pdf-raw",
];

/// The made-up reports (fixtures/synth/<report>/).
const REPORTS: [&str; 18] = [
    "rdw", "duo", "cbr", "rvo", "rws", "ind", "ienw", "bd", "kad", "nvwa", "dji", "knmi", "cjib",
    "ksa", "uwv", "szw", "ilt", "bzk",
];

/// (report, rendering, cells that must match; the report's truth has `total` cells).
const FLOORS: &[(&str, &str, usize)] = &[
    ("rdw", "flat", 60),
    ("rdw", "lynx", 60),
    ("rdw", "w3m", 60),
    ("rdw", "pandoc", 60),
    ("rdw", "gfm", 60),
    ("rdw", "elinks", 60),
    ("rdw", "inscriptis", 60),
    ("rdw", "trafilatura", 60),
    ("rdw", "html2text", 60),
    // duo's second table has a unit column (`Eenheid`: `aantal`, `%`, `€`, `fte`)
    // before the years and a target `< 1.100`; lynx wraps `800` / `000`
    ("duo", "flat", 65),
    ("duo", "lynx", 65),
    ("duo", "w3m", 65),
    ("duo", "pandoc", 65),
    ("duo", "gfm", 65),
    // elinks wraps `Streefwaarde` / `2023` in the header, a label with its unit
    // (`Aantal aanvragen   aantal  812 400 …` / `studiefinanciering`) and
    // `Rekening-courant RHB 31` / `december`
    ("duo", "elinks", 65),
    ("duo", "inscriptis", 65),
    ("duo", "trafilatura", 65),
    ("duo", "html2text", 65),
    // cbr: `(bedragen in € mln)`, decimals with `-0,8` and `–1,2`, school years
    // `2020/2021` under `Schooljaar`, counts `(aantallen x 1.000)`
    ("cbr", "flat", 21),
    ("cbr", "lynx", 21),
    ("cbr", "w3m", 21),
    ("cbr", "pandoc", 21),
    ("cbr", "gfm", 21),
    ("cbr", "elinks", 21),
    ("cbr", "inscriptis", 21),
    ("cbr", "trafilatura", 21),
    ("cbr", "html2text", 21),
    // rvo: a meerjarenraming with `Bedragen x € 1.000` in the stub, `2024*`,
    // `1 012 345`, `waarvan:` rows, `-`/`–` for empty cells, a footnote mark `¹`
    ("rvo", "flat", 30),
    ("rvo", "lynx", 30),
    ("rvo", "pandoc", 30),
    ("rvo", "gfm", 30),
    ("rvo", "inscriptis", 30),
    ("rvo", "trafilatura", 30),
    ("rvo", "html2text", 30),
    ("rvo", "w3m", 30),
    // elinks wraps space-grouped numbers inside their cells (`1 012` / `345`)
    ("rvo", "elinks", 30),
    // rws: bounds `≥ 97%`, `99,1 %`, arithmetic labels `2024 (1)` / `(3)=(2)-(1)` under
    // long phases, `(x € 1 mln)` with decimals, `*` markers, a label longer than a
    // browser's cell
    ("rws", "flat", 43),
    // lynx drops the empty cells: `Overige baten – 12,6 12,6` in three columns is a
    // nil and two values, as the table writes its negatives in parentheses
    ("rws", "lynx", 43),
    ("rws", "w3m", 43),
    ("rws", "pandoc", 43),
    ("rws", "gfm", 43),
    ("rws", "elinks", 43),
    ("rws", "inscriptis", 43),
    ("rws", "trafilatura", 43),
    ("rws", "html2text", 43),
    // ind: no-break spaces group the digits (`112 030`), units in the labels
    // (`(aantal)`, `(dagen)`, `(%)`, `(fte)`), `Product` over the labels, a `Mutatie`
    // column, `-0,3%`
    ("ind", "flat", 27),
    ("ind", "lynx", 27),
    ("ind", "w3m", 27),
    ("ind", "pandoc", 27),
    ("ind", "gfm", 27),
    ("ind", "elinks", 27),
    ("ind", "inscriptis", 27),
    ("ind", "trafilatura", 27),
    ("ind", "html2text", 27),
    // ienw: a ministry's budget article, seven year columns of space-grouped amounts
    // under an `Omschrijving` stub, `waarvan juridisch verplicht` with one percentage
    ("ienw", "flat", 57),
    ("ienw", "lynx", 57),
    ("ienw", "w3m", 57),
    ("ienw", "pandoc", 57),
    ("ienw", "gfm", 57),
    ("ienw", "elinks", 57),
    ("ienw", "inscriptis", 57),
    ("ienw", "trafilatura", 57),
    ("ienw", "html2text", 57),
    // w3m and links at their default 80 columns: labels packed one space apart
    // (`Realisatie 2022 Stand slotwet 2023`), years one space after the stub
    // (`Eenheid 2021    2022`), values and labels wrapped in narrow cells
    ("rdw", "w3m80", 60),
    ("rdw", "links80", 60),
    ("duo", "w3m80", 65),
    ("duo", "links80", 65),
    ("cbr", "w3m80", 21),
    ("cbr", "links80", 21),
    ("rvo", "w3m80", 30),
    ("rvo", "links80", 30),
    ("rws", "w3m80", 43),
    ("rws", "links80", 43),
    ("ind", "w3m80", 27),
    ("ind", "links80", 27),
    ("ienw", "w3m80", 57),
    ("ienw", "links80", 57),
    // The PDF renderings (scripts/render_synth_pdf.sh: Chromium's PDF through
    // pdftotext with and without `-layout`, and through tesseract, clean and degraded).
    // pdftotext without `-layout` prints a two-level header without its empty cells
    // and moves labels away from their values (rdw `Totaal baten` after the table,
    // `Baten` among values): what is placed is held here. Tesseract reads most of
    // these tables column by column (all labels, then each column's block of values,
    // the next table's labels in between): the blocks reader puts them back where
    // every block is whole (duo; ind's degraded scan in part); OCR damage inside a
    // block (a lost `–`, `—2783`) leaves it unread, and the rest (rdw, cbr, rvo, rws)
    // is short of that or laid out otherwise (cbr's first column beside the labels).
    ("rdw", "pdf-layout", 60),
    ("rdw", "pdf-raw", 52),
    ("rdw", "ocr", 38),
    ("rdw", "ocr-noisy", 0),
    ("duo", "pdf-layout", 65),
    ("duo", "pdf-raw", 65),
    ("duo", "ocr", 65),
    ("duo", "ocr-noisy", 58),
    ("cbr", "pdf-layout", 21),
    ("cbr", "pdf-raw", 21),
    ("cbr", "ocr", 20),
    ("cbr", "ocr-noisy", 20),
    ("rvo", "pdf-layout", 30),
    ("rvo", "pdf-raw", 30),
    ("rvo", "ocr", 0),
    ("rvo", "ocr-noisy", 0),
    ("rws", "pdf-layout", 43),
    ("rws", "pdf-raw", 16),
    ("rws", "ocr", 0),
    ("rws", "ocr-noisy", 0),
    ("ind", "pdf-layout", 27),
    ("ind", "pdf-raw", 27),
    ("ind", "ocr", 0),
    ("ind", "ocr-noisy", 10),
    ("ienw", "pdf-layout", 57),
    ("ienw", "pdf-raw", 56),
    ("ienw", "ocr", 52),
    ("ienw", "ocr-noisy", 45),
    // Three more reports, made after the readers above to probe them (scripts/
    // synth_report.py bd, kad, nvwa): a six-column budget table in millions with `−`
    // (U+2212); a four-monthly report whose columns are periods (`jan-apr 2023`,
    // `Verschil (%)`) and whose header lynx and w3m print one space apart (`Begroting
    // 2024 Realisatie t/m april Prognose 2024`); an agency's numbered rows (`1.1
    // Opbrengst moederdepartement`) under numbered heads (`1. Baten`).
    ("bd", "flat", 52),
    ("bd", "lynx", 52),
    ("bd", "w3m", 52),
    ("bd", "pandoc", 52),
    ("bd", "gfm", 52),
    ("bd", "elinks", 52),
    ("bd", "inscriptis", 52),
    ("bd", "trafilatura", 52),
    ("bd", "html2text", 52),
    ("bd", "w3m80", 52),
    ("bd", "links80", 52),
    ("bd", "pdf-layout", 52),
    ("bd", "pdf-raw", 36),
    ("bd", "ocr", 49),
    ("bd", "ocr-noisy", 0),
    ("kad", "flat", 24),
    ("kad", "lynx", 24),
    ("kad", "w3m", 24),
    ("kad", "pandoc", 24),
    ("kad", "gfm", 24),
    ("kad", "elinks", 24),
    ("kad", "inscriptis", 24),
    ("kad", "trafilatura", 24),
    ("kad", "html2text", 24),
    ("kad", "w3m80", 24),
    ("kad", "links80", 24),
    ("kad", "pdf-layout", 24),
    ("kad", "pdf-raw", 24),
    ("kad", "ocr", 0),
    ("kad", "ocr-noisy", 0),
    ("nvwa", "flat", 52),
    ("nvwa", "lynx", 52),
    ("nvwa", "w3m", 52),
    ("nvwa", "pandoc", 52),
    ("nvwa", "gfm", 52),
    ("nvwa", "elinks", 52),
    ("nvwa", "inscriptis", 52),
    ("nvwa", "trafilatura", 52),
    ("nvwa", "html2text", 52),
    ("nvwa", "w3m80", 52),
    ("nvwa", "links80", 52),
    ("nvwa", "pdf-layout", 52),
    ("nvwa", "pdf-raw", 52),
    ("nvwa", "ocr", 0),
    ("nvwa", "ocr-noisy", 0),
    // Two more, made after those: dji's sector table with a `Totaal` column after the
    // years, `-/- 12,5` and `nihil`, and a `Mutatie` over `2022-2021` with
    // `2,5%-punt`; knmi's indicators with `Basiswaarde 2019` and `Streefwaarde 2025`
    // columns. links80 packs `Basiswaarde 2021` one space apart over the wrapped
    // `2019`: one row's label wraps around its values there and is lost.
    ("dji", "flat", 36),
    ("dji", "lynx", 36),
    ("dji", "w3m", 36),
    ("dji", "pandoc", 36),
    ("dji", "gfm", 36),
    ("dji", "elinks", 36),
    ("dji", "inscriptis", 36),
    ("dji", "trafilatura", 36),
    ("dji", "html2text", 36),
    ("dji", "w3m80", 36),
    ("dji", "pdf-layout", 36),
    ("dji", "links80", 36),
    ("dji", "pdf-raw", 36),
    ("dji", "ocr", 0),
    ("dji", "ocr-noisy", 0),
    ("knmi", "flat", 41),
    ("knmi", "lynx", 41),
    ("knmi", "w3m", 41),
    ("knmi", "pandoc", 41),
    ("knmi", "gfm", 41),
    ("knmi", "elinks", 41),
    ("knmi", "inscriptis", 41),
    ("knmi", "trafilatura", 41),
    ("knmi", "html2text", 41),
    ("knmi", "w3m80", 41),
    ("knmi", "pdf-layout", 41),
    ("knmi", "links80", 36),
    ("knmi", "pdf-raw", 20),
    ("knmi", "ocr", 33),
    ("knmi", "ocr-noisy", 0),
    // cjib: a balance sheet whose columns are dates (`31-12-2023`, `31-12-2022`), a
    // label with a date (`Eigen vermogen per 1 januari 2023`), amounts in euros with
    // cents (`1.234.567,89`, `+15.432,11`) in rows labelled `(€)`
    ("cjib", "flat", 25),
    ("cjib", "lynx", 25),
    ("cjib", "w3m", 25),
    ("cjib", "pandoc", 25),
    ("cjib", "gfm", 25),
    ("cjib", "elinks", 25),
    ("cjib", "inscriptis", 25),
    ("cjib", "trafilatura", 25),
    ("cjib", "html2text", 25),
    ("cjib", "w3m80", 25),
    ("cjib", "links80", 25),
    ("cjib", "pdf-layout", 25),
    ("cjib", "ocr", 25),
    ("cjib", "pdf-raw", 22),
    ("cjib", "ocr-noisy", 0),
    // ksa: rows numbered with letters (`a. Heffingen`), a trailing minus (`150-`), a
    // share column `Aandeel (%)` in a table of thousands, `in duizenden euro's`
    ("ksa", "flat", 28),
    ("ksa", "lynx", 28),
    ("ksa", "w3m", 28),
    ("ksa", "pandoc", 28),
    ("ksa", "gfm", 28),
    ("ksa", "elinks", 28),
    ("ksa", "inscriptis", 28),
    ("ksa", "trafilatura", 28),
    ("ksa", "html2text", 28),
    ("ksa", "w3m80", 28),
    ("ksa", "links80", 28),
    ("ksa", "pdf-layout", 28),
    ("ksa", "pdf-raw", 8),
    ("ksa", "ocr", 0),
    ("ksa", "ocr-noisy", 0),
    // uwv: years falling (`2023 2022 2021`) under the stub `Regeling`, a goal column
    // `Doel 2023`; pdftotext without `-layout` prints `Doel 2023` away from its header
    ("uwv", "flat", 27),
    ("uwv", "lynx", 27),
    ("uwv", "w3m", 27),
    ("uwv", "pandoc", 27),
    ("uwv", "gfm", 27),
    ("uwv", "elinks", 27),
    ("uwv", "inscriptis", 27),
    ("uwv", "trafilatura", 27),
    ("uwv", "html2text", 27),
    ("uwv", "w3m80", 27),
    ("uwv", "links80", 27),
    ("uwv", "pdf-layout", 27),
    ("uwv", "pdf-raw", 18),
    ("uwv", "ocr", 21),
    ("uwv", "ocr-noisy", 15),
    // szw: a jaarverslag's budget table with a last `Noot` column (its marks are the
    // rows' footnotes, the notes printed under the table as `1) …`), five
    // Realisatie years before `Vastgestelde begroting` and `Verschil`, `– 3 783`, a
    // `Bron:` line under the second table. elinks and links at 80 columns wrap the
    // five-digit amounts in four-character cells under a two-line header (`91` /
    // `004`); pdftotext without `-layout` prints the `Noot` column after the table
    // (the cells are read, the two marks not); OCR reads the table column by column
    ("szw", "flat", 63),
    ("szw", "lynx", 63),
    // (w3m packs `91 004 132 870 101 566` one space apart under `2019 2020 2021`:
    // read as one number, with two empty cells)
    ("szw", "w3m", 55),
    ("szw", "pandoc", 63),
    ("szw", "gfm", 63),
    ("szw", "elinks", 12),
    ("szw", "inscriptis", 63),
    ("szw", "trafilatura", 63),
    ("szw", "html2text", 63),
    ("szw", "w3m80", 12),
    ("szw", "links80", 12),
    ("szw", "pdf-layout", 63),
    ("szw", "pdf-raw", 61),
    ("szw", "ocr", 0),
    ("szw", "ocr-noisy", 0),
    // ilt: an indicator table with a last `Status` column of text (`Niet gehaald`,
    // `Op koers`; w3m at 80 columns wraps `Niet` / `gehaald` and prints the first
    // cell under `Streefwaarde`, left of its centred year), estimates `ca. 500`,
    // provisional figures `14.210*` under `2023*`, `(aantal)` rows in a table of
    // thousands of euros and a note `* Voorlopige cijfers.` (pdftotext without
    // `-layout` prints two labels after the table, then the note); OCR misreads
    // `≥ 95` as `295` and `7,4` as `74`
    ("ilt", "flat", 27),
    ("ilt", "lynx", 27),
    ("ilt", "w3m", 27),
    ("ilt", "pandoc", 27),
    ("ilt", "gfm", 27),
    ("ilt", "elinks", 27),
    ("ilt", "inscriptis", 27),
    ("ilt", "trafilatura", 27),
    ("ilt", "html2text", 27),
    ("ilt", "w3m80", 27),
    ("ilt", "links80", 27),
    ("ilt", "pdf-layout", 27),
    ("ilt", "pdf-raw", 27),
    ("ilt", "ocr", 23),
    ("ilt", "ocr-noisy", 23),
    // bzk: a suppletoire begroting's table of mutations, an `Art.` column of budget
    // articles (`1`, `6.2`: text, never thousands) between the labels and the years,
    // rows `Stand ontwerpbegroting 2024` whose labels end in a year, a section row
    // `Mutaties 1e suppletoire begroting 2024` made of header words (w3m at 80
    // columns wraps its `2024` onto a line of its own, read as a row of its own
    // without values); pdftotext without `-layout` prints `Art.` before the first row's label
    // and the years after it; OCR reads the table column by column
    ("bzk", "flat", 34),
    ("bzk", "lynx", 34),
    ("bzk", "w3m", 34),
    ("bzk", "pandoc", 34),
    ("bzk", "gfm", 34),
    ("bzk", "elinks", 34),
    ("bzk", "inscriptis", 34),
    ("bzk", "trafilatura", 34),
    ("bzk", "html2text", 34),
    ("bzk", "w3m80", 34),
    ("bzk", "links80", 34),
    ("bzk", "pdf-layout", 34),
    ("bzk", "pdf-raw", 0),
    ("bzk", "ocr", 0),
    ("bzk", "ocr-noisy", 0),
];

struct Truth {
    table: usize,
    label: String,
    /// The column, or `None` for a mark in a `Noot` column: the row's footnote.
    col: Option<usize>,
    raw: String,
}

/// Whitespace and no-break spaces folded, a superscript footnote mark taken off the
/// end (`Opbrengst moederdepartement¹`: the readers keep it as the row's footnote).
fn norm(s: &str) -> String {
    s.trim_end_matches(['¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹'])
        .replace('\u{a0}', " ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn truth(report: &str) -> Vec<Truth> {
    let p =
        Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("fixtures/synth/{report}/truth.tsv"));
    std::fs::read_to_string(p)
        .unwrap()
        .lines()
        .skip(1)
        .map(|l| {
            let f: Vec<&str> = l.split('\t').collect();
            Truth {
                table: f[0].parse().unwrap(),
                label: f[1].to_string(),
                col: (f[2] != "note").then(|| f[2].parse().unwrap()),
                raw: f[3].to_string(),
            }
        })
        .collect()
}

/// A unit column's words as printed and the unit the readers give the row.
const UNIT_WORDS: &[(&str, &str)] = &[
    ("aantal", "count"),
    ("%", "%"),
    ("€", "EUR"),
    ("fte", "fte"),
];

/// The cells of `truth` that `d` reads as printed, and the misses. A truth table
/// whose first column holds only unit words (`Eenheid`: `aantal`, `%`) has a unit
/// column: the readers make it each row's unit, so column 0 is compared with the
/// row's unit and the others one place to the left.
fn score(d: &Document, truth: &[Truth]) -> (usize, Vec<String>) {
    let unit_of = |w: &str| UNIT_WORDS.iter().find(|(p, _)| *p == w).map(|(_, u)| *u);
    let has_unit_col = |table: usize| {
        truth
            .iter()
            .filter(|c| c.table == table && c.col == Some(0))
            .all(|c| unit_of(&c.raw).is_some())
    };
    // a table read with another number of columns than printed is wrong as a whole,
    // whatever its cells say
    let ncols = |table: usize| {
        let n = truth
            .iter()
            .filter(|c| c.table == table)
            .filter_map(|c| c.col.map(|k| k + 1))
            .max()
            .unwrap_or(0);
        n - usize::from(has_unit_col(table))
    };
    let mut ok = 0;
    let mut misses = Vec::new();
    for c in truth {
        let unit_col = has_unit_col(c.table);
        let shaped = |t: &&verslag::model::Table| t.columns.len() == ncols(c.table);
        let got = d.tables.get(c.table).filter(shaped).and_then(|t| {
            let r = t.rows.iter().find(|r| norm(&r.label) == norm(&c.label))?;
            match (unit_col, c.col) {
                (_, None) => r.footnote.clone(),
                (true, Some(0)) => r.unit.clone(),
                (true, Some(k)) => r.cells.get(k - 1)?.as_ref().map(|cell| norm(&cell.raw)),
                (false, Some(k)) => r.cells.get(k)?.as_ref().map(|cell| norm(&cell.raw)),
            }
        });
        let want = match (unit_col, c.col) {
            (true, Some(0)) => unit_of(&c.raw).unwrap_or_default().to_string(),
            _ => norm(&c.raw),
        };
        if got.as_deref() == Some(want.as_str()) {
            ok += 1;
        } else {
            misses.push(format!(
                "t{} {:?} col {:?}: {:?} read {:?}",
                c.table, c.label, c.col, c.raw, got
            ));
        }
    }
    (ok, misses)
}

#[test]
fn synthetic_reports_through_converters() {
    let mut failures = Vec::new();
    for &(report, rendering, floor) in FLOORS {
        let t = truth(report);
        let d = synth_doc(report, rendering);
        let (ok, misses) = score(&d, &t);
        eprintln!("{report} {rendering}: {ok}/{}", t.len());
        if ok < floor {
            failures.push(format!(
                "{report} {rendering}: {ok}/{} (floor {floor}):\n  {}",
                t.len(),
                misses.join("\n  ")
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn verschil_column_without_a_year() {
    // `Verschil` heads a column of its own over an empty year cell, in every layout
    for rendering in ["flat", "lynx", "w3m", "pandoc", "gfm", "elinks"] {
        let d = synth_doc("rdw", rendering);
        let t = &d.tables[0];
        let cols = columns(t);
        assert_eq!(
            cols,
            [
                "Realisatie 2021",
                "Realisatie 2022",
                "Vastgestelde begroting 2022",
                "Verschil"
            ],
            "{rendering}"
        );
        assert_eq!(
            t.columns[3].phase.as_deref(),
            Some("verschil"),
            "{rendering}"
        );
        // (pandoc's gfm drops the caption)
        if rendering != "gfm" {
            assert_eq!(
                t.scale.map(|s| s.to_string()).as_deref(),
                Some("1000"),
                "{rendering}"
            );
            assert_eq!(
                t.title.as_deref(),
                Some("Tabel 4.2 Staat van baten en lasten Rijksdienst voor Wegverkeer"),
                "{rendering}"
            );
        }
        // in thousands of euros, where the caption says so
        let k = if rendering == "gfm" { "" } else { "000" };
        let saldo = t
            .rows
            .iter()
            .find(|r| r.label == "Saldo van baten en lasten")
            .unwrap();
        let v = |c: usize| {
            saldo.cells[c]
                .as_ref()
                .and_then(|c| c.value)
                .map(|v| v.to_string())
        };
        assert_eq!(v(1), Some(format!("-2783{k}")), "{rendering}");
        assert_eq!(v(3), Some(format!("-2783{k}")), "{rendering}");
        let overige = t
            .rows
            .iter()
            .find(|r| r.label == "Opbrengst overige departementen")
            .unwrap();
        assert_eq!(
            overige.cells[2]
                .as_ref()
                .and_then(|c| c.value)
                .map(|v| v.to_string()),
            Some(format!("-1200{k}")),
            "{rendering}"
        );
    }
}

#[test]
fn scale_without_a_number_and_counts_in_thousands() {
    for rendering in [
        "flat",
        "lynx",
        "w3m",
        "pandoc",
        "trafilatura",
        "html2text",
        "inscriptis",
    ] {
        let d = synth_doc("cbr", rendering);
        assert_eq!(d.tables.len(), 2, "{rendering}");
        let value = |t: usize, label: &str, col: usize| {
            let r = d.tables[t].rows.iter().find(|r| r.label == label).unwrap();
            r.cells[col]
                .as_ref()
                .and_then(|c| c.value)
                .map(|v| v.to_string())
        };
        // `(bedragen in € mln)`: `-0,8` and `–1,2` are minus 0.8 and 1.2 million euros
        let t = &d.tables[0];
        assert_eq!(
            t.title.as_deref(),
            Some("Tabel 2 Apparaatsuitgaven"),
            "{rendering}"
        );
        assert_eq!(
            t.scale.map(|s| s.to_string()).as_deref(),
            Some("1000000"),
            "{rendering}"
        );
        assert_eq!(t.currency.as_deref(), Some("EUR"), "{rendering}");
        assert_eq!(
            value(0, "Materieel", 2).as_deref(),
            Some("-800000"),
            "{rendering}"
        );
        assert_eq!(
            value(0, "Afschrijvingen", 1).as_deref(),
            Some("-1200000"),
            "{rendering}"
        );
        // `(aantallen x 1.000)`: thousands of exams, no currency; school-year columns
        let t = &d.tables[1];
        assert_eq!(t.title.as_deref(), Some("Tabel 3 Examens"), "{rendering}");
        assert_eq!(
            t.scale.map(|s| s.to_string()).as_deref(),
            Some("1000"),
            "{rendering}"
        );
        assert_eq!(t.currency, None, "{rendering}");
        let cols: Vec<(&str, Option<i32>)> = t
            .columns
            .iter()
            .map(|c| (c.label.as_str(), c.year))
            .collect();
        assert_eq!(
            cols,
            [
                ("Schooljaar 2020/2021", Some(2020)),
                ("Schooljaar 2021/2022", Some(2021)),
                ("Schooljaar 2022/2023", Some(2022))
            ],
            "{rendering}"
        );
        assert_eq!(
            value(1, "Theorie-examens", 0).as_deref(),
            Some("1204500"),
            "{rendering}"
        );
    }
}

#[test]
fn stub_caption_footnote_marks_and_dashes_for_empty_cells() {
    for rendering in ["flat", "lynx", "pandoc", "gfm", "trafilatura"] {
        let d = synth_doc("rvo", rendering);
        let t = &d.tables[0];
        // the scale caption stands in the year line's stub (pandoc prints the
        // table's own caption after it, without a scale)
        assert_eq!(
            t.scale.map(|s| s.to_string()).as_deref(),
            Some("1000"),
            "{rendering}"
        );
        // `¹` after a label is its footnote mark in every layout
        let r = t
            .rows
            .iter()
            .find(|r| r.label == "Opbrengst moederdepartement")
            .unwrap();
        assert_eq!(r.footnote.as_deref(), Some("1"), "{rendering}");
        assert_eq!(
            r.cells[0]
                .as_ref()
                .and_then(|c| c.value)
                .map(|v| v.to_string())
                .as_deref(),
            Some("1012345000"),
            "{rendering}"
        );
        // `- – 0 0 0`: two empty cells then zeros (lynx prints them one space apart)
        let r = t.rows.iter().find(|r| r.label == "Rentebaten").unwrap();
        let raws: Vec<&str> = r
            .cells
            .iter()
            .map(|c| c.as_ref().map_or("", |c| c.raw.as_str()))
            .collect();
        assert_eq!(raws, ["-", "–", "0", "0", "0"], "{rendering}");
        assert_eq!(
            r.cells[1].as_ref().and_then(|c| c.value),
            None,
            "{rendering}"
        );
    }
}

/// duo's indicator table read through pandoc, by value: the unit column gives each
/// row its unit, and the target `< 1.100` keeps its number with the bound as the
/// cell's and the fact's qualifier.
#[test]
fn unit_column_and_bound_target_by_value() {
    let d = synth_doc("duo", "pandoc");
    let t = &d.tables[1];
    let row = |l: &str| t.rows.iter().find(|r| r.label == l).unwrap();
    let klachten = row("Klachten gegrond");
    assert_eq!(klachten.unit.as_deref(), Some("count"));
    let target = klachten.cells[3].as_ref().unwrap();
    assert_eq!(target.raw, "< 1.100");
    assert_eq!(target.value.map(|v| v.to_string()).as_deref(), Some("1100"));
    assert_eq!(target.qualifier.as_deref(), Some("less_than"));
    let kosten = row("Kosten per aanvraag").cells[0].as_ref().unwrap();
    assert_eq!(
        (kosten.raw.as_str(), kosten.unit.as_str()),
        ("€ 18,20", "EUR")
    );
    assert_eq!(
        kosten.value.map(|v| v.to_string()).as_deref(),
        Some("18.20")
    );
    let facts = verslag::facts::facts("duo/pandoc.txt", &d);
    let f = facts.iter().find(|f| f.raw == "< 1.100").unwrap();
    assert_eq!(f.qualifier.as_deref(), Some("less_than"));
    assert_eq!(f.column.as_deref(), Some("Streefwaarde 2023"));
    assert!(facts
        .iter()
        .filter(|f| f.kind == "cell" && f.raw != "< 1.100")
        .all(|f| f.qualifier.is_none()));
}

/// rws by value: bounds in a norm column (`≥ 97%`), a percentage printed with a
/// space (`99,1 %`), two-level headers with arithmetic labels, `(x € 1 mln)` with
/// decimals and negative amounts in parentheses, as the pandoc and html2text
/// renderings read them.
#[test]
fn norms_and_arithmetic_headers_by_value() {
    for rendering in ["pandoc", "html2text"] {
        let d = synth_doc("rws", rendering);
        let t = &d.tables[0];
        let cols = columns(t);
        assert_eq!(
            cols,
            [
                "Norm 2024",
                "Realisatie 2022",
                "Realisatie 2023",
                "Realisatie 2024"
            ],
            "{rendering}"
        );
        let norm = t.rows[0].cells[0].as_ref().unwrap();
        assert_eq!((norm.raw.as_str(), norm.unit.as_str()), ("≥ 97%", "%"));
        assert_eq!(norm.qualifier.as_deref(), Some("at_least"));
        assert_eq!(norm.value.map(|v| v.to_string()).as_deref(), Some("97"));
        let spaced = t.rows[1].cells[1].as_ref().unwrap();
        assert_eq!(spaced.value.map(|v| v.to_string()).as_deref(), Some("99.1"));
        assert_eq!(spaced.unit, "%");
        let t = &d.tables[1];
        let cols = columns(t);
        assert_eq!(
            cols,
            [
                "Oorspronkelijk vastgestelde begroting 2024 (1)",
                "Realisatie 2024 (2)",
                "Verschil realisatie en begroting (3)=(2)-(1)"
            ],
            "{rendering}"
        );
        assert_eq!(t.columns[0].year, Some(2024));
        assert_eq!(t.scale.map(|s| s.to_string()).as_deref(), Some("1000000"));
        let saldo = t.rows.iter().find(|r| r.label == "Saldo").unwrap();
        let v: Vec<String> = saldo
            .cells
            .iter()
            .map(|c| c.as_ref().unwrap().value.unwrap().to_string())
            .collect();
        assert_eq!(v, ["9800000", "-5500000", "-15300000"], "{rendering}");
    }
}

/// Every rendering of a report names the columns of each table alike (labels as
/// printed, both header levels), except where a rendering is known to differ.
#[test]
fn renderings_agree_on_column_labels() {
    // links packs cbr's `Realisatie 2022 slotwet` one space apart, so the header reads
    // without positions and the single upper label `Stand` goes over every column
    // pdftotext without `-layout` prints rws's second header as `Oorspronkelijk
    // vastgestelde` / `begroting Realisatie` / `Verschil realisatie en` / `begroting`:
    // the end of one column label and the next on one line; that table is not read
    // and bd's second header as `Realisatie`, the four labels, the sentence after the
    // table, then `Streefwaarde` and the years: that table is not read either
    // and knmi's second header as `Begroting` / `Realisatie` / `2023` / `2023`, its
    // `Verschil` after the table and the sentence below it: not read
    const KNOWN: &[(&str, &str)] = &[
        ("cbr", "links80"),
        ("rws", "pdf-raw"),
        ("bd", "pdf-raw"),
        ("knmi", "pdf-raw"),
        // and ksa's second table, whose labels stand apart from its header, and
        // uwv's, whose `Doel 2023` stands apart from its header
        ("ksa", "pdf-raw"),
        ("uwv", "pdf-raw"),
        // elinks and links at 80 columns print szw's years one space apart (`2019
        // 2020 2021`) over amounts wrapped in their cells (`91` / `004`): the header
        // reads without positions and the wrapped pieces are not put together
        ("szw", "elinks"),
        ("szw", "w3m80"),
        ("szw", "links80"),
        // pdftotext without `-layout` prints bzk's `Art.`, then the first row's
        // label, then the years: not read
        ("bzk", "pdf-raw"),
    ];
    let renderings = TEXT_RENDERINGS;
    let mut failures = Vec::new();
    for report in REPORTS {
        let labels = |r: &str| {
            let d = synth_doc(report, r);
            d.tables
                .iter()
                .map(|t| {
                    t.columns
                        .iter()
                        .map(|c| c.label.clone())
                        .collect::<Vec<_>>()
                })
                .collect::<Vec<_>>()
        };
        let want = labels("pandoc");
        for r in renderings {
            if KNOWN.contains(&(report, r)) {
                continue;
            }
            let got = labels(r);
            if got != want {
                failures.push(format!("{report} {r}: {got:?}\n  pandoc: {want:?}"));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

fn synth_doc(report: &str, rendering: &str) -> Document {
    let p = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join(format!("fixtures/synth/{report}/{rendering}.txt"));
    extract(&std::fs::read(&p).unwrap(), &Options::default()).unwrap()
}

/// The values of a row's cells, all filled, as decimal strings.
fn values_of(r: &verslag::model::Row) -> Vec<String> {
    r.cells
        .iter()
        .map(|c| c.as_ref().unwrap().value.as_ref().unwrap().to_string())
        .collect()
}

fn columns(t: &verslag::model::Table) -> Vec<&str> {
    t.columns.iter().map(|c| c.label.as_str()).collect()
}

/// pdftotext without `-layout` prints a two-level header with no empty cells: all
/// the phases, then all the years. Each phase takes a rising run of years; a
/// `Verschil` column takes none. Values as printed in the fixtures.
#[test]
fn pdf_raw_phases_over_runs_of_years() {
    // rws: `Norm` / `Realisatie` / `2024` / `2022` / `2023` / `2024`
    let d = synth_doc("rws", "pdf-raw");
    let t = &d.tables[0];
    assert_eq!(
        columns(t),
        [
            "Norm 2024",
            "Realisatie 2022",
            "Realisatie 2023",
            "Realisatie 2024"
        ]
    );
    let r = t.rows.iter().find(|r| r.label == "Hoofdwegennet").unwrap();
    let norm = r.cells[0].as_ref().unwrap();
    assert_eq!(
        (norm.raw.as_str(), norm.qualifier.as_deref()),
        ("≥ 97%", Some("at_least"))
    );
    assert_eq!(r.cells[3].as_ref().unwrap().raw, "97,9%");
    // rdw: `Realisatie` / `Vastgestelde begroting` / `Verschil` / `2021` / `2022` /
    // `2022`: one year each would make three columns; the rows have four values
    let d = synth_doc("rdw", "pdf-raw");
    let t = &d.tables[0];
    assert_eq!(
        columns(t),
        [
            "Realisatie 2021",
            "Realisatie 2022",
            "Vastgestelde begroting 2022",
            "Verschil"
        ]
    );
    let r = t
        .rows
        .iter()
        .find(|r| r.label == "Opbrengst overige departementen")
        .unwrap();
    let c = r.cells[2].as_ref().unwrap();
    assert_eq!(c.raw, "(1.200)");
    assert_eq!(c.value.map(|v| v.to_string()).as_deref(), Some("-1200000"));
    assert_eq!(r.cells[3].as_ref().unwrap().raw, "13 345");
    // cbr: `Schooljaar` / `2020/2021` on adjacent lines is a phase over the years,
    // not one label; the first row's label printed after the table takes the
    // values before the first label
    let d = synth_doc("cbr", "pdf-raw");
    let first = &d.tables[1].rows[0];
    assert_eq!(first.label, "Theorie-examens");
    let raws: Vec<&str> = first
        .cells
        .iter()
        .map(|c| c.as_ref().unwrap().raw.as_str())
        .collect();
    assert_eq!(raws, ["1.204,5", "1.180,2", "1.222,0"]);
    assert_eq!(
        first.cells[0]
            .as_ref()
            .unwrap()
            .value
            .map(|v| v.to_string())
            .as_deref(),
        Some("1204500")
    );
    assert_eq!(
        columns(&d.tables[1]),
        [
            "Schooljaar 2020/2021",
            "Schooljaar 2021/2022",
            "Schooljaar 2022/2023"
        ]
    );
}

/// pdftotext without `-layout` prints a block of labels after the table's values
/// (duo): put back in order when they fit the rows that lack one, with a warning.
#[test]
fn pdf_raw_labels_after_the_table() {
    let d = synth_doc("duo", "pdf-raw");
    let cells = common::row_raws;
    // the one row with 24 values for 4 columns, and 5 labels after the table
    let t = &d.tables[0];
    assert_eq!(
        cells(t, "Totaal investeringen (-/-)"),
        ["(6.031)", "(5.000)", "(7.250)", "(2.250)"]
    );
    assert_eq!(
        cells(t, "Totaal boekwaarde desinvesteringen (+)"),
        ["0", "p.m.", "120", "120"]
    );
    assert_eq!(
        cells(t, "Beroep op leenfaciliteit (+)"),
        ["370", "5.000", "2.500", "(2.500)"]
    );
    let r = t
        .rows
        .iter()
        .find(|r| r.label == "Totaal investeringskasstroom")
        .unwrap();
    assert_eq!(r.number.as_deref(), Some("3."));
    let last = t
        .rows
        .iter()
        .find(|r| r.label == "Beroep op leenfaciliteit (+)")
        .unwrap();
    assert_eq!(
        last.cells[3]
            .as_ref()
            .unwrap()
            .value
            .map(|v| v.to_string())
            .as_deref(),
        Some("-2500000")
    );
    // rows that open with their unit (`fte` / `2.310,5`) and two labels after the table
    let t = &d.tables[1];
    let fte = t.rows.iter().find(|r| r.label == "Fte totaal").unwrap();
    assert_eq!(fte.unit.as_deref(), Some("fte"));
    assert_eq!(
        cells(t, "Fte totaal"),
        ["2.310,5", "2.402,0", "2.455,3", "2.400"]
    );
    assert!(t
        .rows
        .iter()
        .all(|r| r.label != "fte" && r.label != "aantal"));
    assert_eq!(
        d.diagnostics
            .iter()
            .filter(|g| g.code == "flat_labels_displaced")
            .count(),
        2
    );
}

/// pdftotext without `-layout` prints ind's Tabel 5 labels between the title and the
/// column labels, their values right after the header: put back in order when the
/// values make whole rows for exactly those labels; the title stays the table's.
#[test]
fn pdf_raw_labels_above_the_header() {
    let d = synth_doc("ind", "pdf-raw");
    let t = &d.tables[1];
    assert_eq!(t.title.as_deref(), Some("Tabel 5 Personeel (ultimo jaar)"));
    assert_eq!(columns(t), ["2022", "2023", "Mutatie"]);
    let row = |l: &str| t.rows.iter().find(|r| r.label == l).unwrap();
    let values = |l: &str| -> Vec<String> {
        row(l)
            .cells
            .iter()
            .map(|c| c.as_ref().unwrap().value.unwrap().to_string())
            .collect()
    };
    assert_eq!(values("Interne medewerkers (fte)"), ["5210", "5590", "380"]);
    assert_eq!(values("Externe inhuur (fte)"), ["880", "820", "-60"]);
    assert_eq!(row("Externe inhuur (fte)").unit.as_deref(), Some("fte"));
    assert_eq!(values("Totaal (fte)"), ["6090", "6410", "320"]);
    assert!(d
        .diagnostics
        .iter()
        .any(|g| g.code == "flat_labels_displaced" && g.message.contains("Interne medewerkers")));
}

/// pdftotext `-layout` right-aligns a unit column's words under `Eenheid`: each is
/// the row's unit, not the end of its label.
#[test]
fn pdf_layout_unit_column_right_aligned() {
    let d = synth_doc("duo", "pdf-layout");
    let t = &d.tables[1];
    let units: Vec<(&str, Option<&str>)> = t
        .rows
        .iter()
        .map(|r| (r.label.as_str(), r.unit.as_deref()))
        .collect();
    assert_eq!(
        units,
        [
            ("Aantal aanvragen studiefinanciering", Some("count")),
            ("Tijdig afgehandeld", Some("%")),
            ("Kosten per aanvraag", Some("EUR")),
            ("Klachten gegrond", Some("count")),
            ("Fte totaal", Some("fte")),
        ]
    );
}

/// Tesseract prints duo's two tables column by column: the labels of Tabel 7, those
/// of Tabel 8 (with their `Eenheid` words), then blocks of values under their own
/// headers (`Realisatie 2022` and ten values, `2021` and five, `2022 2023` and five
/// lines of two, …). Each block goes to the table whose rows it fits; every value
/// keeps the line it stands on. Values as printed in fixtures/synth/duo/ocr.txt.
#[test]
fn ocr_tables_printed_column_by_column() {
    let d = synth_doc("duo", "ocr");
    assert_eq!(d.tables.len(), 2);
    let t = &d.tables[0];
    assert_eq!(t.layout, "blocks");
    assert_eq!(t.title.as_deref(), Some("Tabel 7 Kasstroomoverzicht"));
    assert_eq!(
        columns(t),
        [
            "Realisatie 2022",
            "Begroting 2023",
            "Realisatie 2023",
            "Mutatie"
        ]
    );
    let first = &t.rows[0];
    assert_eq!(first.label, "Rekening-courant RHB 1 januari");
    assert_eq!(first.number.as_deref(), Some("1."));
    let vals: Vec<(String, usize)> = first
        .cells
        .iter()
        .map(|c| {
            let c = c.as_ref().unwrap();
            (c.value.unwrap().to_string(), c.line)
        })
        .collect();
    // (x € 1.000); lines 45, 65, 84 and 97 of the file, far below the label (11)
    assert_eq!(
        vals,
        [
            ("20687000".to_string(), 45),
            ("15000000".to_string(), 65),
            ("18204000".to_string(), 84),
            ("3204000".to_string(), 97)
        ]
    );
    assert_eq!(first.line, 11);
    let inv = t
        .rows
        .iter()
        .find(|r| r.label == "Totaal investeringen (-/-)")
        .unwrap();
    assert_eq!(inv.cells[0].as_ref().unwrap().raw, "(6.031)");
    assert_eq!(
        inv.cells[0]
            .as_ref()
            .unwrap()
            .value
            .map(|v| v.to_string())
            .as_deref(),
        Some("-6031000")
    );
    // two columns on one line (`798 350 805 120` under `2022 2023`), a unit column
    let t = &d.tables[1];
    assert_eq!(columns(t), ["2021", "2022", "2023", "Streefwaarde 2023"]);
    let r = &t.rows[0];
    assert_eq!(r.label, "Aantal aanvragen studiefinanciering");
    assert_eq!(r.unit.as_deref(), Some("count"));
    let raws: Vec<&str> = r
        .cells
        .iter()
        .map(|c| c.as_ref().unwrap().raw.as_str())
        .collect();
    assert_eq!(raws, ["812 400", "798 350", "805 120", "800 000"]);
    let target = t.rows[3].cells[3].as_ref().unwrap();
    assert_eq!(
        (target.raw.as_str(), target.qualifier.as_deref()),
        ("< 1.100", Some("less_than"))
    );
    // the value blocks are not read again as tables without labels
    assert!(d
        .tables
        .iter()
        .all(|t| t.rows.iter().all(|r| !r.label.is_empty())));
}

/// Tesseract joins two header cells of rdw's table on one line (`Vastgestelde
/// begroting Verschil` over `2022`) and prints their values two a line (`99 000
/// 2 200`, `- 52 000`): two columns, the year to the phase that is no difference;
/// `—` (OCR's `–`) is a sub-row marker. Values as printed in
/// fixtures/synth/rdw/ocr.txt lines 47-83.
#[test]
fn ocr_block_with_two_phases_on_one_line() {
    let d = synth_doc("rdw", "ocr");
    let t = &d.tables[0];
    assert_eq!(
        columns(t),
        [
            "Realisatie 2021",
            "Realisatie 2022",
            "Vastgestelde begroting 2022",
            "Verschil"
        ]
    );
    let raws = |l: &str| common::row_raws(t, l);
    assert_eq!(
        raws("Opbrengst overige departementen"),
        ["12 133", "12 145", "(1.200)", "13 345"]
    );
    assert_eq!(
        raws("waarvan eigen personeel"),
        ["50 100", "52 000", "-", "52 000"]
    );
    let r = t
        .rows
        .iter()
        .find(|r| r.label == "waarvan eigen personeel")
        .unwrap();
    assert_eq!(r.cells[2].as_ref().unwrap().value, None);
    assert!(t
        .rows
        .iter()
        .find(|r| r.label == "Baten")
        .unwrap()
        .cells
        .iter()
        .all(Option::is_none));
}

/// Tesseract keeps cbr's first column beside the labels (`Realisatie 2022` over
/// `Personeel 8,4`) and prints the other two as blocks; the caption reads `(bedragen
/// in € min)` for `mln`. Values as printed in fixtures/synth/cbr/ocr.txt; OCR lost
/// the sign of `–1,2`, and the sum check says so.
#[test]
fn ocr_first_column_beside_the_labels() {
    let d = synth_doc("cbr", "ocr");
    let t = &d.tables[0];
    assert_eq!(t.layout, "blocks");
    assert_eq!(
        columns(t),
        [
            "Realisatie 2022",
            "Stand slotwet 2023",
            "Ontwerpbegroting 2024"
        ]
    );
    assert_eq!(t.scale.map(|s| s.to_string()).as_deref(), Some("1000000"));
    let r = t.rows.iter().find(|r| r.label == "Materieel").unwrap();
    let vals: Vec<String> = r
        .cells
        .iter()
        .map(|c| c.as_ref().unwrap().value.unwrap().to_string())
        .collect();
    assert_eq!(vals, ["4900000", "3600000", "-800000"]);
    // the label and its first value on one line, the others far below
    assert_eq!(r.cells[0].as_ref().unwrap().line, r.line);
    assert!(r.cells[1].as_ref().unwrap().line > r.line + 10);
    assert!(t
        .checks
        .iter()
        .any(|c| c.kind == "sum" && c.status == "failed"));
}

/// A block that fits a table only by its row count but repeats a column the table
/// has (ind's degraded scan: Tabel 2's `2023` block, four rows after OCR lost its
/// `–`, beside Tabel 5's own `2023`) is not given to it.
#[test]
fn ocr_blocks_not_given_twice_the_same_column() {
    let d = synth_doc("ind", "ocr-noisy");
    let t = d
        .tables
        .iter()
        .find(|t| t.title.as_deref() == Some("Tabel 5 Personeel (ultimo jaar)"))
        .unwrap();
    assert_eq!(columns(t), ["2022", "2023", "Mutatie"]);
    let r = t.rows.iter().find(|r| r.label == "Totaal (fte)").unwrap();
    let raws: Vec<&str> = r
        .cells
        .iter()
        .map(|c| c.as_ref().unwrap().raw.as_str())
        .collect();
    assert_eq!(raws, ["6 090", "6 410", "320"]);
}

/// A block of values whose labels stand elsewhere (Tesseract on rdw: `2021 2022 2022`
/// over `€ 12,95 € 13,10 € 12,50` and more) is no table: no table of any rendering
/// has only rows without a label, and rdw's OCR says which values were left.
#[test]
fn no_table_without_row_labels() {
    for report in REPORTS {
        for r in ["ocr", "ocr-noisy", "pdf-raw", "pdf-layout", "lynx", "flat"] {
            let d = synth_doc(report, r);
            assert!(
                d.tables
                    .iter()
                    .all(|t| t.rows.iter().any(|r| !r.label.trim().is_empty())),
                "{report} {r}"
            );
        }
    }
    let d = synth_doc("rdw", "ocr");
    let g = d
        .diagnostics
        .iter()
        .find(|g| g.code == "table_without_labels")
        .unwrap();
    assert!(g.message.contains("`Begroting 2022`"), "{}", g.message);
    assert!(g.line.is_some());
}

/// Four-monthly reports head their columns with periods: `jan-apr 2023`, `jan-apr
/// 2024` and a `Verschil (%)` with no year (kad, Tabel 1). Every rendering but OCR
/// reads them as columns of those years, with the values under them.
#[test]
fn period_columns_by_value() {
    for r in [
        "flat",
        "lynx",
        "w3m",
        "pandoc",
        "gfm",
        "elinks",
        "w3m80",
        "links80",
        "pdf-layout",
        "pdf-raw",
    ] {
        let d = synth_doc("kad", r);
        let t = &d.tables[0];
        assert_eq!(
            columns(t),
            ["jan-apr 2023", "jan-apr 2024", "Verschil (%)"],
            "{r}"
        );
        let years: Vec<Option<i32>> = t.columns.iter().map(|c| c.year).collect();
        assert_eq!(years, [Some(2023), Some(2024), None], "{r}");
        assert_eq!(t.columns[2].phase.as_deref(), Some("verschil"), "{r}");
        let row = t
            .rows
            .iter()
            .find(|x| x.label == "Kadastrale recherches")
            .unwrap();
        let cells: Vec<(&str, String)> = row
            .cells
            .iter()
            .map(|c| {
                let c = c.as_ref().unwrap();
                (c.raw.as_str(), c.value.as_ref().unwrap().to_string())
            })
            .collect();
        assert_eq!(
            cells,
            [
                ("5.812.400", "5812400".to_string()),
                ("6.001.250", "6001250".to_string()),
                ("+3,2%", "3.2".to_string())
            ],
            "{r}"
        );
        assert_eq!(
            common::row_raws(t, "Splitsingen"),
            ["1.204", "1.179", "-2,1%"],
            "{r}"
        );
    }
}

/// lynx and w3m print kad's second header one space apart: `Begroting 2024
/// Realisatie t/m april Prognose 2024`. `Realisatie` opens a column of its own after
/// `Begroting 2024` closed at its year, and `Prognose` after `Realisatie t/m april`,
/// which has none; the first value stays out of the label (it went into `Omzet
/// 318.400` when the header read as two columns).
#[test]
fn phases_one_space_apart_open_their_columns() {
    for r in ["lynx", "w3m80", "links80", "elinks", "w3m"] {
        let d = synth_doc("kad", r);
        let t = &d.tables[1];
        assert_eq!(
            columns(t),
            ["Begroting 2024", "Realisatie t/m april", "Prognose 2024"],
            "{r}"
        );
        let omzet = t.rows.iter().find(|x| x.label == "Omzet").unwrap();
        let values = values_of(omzet);
        // (bedragen x € 1.000)
        assert_eq!(values, ["318400000", "104950000", "321000000"], "{r}");
        assert_eq!(
            common::row_raws(t, "Personele kosten"),
            ["(190.250)", "(63.800)", "(191.500)"],
            "{r}"
        );
    }
}

/// pdftotext without `-layout` prints nvwa's labels `1. Baten`, `1.4 Rentebaten`,
/// `Totaal baten`, `2. Lasten`, `Totaal lasten`, `Saldo van baten en lasten` after
/// the table, and the values of two rows each after `1.3` and `2.3` (12 values for
/// 4 columns). The four labels that are no section head take those rows in order;
/// the heads, which have no values, stay out.
#[test]
fn pdf_raw_labels_after_the_table_for_several_long_rows() {
    let d = synth_doc("nvwa", "pdf-raw");
    let t = &d.tables[0];
    assert_eq!(
        common::row_raws(t, "1.3 Opbrengst retributies"),
        ["104.500", "109.861", "5.361", "101.372"]
    );
    assert_eq!(
        common::row_raws(t, "1.4 Rentebaten"),
        ["0", "12", "12", "0"]
    );
    assert_eq!(
        common::row_raws(t, "Totaal baten"),
        ["414.110", "420.509", "6.399", "397.495"]
    );
    assert_eq!(
        common::row_raws(t, "2.3 Afschrijvingskosten"),
        ["4.000", "4.071", "71", "3.812"]
    );
    assert_eq!(
        common::row_raws(t, "Totaal lasten"),
        ["414.110", "424.609", "10.499", "396.414"]
    );
    let saldo = t
        .rows
        .iter()
        .find(|r| r.label == "Saldo van baten en lasten")
        .unwrap();
    let v = values_of(saldo);
    assert_eq!(v, ["0", "-4100000", "-4100000", "1081000"]);
    // each value keeps its own line: `1.081` stands on line 111 of the rendering
    assert_eq!(saldo.cells[3].as_ref().unwrap().line, 111);
    assert!(!d
        .diagnostics
        .iter()
        .any(|g| g.code == "flat_surplus_values"));
    let g = d
        .diagnostics
        .iter()
        .find(|g| g.code == "flat_labels_displaced")
        .unwrap();
    assert!(
        g.message.starts_with("4 labels from `1.4 Rentebaten`"),
        "{}",
        g.message
    );
    assert!(g.message.contains("2 section heads"), "{}", g.message);
    // rdw: `Totaal baten` and `Saldo van baten en lasten` after the table, their
    // values after `Opbrengst derden` and `Totaal lasten`; `Baten` among the values
    // is a head without any
    let d = synth_doc("rdw", "pdf-raw");
    let t = &d.tables[0];
    assert_eq!(common::row_raws(t, "Baten"), ["", "", "", ""]);
    assert_eq!(
        common::row_raws(t, "Opbrengst derden"),
        ["p.m.", "0", "p.m.", "0"]
    );
    assert_eq!(
        common::row_raws(t, "Totaal baten"),
        ["110 693", "113 345", "97 800", "15 545"]
    );
    assert_eq!(
        common::row_raws(t, "Saldo van baten en lasten"),
        ["800", "– 2 783", "0", "– 2 783"]
    );
}

/// Tesseract on bd: a paragraph's last line (`83 procent.`) under the title, the first
/// column's header on two lines (`Realisatie` / `2021`) over labels that each keep
/// their first value, the other columns as blocks further down.
#[test]
fn ocr_first_column_header_on_two_lines() {
    let d = synth_doc("bd", "ocr");
    let t = &d.tables[0];
    assert_eq!(t.layout, "blocks");
    assert_eq!(
        columns(t),
        [
            "Realisatie 2021",
            "2022",
            "2023",
            "2024",
            "Vastgestelde begroting 2024",
            "Verschil 2024"
        ]
    );
    assert_eq!(
        common::row_raws(t, "Verplichtingen"),
        ["3.102,4", "3.250,9", "3.377,0", "3.498,6", "3.411,2", "87,4"]
    );
    let m = t.rows.iter().find(|r| r.label == "Materieel").unwrap();
    let v = values_of(m);
    // (bedragen x € 1 miljoen; OCR's `—6,5` for `−6,5`)
    assert_eq!(
        v,
        [
            "618200000",
            "650800000",
            "671100000",
            "684000000",
            "690500000",
            "-6500000"
        ]
    );
}

/// Tesseract on nvwa: `Vastgestelde begroting` under the title over labels without
/// values is a header printed apart, not a first column: the labels are read, the
/// heads `1. Baten` / `2. Lasten` take no values, and the stub `Kengetal` over the
/// next table's labels is no row. A block a row short (OCR lost a value) is left.
#[test]
fn ocr_numbered_heads_and_stub_over_labels() {
    let d = synth_doc("nvwa", "ocr");
    let t = &d.tables[0];
    assert_eq!(t.layout, "blocks");
    assert_eq!(columns(t)[0], "Realisatie 2023");
    assert_eq!(columns(t)[2], "Realisatie 2022");
    assert_eq!(common::row_raws(t, "Baten"), ["", "", ""]);
    assert_eq!(common::row_raws(t, "1.4 Rentebaten")[0], "12");
    assert_eq!(common::row_raws(t, "1.4 Rentebaten")[2], "0");
    assert_eq!(common::row_raws(t, "Totaal lasten")[0], "424.609");
    assert_eq!(common::row_raws(t, "Saldo van baten en lasten")[2], "1.081");
    let k = &d.tables[1];
    assert_eq!(columns(k), ["2022", "2023"]);
    assert!(k.rows.iter().all(|r| r.label != "Kengetal"));
    assert_eq!(
        common::row_raws(k, "Aantal inspecties"),
        ["46.905", "48.200"]
    );
}

/// Tesseract on kad: each table's first column stands beside its labels (`Product
/// jan-apr 2023` over `Ingeschreven hypotheken 412.300`; `Begroting 2024` over `Omzet
/// 318.400`), and both have four rows: the blocks further down fit either, so none
/// is given. Before, the first table was not seen and the second took all of them.
#[test]
fn ocr_blocks_that_fit_two_tables_are_left() {
    for r in ["ocr", "ocr-noisy"] {
        let d = synth_doc("kad", r);
        for t in &d.tables {
            let cols = columns(t);
            assert!(
                !(cols.iter().any(|c| c.contains("jan-apr"))
                    && cols.iter().any(|c| c.contains("Begroting"))),
                "{r}: {cols:?}"
            );
        }
    }
}

/// Every rendering gives each table the scale and title its caption states, as pandoc's
/// does: a scale lost makes every amount a million times too small (dji's flat text
/// took the stub `Sector` under `Tabel 4.1 … (bedragen x € 1 mln)` for the title).
#[test]
fn renderings_agree_on_scale_and_title() {
    // (pandoc's gfm drops a table's caption: no title, no scale to read there)
    let renderings = [
        "flat",
        "lynx",
        "w3m",
        "elinks",
        "inscriptis",
        "trafilatura",
        "html2text",
        "w3m80",
        "links80",
        "pdf-layout",
        "pdf-raw",
    ];
    let mut failures = Vec::new();
    for report in REPORTS {
        let read = |r: &str| {
            let d = synth_doc(report, r);
            d.tables
                .iter()
                .map(|t| {
                    (
                        t.title.clone().unwrap_or_default(),
                        t.scale.as_ref().map(|s| s.to_string()),
                    )
                })
                .collect::<Vec<_>>()
        };
        let want = read("pandoc");
        for r in renderings {
            // pdftotext without `-layout` prints cjib's Tabel 5.4 as its title, the first
            // row's label and the sentence after the table, then the header: the title
            // is too far from the header to be the table's (its values have no scale)
            if (report, r) == ("cjib", "pdf-raw") {
                continue;
            }
            let got = read(r);
            // (a table a rendering does not read is held by the tests above)
            for g in &got {
                if !want.contains(g) {
                    failures.push(format!("{report} {r}: {g:?} not in pandoc's {want:?}"));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// dji's sector table: `Sector` over the labels, the years, then `Totaal`, a column
/// with no year (in flat text only right after the years and before a label: a row
/// `Totaal` has its values next); `-/- 12,5` is -12,5 and `nihil` nothing; the
/// numbered title above the stub gives the scale (`x € 1 mln`), in every rendering
/// that prints the caption.
#[test]
fn total_column_accountants_minus_and_nihil() {
    for r in [
        "flat",
        "lynx",
        "w3m",
        "pandoc",
        "elinks",
        "inscriptis",
        "trafilatura",
        "html2text",
        "w3m80",
        "links80",
        "pdf-layout",
        "pdf-raw",
    ] {
        let d = synth_doc("dji", r);
        let t = &d.tables[0];
        assert_eq!(columns(t), ["2020", "2021", "2022", "Totaal"], "{r}");
        assert_eq!(t.columns[3].year, None, "{r}");
        assert_eq!(
            t.title.as_deref(),
            Some("Tabel 4.1 Lasten per sector"),
            "{r}"
        );
        let row = t
            .rows
            .iter()
            .find(|x| x.label == "Eenmalige baten")
            .unwrap();
        let got: Vec<(&str, Option<String>, &str)> = row
            .cells
            .iter()
            .map(|c| {
                let c = c.as_ref().unwrap();
                (
                    c.raw.as_str(),
                    c.value.as_ref().map(|v| v.to_string()),
                    c.unit.as_str(),
                )
            })
            .collect();
        assert_eq!(
            got,
            [
                ("-/- 12,5", Some("-12500000".to_string()), "EUR"),
                ("-/- 3,0", Some("-3000000".to_string()), "EUR"),
                ("nihil", None, "nil"),
                ("-/- 15,5", Some("-15500000".to_string()), "EUR"),
            ],
            "{r}"
        );
        let total = t.rows.iter().find(|x| x.label == "Totaal").unwrap();
        assert_eq!(
            total.cells[3]
                .as_ref()
                .unwrap()
                .value
                .as_ref()
                .unwrap()
                .to_string(),
            "7170600000",
            "{r}"
        );
    }
}

/// dji's second table heads `Realisatie` over 2020–2021 and again over 2022, then
/// `Mutatie` over `2022-2021`: a change between two years heads a column (with no
/// year: its values are differences), the repeated phase one phase, and `2,5%-punt` a difference in
/// percentage points. pdftotext without `-layout` prints the first and the last
/// row's labels after the table: each takes its whole row of values.
#[test]
fn year_change_columns_and_percentage_points() {
    for r in ["flat", "lynx", "w3m", "pdf-layout", "pdf-raw"] {
        let d = synth_doc("dji", r);
        let t = &d.tables[1];
        let cols = columns(t);
        assert_eq!(cols.len(), 4, "{r}: {cols:?}");
        assert!(cols[3].ends_with("2022-2021"), "{r}: {cols:?}");
        // (a change between two years, latest first, is no value of either year)
        assert_eq!(t.columns[3].year, None, "{r}");
        let row = t
            .rows
            .iter()
            .find(|x| x.label == "Gemiddelde bezetting (%)")
            .unwrap();
        let c = row.cells[3].as_ref().unwrap();
        assert_eq!(
            (c.raw.as_str(), c.unit.as_str()),
            ("2,5%-punt", "percentage_points"),
            "{r}"
        );
        assert_eq!(c.value.as_ref().unwrap().to_string(), "2.5", "{r}");
        assert_eq!(
            common::row_raws(t, "Capaciteit (plaatsen)"),
            ["11 980", "11 750", "11 620", "-130"],
            "{r}"
        );
        assert_eq!(
            common::row_raws(t, "Ontvluchtingen"),
            ["4", "2", "0", "-2"],
            "{r}"
        );
    }
    let d = synth_doc("dji", "pdf-raw");
    assert_eq!(
        columns(&d.tables[1]),
        [
            "Realisatie 2020",
            "Realisatie 2021",
            "Realisatie 2022",
            "Mutatie 2022-2021"
        ]
    );
}

/// knmi's indicators: `Basiswaarde 2019` and `Streefwaarde 2025` head columns as
/// `Norm` does. links80 packs `Basiswaarde 2021` one space apart and wraps `2019` and
/// `2025` onto the next line under their words: the baseline takes its own year and
/// `2021` heads a column of its own, so each value keeps its column.
#[test]
fn baseline_and_target_columns() {
    for r in ["flat", "lynx", "w3m", "pdf-layout", "elinks", "links80"] {
        let d = synth_doc("knmi", r);
        let t = &d.tables[0];
        assert_eq!(
            columns(t),
            [
                "Basiswaarde 2019",
                "2021",
                "2022",
                "2023",
                "Streefwaarde 2025"
            ],
            "{r}"
        );
        assert_eq!(
            common::row_raws(t, "Tevredenheid afnemers"),
            ["7,4", "7,6", "7,5", "7,7", "≥ 7,5"],
            "{r}"
        );
        assert_eq!(
            common::row_raws(t, "Aantal weerwaarschuwingen"),
            ["1.120", "1.305", "1.287", "1.412", "n.v.t."],
            "{r}"
        );
    }
}

/// elinks and links wrap ienw's title before its last word and caption
/// (`Tabel 11.1 … Integraal` / `waterbeleid (bedragen x € 1.000)`): the two lines are
/// the title, and the amounts are in thousands (they were read as euros). html2text
/// glues the caption to the stub cell (`Tabel 2 Productie en doorlooptijden Product
/// | 2021`): the stub is no part of the title.
#[test]
fn wrapped_title_keeps_its_scale_and_glued_stub_leaves_the_title() {
    for r in ["elinks", "links80"] {
        let d = synth_doc("ienw", r);
        let t = &d.tables[0];
        assert_eq!(
            t.title.as_deref(),
            Some("Tabel 11.1 Budgettaire gevolgen van beleid artikel 11 Integraal waterbeleid"),
            "{r}"
        );
        let row = t.rows.iter().find(|x| x.label == "Verplichtingen").unwrap();
        assert_eq!(
            row.cells[0]
                .as_ref()
                .unwrap()
                .value
                .as_ref()
                .unwrap()
                .to_string(),
            "98560000",
            "{r}"
        );
    }
    for (report, title) in [
        ("ind", "Tabel 2 Productie en doorlooptijden"),
        ("kad", "Tabel 1 Productie januari tot en met april"),
        ("nvwa", "Tabel 3.6 Kengetallen"),
    ] {
        let d = synth_doc(report, "html2text");
        assert!(
            d.tables.iter().any(|t| t.title.as_deref() == Some(title)),
            "{report}: {:?}",
            d.tables.iter().map(|t| &t.title).collect::<Vec<_>>()
        );
    }
}

/// cjib's balance sheet heads its columns with dates (`31-12-2023`, `31-12-2022`):
/// columns of those years, falling; the rows labelled `(€)` hold amounts in euros with
/// cents, exact.
#[test]
fn date_columns_and_euro_rows() {
    for r in [
        "flat",
        "lynx",
        "w3m",
        "pandoc",
        "elinks",
        "links80",
        "pdf-layout",
        "pdf-raw",
        "ocr",
    ] {
        let d = synth_doc("cjib", r);
        let t = &d.tables[0];
        assert_eq!(columns(t), ["31-12-2023", "31-12-2022"], "{r}");
        let years: Vec<Option<i32>> = t.columns.iter().map(|c| c.year).collect();
        assert_eq!(years, [Some(2023), Some(2022)], "{r}");
        let row = t
            .rows
            .iter()
            .find(|x| x.label == "Eigen vermogen per 1 januari 2023")
            .unwrap();
        let v = values_of(row);
        // (bedragen x € 1.000)
        assert_eq!(v, ["12940000", "11805000"], "{r}");
    }
    for r in ["flat", "w3m", "pdf-layout"] {
        let d = synth_doc("cjib", r);
        let t = &d.tables[1];
        let row = t
            .rows
            .iter()
            .find(|x| x.label == "Verkeersboetes (€)")
            .unwrap();
        assert_eq!(row.unit.as_deref(), Some("EUR"), "{r}");
        let got: Vec<(String, &str)> = row
            .cells
            .iter()
            .map(|c| {
                let c = c.as_ref().unwrap();
                (c.value.as_ref().unwrap().to_string(), c.unit.as_str())
            })
            .collect();
        assert_eq!(
            got,
            [
                ("1234567.89".to_string(), "EUR"),
                ("1250000.00".to_string(), "EUR"),
                ("15432.11".to_string(), "EUR")
            ],
            "{r}"
        );
    }
}

/// ksa: `Aandeel (%)` after three `Raming` columns of a table `in duizenden euro's`
/// is a column of percentages (89%, not 89 000 euros), `150-` is -150 000 euros, and
/// rows numbered with letters (`a. Heffingen`) are rows in aligned text too. In
/// Tesseract's reading the `Raming` blocks go to the table whose first column is
/// `Raming 2024`; the plain-year blocks fit both tables and are left.
#[test]
fn share_column_trailing_minus_and_lettered_rows() {
    for r in ["flat", "lynx", "w3m", "pandoc", "elinks", "pdf-layout"] {
        let d = synth_doc("ksa", r);
        let t = &d.tables[0];
        assert_eq!(t.title.as_deref(), Some("Tabel 6.1 Baten en lasten"), "{r}");
        assert_eq!(
            columns(t),
            ["Raming 2024", "Raming 2025", "Raming 2026", "Aandeel (%)"],
            "{r}"
        );
        let row = t
            .rows
            .iter()
            .find(|x| x.label == "c. Overige baten")
            .unwrap();
        let got: Vec<(String, &str)> = row
            .cells
            .iter()
            .map(|c| {
                let c = c.as_ref().unwrap();
                (c.value.as_ref().unwrap().to_string(), c.unit.as_str())
            })
            .collect();
        assert_eq!(
            got,
            [
                ("310000".to_string(), "EUR"),
                ("-150000".to_string(), "EUR"),
                ("150000".to_string(), "EUR"),
                ("1".to_string(), "%")
            ],
            "{r}"
        );
    }
    let d = synth_doc("ksa", "ocr");
    assert_eq!(d.tables.len(), 1);
    let t = &d.tables[0];
    assert_eq!(columns(t), ["Raming 2024", "Raming 2025", "Raming 2026"]);
    assert_eq!(
        common::row_raws(t, "a. Heffingen"),
        ["21.400", "22.050", "22.700"]
    );
    assert_eq!(
        common::row_raws(t, "c. Overige baten"),
        ["310", "150-", "150"]
    );
}

/// uwv: years printed latest first head their columns in that order; `Doel 2023`
/// heads a column of goals as `Streefwaarde` does; `Regeling` before the years on
/// Tesseract's line is the stub over the labels.
#[test]
fn falling_years_goal_column_and_regeling_stub() {
    for r in ["flat", "lynx", "w3m", "pdf-layout", "ocr"] {
        let d = synth_doc("uwv", r);
        let t = &d.tables[0];
        assert_eq!(columns(t), ["2023", "2022", "2021"], "{r}");
        assert_eq!(
            t.scale.as_ref().map(|s| s.to_string()).as_deref(),
            Some("1000000"),
            "{r}"
        );
        let row = t.rows.iter().find(|x| x.label == "Wajong").unwrap();
        let v = values_of(row);
        assert_eq!(v, ["3905600000", "3840200000", "3772800000"], "{r}");
        let k = &d.tables[1];
        assert_eq!(columns(k), ["2022", "2023", "Doel 2023"], "{r}");
        assert_eq!(
            common::row_raws(k, "Tijdigheid eerste betaling WW (%)"),
            ["93,5", "91,8", "90,0"],
            "{r}"
        );
    }
}

#[test]
fn note_column_marks_are_row_footnotes() {
    use common::{row, row_values};
    // szw's `Noot` column (`1` after Verplichtingen, `2` after Ontvangsten) is no
    // column of amounts: its marks become the rows' footnotes, the table keeps its
    // seven columns, title and thousands
    for rendering in [
        "flat",
        "lynx",
        "pandoc",
        "gfm",
        "inscriptis",
        "trafilatura",
        "html2text",
        "pdf-layout",
    ] {
        let d = synth_doc("szw", rendering);
        let t = &d.tables[0];
        // (pandoc's gfm drops the caption)
        if rendering != "gfm" {
            assert_eq!(
                t.title.as_deref(),
                Some("Tabel 2.2 Budgettaire gevolgen van beleid artikel 2 Arbeidsmarkt"),
                "{rendering}"
            );
            assert_eq!(t.scale.map(|s| s.to_string()).as_deref(), Some("1000"));
        }
        assert_eq!(t.columns.len(), 7, "{rendering}");
        assert_eq!(t.columns[6].label, "Verschil 2022", "{rendering}");
        assert_eq!(
            row(t, "Verplichtingen").footnote.as_deref(),
            Some("1"),
            "{rendering}"
        );
        assert_eq!(
            row(t, "Ontvangsten").footnote.as_deref(),
            Some("2"),
            "{rendering}"
        );
        assert_eq!(row(t, "Uitgaven").footnote, None, "{rendering}");
        // (without the caption gfm's amounts are in plain units)
        let k = if rendering == "gfm" { "" } else { "000" };
        let want: Vec<String> = [
            "84213", "91004", "132870", "101566", "95230", "88120", "7110",
        ]
        .iter()
        .map(|v| format!("{v}{k}"))
        .collect();
        assert_eq!(row_values(t, "Verplichtingen"), want, "{rendering}");
        assert_eq!(
            row_values(t, "Ontvangsten")[6],
            format!("-3783{k}"),
            "{rendering}"
        );
    }
    // the notes under the table (`1) De verplichtingen …`) are linked by their marks
    // where the table is read line by line
    for rendering in ["lynx", "w3m", "pdf-layout"] {
        let d = synth_doc("szw", rendering);
        let notes: Vec<(&str, &str)> = d.tables[0]
            .footnotes
            .iter()
            .map(|f| (f.marker.as_str(), f.text.as_str()))
            .collect();
        assert_eq!(
            notes,
            [
                (
                    "1",
                    "De verplichtingen zijn hoger door de meerjarige subsidieregeling."
                ),
                (
                    "2",
                    "De ontvangsten betreffen terugontvangsten van subsidies."
                )
            ],
            "{rendering}"
        );
    }
}

#[test]
fn status_column_estimates_and_provisional_figures() {
    use common::{row, row_raws, row_values};
    for rendering in TEXT_RENDERINGS {
        let d = synth_doc("ilt", rendering);
        // a last `Status` column of text values, no year
        let t = &d.tables[0];
        assert_eq!(
            columns(t),
            ["Streefwaarde 2023", "Realisatie 2023", "Status"],
            "{rendering}"
        );
        assert_eq!(
            row_raws(t, "Tijdigheid meldingen (%)"),
            ["90", "87", "Niet gehaald"],
            "{rendering}"
        );
        assert_eq!(
            row_raws(t, "Digitaal ingediende aanvragen (%)")[2],
            "Op koers",
            "{rendering}"
        );
        let status = row(t, "Klanttevredenheid (rapportcijfer)").cells[2]
            .as_ref()
            .unwrap();
        assert_eq!(
            (status.kind.as_str(), status.value),
            ("text", None),
            "{rendering}"
        );
        // counts stay counts in a table of thousands of euros; `ca.` is an estimate,
        // `*` a provisional figure
        let t = &d.tables[1];
        let scaled = rendering != "gfm";
        assert_eq!(
            row_values(t, "Inspecties (aantal)"),
            ["12950", "13480", "14210"],
            "{rendering}"
        );
        assert_eq!(
            row(t, "Inspecties (aantal)").unit.as_deref(),
            Some("count"),
            "{rendering}"
        );
        let est = row(t, "Opbrengst boetes").cells[2].as_ref().unwrap();
        assert_eq!(est.raw, "ca. 3.900", "{rendering}");
        assert_eq!(est.qualifier.as_deref(), Some("approx"), "{rendering}");
        assert_eq!(
            est.value.map(|v| v.to_string()),
            Some(if scaled { "3900000" } else { "3900" }.to_string()),
            "{rendering}"
        );
        assert_eq!(
            row_values(t, "Kosten toezicht")[2],
            if scaled { "66040000" } else { "66040" },
            "{rendering}"
        );
    }
}

#[test]
fn article_column_and_stand_rows() {
    use common::{row, row_raws, row_values};
    // (w3m at 80 columns: the section's label is cut at its wrapped year;
    // pdftotext without `-layout`: see the floors)
    let read = TEXT_RENDERINGS
        .into_iter()
        .filter(|r| !["w3m80", "pdf-raw"].contains(r));
    for rendering in read {
        let d = synth_doc("bzk", rendering);
        let t = &d.tables[0];
        assert_eq!(
            columns(t),
            ["Art.", "2024", "2025", "2026", "2027", "2028"],
            "{rendering}"
        );
        // the article is text, never scaled; the amounts are thousands (gfm has no caption)
        let k = if rendering == "gfm" { "" } else { "000" };
        let art = row(t, "Loonbijstelling").cells[0].as_ref().unwrap();
        assert_eq!(
            (art.raw.as_str(), art.kind.as_str(), art.value),
            ("1", "text", None),
            "{rendering}"
        );
        assert_eq!(
            row_raws(t, "Overige mutaties")[..3],
            ["6.2", "370", "– 120"],
            "{rendering}"
        );
        assert_eq!(
            row_values(t, "Overige mutaties")[2],
            format!("-120{k}"),
            "{rendering}"
        );
        // a label that ends in a year keeps it; its row has no article
        let stand = row(t, "Stand ontwerpbegroting 2024");
        assert!(stand.cells[0].is_none(), "{rendering}");
        assert_eq!(
            row_values(t, "Stand ontwerpbegroting 2024")[1],
            format!("123456{k}"),
            "{rendering}"
        );
        // the section row of header words does not end the table
        let section = row(t, "Mutaties 1e suppletoire begroting 2024");
        assert!(section.cells.iter().all(Option::is_none), "{rendering}");
        assert_eq!(
            row_values(t, "Stand 1e suppletoire begroting 2024")[5],
            format!("122630{k}"),
            "{rendering}"
        );
    }
}
