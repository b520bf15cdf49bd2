//! Shared helpers for the integration tests: running the binary under a
//! watchdog, walking JSON output, checking span invariants.
#![allow(dead_code)]

pub mod adversarial;

use serde_json::Value;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

/// The generous bound for one run of the binary: a hang, not a slow run.
pub const WATCHDOG: Duration = Duration::from_secs(60);

pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn seeds_dir() -> PathBuf {
    repo().join("seeds")
}

/// The seed files, sorted.
pub fn seed_files() -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(seeds_dir())
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    v.sort();
    v
}

pub fn bin() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_verslag"));
    c.env_remove("RAYON_NUM_THREADS");
    c
}

/// Runs `cmd` to completion; a watchdog kills it and fails the test if it is
/// still running after [`WATCHDOG`]. This catches hangs; it asserts no timing.
pub fn run(mut cmd: Command) -> Output {
    run_within(&mut cmd, WATCHDOG)
}

pub fn run_within(cmd: &mut Command, limit: Duration) -> Output {
    cmd.stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = cmd.spawn().expect("spawn verslag");
    let mut out = child.stdout.take().unwrap();
    let mut err = child.stderr.take().unwrap();
    let t_out = std::thread::spawn(move || {
        let mut b = Vec::new();
        let _ = out.read_to_end(&mut b);
        b
    });
    let t_err = std::thread::spawn(move || {
        let mut b = Vec::new();
        let _ = err.read_to_end(&mut b);
        b
    });
    let start = Instant::now();
    let status = loop {
        if let Some(s) = child.try_wait().unwrap() {
            break s;
        }
        if start.elapsed() > limit {
            let _ = child.kill();
            let _ = child.wait();
            panic!("verslag did not finish within {limit:?}: {cmd:?}");
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    Output {
        status,
        stdout: t_out.join().unwrap(),
        stderr: t_err.join().unwrap(),
    }
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

pub fn code(o: &Output) -> i32 {
    o.status.code().expect("exited normally, not by a signal")
}

/// Parses JSON lines.
pub fn json_lines(bytes: &[u8]) -> Vec<Value> {
    std::str::from_utf8(bytes)
        .expect("output is UTF-8")
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("bad JSON line {e}: {l}")))
        .collect()
}

/// Every file under `dir`, relative, sorted.
pub fn files_under(dir: &Path) -> Vec<PathBuf> {
    fn walk(base: &Path, d: &Path, out: &mut Vec<PathBuf>) {
        for e in std::fs::read_dir(d).unwrap().flatten() {
            let p = e.path();
            if e.file_type().unwrap().is_dir() {
                walk(base, &p, out);
            } else {
                out.push(p.strip_prefix(base).unwrap().to_path_buf());
            }
        }
    }
    let mut v = Vec::new();
    walk(dir, dir, &mut v);
    v.sort();
    v
}

/// Checks what must hold of any document whatever the input: every `span` lies
/// within the decoded text and on character boundaries, every `line` and
/// `lines[]` entry is between 1 and the line count. Returns a description of
/// the first violation.
pub fn span_violation(doc: &Value, text: &str) -> Option<String> {
    let line_count = verslag::span::LineIndex::new(text).line_count();
    fn walk(v: &Value, path: &str, text: &str, lines: usize) -> Option<String> {
        match v {
            Value::Object(m) => {
                for (k, x) in m {
                    let p = format!("{path}.{k}");
                    if k == "span" && !x.is_null() {
                        let s = x["start"].as_u64()? as usize;
                        let e = x["end"].as_u64()? as usize;
                        if s > e || e > text.len() {
                            return Some(format!("{p} = {s}..{e} outside 0..{}", text.len()));
                        }
                        if !text.is_char_boundary(s) || !text.is_char_boundary(e) {
                            return Some(format!("{p} = {s}..{e} not on char boundaries"));
                        }
                    }
                    if k == "line" {
                        if let Some(l) = x.as_u64() {
                            if l < 1 || l as usize > lines {
                                return Some(format!("{p} = {l} outside 1..={lines}"));
                            }
                        }
                    }
                    if k == "lines" {
                        for l in x.as_array().into_iter().flatten() {
                            if let Some(l) = l.as_u64() {
                                if l < 1 || l as usize > lines {
                                    return Some(format!("{p} has {l} outside 1..={lines}"));
                                }
                            }
                        }
                    }
                    if let Some(r) = walk(x, &p, text, lines) {
                        return Some(r);
                    }
                }
                None
            }
            Value::Array(a) => a
                .iter()
                .enumerate()
                .find_map(|(i, x)| walk(x, &format!("{path}[{i}]"), text, lines)),
            _ => None,
        }
    }
    walk(doc, "", text, line_count)
}

/// All `line` values in document order, paired with the JSON path they sit at.
pub fn all_lines(doc: &Value) -> Vec<(String, u64)> {
    fn walk(v: &Value, path: &str, out: &mut Vec<(String, u64)>) {
        match v {
            Value::Object(m) => {
                for (k, x) in m {
                    let p = format!("{path}.{k}");
                    if k == "line" {
                        if let Some(l) = x.as_u64() {
                            out.push((p.clone(), l));
                        }
                    }
                    walk(x, &p, out);
                }
            }
            Value::Array(a) => {
                for (i, x) in a.iter().enumerate() {
                    walk(x, &format!("{path}[{i}]"), out);
                }
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    walk(doc, "", &mut out);
    out
}

/// The raw texts of the cells of the row labelled `label` (an empty string for an
/// empty cell); panics naming the label when there is no such row.
pub fn row_raws(t: &verslag::model::Table, label: &str) -> Vec<String> {
    row(t, label)
        .cells
        .iter()
        .map(|c| c.as_ref().map_or(String::new(), |c| c.raw.clone()))
        .collect()
}

/// The values of the cells of the row labelled `label` as decimal strings (an empty
/// string for an empty cell or one without a value).
pub fn row_values(t: &verslag::model::Table, label: &str) -> Vec<String> {
    row(t, label)
        .cells
        .iter()
        .map(|c| {
            c.as_ref()
                .and_then(|c| c.value)
                .map_or(String::new(), |v| v.to_string())
        })
        .collect()
}

/// The units of the cells of the row labelled `label` (an empty string for an
/// empty cell).
#[allow(dead_code)]
pub fn row_units(t: &verslag::model::Table, label: &str) -> Vec<String> {
    row(t, label)
        .cells
        .iter()
        .map(|c| c.as_ref().map_or(String::new(), |c| c.unit.clone()))
        .collect()
}

/// The titles of `d`'s tables (an empty string for a table without one).
#[allow(dead_code)]
pub fn table_titles(d: &verslag::model::Document) -> Vec<&str> {
    d.tables
        .iter()
        .map(|t| t.title.as_deref().unwrap_or(""))
        .collect()
}

/// The column labels of `t`.
#[allow(dead_code)]
pub fn column_labels(t: &verslag::model::Table) -> Vec<&str> {
    t.columns.iter().map(|c| c.label.as_str()).collect()
}

/// The row labelled `label`.
pub fn row<'t>(t: &'t verslag::model::Table, label: &str) -> &'t verslag::model::Row {
    t.rows
        .iter()
        .find(|r| r.label == label)
        .unwrap_or_else(|| panic!("no row {label}"))
}

/// Each prose figure of `d` as (raw, value, unit), in document order.
#[allow(dead_code)]
pub fn figure_values(d: &verslag::model::Document) -> Vec<(&str, String, &str)> {
    d.figures
        .iter()
        .map(|f| {
            (
                f.raw.as_str(),
                f.value.map(|v| v.to_string()).unwrap_or_default(),
                f.unit.as_str(),
            )
        })
        .collect()
}
