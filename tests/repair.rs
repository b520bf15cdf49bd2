//! Repair end to end: the seeds (002 is real OCR output), the corpus renderings
//! copied into `fixtures/corpus/`, and properties of the offset map.
//!
//! Expected values come from reading the seed texts: every damaged form asserted
//! here is printed in `seeds/002_eef0f21ee4db6650.txt`.

use proptest::prelude::*;
use verslag::decode::Decoded;
use verslag::model::Repair;
use verslag::repair::{repair, Cleaned, RepairOptions};
use verslag::span::{LineIndex, Span};

fn decoded(text: &str) -> Decoded<'_> {
    Decoded {
        text: text.into(),
        encoding: "UTF-8",
        had_bom: false,
        replacements: 0,
    }
}

fn run(text: &str, fix_damage: bool) -> Cleaned {
    let lines = LineIndex::new(text);
    repair(&decoded(text), &lines, &RepairOptions { fix_damage })
}

fn file(path: &str) -> String {
    let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    verslag::decode::decode(&bytes).unwrap().text.into_owned()
}

const SEEDS: [&str; 5] = [
    "seeds/000_12b304da66a9a4f7.txt",
    "seeds/001_1e3f14ae712c4b25.txt",
    "seeds/002_eef0f21ee4db6650.txt",
    "seeds/003_b2a1a9d0679e623b.txt",
    "seeds/004_aeca56b28439122c.txt",
];

fn find<'a>(repairs: &'a [Repair], from: &str, to: &str) -> Vec<&'a Repair> {
    repairs
        .iter()
        .filter(|r| r.from == from && r.to == to)
        .collect()
}

#[test]
fn seed_002_ocr_damage() {
    let text = file(SEEDS[2]);
    let c = run(&text, true);
    let r = &c.repairs;
    // (damaged, repaired, kind, how often the seed prints it, first line)
    let expected: &[(&str, &str, &str, usize, usize)] = &[
        ("financiéle", "financiële", "ocr_diacritic", 4, 156),
        ("ideeén", "ideeën", "ocr_diacritic", 1, 284),
        ("continuiteit", "continuïteit", "ocr_diacritic", 2, 23),
        ("geinvesteerd", "geïnvesteerd", "ocr_diacritic", 1, 278),
        ("éen", "één", "ocr_diacritic", 1, 163),
        ("Z0", "Zo", "ocr_digit", 1, 186),
        ("IS", "is", "ocr_case", 1, 39),
        ("Op", "op", "ocr_case", 1, 30),
        ("'’", "’", "ocr_punctuation", 1, 63),
    ];
    for &(from, to, kind, n, line) in expected {
        let hits = find(r, from, to);
        assert_eq!(hits.len(), n, "{from} -> {to}: {hits:?}");
        assert_eq!(hits[0].kind, kind);
        assert_eq!(hits[0].line, line, "{from}");
        // the span points at the damaged form in the source
        assert_eq!(&text[hits[0].span.start..hits[0].span.end], from);
    }
    let t = &c.text;
    for fixed in [
        "binnen de technische, financiële, juridische",
        "nieuwe ideeën.",
        "Het bewaken van de continuïteit van",
        "Logius geïnvesteerd",
        "Voor één onderdeel",
        "Zo kent een ontwerp",
        "goed\nis gegaan",
        "het advies\nop onze mensen",
        "meerdere thema’s.",
        // line-end hyphens: joined when the joined form is a word, the rest of the word moved up
        "opdrachtgever en opdrachtnemer\nin onze bestuurlijke driehoek",
        "goed opdrachtgeverschap\nals goed",
        "om zo de dienstverlening\naan burgers",
        // a real hyphen stays
        "andere IT-dienstverleners\nbij de overheid",
        // mid-line hyphens are never touched
        "Opdrachtgever-Opdrachtnemeroverleg (OGON)",
        // intended emphasis and names stay
        "mensen die mét de\ntechniek",
        "techniek\nén organisatie",
        "AcICT-advies",
        "DigiD en eHerkenning",
        "MIDO staat voor",
        "SAFe bij Logius",
        "Op 1 juli 2023",
        // furniture: the page number after the paragraph is gone, the sentence stays
        "onderzoek en verantwoording.\n",
        // the `=== ` prefix is gone, the line stays
        "\nMinisterie van Binnenlandse Zaken en\nKoninkrijksrelaties",
    ] {
        assert!(t.contains(fixed), "cleaned text lacks {fixed:?}");
    }
    for gone in [
        "financiéle",
        "ideeén",
        "continuiteit",
        "éen",
        "Z0",
        "\nIS ",
        "NS L o :",
        "===",
        "verantwoording. 10",
    ] {
        assert!(!t.contains(gone), "cleaned text still has {gone:?}");
    }
    let joins: Vec<_> = r
        .iter()
        .filter(|r| r.kind == "hyphen_join")
        .map(|r| (r.from.as_str(), r.line))
        .collect();
    assert_eq!(
        joins,
        vec![
            ("-\nnemer ", 220),
            ("\ndienstverleners ", 255),
            ("-\ngeverschap ", 267),
            ("-\nverlening ", 395),
        ]
    );
    let furniture: Vec<_> = c
        .furniture
        .iter()
        .map(|f| (f.kind.as_str(), f.text.as_str(), f.line))
        .collect();
    assert_eq!(
        furniture,
        vec![
            ("ocr_debris", "NS L o :", 2),
            ("ocr_debris", "===", 3),
            ("page_number", "10", 376)
        ]
    );
    // nothing else was changed: every repair is one of the above
    assert_eq!(r.len(), 4 + 1 + 2 + 1 + 1 + 1 + 1 + 1 + 1 + 4, "{r:#?}");
    // the cleaned text keeps the source's line structure
    assert_eq!(t.lines().count(), text.lines().count());
}

#[test]
fn clean_seeds_get_no_content_repairs() {
    for (i, path) in SEEDS.iter().enumerate() {
        if i == 2 {
            continue;
        }
        let text = file(path);
        let c = run(&text, true);
        if i == 3 {
            // the extractor dropped the hyphen of `inves` / `teringskasstroom`
            assert_eq!(c.repairs.len(), 1, "{:?}", c.repairs);
            assert_eq!(c.repairs[0].kind, "line_join");
            assert_eq!(c.repairs[0].line, 6);
            assert!(c
                .text
                .contains("De begrote investeringskasstroom\nen financieringskastroom"));
            assert_eq!(c.furniture.len(), 1);
            assert_eq!(c.furniture[0].kind, "running_footer");
            assert_eq!(c.furniture[0].line, 51);
        } else {
            assert!(c.repairs.is_empty(), "{path}: {:#?}", c.repairs);
        }
        // only the chrome lines are furniture: 000's first two and last line, `Main content` of 001/004
        let lines: Vec<_> = c
            .furniture
            .iter()
            .map(|f| (f.kind.as_str(), f.line))
            .collect();
        match i {
            0 => assert_eq!(
                lines,
                vec![("web_chrome", 1), ("web_chrome", 2), ("web_chrome", 1164)]
            ),
            1 | 4 => assert_eq!(lines, vec![("web_chrome", 1)]),
            _ => {}
        }
        // every line comes out as it went in, or blanked when it is furniture
        if i != 3 {
            let furniture_lines: Vec<usize> = c.furniture.iter().map(|f| f.line).collect();
            let src: Vec<&str> = text.split('\n').collect();
            let out: Vec<&str> = c.text.split('\n').collect();
            assert_eq!(src.len(), out.len(), "{path}");
            for (k, (a, b)) in src.iter().zip(&out).enumerate() {
                if furniture_lines.contains(&(k + 1)) {
                    assert_eq!(*b, "", "{path}:{}", k + 1);
                } else {
                    assert_eq!(a, b, "{path}:{}", k + 1);
                }
            }
        }
        // furniture only: the same when damage repair is off
        let plain = run(&text, false);
        assert!(plain.repairs.is_empty());
        assert_eq!(plain.furniture, c.furniture);
    }
}

/// Clean text is cheap: only words with a confusable character are looked up, each once.
#[test]
fn clean_text_looks_up_few_words() {
    for path in [SEEDS[1], SEEDS[4]] {
        let text = file(path);
        let before = verslag::repair::lexicon::lookups();
        let c = run(&text, true);
        let n = verslag::repair::lexicon::lookups() - before;
        let words = text.split_whitespace().count();
        println!("{path}: {n} look-ups for {words} words");
        assert!(c.repairs.is_empty());
        assert!(n * 20 < words, "{path}: {n} look-ups for {words} words");
    }
}

#[test]
fn no_repair_means_furniture_only() {
    let text = file(SEEDS[2]);
    let c = run(&text, false);
    assert!(c.repairs.is_empty());
    assert_eq!(c.furniture.len(), 3);
    assert!(c.text.contains("financiéle"));
}

/// The clean seeds in every other rendering: no content repairs at all, except
/// joins of words that the PDF renderings break at line ends; the generated site
/// header and footer are furniture.
#[test]
fn clean_renderings_get_no_content_repairs() {
    for folder in ["flat", "lynx", "w3m", "pandoc", "pdf-layout", "pdf-raw"] {
        for entry in std::fs::read_dir(format!("fixtures/corpus/{folder}")).unwrap() {
            let path = entry.unwrap().path();
            let name = path.file_name().unwrap().to_string_lossy().to_string();
            if name.starts_with("002") {
                continue;
            }
            let c = run(&file(path.to_str().unwrap()), true);
            let content: Vec<_> = c
                .repairs
                .iter()
                .filter(|r| r.kind != "hyphen_join")
                .collect();
            assert!(content.is_empty(), "{folder}/{name}: {content:#?}");
            if folder != "pdf-layout" {
                assert!(c.repairs.is_empty(), "{folder}/{name}: {:#?}", c.repairs);
            }
            for chrome in [
                "is een website van",
                "Download PDF",
                "Direct naar",
                "Ga direct naar",
                "U bevindt zich hier",
                "U bent hier",
                "Toegankelijkheid",
                "Base description",
            ] {
                assert!(!c.text.contains(chrome), "{folder}/{name}: {chrome}");
            }
            // the report's first words survive
            let first = [
                "Logius is opgericht",
                "Iedere vier maanden",
                "Toelichting",
                "Onze medewerkers",
            ];
            assert!(first.iter().any(|f| c.text.contains(f)), "{folder}/{name}");
        }
    }
    // pdf-layout breaks words at line ends: a real hyphen stays, a break hyphen goes
    let c = run(
        &file("fixtures/corpus/pdf-layout/001_1e3f14ae712c4b25.txt"),
        true,
    );
    assert!(c.text.contains("nieuwe IT-infrastructuur.\n"));
    let c = run(
        &file("fixtures/corpus/pdf-layout/004_aeca56b28439122c.txt"),
        true,
    );
    assert!(c.text.contains("het nieuwe IT-fundament\n"));
}

#[test]
fn mojibake_comes_back_as_flat() {
    for entry in std::fs::read_dir("fixtures/corpus/mojibake").unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        let broken = file(path.to_str().unwrap());
        let flat = file(&format!("fixtures/corpus/flat/{name}"));
        assert!(verslag::repair::mojibake::count(&broken) > 10, "{name}");
        // the mojibake edits alone give back the flat text, byte for byte
        let edits = verslag::repair::mojibake::detect(&broken);
        let (fixed, _, repairs) = verslag::repair::apply(&broken, &LineIndex::new(&broken), &edits);
        assert_eq!(fixed, flat, "{name}");
        assert!(repairs.iter().all(|r| r.kind == "mojibake"));
        // and the whole repair stage cleans both to the same text
        assert_eq!(run(&broken, true).text, run(&flat, true).text, "{name}");
    }
    // clean text is no mojibake
    for path in SEEDS {
        assert!(verslag::repair::mojibake::detect(&file(path)).is_empty());
    }
}

/// Layers compose: mojibake under an OCR word, debris before a broken word, a
/// running footer in mojibake; every record points at the source as printed.
#[test]
fn layered_repairs_map_back_to_the_source() {
    let text = "Er is veel aandacht voor de financiÃ©le\n=== zaken en de opdracht-\nnemer is blij.\n\nTweede Kamer, vergaderjaar 2022â€“2023, 36 360 VII, nr. 1 165\n";
    let c = run(text, true);
    assert_eq!(
        c.text,
        "Er is veel aandacht voor de financiële\nzaken en de opdrachtnemer\nis blij.\n\n\n"
    );
    let r: Vec<_> = c
        .repairs
        .iter()
        .map(|r| (r.kind.as_str(), r.from.as_str(), r.to.as_str(), r.line))
        .collect();
    assert_eq!(
        r,
        vec![
            ("ocr_diacritic", "financiÃ©le", "financiële", 1),
            ("hyphen_join", "-\nnemer ", "nemer\n", 2),
        ]
    );
    let f: Vec<_> = c
        .furniture
        .iter()
        .map(|f| (f.kind.as_str(), f.text.as_str(), f.line))
        .collect();
    assert_eq!(
        f,
        vec![
            ("ocr_debris", "===", 2),
            (
                "running_footer",
                "Tweede Kamer, vergaderjaar 2022–2023, 36 360 VII, nr. 1 165",
                5
            ),
        ]
    );
    for rep in &c.repairs {
        assert_eq!(&text[rep.span.start..rep.span.end], rep.from);
    }
    // a span over the repaired word maps onto the damaged original
    let at = c.text.find("financiële").unwrap();
    let s = c
        .map
        .span_to_decoded(Span::new(at, at + "financiële".len()));
    assert_eq!(&text[s.start..s.end], "financiÃ©le");
    let at = c.text.find("blij").unwrap();
    let s = c.map.span_to_decoded(Span::new(at, at + 4));
    assert_eq!(&text[s.start..s.end], "blij");
}

/// Character error rate of an OCR rendering against its seed: whitespace
/// normalised, furniture (the generated site header and footer) dropped.
fn normalise(c: &Cleaned) -> Vec<char> {
    let mut out = Vec::with_capacity(c.text.len());
    let mut space = true;
    for ch in c.text.chars() {
        if ch.is_whitespace() {
            if !space {
                out.push(' ');
            }
            space = true;
        } else {
            out.push(ch);
            space = false;
        }
    }
    if out.last() == Some(&' ') {
        out.pop();
    }
    out
}

/// Edit distance from the character diff: a replaced run of m by n chars costs max(m, n).
fn distance(a: &[char], b: &[char]) -> usize {
    let ops = similar::capture_diff_slices(similar::Algorithm::Myers, a, b);
    ops.iter()
        .map(|op| match *op {
            similar::DiffOp::Equal { .. } => 0,
            similar::DiffOp::Delete { old_len, .. } => old_len,
            similar::DiffOp::Insert { new_len, .. } => new_len,
            similar::DiffOp::Replace {
                old_len, new_len, ..
            } => old_len.max(new_len),
        })
        .sum()
}

fn cer(hyp: &Cleaned, reference: &[char]) -> f64 {
    distance(&normalise(hyp), reference) as f64 / reference.len().max(1) as f64
}

#[test]
fn repair_never_raises_the_ocr_error_rate() {
    let mut report = Vec::new();
    let mut improved = 0;
    for folder in ["ocr", "ocr-noisy"] {
        for seed in [0usize, 1, 3, 4] {
            let name = SEEDS[seed].trim_start_matches("seeds/");
            let reference = normalise(&run(&file(SEEDS[seed]), true));
            let ocr = file(&format!("fixtures/corpus/{folder}/{name}"));
            let before = cer(&run(&ocr, false), &reference);
            let after = cer(&run(&ocr, true), &reference);
            report.push(format!(
                "{folder}/{name}: CER {:.4}% -> {:.4}%",
                before * 100.0,
                after * 100.0
            ));
            assert!(after <= before, "{folder}/{name}: {before} -> {after}");
            if after < before {
                improved += 1;
            }
        }
    }
    println!("{}", report.join("\n"));
    assert!(improved >= 1, "{report:#?}");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    /// Arbitrary text: no panic, and every mapped span stays inside the decoded
    /// text on char boundaries.
    #[test]
    fn never_panics_and_map_stays_in_bounds(text in "\\PC{0,200}") {
        check_map(&text);
    }

    /// Text made of the material repairs act on.
    #[test]
    fn damaged_dutch(parts in proptest::collection::vec(prop_oneof![
        Just("financiéle "), Just("Z0 "), Just("IS "), Just("Op "), Just("gegaan "), Just("opdracht-\n"),
        Just("nemer "), Just("inves"), Just("\nteringskasstroom "), Just("â‚¬ "), Just("financiÃ«le "),
        Just("\n\n"), Just("NS L o :\n"), Just("=== "), Just("verantwoording. 10\n\n"), Just("mét "),
        Just("thema'’s "), Just("Main content\n"), Just("ééé"), Just("\r\n"), Just("0"), Just("l"),
        Just("Tweede Kamer, vergaderjaar 2022–2023, 36 360 VII, nr. 1 165\n"), Just("de "), Just("een "),
    ], 0..40)) {
        let text: String = parts.concat();
        check_map(&text);
        // idempotent: repairing the repaired text adds no repairs
        let once = run(&text, true);
        let twice = run(&once.text, true);
        prop_assert!(twice.repairs.is_empty(), "{:?} -> {:?}: {:?}", text, once.text, twice.repairs);
    }

    #[test]
    fn idempotent_on_arbitrary_text(text in "[a-zé0ëï'’ \\nA-Z-]{0,120}") {
        let once = run(&text, true);
        let twice = run(&once.text, true);
        prop_assert!(twice.repairs.is_empty(), "{:?} -> {:?}: {:?}", text, once.text, twice.repairs);
    }
}

fn check_map(text: &str) {
    for fix in [true, false] {
        let c = run(text, fix);
        let n = c.text.len();
        for a in 0..=n {
            if !c.text.is_char_boundary(a) {
                continue;
            }
            let d = c.map.to_decoded(a);
            assert!(d <= text.len(), "{d} > {}", text.len());
            assert!(text.is_char_boundary(d));
            for b in [a, (a + 1).min(n), n] {
                if b < a || !c.text.is_char_boundary(b) {
                    continue;
                }
                let s = c.map.span_to_decoded(Span::new(a, b));
                assert!(s.start <= s.end && s.end <= text.len());
                assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
            }
        }
        for r in &c.repairs {
            assert!(r.span.end <= text.len());
            assert_eq!(&text[r.span.start..r.span.end], r.from);
        }
    }
}

/// Lines made only of list markers are no web chrome: a pandoc table's dashed
/// rules (its column layout) and the `-` nil cells of a cell-per-line table stay,
/// while a menu item behind a marker (`-   Download PDF`) is still chrome.
#[test]
fn marker_only_lines_are_not_furniture() {
    let text = "Kengetallen\n\n  ------------------------------------\n  \u{a0}            2021         2022\n  ------------ ------------ ---------\n  Omzet        12           -\n  ------------------------------------\n\n  : Tabel 7 Kengetallen\n\nOntvangsten\n\n-\n\n-\n\n* * *\n\n-   Download PDF\n";
    for fix in [false, true] {
        let c = run(text, fix);
        assert_eq!(c.text.lines().count(), text.lines().count());
        for rule in [
            "  ------------------------------------",
            "  ------------ ------------ ---------",
            "  : Tabel 7 Kengetallen",
            "-",
            "* * *",
        ] {
            assert!(
                c.text.lines().any(|l| l == rule),
                "{rule:?} was blanked (fix_damage {fix})"
            );
        }
        assert_eq!(c.text.lines().filter(|l| *l == "-").count(), 2);
        assert!(!c.text.contains("Download PDF"));
        assert_eq!(c.furniture.len(), 1);
        assert_eq!(c.furniture[0].kind, "web_chrome");
    }
}

/// A word is never joined over a line break into a row of a column layout: the
/// cells after it would leave their columns. Prose around it is still joined.
#[test]
fn no_join_into_a_column_row() {
    let row =
        "Toelichting op de ontvangsten en de uitga-\nven                 1.200        3.400\n";
    let c = run(row, true);
    assert_eq!(c.text, row);
    assert!(c.repairs.is_empty());
    let prose = "hebben de rollen eigenaar, opdrachtgever en opdracht-\nnemer in onze bestuurlijke driehoek\n";
    let c = run(prose, true);
    assert!(c
        .text
        .starts_with("hebben de rollen eigenaar, opdrachtgever en opdrachtnemer\n"));
}
