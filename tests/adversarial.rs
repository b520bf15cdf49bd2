//! Issue 11: the adversarial set through the binary. No panic, no hang (each
//! run under a 60 s watchdog, not a timing assertion), the right exit codes and
//! error records, inputs untouched, and the other files' outputs identical to
//! a clean run.
//!
//! The default run uses `Size::CI` (every case; the single line is 1 MiB, the
//! line-count cases are scaled down) so an unoptimised build stays far from the
//! watchdog. The sizes of issue 11 (`Size::FULL`: a 20 MiB line, 100 000 dash
//! lines, 20 000 tables) and the 100 MB line are ignored tests:
//! `cargo test --release --test adversarial -- --ignored`.

mod common;

use common::adversarial::{generate, Case, Expect, Size};
use common::*;
use serde_json::Value;
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;
use std::fs;
use std::path::Path;
use std::time::Duration;

/// sha256 of every regular file under `dir` (FIFOs, links and directories skipped).
fn hashes(dir: &Path) -> BTreeMap<String, String> {
    let mut m = BTreeMap::new();
    for rel in files_under(dir) {
        let p = dir.join(&rel);
        let Ok(meta) = fs::symlink_metadata(&p) else {
            continue;
        };
        if meta.is_file() {
            let h = Sha256::digest(fs::read(&p).unwrap());
            m.insert(rel.display().to_string(), format!("{h:x}"));
        }
    }
    m
}

fn check_case(case: &Case, line: &Value) {
    match &case.expect {
        Expect::Doc(diag) => {
            assert!(
                line.get("error").is_none(),
                "{} ({}): expected a document, got {line}",
                case.name,
                case.what
            );
            assert_eq!(line["schema_version"], "1.0", "{}", case.name);
            if let Some(code) = diag {
                let codes: Vec<&str> = line["diagnostics"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .filter_map(|d| d["code"].as_str())
                    .collect();
                assert!(
                    codes.contains(code),
                    "{} ({}): expected diagnostic {code}, got {codes:?}",
                    case.name,
                    case.what
                );
            }
            let bytes = fs::read(&case.path).unwrap();
            let text = verslag::decode::decode(&bytes).unwrap().text;
            if let Some(v) = span_violation(line, &text) {
                panic!("{} ({}): {v}", case.name, case.what);
            }
        }
        Expect::Error(code) => {
            assert_eq!(
                line["error"]["code"], *code,
                "{} ({}): {line}",
                case.name, case.what
            );
            assert!(
                !line["error"]["message"].as_str().unwrap().is_empty(),
                "{}",
                case.name
            );
        }
    }
}

#[test]
fn each_adversarial_file_alone() {
    each_file_alone(Size::CI);
}

#[test]
#[ignore = "the sizes of issue 11; run with --release --ignored"]
fn each_adversarial_file_alone_full_size() {
    each_file_alone(Size::FULL);
}

#[test]
fn adversarial_batch_with_seeds_matches_clean_run() {
    batch_with_seeds(Size::CI);
}

#[test]
#[ignore = "the sizes of issue 11; run with --release --ignored"]
fn adversarial_batch_full_size() {
    batch_with_seeds(Size::FULL);
}

fn each_file_alone(size: Size) {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("adversarial");
    let cases = generate(&dir, size);
    let before = hashes(&dir);
    for case in &cases {
        let mut c = bin();
        c.arg("extract")
            .arg(&case.path)
            .args(["--jsonl", "-", "--max-bytes", "200000000"]);
        let o = run_within(&mut c, Duration::from_secs(size.watchdog_secs));
        let err = stderr(&o);
        assert!(!err.contains("panicked"), "{}: {err}", case.name);
        let want = if matches!(case.expect, Expect::Doc(_)) {
            0
        } else {
            1
        };
        assert_eq!(
            code(&o),
            want,
            "{} ({}): exit code; stderr {err}",
            case.name,
            case.what
        );
        let lines = json_lines(&o.stdout);
        assert_eq!(lines.len(), 1, "{}: one JSON line per input", case.name);
        check_case(case, &lines[0]);
        assert!(
            lines[0].get("error").is_none() || lines[0]["error"]["code"] != "internal_error",
            "{}: caught panic {}",
            case.name,
            lines[0]
        );
        if let Expect::Error(_) = case.expect {
            // the failure is named on stderr and counted in the summary
            assert!(
                err.contains(&case.path.display().to_string()),
                "{}: {err}",
                case.name
            );
            assert!(err.contains("1 failed"), "{}: {err}", case.name);
        }
    }
    assert_eq!(before, hashes(&dir), "inputs were modified");
}

fn batch_with_seeds(size: Size) {
    let tmp = tempfile::tempdir().unwrap();
    let mixed = tmp.path().join("mixed");
    let clean = tmp.path().join("clean");
    fs::create_dir_all(mixed.join("seeds")).unwrap();
    fs::create_dir_all(clean.join("seeds")).unwrap();
    for s in seed_files() {
        let name = s.file_name().unwrap();
        fs::copy(&s, mixed.join("seeds").join(name)).unwrap();
        fs::copy(&s, clean.join("seeds").join(name)).unwrap();
    }
    let cases = generate(&mixed.join("adv"), size);
    let before = hashes(&mixed);

    let out_mixed = tmp.path().join("out_mixed");
    let mut c = bin();
    c.arg("extract").arg(&mixed).arg("-o").arg(&out_mixed);
    let o = run_within(&mut c, Duration::from_secs(size.watchdog_secs));
    let err = stderr(&o);
    assert_eq!(code(&o), 1, "some files fail: {err}");
    assert!(!err.contains("panicked"), "{err}");

    let out_clean = tmp.path().join("out_clean");
    let mut c = bin();
    c.arg("extract").arg(&clean).arg("-o").arg(&out_clean);
    let o = run_within(&mut c, Duration::from_secs(size.watchdog_secs));
    assert_eq!(code(&o), 0, "{}", stderr(&o));

    // the seeds' documents are byte-identical to the clean run's
    for s in seed_files() {
        let rel = Path::new("seeds")
            .join(s.file_name().unwrap())
            .with_extension("json");
        let a = fs::read(out_mixed.join(&rel)).unwrap();
        let b = fs::read(out_clean.join(&rel)).unwrap();
        assert!(a == b, "{} differs from the clean run", rel.display());
    }

    // every walked failing case has exactly one error record; every document case has its file
    let records: Vec<Value> = json_lines(&fs::read(out_mixed.join("errors.jsonl")).unwrap());
    let mut failed = 0;
    for case in cases.iter().filter(|c| c.walked) {
        let display = format!("adv/{}", case.name);
        match case.expect {
            Expect::Error(code) => {
                failed += 1;
                let r: Vec<&Value> = records.iter().filter(|r| r["path"] == display).collect();
                assert_eq!(r.len(), 1, "{display}: one error record in {records:?}");
                assert_eq!(r[0]["error"]["code"], code, "{display}");
                assert!(
                    err.contains(&display),
                    "{display} not named on stderr: {err}"
                );
            }
            Expect::Doc(_) => {
                let out = out_mixed
                    .join("adv")
                    .join(&case.name)
                    .with_extension("json");
                let doc: Value = serde_json::from_slice(&fs::read(&out).unwrap())
                    .unwrap_or_else(|e| panic!("{}: {e}", out.display()));
                assert_eq!(doc["source"]["path"], display);
            }
        }
    }
    assert_eq!(records.len(), failed, "{records:?}");
    assert!(
        err.contains(&format!("{failed} failed")),
        "summary counts the failures: {err}"
    );
    // nothing but documents and the error log in the output, no temp files left
    for f in files_under(&out_mixed) {
        let name = f.file_name().unwrap().to_string_lossy().into_owned();
        assert!(
            name == "errors.jsonl" || (name.ends_with(".json") && !name.starts_with('.')),
            "unexpected output file {}",
            f.display()
        );
    }
    assert_eq!(before, hashes(&mixed), "inputs were modified");
}

#[test]
fn size_limit_refuses_with_a_clear_message() {
    let tmp = tempfile::tempdir().unwrap();
    let f = tmp.path().join("big.txt");
    fs::write(&f, "Omzet 1.234 ".repeat(10_000)).unwrap();
    let mut c = bin();
    c.arg("extract")
        .arg(&f)
        .args(["--jsonl", "-", "--max-bytes", "100000"]);
    let o = run(c);
    assert_eq!(code(&o), 1);
    let lines = json_lines(&o.stdout);
    assert_eq!(lines[0]["error"]["code"], "too_large");
    let msg = lines[0]["error"]["message"].as_str().unwrap();
    assert!(msg.contains("120000 bytes"), "{msg}");
    assert!(msg.contains("limit of 100000 bytes"), "{msg}");
    assert!(msg.contains("--max-bytes"), "{msg}");
    assert!(stderr(&o).contains("over the limit"));
}

/// The 100 MB single line of issue 11: refused by the default limit (64 MiB)
/// with a clear error, and processed when the limit is raised.
#[test]
#[ignore = "writes and reads 100 MB; run with --ignored"]
fn hundred_megabyte_line() {
    let tmp = tempfile::tempdir().unwrap();
    let f = tmp.path().join("line.txt");
    {
        use std::io::Write;
        let mut w = std::io::BufWriter::new(fs::File::create(&f).unwrap());
        let unit = "Totaal baten 98 560 – 3 783 (1.200) p.m. 5,70% € 9,9 mln. ";
        let mut n = 0;
        while n < 100_000_000 {
            w.write_all(unit.as_bytes()).unwrap();
            n += unit.len();
        }
    }
    let mut c = bin();
    c.arg("extract").arg(&f).args(["--jsonl", "-"]);
    let o = run(c);
    assert_eq!(code(&o), 1);
    let line = &json_lines(&o.stdout)[0];
    assert_eq!(line["error"]["code"], "too_large");
    assert!(line["error"]["message"]
        .as_str()
        .unwrap()
        .contains("limit of 67108864 bytes"));

    let mut c = bin();
    c.arg("extract")
        .arg(&f)
        .args(["--jsonl", "-", "--max-bytes", "200000000"]);
    let o = run_within(&mut c, Duration::from_secs(1200));
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let line = &json_lines(&o.stdout)[0];
    assert!(line["source"]["bytes"].as_u64().unwrap() >= 100_000_000);
}
