//! Writers: atomic JSON files, JSON lines, error logs, readable checks.

use super::{ErrorRecord, Outcome};
use anyhow::{Context, Result};
use std::fs;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use verslag::model::Document;

/// Opens `-`/`None` as stdout, anything else as a file (truncated).
pub fn open_output(target: Option<&str>) -> Result<Box<dyn Write>> {
    match target {
        None | Some("-") => Ok(Box::new(BufWriter::new(std::io::stdout()))),
        Some(p) => {
            let f = fs::File::create(p).with_context(|| format!("cannot create {p}"))?;
            Ok(Box::new(BufWriter::new(f)))
        }
    }
}

/// Writes `doc` as pretty JSON to `dir/rel.json` through a temp file and a rename,
/// so a reader (or a killed run) never sees a half-written file.
pub fn write_json_atomic(dir: &Path, rel: &Path, doc: &Document) -> Result<()> {
    let target = dir.join(rel).with_extension("json");
    if let Some(parent) = target.parent() {
        fs::create_dir_all(parent)
            .with_context(|| format!("cannot create {}", parent.display()))?;
    }
    let mut tmp = target.clone().into_os_string();
    tmp.push(format!(".tmp{}", std::process::id()));
    let tmp = PathBuf::from(tmp);
    let res = (|| -> Result<()> {
        let f =
            fs::File::create(&tmp).with_context(|| format!("cannot create {}", tmp.display()))?;
        let mut w = BufWriter::new(f);
        serde_json::to_writer_pretty(&mut w, doc)?;
        w.write_all(b"\n")?;
        let f = w.into_inner().map_err(|e| e.into_error())?;
        f.sync_all().ok();
        fs::rename(&tmp, &target).with_context(|| format!("cannot write {}", target.display()))?;
        Ok(())
    })();
    if res.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    res
}

/// One JSON line: the document, or `{"path":..,"error":{..}}`.
pub fn write_jsonl_line(w: &mut dyn Write, o: &Outcome) -> Result<()> {
    match o {
        Ok(doc) => serde_json::to_writer(&mut *w, doc)?,
        Err(e) => serde_json::to_writer(&mut *w, e)?,
    }
    w.write_all(b"\n").context("cannot write output")?;
    Ok(())
}

/// `DIR/errors.jsonl`: one record per failed file, written at the end of the run
/// (atomically), removed when a run has no errors.
pub struct ErrorLog {
    path: PathBuf,
    records: Vec<ErrorRecord>,
}

impl ErrorLog {
    pub fn new(dir: &Path) -> ErrorLog {
        ErrorLog {
            path: dir.join("errors.jsonl"),
            records: Vec::new(),
        }
    }

    pub fn push(&mut self, e: &ErrorRecord) -> Result<()> {
        self.records.push(e.clone());
        Ok(())
    }
}

impl Drop for ErrorLog {
    fn drop(&mut self) {
        if self.records.is_empty() {
            let _ = fs::remove_file(&self.path);
            return;
        }
        let mut buf = Vec::new();
        for r in &self.records {
            if serde_json::to_writer(&mut buf, r).is_ok() {
                buf.push(b'\n');
            }
        }
        let tmp = self.path.with_extension("jsonl.tmp");
        if fs::write(&tmp, &buf).is_ok() {
            let _ = fs::rename(&tmp, &self.path);
        }
    }
}

/// Prints a document's checks readably.
pub fn print_checks(w: &mut dyn Write, path: &str, doc: &Document) -> Result<()> {
    writeln!(w, "{path}")?;
    for t in &doc.tables {
        let title = t.title.as_deref().unwrap_or(&t.id);
        if t.checks.is_empty() {
            writeln!(w, "  {} {title}: no checks apply", t.id)?;
            continue;
        }
        writeln!(w, "  {} {title}", t.id)?;
        for c in &t.checks {
            let col = c.column.as_deref().unwrap_or("");
            let detail = match (c.expected, c.found) {
                (Some(e), Some(f)) => format!(" (expected {e}, found {f})"),
                _ => String::new(),
            };
            let lines: Vec<String> = c.lines.iter().map(|l| l.to_string()).collect();
            writeln!(
                w,
                "    {:<10} {} [{}]{} lines {}",
                c.status,
                c.description,
                col,
                detail,
                lines.join(",")
            )?;
        }
    }
    Ok(())
}
