//! verslag: the plain text of Dutch government reports to exact, traceable data.
//!
//! Text flows one way through pure stages; only the CLI touches files and threads.
//!
//! 1. [`decode`]: bytes -> [`decode::Decoded`] (encoding found, BOM, replacements).
//! 2. [`repair`]: decoded -> [`repair::Cleaned`] (furniture out, damage repaired,
//!    an offset map back to the decoded text, every change logged).
//! 3. [`segment`]: cleaned lines -> blocks (headings, paragraphs, bullets, tables).
//! 4. [`tables`]: flat (cell per line) and aligned (row per line) tables, read with
//!    the value grammar in [`grammar`].
//! 5. [`figures`]: counts, amounts and percentages in prose.
//! 6. [`meta`]: kind, organisation, period, references, section tree.
//! 7. [`validate`]: arithmetic inside tables and prose against tables.
//! 8. [`model`] is the output; [`facts`] flattens it to one record per value;
//!    [`json`] writes it as compact JSON (the bytes serde_json would write, faster).
//!
//! Stages read the cleaned text; a [`span::Locator`] maps every span they output
//! back to the decoded original and gives the 1-based source `line`.

pub mod decimal;
pub mod decode;
pub mod facts;
pub mod figures;
pub mod grammar;
pub mod json;
pub mod meta;
pub mod model;
pub mod repair;
pub mod segment;
pub mod span;
pub mod tables;
#[cfg(test)]
mod testdata;
pub mod validate;

use model::{Diagnostic, Document, Severity, Source};
use repair::{Cleaned, RepairOptions};
use span::{LineIndex, Locator};

/// Options for [`extract`].
#[derive(Clone, Debug)]
pub struct Options {
    /// The path to record in `source.path`.
    pub path: String,
    /// Repair OCR and encoding damage (furniture is always removed from content).
    pub repair: bool,
    /// Files larger than this are refused.
    pub max_bytes: u64,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            path: String::new(),
            repair: true,
            max_bytes: 64 * 1024 * 1024,
        }
    }
}

/// Why a file yields no document.
#[derive(Debug, thiserror::Error)]
pub enum ExtractError {
    #[error(transparent)]
    Decode(#[from] decode::DecodeError),
    #[error("file is {size} bytes, over the limit of {limit} bytes (raise it with --max-bytes)")]
    TooLarge { size: u64, limit: u64 },
}

impl ExtractError {
    /// Stable machine-readable code for error records.
    pub fn code(&self) -> &'static str {
        match self {
            ExtractError::Decode(_) => "not_text",
            ExtractError::TooLarge { .. } => "too_large",
        }
    }
}

/// Decodes and cleans, without extracting: what `verslag text` prints.
pub fn clean_text(bytes: &[u8], opts: &Options) -> Result<Cleaned, ExtractError> {
    check_size(bytes, opts)?;
    let decoded = decode::decode(bytes)?;
    let lines = LineIndex::new(&decoded.text);
    Ok(repair::repair(
        &decoded,
        &lines,
        &RepairOptions {
            fix_damage: opts.repair,
        },
    ))
}

fn check_size(bytes: &[u8], opts: &Options) -> Result<(), ExtractError> {
    if bytes.len() as u64 > opts.max_bytes {
        return Err(ExtractError::TooLarge {
            size: bytes.len() as u64,
            limit: opts.max_bytes,
        });
    }
    Ok(())
}

/// Runs the whole pipeline on one file's bytes.
pub fn extract(bytes: &[u8], opts: &Options) -> Result<Document, ExtractError> {
    check_size(bytes, opts)?;
    let decoded = decode::decode(bytes)?;
    let dec_lines = LineIndex::new(&decoded.text);
    let cleaned = repair::repair(
        &decoded,
        &dec_lines,
        &RepairOptions {
            fix_damage: opts.repair,
        },
    );
    let loc = Locator::new(&cleaned.map, &dec_lines);
    let lines = segment::lines(&cleaned.text);
    let (found, not_tables) = tables::find_all(&lines, &loc);
    let ranges: Vec<(usize, usize)> = found.iter().map(|f| f.lines).collect();
    let blocks = segment::segment(&lines, &ranges);

    let mut diagnostics = Vec::new();
    if decoded.text.trim().is_empty() {
        diagnostics.push(Diagnostic::new(
            Severity::Warning,
            "empty_input",
            "the file holds no text",
        ));
    }
    if decoded.replacements > 0 {
        diagnostics.push(Diagnostic::new(
            Severity::Warning,
            "decode_replacements",
            format!(
                "{} byte sequences were not valid {} and became U+FFFD",
                decoded.replacements, decoded.encoding
            ),
        ));
    }
    let (meta, sections, meta_diags) = meta::extract(&blocks, &lines, &cleaned.furniture, &loc);
    diagnostics.extend(meta_diags);
    diagnostics.extend(not_tables);
    let mut tables_out = Vec::with_capacity(found.len());
    for f in found {
        diagnostics.extend(f.diagnostics);
        tables_out.push(f.table);
    }
    let mut figures = figures::find(&blocks, meta.year, &loc);
    // every table and figure belongs to the section it stands in
    let sections_at = meta::SectionIndex::new(&blocks, &loc);
    for t in &mut tables_out {
        t.section = sections_at.at_decoded(t.span.start);
    }
    for f in &mut figures {
        if f.section.is_none() {
            f.section = sections_at.at_decoded(f.span.start);
        }
    }

    let mut doc = Document {
        schema_version: model::SCHEMA_VERSION.to_string(),
        source: Source {
            path: opts.path.clone(),
            bytes: bytes.len() as u64,
            sha256: hex(ring::digest::digest(&ring::digest::SHA256, bytes).as_ref()),
            encoding: decoded.encoding.to_string(),
            had_bom: decoded.had_bom,
            replacements: decoded.replacements,
        },
        meta,
        sections,
        tables: tables_out,
        figures,
        repairs: cleaned.repairs,
        furniture: cleaned.furniture,
        diagnostics,
    };
    validate::validate(&mut doc);
    Ok(doc)
}

fn hex(bytes: &[u8]) -> String {
    use std::fmt::Write;
    let mut s = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        let _ = write!(s, "{b:02x}");
    }
    s
}
