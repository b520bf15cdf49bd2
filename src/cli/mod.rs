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
use std::io::{IsTerminal, Write};
use std::path::PathBuf;
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
    /// Refuse files larger than this many bytes.
    #[arg(long, default_value_t = 64 * 1024 * 1024)]
    pub max_bytes: u64,
    /// Leave OCR and encoding damage as it is (furniture is still set aside).
    #[arg(long)]
    pub no_repair: bool,
    /// No progress bar and no summary on stderr.
    #[arg(short, long)]
    pub quiet: bool,
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

/// Receives each outcome in input order.
type Sink = Box<dyn FnMut(&Input, &Outcome) -> Result<()>>;

/// Files per chunk: bounds memory to this many documents at a time.
const CHUNK: usize = 64;

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

/// Runs the command line; returns the process exit code.
pub fn run(cli: Cli) -> ExitCode {
    match dispatch(cli) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("verslag: error: {e:#}");
            ExitCode::from(1)
        }
    }
}

fn dispatch(cli: Cli) -> Result<ExitCode> {
    match cli.command {
        Command::Schema => {
            let schema = schemars::schema_for!(Document);
            println!("{}", serde_json::to_string_pretty(&schema)?);
            Ok(ExitCode::SUCCESS)
        }
        Command::Text {
            file,
            no_repair,
            max_bytes,
        } => {
            let bytes = discover::read_input(&file, max_bytes)
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
            let mut sink: Sink = match (&out, &jsonl) {
                (Some(dir), _) => {
                    std::fs::create_dir_all(dir).with_context(|| {
                        format!("cannot create output directory {}", dir.display())
                    })?;
                    let mut errors = write::ErrorLog::new(dir);
                    let dir = dir.clone();
                    let mut lines = match &jsonl {
                        Some(f) => Some(write::open_output(Some(f.as_str()))?),
                        None => None,
                    };
                    Box::new(move |inp: &Input, o: &Outcome| {
                        match o {
                            Ok(doc) => write::write_json_atomic(&dir, &inp.out_rel, doc)?,
                            Err(e) => errors.push(e)?,
                        }
                        if let Some(w) = lines.as_mut() {
                            write::write_jsonl_line(w, o)?;
                        }
                        Ok(())
                    })
                }
                (None, f) => {
                    let mut w = write::open_output(f.as_deref().or(Some("-")))?;
                    Box::new(move |_inp: &Input, o: &Outcome| write::write_jsonl_line(&mut w, o))
                }
            };
            let summary = process(&input, &mut *sink)?;
            drop(sink);
            finish(&input, &summary, false)
        }
        Command::Facts { input, format, out } => {
            let mut w = write::open_output(out.as_ref().and_then(|p| p.to_str()))?;
            let mut csv_w = None;
            if format == FactFormat::Csv {
                let mut c = csv::Writer::from_writer(Vec::new());
                c.write_record(facts::FACT_KEYS)?;
                w.write_all(&c.into_inner()?)?;
                csv_w = Some(());
            }
            let summary = process(&input, &mut |inp: &Input, o: &Outcome| {
                match o {
                    Ok(doc) => {
                        let fs = facts::facts(&inp.display, doc);
                        if csv_w.is_some() {
                            let mut c = csv::Writer::from_writer(Vec::new());
                            for f in &fs {
                                c.write_record(facts::csv_record(f))?;
                            }
                            w.write_all(&c.into_inner()?)?;
                        } else {
                            for f in &fs {
                                serde_json::to_writer(&mut w, f)?;
                                w.write_all(b"\n")?;
                            }
                        }
                    }
                    Err(e) => {
                        if !input.quiet {
                            eprintln!("verslag: {}: {}", e.path, e.error.message);
                        }
                    }
                }
                Ok(())
            })?;
            w.flush()?;
            finish(&input, &summary, false)
        }
        Command::Check { input } => {
            let mut out = std::io::stdout().lock();
            let summary = process(&input, &mut |inp: &Input, o: &Outcome| {
                match o {
                    Ok(doc) => write::print_checks(&mut out, &inp.display, doc)?,
                    Err(e) => writeln!(out, "{}: error: {}", e.path, e.error.message)?,
                }
                Ok(())
            })?;
            out.flush()?;
            finish(&input, &summary, true)
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

/// Discovers the inputs and runs the extraction chunk by chunk, handing each
/// outcome to `sink` in input order.
fn process(
    input: &InputArgs,
    sink: &mut dyn FnMut(&Input, &Outcome) -> Result<()>,
) -> Result<Summary> {
    let inputs = discover::discover(&input.paths, &input.ext);
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
    for chunk in inputs.chunks(CHUNK) {
        let outcomes: Vec<Outcome> = chunk.par_iter().map(|inp| run_one(inp, input)).collect();
        for (inp, o) in chunk.iter().zip(&outcomes) {
            summary.add(o);
            if let (Err(e), false) = (o, input.quiet) {
                if bar.is_none() {
                    eprintln!("verslag: {}: {}", e.path, e.error.message);
                }
            }
            sink(inp, o)?;
        }
        if let Some(b) = &bar {
            b.inc(chunk.len() as u64);
        }
    }
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
    let bytes =
        discover::read_input(&inp.path, args.max_bytes).map_err(|e| err(&e.code, e.message))?;
    let opts = Options {
        path: inp.display.clone(),
        repair: !args.no_repair,
        max_bytes: args.max_bytes,
    };
    match std::panic::catch_unwind(|| verslag::extract(&bytes, &opts)) {
        Ok(Ok(doc)) => Ok(doc),
        Ok(Err(e)) => Err(err(e.code(), e.to_string())),
        Err(p) => {
            let msg = p
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| p.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "unknown panic".to_string());
            Err(err(
                "internal_error",
                format!("internal error (please report): {msg}"),
            ))
        }
    }
}
