//! Aligned tables: one row per line, cells separated by spaces.
//!
//! In: the cleaned text's lines. Out: [`Found`] tables with `layout: "aligned"`.
//!
//! A table is anchored on its year line (`2019 2020 2021 2022 2022`); upper header
//! lines above it (`Realisatie Vastgestelde` / `begroting`) give the phases, and the
//! line above those the title and scale caption (`(x € 1.000)`). Rows follow until
//! prose. Three ways to place a row's values in columns, chosen per table:
//!
//! - **positional** (`pdftotext -layout`, `w3m`): the year line's char positions
//!   survive; each value goes to the column it stands under (left, right or centre
//!   aligned, whichever fits the table best). A header repeated after a page break
//!   resets the positions and is not a row.
//! - **segments** (`pandoc`): a dashed rule `---- ----- -----` fixes the column
//!   edges; multiline tables (rows separated by blank lines) join the wrapped pieces
//!   of labels and cells.
//! - **plain** (PDF text, `lynx`, OCR): cells separated by single spaces; values are
//!   read from the right end of the line with the value grammar. Rows with fewer
//!   values than columns are placed by runs of spaces where the rendering keeps them
//!   (lynx prints an empty cell as extra spaces), else from the left with a
//!   `cell_placement_guessed` diagnostic.
//!
//! Rows: markers (`*`, `-`, `–`, `.`) make sub-rows, `wv` / `waarvan` a level deeper;
//! rows without values are section rows; a wrapped label (`OIN-` / `register, ...`)
//! and values split from their row (`98,0%` on a line of its own) join their row.

use super::aligned_header::{self as hdr, YearCol};
use super::aligned_line::{self as al, Tok};
use super::{make_cell, Found};
use crate::decimal::Dec;
use crate::grammar::scale_caption;
use crate::grammar::value::{value, Note, Style, Value};
use crate::model::{Column, Diagnostic, Row, Severity, Table};
use crate::segment::TextLine;
use crate::span::{Locator, Span};

/// Finds aligned tables in `lines`.
pub fn find(lines: &[TextLine<'_>], loc: &Locator<'_>) -> Vec<Found> {
    let mut out: Vec<Found> = Vec::new();
    let mut i = 0;
    let mut floor = 0;
    while i < lines.len() {
        if let Some(cols) = hdr::year_line(lines[i].text) {
            if let Some(f) = parse_table(lines, i, cols, floor, loc) {
                i = f.lines.1.max(i + 1);
                floor = i;
                out.push(f);
                continue;
            }
        }
        i += 1;
    }
    out
}

/// How values find their columns.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Mode {
    Positional,
    Segments,
    Plain,
}

/// A logical line: one or more source lines joined by single spaces.
#[derive(Clone, Debug)]
struct LLine {
    text: String,
    /// (offset in `text`, cleaned offset) per joined piece.
    pieces: Vec<(usize, usize)>,
    first: usize,
    last: usize,
    /// A blank line stood before it (multiline tables separate rows so).
    gap_before: bool,
    /// Index of the header positions in force (page).
    page: usize,
}

impl LLine {
    fn one(lines: &[TextLine<'_>], j: usize, gap_before: bool, page: usize) -> LLine {
        LLine {
            text: lines[j].text.to_string(),
            pieces: vec![(0, lines[j].start)],
            first: j,
            last: j,
            gap_before,
            page,
        }
    }

    fn push(&mut self, lines: &[TextLine<'_>], j: usize) {
        let t = lines[j].text;
        let lead = t.len() - t.trim_start().len();
        let trimmed_len = self.text.trim_end().len();
        self.text.truncate(trimmed_len);
        self.text.push(' ');
        self.pieces.push((self.text.len(), lines[j].start + lead));
        self.text.push_str(t.trim());
        self.last = j;
    }

    /// Cleaned offset of a byte offset in `text`.
    fn clean(&self, off: usize) -> usize {
        let k = self.pieces.partition_point(|&(b, _)| b <= off);
        if k == 0 {
            return self.pieces.first().map(|p| p.1).unwrap_or(0);
        }
        let (b, c) = self.pieces[k - 1];
        c + (off - b)
    }

    fn span(&self, s: usize, e: usize) -> Span {
        if e <= s {
            let c = self.clean(s);
            return Span::new(c, c);
        }
        Span::new(self.clean(s), self.clean(e - 1) + 1)
    }
}

/// A value with its place: cleaned span and char position in its source line.
#[derive(Clone, Debug)]
struct PTok {
    raw: String,
    value: Value,
    span: Span,
    cstart: usize,
    cend: usize,
    page: usize,
    /// Empty cells printed before it as runs of spaces (lynx), if the line shows it.
    empties_before: usize,
}

#[derive(Clone, Debug)]
struct RawRow {
    label: String,
    label_span: Span,
    first: usize,
    last: usize,
    toks: Vec<PTok>,
    /// Placed cells (segments mode fills these directly).
    cells: Option<Vec<Option<PTok>>>,
    /// The first line's tokens carry spacing evidence.
    evidence: bool,
}

fn plain_style() -> Style {
    Style {
        space_grouping: false,
    }
}

fn parse_table(
    lines: &[TextLine<'_>],
    y: usize,
    cols: Vec<YearCol>,
    floor: usize,
    loc: &Locator<'_>,
) -> Option<Found> {
    let mut cols = cols;
    let mut ncols = cols.len();
    let mut diags = Vec::new();
    // --- header block above the year line
    let mut top = y;
    let mut upper: Vec<usize> = Vec::new();
    let mut seg_rule: Option<Vec<(usize, usize)>> = None;
    let mut multiline = false;
    let mut k = y;
    let mut blank_run = 0;
    while k > floor && y - k < 8 {
        let j = k - 1;
        let t = lines[j].text;
        if t.trim().is_empty() {
            blank_run += 1;
            if blank_run > 1 {
                break;
            }
            k -= 1;
            continue;
        }
        blank_run = 0;
        if let Some(runs) = hdr::rule_line(t) {
            if runs.len() >= 2 {
                seg_rule = Some(runs);
            } else {
                multiline = true;
            }
            top = j;
            k -= 1;
            continue;
        }
        if hdr::header_words_line(t) {
            upper.push(j);
            top = j;
            k -= 1;
            continue;
        }
        break;
    }
    upper.reverse();
    let mut body_start = y + 1;
    // a second column line under the first (`2021 2021` / `(1) (2)`): both name the columns
    let sub = lines.get(y + 1).and_then(|l| hdr::year_line(l.text));
    if sub.is_some() {
        body_start = y + 2;
    }
    // a segmented rule just below the year line (pandoc simple tables)
    if let Some(l) = lines.get(body_start) {
        if let Some(runs) = hdr::rule_line(l.text) {
            if runs.len() >= 2 {
                seg_rule = Some(runs);
                body_start += 1;
            }
        }
    }
    let min_gap = cols
        .windows(2)
        .map(|w| w[1].start.saturating_sub(w[0].end))
        .min()
        .unwrap_or(0);
    let mode = match &seg_rule {
        Some(r) if r.len() > ncols => Mode::Segments,
        _ if min_gap >= 2 => Mode::Positional,
        _ => Mode::Plain,
    };
    if mode != Mode::Segments {
        multiline = false;
    }
    if mode == Mode::Positional {
        // an upper label right of the last year names a column of its own (`Verschil`)
        let texts: Vec<&str> = upper.iter().map(|&u| lines[u].text).collect();
        let last_end = cols.last().map(|c| c.end).unwrap_or(0);
        for g in hdr::groups(&texts, true) {
            if g.start > last_end + 2 {
                cols.push(YearCol {
                    start: g.start,
                    end: g.end,
                    year: None,
                    text: String::new(),
                });
            }
        }
        ncols = cols.len();
    }
    if let Some(sub) = sub.filter(|s| s.len() == ncols) {
        for (c, s) in cols.iter_mut().zip(sub) {
            c.text = format!("{} {}", c.text, s.text).trim().to_string();
            c.year = c.year.or(s.year);
        }
    }

    // --- title and caption above the header
    let (title_start, mut title, mut caption_src) = find_title(lines, top, floor);
    let mut start = title_start.unwrap_or(top);

    // --- body
    let mut pages: Vec<Vec<YearCol>> = vec![cols.clone()];
    let mut body: Vec<LLine> = Vec::new();
    let mut j = body_start;
    let mut blanks = 0;
    let mut gap = false;
    let mut label_only_run = 0;
    let mut cur_vals = 0usize;
    let mut end = y + 1;
    let mut last_row_end = y + 1;
    let n = lines.len();
    while j < n {
        let t = lines[j].text;
        if t.trim().is_empty() {
            blanks += 1;
            gap = true;
            if blanks >= 3 {
                break;
            }
            j += 1;
            continue;
        }
        blanks = 0;
        if let Some(runs) = hdr::rule_line(t) {
            if runs.len() >= 2 {
                j += 1;
                continue;
            }
            if !body.is_empty() {
                // closing rule
                end = j + 1;
                last_row_end = end;
                break;
            }
            j += 1;
            continue;
        }
        if let Some(c2) = hdr::year_line(t) {
            if c2.len() <= ncols && !body.is_empty() {
                // header repeated after a page break
                if c2.len() == ncols && mode == Mode::Positional {
                    pages.push(c2);
                }
                j += 1;
                gap = false;
                continue;
            }
            break;
        }
        if hdr::header_words_line(t) {
            if repeated_header_follows(lines, j) {
                j += 1;
                continue;
            }
            // header words without their years: OCR spilling a column after the table
            break;
        }
        // a logical line: join a value split by a wrap (`€ 249` / `mln.`, `niet` / `uitgevoerd`)
        let mut ll = LLine::one(lines, j, gap, pages.len() - 1);
        if mode == Mode::Plain {
            while ll.last + 1 < n
                && ll.last < j + 4
                && wrapped_value_continues(&ll.text, lines[ll.last + 1].text)
            {
                let nx = ll.last + 1;
                let mut joined = ll.clone();
                joined.push(lines, nx);
                let (_, over) = al::values_from_right(&joined.text, plain_style(), ncols + 1);
                if over.len() > ncols {
                    break;
                }
                ll = joined;
            }
        }
        let (le, toks) = row_tokens(&ll.text, mode, ncols);
        let label = ll.text[..le].trim();
        let (marker, rest) = al::split_marker(label);
        if label.is_empty() && !toks.is_empty() {
            // values on a line of their own join the row above only while columns are free;
            // otherwise (a footnote mark `1` under the table) the table has ended
            let far_left = mode == Mode::Positional
                && al::char_col(&ll.text, toks[0].start) + 12 < cols[0].start;
            if cur_vals + toks.len() > ncols || far_left {
                break;
            }
        }
        if mode == Mode::Segments && t.trim_start().starts_with(": ") {
            // pandoc's caption after the table
            break;
        }
        let ok = if mode == Mode::Segments {
            segment_line_ok(&ll.text, seg_rule.as_deref().unwrap_or(&[]), ncols)
        } else if toks.is_empty() {
            al::label_ok(label) && label.chars().count() <= 90
        } else {
            al::label_ok(label)
                && !(marker.is_none()
                    && rest.starts_with(|c: char| c.is_lowercase())
                    && !continues_label(body.last(), rest))
        };
        if !ok {
            break;
        }
        let has_values = !toks.is_empty()
            || (mode == Mode::Segments
                && segment_has_values(&ll.text, seg_rule.as_deref().unwrap_or(&[]), ncols));
        if has_values {
            label_only_run = 0;
        } else if !multiline || ll.gap_before {
            label_only_run += 1;
            if label_only_run > 3 {
                break;
            }
        }
        gap = false;
        j = ll.last + 1;
        if label.is_empty() {
            cur_vals += toks.len();
        } else {
            cur_vals = toks.len();
        }
        if has_values {
            last_row_end = j;
        }
        body.push(ll);
    }
    // drop trailing label-only lines, unless they finish the last row's label
    let mut keep = body.len();
    while keep > 0 && body[keep - 1].last >= last_row_end {
        let l = &body[keep - 1];
        let is_cont = keep >= 2 && continues_label(Some(&body[keep - 2]), l.text.trim());
        if is_cont {
            break;
        }
        keep -= 1;
    }
    body.truncate(keep);
    if let Some(l) = body.last() {
        end = end.max(l.last + 1);
    }
    if body.is_empty() {
        return None;
    }
    // pandoc prints the caption after the table: `: Tabel 39 ...`
    let mut k2 = end;
    let mut skipped = 0;
    while k2 < n && skipped <= 2 {
        let t = lines[k2].text.trim();
        if t.is_empty() || hdr::rule_line(t).is_some() {
            k2 += 1;
            skipped += 1;
            continue;
        }
        if let Some(c) = t.strip_prefix(": ") {
            // the caption printed after the table names it; the line above is not its title
            let lead = lines[k2].text.len() - lines[k2].text.trim_start().len();
            let off = lines[k2].start + lead + 2;
            title = Some((c.to_string(), Span::new(off, off + c.len()), k2));
            caption_src = title.clone();
            start = top;
            end = k2 + 1;
        }
        break;
    }

    // --- rows with their tokens
    let mut raw_rows = match mode {
        Mode::Segments => segment_rows(&body, seg_rule.as_deref().unwrap_or(&[]), ncols, multiline),
        _ => token_rows(&body, mode, ncols),
    };
    if raw_rows.iter().all(|r| {
        r.toks.is_empty()
            && r.cells
                .as_ref()
                .is_none_or(|c| c.iter().all(Option::is_none))
    }) {
        return None;
    }
    place(&mut raw_rows, mode, &pages, ncols, loc, &mut diags);

    // --- columns
    let upper_texts: Vec<&str> = upper.iter().map(|&u| lines[u].text).collect();
    let positional = mode != Mode::Plain;
    let groups = hdr::groups(&upper_texts, positional);
    let (spread, guessed) = hdr::spread(&groups, &cols, positional);
    if guessed {
        let l = lines[y];
        diags.push(
            Diagnostic::new(
                Severity::Info,
                "header_spread_guessed",
                "the upper header labels could not be placed over their columns; spread by order",
            )
            .at(loc.line(l.start), loc.span(l.span())),
        );
    }
    let columns: Vec<Column> = cols
        .iter()
        .zip(&spread)
        .map(|(c, g)| {
            let up = g.and_then(|g| groups.get(g)).map(|g| g.text.as_str());
            let label = match up {
                Some(u) => format!("{u} {}", c.text).trim().to_string(),
                None => c.text.clone(),
            };
            Column {
                phase: up.and_then(hdr::phase),
                label,
                year: c.year,
            }
        })
        .collect();

    // --- scale caption
    let mut caption = None;
    let mut scale = None;
    let mut currency = false;
    if let Some((t, _, _)) = &caption_src {
        if let Some((d, eur, r)) = scale_caption(t) {
            caption = Some(t[r].to_string());
            scale = Some(d);
            currency = eur;
        }
    }

    let rows = build_rows(&raw_rows, scale, currency, loc, &mut diags);
    let first_clean = lines[start].start;
    let last_clean = lines[end.max(start + 1) - 1].span().end;
    let table = Table {
        id: String::new(),
        title: title.as_ref().map(|(t, _, _)| strip_scale(t)),
        subtitle: None,
        caption,
        scale,
        currency: if currency { Some("EUR".into()) } else { None },
        layout: "aligned".into(),
        section: None,
        line: loc.line(first_clean),
        span: loc.span(Span::new(first_clean, last_clean)),
        columns,
        rows,
        footnotes: Vec::new(),
        checks: Vec::new(),
    };
    Some(Found {
        table,
        lines: (start, end),
        diagnostics: diags,
    })
}

/// Title without its scale caption: `Kasstroomoverzicht 2014 (bedragen x € 1.000)` -> `Kasstroomoverzicht 2014`.
fn strip_scale(t: &str) -> String {
    match scale_caption(t) {
        Some((_, _, r)) if r.start > 0 => {
            let mut s = String::new();
            s.push_str(t[..r.start].trim_end());
            let rest = t[r.end..].trim();
            if !rest.is_empty() {
                s.push(' ');
                s.push_str(rest);
            }
            s
        }
        _ => t.trim().to_string(),
    }
}

/// The title above the header block: (first line index, title, caption source).
#[allow(clippy::type_complexity)]
fn find_title(
    lines: &[TextLine<'_>],
    top: usize,
    floor: usize,
) -> (
    Option<usize>,
    Option<(String, Span, usize)>,
    Option<(String, Span, usize)>,
) {
    let mut k = top;
    let mut blanks = 0;
    while k > floor {
        let j = k - 1;
        let t = lines[j].text;
        if t.trim().is_empty() {
            blanks += 1;
            if blanks > 2 {
                break;
            }
            k -= 1;
            continue;
        }
        // lynx: `CAPTION: Tabel 39 ... per 31 december` / `2022`
        let mut first = j;
        let mut text = t.trim().to_string();
        if j > floor && !t.contains("CAPTION:") {
            let prev = lines[j - 1].text;
            if prev.trim_start().starts_with("CAPTION:") {
                first = j - 1;
                text = format!("{} {}", prev.trim(), t.trim());
            }
        }
        let text = text
            .strip_prefix("CAPTION:")
            .map(|s| s.trim().to_string())
            .unwrap_or(text);
        if !title_ok(&text) {
            return (None, None, None);
        }
        let l = lines[first];
        let lead = l.text.len() - l.text.trim_start().len();
        let span = Span::new(l.start + lead, lines[j].span().end);
        let found = Some((text, span, first));
        // a caption alone (`(x € 1.000)`) with the title on the line above
        if let Some((tt, _, _)) = &found {
            if let Some((_, _, r)) = scale_caption(tt) {
                if r.start == 0 && first > floor {
                    let above = lines[first - 1];
                    let at = above.text.trim();
                    if title_ok(at) && !at.is_empty() {
                        let lead = above.text.len() - above.text.trim_start().len();
                        let sp = Span::new(above.start + lead, above.span().end);
                        return (
                            Some(first - 1),
                            Some((at.to_string(), sp, first - 1)),
                            found,
                        );
                    }
                }
            }
        }
        return (Some(first), found.clone(), found);
    }
    (None, None, None)
}

fn title_ok(t: &str) -> bool {
    let t = t.trim();
    !t.is_empty()
        && t.chars().count() <= 160
        && !t.ends_with(['.', ',', ';'])
        && t.starts_with(|c: char| c.is_uppercase() || c == '(' || c.is_ascii_digit())
        && hdr::year_line(t).is_none()
        && al::label_ok(t)
}

/// A header-words line inside the body is a repeated header when a year line follows within 3 lines.
fn repeated_header_follows(lines: &[TextLine<'_>], j: usize) -> bool {
    for l in lines.iter().skip(j + 1).take(3) {
        if hdr::year_line(l.text).is_some() {
            return true;
        }
        if !(l.text.trim().is_empty() || hdr::header_words_line(l.text)) {
            return false;
        }
    }
    false
}

/// The values of a row line. Digits grouped by a space (`98 560`, `– 3 783`) are one
/// value where the layout allows it: always when columns are aligned (a single space
/// never separates two such cells there), and in plain text only when reading them as
/// one value gives exactly one value per column.
fn row_tokens(text: &str, mode: Mode, ncols: usize) -> (usize, Vec<Tok>) {
    let (le, toks) = al::values_from_right(text, plain_style(), ncols + 4);
    let merged = al::merge_space_grouped(text, &toks);
    let mut toks = match mode {
        Mode::Plain if toks.len() > ncols && merged.len() == ncols => merged,
        Mode::Plain => toks,
        _ => merged,
    };
    let keep = if mode == Mode::Plain {
        ncols
    } else {
        ncols + 2
    };
    if toks.len() > keep {
        toks.drain(..toks.len() - keep);
    }
    let le = match toks.first() {
        Some(t) => text[..t.start].trim_end().len(),
        None => le,
    };
    (le, toks)
}

/// Does `next` continue a value that a wrap split at the end of `cur`?
fn wrapped_value_continues(cur: &str, next: &str) -> bool {
    let n = next.trim();
    let c = cur.trim_end();
    if n.is_empty() || c.is_empty() {
        return false;
    }
    let first = n.split_whitespace().next().unwrap_or("");
    let last = c.split_whitespace().last().unwrap_or("");
    if al::is_unit_word(first) && last.ends_with(|ch: char| ch.is_ascii_digit()) {
        return true;
    }
    if al::splits_text_value(last, first) {
        return true;
    }
    // a label broken after a comma, with the values on the next line (lynx)
    let (_, toks) = al::values_from_right(c, plain_style(), 1);
    toks.is_empty() && (c.ends_with(',') || !al::parens_balanced(c))
}

/// Does a lower-case line continue the label of the row before it?
fn continues_label(prev: Option<&LLine>, rest: &str) -> bool {
    let Some(p) = prev else { return false };
    if !rest.starts_with(|c: char| c.is_lowercase() || c == '(') {
        return false;
    }
    let (le, toks) = al::values_from_right(&p.text, plain_style(), 20);
    label_continues(p.text[..le].trim(), toks.is_empty(), rest)
}

/// Does `rest` (a line's label) continue `label`, a row's label that is unfinished
/// (`OIN-`, an open parenthesis, a trailing comma) or has no values yet?
fn label_continues(label: &str, no_values: bool, rest: &str) -> bool {
    rest.starts_with(|c: char| c.is_lowercase() || c == '(')
        && !label.is_empty()
        && (no_values
            || label.ends_with('-')
            || !al::parens_balanced(label)
            || label.ends_with(','))
}

/// A line of a pandoc table: a label, and in every column a value or a piece of
/// a wrapped text value (`niet` / `uitgevoerd`); prose spilling over the columns is not.
fn segment_line_ok(text: &str, segs: &[(usize, usize)], ncols: usize) -> bool {
    let first = segs.len().saturating_sub(ncols);
    let Some(&(vs, _)) = segs.get(first) else {
        return false;
    };
    let b = al::byte_at_col(text, vs);
    if !al::label_ok(text[..b].trim()) {
        return false;
    }
    let edges: Vec<usize> = segs[first..]
        .iter()
        .map(|&(s, _)| al::byte_at_col(text, s))
        .collect();
    (0..edges.len()).all(|c| {
        let e = edges.get(c + 1).copied().unwrap_or(text.len());
        let piece = text[edges[c]..e.max(edges[c])].trim();
        piece.is_empty()
            || value(Style::default())(piece).is_ok_and(|(r, _)| r.trim().is_empty())
            || al::text_value_piece(piece)
    })
}

fn segment_has_values(text: &str, segs: &[(usize, usize)], ncols: usize) -> bool {
    let Some(&(vs, _)) = segs.get(segs.len().saturating_sub(ncols)) else {
        return false;
    };
    let b = al::byte_at_col(text, vs);
    !text[b..].trim().is_empty()
}

fn to_ptok(ll: &LLine, t: &Tok, empties_before: usize) -> PTok {
    PTok {
        raw: ll.text[t.start..t.end].to_string(),
        value: t.value.clone(),
        span: ll.span(t.start, t.end),
        cstart: al::char_col(&ll.text, t.start),
        cend: al::char_col(&ll.text, t.end),
        page: ll.page,
        empties_before,
    }
}

/// Rows from logical lines for positional and plain modes: joins values on a line
/// of their own and wrapped labels to their row.
fn token_rows(body: &[LLine], mode: Mode, ncols: usize) -> Vec<RawRow> {
    let mut rows: Vec<RawRow> = Vec::new();
    for ll in body {
        let (le, toks) = row_tokens(&ll.text, mode, ncols);
        let label = ll.text[..le].trim();
        let lead = ll.text.len() - ll.text.trim_start().len();
        let single = ll.first == ll.last;
        let mut ptoks = Vec::with_capacity(toks.len());
        let mut prev_end = le;
        for t in &toks {
            let run = ll.text[prev_end..t.start].chars().count();
            let empties = if single && mode == Mode::Plain && run >= 3 && !label.is_empty() {
                (run - 1) / 2
            } else {
                0
            };
            ptoks.push(to_ptok(ll, t, empties));
            prev_end = t.end;
        }
        let label_span = ll.span(lead, le.max(lead));
        if let Some(last) = rows.last_mut() {
            let room = ncols.saturating_sub(last.toks.len());
            // values on a line of their own belong to the row above (`98,0%`, lynx wraps)
            if label.is_empty()
                && !ptoks.is_empty()
                && (ptoks.len() <= room || mode == Mode::Positional)
            {
                last.toks.extend(ptoks);
                last.last = ll.last;
                continue;
            }
            // a wrapped label: `OIN-` / `register, Stelselcatalogus)`, `. Aantal nieuw aangesloten` / `overheidsorganisaties`
            let (marker, rest) = al::split_marker(label);
            if marker.is_none()
                && !label.is_empty()
                && label_continues(&last.label, last.toks.is_empty(), rest)
                && (ptoks.len() <= room || mode == Mode::Positional)
            {
                last.label = al::join_label(&last.label, label);
                last.label_span = last.label_span.cover(label_span);
                last.toks.extend(ptoks);
                last.last = ll.last;
                continue;
            }
        }
        rows.push(RawRow {
            label: label.to_string(),
            label_span,
            first: ll.first,
            last: ll.last,
            evidence: ptoks.iter().any(|t| t.empties_before > 0),
            toks: ptoks,
            cells: None,
        });
    }
    rows
}

/// Rows of a pandoc table: cells cut at the rule's column edges; in multiline
/// tables the lines of one row (up to a blank line) are joined per column.
fn segment_rows(
    body: &[LLine],
    segs: &[(usize, usize)],
    ncols: usize,
    multiline: bool,
) -> Vec<RawRow> {
    let first_val = segs.len() - ncols;
    let mut rows: Vec<RawRow> = Vec::new();
    // per row: label pieces and per-column pieces (text, span)
    struct Acc {
        label: String,
        label_span: Option<Span>,
        cells: Vec<(String, Option<Span>)>,
        first: usize,
        last: usize,
        page: usize,
    }
    let mut acc: Option<Acc> = None;
    let flush = |acc: &mut Option<Acc>, rows: &mut Vec<RawRow>| {
        if let Some(a) = acc.take() {
            let mut cells = Vec::with_capacity(ncols);
            for (text, span) in &a.cells {
                let t = text.trim();
                if t.is_empty() {
                    cells.push(None);
                    continue;
                }
                let v = value(Style::default())(t)
                    .ok()
                    .filter(|(r, _)| r.trim().is_empty())
                    .map(|(_, v)| v);
                let span = span.unwrap_or_default();
                cells.push(v.map(|v| PTok {
                    raw: t.to_string(),
                    value: v,
                    span,
                    cstart: 0,
                    cend: 0,
                    page: a.page,
                    empties_before: 0,
                }));
            }
            rows.push(RawRow {
                label: a.label.trim().to_string(),
                label_span: a.label_span.unwrap_or_default(),
                first: a.first,
                last: a.last,
                toks: cells.iter().flatten().cloned().collect(),
                cells: Some(cells),
                evidence: true,
            });
        }
    };
    for ll in body {
        if !multiline || ll.gap_before || acc.is_none() {
            flush(&mut acc, &mut rows);
            acc = Some(Acc {
                label: String::new(),
                label_span: None,
                cells: vec![(String::new(), None); ncols],
                first: ll.first,
                last: ll.last,
                page: ll.page,
            });
        }
        let Some(a) = acc.as_mut() else { continue };
        a.last = ll.last;
        let t = &ll.text;
        let edges: Vec<usize> = segs[first_val..]
            .iter()
            .map(|&(s, _)| al::byte_at_col(t, s))
            .collect();
        let lab = &t[..edges[0]];
        let lt = lab.trim();
        if !lt.is_empty() {
            let lead = lab.len() - lab.trim_start().len();
            let sp = ll.span(lead, lead + lt.len());
            a.label = al::join_label(&a.label, lt);
            a.label_span = Some(a.label_span.map_or(sp, |s| s.cover(sp)));
        }
        for c in 0..ncols {
            let s = edges[c];
            let e = edges.get(c + 1).copied().unwrap_or(t.len());
            let piece = &t[s..e.max(s)];
            let pt = piece.trim();
            if pt.is_empty() {
                continue;
            }
            let lead = piece.len() - piece.trim_start().len();
            let sp = ll.span(s + lead, s + lead + pt.len());
            let (text, span) = &mut a.cells[c];
            *text = al::join_label(text, pt);
            *span = Some(span.map_or(sp, |x| x.cover(sp)));
        }
    }
    flush(&mut acc, &mut rows);
    rows
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Metric {
    Left,
    Right,
    Center,
}

fn pos(m: Metric, s: usize, e: usize) -> i64 {
    match m {
        Metric::Left => s as i64 * 2,
        Metric::Right => e as i64 * 2,
        Metric::Center => (s + e) as i64,
    }
}

/// Assigns tokens (in order) to strictly increasing columns with the least total
/// distance; `cost(i, j)` is the distance of token `i` to column `j`.
fn assign(n: usize, m: usize, cost: impl Fn(usize, usize) -> i64) -> Option<Vec<usize>> {
    if n > m {
        return None;
    }
    // dp[i][j]: first i tokens within the first j columns
    let inf = i64::MAX / 4;
    let mut dp = vec![vec![inf; m + 1]; n + 1];
    for v in dp[0].iter_mut() {
        *v = 0;
    }
    for i in 1..=n {
        for j in 1..=m {
            let skip = dp[i][j - 1];
            let take = dp[i - 1][j - 1].saturating_add(cost(i - 1, j - 1));
            dp[i][j] = skip.min(take);
        }
    }
    let mut out = vec![0; n];
    let (mut i, mut j) = (n, m);
    while i > 0 {
        if j == 0 {
            return None;
        }
        if dp[i][j] == dp[i][j - 1] && j > i {
            j -= 1;
        } else {
            out[i - 1] = j - 1;
            i -= 1;
            j -= 1;
        }
    }
    Some(out)
}

fn median(v: &mut [i64]) -> i64 {
    if v.is_empty() {
        return 0;
    }
    v.sort_unstable();
    v[v.len() / 2]
}

/// Puts each row's tokens in columns.
fn place(
    rows: &mut [RawRow],
    mode: Mode,
    pages: &[Vec<YearCol>],
    ncols: usize,
    loc: &Locator<'_>,
    diags: &mut Vec<Diagnostic>,
) {
    let page_of = |t: &PTok| t.page.min(pages.len() - 1);
    // positional: find the alignment whose offsets to the header are most constant per column,
    // then place with the header positions corrected by those offsets
    let mut adjusted: Vec<Vec<i64>> = Vec::new();
    let mut metric = Metric::Center;
    if mode == Mode::Positional {
        let mut first: Vec<Vec<(usize, usize)>> = Vec::new(); // per row: (token, column)
        for r in rows.iter() {
            let t = &r.toks;
            let a = assign(t.len(), ncols, |i, j| {
                let c = &pages[page_of(&t[i])][j];
                (pos(Metric::Center, t[i].cstart, t[i].cend) - pos(Metric::Center, c.start, c.end))
                    .abs()
            });
            first.push(
                a.map(|a| a.into_iter().enumerate().collect())
                    .unwrap_or_default(),
            );
        }
        let mut best = i64::MAX;
        for m in [Metric::Right, Metric::Left, Metric::Center] {
            let mut offs: Vec<Vec<Vec<i64>>> = vec![vec![Vec::new(); ncols]; pages.len()];
            for (r, a) in rows.iter().zip(&first) {
                for &(i, j) in a {
                    let t = &r.toks[i];
                    let c = &pages[page_of(t)][j];
                    offs[page_of(t)][j].push(pos(m, t.cstart, t.cend) - pos(m, c.start, c.end));
                }
            }
            let mut cost = 0;
            let mut adj = Vec::new();
            for (p, page) in offs.iter_mut().enumerate() {
                let mut row = Vec::new();
                for (j, o) in page.iter_mut().enumerate() {
                    let med = median(o);
                    cost += o.iter().map(|x| (x - med).abs()).sum::<i64>();
                    let c = &pages[p][j];
                    row.push(pos(m, c.start, c.end) + med);
                }
                adj.push(row);
            }
            if cost < best {
                best = cost;
                metric = m;
                adjusted = adj;
            }
        }
    }
    for r in rows.iter_mut() {
        if r.cells.is_some() {
            continue;
        }
        let mut cells: Vec<Option<PTok>> = vec![None; ncols];
        let mut placed = false;
        if mode == Mode::Positional && !r.toks.is_empty() {
            // tokens far left of the first column are part of the label (`(basisjaar 2011 = 100`)
            let gap = adjusted[0]
                .windows(2)
                .map(|w| (w[1] - w[0]).abs())
                .min()
                .unwrap_or(20)
                .max(8);
            let mut drop = 0;
            while drop < r.toks.len() {
                let t = &r.toks[drop];
                let c0 = adjusted[page_of(t)][0];
                if c0 - pos(metric, t.cstart, t.cend) > gap / 2 + 2 {
                    drop += 1;
                } else {
                    break;
                }
            }
            if drop > 0 {
                let moved: Vec<PTok> = r.toks.drain(..drop).collect();
                for t in moved {
                    r.label = format!("{} {}", r.label, t.raw).trim().to_string();
                    r.label_span = r.label_span.cover(t.span);
                }
            }
            let t = &r.toks;
            if let Some(a) = assign(t.len(), ncols, |i, j| {
                (pos(metric, t[i].cstart, t[i].cend) - adjusted[page_of(&t[i])][j]).abs()
            }) {
                for (tok, j) in t.iter().zip(a) {
                    cells[j] = Some(tok.clone());
                }
                placed = true;
            }
        }
        if !placed && mode == Mode::Plain && r.evidence {
            let total: usize = r.toks.iter().map(|t| t.empties_before + 1).sum();
            if total <= ncols {
                let mut c = 0;
                for t in &r.toks {
                    c += t.empties_before;
                    cells[c] = Some(t.clone());
                    c += 1;
                }
                placed = true;
            }
        }
        if !placed {
            if r.toks.len() > ncols {
                // more values than columns: keep the rightmost, the rest is label
                let extra = r.toks.len() - ncols;
                let moved: Vec<PTok> = r.toks.drain(..extra).collect();
                for t in moved {
                    r.label = format!("{} {}", r.label, t.raw).trim().to_string();
                }
            }
            for (c, t) in r.toks.iter().enumerate() {
                cells[c] = Some(t.clone());
            }
            if !r.toks.is_empty() && r.toks.len() < ncols {
                let sp = r.toks[0].span;
                diags.push(
                    Diagnostic::new(
                        Severity::Warning,
                        "cell_placement_guessed",
                        format!(
                            "row `{}` has {} values for {} columns and the layout does not show which columns; placed from the left",
                            r.label,
                            r.toks.len(),
                            ncols
                        ),
                    )
                    .at(loc.line(sp.start), loc.span(r.label_span.cover(sp))),
                );
            } else if mode == Mode::Positional && !r.toks.is_empty() {
                let sp = r.toks[0].span;
                diags.push(
                    Diagnostic::new(
                        Severity::Warning,
                        "cell_placement_guessed",
                        format!("the values of row `{}` do not stand under distinct columns; placed from the left", r.label),
                    )
                    .at(loc.line(sp.start), loc.span(sp)),
                );
            }
        }
        r.cells = Some(cells);
    }
}

/// Row markers that make a sub-row.
fn is_wv(label: &str) -> bool {
    let l = label.to_lowercase();
    l.starts_with("wv ") || l.starts_with("w.v. ") || l.starts_with("waarvan ")
}

fn build_rows(
    raw: &[RawRow],
    scale: Option<Dec>,
    currency: bool,
    loc: &Locator<'_>,
    diags: &mut Vec<Diagnostic>,
) -> Vec<Row> {
    struct Info {
        marked: bool,
        wv: bool,
        section: bool,
    }
    let mut infos = Vec::with_capacity(raw.len());
    let mut rows: Vec<Row> = Vec::with_capacity(raw.len());
    for r in raw {
        let (number, rest) = al::split_number(&r.label);
        let (marker, rest) = al::split_marker(rest);
        let (label, footnote) = al::split_footnote(rest);
        let row_unit = al::label_unit(label);
        let cells_src = r.cells.clone().unwrap_or_default();
        let section = cells_src.iter().all(Option::is_none);
        let cells = cells_src
            .iter()
            .map(|c| {
                c.as_ref().map(|t| {
                    for n in &t.value.notes {
                        if let Note::Repaired { from, to } = n {
                            diags.push(
                                Diagnostic::new(
                                    Severity::Info,
                                    "value_repaired",
                                    format!("read `{from}` as `{to}` in `{}`", t.raw),
                                )
                                .at(loc.line(t.span.start), loc.span(t.span)),
                            );
                        }
                    }
                    let mut cell = make_cell(
                        &t.raw,
                        loc.span(t.span),
                        &t.value,
                        scale,
                        currency,
                        row_unit,
                    );
                    cell.line = loc.line(t.span.start);
                    cell
                })
            })
            .collect();
        infos.push(Info {
            marked: marker.is_some(),
            wv: is_wv(label),
            section,
        });
        rows.push(Row {
            label: label.to_string(),
            canonical: super::canonical::canonical(label).map(str::to_string),
            level: 0,
            parent: None,
            section,
            number: number.map(str::to_string),
            footnote,
            unit: row_unit.map(|u| u.as_str().to_string()),
            line: loc.line(r.label_span.start),
            span: loc.span(r.label_span),
            cells,
        });
        let _ = (r.first, r.last);
    }
    // hierarchy (DESIGN.md section 4)
    let n = rows.len();
    let mut groups: Vec<(usize, bool)> = Vec::new(); // (section row, has unmarked value rows)
    let mut last_unmarked: Option<usize> = None;
    let mut last_marked_plain: Option<usize> = None;
    for i in 0..n {
        let info = &infos[i];
        let next_marked = i + 1 < n && infos[i + 1].marked;
        let parent = if info.marked {
            if info.wv && last_marked_plain.is_some() {
                last_marked_plain
            } else {
                last_unmarked
            }
        } else if info.section && !next_marked {
            // a group section: nested when the open group holds only sections so far
            if groups.last().is_some_and(|g| g.1) {
                groups.pop();
            }
            let p = groups.last().map(|g| g.0);
            groups.push((i, false));
            last_unmarked = Some(i);
            last_marked_plain = None;
            p
        } else if info.section {
            // a list head: its marked rows follow
            let p = groups.last().map(|g| g.0);
            last_unmarked = Some(i);
            last_marked_plain = None;
            p
        } else {
            if let Some(g) = groups.last_mut() {
                g.1 = true;
            }
            let p = groups.last().map(|g| g.0);
            last_unmarked = Some(i);
            last_marked_plain = None;
            p
        };
        if info.marked && !info.wv {
            last_marked_plain = Some(i);
        }
        rows[i].parent = parent;
        rows[i].level = parent.map(|p| rows[p].level.saturating_add(1)).unwrap_or(0);
    }
    // cash flow: the unnumbered parts above a numbered total belong to it
    for i in 0..n {
        if rows[i].number.is_some() && rows[i].label.to_lowercase().starts_with("totaal") {
            let mut k = i;
            while k > 0 && rows[k - 1].number.is_none() && !infos[k - 1].section {
                k -= 1;
                if rows[k].parent.is_none() || rows[k].parent == rows[i].parent {
                    rows[k].parent = Some(i);
                    rows[k].level = rows[i].level.saturating_add(1);
                }
            }
        }
    }
    rows
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::lines as split_lines;
    use crate::span::{LineIndex, OffsetMap};

    fn run(text: &str) -> Vec<Found> {
        let map = OffsetMap::identity();
        let idx = LineIndex::new(text);
        let loc = Locator {
            map: &map,
            lines: &idx,
        };
        find(&split_lines(text), &loc)
    }

    fn cell(f: &Found, r: usize, c: usize) -> Option<String> {
        f.table.rows[r].cells[c].as_ref().map(|c| c.raw.clone())
    }

    #[test]
    fn plain_rows_and_sections() {
        let t = "Tabel 1 Iets\n2019 2020 2021\nKosten\n- Baseline n.b. 99,1% 100,00%\n- Rest 1 2\nPagina tekst is hier lang genoeg om proza te zijn en eindigt met een punt.\n";
        let f = run(t);
        assert_eq!(f.len(), 1);
        let f = &f[0];
        assert_eq!(f.table.title.as_deref(), Some("Tabel 1 Iets"));
        assert_eq!(f.lines, (0, 5));
        assert_eq!(f.table.rows.len(), 3);
        assert!(f.table.rows[0].section);
        assert_eq!(f.table.rows[1].label, "Baseline");
        assert_eq!(f.table.rows[1].parent, Some(0));
        assert_eq!(f.table.rows[1].level, 1);
        assert_eq!(cell(f, 1, 2).as_deref(), Some("100,00%"));
        assert_eq!(cell(f, 2, 0).as_deref(), Some("1"));
        assert_eq!(cell(f, 2, 2), None);
        assert!(f
            .diagnostics
            .iter()
            .any(|d| d.code == "cell_placement_guessed"));
    }

    #[test]
    fn positional_right_aligned_with_missing_cells() {
        let t = "Kasstroom (x € 1.000)\n                      2012    2013    2014\nTotaal                 1.469   1.381      12\n  – wv ICT                     1.381      12\nLang verhaal dat geen tabel is maar gewoon proza. Met zinnen erin.\n";
        let f = run(t);
        assert_eq!(f.len(), 1);
        let f = &f[0];
        assert_eq!(
            f.table.scale.map(|d| d.to_string()).as_deref(),
            Some("1000")
        );
        assert_eq!(f.table.title.as_deref(), Some("Kasstroom"));
        assert_eq!(cell(f, 1, 0), None);
        assert_eq!(cell(f, 1, 1).as_deref(), Some("1.381"));
        assert_eq!(f.table.rows[1].label, "wv ICT");
        assert_eq!(f.table.rows[1].parent, Some(0));
        let c = f.table.rows[0].cells[0].as_ref().unwrap();
        assert_eq!(c.value.unwrap().to_string(), "1469000");
        assert_eq!(&t[c.span.start..c.span.end], "1.469");
        assert!(f.diagnostics.is_empty());
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(300))]
        /// Never panics; tables claim ordered, in-bounds line ranges; spans stay in the text.
        #[test]
        fn never_panics_and_stays_in_bounds(words in proptest::collection::vec(
            proptest::sample::select(vec![
                "2019", "2020", "2021", " ", "   ", "\u{a0}", "\n", "\n\n", "€ 0,4", "n.b.", "– 1.200", "-", "—-6",
                "98 560", "niet", "uitgevoerd", "Label", "wv", "* ", ". ", "(", ")", "-----", "---- ---", ": Tabel",
                "(x € 1.000)", "\u{c}", "Realisatie", "begroting", "OIN-", "mln.", "1.", "¹", "é", "januari",
            ]), 0..120)) {
            let text: String = words.concat();
            let f = run(&text);
            let n = split_lines(&text).len();
            let mut prev_end = 0;
            for t in &f {
                proptest::prop_assert!(t.lines.0 >= prev_end && t.lines.0 < t.lines.1 && t.lines.1 <= n);
                prev_end = t.lines.1;
                for r in &t.table.rows {
                    proptest::prop_assert!(r.span.end <= text.len());
                    for c in r.cells.iter().flatten() {
                        proptest::prop_assert!(c.span.end <= text.len());
                        proptest::prop_assert!(text.is_char_boundary(c.span.start) && text.is_char_boundary(c.span.end));
                    }
                }
            }
        }
    }

    #[test]
    fn extra_columns_and_arithmetic_labels() {
        let t = "Tabel 3 Baten (bedragen x € 1.000)\n                       Begroting    Realisatie      Verschil\n                            2021          2021\n                             (1)           (2)   (3)=(2)-(1)\nOmzet moederdepartement   42.755        40.000       – 2.755\nOmzet derden                 100           p.m.          n.v.t.\nDit is een zin die de tabel uitlegt en niet bij de tabel hoort. Echt niet.\n";
        let f = run(t);
        assert_eq!(f.len(), 1);
        let cols: Vec<_> = f[0]
            .table
            .columns
            .iter()
            .map(|c| (c.label.as_str(), c.year, c.phase.as_deref()))
            .collect();
        assert_eq!(
            cols,
            vec![
                ("Begroting 2021 (1)", Some(2021), Some("begroting")),
                ("Realisatie 2021 (2)", Some(2021), Some("realisatie")),
                ("Verschil (3)=(2)-(1)", None, Some("verschil")),
            ]
        );
        let r = &f[0].table.rows;
        assert_eq!(r.len(), 2);
        assert_eq!(
            r[0].cells[2].as_ref().unwrap().value.unwrap().to_string(),
            "-2755000"
        );
        assert_eq!(r[1].cells[1].as_ref().unwrap().unit, "pm");
        assert_eq!(f[0].lines, (0, 6));
    }

    #[test]
    fn space_grouped_numbers() {
        // aligned: `98 560` is one value
        let t = "Baten (x € 1.000)\n                 2021         2022\nOmzet          98 560      – 3 783\nRente              12           0\n";
        let f = run(t);
        assert_eq!(f.len(), 1);
        let r = &f[0].table.rows[0];
        assert_eq!(r.cells[0].as_ref().unwrap().raw, "98 560");
        assert_eq!(
            r.cells[1].as_ref().unwrap().number.unwrap().to_string(),
            "-3783"
        );
        // plain: grouped only when that gives one value per column
        let t = "Baten\n2021 2022\nOmzet 98 560 – 3 783\nRente 13 275\n";
        let f = run(t);
        let rows = &f[0].table.rows;
        assert_eq!(rows[0].cells[0].as_ref().unwrap().raw, "98 560");
        assert_eq!(rows[1].cells[0].as_ref().unwrap().raw, "13");
        assert_eq!(rows[1].cells[1].as_ref().unwrap().raw, "275");
    }

    #[test]
    fn prose_with_numbers_is_no_table() {
        let t = "De begrote € 249,4 mln. De uitgaven zijn € 21,9 mln.\nhoger dan de begrote € 249,4 mln. In 2022 zijn er\ngeen investeringen in 2021 2022 gepleegd.\n";
        assert!(run(t).is_empty());
    }
}
