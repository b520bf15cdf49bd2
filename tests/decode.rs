//! Decoding through the library and the binary: the encodings of the corpus
//! renderings (fixtures/corpus/<rendering>/001_*.txt, copied from
//! /work/shared/corpus), invalid bytes, and line numbers under CRLF and CR.

mod common;

use common::*;
use serde_json::Value;
use std::fs;
use std::path::PathBuf;
use verslag::decode::decode;
use verslag::span::LineIndex;

const NAME: &str = "001_1e3f14ae712c4b25.txt";

fn fixture(rendering: &str) -> PathBuf {
    repo().join("fixtures/corpus").join(rendering).join(NAME)
}

fn extract_json(bytes: &[u8]) -> Value {
    let doc = verslag::extract(bytes, &verslag::Options::default()).unwrap();
    serde_json::to_value(&doc).unwrap()
}

#[test]
fn renderings_decode_to_the_same_text() {
    // flat-cp1252 and flat-utf16le are `flat` through iconv (corpus README);
    // 001 has no U+2012, so nothing was transliterated and the texts agree.
    let flat = fs::read_to_string(fixture("flat")).unwrap();
    let d = decode(&fs::read(fixture("flat-cp1252")).unwrap())
        .unwrap()
        .into_owned();
    assert_eq!(
        (d.encoding, d.had_bom, d.replacements),
        ("windows-1252", false, 0)
    );
    assert_eq!(d.text, flat);
    let d = decode(&fs::read(fixture("flat-utf16le")).unwrap())
        .unwrap()
        .into_owned();
    assert_eq!(
        (d.encoding, d.had_bom, d.replacements),
        ("UTF-16LE", true, 0)
    );
    assert_eq!(d.text, flat);
    // mojibake is valid UTF-8 holding the damage; decoding keeps it as printed
    // (repairing it is repair::mojibake's job, not decode's)
    let d = decode(&fs::read(fixture("mojibake")).unwrap())
        .unwrap()
        .into_owned();
    assert_eq!((d.encoding, d.had_bom), ("UTF-8", false));
    assert!(
        d.text.contains("Home\n â€º \n2023"),
        "breadcrumb as printed"
    );
    assert!(d.text.contains("Tom Kok,Â\u{a0}en"));
}

#[test]
fn renderings_give_the_same_document_apart_from_the_source() {
    let docs: Vec<Value> = ["flat", "flat-cp1252", "flat-utf16le"]
        .iter()
        .map(|r| {
            let mut v = extract_json(&fs::read(fixture(r)).unwrap());
            v.as_object_mut().unwrap().remove("source");
            v
        })
        .collect();
    assert_eq!(docs[0], docs[1], "cp1252 differs from flat");
    assert_eq!(docs[0], docs[2], "utf-16 differs from flat");
}

#[test]
fn binary_records_the_encoding() {
    let mut c = bin();
    c.current_dir(repo().join("fixtures/corpus")).arg("extract");
    for r in ["flat", "flat-cp1252", "flat-utf16le", "mojibake"] {
        c.arg(format!("{r}/{NAME}"));
    }
    c.args(["--jsonl", "-", "-q"]);
    let o = run(c);
    assert_eq!(code(&o), 0);
    let got: Vec<(String, String, bool)> = json_lines(&o.stdout)
        .iter()
        .map(|d| {
            (
                d["source"]["path"].as_str().unwrap().to_string(),
                d["source"]["encoding"].as_str().unwrap().to_string(),
                d["source"]["had_bom"].as_bool().unwrap(),
            )
        })
        .collect();
    let want = [
        ("flat", "UTF-8", false),
        ("flat-cp1252", "windows-1252", false),
        ("flat-utf16le", "UTF-16LE", true),
        ("mojibake", "UTF-8", false),
    ];
    assert_eq!(got.len(), want.len());
    for ((path, enc, bom), (r, e, b)) in got.iter().zip(want) {
        assert_eq!(path, &format!("{r}/{NAME}"));
        assert_eq!((enc.as_str(), *bom), (e, b), "{path}");
    }
}

#[test]
fn line_index_counts_lf_crlf_and_lone_cr() {
    let text = "a\r\nb\rc\nd\r\r\ne";
    let idx = LineIndex::new(text);
    let line_of = |c: char| idx.line(text.find(c).unwrap());
    assert_eq!(
        [
            line_of('a'),
            line_of('b'),
            line_of('c'),
            line_of('d'),
            line_of('e')
        ],
        [1, 2, 3, 4, 6]
    );
    assert_eq!(idx.line_count(), 6);
}

#[test]
fn crlf_and_cr_give_the_same_line_numbers() {
    for seed in seed_files() {
        let lf = fs::read_to_string(&seed).unwrap();
        assert!(!lf.contains('\r'));
        let lines_lf = all_lines(&extract_json(lf.as_bytes()));
        for nl in ["\r\n", "\r"] {
            let text = lf.replace('\n', nl);
            let doc = extract_json(text.as_bytes());
            if let Some(v) = span_violation(&doc, &text) {
                panic!("{} with {nl:?}: {v}", seed.display());
            }
            assert_eq!(
                all_lines(&doc),
                lines_lf,
                "{} with {nl:?} newlines",
                seed.display()
            );
        }
    }
    // seed 001 prints `Voorwoord` on line 7 (read in the file); its section says so
    // whatever the newline.
    let seed = fs::read_to_string(repo().join("seeds").join(NAME)).unwrap();
    assert_eq!(seed.lines().nth(6), Some("Voorwoord"));
    for nl in ["\n", "\r\n", "\r"] {
        let doc = extract_json(seed.replace('\n', nl).as_bytes());
        let s = doc["sections"]
            .as_array()
            .unwrap()
            .iter()
            .find(|s| s["heading"] == "Voorwoord")
            .unwrap_or_else(|| panic!("Voorwoord section with {nl:?}"));
        assert_eq!(s["line"], 7, "{nl:?}");
    }
}

#[test]
fn invalid_utf8_keeps_the_rest_of_the_text() {
    let tmp = tempfile::tempdir().unwrap();
    let cases = adversarial::generate(tmp.path(), adversarial::Size::CI);
    // (file, encoding, U+FFFD count): one damaged place in a UTF-8 text stays UTF-8
    let want = [
        ("inv_start.txt", "UTF-8", 1),
        ("inv_end.txt", "UTF-8", 1),
        ("inv_truncated_end.txt", "UTF-8", 1),
        ("inv_line_start.txt", "UTF-8", 1),
        ("inv_in_number.txt", "UTF-8", 1),
        ("inv_in_word.txt", "UTF-8", 1),
        ("inv_truncated_mid.txt", "UTF-8", 1),
        ("inv_overlong.txt", "UTF-8", 2),
        ("inv_surrogate.txt", "UTF-8", 3),
        ("inv_above_max.txt", "UTF-8", 4),
    ];
    for (name, enc, n) in want {
        let case = cases.iter().find(|c| c.name == name).unwrap();
        let d = decode(&fs::read(&case.path).unwrap()).unwrap().into_owned();
        assert_eq!(
            (d.encoding, d.replacements),
            (enc, n),
            "{name}: {}",
            case.what
        );
        assert_eq!(d.text.matches('\u{FFFD}').count(), n, "{name}");
        assert!(d.text.contains("financi"), "{name}");
        assert!(d.text.contains("(x € 1.000)"), "{name}: {}", d.text);
    }
}

/// `source.sha256` is the SHA-256 of the bytes as read (before decoding): the
/// published test vector for `abc`, and for every seed and the cp1252 and UTF-16
/// renderings the digest of a second implementation (the `sha2` crate; the library
/// uses `ring` for speed, see BENCHMARKS.md).
#[test]
fn sha256_is_of_the_bytes_as_read() {
    use sha2::{Digest, Sha256};
    let hex = |b: &[u8]| b.iter().map(|x| format!("{x:02x}")).collect::<String>();
    assert_eq!(
        extract_json(b"abc")["source"]["sha256"],
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
    );
    let mut files: Vec<PathBuf> = fs::read_dir(repo().join("seeds"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.push(fixture("flat-cp1252"));
    files.push(fixture("flat-utf16le"));
    assert!(files.len() >= 7);
    for p in files {
        let bytes = fs::read(&p).unwrap();
        assert_eq!(
            extract_json(&bytes)["source"]["sha256"],
            hex(&Sha256::digest(&bytes)),
            "{}",
            p.display()
        );
    }
}
