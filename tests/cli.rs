//! Issue 2: the command line, run as a binary in temp dirs. Discovery and
//! order, determinism across thread counts, the facts column contract, the
//! JSON Schema against real output, bad inputs and exit codes, output safety.

mod common;

use common::*;
use serde::de::{Deserializer, IgnoredAny, MapAccess, Visitor};
use serde_json::Value;
use std::fs;
use std::path::{Path, PathBuf};
use verslag::decimal::Dec;
use verslag::facts::{csv_record, facts, FACT_KEYS};
use verslag::model::*;
use verslag::span::Span;

fn extract(args: &[&str], dir: &Path) -> std::process::Output {
    let mut c = bin();
    c.current_dir(dir).arg("extract").args(args);
    run(c)
}

/// A directory mixing the seeds, the corpus renderings, an empty and a binary file.
fn mixed_dir(root: &Path) -> PathBuf {
    let d = root.join("mixed");
    fs::create_dir_all(d.join("seeds")).unwrap();
    for s in seed_files() {
        fs::copy(&s, d.join("seeds").join(s.file_name().unwrap())).unwrap();
    }
    for r in ["flat", "flat-cp1252", "flat-utf16le", "mojibake"] {
        // only the files this test knows (other tests keep more renderings there)
        let name = "001_1e3f14ae712c4b25.txt";
        let from = repo().join("fixtures/corpus").join(r).join(name);
        fs::create_dir_all(d.join("corpus").join(r)).unwrap();
        fs::copy(from, d.join("corpus").join(r).join(name)).unwrap();
    }
    fs::write(d.join("empty.txt"), b"").unwrap();
    fs::write(d.join("binary.txt"), b"\x7fELF\x02\x01\x01\x00\x00\x00").unwrap();
    d
}

#[test]
fn output_is_byte_identical_across_runs_and_thread_counts() {
    let tmp = tempfile::tempdir().unwrap();
    let d = mixed_dir(tmp.path());
    let mut jsonl = Vec::new();
    let mut dirs = Vec::new();
    for (i, threads) in ["1", "2", "2", "1"].iter().enumerate() {
        let mut c = bin();
        c.env("RAYON_NUM_THREADS", threads)
            .arg("extract")
            .arg(&d)
            .arg(repo().join("seeds"))
            .args(["--jsonl", "-", "-q"]);
        let o = run(c);
        assert_eq!(code(&o), 1, "binary.txt fails");
        jsonl.push(o.stdout);
        let out = tmp.path().join(format!("out{i}"));
        let mut c = bin();
        c.env("RAYON_NUM_THREADS", threads)
            .arg("extract")
            .arg(&d)
            .arg("-o")
            .arg(&out)
            .arg("-q");
        assert_eq!(code(&run(c)), 1);
        dirs.push(out);
    }
    let lines = json_lines(&jsonl[0]);
    assert_eq!(lines.len(), 5 + 4 + 2 + 5, "mixed dir then the seeds again");
    for j in &jsonl[1..] {
        assert!(j == &jsonl[0], "JSONL output differs between runs");
    }
    let files = files_under(&dirs[0]);
    assert_eq!(files.len(), 5 + 4 + 1 + 1, "documents plus errors.jsonl");
    for d in &dirs[1..] {
        assert_eq!(files_under(d), files);
        for f in &files {
            assert!(
                fs::read(dirs[0].join(f)).unwrap() == fs::read(d.join(f)).unwrap(),
                "{} differs",
                f.display()
            );
        }
    }
}

/// Symlinked directories: skipped by default, walked with `--follow`/`-L`, each real
/// directory once (a second link to it and a link back up the tree are not entered).
#[cfg(unix)]
#[test]
fn follow_walks_symlinked_directories_once() {
    use std::os::unix::fs::symlink;
    let tmp = tempfile::tempdir().unwrap();
    let d = tmp.path().join("d");
    let elsewhere = tmp.path().join("archief");
    fs::create_dir_all(d.join("sub")).unwrap();
    fs::create_dir_all(&elsewhere).unwrap();
    fs::write(d.join("a.txt"), "Tekst a\n").unwrap();
    fs::write(d.join("sub/b.txt"), "Tekst b\n").unwrap();
    fs::write(elsewhere.join("c.txt"), "Tekst c\n").unwrap();
    symlink(&elsewhere, d.join("link1")).unwrap();
    symlink(&elsewhere, d.join("link2")).unwrap();
    symlink("..", d.join("sub/up")).unwrap();
    let paths = |o: &std::process::Output| -> Vec<String> {
        json_lines(&o.stdout)
            .iter()
            .map(|l| l["source"]["path"].as_str().unwrap().to_string())
            .collect()
    };
    let o = extract(&["d", "--jsonl", "-", "-q"], tmp.path());
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert_eq!(paths(&o), ["a.txt", "sub/b.txt"]);
    for flag in ["--follow", "-L"] {
        let o = extract(&["d", flag, "--jsonl", "-", "-q"], tmp.path());
        assert_eq!(code(&o), 0, "{}", stderr(&o));
        // archief/c.txt once, under the first link in sorted order; `sub/up` leads
        // back to d and is not entered
        assert_eq!(paths(&o), ["a.txt", "link1/c.txt", "sub/b.txt"], "{flag}");
    }
}

#[test]
fn discovery_order_extensions_hidden_and_named_files() {
    let tmp = tempfile::tempdir().unwrap();
    let d = tmp.path().join("d");
    for f in [
        "b.txt",
        "a.txt",
        "sub/c.txt",
        "sub/deeper/a.txt",
        ".hidden.txt",
        ".hdir/x.txt",
        "notes.md",
        "readme",
    ] {
        let p = d.join(f);
        fs::create_dir_all(p.parent().unwrap()).unwrap();
        fs::write(&p, format!("Tekst van {f}\n")).unwrap();
    }
    fs::write(tmp.path().join("named.dat"), "Genoemd bestand\n").unwrap();
    let paths = |o: &std::process::Output| -> Vec<String> {
        json_lines(&o.stdout)
            .iter()
            .map(|l| l["source"]["path"].as_str().unwrap().to_string())
            .collect()
    };
    // argument order, each directory sorted; a named file is always read,
    // hidden or not and whatever its extension
    let o = extract(
        &["named.dat", "d", "d/.hidden.txt", "--jsonl", "-"],
        tmp.path(),
    );
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert_eq!(
        paths(&o),
        [
            "named.dat",
            "a.txt",
            "b.txt",
            "sub/c.txt",
            "sub/deeper/a.txt",
            "d/.hidden.txt"
        ]
    );
    let o = extract(&["d", "--ext", "md", "--jsonl", "-"], tmp.path());
    assert_eq!(paths(&o), ["notes.md"]);
    let o = extract(&["d", "--ext", ".md", "--jsonl", "-"], tmp.path());
    assert_eq!(paths(&o), ["notes.md"]);

    // -o mirrors the paths relative to the directory argument
    let o = extract(&["d", "named.dat", "-o", "out"], tmp.path());
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let files: Vec<String> = files_under(&tmp.path().join("out"))
        .iter()
        .map(|p| p.display().to_string())
        .collect();
    assert_eq!(
        files,
        [
            "a.json",
            "b.json",
            "named.json",
            "sub/c.json",
            "sub/deeper/a.json"
        ]
    );
    let doc: Value =
        serde_json::from_slice(&fs::read(tmp.path().join("out/sub/c.json")).unwrap()).unwrap();
    assert_eq!(doc["source"]["path"], "sub/c.txt");
    assert_eq!(doc["source"]["bytes"], "Tekst van sub/c.txt\n".len());
}

#[test]
fn output_paths_never_escape_the_output_directory() {
    let tmp = tempfile::tempdir().unwrap();
    let work = tmp.path().join("work");
    fs::create_dir_all(work.join("in")).unwrap();
    fs::create_dir_all(work.join("cwd")).unwrap();
    fs::write(work.join("in/a.txt"), "Tekst a\n").unwrap();
    fs::write(work.join("in/b.txt"), "Tekst b\n").unwrap();
    let abs = work.join("in/b.txt");
    let o = extract(
        &[
            "../in/a.txt",
            abs.to_str().unwrap(),
            "../../work/in",
            "-o",
            "out",
        ],
        &work.join("cwd"),
    );
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let out = work.join("cwd/out");
    // a walked directory's files are relative to it
    assert!(out.join("a.json").is_file());
    assert!(out.join("b.json").is_file());
    for f in files_under(&work) {
        let full = work.join(&f);
        assert!(
            full.starts_with(&out) || f.starts_with("in"),
            "{} written outside the output directory",
            f.display()
        );
    }
    assert!(out.join("in/a.json").is_file());
    let abs_rel: PathBuf = abs
        .components()
        .filter(|c| matches!(c, std::path::Component::Normal(_)))
        .collect();
    assert!(out.join(abs_rel.with_extension("json")).is_file());
    assert_eq!(
        fs::read_to_string(work.join("in/a.txt")).unwrap(),
        "Tekst a\n"
    );
}

#[test]
fn bad_inputs_and_exit_codes() {
    let tmp = tempfile::tempdir().unwrap();
    let t = tmp.path();
    fs::write(t.join("empty.txt"), b"").unwrap();
    fs::write(
        t.join("good.txt"),
        fs::read(repo().join("seeds/001_1e3f14ae712c4b25.txt")).unwrap(),
    )
    .unwrap();
    fs::write(t.join("binary.txt"), b"\x00\x01\x02\x03binary\x00\x00").unwrap();

    // empty: a valid document with an `empty_input` diagnostic, exit 0
    let o = extract(&["empty.txt", "--jsonl", "-"], t);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let d = &json_lines(&o.stdout)[0];
    assert_eq!(d["source"]["bytes"], 0);
    assert!(d["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .any(|x| x["code"] == "empty_input"));

    // binary between good files: an error record, the batch goes on, exit 1
    let o = extract(
        &[
            "good.txt",
            "binary.txt",
            "missing.txt",
            "empty.txt",
            "--jsonl",
            "-",
        ],
        t,
    );
    assert_eq!(code(&o), 1);
    let lines = json_lines(&o.stdout);
    assert_eq!(lines.len(), 4);
    assert_eq!(lines[0]["source"]["path"], "good.txt");
    assert_eq!(lines[1]["path"], "binary.txt");
    assert_eq!(lines[1]["error"]["code"], "not_text");
    assert!(lines[1]["error"]["message"]
        .as_str()
        .unwrap()
        .starts_with("not a text document"));
    assert_eq!(lines[2]["path"], "missing.txt");
    assert_eq!(lines[2]["error"]["code"], "not_found");
    assert_eq!(lines[3]["source"]["path"], "empty.txt");
    // the good document is complete: the same as when it runs alone
    let alone = extract(&["good.txt", "--jsonl", "-"], t);
    assert_eq!(json_lines(&alone.stdout)[0], lines[0]);
    let err = stderr(&o);
    assert!(err.contains("binary.txt: not a text document"), "{err}");
    assert!(err.contains("missing.txt: cannot read"), "{err}");
    assert!(err
        .lines()
        .last()
        .unwrap()
        .starts_with("verslag: 4 files, 2 ok, 2 failed;"));

    // -o DIR: error records in DIR/errors.jsonl, documents for the rest
    let o = extract(&["good.txt", "binary.txt", "-o", "out", "-q"], t);
    assert_eq!(code(&o), 1);
    assert!(o.stderr.is_empty(), "-q silences stderr");
    let recs = json_lines(&fs::read(t.join("out/errors.jsonl")).unwrap());
    assert_eq!(recs.len(), 1);
    assert_eq!(recs[0]["path"], "binary.txt");
    assert!(t.join("out/good.json").is_file());
    // a later clean run removes the stale error log
    let o = extract(&["good.txt", "-o", "out", "-q"], t);
    assert_eq!(code(&o), 0);
    assert!(!t.join("out/errors.jsonl").exists());

    // --errors FILE for any command
    let mut c = bin();
    c.current_dir(t).args([
        "facts",
        "good.txt",
        "binary.txt",
        "--errors",
        "errs.jsonl",
        "-q",
    ]);
    let o = run(c);
    assert_eq!(code(&o), 1);
    let recs = json_lines(&fs::read(t.join("errs.jsonl")).unwrap());
    assert_eq!(recs[0]["error"]["code"], "not_text");

    // over --max-bytes: refused with a clear message
    let o = extract(&["good.txt", "--max-bytes", "1000", "--jsonl", "-"], t);
    assert_eq!(code(&o), 1);
    let l = &json_lines(&o.stdout)[0];
    assert_eq!(l["error"]["code"], "too_large");
    assert!(l["error"]["message"]
        .as_str()
        .unwrap()
        .contains("over the limit of 1000 bytes (raise it with --max-bytes)"));

    // usage errors: exit 2, nothing on stdout
    for args in [
        vec!["extract"],
        vec!["extract", "good.txt", "--bogus"],
        vec!["facts", "good.txt", "--format", "xml"],
        vec!["extract", "good.txt", "--max-bytes", "lots"],
        vec!["frobnicate"],
        vec![],
    ] {
        let mut c = bin();
        c.current_dir(t).args(&args);
        let o = run(c);
        assert_eq!(code(&o), 2, "{args:?}: {}", stderr(&o));
        assert!(o.stdout.is_empty(), "{args:?}");
    }
}

#[test]
fn quiet_silences_and_summary_is_one_line() {
    let o = extract(&["seeds", "--jsonl", "-"], &repo());
    assert_eq!(code(&o), 0);
    let err = stderr(&o);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.starts_with("verslag: 5 files, 5 ok, 0 failed; "),
        "{err}"
    );
    let o = extract(&["seeds", "--jsonl", "-", "-q"], &repo());
    assert_eq!(code(&o), 0);
    assert!(o.stderr.is_empty());
    assert_eq!(json_lines(&o.stdout).len(), 5);
}

#[test]
fn unwritable_outputs_fail_clearly() {
    let tmp = tempfile::tempdir().unwrap();
    let t = tmp.path();
    fs::write(t.join("a.txt"), "Tekst\n").unwrap();
    fs::write(t.join("regular"), "x").unwrap();
    let cases: Vec<(Vec<&str>, &str)> = vec![
        (vec!["extract", "a.txt", "-o", "regular"], "not a directory"),
        (
            vec!["extract", "a.txt", "-o", "regular/sub"],
            "cannot create output directory",
        ),
        (
            vec!["extract", "a.txt", "--jsonl", "/dev/full"],
            "No space left on device",
        ),
        (vec!["extract", "a.txt", "--jsonl", "."], "is a directory"),
        (
            vec!["facts", "a.txt", "--format", "csv", "-o", "/dev/full"],
            "No space left on device",
        ),
        (
            vec!["extract", "a.txt", "-o", "out", "--errors", "/dev/full"],
            "",
        ),
    ];
    for (args, msg) in cases {
        let mut c = bin();
        c.current_dir(t).args(&args);
        let o = run(c);
        let err = stderr(&o);
        assert!(!err.contains("panicked"), "{args:?}: {err}");
        if msg.is_empty() {
            // no error records: nothing is written to --errors, so no failure
            assert_eq!(code(&o), 0, "{args:?}: {err}");
            continue;
        }
        assert_eq!(code(&o), 1, "{args:?}: {err}");
        assert!(err.contains("verslag: error: "), "{args:?}: {err}");
        assert!(err.contains(msg), "{args:?}: {err}");
    }
    // error records that cannot be written are an error too
    fs::write(t.join("bin.txt"), b"\x00\x00").unwrap();
    let mut c = bin();
    c.current_dir(t).args([
        "extract",
        "bin.txt",
        "-o",
        "out",
        "--errors",
        "/dev/full",
        "-q",
    ]);
    let o = run(c);
    assert_eq!(code(&o), 1);
    assert!(stderr(&o).contains("No space left on device"));
}

#[test]
fn inputs_are_never_overwritten() {
    let tmp = tempfile::tempdir().unwrap();
    let t = tmp.path();
    fs::write(t.join("a.txt"), "Tekst a\n").unwrap();
    fs::write(t.join("b.json"), "Tekst b\n").unwrap();
    for args in [
        vec!["facts", "a.txt", "-o", "a.txt"],
        vec!["extract", "a.txt", "--jsonl", "a.txt"],
        vec!["extract", "a.txt", "--errors", "./a.txt"],
    ] {
        let mut c = bin();
        c.current_dir(t).args(&args);
        let o = run(c);
        assert_eq!(code(&o), 2, "{args:?}");
        assert!(
            stderr(&o).contains("inputs are never overwritten"),
            "{args:?}"
        );
        assert_eq!(fs::read_to_string(t.join("a.txt")).unwrap(), "Tekst a\n");
    }
    // -o next to the input: b.json would be replaced by its own document
    let o = extract(&["b.json", "a.txt", "-o", "."], t);
    assert_eq!(code(&o), 1);
    assert!(
        stderr(&o).contains("would overwrite the input"),
        "{}",
        stderr(&o)
    );
    assert_eq!(fs::read_to_string(t.join("b.json")).unwrap(), "Tekst b\n");
    assert!(t.join("a.json").is_file());
    // the same file under another name (a hard link), found by walking a directory:
    // the identity recorded at discovery is what the output is compared with
    fs::create_dir_all(t.join("in")).unwrap();
    fs::write(t.join("in/c.txt"), "Tekst c\n").unwrap();
    fs::hard_link(t.join("in/c.txt"), t.join("c-link.jsonl")).unwrap();
    let mut c = bin();
    c.current_dir(t)
        .args(["extract", "in", "--jsonl", "c-link.jsonl", "-q"]);
    let o = run(c);
    assert_eq!(code(&o), 2, "{}", stderr(&o));
    assert!(stderr(&o).contains("inputs are never overwritten"));
    assert_eq!(fs::read_to_string(t.join("in/c.txt")).unwrap(), "Tekst c\n");
}

#[test]
fn colliding_outputs_are_refused_not_overwritten() {
    let tmp = tempfile::tempdir().unwrap();
    let t = tmp.path();
    for d in ["d1", "d2"] {
        fs::create_dir_all(t.join(d)).unwrap();
        fs::write(t.join(d).join("x.txt"), format!("Tekst uit {d}\n")).unwrap();
    }
    let o = extract(&["d1", "d2", "-o", "out"], t);
    assert_eq!(code(&o), 1);
    let recs = json_lines(&fs::read(t.join("out/errors.jsonl")).unwrap());
    assert_eq!(recs.len(), 1);
    assert_eq!(recs[0]["error"]["code"], "output_collision");
    let doc: Value = serde_json::from_slice(&fs::read(t.join("out/x.json")).unwrap()).unwrap();
    assert_eq!(doc["source"]["bytes"], "Tekst uit d1\n".len());
    // with JSON lines there is nothing to collide, and the two documents keep
    // apart: a name found under both arguments is shown by its path as given
    fs::write(t.join("d2/y.txt"), "Alleen in d2, € 5 mln.\n").unwrap();
    let o = extract(&["d1", "d2", "--jsonl", "-"], t);
    assert_eq!(code(&o), 0);
    let docs = json_lines(&o.stdout);
    let paths: Vec<&str> = docs
        .iter()
        .map(|d| d["source"]["path"].as_str().unwrap())
        .collect();
    let sep = std::path::MAIN_SEPARATOR;
    assert_eq!(
        paths,
        [
            format!("d1{sep}x.txt"),
            format!("d2{sep}x.txt"),
            "y.txt".into()
        ]
    );
    // the facts of two `z.txt` are told apart by their `doc`
    fs::write(t.join("d1/z.txt"), "De kosten bedragen € 1 mln.\n").unwrap();
    fs::write(t.join("d2/z.txt"), "De kosten bedragen € 2 mln.\n").unwrap();
    let mut c = bin();
    c.current_dir(t).args(["facts", "d1", "d2", "-q"]);
    let o = run(c);
    assert_eq!(code(&o), 0);
    let facts: Vec<(String, String)> = json_lines(&o.stdout)
        .iter()
        .map(|f| {
            (
                f["doc"].as_str().unwrap().to_string(),
                f["value"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    assert_eq!(
        facts,
        [
            (format!("d1{sep}z.txt"), "1000000".to_string()),
            ("y.txt".to_string(), "5000000".to_string()),
            (format!("d2{sep}z.txt"), "2000000".to_string()),
        ]
    );
}

/// A path as given can equal another input's relative name (`a/x.txt` walked under
/// `b`): names are made distinct until none is shared.
#[test]
fn input_names_stay_distinct_when_a_path_meets_a_relative_name() {
    let tmp = tempfile::tempdir().unwrap();
    let t = tmp.path();
    for f in ["a/x.txt", "b/a/x.txt", "c/x.txt"] {
        fs::create_dir_all(t.join(f).parent().unwrap()).unwrap();
        fs::write(t.join(f), format!("Tekst {f}\n")).unwrap();
    }
    let o = extract(&["a", "b", "c", "--jsonl", "-"], t);
    assert_eq!(code(&o), 0);
    let sep = std::path::MAIN_SEPARATOR;
    let paths: Vec<String> = json_lines(&o.stdout)
        .iter()
        .map(|d| d["source"]["path"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(
        paths,
        [
            format!("a{sep}x.txt"),
            format!("b{sep}a{sep}x.txt"),
            format!("c{sep}x.txt")
        ]
    );
}

#[test]
fn fifo_and_devices_are_not_read() {
    let tmp = tempfile::tempdir().unwrap();
    let fifo = tmp.path().join("pipe.txt");
    let c = std::ffi::CString::new(fifo.as_os_str().as_encoded_bytes()).unwrap();
    // SAFETY: a valid NUL-terminated path.
    assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o644) }, 0);
    let o = extract(
        &["pipe.txt", "/dev/zero", "/dev/null", "--jsonl", "-"],
        tmp.path(),
    );
    assert_eq!(code(&o), 1);
    let lines = json_lines(&o.stdout);
    assert_eq!(lines.len(), 3);
    for l in &lines {
        assert_eq!(l["error"]["code"], "not_a_file", "{l}");
    }
}

#[test]
fn kill_9_never_leaves_truncated_json() {
    let tmp = tempfile::tempdir().unwrap();
    let input = tmp.path().join("in");
    fs::create_dir_all(&input).unwrap();
    let seeds: Vec<Vec<u8>> = seed_files().iter().map(|p| fs::read(p).unwrap()).collect();
    for i in 0..400 {
        fs::write(input.join(format!("{i:04}.txt")), &seeds[i % seeds.len()]).unwrap();
    }
    let mut partial_runs = 0;
    for (trial, delay_ms) in [5u64, 20, 50, 100, 200, 400].into_iter().enumerate() {
        let out = tmp.path().join(format!("out{trial}"));
        let mut child = bin()
            .arg("extract")
            .arg(&input)
            .arg("-o")
            .arg(&out)
            .arg("-q")
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(std::time::Duration::from_millis(delay_ms));
        child.kill().unwrap(); // SIGKILL
        let status = child.wait().unwrap();
        if !out.exists() {
            continue;
        }
        let files = files_under(&out);
        let docs: Vec<&PathBuf> = files
            .iter()
            .filter(|f| !f.file_name().unwrap().to_string_lossy().starts_with('.'))
            .collect();
        if status.code().is_none() && docs.len() < 400 {
            partial_runs += 1;
        }
        for f in docs {
            let bytes = fs::read(out.join(f)).unwrap();
            let v: Value = serde_json::from_slice(&bytes)
                .unwrap_or_else(|e| panic!("{} truncated after kill -9: {e}", f.display()));
            assert_eq!(v["schema_version"], "1.0");
        }
    }
    eprintln!("kill -9 interrupted {partial_runs} of 6 runs mid-way");
}

/// Collects the keys of a JSON object in the order they are written.
struct Keys(Vec<String>);

impl<'de> serde::Deserialize<'de> for Keys {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Keys;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("an object")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut m: A) -> Result<Keys, A::Error> {
                let mut v = Vec::new();
                while let Some(k) = m.next_key::<String>()? {
                    m.next_value::<IgnoredAny>()?;
                    v.push(k);
                }
                Ok(Keys(v))
            }
        }
        d.deserialize_map(V)
    }
}

fn dec(s: &str) -> Option<Dec> {
    Some(Dec::parse(s).unwrap())
}

/// A small document: `Lasten` (section row) with the sub-row `– personele
/// kosten` holding one cell `42.755` in a `(x € 1.000)` table, and one prose
/// figure `€ 9,9 mln.`.
fn small_document() -> Document {
    let cell = |raw: &str, number: &str, value: &str, line| Cell {
        id: "t1.r2.c1".into(),
        raw: raw.into(),
        kind: "number".into(),
        number: dec(number),
        number_high: None,
        multiplier: dec("1000"),
        value: dec(value),
        unit: "EUR".into(),
        qualifier: None,
        line,
        span: Span::new(100, 106),
    };
    let row = |label: &str, level, parent, section, cells| Row {
        label: label.into(),
        canonical: None,
        level,
        parent,
        section,
        number: None,
        footnote: None,
        unit: None,
        line: 5,
        span: Span::new(80, 120),
        cells,
    };
    Document {
        schema_version: SCHEMA_VERSION.into(),
        source: Source {
            path: "x.txt".into(),
            bytes: 200,
            sha256: "0".repeat(64),
            encoding: "UTF-8".into(),
            had_bom: false,
            replacements: 0,
        },
        meta: Meta {
            kind: "jaarverslag".into(),
            kind_confidence: "high".into(),
            ..Meta::default()
        },
        tables: vec![Table {
            id: "t1".into(),
            title: Some("Staat van baten en lasten".into()),
            caption: Some("(x € 1.000)".into()),
            scale: dec("1000"),
            currency: Some("EUR".into()),
            layout: "aligned".into(),
            line: 1,
            span: Span::new(0, 30),
            columns: vec![Column {
                label: "Realisatie 2021".into(),
                year: Some(2021),
                phase: Some("realisatie".into()),
            }],
            rows: vec![
                row("Lasten", 0, None, true, vec![None]),
                row(
                    "personele kosten",
                    1,
                    Some(0),
                    false,
                    vec![Some(cell("42.755", "42755", "42755000", 6))],
                ),
            ],
            ..Table::default()
        }],
        figures: vec![Figure {
            id: "f1".into(),
            raw: "€ 9,9 mln.".into(),
            kind: "money".into(),
            number: dec("9.9"),
            multiplier: dec("1000000"),
            value: dec("9900000"),
            unit: "EUR".into(),
            qualifier: Some("approx".into()),
            subject: Some("DigiD".into()),
            period: Some("2021".into()),
            sentence: "circa € 9,9 mln.".into(),
            line: 9,
            span: Span::new(150, 162),
            ..Figure::default()
        }],
        ..Document::default()
    }
}

#[test]
fn facts_column_contract_on_a_small_document() {
    assert_eq!(
        FACT_KEYS,
        [
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
            "line"
        ],
        "DESIGN.md section 3"
    );
    let fs_ = facts("dir/x.txt", &small_document());
    assert_eq!(
        fs_.len(),
        2,
        "one cell (the section row's null cell is skipped), one figure"
    );
    let cell: Value = serde_json::to_value(&fs_[0]).unwrap();
    assert_eq!(cell["doc"], "dir/x.txt");
    assert_eq!(cell["kind"], "cell");
    assert_eq!(cell["table"], "Staat van baten en lasten");
    assert_eq!(cell["row"], "personele kosten");
    assert_eq!(cell["row_path"], "Lasten > personele kosten");
    assert_eq!(cell["column"], "Realisatie 2021");
    assert_eq!(cell["year"], 2021);
    assert_eq!(cell["raw"], "42.755");
    assert_eq!(cell["number"], "42755");
    assert_eq!(cell["multiplier"], "1000");
    assert_eq!(cell["value"], "42755000");
    assert_eq!(cell["unit"], "EUR");
    assert_eq!(cell["qualifier"], Value::Null);
    assert_eq!(cell["line"], 6);
    let fig: Value = serde_json::to_value(&fs_[1]).unwrap();
    assert_eq!(fig["kind"], "figure");
    assert_eq!(fig["row_path"], Value::Null);
    assert_eq!(
        (&fig["number"], &fig["multiplier"], &fig["value"]),
        (&"9.9".into(), &"1000000".into(), &"9900000".into())
    );
    assert_eq!(
        (&fig["qualifier"], &fig["year"]),
        (&"approx".into(), &2021.into())
    );
    for f in &fs_ {
        let keys: Keys = serde_json::from_str(&serde_json::to_string(f).unwrap()).unwrap();
        assert_eq!(keys.0, FACT_KEYS, "JSON keys in contract order");
        assert_eq!(csv_record(f).len(), FACT_KEYS.len());
    }
    let rec = csv_record(&fs_[0]);
    assert_eq!(rec[4], "Lasten > personele kosten");
    assert_eq!(rec[6], "2021");
    assert_eq!(rec[12], "", "null is an empty CSV field");
}

#[test]
fn facts_through_the_binary() {
    let mut c = bin();
    c.current_dir(repo())
        .args(["facts", "seeds", "--format", "csv", "-q"]);
    let o = run(c);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let text = String::from_utf8(o.stdout).unwrap();
    let mut rdr = csv::Reader::from_reader(text.as_bytes());
    let header: Vec<String> = rdr.headers().unwrap().iter().map(String::from).collect();
    assert_eq!(header, FACT_KEYS);
    let csv_rows = rdr.records().map(|r| r.unwrap()).collect::<Vec<_>>();
    for r in &csv_rows {
        assert_eq!(r.len(), FACT_KEYS.len());
    }

    let mut c = bin();
    c.current_dir(repo()).args(["facts", "seeds", "-q"]);
    let o = run(c);
    assert_eq!(code(&o), 0);
    let text = String::from_utf8(o.stdout).unwrap();
    let mut n = 0;
    for l in text.lines() {
        let keys: Keys = serde_json::from_str(l).unwrap();
        assert_eq!(keys.0, FACT_KEYS, "{l}");
        n += 1;
    }
    assert_eq!(n, csv_rows.len(), "CSV and JSONL hold the same facts");

    // as many facts as the documents hold non-null cells and figures
    let o = extract(&["seeds", "--jsonl", "-", "-q"], &repo());
    let mut expected = 0;
    for d in json_lines(&o.stdout) {
        for t in d["tables"].as_array().unwrap() {
            for r in t["rows"].as_array().unwrap() {
                expected += r["cells"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .filter(|c| !c.is_null())
                    .count();
            }
        }
        expected += d["figures"].as_array().unwrap().len();
    }
    assert_eq!(n, expected);
}

#[test]
fn schema_validates_real_output() {
    let mut c = bin();
    c.arg("schema");
    let o = run(c);
    assert_eq!(code(&o), 0);
    let schema: Value = serde_json::from_slice(&o.stdout).unwrap();
    let required: Vec<&str> = schema["required"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    for k in [
        "schema_version",
        "source",
        "meta",
        "sections",
        "tables",
        "figures",
        "repairs",
        "furniture",
        "diagnostics",
    ] {
        assert!(required.contains(&k), "{k} required");
    }
    let validator = jsonschema::validator_for(&schema).expect("a valid JSON Schema");

    let tmp = tempfile::tempdir().unwrap();
    let d = mixed_dir(tmp.path());
    let mut c = bin();
    c.arg("extract").arg(&d).args(["--jsonl", "-", "-q"]);
    let o = run(c);
    let mut docs: Vec<Value> = json_lines(&o.stdout)
        .into_iter()
        .filter(|l| l.get("error").is_none())
        .collect();
    assert_eq!(docs.len(), 5 + 4 + 1);
    docs.push(serde_json::to_value(small_document()).unwrap());
    for doc in &docs {
        let errors: Vec<String> = validator
            .iter_errors(doc)
            .map(|e| format!("{e} at {}", e.instance_path()))
            .collect();
        assert!(errors.is_empty(), "{}: {errors:?}", doc["source"]["path"]);
    }
    // the schema is not vacuous: a document without its source, or with a
    // number that is not an exact-decimal string, is rejected
    let mut broken = docs.last().unwrap().clone();
    broken.as_object_mut().unwrap().remove("source");
    assert!(!validator.is_valid(&broken));
    let mut broken = docs.last().unwrap().clone();
    broken["tables"][0]["rows"][1]["cells"][0]["number"] = serde_json::json!(42755.0);
    assert!(!validator.is_valid(&broken));
}

/// A panic in one file becomes that file's error record (with where it
/// happened), the batch goes on, and stderr gets one line for it, not the
/// default hook's report. The panic is injected through a debug-build-only
/// environment variable.
#[test]
#[cfg_attr(
    not(debug_assertions),
    ignore = "the panic is injected through a debug-build-only variable"
)]
fn a_panic_in_one_file_is_that_files_error() {
    let tmp = tempfile::tempdir().unwrap();
    let t = tmp.path();
    for n in ["a.txt", "boom.txt", "c.txt"] {
        fs::write(t.join(n), format!("Tekst {n}\n")).unwrap();
    }
    let mut c = bin();
    c.current_dir(t)
        .env("VERSLAG_DEBUG_PANIC_ON", "boom")
        .env("RUST_BACKTRACE", "1")
        .args(["extract", "a.txt", "boom.txt", "c.txt", "--jsonl", "-"]);
    let o = run(c);
    assert_eq!(code(&o), 1);
    let lines = json_lines(&o.stdout);
    assert_eq!(lines.len(), 3);
    assert_eq!(lines[0]["source"]["path"], "a.txt");
    assert_eq!(lines[1]["path"], "boom.txt");
    assert_eq!(lines[1]["error"]["code"], "internal_error");
    let msg = lines[1]["error"]["message"].as_str().unwrap();
    assert!(msg.starts_with("internal error (please report): VERSLAG_DEBUG_PANIC_ON matched boom.txt at src/cli/mod.rs:"), "{msg}");
    assert_eq!(lines[2]["source"]["path"], "c.txt");
    let err = stderr(&o);
    assert!(
        !err.contains("panicked"),
        "the default hook stays quiet: {err}"
    );
    assert!(!err.contains("backtrace"), "{err}");
    assert_eq!(
        err.lines().count(),
        2,
        "one line for the file, one summary: {err}"
    );
}

/// A file name that is not UTF-8 is read, mirrored byte for byte under -o, and
/// shown with U+FFFD in `source.path`.
#[test]
fn non_utf8_file_names() {
    use std::os::unix::ffi::OsStrExt;
    let tmp = tempfile::tempdir().unwrap();
    let d = tmp.path().join("d");
    fs::create_dir_all(&d).unwrap();
    let name = std::ffi::OsStr::from_bytes(b"caf\xe9.txt");
    fs::write(d.join(name), "Tekst\n").unwrap();
    let o = extract(&["d", "-o", "out", "-q"], tmp.path());
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let out = tmp
        .path()
        .join("out")
        .join(std::ffi::OsStr::from_bytes(b"caf\xe9.json"));
    let doc: Value = serde_json::from_slice(&fs::read(out).unwrap()).unwrap();
    assert_eq!(doc["source"]["path"], "caf\u{fffd}.txt");
}

/// Directories nested deeper than the walk goes are reported, not dropped.
#[test]
fn too_deep_directories_are_reported() {
    let tmp = tempfile::tempdir().unwrap();
    let mut d = tmp.path().join("d");
    fs::create_dir_all(&d).unwrap();
    fs::write(d.join("top.txt"), "Tekst\n").unwrap();
    for _ in 0..70 {
        d.push("x");
    }
    fs::create_dir_all(&d).unwrap();
    fs::write(d.join("deep.txt"), "Tekst\n").unwrap();
    let o = extract(&["d", "--jsonl", "-"], tmp.path());
    assert_eq!(code(&o), 1);
    let lines = json_lines(&o.stdout);
    assert_eq!(lines.len(), 2, "{lines:?}");
    assert_eq!(lines[0]["source"]["path"], "top.txt");
    assert_eq!(lines[1]["error"]["code"], "too_deep");
    assert!(lines[1]["path"].as_str().unwrap().starts_with("x/x/x/"));
}
