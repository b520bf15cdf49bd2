//! Writers: atomic JSON files, JSON lines, error logs, readable checks.

use super::{ErrorRecord, Outcome};
use anyhow::{Context, Result};
use std::fs;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use verslag::model::Document;

/// Opens `-`/`None` as stdout, anything else as a file (truncated).
pub fn open_output(target: Option<&Path>) -> Result<Box<dyn Write>> {
    match target {
        None => Ok(Box::new(BufWriter::new(std::io::stdout()))),
        Some(p) if p.as_os_str() == "-" => Ok(Box::new(BufWriter::new(std::io::stdout()))),
        Some(p) => {
            if p.is_dir() {
                anyhow::bail!("cannot write {}: it is a directory", p.display());
            }
            let f =
                fs::File::create(p).with_context(|| format!("cannot create {}", p.display()))?;
            Ok(Box::new(BufWriter::new(f)))
        }
    }
}

/// Where the document for `rel` goes under `dir`: `dir/rel` with `.json` for its extension.
pub fn target_path(dir: &Path, rel: &Path) -> PathBuf {
    dir.join(rel).with_extension("json")
}

/// The temp file a target is written through: hidden, next to the target (same
/// file system, so the rename is atomic), named after the process.
fn temp_path(target: &Path) -> PathBuf {
    let name = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    target.with_file_name(format!(".{name}.tmp{}", std::process::id()))
}

/// Writes `doc` as pretty JSON to `dir/rel.json` through a temp file and a rename,
/// so a reader (or a killed run) never sees a half-written file.
pub fn write_json_atomic(dir: &Path, rel: &Path, doc: &Document) -> Result<()> {
    let target = target_path(dir, rel);
    if let Some(parent) = target.parent() {
        fs::create_dir_all(parent)
            .with_context(|| format!("cannot create {}", parent.display()))?;
    }
    let tmp = temp_path(&target);
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
    })()
    .with_context(|| format!("cannot write {}", target.display()));
    if res.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    res
}

/// One JSON line: the document, or `{"path":..,"error":{..}}`.
///
/// The line is serialised into a reused buffer and written with one call: the
/// serialiser's many small writes then go to a `Vec` (inlined) rather than through
/// the `dyn Write`. Same bytes.
pub fn write_jsonl_line(w: &mut dyn Write, o: &Outcome) -> Result<()> {
    thread_local! {
        static BUF: std::cell::RefCell<Vec<u8>> = const { std::cell::RefCell::new(Vec::new()) };
    }
    BUF.with_borrow_mut(|buf| {
        buf.clear();
        match o {
            Ok(doc) => verslag::json::compact(buf, doc),
            Err(e) => verslag::json::compact(buf, e),
        }
        .context("cannot write output")?;
        buf.push(b'\n');
        w.write_all(buf).context("cannot write output")?;
        // a huge document does not keep its buffer for the rest of the run
        if buf.capacity() > 1 << 24 {
            *buf = Vec::new();
        }
        Ok(())
    })
}

/// Error records, one JSON line per failed file, written at the end of the run
/// (atomically) to `--errors FILE` and, with `extract -o DIR`, `DIR/errors.jsonl`
/// (which is removed when a run has no errors, so it never describes an older run).
pub struct ErrorLog {
    targets: Vec<(PathBuf, bool)>,
    records: Vec<ErrorRecord>,
}

impl ErrorLog {
    pub fn new(file: Option<PathBuf>) -> ErrorLog {
        ErrorLog {
            targets: file.into_iter().map(|f| (f, false)).collect(),
            records: Vec::new(),
        }
    }

    /// Also writes the records to `path`, removing it when there are none.
    pub fn also_in(&mut self, path: PathBuf) {
        self.targets.push((path, true));
    }

    pub fn push(&mut self, e: &ErrorRecord) {
        self.records.push(e.clone());
    }

    pub fn finish(self) -> Result<()> {
        let mut buf = Vec::new();
        for r in &self.records {
            serde_json::to_writer(&mut buf, r)?;
            buf.push(b'\n');
        }
        for (path, remove_when_empty) in &self.targets {
            if self.records.is_empty() && *remove_when_empty {
                let _ = fs::remove_file(path);
                continue;
            }
            if path.as_os_str() == "-" {
                std::io::stdout()
                    .write_all(&buf)
                    .context("cannot write error records")?;
                continue;
            }
            if fs::metadata(path).is_ok_and(|m| !m.is_file()) {
                // a device or FIFO: no temp file and rename
                fs::write(path, &buf)
                    .with_context(|| format!("cannot write {}", path.display()))?;
                continue;
            }
            let tmp = temp_path(path);
            let res = fs::write(&tmp, &buf).and_then(|_| fs::rename(&tmp, path));
            if let Err(e) = res {
                let _ = fs::remove_file(&tmp);
                return Err(e).with_context(|| format!("cannot write {}", path.display()));
            }
        }
        Ok(())
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
