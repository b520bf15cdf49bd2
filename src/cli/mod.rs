//! The command line: file discovery, parallel extraction, writers, progress, exit codes.
//!
//! The only place with threads, files, the terminal and `anyhow`. Files are
//! processed in bounded chunks with rayon; each chunk's results are written in
//! input order, so output is identical whatever the thread count and memory stays
//! bounded by the chunk. A panic in one file becomes that file's error record.

mod discover;
mod write;

use anyhow::{Context, Result};
use clap::{Parser, Subcommand, ValueEnum};
use rayon::prelude::*;
use serde::Serialize;
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use verslag::model::Document;
use verslag::{facts, Options};

pub use discover::Input;

/// Turns the plain text of Dutch government reports (begrotingen, jaarverslagen,
/// viermaandsrapportages) into exact, traceable JSON: tables, figures in prose,
/// metadata, repairs and checks, every value pointing back to its source line.
#[derive(Parser, Debug)]
#[command(name = "verslag", version, about, long_about = None)]
#[command(
    after_help = "Examples:\n  verslag extract seeds -o out          one JSON file per input under out/\n  verslag extract report.txt --jsonl -   one JSON line per document on stdout\n  verslag facts seeds --format csv -o facts.csv\n  verslag check seeds                    exit 1 when a table's arithmetic fails\n\nExit status: 0 all files ok, 1 some file failed (or a check failed), 2 usage error."
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(clap::Args, Debug, Clone)]
pub struct InputArgs {
    /// Files and directories to read. Directories are walked recursively for
    /// files with the extension of --ext; a file named here is always read.
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// Extension of the files taken when walking a directory.
    #[arg(long, default_value = "txt")]
    pub ext: String,
    /// Follow symlinked directories when walking (each real directory is read once;
    /// a link back up the tree is not entered).
    #[arg(short = 'L', long)]
    pub follow: bool,
    /// Refuse files larger than this many bytes.
    #[arg(long, default_value_t = 64 * 1024 * 1024)]
    pub max_bytes: u64,
    /// Leave OCR and encoding damage as it is (furniture is still set aside).
    #[arg(long)]
    pub no_repair: bool,
    /// No progress bar and no summary on stderr.
    #[arg(short, long)]
    pub quiet: bool,
    /// Also write one JSON error record per failed file to FILE (with `extract -o DIR`
    /// they always go to DIR/errors.jsonl as well).
    #[arg(long, value_name = "FILE")]
    pub errors: Option<PathBuf>,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Extract documents to JSON: one file per input under -o DIR, or JSON lines.
    Extract {
        #[command(flatten)]
        input: InputArgs,
        /// Write one JSON document per input under DIR, mirroring relative paths.
        #[arg(short, long, value_name = "DIR")]
        out: Option<PathBuf>,
        /// Write one JSON line per document, in input order, to FILE (`-` for stdout).
        #[arg(long, value_name = "FILE")]
        jsonl: Option<String>,
    },
    /// Tidy facts: one record per table cell and per prose figure.
    Facts {
        #[command(flatten)]
        input: InputArgs,
        #[arg(long, value_enum, default_value_t = FactFormat::Jsonl)]
        format: FactFormat,
        /// Output file (default: stdout).
        #[arg(short, long, value_name = "FILE")]
        out: Option<PathBuf>,
    },
    /// Print each table's arithmetic checks; exit 1 when any check fails.
    Check {
        #[command(flatten)]
        input: InputArgs,
    },
    /// Print the repaired text of one file, for reading and diffing.
    Text {
        file: PathBuf,
        #[arg(long)]
        no_repair: bool,
        #[arg(long, default_value_t = 64 * 1024 * 1024)]
        max_bytes: u64,
    },
    /// Print the JSON Schema of the document output.
    Schema,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum FactFormat {
    Jsonl,
    Csv,
}

/// A file that produced no document.
#[derive(Clone, Debug, Serialize)]
pub struct ErrorRecord {
    pub path: String,
    pub error: ErrorBody,
}

#[derive(Clone, Debug, Serialize)]
pub struct ErrorBody {
    pub code: String,
    pub message: String,
}

/// The outcome for one input.
pub type Outcome = std::result::Result<Document, ErrorRecord>;

/// Files per chunk: at most three chunks of documents are alive at a time (see
/// [`process`]), which bounds memory whatever the batch size.
const CHUNK: usize = 64;
/// Input bytes per chunk: a chunk closes once its files add up to this much, so a
/// batch of large files does not hold 64 of them (and their documents) at once.
const CHUNK_BYTES: u64 = 64 * 1024 * 1024;

#[derive(Default, Debug)]
struct Summary {
    files: usize,
    ok: usize,
    failed: usize,
    tables: usize,
    cells: usize,
    figures: usize,
    diagnostics: usize,
    checks_failed: usize,
}

impl Summary {
    fn add(&mut self, o: &Outcome) {
        self.files += 1;
        match o {
            Ok(d) => {
                self.ok += 1;
                self.tables += d.tables.len();
                self.cells += d
                    .tables
                    .iter()
                    .flat_map(|t| &t.rows)
                    .map(|r| r.cells.iter().flatten().count())
                    .sum::<usize>();
                self.figures += d.figures.len();
                self.diagnostics += d.diagnostics.len();
                self.checks_failed += d
                    .tables
                    .iter()
                    .flat_map(|t| &t.checks)
                    .filter(|c| c.status == "failed")
                    .count();
            }
            Err(_) => self.failed += 1,
        }
    }

    fn line(&self) -> String {
        format!(
            "verslag: {} files, {} ok, {} failed; {} tables, {} cells, {} figures, {} diagnostics",
            self.files,
            self.ok,
            self.failed,
            self.tables,
            self.cells,
            self.figures,
            self.diagnostics
        )
    }
}

/// A mistake in how the command was called: exit status 2.
#[derive(Debug)]
struct UsageError(String);

impl std::fmt::Display for UsageError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for UsageError {}

/// Runs the command line; returns the process exit code.
pub fn run(cli: Cli) -> ExitCode {
    install_panic_hook();
    match dispatch(cli) {
        Ok(code) => code,
        Err(e) => {
            if e.downcast_ref::<UsageError>().is_some() {
                eprintln!("verslag: usage error: {e}");
                return ExitCode::from(2);
            }
            let broken_pipe = e.chain().any(|c| {
                c.downcast_ref::<std::io::Error>()
                    .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
            });
            if !broken_pipe {
                eprintln!("verslag: error: {e:#}");
            }
            ExitCode::from(1)
        }
    }
}

thread_local! {
    /// Set while this thread runs an extraction under `catch_unwind`.
    static CATCHING: Cell<bool> = const { Cell::new(false) };
    /// Where the last caught panic happened (`src/x.rs:12:5`).
    static PANIC_AT: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// A panic inside a caught extraction is reported once, as that file's error
/// record (with its location); the default hook would print a backtrace notice
/// per file. Panics anywhere else still go to the default hook.
fn install_panic_hook() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        let default = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if CATCHING.with(|c| c.get()) {
                let at = info
                    .location()
                    .map(|l| format!("{}:{}:{}", l.file(), l.line(), l.column()));
                PANIC_AT.with(|p| *p.borrow_mut() = at);
            } else {
                default(info)
            }
        }));
    });
}

/// Refuses to open an output that is one of the inputs: inputs are never modified.
fn guard_output(target: &Path, inputs: &[Input]) -> Result<()> {
    if target.as_os_str() == "-" {
        return Ok(());
    }
    // one `stat` of the target, compared with the identities discovery recorded
    let Ok(meta) = std::fs::metadata(target) else {
        return Ok(());
    };
    if let Some(i) = inputs
        .iter()
        .find(|i| i.error.is_none() && discover::is_input(target, &meta, i))
    {
        return Err(UsageError(format!(
            "output {} is the input {}; inputs are never overwritten",
            target.display(),
            i.display
        ))
        .into());
    }
    Ok(())
}

/// With `-o DIR`: an input whose output file would overwrite another input's
/// output, or an input itself, gets an error record instead.
fn claim_outputs(dir: &Path, inputs: &mut [Input]) {
    let mut seen: HashMap<PathBuf, String> = HashMap::new();
    for inp in inputs.iter_mut() {
        if inp.error.is_some() {
            continue;
        }
        let target = write::target_path(dir, &inp.out_rel);
        // an output that does not exist yet cannot be an input
        let is_input =
            std::fs::metadata(&target).is_ok_and(|m| discover::is_input(&target, &m, inp));
        if is_input {
            inp.error = Some(ErrorBody {
                code: "output_is_input".into(),
                message: format!(
                    "output {} would overwrite the input itself",
                    target.display()
                ),
            });
            continue;
        }
        if let Some(first) = seen.get(&target) {
            inp.error = Some(ErrorBody {
                code: "output_collision".into(),
                message: format!(
                    "output {} is already written for {first}; extract them in separate runs",
                    target.display()
                ),
            });
            continue;
        }
        seen.insert(target, inp.display.clone());
    }
}

fn dispatch(cli: Cli) -> Result<ExitCode> {
    match cli.command {
        Command::Schema => {
            let schema = schemars::schema_for!(Document);
            let mut out = std::io::stdout().lock();
            serde_json::to_writer_pretty(&mut out, &schema)?;
            out.write_all(b"\n")?;
            out.flush()?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Text {
            file,
            no_repair,
            max_bytes,
        } => {
            let bytes = discover::read_input(&file, max_bytes, false)
                .map_err(|e| anyhow::anyhow!("{}: {}", file.display(), e.message))?;
            let opts = Options {
                path: file.display().to_string(),
                repair: !no_repair,
                max_bytes,
            };
            let cleaned = verslag::clean_text(&bytes, &opts)
                .with_context(|| format!("{}", file.display()))?;
            let mut out = std::io::stdout().lock();
            out.write_all(cleaned.text.as_bytes())?;
            out.flush()?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Extract { input, out, jsonl } => {
            let mut inputs = discover::discover(&input.paths, &input.ext, input.follow);
            if let Some(f) = &jsonl {
                guard_output(Path::new(f), &inputs)?;
            }
            if let Some(f) = &input.errors {
                guard_output(f, &inputs)?;
            }
            let mut errors = write::ErrorLog::new(input.errors.clone());
            let mut lines = None;
            if let Some(dir) = &out {
                if dir.exists() && !dir.is_dir() {
                    anyhow::bail!(
                        "cannot write to output directory {}: it exists and is not a directory",
                        dir.display()
                    );
                }
                std::fs::create_dir_all(dir)
                    .with_context(|| format!("cannot create output directory {}", dir.display()))?;
                claim_outputs(dir, &mut inputs);
                errors.also_in(dir.join("errors.jsonl"));
                if let Some(f) = &jsonl {
                    lines = Some(write::open_output(Some(Path::new(f)))?);
                }
            } else {
                lines = Some(write::open_output(Some(Path::new(
                    jsonl.as_deref().unwrap_or("-"),
                )))?);
            }
            let result = process(inputs, &input, &mut |inp: &Input, o: &Outcome| {
                if let Some(dir) = &out {
                    if let Ok(doc) = o {
                        write::write_json_atomic(dir, &inp.out_rel, doc)?;
                    }
                }
                if let Err(e) = o {
                    errors.push(e);
                }
                if let Some(w) = lines.as_mut() {
                    write::write_jsonl_line(w, o)?;
                }
                Ok(())
            });
            if let Some(mut w) = lines {
                w.flush().context("cannot write output")?;
            }
            errors.finish()?;
            finish(&input, &result?, false)
        }
        Command::Facts { input, format, out } => {
            let inputs = discover::discover(&input.paths, &input.ext, input.follow);
            if let Some(f) = &out {
                guard_output(f, &inputs)?;
            }
            if let Some(f) = &input.errors {
                guard_output(f, &inputs)?;
            }
            let mut errors = write::ErrorLog::new(input.errors.clone());
            let mut w = write::open_output(out.as_deref())?;
            let csv = format == FactFormat::Csv;
            if csv {
                let mut c = csv::Writer::from_writer(Vec::new());
                c.write_record(facts::FACT_KEYS)?;
                w.write_all(&c.into_inner()?)
                    .context("cannot write output")?;
            }
            let result = process(inputs, &input, &mut |inp: &Input, o: &Outcome| {
                match o {
                    Ok(doc) => {
                        let fs = facts::facts(&inp.display, doc);
                        if csv {
                            let mut c = csv::Writer::from_writer(Vec::new());
                            for f in &fs {
                                c.write_record(facts::csv_record(f))?;
                            }
                            w.write_all(&c.into_inner()?)
                                .context("cannot write output")?;
                        } else {
                            for f in &fs {
                                serde_json::to_writer(&mut w, f)?;
                                w.write_all(b"\n").context("cannot write output")?;
                            }
                        }
                    }
                    Err(e) => errors.push(e),
                }
                Ok(())
            });
            w.flush().context("cannot write output")?;
            errors.finish()?;
            finish(&input, &result?, false)
        }
        Command::Check { input } => {
            let inputs = discover::discover(&input.paths, &input.ext, input.follow);
            if let Some(f) = &input.errors {
                guard_output(f, &inputs)?;
            }
            let mut errors = write::ErrorLog::new(input.errors.clone());
            let mut out = std::io::BufWriter::new(std::io::stdout().lock());
            let result = process(inputs, &input, &mut |inp: &Input, o: &Outcome| {
                match o {
                    Ok(doc) => write::print_checks(&mut out, &inp.display, doc)?,
                    Err(e) => {
                        writeln!(out, "{}: error: {}", e.path, e.error.message)?;
                        errors.push(e);
                    }
                }
                Ok(())
            });
            out.flush().context("cannot write output")?;
            errors.finish()?;
            finish(&input, &result?, true)
        }
    }
}

fn finish(input: &InputArgs, s: &Summary, checks_matter: bool) -> Result<ExitCode> {
    if !input.quiet {
        eprintln!("{}", s.line());
        if checks_matter && s.checks_failed > 0 {
            eprintln!("verslag: {} checks failed", s.checks_failed);
        }
    }
    let failed = s.failed > 0 || (checks_matter && s.checks_failed > 0);
    Ok(if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// Splits `inputs` into chunks of at most [`CHUNK`] files and about
/// [`CHUNK_BYTES`] input bytes (a chunk always takes at least one file).
fn chunk_ends(inputs: &[Input]) -> Vec<usize> {
    let mut ends = Vec::new();
    let (mut n, mut bytes) = (0usize, 0u64);
    for (i, inp) in inputs.iter().enumerate() {
        if n > 0 && (n == CHUNK || bytes.saturating_add(inp.len) > CHUNK_BYTES) {
            ends.push(i);
            n = 0;
            bytes = 0;
        }
        n += 1;
        bytes = bytes.saturating_add(inp.len);
    }
    if n > 0 {
        ends.push(inputs.len());
    }
    ends
}

/// Runs the extraction chunk by chunk, handing each outcome to `sink` in input order.
fn process(
    inputs: Vec<Input>,
    input: &InputArgs,
    sink: &mut dyn FnMut(&Input, &Outcome) -> Result<()>,
) -> Result<Summary> {
    let mut summary = Summary::default();
    let show_progress = !input.quiet && std::io::stderr().is_terminal() && inputs.len() >= 50;
    let bar = if show_progress {
        let b = indicatif::ProgressBar::new(inputs.len() as u64);
        b.set_style(
            indicatif::ProgressStyle::with_template(
                "{bar:40} {pos}/{len} files {per_sec} eta {eta}",
            )
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
        );
        Some(b)
    } else {
        None
    };
    let ends = chunk_ends(&inputs);
    // A producer thread extracts chunk after chunk on the rayon pool and hands each
    // chunk's outcomes over a channel of one slot, while this thread writes the
    // chunk before: writing overlaps extraction, and at most three chunks are alive
    // (one written, one waiting, one extracted), so memory stays bounded. Outcomes
    // come in input order whatever the thread count.
    std::thread::scope(|scope| -> Result<()> {
        let (tx, rx) = std::sync::mpsc::sync_channel::<(usize, Vec<Outcome>)>(1);
        let inputs = &inputs;
        let ends = &ends;
        scope.spawn(move || {
            let mut start = 0;
            for &end in ends {
                let chunk = &inputs[start..end];
                let outcomes: Vec<Outcome> =
                    chunk.par_iter().map(|inp| run_one(inp, input)).collect();
                // the receiver is gone only when writing failed: stop extracting
                if tx.send((start, outcomes)).is_err() {
                    return;
                }
                start = end;
            }
        });
        for (start, outcomes) in rx {
            let chunk = &inputs[start..start + outcomes.len()];
            for (inp, o) in chunk.iter().zip(&outcomes) {
                summary.add(o);
                if let (Err(e), false) = (o, input.quiet) {
                    match &bar {
                        Some(b) => b.println(format!("verslag: {}: {}", e.path, e.error.message)),
                        None => eprintln!("verslag: {}: {}", e.path, e.error.message),
                    }
                }
                sink(inp, o)?;
            }
            if let Some(b) = &bar {
                b.inc(chunk.len() as u64);
            }
        }
        Ok(())
    })?;
    if let Some(b) = bar {
        b.finish_and_clear();
    }
    Ok(summary)
}

fn run_one(inp: &Input, args: &InputArgs) -> Outcome {
    let err = |code: &str, message: String| ErrorRecord {
        path: inp.display.clone(),
        error: ErrorBody {
            code: code.to_string(),
            message,
        },
    };
    if let Some(e) = &inp.error {
        return Err(err(&e.code, e.message.clone()));
    }
    let bytes = discover::read_input(&inp.path, args.max_bytes, inp.seen.regular)
        .map_err(|e| err(&e.code, e.message))?;
    let opts = Options {
        path: inp.display.clone(),
        repair: !args.no_repair,
        max_bytes: args.max_bytes,
    };
    CATCHING.with(|c| c.set(true));
    PANIC_AT.with(|p| p.borrow_mut().take());
    let result = std::panic::catch_unwind(|| {
        // Debug builds only: lets the tests make one file panic, to check that
        // a panic becomes that file's error record and the batch goes on.
        #[cfg(debug_assertions)]
        if let Some(s) = std::env::var_os("VERSLAG_DEBUG_PANIC_ON") {
            if inp.display.contains(s.to_string_lossy().as_ref()) {
                panic!("VERSLAG_DEBUG_PANIC_ON matched {}", inp.display);
            }
        }
        verslag::extract(&bytes, &opts)
    });
    CATCHING.with(|c| c.set(false));
    match result {
        Ok(Ok(doc)) => Ok(doc),
        Ok(Err(e)) => Err(err(e.code(), e.to_string())),
        Err(p) => {
            let msg = p
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| p.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "unknown panic".to_string());
            let at = PANIC_AT
                .with(|p| p.borrow_mut().take())
                .map(|a| format!(" at {a}"))
                .unwrap_or_default();
            Err(err(
                "internal_error",
                format!("internal error (please report): {msg}{at}"),
            ))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input(len: u64) -> Input {
        Input {
            path: PathBuf::from("x"),
            display: "x".into(),
            out_rel: PathBuf::from("x"),
            error: None,
            len,
            seen: Default::default(),
        }
    }

    #[test]
    fn chunks_close_on_count_and_on_bytes() {
        let small: Vec<Input> = (0..130).map(|_| input(10)).collect();
        assert_eq!(chunk_ends(&small), vec![64, 128, 130]);
        let big: Vec<Input> = (0..3).map(|_| input(CHUNK_BYTES)).collect();
        assert_eq!(chunk_ends(&big), vec![1, 2, 3]);
        let mixed = vec![input(10), input(CHUNK_BYTES), input(10)];
        assert_eq!(chunk_ends(&mixed), vec![1, 2, 3]);
        assert!(chunk_ends(&[]).is_empty());
    }
}
