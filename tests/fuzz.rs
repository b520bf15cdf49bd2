//! No-panic fuzzing of the whole pipeline (`verslag::extract`) with proptest, on
//! stable Rust: arbitrary bytes, token soup built from the phenomena the stages
//! look for, and the seeds and corpus renderings with random mutations (byte
//! flips, line deletions and duplications, inserted NBSP, dashes, digits).
//!
//! For every input: no panic; either a document or a typed error, and a typed
//! error only where decoding refuses the bytes; every `span` within the decoded
//! text and on character boundaries; every `line` between 1 and the line count;
//! `source.bytes` the input length. Output serialises to JSON, flattens to
//! facts, and (one input in sixteen) is the same on a second run.
//!
//! Cases per strategy: 1000/1000/300 by default (CI), `VERSLAG_FUZZ_CASES=N` for
//! a long run (`cargo test --release --test fuzz`, see TESTING.md). Every crash
//! found is kept in `fixtures/fuzz/` and replayed by `fuzz_regressions`.

mod common;

use common::span_violation;
use proptest::prelude::*;
use proptest::sample::Index;
use proptest::test_runner::{Config, TestCaseError, TestRunner};
use std::fs;
use std::path::PathBuf;
use std::sync::LazyLock;

fn cases(default: u32) -> u32 {
    std::env::var("VERSLAG_FUZZ_CASES")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(default)
}

fn runner(n: u32) -> TestRunner {
    TestRunner::new(Config {
        cases: n,
        failure_persistence: None,
        max_shrink_iters: 2000,
        ..Config::default()
    })
}

/// Runs the pipeline on `bytes` and checks the invariants.
fn check(bytes: &[u8]) -> Result<(), TestCaseError> {
    let opts = verslag::Options::default();
    match verslag::extract(bytes, &opts) {
        Err(e) => {
            prop_assert!(
                verslag::decode::decode(bytes).is_err(),
                "extract refused decodable bytes: {e}"
            );
        }
        Ok(doc) => {
            let text = verslag::decode::decode(bytes)
                .map_err(|e| TestCaseError::fail(format!("document from undecodable bytes: {e}")))?
                .text;
            prop_assert_eq!(doc.source.bytes, bytes.len() as u64);
            let v = serde_json::to_value(&doc).map_err(|e| TestCaseError::fail(e.to_string()))?;
            if let Some(problem) = span_violation(&v, &text) {
                return Err(TestCaseError::fail(problem));
            }
            // what `verslag facts` does with it
            for f in verslag::facts::facts("x.txt", &doc) {
                prop_assert_eq!(verslag::facts::csv_record(&f).len(), 16);
            }
            // deterministic: one input in sixteen runs twice
            if bytes.len() % 16 == 0 {
                let again = verslag::extract(bytes, &opts)
                    .map_err(|e| TestCaseError::fail(format!("second run failed: {e}")))?;
                let w = serde_json::to_value(&again).unwrap();
                prop_assert!(v == w, "two runs on the same bytes differ");
            }
        }
    }
    Ok(())
}

fn report(name: &str, r: Result<(), proptest::test_runner::TestError<Vec<u8>>>) {
    if let Err(e) = r {
        let (why, input) = match &e {
            proptest::test_runner::TestError::Fail(why, input) => (why.to_string(), input.clone()),
            other => (other.to_string(), Vec::new()),
        };
        let dir = std::env::temp_dir().join("verslag-fuzz-crashes");
        let _ = fs::create_dir_all(&dir);
        let path = dir.join(format!("{name}-{}.bin", input.len()));
        let _ = fs::write(&path, &input);
        panic!(
            "{name}: {why}\nminimal input ({} bytes) written to {} (copy it to fixtures/fuzz/): {:?}",
            input.len(),
            path.display(),
            String::from_utf8_lossy(&input[..input.len().min(400)])
        );
    }
}

#[test]
fn arbitrary_bytes() {
    let mut r = runner(cases(1000));
    // half raw bytes (mostly refused as binary: tests the decoder), half
    // "texty" bytes that pass decoding and reach every stage
    let texty = proptest::collection::vec(
        prop_oneof![
            8 => 0x20u8..0x7f,
            2 => Just(b'\n'),
            1 => Just(b'\r'),
            1 => 0x80u8..=0xff,
            1 => any::<u8>(),
        ],
        0..2048,
    );
    let strategy = prop_oneof![proptest::collection::vec(any::<u8>(), 0..2048), texty];
    let res = r.run(&strategy, |b| check(&b));
    report("arbitrary_bytes", res);
}

/// Pieces of the report family: numbers in every style, dashes, spaces,
/// captions, labels, years, markers, newlines, damaged bytes.
const TOKENS: &[&str] = &[
    "0",
    "1",
    "7",
    "42",
    "98 560",
    "1.234",
    "42.755",
    "5,70",
    "9,9",
    "0,02",
    "1.200.000",
    "2021",
    "2014",
    "(1.200)",
    "(1)",
    "(3)=(2)-(1)",
    "–",
    "-",
    "—",
    "‒",
    "− ",
    "– 3 783",
    "%",
    "€",
    "€ ",
    "mln.",
    "mld.",
    "miljoen",
    "duizend",
    "p.m.",
    "n.v.t.",
    "n.b.",
    "x",
    "(x € 1.000)",
    "Bedragen x € 1 000",
    "(bedragen x € 1.000)",
    "Tabel 39",
    "Tabel 1 ",
    "Totaal",
    "Totaal baten",
    "Saldo van baten en lasten",
    "Omzet moederdepartement",
    "wv",
    "waarvan",
    "personele kosten",
    "Realisatie",
    "Vastgestelde begroting",
    "Raming",
    "Verschil",
    "Baten",
    "Lasten",
    "Kasstroomoverzicht",
    "1.",
    "2.",
    "3. Totaal",
    "circa",
    "ruim",
    "bijna",
    "per maand",
    "FTE",
    "(%)",
    "* ",
    "• ",
    ". ",
    "=== ",
    "vijftien",
    "opdracht-",
    "nemer",
    "inves",
    "teringskasstroom",
    "financiéle",
    "Z0",
    "IS",
    "Ã«",
    "â‚¬",
    "Main content",
    "Licence",
    "Tweede Kamer, vergaderjaar 2022–2023, 36 360 VII, nr. 1 165",
    " ",
    "  ",
    "   ",
    "\u{a0}",
    "\u{202f}",
    "\u{2009}",
    "\t",
    "\n",
    "\n",
    "\n\n",
    "\r\n",
    "\r",
    "\u{feff}",
    "\u{ad}",
    "\u{fffd}",
    "\u{c}",
    "1e9",
    "¹",
    "²",
    // Markdown tables (the piped reader)
    "|",
    " | ",
    "|---|",
    "---|",
    ":--:",
    "+----+",
    "+====+",
    "\\|",
    "<sup>1</sup>",
    "<br>",
    "## ",
    // raw HTML tables in Markdown (the html reader)
    "<table>",
    "</table>",
    "<tr>",
    "</tr>",
    "<td>",
    "</td>",
    "<th colspan=\"3\">",
    "</th>",
    "<caption>",
    "</caption>",
    "<thead>",
    "&nbsp;",
    "&amp;",
    "<br />",
    // tab-separated rows (the tabbed reader), code columns, signs, row scales
    "\t",
    "\t\t",
    "Art.",
    "Art.  Omschrijving",
    "Omschrijving",
    "+10,4%",
    "(-3%)",
    "-€ 1,2",
    "2,1 pp",
    "(x € 1 mln)",
    "1.150*",
    "52¹",
    "Q1 2024",
    "┌──┬──┐",
    "├──┼──┤",
    "╞══╪══╡",
    "│",
    " │ ",
    // this session's readers: word headers, emphasis, pandoc rules, OCR digits,
    // numbered footers, spaced minus, sources, row units, key values
    "Ontvangen   Afgehandeld   Gegrond",
    "Noord    Midden    Zuid",
    "**",
    "*",
    "__",
    "----------------------------",
    "------ -------- --------",
    "61.OOO",
    "2,l",
    "l.234",
    "2O23",
    "Jaarverslag DUO 2023          17",
    "Pagina 3 van 9    Jaarverslag",
    "bedraagt – € 3,8",
    "(– € 18",
    "-/- €",
    "Bron: CBS 2023",
    "Ziekteverzuim %",
    "in fte",
    "Bezwaren: ca. 17.000",
    "mld. (2022:",
    "januari 2023",
    "Balans per",
    "\u{c}",
    // the sixth round: changes in parentheses, OCR currency and digits, spaced
    // separators, negatives in words, side-by-side tables, column scales, spans
    "naar 5.600 (+ 500)",
    "(-160)",
    "(+500)",
    "k€ 450",
    "M€ 1,2",
    "C 412,6",
    "e 246,S",
    "4.S12",
    "1o4.300",
    "l.9B7",
    "21 .340",
    "2, 4%",
    "—€ 1,2",
    "negatief (€ 3,3 mln.)",
    "min € 2,1",
    "4 min.",
    "Tabel 7 Baten (x € 1.000)      Tabel 8 Lasten (x € 1.000)",
    "Omzet moederdep.   98.560   101.200      Personeel   61.300",
    "Uitgaven (€ mln)",
    "Kinderen (x 1.000)",
    "Totaal 2024-2028",
    "(in €)",
    "KvK-nummer is 30276887",
    "niet meer dan",
    // the seventh round: word and spaced ranges, lists, clock times, marks after
    // values, years and labels, whole euros, stages, column numbers, subtotals
    "2 tot 4 weken",
    "tussen de 6 en 8",
    "2 a 3 maanden",
    "20 – 25 procent",
    "€ 5 - € 6 miljoen",
    "van 6,1 naar 5,4 procent",
    "12,5, 13,1 en 14,0 miljoen",
    "van 9 tot 17 uur",
    "€ 1,2 mrd.",
    "twee derde",
    "1 op de 5",
    "± 400",
    "(norm: ≥ 96,5%)",
    "lager dan 2021",
    "box 3",
    "101.200 *     ",
    "2.300 1)   ",
    "1.420 ²",
    "2023 *   ",
    "(€ mln) 2)",
    "70,--",
    "14,—",
    "n.t.b.",
    "Primitieve    Realisatie",
    "Begroting 2023 na wijziging",
    "(1)   (2)   (3)=(2)-(1)",
    "Subtotaal water",
    "(aantallen x 1.000, ultimo jaar)",
    "Aantal medewerkers",
    "in weken",
    "Jaarrekening 2023",
    // the eighth round: unknown and nil cells, stacked and partial headers, page
    // breaks inside tables, title years, identifiers, spans and relative years
    "   ..   ",
    "...",
    "…",
    "tbd",
    "t.b.d.",
    "n.a.",
    "-,-",
    "–,–",
    "Vastgestelde\nbegroting 2022\nRealisatie\n2022 Verschil\n",
    "2023 na\n      wijziging",
    "Mutatie 1e supp.",
    "Begroting OCW",
    "   ------------------------",
    "t/m 2023      2024",
    "Tabel 4.1 (vervolg)",
    "Waterschap Vallei en Veluwe                      Begroting 2024",
    "\n\n                     23\n",
    "Programma 2022 2023",
    "gestart",
    "**Tabel 4 Kosten (bedragen x € 1.000)**",
    "Jaarverslag Immigratie- en Naturalisatiedienst 2022",
    "Tweede Viermaandsrapportage 2023 Centraal Orgaan opvang asielzoekers",
    "GRIP 1",
    "agendapunt 12",
    "Staatsblad 2002, 1",
    "in de periode 2021-2024",
    "tussen 2019 en 2022",
    "Wet natuurbescherming 2017",
    "een jaar eerder",
    "vorig jaar (1.198)",
    "(1.200) duizend euro",
    // the ninth round's
    "Reserve Stand Toevoeging Onttrekking Stand\n",
    "1-1-2024 31-12-2024\n",
    "Saldo Dotatie Aanwending Vrijval Saldo\n",
    "            Boekwaarde   Investeringen    Boekwaarde\n",
    "12.410 0 415 11.995",
    "Product Tarief 2022 (€) Tarief 2023 (€) Aantal 2023\n",
    "Zaaksoort Kosten\n2022 (€) Kosten\n2023 (€) Zaken\n2023\n",
    "Prijs 2022 (€)   Prijs 2023 (€)   Monsters 2023",
    "96,40 - 38.315",
    "Afschrijvingskosten\n- materieel 8.400 7.910\n",
    "\tRealisatie\tBegroting\t\tMutatie\nRegeling\t2022\t2023\t2024\t2024-2023\n",
    "8 minuten en 42 seconden",
    "12 tot en met 17 jaar",
    "viermaal per jaar",
    "ten opzichte van 2021 (1 285)",
    "3,4 GWh",
    "11,6 °C",
    "412 terabyte",
    "€ 3, 4 miljoen",
    "( 3,4 ) miljoen euro",
    "voorzien",
];

fn token_soup() -> impl Strategy<Value = Vec<u8>> {
    (
        proptest::collection::vec(proptest::sample::select(TOKENS), 0..300),
        proptest::collection::vec((any::<Index>(), any::<u8>()), 0..3),
    )
        .prop_map(|(toks, raw)| {
            let mut b: Vec<u8> = toks.concat().into_bytes();
            // now and then a byte that is not UTF-8
            for (at, byte) in raw {
                let i = if b.is_empty() {
                    0
                } else {
                    at.index(b.len() + 1)
                };
                b.insert(i, byte | 0x80);
            }
            b
        })
}

#[test]
fn token_soup_of_report_phenomena() {
    let mut r = runner(cases(1000));
    let res = r.run(&token_soup(), |b| check(&b));
    report("token_soup", res);
}

/// The seeds and the corpus renderings in fixtures/corpus.
static CORPUS: LazyLock<Vec<Vec<u8>>> = LazyLock::new(|| {
    let mut files: Vec<PathBuf> = common::seed_files();
    // the seeds' renderings, and the made-up reports' (other labels and layouts:
    // PDF text in block order, OCR column by column)
    for d in ["fixtures/corpus", "fixtures/synth"] {
        let dir = common::repo().join(d);
        for f in common::files_under(&dir) {
            if f.extension().is_some_and(|e| e == "txt") {
                files.push(dir.join(f));
            }
        }
    }
    files.sort();
    files.iter().map(|p| fs::read(p).unwrap()).collect()
});

#[derive(Clone, Debug)]
enum Mutation {
    FlipBit(Index, u8),
    SetByte(Index, u8),
    DeleteLine(Index),
    DuplicateLine(Index),
    Insert(Index, &'static str),
    Truncate(Index),
}

const INSERTS: &[&str] = &[
    "\u{a0}",
    "\u{a0}\n",
    "–",
    "– ",
    "-",
    "—",
    "\u{2212}",
    "0",
    "9",
    "1.000",
    "42,5",
    "98 560",
    "123456789012345678901234567890",
    "\n",
    "\r",
    "\r\n",
    "\n\n\n",
    "(",
    ")",
    "%",
    "€",
    "x € 1.000",
    "Totaal",
    "wv ",
    "\u{feff}",
    "\u{fffd}",
    "\t",
];

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        (any::<Index>(), 0u8..8).prop_map(|(i, b)| Mutation::FlipBit(i, b)),
        (any::<Index>(), any::<u8>()).prop_map(|(i, b)| Mutation::SetByte(i, b)),
        any::<Index>().prop_map(Mutation::DeleteLine),
        any::<Index>().prop_map(Mutation::DuplicateLine),
        (any::<Index>(), proptest::sample::select(INSERTS))
            .prop_map(|(i, s)| Mutation::Insert(i, s)),
        any::<Index>().prop_map(Mutation::Truncate),
    ]
}

/// Byte offsets where lines start.
fn line_starts(b: &[u8]) -> Vec<usize> {
    let mut v = vec![0];
    v.extend(
        b.iter()
            .enumerate()
            .filter(|(_, &c)| c == b'\n')
            .map(|(i, _)| i + 1)
            .filter(|&i| i < b.len()),
    );
    v
}

fn line_range(b: &[u8], i: Index) -> (usize, usize) {
    let starts = line_starts(b);
    let k = i.index(starts.len());
    let end = starts.get(k + 1).copied().unwrap_or(b.len());
    (starts[k], end)
}

fn apply(mut b: Vec<u8>, muts: &[Mutation]) -> Vec<u8> {
    for m in muts {
        if b.is_empty() {
            break;
        }
        match m {
            Mutation::FlipBit(i, bit) => {
                let k = i.index(b.len());
                b[k] ^= 1 << bit;
            }
            Mutation::SetByte(i, v) => {
                let k = i.index(b.len());
                b[k] = *v;
            }
            Mutation::DeleteLine(i) => {
                let (s, e) = line_range(&b, *i);
                b.drain(s..e);
            }
            Mutation::DuplicateLine(i) => {
                let (s, e) = line_range(&b, *i);
                let line = b[s..e].to_vec();
                b.splice(e..e, line);
            }
            Mutation::Insert(i, s) => {
                let k = i.index(b.len() + 1);
                b.splice(k..k, s.bytes());
            }
            Mutation::Truncate(i) => {
                let k = i.index(b.len() + 1);
                b.truncate(k);
            }
        }
    }
    b
}

#[test]
fn mutated_seeds() {
    let mut r = runner(cases(300));
    let strategy = (
        0..CORPUS.len(),
        proptest::collection::vec(mutation(), 1..12),
    )
        .prop_map(|(i, muts)| apply(CORPUS[i].clone(), &muts));
    let res = r.run(&strategy, |b| check(&b));
    report("mutated_seeds", res);
}

#[test]
fn corpus_itself_holds_the_invariants() {
    for b in CORPUS.iter() {
        check(b).unwrap();
    }
}

/// Every input kept in fixtures/fuzz/ (crashes found by this harness, and by
/// hand) still holds the invariants.
#[test]
fn fuzz_regressions() {
    let dir = common::repo().join("fixtures/fuzz");
    let mut n = 0;
    for e in fs::read_dir(&dir).unwrap().flatten() {
        let p = e.path();
        if p.extension().is_some_and(|x| x == "md") {
            continue;
        }
        let b = fs::read(&p).unwrap();
        if let Err(e) = check(&b) {
            panic!("{}: {e}", p.display());
        }
        // same document on every run (HashMap order once leaked into the output)
        let runs: Vec<String> = (0..6)
            .map(
                |_| match verslag::extract(&b, &verslag::Options::default()) {
                    Ok(d) => serde_json::to_string(&d).unwrap(),
                    Err(e) => e.to_string(),
                },
            )
            .collect();
        assert!(
            runs.iter().all(|r| r == &runs[0]),
            "{}: output differs between runs",
            p.display()
        );
        n += 1;
    }
    assert!(n > 0, "fixtures/fuzz holds the regression inputs");
}

/// The twenty-fifth run's failure (`fixtures/fuzz/piped_ruled_rows_joined_after_
/// invalid_bytes.txt`): seed 003's pandoc table with two bytes of a `€` made a
/// control char and invalid UTF-8 (`\x01\x82\xac 0,81`, seven bytes decoded where
/// three stood), and the blank line under its row lost. Every cell's span is the
/// bytes of its raw text in the decoded input (the pandoc table's made cells were
/// once given a place of their length, so their spans fell on spaces and one ended
/// inside a `€`: `.tables[0].rows[4].cells[4].span`); and the row under it, with a
/// value of its own in every column, is a row of its own (it was read as the rest
/// of the row above, wrapped).
#[test]
fn ruled_table_after_invalid_bytes_spans_its_cells() {
    let path = common::repo().join("fixtures/fuzz/piped_ruled_rows_joined_after_invalid_bytes.txt");
    let bytes = fs::read(path).unwrap();
    let text = verslag::decode::decode(&bytes).unwrap().text;
    let doc = verslag::extract(&bytes, &verslag::Options::default()).unwrap();
    let v = serde_json::to_value(&doc).unwrap();
    assert_eq!(span_violation(&v, &text), None);
    let t = &doc.tables[0];
    let mut n = 0;
    for r in &t.rows {
        for c in r.cells.iter().flatten() {
            assert_eq!(
                &text[c.span.start..c.span.end],
                c.raw,
                "{}: {}",
                r.label,
                c.id
            );
            n += 1;
        }
    }
    assert_eq!(n, 19, "cells");
    let raws = |label: &str| -> Vec<String> {
        let r = t.rows.iter().find(|r| r.label == label).unwrap();
        r.cells.iter().flatten().map(|c| c.raw.clone()).collect()
    };
    assert_eq!(
        raws("Verloop uurtarief"),
        ["n.b.", "90,88", "90,97", "95,32", "81,58"]
    );
    assert_eq!(raws("Verloop kostprijs DigiD Machtigen")[0], "€ 0,71");
    assert_eq!(
        raws("DigiD en DigiD Machtigen"),
        ["n.b.", "n.b.", "70,90%", "72,30%", "97,0%"]
    );
}

/// The invariant check itself finds what it should (so a passing run means something).
#[test]
fn span_check_catches_violations() {
    let text = "ab€\ncd\n";
    let ok =
        serde_json::json!({"x": [{"span": {"start": 2, "end": 5}, "line": 1}], "lines": [1, 3]});
    assert_eq!(span_violation(&ok, text), None);
    for bad in [
        serde_json::json!({"span": {"start": 2, "end": 99}}),
        serde_json::json!({"span": {"start": 5, "end": 2}}),
        serde_json::json!({"a": {"span": {"start": 3, "end": 5}}}),
        serde_json::json!({"line": 0}),
        serde_json::json!({"t": [{"line": 4}]}),
        serde_json::json!({"lines": [1, 0]}),
    ] {
        assert!(span_violation(&bad, text).is_some(), "{bad}");
    }
}
