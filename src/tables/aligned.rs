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
//!   of labels and cells (a line with a value of its own in every column that does
//!   not read as one with the piece above is a row of its own: a blank line lost).
//! - **plain** (PDF text, `lynx`, OCR): cells separated by single spaces; values are
//!   read from the right end of the line with the value grammar. Rows with fewer
//!   values than columns are placed by runs of spaces where the rendering keeps them
//!   (lynx prints an empty cell as extra spaces), else from the left with a
//!   `cell_placement_guessed` diagnostic.
//!
//! Columns: the year line (`2019 2020 ...`, or arithmetic labels `(1) (2) (3)=(2)-(1)`),
//! a second such line under it, upper phase labels spread over the columns beneath
//! them (`Realisatie 2021`, `Vastgestelde begroting 2022`), and in aligned text an
//! upper label right of the last year as a column of its own (`Verschil`).
//!
//! Rows: markers (`*`, `-`, `–`, `.`) make sub-rows, `wv` / `waarvan` a level deeper;
//! rows without values are section rows (DESIGN.md section 4: a section followed by
//! marked rows heads them; one followed by unmarked rows groups them, nested while the
//! group above holds only sections); a leading `1.` is the row number, and unnumbered
//! parts directly above a numbered `Totaal` row belong to it. A wrapped label (`OIN-` /
//! `register, ...`) and values split from their row (`98,0%` on a line of its own, a
//! lynx wrap `€ 249` / `mln.`) join their row. OCR that prints a page's last column
//! after the page (`Vastgestelde` / `begroting` / `2022` / `99,2%` / `97,0%`) has those
//! values put back in the page's rows that lack exactly that column.
//!
//! The table ends at prose (a long label, a sentence break, a lower-case line that
//! continues nothing), at three blank lines, at a closing rule, or at a value line that
//! has no room in the row above (a footnote mark under the table); trailing rows without
//! values are not part of it.

use super::aligned_header::{self as hdr, YearCol};
use super::aligned_line::{self as al, Tok};
use super::{is_unit_header, make_cell, unit_of_word, Found};
use crate::decimal::Dec;
use crate::grammar::value::{value, Kind, Note, Style, Value};
use crate::grammar::{table_caption, Currency};
use crate::model::{Column, Diagnostic, Footnote, Row, Severity, Table};
use crate::segment::TextLine;
use crate::span::{Locator, Span};

/// Finds aligned tables in `lines`.
pub fn find(lines: &[TextLine<'_>], loc: &Locator<'_>) -> Vec<Found> {
    // the rules of dashes around and inside a table (pandoc's simple and multiline
    // tables, `-----` / `------ ------- -----` under the header) are read as the
    // blank lines they stand for: the table is in the alignment of its words
    let unruled: Option<Vec<TextLine<'_>>> =
        lines.iter().any(|l| is_dash_rule(l.text)).then(|| {
            lines
                .iter()
                .map(|l| {
                    if is_dash_rule(l.text) {
                        TextLine {
                            start: l.start,
                            text: "",
                        }
                    } else {
                        *l
                    }
                })
                .collect()
        });
    let ruled = lines;
    let lines = unruled.as_deref().unwrap_or(lines);
    let mut out: Vec<Found> = Vec::new();
    let mut i = 0;
    let mut floor = 0;
    while i < lines.len() {
        let t = lines[i].text;
        // two tables printed side by side (pdftotext -layout of two narrow tables):
        // each half read on its own
        if let Some((end, halves)) = side_by_side(lines, i) {
            for half in halves {
                for mut f in find(&half, loc) {
                    f.beside = true;
                    out.push(f);
                }
            }
            i = end;
            floor = end;
            continue;
        }
        // a header broken into chunks over lines (pdftotext without `-layout`),
        // when the row below carries a value under each of its columns
        // (or under a section's label: `Baten`)
        let stacked = hdr::stacked_header(lines, i).filter(|(last, cols)| {
            lines[last + 1..].iter().take(2).any(|l| {
                let (le, toks) = row_tokens(l.text, Mode::Plain, cols.len());
                toks.len() == cols.len() && !l.text[..le].trim().is_empty()
            })
        });
        let stacked = stacked.or_else(|| free_stacked_header(lines, i));
        if let Some((last, cols)) = stacked {
            if let Some(f) = parse_table(lines, last, cols, None, floor, loc, Some(i)) {
                i = f.lines.1.max(last + 1);
                floor = i;
                out.push(f);
                continue;
            }
        }
        // dates broken over two lines with no words above them (`31 december` /
        // `2023`, a balance sheet's header): one line of dates, the rows below both
        if let Some(cols) = dates_over_years(lines, i) {
            if let Some(f) = parse_table(lines, i + 1, cols, None, floor, loc, Some(i)) {
                i = f.lines.1.max(i + 2);
                floor = i;
                out.push(f);
                continue;
            }
        }
        let years = hdr::year_line(t)
            .map(|c| (c, None))
            .or_else(|| hdr::stub_year_line(t).map(|(e, c)| (c, Some(e))))
            .or_else(|| titled_plain_header(lines, i).map(|(e, c)| (c, Some(e))));
        let words = || {
            word_header(lines, i).or_else(|| {
                // (headers of words spaced like prose: a capital opens the line, a
                // row or a line of years is below)
                let b = *t.trim_start().as_bytes().first()?;
                if !(b.is_ascii_uppercase() || b >= 0x80) || !row_like_below(lines, i) {
                    return None;
                }
                spaced_word_header(lines, i).or_else(|| free_year_header(lines, i))
            })
        };
        // (a header of words with dates among them, `Saldo 1-1-2023   Toevoeging   …
        // Saldo 31-12-2023`, reads as a line of two dates too: where those columns
        // make no table, the words are read)
        let found = match years {
            Some((cols, stub)) => {
                parse_table(lines, i, cols, stub, floor, loc, None).or_else(|| {
                    let (cols, stub) = words()?;
                    parse_table(lines, i, cols, stub, floor, loc, None)
                })
            }
            None => words().and_then(|(cols, stub)| {
                // (the dates broken over the two lines under the words are the
                // header's too: the rows start below them)
                // (so are the units under them, when the words took them: `Krediet` /
                // `(x € 1.000)`)
                let units_taken = || {
                    lines
                        .get(i + 1)
                        .and_then(|l| unit_line(l.text))
                        .is_some_and(|us| {
                            us.iter().all(|u| {
                                cols.iter()
                                    .any(|c| c.text.ends_with(&format!(" {}", u.text)))
                            })
                        })
                };
                let last = if dates_over_years(lines, i + 1).is_some() {
                    i + 2
                } else if units_taken() {
                    i + 1
                } else {
                    i
                };
                parse_table(lines, last, cols, stub, floor, loc, (last > i).then_some(i))
            }),
        };
        if let Some(mut f) = found {
            // (the rule that closes the table is the table's)
            if unruled.is_some() && ruled.get(f.lines.1).is_some_and(|l| is_dash_rule(l.text)) {
                f.lines.1 += 1;
            }
            i = f.lines.1.max(i + 1);
            floor = i;
            out.push(f);
            continue;
        }
        i += 1;
    }
    out
}

/// A section's label on a line of its own (`Watersysteemheffing`, `Baten`): a
/// few words opening with a capital, no digit, no stop.
fn is_section_label(l: &str) -> bool {
    let t = l.trim();
    t.starts_with(char::is_uppercase)
        && t.len() <= 48
        && t.split_whitespace().count() <= 4
        && !t.contains("  ")
        && !t.bytes().any(|b| b.is_ascii_digit())
        && !t.ends_with(['.', ':', ';', ','])
}

/// A header spaced like prose with a stub of any words (`Soort zaak 2020 2021`) right
/// under a numbered title (a blank line between allowed, lynx's `CAPTION:` too),
/// over rows that each end in as many values, not all of them years: without the
/// title and the rows it reads as a row of years (`Doorlichting 2021 2021`).
fn titled_plain_header(lines: &[TextLine<'_>], i: usize) -> Option<(usize, Vec<YearCol>)> {
    let t = lines[i].text;
    let body = t.trim();
    // (cheap refusals first: the line ends in a year, one space before it)
    let b = body.as_bytes();
    let year_end = b.len() > 5
        && b[b.len() - 5] == b' '
        && b[b.len() - 4..].iter().all(u8::is_ascii_digit)
        && matches!(&b[b.len() - 4..b.len() - 2], b"19" | b"20");
    if !year_end || i == 0 || body.contains("  ") {
        return None;
    }
    numbered_title_above(lines, i, 0)?;
    let (end, cols) = hdr::words_then_years(t)?;
    let mut rows = 0;
    let mut other = false;
    for l in lines[i + 1..].iter().filter(|l| !l.is_blank()).take(2) {
        let (le, toks) = al::values_from_right(l.text, plain_style(), cols.len() + 1);
        if toks.len() != cols.len() || !l.text[..le].trim_start().starts_with(char::is_alphabetic) {
            return None;
        }
        other |= toks
            .iter()
            .any(|tk| hdr::year_of_token(&l.text[tk.start..tk.end]).is_none());
        rows += 1;
    }
    (rows == 2 && other).then_some((end, cols))
}

/// Two tables printed side by side: a line with two numbered titles apart
/// (`Tabel 7 Baten (x € 1.000)      Tabel 8 Lasten (x € 1.000)`), over lines that
/// all leave a gutter of three or more blank columns between the two titles'
/// starts, down to the blank line after the rows. Returns the line after them and
/// the two halves: `lines` with every line of the block cut at the gutter's end
/// (the left half keeps what stands before it, the right half the rest, with its
/// offsets), and every other line blank, so that line indices and spans stay those
/// of `lines`.
#[allow(clippy::type_complexity)]
fn side_by_side<'a>(lines: &[TextLine<'a>], i: usize) -> Option<(usize, [Vec<TextLine<'a>>; 2])> {
    let t = lines[i].text;
    let body = t.trim_start();
    // (cheap: most lines are no numbered title with a wide gap)
    if !matches!(body.as_bytes().first(), Some(b'T' | b't'))
        || !body.contains("   ")
        || !super::flat::numbered_title(body)
    {
        return None;
    }
    let lead = t.len() - body.len();
    let gap = lead + body.find("   ")?;
    let second = gap + t[gap..].find(|c: char| c != ' ')?;
    if !super::flat::numbered_title(&t[second..]) {
        return None;
    }
    let first_col = t[..lead].chars().count();
    let second_col = t[..second].chars().count();
    // the block: down to the first blank line after a line with digits
    let mut end = i + 1;
    let mut rows = 0;
    while end < lines.len() && end < i + 60 {
        let l = lines[end].text;
        if l.trim().is_empty() {
            if rows > 0 {
                break;
            }
        } else if l.bytes().any(|b| b.is_ascii_digit()) {
            rows += 1;
        }
        end += 1;
    }
    if rows < 2 {
        return None;
    }
    // blank columns in every line of the block, from the first title's start on
    let width = lines[i..end]
        .iter()
        .map(|l| l.text.chars().count())
        .max()
        .unwrap_or(0);
    let mut blank = vec![true; width];
    for l in &lines[i..end] {
        for (c, ch) in l.text.chars().enumerate() {
            if ch != ' ' && ch != '\u{a0}' {
                blank[c] = false;
            }
        }
    }
    // the widest run of blank columns (3 or more) between the titles' starts
    let (mut best, mut run_start) = (None::<(usize, usize)>, None);
    for c in first_col + 1..=second_col.min(width) {
        let b = c < second_col && blank.get(c).copied().unwrap_or(true);
        match (b, run_start) {
            (true, None) => run_start = Some(c),
            (false, Some(s0)) => {
                if c - s0 >= 3 && best.is_none_or(|(a, e)| c - s0 > e - a) {
                    best = Some((s0, c));
                }
                run_start = None;
            }
            _ => {}
        }
    }
    let (_, cut) = best?;
    // each half has values: a digit left and right of the gutter on two lines
    let both = lines[i + 1..end]
        .iter()
        .filter(|l| {
            let (a, b) = split_at_char(l.text, cut);
            a.bytes().any(|x| x.is_ascii_digit()) && b.bytes().any(|x| x.is_ascii_digit())
        })
        .count();
    if both < 2 {
        return None;
    }
    let blank_line = |l: &TextLine<'a>| TextLine {
        start: l.start,
        text: "",
    };
    let mut left: Vec<TextLine<'a>> = lines.iter().map(blank_line).collect();
    let mut right = left.clone();
    for k in i..end {
        let l = lines[k];
        let (a, b) = split_at_char(l.text, cut);
        left[k] = TextLine {
            start: l.start,
            text: a.trim_end(),
        };
        right[k] = TextLine {
            start: l.start + a.len(),
            text: b,
        };
    }
    Some((end, [left, right]))
}

/// A short label that ends in an abbreviation no list holds (`Omzet moederdep.`,
/// `Bijdr. ministeries`): at most five words, the last a lower-case word of at most
/// twelve letters before its stop, and no sentence break before it.
fn abbreviated_label(label: &str) -> bool {
    let t = label.trim();
    let Some(head) = t.strip_suffix('.') else {
        return false;
    };
    let last = head.rsplit(' ').next().unwrap_or("");
    t.split_whitespace().count() <= 5
        && (2..=12).contains(&last.chars().count())
        && last.chars().all(|c| c.is_lowercase())
        && al::label_ok(head)
}

/// `t` cut before its char `c` (or whole and empty when it is shorter).
fn split_at_char(t: &str, c: usize) -> (&str, &str) {
    let at = t.char_indices().nth(c).map_or(t.len(), |(b, _)| b);
    t.split_at(at)
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
        // a word broken after its hyphen (`OIN-` / `register`) joins without a space
        let mut tail = self.text.chars().rev();
        let hyphen = tail.next() == Some('-') && tail.next().is_some_and(char::is_alphabetic);
        if !hyphen {
            self.text.push(' ');
        }
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
    /// Indices of the first and last line the row takes.
    first: usize,
    last: usize,
    toks: Vec<PTok>,
    /// Placed cells (segments mode fills these directly).
    cells: Option<Vec<Option<PTok>>>,
    /// The first line's tokens carry spacing evidence.
    evidence: bool,
    /// The row's unit printed in a unit column (`Eenheid`: `aantal`, `%`, `fte`).
    unit: Option<String>,
    /// Bytes of `label` from the row's first line (the rest is a wrapped label's).
    first_len: usize,
}

impl RawRow {
    /// Gives a token back to the label, where it stood: after the first line's part
    /// (`Rekening-courant RHB 31` / `december`, not `… december 31`).
    fn label_takes(&mut self, raw: &str) {
        let at = self.first_len.min(self.label.len());
        let (head, tail) = self.label.split_at(at);
        let head = head.trim_end();
        let mut l = String::with_capacity(self.label.len() + raw.len() + 2);
        l.push_str(head);
        if !l.is_empty() {
            l.push(' ');
        }
        l.push_str(raw);
        self.first_len = l.len();
        let tail = tail.trim_start();
        if !tail.is_empty() {
            l.push(' ');
            l.push_str(tail);
        }
        self.label = l;
    }
}

fn plain_style() -> Style {
    Style {
        space_grouping: false,
    }
}

/// The table whose column line is `y`. With `header_top`, the header's lines are
/// known to begin there (a stacked header whose columns were read from its chunks
/// joined): no upper header is looked for above `y`.
fn parse_table(
    lines: &[TextLine<'_>],
    y: usize,
    cols: Vec<YearCol>,
    stub_end: Option<usize>,
    floor: usize,
    loc: &Locator<'_>,
    header_top: Option<usize>,
) -> Option<Found> {
    let mut cols = cols;
    let mut ncols = cols.len();
    // the columns' numbers (`(1) (2) (3)=(2)-(1)`) over a header line of more columns
    // than they number (`Vastgestelde begroting 2022 Realisatie 2022 Verschil
    // Realisatie 2021`): that line is the header (the numbers are then skipped
    // above it, as the title is looked for)
    if cols
        .iter()
        .all(|c| c.year.is_none() && hdr::is_arith_text(&c.text))
        && lines
            .get(y + 1)
            .and_then(|l| hdr::year_line(l.text))
            .or_else(|| hdr::stacked_header(lines, y + 1).map(|(_, c)| c))
            .is_some_and(|next| next.len() > ncols && next.iter().any(|c| c.year.is_some()))
    {
        return None;
    }
    let mut diags = Vec::new();
    // --- header block above the year line
    let mut top = y;
    let mut upper: Vec<usize> = Vec::new();
    let mut seg_rule: Option<Vec<(usize, usize)>> = None;
    let mut multiline = false;
    let mut k = y;
    let mut blank_run = 0;
    if let Some(t0) = header_top {
        top = t0;
        k = floor;
    }
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
        // (labels that span columns only right above the header, with no blank
        // line between: a caption above a blank line is the title)
        let next_is_header = j + 1 == y || upper.last() == Some(&(j + 1));
        if hdr::header_words_line(t) || words_over_columns(t, &cols, next_is_header) {
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
    // (a line of years or dates under some of the words, which [`word_header`]
    // already joined to their labels: `Stand` over `1-1-2023`)
    let joined = |s: &Vec<YearCol>| {
        s.len() < cols.len()
            && s.iter().all(|u| {
                cols.iter()
                    .any(|c| c.text.len() > u.text.len() && c.text.ends_with(u.text.as_str()))
            })
    };
    if sub
        .as_ref()
        .is_some_and(|s| s.len() == cols.len() || joined(s))
    {
        body_start = y + 2;
    } else if let Some(ys) = lines.get(y + 1).and_then(|l| {
        // (a phase that took the next column's year one space after it, `Basiswaarde
        // 2021` over `2019` (links): split, when the wrapped years then fit)
        hdr::wrapped_header_years(l.text, &cols).or_else(|| {
            let split = hdr::split_packed_years(l.text, &cols)?;
            let ys = hdr::wrapped_header_years(l.text, &split)?;
            cols = split;
            ncols = cols.len();
            Some(ys)
        })
    }) {
        // a column label wrapped in a narrow column: `Streefwaarde` / `2023` (elinks)
        for (c, year, printed) in ys {
            cols[c].text = format!("{} {printed}", cols[c].text);
            cols[c].year = Some(year);
        }
        body_start = y + 2;
    } else if let Some(parts) = lines
        .get(y + 1)
        .and_then(|l| hdr::wrapped_header_parts(l.text, &cols))
    {
        // labels wrapped in their columns, years and words (`Realisatie   Begroting
        // 2024` over `2023   primitief`)
        for (c, year, printed) in parts {
            cols[c].text = format!("{} {printed}", cols[c].text);
            if year.is_some() {
                cols[c].year = year;
            }
        }
        body_start = y + 2;
    } else if sub.is_some() {
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
    // sub-columns under each year (`2022   2023` / `aantal   fte   aantal   fte`,
    // `Begroting 2023   Realisatie 2023` / `Lasten  Baten  Saldo  Lasten  Baten
    // Saldo`), the rows carrying a value under each: the columns are the
    // sub-columns, each with its year (before the phase labels: `Lasten`, `Baten`
    // are header words too)
    // (or in groups of unequal size, `2016` over three and `2015` over one, perhaps
    // with a line of their words wrapped below: `na wijz.`)
    let mut took_sub = false;
    let next = lines.get(body_start + 1).map(|l| l.text);
    if let Some((sub, wrapped)) = lines.get(body_start).and_then(|l| {
        sub_columns(l.text, &cols)
            .map(|s| (s, false))
            .or_else(|| uneven_sub_columns(l.text, next, &cols))
    }) {
        let below = body_start + 1 + usize::from(wrapped);
        if rows_carry_one_more(lines, below, sub.len() - 1) {
            cols = sub;
            ncols = cols.len();
            body_start = below;
            took_sub = true;
        }
    }
    // phase labels printed under the years (`2022 2023` / `Realisatie Raming`)
    let mut lower: Vec<usize> = Vec::new();
    while !took_sub
        && lower.len() < 3
        && body_start < lines.len()
        && hdr::header_words_line(lines[body_start].text)
    {
        lower.push(body_start);
        body_start += 1;
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
        let last_start = cols.last().map(|c| c.start).unwrap_or(0);
        for g in hdr::groups(&texts, true) {
            if g.start > last_end + 2 {
                cols.push(YearCol {
                    start: g.start,
                    end: g.end,
                    year: None,
                    text: String::new(),
                });
            } else if g.start > last_start + 2
                && matches!(hdr::phase(&g.text).as_deref(), Some("verschil" | "mutatie"))
                && super::flat::year_of(&g.text).is_none()
                && rows_carry_one_more(lines, body_start, ncols)
            {
                // (a `Verschil` over the end of the last label, which ran on past
                // its numbers: `Vastgestelde` / `begroting 2023` under it, rows of
                // one value more): a column of its own, the last label cut before it
                if let Some(last) = cols.last_mut() {
                    last.end = last.end.min(g.start.saturating_sub(1)).max(last.start + 1);
                }
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
    let mut note_col = false;
    if mode == Mode::Plain && !upper.is_empty() {
        // without positions: a last upper label that names a column of its own
        // (`Realisatie   Vastgestelde begroting Verschil` over `2021 2022 2022`, lynx)
        // is one more column when the rows below carry one more value
        let texts: Vec<&str> = upper.iter().map(|&u| lines[u].text).collect();
        let last = hdr::groups(&texts, false).pop();
        let own = last.as_ref().is_some_and(|g| {
            matches!(hdr::phase(&g.text).as_deref(), Some("verschil" | "mutatie"))
                && super::flat::year_of(&g.text).is_none()
        });
        // (a last `Noot` heads the rows' footnote marks: only some rows carry one)
        let note = last.as_ref().is_some_and(|g| super::is_note_label(&g.text));
        note_col = note && rows_carry_mark(lines, body_start, ncols);
        if (own && rows_carry_one_more(lines, body_start, ncols)) || note_col {
            let end = cols.last().map_or(0, |c| c.end);
            cols.push(YearCol {
                start: end + 2,
                end: end + 2,
                year: None,
                text: String::new(),
            });
            ncols = cols.len();
        }
    }
    // without positions, a lone word before the first of the years (`Norm 2020
    // 2019`, `Indicator Streefwaarde 2018 2017`) reads as that year's label; where
    // the rows carry one value more than those columns, the word heads a column of
    // its own (a norm's, before the years' realisations)
    if mode == Mode::Plain && ncols >= 2 && !code_col_stub(stub_end, lines, y) {
        if let Some(split) = lone_head_before_years(&cols) {
            if rows_carry_one_more(lines, body_start, ncols) {
                cols = split;
                ncols = cols.len();
            }
        }
    }
    // a last column of a target's status (`Status`, `Gehaald?`) holds words
    let status_col = ncols >= 2
        && cols
            .last()
            .is_some_and(|c| c.year.is_none() && hdr::is_status_column_word(&c.text));
    if let (Mode::Segments, Some(r)) = (mode, &seg_rule) {
        // a run of the rule right of the first year's that holds no year is a column
        // of its own (`Verschil` over an empty year cell, pandoc)
        let overlaps = |c: &YearCol, (s, e): (usize, usize)| c.start < e && c.end > s;
        let fy = r
            .iter()
            .position(|&run| cols.first().is_some_and(|c| overlaps(c, run)));
        // (only where each year has a run of its own right of the label's: a rule
        // whose runs the years do not match one to one is left as it is)
        let one_to_one = |fy: usize| {
            fy >= 1
                && cols
                    .iter()
                    .all(|c| r[fy..].iter().filter(|&&run| overlaps(c, run)).count() == 1)
                && r[fy..]
                    .iter()
                    .filter(|&&run| cols.iter().any(|c| overlaps(c, run)))
                    .count()
                    == cols.len()
        };
        if let Some(fy) = fy.filter(|&fy| one_to_one(fy)) {
            let extra: Vec<YearCol> = r[fy..]
                .iter()
                .filter(|&&run| !cols.iter().any(|c| overlaps(c, run)))
                .map(|&(s, e)| YearCol {
                    start: s,
                    end: e,
                    year: None,
                    text: String::new(),
                })
                .collect();
            if !extra.is_empty() {
                cols.extend(extra);
                cols.sort_by_key(|c| c.start);
                ncols = cols.len();
            }
        }
    }
    // (not when the labels end in them already: a header of words took the years
    // under it, `Norm   Realisatie` / `2023   2021`)
    let taken = |s: &Vec<YearCol>| {
        cols.iter()
            .zip(s)
            .all(|(c, u)| c.text.len() > u.text.len() && c.text.ends_with(u.text.as_str()))
    };
    if let Some(sub) = sub.filter(|s| s.len() == ncols && !taken(s)) {
        for (c, s) in cols.iter_mut().zip(sub) {
            c.text = format!("{} {}", c.text, s.text).trim().to_string();
            c.year = c.year.or(s.year);
        }
    }

    // --- title and caption above the header
    let (title_start, mut title, mut caption_src) = find_title(lines, top, floor);
    let mut start = title_start.unwrap_or(top);
    // (a title or caption line that holds a scale caption)
    let has_scale = |c: &Option<(String, Span, usize)>| {
        c.as_ref()
            .is_some_and(|(t, _, _)| table_caption(t).is_some())
    };
    // a scale caption in the label column of the year line (`Bedragen x € 1.000   2021 ...`)
    if let Some(e) = stub_end {
        let l = lines[y];
        let stub = &l.text[..e];
        if table_caption(stub).is_some() && !has_scale(&caption_src) {
            let lead = stub.len() - stub.trim_start().len();
            let sp = Span::new(l.start + lead, l.start + stub.trim_end().len());
            caption_src = Some((stub.trim().to_string(), sp, y));
        }
    }

    // does a caption scale the table's amounts (`(bedragen x € 1.000)`)?
    let money_caption = has_scale(&title) || has_scale(&caption_src);

    // a column of budget articles between the labels and the years, headed in the
    // year line's stub (`Art.   2024   2025`): a first column of its own, its cells
    // (under the stub) read as text (`tables::code_column`)
    // (in pandoc's segments, when the rule has a run for it besides the label's)
    // (without positions, a row's article is its first of one value more than
    // the years: `1. Loonbijstelling 1 3.210 3.150`, lynx)
    let code_room = match (mode, &seg_rule) {
        (Mode::Positional | Mode::Plain, _) => true,
        (Mode::Segments, Some(r)) => r.len() > ncols + 1,
        _ => false,
    };
    let mut code_col = false;
    // (`Art.   Omschrijving   2023`: the article stands before the label, first of
    // each row's line: `1   Beleid   98.560`)
    let mut code_first = false;
    if code_room {
        let stub = stub_end.map(|e| &lines[y].text[..e]);
        let code = stub.and_then(|s| {
            if super::is_code_label(s) {
                let lead = s.len() - s.trim_start().len();
                Some((s, lead, s.trim_end().len(), false))
            } else {
                hdr::code_before_label(s).map(|(a, b)| (s, a, b, true))
            }
        });
        if let Some((stub, a, b, first)) = code {
            cols.insert(
                0,
                YearCol {
                    start: al::char_col(stub, a),
                    end: al::char_col(stub, b),
                    year: None,
                    text: stub[a..b].to_string(),
                },
            );
            ncols = cols.len();
            code_col = true;
            code_first = first;
        }
    }

    // --- body
    // (rows labelled by their years, under a period's stub head or none, over
    // columns that name no year: a transposed table)
    let year_rows = cols.iter().all(|c| c.year.is_none())
        && stub_end.is_none_or(|e| {
            let s = lines[y].text[..e].trim();
            s.is_empty() || super::is_period_stub_header(s)
        });
    let mut pages: Vec<Vec<YearCol>> = vec![cols.clone()];
    // where the first column's cells may begin: its year, or further left the upper
    // label over it (w3m at 80 columns centres `2023` under `Streefwaarde` and
    // prints the cell `90` under the label's start)
    let first_upper = cols.first().and_then(|c0| {
        let texts: Vec<&str> = upper.iter().map(|&u| lines[u].text).collect();
        hdr::groups(&texts, true)
            .into_iter()
            .find(|g| g.start < c0.end && c0.start < g.end)
            .map(|g| g.start)
    });
    let mut body: Vec<LLine> = Vec::new();
    // each body line's `row_tokens`, read once here and reused for its row below
    let mut body_toks: Vec<(usize, Vec<Tok>)> = Vec::new();
    // per body line: the tail groups of its numbers wrapped onto the line below
    // (elinks: `1 012` / `345`), as (token index, tail, its cleaned span)
    let mut tails: Vec<Vec<(usize, String, Span)>> = Vec::new();
    // a line whose values were taken as the ends of text values wrapped from the line
    // above (`niet` / `uitgevoerd`): its index and where its label part ends
    let mut consumed: Option<(usize, usize)> = None;
    let mut line_tails: Vec<(usize, String, Span)> = Vec::new();
    let mut j = body_start;
    let mut blanks = 0;
    let mut gap = false;
    let mut label_only_run = 0;
    let mut cur_vals = 0usize;
    // a page whose repeated header has fewer columns, and that page's spilled column
    let mut page_cols = ncols;
    let mut page_first_line = 0usize;
    let mut spill: Option<Vec<(Tok, usize)>> = None;
    let mut spill_end = 0usize;
    let mut end = y + 1;
    let mut last_row_end = y + 1;
    let n = lines.len();
    while j < n {
        let t = lines[j].text;
        if t.trim().is_empty() {
            blanks += 1;
            gap = true;
            // (blank lines at a page's end, then its footer or the next page's
            // running head: the table may go on below)
            // (or a numbered title after them, which the title rule below reads: the
            // table's own again or `(vervolg)` goes on, another ends it; its page's
            // running head may have been set aside as furniture, a blank line now)
            if blanks >= 3
                && !page_furniture_follows(lines, j + 1)
                && !numbered_title_follows(lines, j + 1)
            {
                break;
            }
            j += 1;
            continue;
        }
        // a page number alone after a blank line (`23`, `- 23 -`) inside the table:
        // the page's footer, the table may go on below
        if gap && !body.is_empty() {
            let b = t
                .trim()
                .trim_matches(|c: char| c == '-' || c == '–' || c == ' ');
            if (1..=4).contains(&b.len()) && b.bytes().all(|c| c.is_ascii_digit()) {
                j += 1;
                continue;
            }
        }
        blanks = 0;
        // a source line under the table (`Bron: IND, jaarverslag 2023`) ends it: its
        // year is no cell
        if !body.is_empty() && super::is_source_line(t) {
            break;
        }
        // the next table's numbered title (`Tabel 2 Kerncijfers`) ends this one;
        // the same title again, or one that says it goes on (`(vervolg)`), heads this
        // table's next page
        // (lynx prints it after `CAPTION:`)
        let titled = t.trim_start();
        let titled = titled
            .strip_prefix("CAPTION:")
            .map_or(titled, str::trim_start);
        if !body.is_empty() && super::flat::numbered_title(titled) {
            let lower = t.to_lowercase();
            let same = title
                .as_ref()
                .is_some_and(|(tt, _, _)| tt.trim() == titled.trim());
            if !(same || lower.contains("vervolg") || lower.contains("continued")) {
                break;
            }
            // (a title that says so is no row: the header repeated below it is read
            // as such)
            if !same {
                j += 1;
                continue;
            }
        }
        if let Some(runs) = hdr::rule_line(t) {
            if runs.len() >= 2 {
                j += 1;
                continue;
            }
            if !body.is_empty() && !row_follows(lines, j + 1, ncols) {
                // closing rule (a rule above more rows, such as a total, is not)
                end = j + 1;
                last_row_end = end;
                break;
            }
            j += 1;
            continue;
        }
        // (a line of header words right above a row of values heads a section of
        // rows, as does a label with one year: `Mutaties` or `Mutaties 1e suppletoire
        // begroting 2024` over `1. Loonbijstelling   1   3.210 …`)
        let heads_rows = || {
            // (past the label's wrapped rest: `Mutaties 1e suppletoire` / `begroting
            // 2024`, elinks)
            let mut next = lines[j + 1..].iter().take(3).filter(|l| !l.is_blank());
            let Some(mut nx) = next.next() else {
                return false;
            };
            // (or its year alone: `Mutaties 1e suppletoire begroting` / `2024`, w3m)
            if (nx.text.trim_start().starts_with(|c: char| c.is_lowercase())
                && row_tokens(nx.text, mode, ncols).1.len() <= 1)
                || is_year_word(nx.text.trim())
            {
                let Some(n2) = next.next() else { return false };
                nx = n2;
            }
            !body.is_empty()
                && hdr::year_line(nx.text).is_none()
                && hdr::stub_year_line(nx.text).is_none()
                && !hdr::header_words_line(nx.text)
                && row_tokens(nx.text, mode, ncols).1.len() >= 2
        };
        if let Some(c2) = hdr::year_line(t)
            .or_else(|| hdr::stub_year_line(t).map(|x| x.1))
            .filter(|c2| c2.len() >= 2 || !heads_rows())
        {
            // a title line of its own scale right above (`Balans per 31 december (in
            // €)` / `2022   2023`): the next table's header, not this one's repeated
            // (`31` in `per 31 december` may have been read as a value)
            let titled = body_toks.last().is_some_and(|(_, t)| t.len() < ncols)
                && body.last().is_some_and(|l| {
                    lines[l.last + 1..j].iter().all(|x| x.is_blank())
                        && crate::grammar::value::table_caption(&l.text).is_some()
                        // (the table's own title again, or `(vervolg)`: its next page)
                        && !super::flat::numbered_title(l.text.trim_start())
                });
            if titled {
                break;
            }
            if c2.len() <= ncols && !body.is_empty() {
                // header repeated after a page break
                page_cols = c2.len();
                if c2.len() == ncols && mode == Mode::Positional {
                    pages.push(c2);
                }
                j += 1;
                // (with its lower header lines: `2023 na` / `wijziging`)
                let mut k = 0;
                while k < 3 && lines.get(j).is_some_and(|l| hdr::header_words_line(l.text)) {
                    j += 1;
                    k += 1;
                }
                page_first_line = j;
                gap = false;
                continue;
            }
            break;
        }
        // a page's running header or footer after a blank line (`Waterschap Vallei
        // en Veluwe        Begroting 2024`): a name, a wide gap, a document's name
        // with its year; no row
        // (OCR prints the footer single-spaced, a blank line after it: `Jaarrekening
        // 2022 Provincie Limburg 31`; or, among single-spaced rows, between two of
        // them, blank lines around it or none: `Jaarverslag 2022 Hogeschool Arnhem 71`)
        let plain_footer = || {
            is_plain_page_footer(t)
                && ((gap && lines.get(j + 1).is_none_or(|l| l.is_blank()))
                    || (mode == Mode::Plain && ncols >= 2))
        };
        if !body.is_empty()
            && ((gap && (is_running_head(t) || is_page_footer(t))) || plain_footer())
        {
            j += 1;
            continue;
        }
        if hdr::header_words_line(t) && !heads_rows() {
            if repeated_header_follows(lines, j) {
                j += 1;
                continue;
            }
            // header words without their years: OCR printing a page's last column after it
            if page_cols < ncols {
                spill = column_spill(lines, j, body.len());
                if let Some((_, last)) = spill.as_ref().and_then(|s| s.last()) {
                    spill_end = last + 1;
                }
            }
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
                let values_wrap = al::is_group_tail(lines[nx].text)
                    || values_only_wrap(&ll.text, lines[nx].text, ncols);
                if over.len() > ncols && !values_wrap {
                    break;
                }
                ll = joined;
            }
        }
        let (mut le, mut toks) = row_tokens(&ll.text, mode, ncols);
        // (a transposed table's row: its year is its label, `2015   411.730 …`)
        if year_rows
            && toks.len() == ncols + 1
            && super::is_year_row_label(
                &ll.text[..toks[0].start],
                &ll.text[toks[0].start..toks[0].end],
            )
        {
            le = toks[0].end;
            toks.remove(0);
        }
        // (a dash for an empty cell read as the sign of the number after it, `— 13.914
        // 13.680` one value short of three columns, in a table that states no
        // amounts: a negative count is rarer than a dash for no norm; where a caption
        // scales amounts, `– 1.200` stays negative, a row being short for an empty
        // cell that vanished)
        if mode == Mode::Plain && toks.len() + 1 == ncols && !money_caption {
            if let Some(split) = al::split_dash_cells_any(&ll.text, &toks, ncols) {
                le = ll.text[..split[0].start].trim_end().len();
                toks = split;
                diags.push(
                    Diagnostic::new(
                        Severity::Info,
                        "dash_read_as_empty_cell",
                        format!(
                            "row `{}`: a dash before a number read as an empty cell, the row being one value short",
                            ll.text[..le].trim()
                        ),
                    )
                    .at(loc.line(ll.pieces[0].1), loc.span(ll.span(0, ll.text.len()))),
                );
            }
        }
        // (a status in words no list holds, after the values: `Uitgesteld`)
        if status_col && toks.len() < ncols {
            if let Some(read) = words_status(&ll.text, mode, ncols) {
                (le, toks) = read;
            }
        }
        // (a row of a `Noot` table without a mark has one value less: `3 779` is one)
        if note_col && mode == Mode::Plain && ncols > 1 {
            let marked = toks.len() == ncols
                && toks
                    .last()
                    .is_some_and(|t| super::is_note_mark(&ll.text[t.start..t.end]));
            // (a row whose numbers read as one value per year without a mark has
            // none, unless that reading needs longer numbers: `… 35 2 681 99` is
            // `2 681` and `99`, not `2`, `681` and mark 99; `… 88 120 7 110 1` is
            // `7 110` and mark 1, not `91 004 132` …)
            let (le2, toks2) = row_tokens(&ll.text, mode, ncols - 1);
            let longest = |ts: &[Tok]| {
                ts.iter()
                    .map(|t| ll.text[t.start..t.end].split_whitespace().count())
                    .max()
                    .unwrap_or(0)
            };
            let plain_reads = toks2.len() == ncols - 1
                && le2 == le
                && longest(&toks2) <= longest(&toks[..toks.len().saturating_sub(1)]);
            if !marked || plain_reads {
                (le, toks) = (le2, toks2);
            }
        }
        if let Some((_, cle)) = consumed.take().filter(|&(c, _)| c == ll.first) {
            // the rest of a line whose values ended the text values above: its label
            toks.clear();
            le = cle;
            if ll.text[..le].trim().is_empty() {
                j = ll.last + 1;
                last_row_end = j;
                continue;
            }
        } else if mode == Mode::Positional && ll.first == ll.last {
            let c0 = pages.last().and_then(|p| p.first()).map_or(0, |c| c.start);
            // (from the year first; from the upper label over it when that fails
            // or leaves a value at the label's end, two spaces after its words:
            // `Tijdigheid meldingen (%)      90`)
            let value_left = |w: &WrappedCells| {
                let label = ll.text[..w.label_end].trim_end();
                label.rsplit_once("  ").is_some_and(|(_, tail)| {
                    crate::grammar::parse_cell(tail).is_some_and(|v| v.number.is_some())
                })
            };
            if let Some(w) = lines.get(ll.last + 1).and_then(|nx| {
                let from_year = wrapped_text_cells(&ll, le, &toks, nx, c0);
                if from_year.as_ref().is_some_and(|w| !value_left(w)) {
                    return from_year;
                }
                first_upper
                    .filter(|&u| u < c0)
                    .and_then(|u| wrapped_text_cells(&ll, le, &toks, nx, u))
                    .or(from_year)
            }) {
                le = w.label_end;
                toks = w.toks;
                line_tails = w.tails;
                consumed = Some((ll.last + 1, w.next_label_end));
            }
        }
        if mode != Mode::Segments
            && !toks.is_empty()
            && ll.text.trim_start().starts_with('(')
            && !al::parens_balanced(&ll.text[..le])
            && !ll.text[le..].contains(')')
        {
            // numbers inside a parenthesis that opens the line and never closes on
            // it are the label's (`(basisjaar 2011 = 100`, wrapped below `Verloop
            // kostprijs` by elinks); a label that only ends in an open one has
            // values (`Stelseldiensten (Digimelding, OIN-  n.b.  99,83%`)
            toks.clear();
            le = ll.text.trim_end().len();
        }
        // (a label's own year, one space after its words, with no value after it:
        // `Mutaties 1e suppletoire begroting 2024` over a section's rows; or on a
        // line of its own under such a label, wrapped: `… begroting` / `2024`)
        if mode == Mode::Positional && toks.len() == 1 && ll.first == ll.last {
            let before = &ll.text[..toks[0].start];
            let word = &ll.text[toks[0].start..toks[0].end];
            let wrapped_year = before.trim().is_empty()
                && body_toks.last().is_some_and(|(_, t)| t.is_empty())
                && ll.text.trim() == word;
            let own_year =
                before.ends_with(' ') && !before.ends_with("  ") && !before.trim().is_empty();
            if is_year_word(word) && (wrapped_year || own_year) {
                toks.clear();
                le = ll.text.trim_end().len();
            }
        }
        let label = ll.text[..le].trim();
        let (marker, rest) = al::split_marker(label);
        if mode == Mode::Positional && label.is_empty() && !toks.is_empty() {
            // the last groups of numbers a narrow column wrapped (`1 012` / `345`)
            let prev = body.len().checked_sub(1);
            let found = prev
                .filter(|&p| body[p].last + 1 == ll.first && !body_toks[p].1.is_empty())
                .and_then(|p| group_tails(&ll, &toks, &body[p], &body_toks[p].1).map(|t| (p, t)));
            if let Some((p, (ptoks, ts))) = found {
                body_toks[p].1 = ptoks;
                tails[p].extend(ts);
                j = ll.last + 1;
                last_row_end = j;
                gap = false;
                continue;
            }
        }
        if label.is_empty() && !toks.is_empty() && mode != Mode::Segments {
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
        // (a section's label that ends in its year heads the rows below it: `Mutaties
        // 1e suppletoire begroting 2024`; the year goes back to the label when placed)
        let year_only = toks.len() == 1
            && !ll.text.trim_end().ends_with('.')
            && super::flat::year_of(&ll.text[toks[0].start..toks[0].end]).is_some();
        if mode == Mode::Positional
            && ncols >= 2
            && prose_spaced(&ll.text, label, &toks)
            && !(year_only && heads_rows())
        {
            // a sentence after the table that ends in an amount (`Het totaal bedraagt
            // € 4 mln.`), not a row: see `prose_spaced`
            break;
        }
        if mode == Mode::Positional && toks.is_empty() && ncols >= 2 {
            let c0 = pages.last().and_then(|p| p.first()).map_or(0, |c| c.start);
            if prose_over_columns(&ll.text, c0) {
                // a paragraph after the table whose first line reads as a label
                // (`In de eerste vier maanden … behandeld,`): no label of a table laid
                // out in columns runs on, single-spaced, over its value columns
                break;
            }
        }
        if toks.is_empty()
            && ll.gap_before
            && mode != Mode::Segments
            && crate::grammar::value::table_caption(label).is_some()
            && label.chars().any(char::is_alphabetic)
            && label.split_whitespace().count() >= 3
        {
            // a title with its own scale after a blank line (`Kasstroomoverzicht over
            // 2018 (bedragen x € 1.000)`): the next table's, no section of this one
            break;
        }
        let ok = if mode == Mode::Segments {
            segment_line_ok(&ll.text, seg_rule.as_deref().unwrap_or(&[]), ncols)
        } else if toks.is_empty() {
            al::label_ok(label) && label.chars().count() <= 90
        } else {
            // an unmarked lower-case label is prose unless it is `waarvan ...` or continues a label
            // (a letter that numbers the row, `a. Heffingen`, `b) Boetes`, is no
            // lower-case start)
            let b = rest.as_bytes();
            let lettered = b.len() > 3
                && b[0].is_ascii_lowercase()
                && matches!(b[1], b'.' | b')')
                && b[2] == b' ';
            let lower_start = rest.starts_with(|c: char| c.is_lowercase()) && !lettered;
            // (a short label cut off by a stop before a full row of values is
            // abbreviated, no sentence: `Omzet moederdep.   98.560   101.200`)
            let abbreviated = toks.len() == ncols && abbreviated_label(label);
            // (a short label in lower case over a value in every column is a part
            // under the row above, `grond en gebouwen   86.210   88.930`; prose does
            // not fill the columns, two spaces or more after its words)
            let part_row = || {
                ncols >= 2
                    && toks.len() == ncols
                    && !body.is_empty()
                    && rest.split_whitespace().count() <= 5
                    && !rest.contains(|c: char| c.is_ascii_digit())
                    && ll.text[..toks[0].start].ends_with("  ")
            };
            (al::label_ok(label) || abbreviated)
                && (marker.is_some()
                    || !lower_start
                    || is_wv(rest)
                    || continues_label(body.last(), rest)
                    || part_row())
        };
        if !ok {
            break;
        }
        // (a heading that names an article or chapter by its number, `Toelichting
        // artikel 6`: the number is the name's, the table has ended)
        if mode == Mode::Plain && toks.len() == 1 && ncols >= 2 && !label.is_empty() {
            let last = label.rsplit(' ').next().unwrap_or("").to_lowercase();
            if matches!(
                last.as_str(),
                "artikel" | "art." | "hoofdstuk" | "paragraaf" | "bijlage" | "tabel"
            ) {
                break;
            }
        }
        let has_values = !toks.is_empty()
            || (mode == Mode::Segments
                && segment_has_values(&ll.text, seg_rule.as_deref().unwrap_or(&[]), ncols));
        if has_values {
            label_only_run = 0;
        } else if (!multiline || ll.gap_before) && !finishes_label(&body, &body_toks, rest) {
            // (a line that finishes the label above adds no row: `Omzet per
            // productgroep` / `(in %)`)
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
        body_toks.push((le, toks));
        tails.push(std::mem::take(&mut line_tails));
    }
    // drop trailing label-only lines, unless they finish the last row's label
    let mut keep = body.len();
    // (a paragraph under the table, its lines read as a label and the label's
    // wrapped rest: `De post Onderhoud lag € 13,7 mln. boven de` / `begroting door
    // … COVID-19. Het aantal fte steeg`; no label of a row is a run of sentences)
    if mode != Mode::Segments {
        let first = body
            .iter()
            .rposition(|l| l.last < last_row_end)
            .map_or(0, |k| k + 1);
        let text: Vec<&str> = body[first..].iter().map(|l| l.text.trim()).collect();
        if first < body.len() && prose_paragraph(&text.join(" ")) {
            keep = first;
        }
    }
    while keep > 0 && body[keep - 1].last >= last_row_end {
        let l = &body[keep - 1];
        let is_cont = keep >= 2 && continues_label(Some(&body[keep - 2]), l.text.trim());
        // or the rest of the last row's label under the line of its values (see
        // `token_rows`): right below it, within the label column
        let below = keep >= 2
            && body[keep - 2].last + 1 == last_row_end
            && !l.gap_before
            && body[keep - 2].last + 1 == l.first
            && body_toks[keep - 2].1.first().is_some_and(|t| {
                let p = &body[keep - 2];
                let text = l.text.trim_end();
                // (a label left with an open parenthesis goes on in any case:
                // `31 december 2013 (=` / `1+2+3+4)`)
                let plabel = p.text[..body_toks[keep - 2].0].trim();
                let open = !al::parens_balanced(plabel);
                al::char_col(text, text.len()) < al::char_col(&p.text, t.start)
                    && al::split_marker(text.trim()).0.is_none()
                    && (open
                        || text
                            .trim()
                            .starts_with(|c: char| c.is_lowercase() || c == '('))
                    && continues_below(if open { plabel } else { "" }, text.trim(), false)
            });
        if is_cont || below {
            break;
        }
        keep -= 1;
    }
    body.truncate(keep);
    body_toks.truncate(keep);
    tails.truncate(keep);
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
        // (a source note in the caption's place, `: Bron: Saldibalans …`, names no table)
        if let Some(c) = t.strip_prefix(": ").filter(|c| !super::is_source_line(c)) {
            // the caption printed after the table names it; the line above is not its title
            let lead = lines[k2].text.len() - lines[k2].text.trim_start().len();
            let off = lines[k2].start + lead + 2;
            let mut text = c.to_string();
            let mut span = Span::new(off, off + c.len());
            // a long caption wraps onto the lines below it, up to a blank line
            let mut k3 = k2 + 1;
            while k3 < n && k3 <= k2 + 3 {
                let l = &lines[k3];
                let more = l.text.trim();
                if more.is_empty() || more.starts_with(':') || !l.text.starts_with(' ') {
                    break;
                }
                text.push(' ');
                text.push_str(more);
                let ml = l.text.len() - l.text.trim_start().len();
                span = span.cover(Span::new(l.start + ml, l.start + ml + more.len()));
                k3 += 1;
            }
            // (a scale caption in the year line's stub stays the caption unless
            // this one names a scale)
            let scaled = table_caption(&text).is_some();
            title = Some((text, span, k2));
            if scaled || caption_src.is_none() {
                caption_src = title.clone();
            }
            start = top;
            end = k3;
        }
        break;
    }

    // --- rows with their tokens
    let mut raw_rows = match mode {
        Mode::Segments => segment_rows(&body, seg_rule.as_deref().unwrap_or(&[]), ncols, multiline),
        _ => token_rows(&body, body_toks, &tails, mode, ncols),
    };
    if code_col && mode != Mode::Segments {
        // each row's cells: its article and a value per year, or a value per year
        // alone (a row with no article); rows read otherwise are placed as before
        // (by their positions where the text has them)
        let is_code = |t: &PTok| super::is_article(&t.raw);
        for r in raw_rows.iter_mut().filter(|r| r.cells.is_none()) {
            if code_first {
                if let Some(t) = split_code(r, &lines[r.first], mode) {
                    r.toks.insert(0, t);
                }
            }
            let n = r.toks.len();
            // (a first token that is no article, with a value per year after it or
            // alone, ends the label: `Stand ontwerpbegroting 2024`)
            let label_year = (n == ncols || n == 1)
                && r.toks
                    .first()
                    .is_some_and(|t| !is_code(t) && super::flat::year_of(&t.raw).is_some());
            if label_year {
                let t = r.toks.remove(0);
                r.label_takes(&t.raw);
                r.label_span = r.label_span.cover(t.span);
            }
            let n = r.toks.len();
            if mode != Mode::Plain {
                continue;
            }
            if n == ncols && r.toks.first().is_some_and(is_code) {
                r.cells = Some(r.toks.iter().cloned().map(Some).collect());
            } else if n + 1 == ncols {
                r.cells = Some(
                    std::iter::once(None)
                        .chain(r.toks.iter().cloned().map(Some))
                        .collect(),
                );
            }
        }
    }
    if raw_rows.iter().all(|r| {
        r.toks.is_empty()
            && r.cells
                .as_ref()
                .is_none_or(|c| c.iter().all(Option::is_none))
    }) {
        return None;
    }
    // a unit column between the labels and the years, headed in the year line's
    // stub (`Eenheid   2021   2022`): each row's last piece of label is its unit
    // (the stub's last head: `Indicator   Eenheid`)
    // (spaced like prose, the stub's last word: `Indicator Eenheid 2021 2022`)
    let unit_head = |e: usize| {
        let stub = lines[y].text[..e].trim_end();
        let from = match stub.rfind("  ") {
            Some(p) => p + 2,
            None if mode == Mode::Plain => stub.rfind(' ').map_or(0, |p| p + 1),
            None => 0,
        };
        is_unit_header(&stub[from..])
    };
    if let Some(e) = stub_end.filter(|&e| unit_head(e)) {
        let stub = &lines[y].text[..e];
        let lead = match stub.trim_end().rfind("  ") {
            Some(p) => p + 2 + (stub[p + 2..].len() - stub[p + 2..].trim_start().len()),
            None => stub.len() - stub.trim_start().len(),
        };
        let col = (
            al::char_col(stub, lead),
            al::char_col(stub, stub.trim_end().len()),
        );
        for r in raw_rows.iter_mut() {
            unit_scale_tokens(r, &lines[r.first], col, ncols);
            split_unit(r, &lines[r.first], col, mode);
        }
    }
    if mode == Mode::Plain {
        split_nil_dashes(&mut raw_rows, ncols, loc, &mut diags);
    }
    place(&mut raw_rows, mode, &pages, ncols, loc, &mut diags);
    if let Some(sp) = spill {
        if fill_spill(
            &mut raw_rows,
            &sp,
            lines,
            page_first_line,
            page_cols,
            loc,
            &mut diags,
        ) {
            end = end.max(spill_end);
        }
    }

    // --- columns
    let upper_texts: Vec<&str> = upper.iter().map(|&u| lines[u].text).collect();
    let positional = mode != Mode::Plain;
    let mut groups = hdr::groups_over(&upper_texts, positional, &cols);
    // (the stub's heads, over the row labels, head no column: `Art.   Omschrijving`)
    if positional {
        if let Some(first) = cols.first().map(|c| c.start) {
            groups.retain(|g| g.end + 2 >= first);
        }
    }
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
    let lower_texts: Vec<&str> = lower.iter().map(|&u| lines[u].text).collect();
    let lower_groups = hdr::groups_over(&lower_texts, positional, &cols);
    let (mut lower_spread, _) = hdr::spread(&lower_groups, &cols, positional);
    // (a lower label is not spread to a column of words it does not stand under:
    // `wijziging` under `Nota van` is not `Amendementen`'s)
    if positional {
        for (c, lg) in cols.iter().zip(lower_spread.iter_mut()) {
            let under = |g: &hdr::Group| g.start < c.end + 1 && c.start < g.end + 1;
            if c.year.is_none()
                && c.text.contains(char::is_alphabetic)
                && lg.is_some_and(|g| !under(&lower_groups[g]))
            {
                *lg = None;
            }
        }
    }
    let columns: Vec<Column> = cols
        .iter()
        .zip(spread.iter().zip(&lower_spread))
        .map(|(c, (g, lg))| {
            let up = g.and_then(|g| groups.get(g)).map(|g| g.text.as_str());
            let low = lg
                .and_then(|g| lower_groups.get(g))
                .map(|g| g.text.as_str());
            // (a lower-case line under the years goes on their label: `Begroting` /
            // `2023 na` / `wijziging`; a capitalised one names the phase first:
            // `2022` / `Realisatie`)
            let low_after = low.is_some_and(|l| l.starts_with(char::is_lowercase));
            let (low_before, low_after) = if low_after {
                ("", low.unwrap_or(""))
            } else {
                (low.unwrap_or(""), "")
            };
            let label = [up.unwrap_or(""), low_before, c.text.as_str(), low_after]
                .iter()
                .filter(|s| !s.is_empty())
                .copied()
                .collect::<Vec<_>>()
                .join(" ");
            Column {
                phase: up
                    .and_then(hdr::phase)
                    .or_else(|| low.and_then(hdr::phase))
                    .or_else(|| hdr::phase(&c.text)),
                label,
                year: c
                    .year
                    .filter(|_| super::flat::column_year(&c.text).is_some()),
            }
        })
        .collect();

    // --- scale caption
    let mut caption = None;
    let mut scale = None;
    let mut currency = None;
    if let Some((t, _, _)) = &caption_src {
        if let Some((d, cur, r)) = table_caption(t) {
            caption = Some(t[r].to_string());
            scale = Some(d);
            currency = cur;
        }
    }

    let mut rows = build_rows(lines, &raw_rows, scale, currency, loc, &mut diags);
    let mut columns = columns;
    // (here, before the footnote search, so that the marks find their notes)
    super::note_column(&mut columns, &mut rows);
    // footnotes under the table for the marks its rows carry (`(%) 1` / `1 Vanaf 2015 ...`)
    // (and for the marks its values carry: `1.150*`, `52¹`)
    let value_marks: Vec<String> = rows
        .iter()
        .flat_map(|r| r.cells.iter().flatten())
        .filter_map(|c| super::value_mark(&c.raw))
        .collect();
    // (and for a mark glued to a label's last word, `Eigen vermogen1`, taken only
    // when its note is found)
    let glued: Vec<(usize, usize, String)> = rows
        .iter()
        .enumerate()
        .filter(|(_, r)| r.footnote.is_none())
        .filter_map(|(i, r)| {
            let (head, m) = super::glued_mark(&r.label)?;
            Some((i, head.len(), m.to_string()))
        })
        .collect();
    let mut marks: Vec<&str> = rows.iter().filter_map(|r| r.footnote.as_deref()).collect();
    for m in value_marks.iter().chain(glued.iter().map(|g| &g.2)) {
        if !marks.contains(&m.as_str()) {
            marks.push(m);
        }
    }
    let mut footnotes = Vec::new();
    if !marks.is_empty() {
        let (notes, fn_end) = find_footnotes(lines, end, &marks, loc);
        footnotes = notes;
        end = end.max(fn_end);
    }
    for (i, at, m) in glued {
        if footnotes.iter().any(|f| f.marker == m) {
            let r = &mut rows[i];
            r.label.truncate(at);
            r.canonical = super::canonical::canonical(&r.label).map(str::to_string);
            r.footnote = Some(m);
        }
    }
    let first_clean = lines[start].start;
    let last_clean = lines[end.max(start + 1) - 1].span().end;
    let table = Table {
        id: String::new(),
        title: title.as_ref().map(|(t, _, _)| strip_scale(t)),
        subtitle: None,
        caption,
        scale,
        currency: currency.map(|c| c.code().into()),
        layout: "aligned".into(),
        section: None,
        line: loc.line(first_clean),
        span: loc.span(Span::new(first_clean, last_clean)),
        columns,
        rows,
        footnotes,
        checks: Vec::new(),
    };
    Some(Found {
        table,
        lines: (start, end),
        diagnostics: diags,
        beside: false,
    })
}

/// The footnotes printed under a table (within two blank lines) for `marks`:
/// `1 Vanaf 2015 ...`, `^1 Vanaf ...` (text browsers), `¹ Vanaf ...` (pandoc), or the mark
/// alone on a line with the text below (`pdftotext -layout`). The text runs on over
/// wrapped lines until a line ends a sentence or a blank line. Returns the notes and the
/// line index after the last one (or `from` when none).
fn find_footnotes(
    lines: &[TextLine<'_>],
    from: usize,
    marks: &[&str],
    loc: &Locator<'_>,
) -> (Vec<Footnote>, usize) {
    let mut out = Vec::new();
    let mut j = from;
    let mut end = from;
    let mut blanks = 0;
    while j < lines.len() && out.len() < marks.len() {
        let l = lines[j];
        if l.is_blank() {
            blanks += 1;
            if blanks > 2 {
                break;
            }
            j += 1;
            continue;
        }
        blanks = 0;
        let t = l.text.trim_start();
        let lead = l.text.len() - t.len();
        let Some((mark, text_at)) = footnote_mark(t, marks) else {
            break;
        };
        // the text: after the mark, or on the next line when the mark stands alone
        let (mut k, mut first) = if t[text_at..].trim().is_empty() {
            (j + 1, None)
        } else {
            (j, Some(l.start + lead + text_at))
        };
        let mut text = String::new();
        let mut span: Option<Span> = None;
        while k < lines.len() && !lines[k].is_blank() && k < j + 8 {
            let lk = lines[k];
            // (the next note's mark ends this one: `1) inclusief …` / `* geraamd`)
            if !text.is_empty() && footnote_mark(lk.text.trim_start(), marks).is_some() {
                break;
            }
            let from_byte = match first.take() {
                Some(c) => c - lk.start,
                None => lk.text.len() - lk.text.trim_start().len(),
            };
            let piece = lk.text[from_byte..].trim_end();
            if piece.is_empty() {
                break;
            }
            if !text.is_empty() {
                text.push(' ');
            }
            text.push_str(piece.trim_start());
            let sp = Span::new(lk.start + from_byte, lk.start + from_byte + piece.len());
            span = Some(span.map_or(sp, |x| x.cover(sp)));
            k += 1;
            if piece.ends_with(['.', '!', '?']) {
                break;
            }
        }
        let Some(sp) = span else { break };
        out.push(Footnote {
            marker: mark.to_string(),
            text,
            line: loc.line(l.start),
            span: loc.span(Span::new(l.start + lead, sp.end)),
        });
        j = k;
        end = k;
    }
    (out, end)
}

/// A footnote mark at the start of `t` that one of `marks` names: returns it and the
/// byte where its text starts.
fn footnote_mark<'m>(t: &str, marks: &[&'m str]) -> Option<(&'m str, usize)> {
    const SUP: [(char, &str); 9] = [
        ('¹', "1"),
        ('²', "2"),
        ('³', "3"),
        ('⁴', "4"),
        ('⁵', "5"),
        ('⁶', "6"),
        ('⁷', "7"),
        ('⁸', "8"),
        ('⁹', "9"),
    ];
    let stars = t.len() - t.trim_start_matches('*').len();
    let (digits, after) = if (1..=2).contains(&stars) {
        (&t[..stars], stars)
    } else if let Some(r) = t.strip_prefix('^') {
        let n = r.bytes().take_while(u8::is_ascii_digit).count();
        (&r[..n], 1 + n)
    } else if let Some(&(c, d)) = SUP.iter().find(|(c, _)| t.starts_with(*c)) {
        (d, c.len_utf8())
    } else {
        let n = t.bytes().take_while(u8::is_ascii_digit).count();
        (&t[..n], n)
    };
    if digits.is_empty() || digits.len() > 2 {
        return None;
    }
    let mut rest = &t[after..];
    let mut after = after;
    // (`1) Vanaf ...` after plain digits)
    if t.as_bytes()[0].is_ascii_digit() {
        if let Some(r) = rest.strip_prefix(')') {
            rest = r;
            after += 1;
        }
    }
    // `1 Vanaf ...`, or the mark alone
    if !(rest.trim().is_empty() || rest.starts_with(char::is_whitespace)) {
        return None;
    }
    let m = marks.iter().find(|m| **m == digits)?;
    let text_at = after + (rest.len() - rest.trim_start().len());
    Some((m, text_at))
}

/// Title without its scale caption: `Kasstroomoverzicht 2014 (bedragen x € 1.000)` -> `Kasstroomoverzicht 2014`.
pub(super) fn strip_scale(t: &str) -> String {
    match table_caption(t) {
        Some((_, _, r)) if r.start > 0 => super::without_caption(t, r),
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
        // the columns' numbers above the header (`(1)   (2)   (3)=(2)-(1)`): the
        // title stands above them
        if blanks == 0 && hdr::year_line(t).is_some_and(|c| c.iter().all(|c| c.year.is_none())) {
            k -= 1;
            continue;
        }
        // lynx: `CAPTION: Tabel 39 ... per 31 december` / `2022`
        let mut first = j;
        let mut text = t.trim().to_string();
        if j > floor && !t.contains("CAPTION:") {
            let prev = lines[j - 1].text;
            // a caption wrapped by a browser dump (w3m: `Tabel 4.2 ... (bedragen x €` /
            // `1.000)`): the line closes a parenthesis it did not open, or goes on
            // in lower case
            let tt = t.trim();
            let fragment = tt.matches(')').count() > tt.matches('(').count()
                || tt.starts_with(|c: char| c.is_lowercase());
            // (or a title wrapped before its last word and caption, elinks and links:
            // `Tabel 11.1 ... Integraal` / `waterbeleid (bedragen x € 1.000)`)
            let wrapped_title = tt.starts_with(|c: char| c.is_lowercase())
                && !prev.trim().is_empty()
                && super::flat::numbered_title(prev.trim())
                && title_ok(&format!("{} {tt}", prev.trim()));
            if prev.trim_start().starts_with("CAPTION:")
                || (fragment && !prev.trim().is_empty() && !al::parens_balanced(prev))
                || wrapped_title
            {
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
        let header_like = !super::flat::numbered_title(&text)
            && table_caption(&text).is_none()
            && short_header_words(&text);
        let found = Some((text, span, first));
        // a caption alone (`(x € 1.000)`) with the title on the line above
        if let Some((tt, _, _)) = &found {
            if let Some((_, _, r)) = table_caption(tt) {
                // (or a blank line above it, and a numbered title above that:
                // `Tabel 2.1 Ontvangsten` / `` / `(bedragen x € 1 mln)`)
                let gap = usize::from(
                    first > floor + 1
                        && lines[first - 1].text.trim().is_empty()
                        && super::flat::numbered_title(lines[first - 2].text.trim()),
                );
                if r.start == 0 && first > floor + gap {
                    let at_line = first - 1 - gap;
                    let above = lines[at_line];
                    let at = above.text.trim();
                    if title_ok(at) && !at.is_empty() {
                        let lead = above.text.len() - above.text.trim_start().len();
                        let sp = Span::new(above.start + lead, above.span().end);
                        return (Some(at_line), Some((at.to_string(), sp, at_line)), found);
                    }
                }
            }
        }
        // a line of header words that no header reader took (`Uitgaven` spanning
        // the columns, `Zaaktype Instroom   Afgehandeld`) under the numbered title
        // and its scale: the title is the line above
        // (a blank line between them allowed: lynx prints one under its `CAPTION:`)
        if let Some((at_line, at)) =
            numbered_title_above(lines, first, floor).filter(|(_, at)| header_like && title_ok(at))
        {
            let above = lines[at_line];
            let lead = above.text.len() - above.text.trim_start().len();
            let sp = Span::new(above.start + lead, above.span().end);
            let t = Some((at.to_string(), sp, at_line));
            return (Some(at_line), t.clone(), t);
        }
        return (Some(first), found.clone(), found);
    }
    (None, None, None)
}

/// The numbered title (`Tabel 3 …`) on the line right above line `i`, a blank line
/// between allowed, lynx's `CAPTION:` taken off, not at or above `floor`: its line
/// and text.
fn numbered_title_above<'a>(
    lines: &[TextLine<'a>],
    i: usize,
    floor: usize,
) -> Option<(usize, &'a str)> {
    let gap = usize::from(i > floor + 1 && lines[i - 1].is_blank());
    let k = i
        .checked_sub(1 + gap)
        .filter(|&k| k >= floor && i > floor + gap)?;
    let t = lines[k].text.trim();
    let t = t.strip_prefix("CAPTION:").map_or(t, str::trim);
    super::flat::numbered_title(t).then_some((k, t))
}

/// Could `t` be a line of column labels rather than a title: at most six words, none
/// with a digit, none ending a sentence?
fn short_header_words(t: &str) -> bool {
    let mut n = 0;
    for w in t.split_whitespace() {
        n += 1;
        if n > 6 || w.bytes().any(|b| b.is_ascii_digit()) || w.ends_with(['.', ':', ';']) {
            return false;
        }
    }
    n > 0
}

/// Is a header's label a word a cell holds as well (`Gerealiseerd`, `Afgerond`,
/// `Gepland`: [`crate::grammar::value::TEXT_VALUES`])? Such a label heads a column
/// only over numbers.
fn text_head(l: &str) -> bool {
    value(plain_style())(l).is_ok_and(|(rest, v)| rest.trim().is_empty() && v.kind == Kind::Text)
}

/// A header of words over columns of values, no year among them (`Ontvangen
/// Afgehandeld   Gegrond`, `Regio   Noord   Midden   Zuid`): two to twelve short
/// labels parted by runs of two or more spaces, the first perhaps the label
/// column's, over at least two rows that each print a label and one value under
/// each other label (overlapping it, give or take two characters). The columns and
/// the stub's byte end, as [`hdr::stub_year_line`] gives them.
fn word_header(lines: &[TextLine<'_>], i: usize) -> Option<(Vec<YearCol>, Option<usize>)> {
    let t = lines[i].text;
    let body = t.trim();
    // (a row of values ends in a digit or `%`, prose in a stop: most lines are ruled
    // out by their last char before any search; a label closed by a date ends in a
    // digit too, `Saldo 31-12-2023`)
    // (so does a part of the year, `K1   K2   K3   K4`, `Kwartaal 4`)
    let dated = || {
        hdr::closing_date_year(body).is_some()
            || closing_year(body).is_some()
            || body.rsplit_once(' ').is_some_and(|(head, last)| {
                hdr::is_part_of_year(last) || hdr::part_number_after(head, last)
            })
    };
    if body.is_empty()
        || t.len() > 240
        || body.ends_with(['.', ':', ';', ',', '%'])
        || (body.ends_with(|c: char| c.is_ascii_digit()) && !dated())
        || !body.contains("  ")
    {
        return None;
    }
    if body.contains(|c: char| c.is_whitespace() && c != ' ' && c != '\u{a0}') {
        return None;
    }
    // the labels: (char start, char end, byte start, byte end)
    let mut segs = char_segments(t);
    // (labels one space apart over a line of more years, each word over its own
    // year: `Norm    Realisatie Realisatie` / `2023    2021       2022`, w3m)
    // (the next line's years, asked here only when a label has words to part)
    let year_line_below = || lines.get(i + 1).and_then(|l| hdr::year_line(l.text));
    let mut next_years = None;
    let parted = segs.iter().any(|s| t[s.2..s.3].contains(' '));
    if parted {
        next_years = year_line_below();
        if let Some(ys) = &next_years {
            if ys.len() >= segs.len() {
                segs = split_over_years(t, &segs, ys);
            }
        }
    }
    if !(2..=13).contains(&segs.len()) {
        return None;
    }
    let label_ok = |l: &str| {
        // (a unit or scale in parentheses after the words: `Uitgaven (x € 1 mln)`)
        // (or a date written out: `Stand per 31 december 2023`)
        let words = match l.strip_suffix(')').and_then(|h| h.rfind('(')) {
            Some(p) if p > 0 => &l[..p],
            _ => hdr::written_date(l).map_or(l, |(p, _)| &l[..p]),
        };
        words.split_whitespace().count() <= 4
            && l.chars().count() <= 40
            && l.starts_with(|c: char| c.is_alphabetic() || matches!(c, '(' | '%' | '€'))
            && (value(plain_style())(l).map_or(true, |(rest, _)| !rest.trim().is_empty())
                || text_head(l))
            && !super::flat::is_prose(l)
    };
    if !segs.iter().all(|s| label_ok(&t[s.2..s.3])) {
        return None;
    }
    // (a participle that is a cell's word too, `Gerealiseerd`, `Afgerond`, heads a
    // column over numbers only, beside a head that is no cell's word: a line of
    // such words is a row of a table of statuses)
    if segs.iter().all(|s| text_head(&t[s.2..s.3])) {
        return None;
    }
    // the rows under it: the next lines with text, a blank line between allowed
    let mut rows: Vec<&str> = Vec::new();
    let mut j = i + 1;
    let mut blanks = 0;
    // (a line of years under some of the labels, `Krediet   Besteed   Raming` over
    // `t/m 2023   2024`: their years, the labels' lower line)
    let mut sub: Option<Vec<YearCol>> = None;
    if !parted {
        next_years = year_line_below();
    }
    if let Some(ys) = next_years {
        if ys.len() < segs.len() {
            sub = Some(ys);
            j += 1;
        }
    } else if let Some(ys) = dates_over_years(lines, j).filter(|ys| ys.len() < segs.len()) {
        // (or a date broken over two lines: `1 januari` / `2023`)
        sub = Some(ys);
        j += 2;
    } else if let Some(us) = lines.get(j).and_then(|l| unit_line(l.text)) {
        // (or each column's unit or scale: `(x € 1.000)   (x € 1.000)   (jaren)`)
        if us.len() < segs.len() {
            sub = Some(us);
            j += 1;
        }
    } else if lines.get(j).is_some_and(|l| wrapped_words(l.text, &segs)) {
        // (or the words of labels wrapped in their columns, some left whole: `Stand
        // 2e   Slotwet   Realisatie` over `suppletoire   mutatie`; the table joins
        // them to their labels as it does wrapped years, `hdr::wrapped_header_parts`)
        j += 1;
    }
    let first = j;
    // (a section's label first, `Watersysteemheffing`, heads the rows: it is
    // passed over once)
    let mut section = false;
    while j < lines.len() && rows.len() < 3 {
        let l = lines[j].text;
        if l.trim().is_empty() {
            blanks += 1;
            if blanks > 1 || rows.is_empty() && j > first {
                break;
            }
        } else if rows.is_empty() && !section && is_section_label(l) {
            section = true;
        } else {
            blanks = 0;
            rows.push(l);
        }
        j += 1;
    }
    if rows.len() < 2 {
        return None;
    }
    let char_at = |l: &str, b: usize| l[..b].chars().count();
    // each row: a label, then one value under each column label; with the first
    // label over the row labels (it starts where they do) it is the stub
    // (with a period's stub head, `Jaar`, or none, a year alone that opens each row
    // of one value more than the columns is its label: a transposed table, `2015
    // 411.730   58.412`)
    let fits = |cols: &[(usize, usize, usize, usize)], years: bool| {
        rows.iter().take(2).all(|l| {
            // (digits grouped by a space are one value, as the columns will read
            // them: `8 540   5 112`)
            let (le, toks) =
                al::values_from_right(l, plain_style(), al::MAX_PIECES * cols.len() + 1);
            let mut toks = if toks.len() > cols.len() {
                al::merge_space_grouped(l, &toks)
            } else {
                toks
            };
            if toks.len() > cols.len() + 1 {
                toks.drain(..toks.len() - cols.len() - 1);
            }
            // (a last column of codes or words, `V/N` over `N`: the words after the
            // values are its cell, or the row has none and fills the others)
            let coded = cols
                .last()
                .is_some_and(|c| cols.len() >= 2 && hdr::is_status_column_word(&t[c.2..c.3]));
            if coded && toks.len() < cols.len() {
                if let Some((_, read)) = words_status(l, Mode::Positional, cols.len()) {
                    toks = read;
                }
            }
            let mut label_end = toks.first().map_or(le, |t| l[..t.start].trim_end().len());
            let year_label = years
                && toks.len() == cols.len() + 1
                && super::is_year_row_label(&l[..toks[0].start], &l[toks[0].start..toks[0].end]);
            if year_label {
                label_end = toks[0].end;
                toks.remove(0);
            }
            // (a number one space after the label's last word is the label's: `Spoorzone
            // fase 2   24.500   9.900`)
            if toks.len() == cols.len() + 1
                && l[..toks[0].start].ends_with(' ')
                && l[..toks[0].start].trim_end().ends_with(char::is_alphabetic)
                && !l[..toks[0].start].ends_with("  ")
            {
                label_end = toks[0].end;
                toks.remove(0);
            }
            // (an article's number before the label, two spaces apart: `1   Beleid`,
            // or one, without a stop: `1 Bestuur en dienstverlening`, kept in the
            // label as under years)
            let label = al::split_number(&l[..label_end]).1.trim();
            (toks.len() == cols.len() || coded && toks.len() + 1 == cols.len())
                && (year_label
                    || years && super::is_year_row_label("", label)
                    || (label.starts_with(char::is_alphabetic) || code_opens(label))
                        && al::label_ok(label))
                && toks.iter().zip(cols).all(|(tk, c)| {
                    let (vs, ve) = (char_at(l, tk.start), char_at(l, tk.end));
                    vs < c.1 + 2
                        && c.0 < ve + 2
                        && (tk.value.number.is_some() || !text_head(&t[c.2..c.3]))
                })
        })
    };
    let to_cols = |cols: &[(usize, usize, usize, usize)]| {
        // (each year or date under the label it overlaps most, give or take two
        // characters: `31-12-2023` right-aligned under `Stand` may touch `Onttrekking`)
        let overlap = |c: &(usize, usize, usize, usize), y: &YearCol| {
            c.1.min(y.end) as i64 - c.0.max(y.start) as i64
        };
        let owner = |y: &YearCol| {
            (0..cols.len())
                .filter(|&k| overlap(&cols[k], y) > -2)
                .max_by_key(|&k| {
                    let mid = |a: usize, b: usize| (a + b) as i64;
                    let off = (mid(cols[k].0, cols[k].1) - mid(y.start, y.end)).abs();
                    (
                        overlap(&cols[k], y),
                        std::cmp::Reverse(off),
                        std::cmp::Reverse(k),
                    )
                })
        };
        cols.iter()
            .enumerate()
            .map(|(k, c)| {
                let mut col = YearCol {
                    start: c.0,
                    end: c.1,
                    year: hdr::closing_date_year(&t[c.2..c.3])
                        .or_else(|| closing_year(&t[c.2..c.3])),
                    text: t[c.2..c.3].to_string(),
                };
                let under = sub.iter().flatten().find(|y| owner(y) == Some(k));
                if let Some(y) = under {
                    col.text = format!("{} {}", col.text, y.text);
                    col.year = y.year.or(col.year);
                }
                col
            })
            .collect::<Vec<_>>()
    };
    let row_lead = rows[0].chars().take_while(|c| *c == ' ').count();
    // (the stub's head starts over the row labels, or w3m centred it over them: a
    // word that names the label column, `          Reserve        Saldo 2020`)
    let stub_at = |s: &(usize, usize, usize, usize)| {
        s.0 <= row_lead + 2 || super::is_label_column_header(&t[s.2..s.3])
    };
    // (a code column's head before the label column's, `Art.   Omschrijving`: both
    // are the stub, the articles a column of their own as under years)
    if segs.len() >= 4
        && stub_at(&segs[0])
        && hdr::code_before_label(&t[..segs[1].3]).is_some()
        && fits(&segs[2..], false)
    {
        return Some((to_cols(&segs[2..]), Some(segs[1].3)));
    }
    let period_stub = super::is_period_stub_header(&t[segs[0].2..segs[0].3]);
    if segs.len() >= 3 && stub_at(&segs[0]) && fits(&segs[1..], period_stub) {
        return Some((to_cols(&segs[1..]), Some(segs[0].3)));
    }
    (segs[0].0 > row_lead + 2 && fits(&segs, true)).then(|| (to_cols(&segs), None))
}

/// A header line of units or scales in parentheses alone, one under each of some
/// columns (`(x € 1.000)   (x € 1.000)   (jaren)`): each as a column without a
/// year (char positions in `text`), or None.
fn unit_line(text: &str) -> Option<Vec<YearCol>> {
    let body = text.trim();
    if !body.starts_with('(') || !body.ends_with(')') || body.len() > 200 {
        return None;
    }
    let segs = char_segments(text);
    let unit = |u: &str| {
        u.starts_with('(')
            && u.ends_with(')')
            && u.chars().count() <= 24
            && u[1..u.len() - 1].chars().all(|c| c != '(' && c != ')')
            && u.chars().any(char::is_alphabetic)
    };
    segs.iter()
        .map(|s| {
            let u = &text[s.2..s.3];
            unit(u).then(|| YearCol {
                start: s.0,
                end: s.1,
                year: None,
                text: u.to_string(),
            })
        })
        .collect()
}

/// Is `text` the rest of header labels wrapped in their columns, under fewer labels
/// than `segs` (char spans of the labels above)? Short pieces of words, no digit,
/// one of them in lower case, each under one label (`suppletoire   mutatie` under
/// `Stand 2e   Slotwet   Realisatie`).
fn wrapped_words(text: &str, segs: &[(usize, usize, usize, usize)]) -> bool {
    let body = text.trim();
    if body.is_empty() || body.len() > 160 || body.bytes().any(|b| b.is_ascii_digit()) {
        return false;
    }
    let pieces = char_segments(text);
    if pieces.is_empty() || pieces.len() >= segs.len() {
        return false;
    }
    let word = |w: &str| {
        w.chars()
            .all(|c| c.is_alphabetic() || matches!(c, '-' | '/' | '.' | '(' | ')'))
    };
    let piece_ok = |&(s, e, bs, be): &(usize, usize, usize, usize)| {
        let p = &text[bs..be];
        p.split(' ').count() <= 3
            && p.chars().count() <= 24
            && p.split(' ').all(word)
            && segs.iter().filter(|l| s < l.1 + 2 && l.0 < e + 2).count() == 1
    };
    pieces.iter().all(piece_ok)
        && pieces
            .iter()
            .any(|p| text[p.2..p.3].starts_with(char::is_lowercase))
}

/// The year closing a label of words (`Uitgaven 2025`, `Begroting 2024`): a year
/// one space after a word of letters.
fn closing_year(l: &str) -> Option<i32> {
    let (head, y) = l.trim_end().rsplit_once(' ')?;
    let word = head.rsplit(' ').next()?;
    let year =
        word.chars().count() >= 2 && word.chars().all(char::is_alphabetic) && is_year_word(y);
    year.then(|| y.parse().ok()).flatten()
}

/// Labels of single words one space apart over columns of their own: a segment
/// (as [`char_segments`] gives them) whose words each start over a different year
/// of the line below, in order, with no year under two words, is one label per word
/// (`Realisatie Realisatie Realisatie` over `2021   2022   2023`). Other segments
/// stay whole.
fn split_over_years(
    t: &str,
    segs: &[(usize, usize, usize, usize)],
    ys: &[YearCol],
) -> Vec<(usize, usize, usize, usize)> {
    let mut out = Vec::with_capacity(ys.len() + 1);
    for &seg in segs {
        let text = &t[seg.2..seg.3];
        if !text.contains(' ') {
            out.push(seg);
            continue;
        }
        // the words with their char and byte ranges
        let mut words = Vec::new();
        let (mut ci, mut bi) = (seg.0, seg.2);
        for w in text.split(' ') {
            let n = w.chars().count();
            words.push((ci, ci + n, bi, bi + w.len()));
            ci += n + 1;
            bi += w.len() + 1;
        }
        // (the year each word starts over: its start within the year, or the year's
        // start within the word)
        let year_of = |w: &(usize, usize, usize, usize)| {
            ys.iter()
                .position(|y| (y.start <= w.0 && w.0 < y.end) || (w.0 <= y.start && y.start < w.1))
        };
        let over: Vec<Option<usize>> = words.iter().map(year_of).collect();
        let each = over.iter().all(Option::is_some)
            && over.windows(2).all(|p| p[0] < p[1])
            && words.iter().all(|w| {
                let w = &t[w.2..w.3];
                w.starts_with(char::is_alphabetic) && w.chars().count() >= 3
            });
        if each {
            out.extend(words);
        } else {
            out.push(seg);
        }
    }
    out
}

/// Dates broken over two header lines, the day and month over the year (`1 januari
/// … 31 december` / `2023 … 2023`, pdftotext's stacked header): lines `j` and `j + 1`
/// read as one line of dates, each over its year, as [`hdr::year_line`] reads
/// `1 januari 2023   31 december 2023`. `None` unless every day and month stands
/// over a year.
fn dates_over_years(lines: &[TextLine<'_>], j: usize) -> Option<Vec<YearCol>> {
    let t = lines.get(j)?.text;
    // (cheap refusal: a line of days and months starts with a day)
    if !t.trim_start().starts_with(|c: char| c.is_ascii_digit()) || t.len() > 240 {
        return None;
    }
    // (and its first two words are a day and a month: most rows of values are
    // refused here, before their segments are made)
    let mut words = t.split_whitespace();
    if !(words.next().is_some_and(hdr::is_day) && words.next().is_some_and(hdr::is_month_word)) {
        return None;
    }
    let segs = char_segments(t);
    let days: Vec<&str> = segs.iter().map(|s| &t[s.2..s.3]).collect();
    let is_day_month = |d: &str| {
        d.split_once(' ')
            .is_some_and(|(day, month)| hdr::is_day(day) && hdr::is_month_word(month))
    };
    if days.is_empty() || !days.iter().all(|d| is_day_month(d)) {
        return None;
    }
    let years = hdr::year_line(lines.get(j + 1)?.text)?;
    if years.len() != segs.len() {
        return None;
    }
    segs.iter()
        .zip(&years)
        .map(|(s, y)| {
            // (each day and month over its year: they overlap)
            let over = s.0 < y.end + 1 && y.start < s.1 + 1;
            let text = format!("{} {}", &t[s.2..s.3], y.text);
            let year = hdr::written_date(&text).map(|d| d.1)?;
            over.then(|| YearCol {
                start: s.0.min(y.start),
                end: s.1.max(y.end),
                year: Some(year),
                text,
            })
        })
        .collect()
}

/// A header of single capitalised words parted by single spaces, one over each
/// column (pdftotext without `-layout`: `Saldo Toevoeging Onttrekking Saldo`), the
/// first perhaps the label column's (`Reserve`, `Omschrijving`), over at least two
/// rows that each print a label and exactly one value per column. A line of dates or
/// years under it (`1-1-2023 31-12-2023`) names the words that repeat (`Stand …
/// Stand`), when as many; under other words the positions cannot tell which, and
/// the header is left to the year line's reading. The columns and the stub's byte
/// end, as [`word_header`] gives them.
fn spaced_word_header(lines: &[TextLine<'_>], i: usize) -> Option<(Vec<YearCol>, Option<usize>)> {
    let t = lines[i].text;
    // (cheap refusals first: short, starts upper-case, no digit but in a date that
    // closes a label, `Saldo 31-12-2023`; a double space inside fails the words below)
    // (an ordinal is a word, `Stand 2e suppletoire`)
    let ordinal = |w: &str| {
        let d = w.bytes().take_while(u8::is_ascii_digit).count();
        (1..=2).contains(&d) && matches!(&w[d..], "e" | "de" | "ste")
    };
    let digits = crate::grammar::value::has_ascii_digit(t.as_bytes())
        && t.split(' ')
            .any(|w| !ordinal(w) && w.bytes().any(|b| b.is_ascii_digit()));
    // (a year closes a label too, `Rekening 2019`, where every number is a year)
    let year = |w: &str| w.len() == 4 && hdr::year_of_token(w).is_some();
    // (a part of the year heads a column, `K1 K2 K3 K4 Totaal`, `Kwartaal 1`)
    let only_years = || {
        let mut prev = "";
        t.split(' ').all(|w| {
            let ok = ordinal(w)
                || year(w)
                || hdr::is_part_of_year(w)
                || hdr::part_number_after(prev, w)
                || !w.bytes().any(|b| b.is_ascii_digit());
            prev = w;
            ok
        })
    };
    if t.len() > 160
        || !t.trim_start().starts_with(|c: char| c.is_uppercase())
        || (digits
            && !t.contains(['-', '/'])
            && !t.split(' ').any(hdr::is_month_word)
            && !only_years())
    {
        return None;
    }
    // (a label opens with a capital, `Bijdragen derden`: up to two words in lower
    // case go on with it)
    let opens = |w: &str| {
        let core = w.strip_suffix('.').unwrap_or(w);
        core.chars().count() >= 3
            && core.starts_with(char::is_uppercase)
            && core.chars().all(|c| c.is_alphabetic() || c == '-')
    };
    let goes_on = |w: &str| {
        (w.chars().count() >= 2 && w.chars().all(|c| c.is_lowercase() || c == '-' || c == '.'))
            || ordinal(w)
    };
    // the labels: (char start, byte start, text)
    let mut words: Vec<(usize, usize, &str)> = Vec::new();
    let mut lower = 0;
    let mut chars = 0;
    let mut bytes = 0;
    let mut ws = t.split(' ').peekable();
    let mut skip = 0;
    while let Some(w) = ws.next() {
        if skip > 0 {
            skip -= 1;
        } else if w.is_empty() {
            // (two spaces inside: a laid-out header, [`word_header`]'s)
            if !words.is_empty() && bytes + 1 < t.trim_end().len() {
                return None;
            }
        } else if opens(w) || hdr::is_part_of_year(w) {
            if words.len() == 9 {
                return None;
            }
            words.push((chars, bytes, w));
            lower = 0;
        } else if digits && (hdr::date_year(w).is_some() || year(w) && lower < 3) {
            // (a date closes the label before it; so does a year, once)
            let last = words.last_mut()?;
            last.2 = &t[last.1..bytes + w.len()];
            lower = 3;
        } else if !words.is_empty()
            && w.eq_ignore_ascii_case("na")
            && ws.peek().is_some_and(|n| hdr::is_amendment_word(n))
        {
            // (the amendment is its label's, after its year too: `Begroting 2019 na
            // wijziging`, `Begroting 2024 na wijz.`, `Begroting Na Wijziging`)
            let next = ws.peek().map_or(0, |n| n.len());
            let last = words.last_mut()?;
            last.2 = &t[last.1..bytes + w.len() + 1 + next];
            skip = 1;
        } else if digits && ws.peek().is_some_and(|m| hdr::is_month_word(m)) {
            // (so does one written out: `Stand per 31 december 2023`)
            let mut three = t[bytes..].splitn(4, ' ');
            let (d, m, y) = (three.next()?, three.next()?, three.next()?);
            let end = bytes + d.len() + m.len() + y.len() + 2;
            hdr::written_date(&t[..end])?;
            let last = words.last_mut()?;
            last.2 = &t[last.1..end];
            lower = 3;
            skip = 2;
        } else if words
            .last()
            .is_some_and(|l| hdr::part_number_after(t[l.1..bytes].trim_end(), w))
        {
            // (the number of a part of the year after its noun: `Kwartaal 1`)
            let last = words.last_mut()?;
            last.2 = &t[last.1..bytes + w.len()];
        } else {
            // (prose fails at its third word in lower case, or its first)
            lower += 1;
            let last = words.last_mut().filter(|_| lower <= 2 && goes_on(w))?;
            last.2 = &t[last.1..bytes + w.len()];
        }
        chars += w.chars().count() + 1;
        bytes += w.len() + 1;
    }
    if words.len() < 2 {
        return None;
    }
    let mut j = i + 1;
    let sub = lines.get(j).and_then(|l| hdr::year_line(l.text));
    if sub.is_some() {
        j += 1;
    }
    // the rows: each a label and one value per column
    let fits = |n: usize| rows_fit(lines, j - 1, n);
    let (heads, stub) = if fits(words.len()) {
        (&words[..], None)
    } else if words.len() >= 3
        && (super::is_label_column_header(words[0].2)
            || words[1..].iter().all(|w| part_of_year_head(w.2))
            || words[0]
                .2
                .split(' ')
                .next()
                .is_some_and(super::is_label_column_header))
        && fits(words.len() - 1)
    {
        (&words[1..], Some(words[0].1 + words[0].2.len()))
    } else if words.len() >= 4
        && hdr::code_before_label(&t[..words[1].1 + words[1].2.len()]).is_some()
        && rows_fit(lines, j - 1, words.len() - 2)
    {
        // (a code column's head before the label column's: `Art. Omschrijving`)
        (&words[2..], Some(words[1].1 + words[1].2.len()))
    } else {
        return None;
    };
    let n = heads.len();
    let mut cols: Vec<YearCol> = heads
        .iter()
        .map(|&(start, _, w)| YearCol {
            start,
            end: start + w.chars().count(),
            year: hdr::closing_date_year(w)
                .or_else(|| w.split(' ').find(|x| year(x)).and_then(hdr::year_of_token)),
            text: w.to_string(),
        })
        .collect();
    if let Some(sub) = &sub {
        let repeated: Vec<usize> = (0..n)
            .filter(|&k| heads.iter().filter(|h| h.2 == heads[k].2).count() > 1)
            .collect();
        if sub.len() >= n || repeated.len() != sub.len() {
            return None;
        }
        for (&k, y) in repeated.iter().zip(sub) {
            cols[k].text = format!("{} {}", cols[k].text, y.text);
            cols[k].year = y.year;
        }
    }
    Some((cols, stub))
}

/// A column head naming a part of the year (`K1`, `Q3`, `Kwartaal 2`), perhaps with
/// its year (`K1 2024`).
fn part_of_year_head(h: &str) -> bool {
    let h = h
        .rsplit_once(' ')
        .filter(|(_, y)| y.len() == 4 && hdr::year_of_token(y).is_some())
        .map_or(h, |(head, _)| head);
    hdr::is_part_of_year(h)
        || h.split_once(' ')
            .is_some_and(|(noun, n)| hdr::part_number_after(noun, n))
}

/// Whether the next line with text after line `i` (one blank line between allowed)
/// ends as a row of values does, or a line of years: in a digit, a dash, a mark.
/// (Asked of every line before a header is looked for in it: no more than a look
/// at that line's last char.)
fn row_like_below(lines: &[TextLine<'_>], i: usize) -> bool {
    let next = lines
        .get(i + 1..)
        .unwrap_or_default()
        .iter()
        .take(2)
        .find(|l| !l.text.bytes().all(|b| b.is_ascii_whitespace()));
    next.is_some_and(|l| ends_like_row(l.text))
}

/// Whether `t` ends as a row of values does: in a digit, a dash, a mark (`)`, `%`,
/// `.`), or a deviation's verdict letter after its amount (`215 N`). By bytes: `–`
/// ends in 0x93.
fn ends_like_row(t: &str) -> bool {
    let t = t.trim_end();
    let t = match t.strip_suffix(" N").or_else(|| t.strip_suffix(" V")) {
        Some(head) if head.ends_with(|c: char| c.is_ascii_digit() || c == ')') => head,
        _ => t,
    };
    t.as_bytes()
        .last()
        .is_some_and(|&c| c.is_ascii_digit() || matches!(c, b'-' | 0x93 | b')' | b'%' | b'.'))
}

/// A label opened by its number without a stop, a space before its capitalised
/// words (`1 Volksgezondheid`, `1 Bestuur en dienstverlening`), as rows under an
/// `Art.` head or a municipality's programmes print it.
fn code_opens(label: &str) -> bool {
    let d = label.bytes().take_while(u8::is_ascii_digit).count();
    (1..=3).contains(&d)
        && label[d..].starts_with(' ')
        && label[d + 1..].starts_with(char::is_uppercase)
}

/// Whether the next two lines with text after line `j` (one blank line between
/// allowed) each print a label and exactly `n` values, single-spaced; a label may
/// open with its number ([`code_opens`]).
fn rows_fit(lines: &[TextLine<'_>], j: usize, n: usize) -> bool {
    let mut rows = lines
        .get(j + 1..)
        .unwrap_or_default()
        .iter()
        .take(3)
        .filter(|l| !l.text.trim().is_empty())
        .take(2);
    let fits = |l: &TextLine<'_>| {
        // (a row of values ends in a digit, a dash or a mark: asked before the
        // values are read from the right)
        if !ends_like_row(l.text) {
            return (false, false);
        }
        // (single-spaced like its header: rows laid out in runs of spaces belong to
        // a laid-out table, whose header is elsewhere)
        if l.text.trim().as_bytes().windows(2).any(|w| w == b"  ") {
            return (false, false);
        }
        // (read as the table's rows will be: single spaces part both cells and
        // groups, `– 460 200` is a nil, 460 and 200 in a row of one more column)
        let (label_end, toks) = row_tokens(l.text, Mode::Plain, n);
        let label = l.text[..label_end].trim();
        // (a dash a space before a number may be an empty cell's, `– 460`: the
        // table's reading decides, [`split_nil_dashes`])
        let dashed = toks
            .iter()
            .filter(|k| {
                let mut c = l.text[k.start..k.end].chars();
                matches!(c.next(), Some('-' | '–')) && c.next().is_some_and(char::is_whitespace)
            })
            .count();
        // (and no value left over in the label: a row of more values, kept to
        // the last `n` by the reading; a year after a word may end a label,
        // `Bijdrage Glow-festival 2017`, where another row has none)
        let mut words = label.rsplit(' ');
        let last = words.next().unwrap_or("");
        let spare = crate::grammar::parse_cell(last).is_some();
        let year_spare = spare
            && hdr::year_of_token(last).is_some()
            && last.len() == 4
            && words
                .next()
                .is_some_and(|w| w.ends_with(char::is_alphabetic));
        let ok = (toks.len() == n || (toks.len() < n && toks.len() + dashed >= n))
            && (!spare || year_spare)
            && (label.starts_with(char::is_alphabetic) || code_opens(label))
            && al::label_ok(label);
        (ok, ok && !spare)
    };
    let mut clean = false;
    rows.all(|l| {
        let (ok, plain) = fits(l);
        clean |= plain;
        ok
    }) && clean
        && lines.get(j + 1..).is_some_and(|r| {
            r.iter()
                .take(3)
                .filter(|l| !l.text.trim().is_empty())
                .count()
                >= 2
        })
}

/// A header spaced like prose of labels the header vocabulary does not know, each
/// closed by its year (`Productgroep Kostprijs 2021 (€) … Volume 2022`: see
/// [`hdr::free_year_groups`]), over rows of as many values.
fn free_year_header(lines: &[TextLine<'_>], i: usize) -> Option<(Vec<YearCol>, Option<usize>)> {
    let t = lines[i].text;
    // (cheap refusals: a header opens with a capital, its years are digits, and it
    // has no double space)
    if t.len() > 200
        || !t.trim_start().starts_with(|c: char| c.is_uppercase())
        || !crate::grammar::value::has_ascii_digit(t.as_bytes())
        || t.trim().as_bytes().windows(2).any(|w| w == b"  ")
    {
        return None;
    }
    let (stub, cols) = hdr::free_year_groups(t)?;
    rows_fit(lines, i, cols.len()).then_some((cols, stub))
}

/// The same header broken into chunks over lines (pdftotext without `-layout`:
/// `Productgroep Kostprijs` / `2021 (€) Kostprijs` / `2022 (€) Leges` / … / `2022`),
/// from line `i`: the first chunk without a year, the next opening with one, the run
/// short lines of words, years and units; read joined, over rows of as many values.
/// Returns the last chunk's index and the columns (positions of the joined line).
fn free_stacked_header(lines: &[TextLine<'_>], i: usize) -> Option<(usize, Vec<YearCol>)> {
    let short = |t: &str| {
        let t = t.trim();
        !t.is_empty() && t.len() <= 48 && t.split_whitespace().count() <= 5
    };
    let opens_with_year = |t: &str| {
        let b = t.trim_start().as_bytes();
        b.len() >= 4 && b[..4].iter().all(u8::is_ascii_digit) && (b.len() == 4 || b[4] == b' ')
    };
    let t = lines[i].text;
    // (the next line's first bytes first: most lines are ruled out by them)
    if !lines
        .get(i + 1)
        .is_some_and(|l| opens_with_year(l.text) && short(l.text))
        || !short(t)
        || !t.trim_start().starts_with(|c: char| c.is_uppercase())
        || crate::grammar::value::has_ascii_digit(t.as_bytes())
    {
        return None;
    }
    let mut k = i + 1;
    while k + 1 < lines.len()
        && k - i < 12
        && short(lines[k + 1].text)
        && opens_with_year(lines[k + 1].text)
    {
        k += 1;
    }
    let joined = lines[i..=k]
        .iter()
        .map(|l| l.text.trim())
        .collect::<Vec<_>>()
        .join(" ");
    let (_, cols) = hdr::free_year_groups(&joined)?;
    rows_fit(lines, k, cols.len()).then_some((k, cols))
}

/// A line of words over the columns, none in the label column: the upper level of
/// the header, whatever its words, not the table's title. One label over each column
/// (`Balans per   Balans per` over `31 december 2023   31 december 2022`), or labels
/// that span columns (`Aantal studenten   Verschil` over `2024   2023   2024-2023`),
/// two at least, each over a column, right above the header: one label alone there
/// is read as a caption centred over the table (w3m), the table's title.
fn words_over_columns(t: &str, cols: &[YearCol], spanning: bool) -> bool {
    if cols.len() < 2 || !t.contains("  ") {
        return false;
    }
    let segs = char_segments(t);
    let label = |&(_, _, bs, be): &(usize, usize, usize, usize)| {
        let w = &t[bs..be];
        w.split_whitespace().count() <= 4 && w.starts_with(char::is_alphabetic)
    };
    let over = |&(s, e, _, _): &(usize, usize, usize, usize), c: &YearCol| {
        s < c.end + 2 && c.start < e + 2
    };
    if segs.len() == cols.len() {
        return segs.iter().zip(cols).all(|(g, c)| over(g, c) && label(g));
    }
    // (the stub's heads first, over the row labels: `Art.   Omschrijving   Stand
    // eerste suppletoire   Mutatie tweede suppletoire` over two columns)
    let heads = segs.iter().take_while(|g| g.1 + 2 < cols[0].start).count();
    if (1..=2).contains(&heads) && segs.len() == cols.len() + heads {
        let (stub, rest) = segs.split_at(heads);
        return stub
            .iter()
            .all(|g| label(g) && !t[g.2..g.3].bytes().any(|b| b.is_ascii_digit()))
            && rest.iter().zip(cols).all(|(g, c)| over(g, c) && label(g));
    }
    // (spanning labels: words only, right of the label column, each over a column)
    let Some(&(first, ..)) = segs.first() else {
        return false;
    };
    // (one label spanning all: centred over the columns, not over the whole table
    // as a browser centres a caption, `Doelmatigheidsindicatoren`)
    // (it may stand in the gap between two columns)
    let last = cols[cols.len() - 1].end;
    let one = segs.len() == 1 && {
        let (s, e, _, _) = segs[0];
        let mid = (s + e) / 2;
        e <= last + 2 && mid.abs_diff((cols[0].start + last) / 2) < mid.abs_diff(last / 2)
    };
    spanning
        && ((2..cols.len()).contains(&segs.len()) || one)
        && first > 0
        && first + 3 >= cols[0].start
        && segs.iter().all(|g| {
            label(g)
                && !t[g.2..g.3].bytes().any(|b| b.is_ascii_digit() || b == b':')
                && (one || cols.iter().any(|c| over(g, c)))
        })
}

/// A column head of a header of words: at most three words and 24 chars,
/// opening with a letter, no digit (`Begroting`, `na wijz.`, `Voor-/nadeel`).
fn short_head_words(w: &str) -> bool {
    w.split_whitespace().count() <= 3
        && w.chars().count() <= 24
        && w.starts_with(char::is_alphabetic)
        && !w.chars().any(|c| c.is_ascii_digit())
}

/// Two or three short labels under each column of `cols`, nearest it (`aantal   fte`
/// under each year): the sub-columns, labelled with their column's label before
/// their own (`2022 aantal`) and its year.
fn sub_columns(t: &str, cols: &[YearCol]) -> Option<Vec<YearCol>> {
    if cols.is_empty() || !t.contains("  ") {
        return None;
    }
    let mut segs = char_segments(t);
    // (a stub head left of every column, `Programma`, heads the labels)
    if segs.len() % cols.len() == 1 && segs.first().is_some_and(|s| s.1 + 2 <= cols[0].start) {
        segs.remove(0);
    }
    let k = segs.len() / cols.len();
    if !(2..=3).contains(&k) || segs.len() != k * cols.len() {
        return None;
    }
    let ok = short_head_words;
    let mut out = Vec::with_capacity(segs.len());
    for (i, &(s, e, bs, be)) in segs.iter().enumerate() {
        let w = &t[bs..be];
        let c = &cols[i / k];
        // (the column's label stands over its sub-columns, nearer them than any other)
        let mid = (s + e) / 2;
        let dist = |c: &YearCol| {
            let cm = (c.start + c.end) / 2;
            cm.abs_diff(mid)
        };
        let nearest = cols.iter().min_by_key(|c| dist(c))?;
        // (or over its own group of sub-columns only, not centred: `Begroting 2023`
        // from the first of `Lasten  Baten  Saldo`)
        let group = |g: usize| (segs[g * k].0, segs[g * k + k - 1].1);
        let over = |c: &YearCol, (gs, ge): (usize, usize)| c.start < ge && c.end > gs;
        let own =
            over(c, group(i / k)) && (0..cols.len()).all(|g| g == i / k || !over(c, group(g)));
        if !ok(w) || !(std::ptr::eq(nearest, c) || own) {
            return None;
        }
        out.push(YearCol {
            start: s,
            end: e,
            year: c.year,
            text: format!("{} {w}", c.text).trim().to_string(),
        });
    }
    // (and the words as one year's each: `Verschil` opens no group, `Rekening`
    // twice is two years', whose groups are then of unequal size)
    (0..cols.len())
        .all(|g| phases_group(t, &segs[g * k..g * k + k], 1))
        .then_some(out)
}

/// The sub-columns of a two-level header under years that each head a group of
/// its own size (`2016` over `Begroting   Realisatie   Verschil`, `2015` over
/// `Realisatie`, a provincial account): the one way to part the header words of `t`
/// into runs, one a year and in order, where each year stands over its run as
/// [`sub_columns`] asks (nearer each of its sub-columns than any other year, or over
/// its run alone) and the run's phases can be one year's ([`phases_group`]). Where
/// the words are one space apart (lynx) no position tells, and the phases decide
/// alone. A line of header words wrapped under some of them (`next`: `na wijz.`
/// under `Begroting`) goes on their labels. Labels are the phase, then the
/// year (`Begroting na wijz. 2016`). Returns the columns and whether `next` was
/// taken; None where no parting or more than one fits.
fn uneven_sub_columns(
    t: &str,
    next: Option<&str>,
    cols: &[YearCol],
) -> Option<(Vec<YearCol>, bool)> {
    let m = cols.len();
    if m < 2
        || !hdr::header_words_line(t)
        || cols
            .iter()
            .any(|c| c.year.is_none() || hdr::year_of_token(&c.text).is_none())
    {
        return None;
    }
    // (one space apart, lynx: the labels are phrases, and no position tells the
    // groups)
    let plain = !t.trim().contains("  ");
    let mut segs = if plain {
        hdr::phase_phrases(t)?
    } else {
        char_segments(t)
    };
    // (a stub head at the row labels' edge, `Programma`, heads the labels)
    if !plain
        && segs
            .first()
            .is_some_and(|s| s.0 <= 2 && s.1 + 2 <= cols[0].start)
    {
        segs.remove(0);
    }
    let n = segs.len();
    if n <= m || n > 12 {
        return None;
    }
    let ok = short_head_words;
    if !segs.iter().all(|s| ok(&t[s.2..s.3])) {
        return None;
    }
    let mid = |a: usize, b: usize| (a + b) / 2;
    let nearest = |s: usize, e: usize| {
        (0..m).min_by_key(|&g| mid(cols[g].start, cols[g].end).abs_diff(mid(s, e)))
    };
    // each parting as the first sub-column of each run after the first
    let fits = |cuts: &[usize]| {
        let bounds: Vec<(usize, usize)> = std::iter::once(0)
            .chain(cuts.iter().copied())
            .zip(cuts.iter().copied().chain(std::iter::once(n)))
            .collect();
        // (the phases too: a year's run names no phase twice and opens with no
        // difference, where positions alone leave two partings, a year centred over
        // its run)
        if !(0..m).all(|g| phases_group(t, &segs[bounds[g].0..bounds[g].1], 2)) {
            return false;
        }
        if plain {
            return true;
        }
        let span = |g: usize| (segs[bounds[g].0].0, segs[bounds[g].1 - 1].1);
        let over = |c: &YearCol, (gs, ge): (usize, usize)| c.start < ge && c.end > gs;
        (0..m).all(|g| {
            let own = over(&cols[g], span(g)) && (0..m).all(|h| h == g || !over(&cols[g], span(h)));
            own || segs[bounds[g].0..bounds[g].1]
                .iter()
                .all(|s| nearest(s.0, s.1) == Some(g))
        })
    };
    let mut found: Option<Vec<usize>> = None;
    let mut cuts: Vec<usize> = (1..m).collect();
    loop {
        if fits(&cuts) {
            if found.is_some() {
                return None;
            }
            found = Some(cuts.clone());
        }
        // the next parting: the rightmost cut that can move one on, those after it
        // right behind it
        let Some(k) = (0..m - 1).rev().find(|&k| cuts[k] < n - (m - 1 - k)) else {
            break;
        };
        cuts[k] += 1;
        for j in k + 1..m - 1 {
            cuts[j] = cuts[j - 1] + 1;
        }
    }
    let cuts = found?;
    let mut labels: Vec<String> = segs.iter().map(|s| t[s.2..s.3].to_string()).collect();
    let sub: Vec<YearCol> = segs
        .iter()
        .map(|s| YearCol {
            start: s.0,
            end: s.1,
            year: None,
            text: String::new(),
        })
        .collect();
    let wrapped = next
        .filter(|_| !plain)
        .and_then(|x| hdr::wrapped_header_words(x, &sub));
    for (k, words) in wrapped.iter().flatten() {
        labels[*k] = format!("{} {words}", labels[*k]);
    }
    let out = segs
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let g = cuts.iter().filter(|&&c| c <= i).count();
            YearCol {
                start: s.0,
                end: s.1,
                year: cols[g].year,
                text: format!("{} {}", labels[i], cols[g].text),
            }
        })
        .collect();
    Some((out, wrapped.is_some()))
}

/// Can the labels `segs` of `t` (one year's group of a two-level header) be one
/// year's columns? No label twice (`Realisatie` twice is two years'), and a
/// difference (`Verschil`, `Mutatie`) after at least `before` columns, never first:
/// after the two that it compares where the groups are of unequal size and nothing
/// else tells them apart (`Rekening` / `Begroting na wijziging  Rekening  Verschil`),
/// after one where all are of one size (`Realisatie  Mutatie`, the change on the
/// year before).
fn phases_group(t: &str, segs: &[(usize, usize, usize, usize)], before: usize) -> bool {
    let label = |s: &(usize, usize, usize, usize)| t[s.2..s.3].to_lowercase();
    segs.iter().enumerate().all(|(k, s)| {
        let differs = matches!(
            hdr::phase(&label(s)).as_deref(),
            Some("verschil" | "mutatie")
        );
        (!differs || k >= before) && segs[..k].iter().all(|p| label(p) != label(s))
    })
}

/// The pieces of `t` parted by runs of two or more spaces: (char start, char end,
/// byte start, byte end) of each.
fn char_segments(t: &str) -> Vec<(usize, usize, usize, usize)> {
    let mut segs = Vec::new();
    let mut start: Option<(usize, usize)> = None;
    let mut spaces = 0;
    let mut last_end = (0, 0);
    for (ci, (bi, c)) in t.char_indices().enumerate() {
        if c.is_whitespace() {
            spaces += 1;
            if spaces == 2 {
                if let Some((cs, bs)) = start.take() {
                    segs.push((cs, last_end.0, bs, last_end.1));
                }
            }
            continue;
        }
        spaces = 0;
        if start.is_none() {
            start = Some((ci, bi));
        }
        last_end = (ci + 1, bi + c.len_utf8());
    }
    if let Some((cs, bs)) = start {
        segs.push((cs, last_end.0, bs, last_end.1));
    }
    segs
}

/// A rule of dashes across a table (at least ten, with spaces between the columns'
/// groups and nothing else: `  ------ ---------- ---------`).
fn is_dash_rule(t: &str) -> bool {
    let b = t.trim_start().as_bytes();
    b.first() == Some(&b'-')
        && b.iter().all(|&c| c == b'-' || c == b' ')
        && b.iter().filter(|&&c| c == b'-').count() >= 10
}

fn title_ok(t: &str) -> bool {
    let t = t.trim();
    !t.is_empty()
        && t.chars().count() <= 160
        && !t.ends_with(['.', ',', ';'])
        && t.starts_with(|c: char| c.is_uppercase() || c == '(' || c.is_ascii_digit())
        && hdr::year_line(t).is_none()
        && if super::flat::numbered_title(t) || table_caption(t).is_some() {
            al::label_ok_within(t, 30, 160)
        } else {
            al::label_ok(t)
        }
}

/// OCR of a page whose last column came out after the page (`Vastgestelde` / `begroting` /
/// `2022` / `99,2%` / `97,0%`): from the header words at `j`, the year line of one column
/// and the values under it, one per line. Returns each value with its line index.
fn column_spill(lines: &[TextLine<'_>], j: usize, rows_hint: usize) -> Option<Vec<(Tok, usize)>> {
    let mut k = j;
    let limit = (j + 40 + rows_hint).min(lines.len());
    while k < limit && (lines[k].is_blank() || hdr::header_words_line(lines[k].text)) {
        k += 1;
    }
    let year = lines.get(k)?.text.trim();
    if !(year.len() == 4 && year.bytes().all(|b| b.is_ascii_digit())) {
        return None;
    }
    k += 1;
    let mut out = Vec::new();
    while k < limit {
        let t = lines[k].text;
        if !lines[k].is_blank() {
            let (le, toks) = al::values_from_right(t, plain_style(), 2);
            if le != 0 || toks.len() != 1 {
                break;
            }
            out.push((toks[0].clone(), k));
        }
        k += 1;
    }
    (!out.is_empty()).then_some(out)
}

/// Gives the spilled values to the rows of their page that lack exactly that column, in
/// order, when the counts agree. Returns whether it did.
fn fill_spill(
    rows: &mut [RawRow],
    spill: &[(Tok, usize)],
    lines: &[TextLine<'_>],
    page_first_line: usize,
    col: usize,
    loc: &Locator<'_>,
    diags: &mut Vec<Diagnostic>,
) -> bool {
    let targets: Vec<usize> = rows
        .iter()
        .enumerate()
        .filter(|(_, r)| r.first >= page_first_line)
        .filter(|(_, r)| {
            r.cells.as_ref().is_some_and(|c| {
                c.len() > col
                    && c[..col].iter().all(Option::is_some)
                    && c[col..].iter().all(Option::is_none)
            })
        })
        .map(|(i, _)| i)
        .collect();
    if targets.len() != spill.len() {
        return false;
    }
    for (&i, (tok, k)) in targets.iter().zip(spill) {
        // the row is complete now: its placement was not a guess
        if let Some(first) = rows[i].toks.first() {
            let line = loc.line(first.span.start);
            diags.retain(|g| !(g.code == "cell_placement_guessed" && g.line == Some(line)));
        }
        let ll = LLine::one(lines, *k, false, 0);
        let p = to_ptok(&ll, tok, 0);
        diags.push(
            Diagnostic::new(
                Severity::Info,
                "column_spill_placed",
                format!(
                    "`{}` printed after the page, under its column's header, placed in row `{}`",
                    p.raw, rows[i].label
                ),
            )
            .at(loc.line(p.span.start), loc.span(p.span)),
        );
        if let Some(c) = rows[i].cells.as_mut() {
            c[col] = Some(p.clone());
        }
        rows[i].toks.push(p);
    }
    true
}

/// Is the next non-blank line from `j` a table row with values?
fn row_follows(lines: &[TextLine<'_>], j: usize, ncols: usize) -> bool {
    let Some(l) = lines.iter().skip(j).take(3).find(|l| !l.is_blank()) else {
        return false;
    };
    let (le, toks) = al::values_from_right(l.text, plain_style(), ncols);
    !toks.is_empty() && al::label_ok(&l.text[..le]) && !l.text.trim_start().starts_with(": ")
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
/// never separates two such cells there), and in plain text by the split into one
/// value per column that [`al::partition_space_grouped`] judges best.
fn row_tokens(text: &str, mode: Mode, ncols: usize) -> (usize, Vec<Tok>) {
    // room for every column's value in up to four space groups (`1 234 567 890`), read
    // as separate numbers before they are joined; tokens beyond the columns go back
    // to the label below
    let (le, toks) = al::values_from_right(text, plain_style(), al::MAX_PIECES * ncols + 4);
    let mut toks = match mode {
        // single spaces part both cells and groups: a split into one value per column
        Mode::Plain if toks.len() > ncols => {
            al::partition_space_grouped(text, &toks, ncols).unwrap_or(toks)
        }
        // a dash for an empty cell read as a sign: `- – 0 0 0`
        Mode::Plain if toks.len() < ncols && toks.len() + 2 >= ncols => {
            al::split_dash_cells(text, &toks, ncols).unwrap_or(toks)
        }
        Mode::Plain => toks,
        _ => al::merge_space_grouped(text, &toks),
    };
    let keep = if mode == Mode::Plain {
        ncols
    } else {
        ncols + 2
    };
    if toks.len() > keep {
        toks.drain(..toks.len() - keep);
    }
    // a text value that opens the line before numbers is the row's label (`Op
    // schema   14   12`, `Vertraagd   5   7`), not a cell
    if toks.len() >= 2
        && toks[0].value.kind == Kind::Text
        && text[..toks[0].start].trim().is_empty()
        && toks[1..].iter().any(|t| t.value.number.is_some())
    {
        let t = toks.remove(0);
        let le = text[..t.end].trim_end().len();
        return (le, toks);
    }
    let le = match toks.first() {
        Some(t) => text[..t.start].trim_end().len(),
        None => le,
    };
    (le, toks)
}

/// A row of a table whose last column holds a target's status, in words that no
/// list of values holds (`Uitgesteld`, `Loopt achter`): the words after the row's
/// last value (after the last run of two spaces or more where columns are spaced,
/// after the last word with a digit where single spaces part them), one to four
/// words of letters, are the status cell when the values before them fill the
/// other columns. Returns what [`row_tokens`] returns.
fn words_status(text: &str, mode: Mode, ncols: usize) -> Option<(usize, Vec<Tok>)> {
    let body = text.trim_end();
    let start = match mode {
        Mode::Plain => {
            let mut after = None;
            let mut at = 0;
            for w in body.split(' ') {
                if w.bytes().any(|b| b.is_ascii_digit()) {
                    after = Some(at + w.len());
                }
                at += w.len() + 1;
            }
            after?
        }
        _ => body.rfind("  ")?,
    };
    let tail = body[start..].trim_start();
    let tail_start = body.len() - tail.len();
    let words = tail.split_whitespace().count();
    if !(1..=4).contains(&words)
        || !tail.starts_with(char::is_alphabetic)
        || !tail
            .chars()
            .all(|c| c.is_alphabetic() || matches!(c, ' ' | '-' | '\'' | '?'))
        || crate::grammar::parse_cell(tail).is_some()
    {
        return None;
    }
    let (le, mut toks) = row_tokens(&text[..tail_start], mode, ncols - 1);
    // (a dash or `n.v.t.` fills its column too; a text value would be label words)
    if toks.len() != ncols - 1 || toks.iter().any(|t| t.value.kind == Kind::Text) {
        return None;
    }
    toks.push(Tok {
        start: tail_start,
        end: body.len(),
        value: crate::grammar::value::words_cell(tail.len()),
    });
    Some((le, toks))
}

/// Is a line of a positional table (header columns at least two spaces apart)
/// spaced like prose rather than laid out in columns? It is when its words, label
/// and values alike, are all separated by single spaces (no run of two or more after
/// the indentation), the label has three words or more, and the line either ends a
/// sentence (`.`) or holds a number in its label (`bedragen in 2014 € 2 mln.`). A row
/// of such a table puts two spaces or more between its values, and between a short
/// label and its first value; the rule is for sentences that follow a table and end
/// in an amount, which would otherwise become its last row.
fn prose_spaced(text: &str, label: &str, toks: &[Tok]) -> bool {
    let Some(last) = toks.last() else {
        return false;
    };
    if label.split_whitespace().count() < 3 {
        return false;
    }
    let body = text.trim();
    if body.contains("  ") || body.contains('\t') {
        return false;
    }
    // the full stop of a marker (`p.m.`, `n.v.t.`) ends a cell, not a sentence
    let marker = matches!(last.value.kind, Kind::Pm | Kind::Missing | Kind::Nil);
    (body.ends_with('.') && !marker) || label.bytes().any(|b| b.is_ascii_digit())
}

/// Are `text`, the lines without values that follow a table's last row, joined, a
/// paragraph of prose rather than section labels or a wrapped label? They are when
/// they run to twelve words or more, at most one in six holding a digit, and a
/// sentence ends in them: a stop, `!` or `?` at their end, or a stop before a
/// capital (`… COVID-19. Het aantal fte steeg`).
fn prose_paragraph(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    if words.len() < 12 {
        return false;
    }
    let numbers = words
        .iter()
        .filter(|w| w.bytes().any(|b| b.is_ascii_digit()))
        .count();
    if numbers * 6 > words.len() {
        return false;
    }
    let abbrev = [
        "excl.", "incl.", "e.d.", "o.a.", "m.u.v.", "mln.", "mld.", "nr.",
    ];
    let stop = |w: &str| w.ends_with(['.', '!', '?']) && !abbrev.contains(&w) && w.len() > 2;
    let last = words[words.len() - 1];
    stop(last)
        || words
            .windows(2)
            .any(|p| stop(p[0]) && p[1].starts_with(char::is_uppercase))
}

/// Is `text`, a line without values in a table laid out in columns whose first value
/// column starts at char column `c0`, a line of prose? It is when its words (six or
/// more) are parted by single spaces only and run on past `c0`: a row's label stays
/// left of the value columns, and a wrapped one wraps within its column.
fn prose_over_columns(text: &str, c0: usize) -> bool {
    let body = text.trim();
    if c0 == 0 || body.contains("  ") || body.contains('\t') || body.split(' ').count() < 6 {
        return false;
    }
    al::char_col(text, text.trim_end().len()) > c0 + 2
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
    // a space-grouped number broken at its group space (lynx: `800` / `000`)
    if al::is_group_tail(n) && last.len() <= 3 && last.bytes().all(|b| b.is_ascii_digit()) {
        return true;
    }
    // the last value of a full line wrapped whole (lynx: `… 25 500` / `25 500`)
    if values_only_wrap(c, n, usize::MAX) {
        return true;
    }
    // a label broken after a comma, with the values on the next line (lynx)
    let (_, toks) = al::values_from_right(c, plain_style(), 1);
    toks.is_empty() && (c.ends_with(',') || !al::parens_balanced(c))
}

/// Is `next` the rest of a row line `cur` that a browser wrapped at its width
/// (lynx, about 76 columns): `cur` is that long and ends in a number, and `next`
/// holds nothing but one or two numbers (at most `MAX_PIECES` pieces, fewer than
/// `ncols`), no label?
fn values_only_wrap(cur: &str, next: &str, ncols: usize) -> bool {
    let c = cur.trim_end();
    if c.chars().count() < 60 || !c.ends_with(|ch: char| ch.is_ascii_digit()) {
        return false;
    }
    let n = next.trim();
    if n.is_empty() || !n.starts_with(|ch: char| ch.is_ascii_digit() || matches!(ch, '-' | '–')) {
        return false;
    }
    let (le, toks) = al::values_from_right(n, plain_style(), al::MAX_PIECES + 1);
    le == 0 && !toks.is_empty() && toks.len() <= al::MAX_PIECES && toks.len() < ncols
}

/// A page's running header or footer line: words, a gap of six or more spaces, and
/// words with a year (`Waterschap Vallei en Veluwe        Begroting 2024`,
/// `Jaarverslag 2022        pagina 12`).
fn is_running_head(t: &str) -> bool {
    let body = t.trim();
    let Some(p) = body.find("      ") else {
        return false;
    };
    let (left, right) = (body[..p].trim(), body[p..].trim());
    let wordy = |s: &str| {
        s.split_whitespace()
            .any(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 4)
    };
    let year = |s: &str| {
        s.split_whitespace()
            .any(|w| is_year_word(w.trim_matches(|c: char| !c.is_ascii_digit())))
    };
    !right.contains("  ") && wordy(left) && wordy(right) && (year(left) || year(right))
}

/// A page's footer naming the report, then its page number after a gap of six or
/// more spaces (`Viermaandsrapportage COA januari-april 2024        9`, `Jaarverslag
/// 2023   …   12`): the name has a word for a report (`…verslag`, `…rapportage`,
/// `…begroting`, `…rekening`, `…bericht`, `…nota`), the number is a whole number
/// below 1000 printed without separators.
fn is_page_footer(t: &str) -> bool {
    let body = t.trim();
    let Some((left, right)) = body.rsplit_once("      ") else {
        return false;
    };
    let (left, right) = (left.trim(), right.trim());
    let page = (1..=3).contains(&right.len()) && right.bytes().all(|b| b.is_ascii_digit());
    page && !left.contains("  ")
        && left.starts_with(char::is_uppercase)
        && left
            .split_whitespace()
            .any(crate::grammar::words::is_report_word)
}

/// [`is_page_footer`] printed single-spaced (OCR): a running title (a report's word
/// and a year among capitalised words, [`crate::grammar::words::is_running_title`]),
/// then the page number.
fn is_plain_page_footer(t: &str) -> bool {
    let body = t.trim();
    let Some((left, page)) = body.rsplit_once(' ') else {
        return false;
    };
    (1..=3).contains(&page.len())
        && page.bytes().all(|b| b.is_ascii_digit())
        && crate::grammar::words::is_running_title(left)
}

/// Does a page's furniture come next, from line `j` past blank lines: a footer, a
/// running head, a form feed or a page number alone?
fn page_furniture_follows(lines: &[TextLine<'_>], j: usize) -> bool {
    let Some(l) = lines[j.min(lines.len())..]
        .iter()
        .take(4)
        .find(|l| !l.is_blank())
    else {
        return false;
    };
    let t = l.text.trim();
    l.text.starts_with('\u{c}')
        || is_page_footer(t)
        || is_running_head(t)
        || ((1..=3).contains(&t.len()) && t.bytes().all(|b| b.is_ascii_digit()))
}

/// Is the next line with text, at most four lines on from `j`, a numbered title
/// (`Tabel 3 Productie per product (vervolg)`)?
fn numbered_title_follows(lines: &[TextLine<'_>], j: usize) -> bool {
    lines[j.min(lines.len())..]
        .iter()
        .take(4)
        .find(|l| !l.is_blank())
        .is_some_and(|l| super::flat::numbered_title(l.text.trim_start()))
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

/// Takes the unit of a unit column off the end of `r`'s label (`Tijdig afgehandeld
/// %`, two or more spaces before it): a piece of at most two words and 16 chars,
/// which in a positional table stands under the header (`col`: its first and end
/// char column), give or take four columns: left-aligned, centred or right-aligned
/// (pdftotext `-layout`: `Eenheid` over `%` at its right end). `line` is the row's
/// source line.
/// The article a row prints before its label, under a code column headed before the
/// label column (`1   Beleid   98.560`): taken off the label as the row's first
/// token. Parted from the label by a run of spaces where columns are spaced, by one
/// space where single spaces part them (plain). None when the label opens with no
/// article, or is nothing but one.
fn split_code(r: &mut RawRow, line: &TextLine<'_>, mode: Mode) -> Option<PTok> {
    let at = r.label_span.start.checked_sub(line.start)?;
    let text = line.text.get(at..)?;
    let (w, rest) = text.split_once(' ')?;
    let gap = if mode == Mode::Plain { " " } else { "  " };
    if !super::is_article(w) || !(format!(" {rest}")).starts_with(gap) || rest.trim().is_empty() {
        return None;
    }
    let label = r.label.strip_prefix(w)?;
    let value = crate::grammar::value::parse_cell(w)?;
    let cut = r.label.len() - label.trim_start().len();
    r.label = label.trim_start().to_string();
    r.first_len = r.first_len.saturating_sub(cut);
    // (the label's start in the source: past the article and the spaces after it)
    let label_at = line.start + at + w.len() + (rest.len() - rest.trim_start().len()) + 1;
    r.label_span = Span::new(label_at.min(r.label_span.end), r.label_span.end);
    Some(PTok {
        raw: w.to_string(),
        value,
        span: Span::new(line.start + at, line.start + at + w.len()),
        cstart: al::char_col(line.text, at),
        cend: al::char_col(line.text, at + w.len()),
        page: r.toks.first().map_or(0, |t| t.page),
        empties_before: 0,
    })
}

/// A unit column's scale read as values (`aantallen x 1.000`: `x` and `1.000` before
/// the row's values): the tokens under the unit column, beyond the row's `ncols`
/// values, go back to the label, where [`split_unit`] finds the unit, when the unit
/// then states a scale.
fn unit_scale_tokens(r: &mut RawRow, line: &TextLine<'_>, col: (usize, usize), ncols: usize) {
    if r.first != r.last || r.cells.is_some() {
        return;
    }
    let extra = r.toks.len().saturating_sub(ncols);
    let k = r.toks[..extra]
        .iter()
        .take_while(|t| t.cstart + 2 >= col.0)
        .count();
    if k == 0 {
        return;
    }
    let label = r.label.trim_end();
    // (the unit's words already in the label, after its run of spaces)
    let head = label.rfind("  ").map_or("", |p| label[p..].trim_start());
    let mut unit = head.to_string();
    for t in &r.toks[..k] {
        if !unit.is_empty() {
            unit.push(' ');
        }
        unit.push_str(&t.raw);
    }
    if super::unit_cell_scale(&unit).is_none() {
        return;
    }
    // (the label as printed, up to the unit's last token: its spacing places it)
    let end = r.toks[k - 1].span.end;
    let Some(text) = end
        .checked_sub(line.start)
        .zip(r.label_span.start.checked_sub(line.start))
        .and_then(|(e, s)| line.text.get(s..e))
    else {
        return;
    };
    r.label = text.to_string();
    r.label_span = Span::new(r.label_span.start, end);
    r.toks.drain(..k);
    r.first_len = r.label.len();
}

fn split_unit(r: &mut RawRow, line: &TextLine<'_>, col: (usize, usize), mode: Mode) {
    let positional = mode == Mode::Positional;
    if positional && r.first != r.last {
        split_unit_wrapped(r, line, col);
        return;
    }
    let label = r.label.trim_end();
    // spaced like prose (plain), the unit is the label's last word when it names one
    // (`Tijdig afgehandeld % 96,1%`): an unknown word cannot be told from the label
    let plain_unit = || {
        let gap = label.rfind(' ')?;
        (mode == Mode::Plain && unit_of_word(&label[gap..]).is_some()).then_some(gap)
    };
    let Some(gap) = label.rfind("  ").or_else(plain_unit) else {
        return;
    };
    let unit = label[gap..].trim();
    let head = label[..gap].trim_end();
    // (a word or two, or a scale: `aantallen x 1.000`, `x € 1.000`)
    let scaled = || super::unit_cell_scale(unit).is_some();
    if head.is_empty()
        || unit.is_empty()
        || ((unit.chars().count() > 16 || unit.split_whitespace().count() > 2) && !scaled())
    {
        return;
    }
    if positional {
        // where the unit stands in its source line: the label's start there, and
        // the unit's place in the label
        let in_label = gap + (label[gap..].len() - label[gap..].trim_start().len());
        let at = r.label_span.start.saturating_sub(line.start) + in_label;
        if !line.text.is_char_boundary(at.min(line.text.len()))
            || !under_header(al::char_col(line.text, at), unit.chars().count(), col)
        {
            return;
        }
    }
    r.unit = Some(unit.to_string());
    let cut = r.label.len() - head.len();
    r.label = head.to_string();
    r.label_span = Span::new(
        r.label_span.start,
        r.label_span.end.saturating_sub(cut).max(r.label_span.start),
    );
}

/// The tail groups of numbers that a narrow column wrapped onto the line `ll`
/// (elinks: `1 012` over `345`, `1 185` over `000`): every value of the line
/// (`toks`) three digits that starts at the char column where a number of the line
/// above (`prev`, `ptoks`) begins one of its cells. A token of `ptoks` that covers
/// two cells one space apart (`1 203 210 1 185`) is split where the tail shows a
/// cell begins. Returns the line above's tokens (split where needed) and each
/// tail's token index, text and cleaned span; None when any value is not such a
/// tail or the joined number does not read as one.
#[allow(clippy::type_complexity)]
fn group_tails(
    ll: &LLine,
    toks: &[Tok],
    prev: &LLine,
    ptoks: &[Tok],
) -> Option<(Vec<Tok>, Vec<(usize, String, Span)>)> {
    let whole = |raw: &str| match value(Style::default())(raw) {
        Ok(("", v)) => Some(v),
        _ => None,
    };
    let mut out: Vec<Tok> = ptoks.to_vec();
    let mut tails: Vec<(usize, String, Span)> = Vec::new();
    for t in toks {
        let raw = &ll.text[t.start..t.end];
        if !al::is_group_tail(raw) {
            return None;
        }
        let c = al::char_col(&ll.text, t.start);
        let k = out.iter().position(|p| {
            al::char_col(&prev.text, p.start) <= c && c < al::char_col(&prev.text, p.end)
        })?;
        let p = out[k].clone();
        let pc = al::char_col(&prev.text, p.start);
        let mut k = k;
        if pc != c {
            // a cell begins inside the token: split it there
            let at = al::byte_at_col(&prev.text, c);
            if at <= p.start || at >= p.end || !prev.text[..at].ends_with(' ') {
                return None;
            }
            let left_end = prev.text[..at].trim_end().len();
            let left = whole(&prev.text[p.start..left_end])?;
            let right = whole(&prev.text[at..p.end])?;
            out[k] = Tok {
                start: p.start,
                end: left_end,
                value: left,
            };
            out.insert(
                k + 1,
                Tok {
                    start: at,
                    end: p.end,
                    value: right,
                },
            );
            for tl in tails.iter_mut().filter(|tl| tl.0 > k) {
                tl.0 += 1;
            }
            k += 1;
        }
        let target = &prev.text[out[k].start..out[k].end];
        let last_piece = target.rsplit(' ').next().unwrap_or("");
        let piece_ok =
            (1..=3).contains(&last_piece.len()) && last_piece.bytes().all(|b| b.is_ascii_digit());
        let joined = whole(&format!("{target} {raw}"))
            .is_some_and(|v| v.notes.contains(&Note::SpaceGrouped));
        if !piece_ok || !joined || tails.iter().any(|tl| tl.0 == k) {
            return None;
        }
        tails.push((k, raw.to_string(), ll.span(t.start, t.end)));
    }
    (!tails.is_empty()).then_some((out, tails))
}

/// What [`wrapped_text_cells`] reads from a row line and the line below it.
struct WrappedCells {
    label_end: usize,
    toks: Vec<Tok>,
    tails: Vec<(usize, String, Span)>,
    /// Where the label part of the line below ends (its values are taken).
    next_label_end: usize,
}

/// Text values a narrow column wrapped onto the line below (elinks, w3m at 80
/// columns: `niet` over `uitgevoerd`): on a positional row line `ll` whose values
/// stop at such a first word (`… 7,0   niet   7,1   niet`), every run of the value
/// part (right of the first column's char column `c0`, less two) is a value, or the
/// first word of a text value whose rest stands on the line below `next` where the
/// run begins. Every run of `next`'s value part must be such a rest; its label part
/// (`(MTO)`) stays a label. None when anything else stands there.
fn wrapped_text_cells(
    ll: &LLine,
    le: usize,
    toks: &[Tok],
    next: &TextLine<'_>,
    c0: usize,
) -> Option<WrappedCells> {
    // (the value part begins at the word that reaches over `c0` less two: cells
    // may start left of their year)
    let snap = |t: &str, b: usize| {
        let b = b.min(t.len());
        t[..b]
            .char_indices()
            .rev()
            .take_while(|&(_, c)| !c.is_whitespace())
            .last()
            .map_or(b, |(i, _)| i)
    };
    let b0 = snap(&ll.text, al::byte_at_col(&ll.text, c0.saturating_sub(2)));
    if le <= b0 || next.text.trim().is_empty() {
        return None;
    }
    let label_end = ll.text[..b0].trim_end().len();
    if label_end == 0 {
        return None;
    }
    // words (byte ranges) from `from` on; below, runs of words one space apart
    let words = |t: &str, from: usize| -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        let mut start: Option<usize> = None;
        for (i, c) in t[from..].char_indices().map(|(i, c)| (i + from, c)) {
            match (c.is_whitespace(), start) {
                (true, Some(s)) => {
                    out.push((s, i));
                    start = None;
                }
                (false, None) => start = Some(i),
                _ => {}
            }
        }
        if let Some(s) = start {
            out.push((s, t.len()));
        }
        out
    };
    let nb0 = snap(next.text, al::byte_at_col(next.text, c0.saturating_sub(2)));
    let next_label_end = next.text[..nb0].trim_end().len();
    let below = words(next.text, nb0);
    if below.is_empty() {
        return None;
    }
    let here: Vec<(usize, usize)> = words(&ll.text, b0)
        .into_iter()
        .filter(|&(s, _)| s < le)
        .collect();
    let under = |s: usize| {
        let col = al::char_col(&ll.text, s);
        below
            .iter()
            .find(|&&(ns, _)| al::char_col(next.text, ns).abs_diff(col) <= 1)
            .copied()
    };
    let mut out: Vec<Tok> = Vec::new();
    let mut tails: Vec<(usize, String, Span)> = Vec::new();
    let mut used = 0;
    let mut i = 0;
    while i < here.len() {
        let (s, e) = here[i];
        if let Some((ns, ne)) = under(s) {
            // the first word of a text value, its rest below
            let (raw, rest) = (&ll.text[s..e], &next.text[ns..ne]);
            if !al::splits_text_value(raw, rest) {
                return None;
            }
            let v = crate::grammar::parse_cell(&format!("{raw} {rest}"))
                .filter(|v| v.kind == Kind::Text)?;
            tails.push((
                out.len(),
                rest.to_string(),
                Span::new(next.start + ns, next.start + ne),
            ));
            out.push(Tok {
                start: s,
                end: e,
                value: v,
            });
            used += 1;
            i += 1;
            continue;
        }
        // the longest value of up to three words, none with a rest below
        let (k, v) = (1..=3usize)
            .rev()
            .filter(|&k| i + k <= here.len())
            .filter(|&k| {
                here[i + 1..i + k]
                    .iter()
                    .all(|&(ws, _)| under(ws).is_none())
            })
            .find_map(|k| {
                crate::grammar::parse_cell(&ll.text[s..here[i + k - 1].1]).map(|v| (k, v))
            })?;
        out.push(Tok {
            start: s,
            end: here[i + k - 1].1,
            value: v,
        });
        i += k;
    }
    if tails.is_empty() || used != below.len() {
        return None;
    }
    out.extend(toks.iter().cloned());
    Some(WrappedCells {
        label_end,
        toks: out,
        tails,
        next_label_end,
    })
}

/// Does a unit of `len` chars from char column `at` stand under a header over the
/// char columns `col` (first, end), give or take four columns, or begin within four
/// columns of the header's start (a unit wider than its header)?
fn under_header(at: usize, len: usize, col: (usize, usize)) -> bool {
    at.abs_diff(col.0) <= 4 || (at + 4 >= col.0 && at + len <= col.1 + 4)
}

/// [`split_unit`] for a positional row whose label wraps onto the lines below
/// (elinks: `Aantal aanvragen   aantal  812 400 …` / `studiefinanciering`): the unit
/// is the word after the first run of spaces in the label, on the first line
/// under the header's columns `col` ([`under_header`]), when it names a unit; the
/// rest of the label joins the part before it.
fn split_unit_wrapped(r: &mut RawRow, line: &TextLine<'_>, col: (usize, usize)) {
    let label = r.label.as_str();
    let Some(gap) = label.find("  ") else { return };
    let after = label[gap..].trim_start();
    let off = label.len() - after.len();
    let Some(w) = after.split_whitespace().next() else {
        return;
    };
    let at = r.label_span.start.saturating_sub(line.start) + off;
    let head = label[..gap].trim_end();
    if head.is_empty()
        || unit_of_word(w).is_none()
        || at >= line.text.len()
        || !line.text.is_char_boundary(at)
        || !under_header(al::char_col(line.text, at), w.chars().count(), col)
    {
        return;
    }
    let rest = after[w.len()..].trim();
    r.unit = Some(w.to_string());
    r.label = al::join_label(head, rest);
}

/// Does the year line's stub head a column of budget articles (`Art.`, `Art.
/// Omschrijving`)? Its rows carry the article as one value more than the years.
fn code_col_stub(stub_end: Option<usize>, lines: &[TextLine<'_>], y: usize) -> bool {
    stub_end.is_some_and(|e| {
        let s = &lines[y].text[..e];
        super::is_code_label(s) || hdr::code_before_label(s).is_some()
    })
}

/// Columns read one space apart whose first is a lone word and a year and whose
/// others are years alone (`Norm 2020`, `2019`): the word as a column of its own
/// before them (`Norm`, `2020`, `2019`), or `None` for any other header.
fn lone_head_before_years(cols: &[YearCol]) -> Option<Vec<YearCol>> {
    let (first, rest) = cols.split_first()?;
    let (word, year) = first.text.split_once(' ')?;
    let lone_word = word.chars().count() > 1
        && word.starts_with(char::is_uppercase)
        && word.chars().all(|c| c.is_alphabetic() || c == '-');
    let years_alone = |c: &YearCol| c.year.is_some() && !c.text.contains(' ');
    if !lone_word
        || year.contains(' ')
        || hdr::year_of_token(year).is_none()
        || !rest.iter().all(years_alone)
    {
        return None;
    }
    let word_end = first.start + word.chars().count();
    let mut out = Vec::with_capacity(cols.len() + 1);
    out.push(YearCol {
        start: first.start,
        end: word_end,
        year: None,
        text: word.to_string(),
    });
    out.push(YearCol {
        start: word_end + 1,
        end: first.end,
        year: first.year,
        text: year.to_string(),
    });
    out.extend(rest.iter().cloned());
    Some(out)
}

/// Do most of the first rows with values from line `from` on carry `ncols + 1` values
/// (read without positions)?
fn rows_carry_one_more(lines: &[TextLine<'_>], from: usize, ncols: usize) -> bool {
    let (mut more, mut valued) = (0, 0);
    for l in lines.iter().skip(from).take(12) {
        if l.text.trim().is_empty() {
            continue;
        }
        // (the next table's title ends the rows)
        if super::flat::numbered_title(l.text.trim()) {
            break;
        }
        let (_, toks) = row_tokens(l.text, Mode::Plain, ncols + 1);
        if toks.is_empty() {
            continue;
        }
        valued += 1;
        more += usize::from(toks.len() == ncols + 1);
    }
    valued >= 2 && more * 2 > valued
}

/// Is `w` a year alone (`2024`)?
fn is_year_word(w: &str) -> bool {
    w.len() == 4 && super::flat::year_of(w).is_some()
}

/// Does a row below the header carry a footnote mark after its `ncols` values (a
/// `Noot` column: `Ontvangsten 2 117 … – 3 783 2`)?
fn rows_carry_mark(lines: &[TextLine<'_>], from: usize, ncols: usize) -> bool {
    lines.iter().skip(from).take(16).any(|l| {
        let (_, toks) = row_tokens(l.text, Mode::Plain, ncols + 1);
        toks.len() == ncols + 1
            && toks
                .last()
                .is_some_and(|t| super::is_note_mark(&l.text[t.start..t.end]))
    })
}

/// Does `rest`, a line of label only, finish the label of the last line of `body`
/// (`toks`: its tokens), above the values (`continues_label`) or below them
/// (`continues_below`)?
fn finishes_label(body: &[LLine], toks: &[(usize, Vec<Tok>)], rest: &str) -> bool {
    let (Some(prev), Some((le, ptoks))) = (body.last(), toks.last()) else {
        return false;
    };
    if ptoks.is_empty() {
        return continues_label(Some(prev), rest);
    }
    let (_, label) = al::split_marker(prev.text[..*le].trim());
    continues_below(label, rest, false)
}

/// Does `rest`, a line of label only under a row with values, finish that row's
/// `label`? It opens in lower case, with a parenthesis or a date (`moederdepartement`,
/// `(-/-)`, `1 januari 2013`), or `label` is [`al::unfinished`] (`Stelseldiensten (Digimelding,` /
/// `Stelselcatalogus)`, `Bijdrage uit het` / `Gemeentefonds`); it is no
/// `waarvan` row nor a scale caption, and the line after it is not a row whose
/// label opens in lower case (`next_opens_lower`: then `rest` is the first piece
/// of that row's label, wrapped above its values).
fn continues_below(label: &str, rest: &str, next_opens_lower: bool) -> bool {
    let lower = rest.to_lowercase();
    // a date goes on a label too (`Rekening-courant RHB` / `1 januari 2013`)
    let date = opens_with_date(&lower);
    (rest.starts_with(|c: char| c.is_lowercase() || c == '(') || al::unfinished(label) || date)
        && !next_opens_lower
        && !is_wv(rest)
        // a head of rows in lower case (`waarvan:`, `waaronder`)
        && !["waarvan", "waaronder", "wv", "w.v.", "w.o."].iter().any(|w| lower.starts_with(w))
        && crate::grammar::table_caption(rest).is_none()
}

/// Does `t` (lower case) open with a day and a month (`1 januari`, `31 december`)?
fn opens_with_date(t: &str) -> bool {
    let mut w = t.split(|c: char| c.is_whitespace());
    let day = w.next().unwrap_or("");
    (1..=2).contains(&day.len())
        && day.bytes().all(|b| b.is_ascii_digit())
        && w.next()
            .is_some_and(|m| crate::grammar::words::MONTHS.contains(&m))
}

/// Does `rest` (a line's label) continue `label`, a row's label that is
/// [`al::unfinished`] (`OIN-`, an open parenthesis, a trailing comma, `uit het`) or
/// has no values yet?
fn label_continues(label: &str, no_values: bool, rest: &str) -> bool {
    let unfinished = al::unfinished(label);
    !label.is_empty()
        && ((rest.starts_with(|c: char| c.is_lowercase() || c == '(') && (no_values || unfinished))
            // after an unfinished label a capital goes on (`Stelseldiensten
            // (Digimelding,` / `Digilevering, …`, `Bijdrage uit het` / `Gemeentefonds`)
            || (no_values && unfinished && rest.starts_with(char::is_alphanumeric)))
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
/// `toks` holds each line's `row_tokens(&ll.text, mode, ncols)`.
fn token_rows(
    body: &[LLine],
    toks: Vec<(usize, Vec<Tok>)>,
    tails: &[Vec<(usize, String, Span)>],
    mode: Mode,
    ncols: usize,
) -> Vec<RawRow> {
    let mut rows: Vec<RawRow> = Vec::new();
    // per line: it has values under a label that opens in lower case (the last line
    // of a label wrapped above its values, as PDF text prints a row)
    let opens_lower: Vec<bool> = body
        .iter()
        .zip(&toks)
        .map(|(ll, (le, toks))| {
            // (a marked label opens on its line: `– wv externe inhuur`)
            let (marker, rest) = al::split_marker(ll.text[..*le].trim());
            !toks.is_empty() && marker.is_none() && rest.starts_with(|c: char| c.is_lowercase())
        })
        .collect();
    for (i, (ll, (le, toks))) in body.iter().zip(toks).enumerate() {
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
        for (k, tail, span) in tails.get(i).into_iter().flatten() {
            if let Some(p) = ptoks.get_mut(*k) {
                let raw = format!("{} {tail}", p.raw);
                if let Ok(("", v)) = value(Style::default())(&raw) {
                    p.raw = raw;
                    p.value = v;
                    p.span = p.span.cover(*span);
                }
            }
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
            // a label wrapped above its values, whose row number a browser prints on
            // the line of the values: `Rekening-courant RHB` / `5. 31 december 2013  53.470 …`
            let numbered_date = label
                .split_once(". ")
                .map(|(n, d)| (n, d.trim_start()))
                .filter(|(n, _)| {
                    (1..=2).contains(&n.len()) && n.bytes().all(|b| b.is_ascii_digit())
                })
                .filter(|(_, d)| opens_with_date(&d.to_lowercase()));
            if let Some((n, d)) = numbered_date.filter(|_| {
                last.toks.is_empty()
                    && !last.label.is_empty()
                    && !ptoks.is_empty()
                    && mode != Mode::Segments
                    && al::split_number(&last.label).0.is_none()
            }) {
                last.label = format!("{n}. {}", al::join_label(&last.label, d));
                last.label_span = last.label_span.cover(label_span);
                last.toks.extend(ptoks);
                last.last = ll.last;
                continue;
            }
            // the rest of a label below the line of its values: a browser's dump of a
            // cell wrapped in a narrow column (elinks: `Omzet   42.755 …` /
            // `moederdepartement`, values on the middle line of three)
            let next_opens_lower = opens_lower.get(i + 1).copied().unwrap_or(false);
            if marker.is_none()
                && ptoks.is_empty()
                && !last.toks.is_empty()
                && continues_below(&last.label, rest, next_opens_lower)
            {
                last.label = al::join_label(&last.label, label);
                last.label_span = last.label_span.cover(label_span);
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
            unit: None,
            first_len: label.len(),
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
                unit: None,
                first_len: a.label.trim().len(),
            });
        }
    };
    for ll in body {
        let t = &ll.text;
        let edges: Vec<usize> = segs[first_val..]
            .iter()
            .map(|&(s, _)| al::byte_at_col(t, s))
            .collect();
        // the label's piece and each column's: (start, end) in `t`, trimmed
        let trimmed = |s: usize, e: usize| {
            let piece = &t[s..e.max(s)];
            let lead = piece.len() - piece.trim_start().len();
            (s + lead, s + lead + piece.trim().len())
        };
        let lab = trimmed(0, edges[0]);
        let pieces: Vec<(usize, usize)> = (0..ncols)
            .map(|c| trimmed(edges[c], edges.get(c + 1).copied().unwrap_or(t.len())))
            .collect();
        // (a line that is a row of its own, though no blank line parts it from the
        // row above: a blank line lost)
        let own_row = acc.as_ref().is_some_and(|a| {
            ll.first - a.first <= super::piped::MAX_WRAP && {
                let above: Vec<&str> = a.cells.iter().map(|(x, _)| x.as_str()).collect();
                let below: Vec<&str> = pieces.iter().map(|&(s, e)| &t[s..e]).collect();
                rows_stand_together(&a.label, &above, &t[lab.0..lab.1], &below)
            }
        });
        if !multiline || ll.gap_before || acc.is_none() || own_row {
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
        if lab.1 > lab.0 {
            let sp = ll.span(lab.0, lab.1);
            a.label = al::join_label(&a.label, &t[lab.0..lab.1]);
            a.label_span = Some(a.label_span.map_or(sp, |s| s.cover(sp)));
        }
        for (c, &(s, e)) in pieces.iter().enumerate() {
            if e == s {
                continue;
            }
            let sp = ll.span(s, e);
            let (text, span) = &mut a.cells[c];
            *text = al::join_label(text, &t[s..e]);
            *span = Some(span.map_or(sp, |x| x.cover(sp)));
        }
    }
    flush(&mut acc, &mut rows);
    rows
}

/// In a table whose rows are parted by blank lines (pandoc's multiline tables), is
/// the line below (`label`, `cells`) a row of its own under the row above
/// (`label_above`, `above`) though no blank line parts them (one lost: `Verloop
/// kostprijs DigiD Machtigen   € 0,71   € 0,81 …` over `Verloop uurtarief   n.b.
/// 90,88 …`)? Both have a label and every column filled, the lower line a whole
/// value in each, the lower label does not go on in lower case, and no column's two
/// pieces read as one value (as a wrapped `€ 208` / `mln.`, `1 012` / `345` or
/// `niet` / `uitgevoerd` do).
pub(super) fn rows_stand_together(
    label_above: &str,
    above: &[&str],
    label: &str,
    cells: &[&str],
) -> bool {
    let whole = |t: &str| crate::grammar::parse_cell(t).is_some();
    let (label_above, label) = (label_above.trim(), label.trim());
    !label_above.is_empty()
        && !label.is_empty()
        && !label.starts_with(char::is_lowercase)
        && !above.is_empty()
        && above.len() == cells.len()
        && above.iter().zip(cells).all(|(a, b)| {
            let (a, b) = (a.trim(), b.trim());
            !a.is_empty() && whole(b) && !whole(&format!("{a} {b}"))
        })
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

/// In plain text (lynx drops empty cells) a row one value short per dash that
/// stands a space before a number (`Overige baten – 12,6 12,6` in three columns)
/// reads that dash as a cell of its own (a nil) when the table writes its negative
/// amounts in parentheses (some full row has `(14,2)`), or when it is a hyphen
/// (`- 19.615`); never when a full row has a spaced dash. Elsewhere the dash stays
/// the number's sign (`– 1.200`), unless the table's sums show the dash is an
/// empty cell, whatever its kind (OCR prints a hyphen or an en dash as `—`): a full
/// row below equals the sum of the rows above it, the short row among them, only
/// when its dashes are empty cells ([`dashes_summed`]).
fn split_nil_dashes(
    rows: &mut [RawRow],
    ncols: usize,
    loc: &Locator<'_>,
    diags: &mut Vec<Diagnostic>,
) {
    split_nil_dashes_by_style(rows, ncols);
    dashes_summed(rows, ncols, loc, diags);
}

/// A spaced dash before a number: `– 12,6`, `— 2.900`, `- 19.615`.
fn spaced_dash(t: &PTok) -> bool {
    let mut c = t.raw.chars();
    matches!(c.next(), Some('-' | '–' | '‒' | '—'))
        && c.next().is_some_and(char::is_whitespace)
        && t.value.number.is_some()
}

/// `t` read as two cells, its dash (a nil) and the number after it, when `t` is
/// printed in one piece.
fn dash_apart(t: &PTok) -> Option<[PTok; 2]> {
    let dash = t.raw.chars().next().map_or(0, char::len_utf8);
    let rest = t.raw[dash..].trim_start();
    let at = t.raw.len() - rest.len();
    if t.span.end - t.span.start != t.raw.len() {
        return None;
    }
    let nil = crate::grammar::parse_cell(&t.raw[..dash])?;
    let v = crate::grammar::parse_cell(rest)?;
    Some([
        PTok {
            raw: t.raw[..dash].to_string(),
            value: nil,
            span: Span::new(t.span.start, t.span.start + dash),
            cend: t.cstart + 1,
            ..t.clone()
        },
        PTok {
            raw: rest.to_string(),
            value: v,
            span: Span::new(t.span.start + at, t.span.end),
            cstart: t.cstart + t.raw[..at].chars().count(),
            empties_before: 0,
            ..t.clone()
        },
    ])
}

/// Rows at most this far from the total they sum to are read for
/// [`dashes_summed`] (a bound that keeps the reading linear in the rows).
const SUM_REACH: usize = 40;

/// The short rows of [`split_nil_dashes`] whose spaced dashes (of any kind) the
/// table's own sums show to be empty cells: with every such dash of the row read
/// as a nil (`Extra verhoging OZB — 2.900 2.900 2.900` under four years) the row
/// is full, and a full row below it equals, in every column and to a unit of the
/// last digit per part, the sum of a run of two or more full rows right above it
/// that holds the short row (`Totaal dekking 94 …`, its first cell the other
/// rows' 94 alone). The rows' values are read as printed, a nil as zero; a row
/// with a value of its own scale, a percentage or words does not sum.
fn dashes_summed(
    rows: &mut [RawRow],
    ncols: usize,
    loc: &Locator<'_>,
    diags: &mut Vec<Diagnostic>,
) {
    let short = |r: &RawRow| {
        r.cells.is_none() && {
            let d = r.toks.iter().filter(|t| spaced_dash(t)).count();
            d > 0 && r.toks.len() + d == ncols
        }
    };
    if ncols < 2 || !rows.iter().any(short) {
        return;
    }
    // each row's reading: its split, for the short rows
    let apart: Vec<Option<Vec<PTok>>> = rows
        .iter()
        .map(|r| {
            if !short(r) {
                return None;
            }
            let mut out = Vec::with_capacity(ncols);
            for t in &r.toks {
                if spaced_dash(t) {
                    out.extend(dash_apart(t)?);
                } else {
                    out.push(t.clone());
                }
            }
            Some(out)
        })
        .collect();
    let sums = |toks: &[PTok]| -> Option<Vec<(Dec, Dec)>> {
        if toks.len() != ncols {
            return None;
        }
        toks.iter()
            .map(|t| match (t.value.kind, t.value.number) {
                (Kind::Nil, _) => Some((Dec::ZERO, Dec::ZERO)),
                (Kind::Number | Kind::Money, Some(n)) if t.value.scale.is_none() => {
                    Some((n, n.unit_of_last_digit()))
                }
                _ => None,
            })
            .collect()
    };
    let vals: Vec<Option<Vec<(Dec, Dec)>>> = rows
        .iter()
        .zip(&apart)
        .map(|(r, a)| match a {
            Some(a) => sums(a),
            None if r.cells.is_none() => sums(&r.toks),
            None => None,
        })
        .collect();
    let mut confirmed = vec![false; rows.len()];
    for t in 1..rows.len() {
        let Some(total) = vals[t].as_ref() else {
            continue;
        };
        // the run of full rows right above `t`, the nearest first
        let mut acc = vec![Dec::ZERO; ncols];
        let mut from = t;
        while from > 0 && t - from < SUM_REACH {
            let Some(v) = vals[from - 1].as_ref() else {
                break;
            };
            let Some(next) = acc
                .iter()
                .zip(v)
                .map(|(a, (x, _))| a.checked_add(*x))
                .collect::<Option<Vec<Dec>>>()
            else {
                break;
            };
            acc = next;
            from -= 1;
            let parts = t - from;
            let held = parts >= 2
                && (from..t).any(|i| apart[i].is_some())
                && acc.iter().zip(total).all(|(a, (x, unit))| {
                    let tol =
                        Dec::from_int(i64::try_from(parts).unwrap_or(i64::MAX)).checked_mul(*unit);
                    a.checked_sub(*x)
                        .zip(tol)
                        .is_some_and(|(d, tol)| d.abs() <= tol)
                });
            if held {
                for c in confirmed.iter_mut().take(t).skip(from) {
                    *c = true;
                }
            }
        }
    }
    for ((r, a), ok) in rows.iter_mut().zip(apart).zip(confirmed) {
        if let (Some(a), true) = (a, ok) {
            let sp = r.toks[0].span.cover(r.toks[r.toks.len() - 1].span);
            diags.push(
                Diagnostic::new(
                    Severity::Info,
                    "dash_read_as_empty_cell",
                    format!(
                        "row `{}`: a dash before a number read as an empty cell, the row being one value short and the table's total adding up only so",
                        r.label
                    ),
                )
                .at(loc.line(sp.start), loc.span(sp)),
            );
            r.toks = a;
        }
    }
}

fn split_nil_dashes_by_style(rows: &mut [RawRow], ncols: usize) {
    let spaced = |t: &PTok| {
        let mut c = t.raw.chars();
        matches!(c.next(), Some('-' | '–' | '‒' | '—'))
            && c.next().is_some_and(char::is_whitespace)
            && t.value.number.is_some()
    };
    let full = || {
        rows.iter()
            .filter(|r| r.cells.is_none() && r.toks.len() == ncols)
    };
    let parens = full().any(|r| {
        r.toks
            .iter()
            .any(|t| t.raw.starts_with('(') && t.value.number.is_some_and(|n| n.is_negative()))
    });
    let dashes = full().any(|r| r.toks.iter().any(spaced));
    if dashes {
        return;
    }
    // (without negatives in parentheses, only a hyphen: the sign a table sets a
    // space before is the en dash, `– 1.200`; a spaced `- 19.615` one value short is
    // the nil of an empty cell, `-`, then the value)
    let splits = |t: &PTok| spaced(t) && (parens || t.raw.starts_with('-'));
    for r in rows.iter_mut().filter(|r| r.cells.is_none()) {
        let d = r.toks.iter().filter(|t| splits(t)).count();
        if d == 0 || r.toks.len() + d != ncols {
            continue;
        }
        let mut out: Vec<PTok> = Vec::with_capacity(ncols);
        for t in r.toks.drain(..) {
            let dash = t.raw.chars().next().map_or(0, char::len_utf8);
            let rest = t.raw[dash..].trim_start();
            let at = t.raw.len() - rest.len();
            let contiguous = t.span.end - t.span.start == t.raw.len();
            let parts = (splits(&t) && contiguous)
                .then(|| {
                    Some((
                        crate::grammar::parse_cell(&t.raw[..dash])?,
                        crate::grammar::parse_cell(rest)?,
                    ))
                })
                .flatten();
            match parts {
                Some((nil, v)) => {
                    out.push(PTok {
                        raw: t.raw[..dash].to_string(),
                        value: nil,
                        span: Span::new(t.span.start, t.span.start + dash),
                        cend: t.cstart + 1,
                        ..t.clone()
                    });
                    out.push(PTok {
                        raw: rest.to_string(),
                        value: v,
                        span: Span::new(t.span.start + at, t.span.end),
                        cstart: t.cstart + t.raw[..at].chars().count(),
                        empties_before: 0,
                        ..t
                    });
                }
                None => out.push(t),
            }
        }
        r.toks = out;
    }
}

/// Space-grouped numbers that run across the edge of a column, split there: a
/// browser that pads each column to its widest cell plus one space prints two
/// cells one space apart (w3m: `1 012 345 998 210   985 000`, where `998 210`
/// starts where the column under `2024` starts in every other row). `adjusted`
/// holds each page's column positions under `metric` (left or right edges, see
/// [`place`]); a token is cut at an inner space where the piece after it starts
/// at a left edge (or the piece before it ends at a right edge) of a column other
/// than its own, when both sides read as whole numbers and the row stays within
/// `ncols` values.
fn split_at_columns(
    toks: &mut Vec<PTok>,
    ncols: usize,
    metric: Metric,
    adjusted: &[Vec<i64>],
    npages: usize,
) {
    let mut i = 0;
    while i < toks.len() && toks.len() < ncols {
        let t = &toks[i];
        let edges = &adjusted[t.page.min(npages - 1)];
        let contiguous = t.span.end - t.span.start == t.raw.len();
        if !contiguous || !t.value.notes.contains(&Note::SpaceGrouped) {
            i += 1;
            continue;
        }
        let own = pos(metric, t.cstart, t.cend);
        let nearest = |p: i64| {
            edges
                .iter()
                .enumerate()
                .min_by_key(|(_, &e)| (e - p).abs())
                .map(|(j, _)| j)
        };
        let own_col = nearest(own);
        let mut cut = None;
        for (k, (b, c)) in t.raw.char_indices().enumerate() {
            if c != ' ' {
                continue;
            }
            // char columns of the piece before the space (ending at it) and after it
            let at = match metric {
                Metric::Left => 2 * (t.cstart + k + 1) as i64,
                _ => 2 * (t.cstart + k) as i64,
            };
            let hit = edges.iter().position(|&e| e == at);
            if hit.is_none() || hit == own_col {
                continue;
            }
            let (left, right) = (&t.raw[..b], &t.raw[b + 1..]);
            let whole = |s: &str| {
                value(Style::default())(s)
                    .ok()
                    .filter(|(rest, _)| rest.is_empty())
                    .map(|(_, v)| v)
            };
            let starts_clean = !right.starts_with('0') || right.len() == 1;
            if let (Some(lv), Some(rv), true) = (whole(left), whole(right), starts_clean) {
                cut = Some((b, k, lv, rv));
                break;
            }
        }
        let Some((b, k, lv, rv)) = cut else {
            i += 1;
            continue;
        };
        let t = toks[i].clone();
        let first = PTok {
            raw: t.raw[..b].to_string(),
            value: lv,
            span: Span::new(t.span.start, t.span.start + b),
            cstart: t.cstart,
            cend: t.cstart + k,
            ..t.clone()
        };
        let second = PTok {
            raw: t.raw[b + 1..].to_string(),
            value: rv,
            span: Span::new(t.span.start + b + 1, t.span.end),
            cstart: t.cstart + k + 1,
            empties_before: 0,
            ..t
        };
        toks[i] = first;
        toks.insert(i + 1, second);
        i += 1;
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
                    // (capped: one token over two columns, such as two cells one
                    // space apart, must not decide how the others align)
                    cost += o.iter().map(|x| (x - med).abs().min(8)).sum::<i64>();
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
    // rows with a value in every column, as evidence for the rows that have fewer
    let full: Vec<Option<Vec<Kind>>> = rows
        .iter()
        .map(|r| {
            (r.cells.is_none() && r.toks.len() == ncols)
                .then(|| r.toks.iter().map(|t| t.value.kind).collect())
        })
        .collect();
    for (ri, r) in rows.iter_mut().enumerate() {
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
                    r.label_takes(&t.raw);
                    r.label_span = r.label_span.cover(t.span);
                }
            }
            if r.toks.len() < ncols && metric != Metric::Center {
                split_at_columns(&mut r.toks, ncols, metric, &adjusted, pages.len());
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
                    r.label_takes(&t.raw);
                }
            }
            // the kinds of values in the nearest complete rows above and below
            let above = (0..ri).rev().find_map(|k| full[k].as_ref());
            let below = (ri + 1..full.len()).find_map(|k| full[k].as_ref());
            let kinds: Vec<Kind> = r.toks.iter().map(|t| t.value.kind).collect();
            let (at, by_kinds) = if mode == Mode::Plain {
                columns_by_kinds(&kinds, ncols, [above, below])
            } else {
                ((0..r.toks.len()).collect(), false)
            };
            for (t, &c) in r.toks.iter().zip(&at) {
                cells[c] = Some(t.clone());
            }
            if !r.toks.is_empty() && r.toks.len() < ncols {
                let sp = r.toks[0].span;
                let how = if by_kinds {
                    "placed where the neighbouring rows have values of the same kinds"
                } else {
                    "placed from the left"
                };
                diags.push(
                    Diagnostic::new(
                        Severity::Warning,
                        "cell_placement_guessed",
                        format!(
                            "row `{}` has {} values for {} columns and the layout does not show which columns; {how}",
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

/// Columns for `kinds.len()` values in `ncols` columns, in order: the choice whose kinds
/// agree most with the complete rows nearest above and below (`n.b. 99,78% 99,91% 99,5%`
/// under `n.b. n.b. 99,83% 100,00% 98,0%` lost its first `n.b.`), if that beats the
/// left-aligned choice; else from the left. Returns the columns and whether kinds decided.
fn columns_by_kinds(
    kinds: &[Kind],
    ncols: usize,
    near: [Option<&Vec<Kind>>; 2],
) -> (Vec<usize>, bool) {
    let k = kinds.len();
    let left: Vec<usize> = (0..k.min(ncols)).collect();
    if k == 0 || k >= ncols || ncols > 12 || near.iter().all(Option::is_none) {
        return (left, false);
    }
    let score = |cols: &[usize]| -> usize {
        near.iter()
            .flatten()
            .map(|n| {
                cols.iter()
                    .zip(kinds)
                    .filter(|(&c, &kd)| n.get(c) == Some(&kd))
                    .count()
            })
            .sum()
    };
    let base = score(&left);
    let mut best = (base, left.clone());
    for mask in 0u32..(1 << ncols) {
        if mask.count_ones() as usize != k {
            continue;
        }
        let cols: Vec<usize> = (0..ncols).filter(|c| mask & (1 << c) != 0).collect();
        let sc = score(&cols);
        // ties keep the earlier (more left-aligned) choice
        if sc > best.0 || (sc == best.0 && cols < best.1) {
            best = (sc, cols);
        }
    }
    if best.0 > base {
        (best.1, true)
    } else {
        (left, false)
    }
}

/// Row markers that make a sub-row.
fn is_wv(label: &str) -> bool {
    let l = label.to_lowercase();
    l.starts_with("wv ") || l.starts_with("w.v. ") || l.starts_with("waarvan ")
}

fn build_rows(
    lines: &[TextLine<'_>],
    raw: &[RawRow],
    scale: Option<Dec>,
    currency: Option<Currency>,
    loc: &Locator<'_>,
    diags: &mut Vec<Diagnostic>,
) -> Vec<Row> {
    struct Info {
        marked: bool,
        wv: bool,
        section: bool,
        /// Chars before the label on its line (`None` where the line is not the
        /// label's own).
        indent: Option<usize>,
        /// A total or balance, never a part by its indentation alone.
        closing: bool,
        /// The label opens in lower case, unmarked and unnumbered (`grond en
        /// gebouwen` under `Materiële activa`).
        lower: bool,
    }
    let mut infos = Vec::with_capacity(raw.len());
    let mut rows: Vec<Row> = Vec::with_capacity(raw.len());
    for r in raw {
        // Markdown's escapes (`\*`, `\-`, `1\.`, `BLA\'s`, pandoc) are not the label's
        let unescaped = al::md_unescape(&r.label);
        // (and its emphasis: `**Totaal baten**`)
        let bare = super::unemphasised(&unescaped);
        let (number, rest) = al::split_number(bare.as_deref().unwrap_or(&unescaped));
        let (marker, rest) = al::split_marker(rest);
        let (label, footnote) = al::split_footnote(rest);
        // a unit column's word names the unit; one it does not know is kept as printed
        let column_unit = r.unit.as_deref().map(|u| (u, unit_of_word(u)));
        let row_unit = match column_unit {
            Some((_, u)) => u,
            None => al::label_unit(label),
        };
        // (a unit cell with a scale, `€ mln`, `aantallen x 1.000`: the row's)
        let (scale, currency, row_unit) =
            super::with_unit_cell_scale(r.unit.as_deref(), scale, currency, row_unit);
        let row_end = lines.get(r.last).map_or(usize::MAX, |l| l.span().end);
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
        let indent = lines.get(r.first).and_then(|l| {
            let at = r.label_span.start.checked_sub(l.start)?;
            let lead = l.text.get(..at)?;
            lead.bytes().all(|b| b == b' ').then_some(at)
        });
        let lower = label.to_lowercase();
        infos.push(Info {
            // `waarvan eigen personeel` is a sub-row with or without a dash
            marked: marker.is_some() || is_wv(label),
            wv: is_wv(label),
            section,
            indent,
            closing: ["totaal", "subtotaal", "saldo", "resultaat"]
                .iter()
                .any(|w| lower.starts_with(w)),
            lower: marker.is_none()
                && number.is_none()
                && label.starts_with(char::is_lowercase)
                && !is_wv(label),
        });
        rows.push(Row {
            label: label.to_string(),
            canonical: super::canonical::canonical(label).map(str::to_string),
            level: 0,
            parent: None,
            section,
            number: number.map(str::to_string),
            footnote,
            unit: match column_unit {
                Some((raw, None)) => Some(raw.to_string()),
                _ => row_unit.map(|u| u.as_str().to_string()),
            },
            line: loc.line(r.label_span.start),
            // the whole row: label and values on its lines (not an OCR value spilled below)
            span: loc.span(
                cells_src
                    .iter()
                    .flatten()
                    .filter(|t| t.span.end <= row_end)
                    .fold(r.label_span, |a, t| a.cover(t.span)),
            ),
            cells,
        });
        debug_assert!(r.first <= r.last, "a row spans its lines in order");
    }
    // rows indented two or more spaces past the table's least indented label are
    // parts of the row above them, as a marker makes them (`Voorziening personeel` /
    // `    Reorganisatie` / `    Jubilea`); a total stays where its words put it
    // (only where nothing else marks the levels: no marker, number or section in
    // the table, whose renderings indent for other reasons, wrapping among them)
    // (labels centred in their column, as w3m prints a cell's text, are indented by
    // their length, not their level: every label's middle within a column of one
    // another)
    let middles = || {
        infos
            .iter()
            .zip(&rows)
            .filter_map(|(f, r)| f.indent.map(|d| 2 * d + r.label.chars().count()))
    };
    let centred = infos.len() >= 5
        && infos.iter().all(|f| f.indent.is_some())
        && infos
            .iter()
            .map(|f| f.indent)
            .collect::<std::collections::BTreeSet<_>>()
            .len()
            > 2
        && middles()
            .max()
            .zip(middles().min())
            .is_some_and(|(hi, lo)| hi - lo <= 3);
    let plain = !centred
        && infos.iter().all(|f| !f.marked && !f.section)
        && rows.iter().all(|r| r.number.is_none());
    if let Some(base) = infos
        .iter()
        .filter_map(|f| f.indent)
        .min()
        .filter(|_| plain)
    {
        for f in infos.iter_mut().skip(1) {
            if !f.marked && !f.closing && !f.section && f.indent.is_some_and(|d| d >= base + 2) {
                f.marked = true;
            }
        }
    }
    // rows whose labels open in lower case under a capitalised row are its parts
    // (`Materiële activa` / `grond en gebouwen` / `installaties`), where most of the
    // table's labels are capitalised (a table of lower-case labels nests nothing)
    let lowers = infos.iter().filter(|f| f.lower && !f.section).count();
    if lowers * 2 < infos.iter().filter(|f| !f.section).count() {
        for i in 1..infos.len() {
            let under = !infos[i - 1].lower || infos[i - 1].marked;
            if infos[i].lower && !infos[i].marked && !infos[i].section && under {
                infos[i].marked = true;
            }
        }
    }
    // hierarchy (DESIGN.md section 4)
    let n = rows.len();
    let mut groups: Vec<(usize, bool)> = Vec::new(); // (section row, has unmarked value rows)
    let mut last_unmarked: Option<usize> = None;
    let mut last_marked_plain: Option<usize> = None;
    // sections a later one closed, and whether a total stood inside a section
    let mut sections_closed = 0usize;
    let mut nested_total = false;
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
                sections_closed += 1;
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
            // a total printed at its sections' indentation or left of it, where their
            // rows stand deeper (`Netwerkoverstijgend` / `  Verkeersmanagement` /
            // `Totaal`): it closes them, a grand total
            // (one that names an open group, `Totaal eigen vermogen`, closes that
            // group below, as its own row)
            let label = rows[i].label.as_str();
            let named = label
                .get(..7)
                .filter(|h| h.eq_ignore_ascii_case("totaal "))
                .map(|_| label[7..].trim().to_lowercase());
            let names = |g: &(usize, bool)| {
                named.as_deref().is_some_and(|n| {
                    rows[g.0].label.trim_end_matches(':').trim().to_lowercase() == n
                })
            };
            let names_group = || groups.iter().any(names);
            // (only after other sections closed without totals of their own: a
            // section's own `Totaal` at its indentation, `Baten` / `  Subsidies` /
            // `Totaal`, stays the section's)
            // (and after a section that has its own subtotal already, indented with
            // its rows: `Voortgezet onderwijs` / `  Vmbo` / `  Subtotaal voortgezet
            // onderwijs` / `Totaal`)
            let own_total_before = groups
                .last()
                .is_some_and(|&(h, _)| infos[h + 1..i].iter().any(|f| f.closing));
            let grand = (sections_closed > 0 && !nested_total) || own_total_before;
            if let (true, Some(d)) = (info.closing && grand && !names_group(), info.indent) {
                while let Some(&(h, true)) = groups.last() {
                    let head = infos[h].indent;
                    let deeper = infos[h + 1..i]
                        .iter()
                        .filter(|f| !f.section)
                        .all(|f| f.indent.is_some_and(|c| head.is_some_and(|hd| c > hd)));
                    if deeper && head.is_some_and(|hd| d <= hd) {
                        groups.pop();
                    } else {
                        break;
                    }
                }
            }
            if let Some(g) = groups.last_mut() {
                g.1 = true;
            }
            let mut p = groups.last().map(|g| g.0);
            last_unmarked = Some(i);
            last_marked_plain = None;
            // a total that names an open group closes it and those inside it
            // (`Eigen vermogen` … `Totaal eigen vermogen`, `ACTIVA` … `TOTAAL
            // ACTIVA`): the rows after it are the outer group's
            if let Some(pos) = groups.iter().rposition(names) {
                p = Some(groups[pos].0);
                groups.truncate(pos);
            } else if let (true, Some(&(h, _))) = (info.closing, groups.last()) {
                // a total at its section's indentation, under rows indented deeper
                // (`Baten` / `    Lokale heffingen` / `Subtotaal baten`), closes
                // the section: a row after it at that indentation is no part of it
                // (`Saldo van baten en lasten`)
                let head = infos[h].indent;
                let rows_deeper = infos[h + 1..i]
                    .iter()
                    .filter(|f| !f.section)
                    .all(|f| f.indent.zip(head).is_some_and(|(c, hd)| c > hd));
                if h + 1 < i && rows_deeper && info.indent.zip(head).is_some_and(|(d, hd)| d <= hd)
                {
                    groups.pop();
                }
            }
            p
        };
        if info.marked && !info.wv {
            last_marked_plain = Some(i);
        }
        rows[i].parent = parent;
        rows[i].level = parent.map(|p| rows[p].level.saturating_add(1)).unwrap_or(0);
        nested_total |= infos[i].closing && parent.is_some();
    }
    // cash flow: the unnumbered parts above a numbered total belong to it
    // (and the parts numbered by its number and a letter: `3a.`, `3b.` above `3.`)
    let lettered_part = |part: Option<&str>, total: Option<&str>| match (part, total) {
        (None, _) => true,
        (Some(p), Some(t)) => p
            .trim_end_matches('.')
            .strip_suffix(|c: char| c.is_ascii_lowercase())
            .is_some_and(|d| d == t.trim_end_matches('.')),
        _ => false,
    };
    let opens_ci = |l: &str, w: &str| l.get(..w.len()).is_some_and(|h| h.eq_ignore_ascii_case(w));
    for i in 0..n {
        let label = rows[i].label.as_str();
        if rows[i].number.is_some() && (opens_ci(label, "totaal") || opens_ci(label, "totale ")) {
            let mut k = i;
            while k > 0
                && lettered_part(rows[k - 1].number.as_deref(), rows[i].number.as_deref())
                && !infos[k - 1].section
            {
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

    fn run(text: &str) -> Vec<Found> {
        super::super::find_in_text(text, find)
    }

    /// Years over runs of sub-columns of unequal size: by position where the years
    /// stand apart, by the phases where a year is centred over its run (two partings
    /// by position) and where one space parts the words; none where the phases
    /// cannot tell either.
    #[test]
    fn years_over_runs_of_unequal_size() {
        let labels = |t: &str, next: Option<&str>, years: &str| {
            let cols = hdr::year_line(years).unwrap();
            uneven_sub_columns(t, next, &cols).map(|(c, w)| {
                let l: Vec<String> = c.into_iter().map(|c| c.text).collect();
                (l, w)
            })
        };
        let years = "                                          2024                    2023";
        let line = "                        Begroting    Rekening    Verschil    Rekening";
        let want: Vec<String> = [
            "Begroting na wijz. 2024",
            "Rekening 2024",
            "Verschil 2024",
            "Rekening 2023",
        ]
        .map(String::from)
        .to_vec();
        assert_eq!(
            labels(line, Some("                        na wijz."), years),
            Some((want.clone(), true))
        );
        // (centred: `Verschil` nearer 2023, yet no year's run opens with it)
        let years = "                                      2024                       2023";
        assert_eq!(
            labels(line, Some("                        na wijz."), years),
            Some((want, true))
        );
        assert_eq!(
            labels("Rekening Begroting Rekening Verschil", None, "2023 2024").map(|l| l.0),
            Some(
                [
                    "Rekening 2023",
                    "Begroting 2024",
                    "Rekening 2024",
                    "Verschil 2024"
                ]
                .map(String::from)
                .to_vec()
            )
        );
        // (`Begroting` / `Realisatie Prognose` or `Begroting Realisatie` / `Prognose`)
        assert_eq!(
            labels("Begroting Realisatie Prognose", None, "2023 2024"),
            None
        );
    }

    #[test]
    fn status_in_words_after_the_values() {
        let raws = |text: &str, mode: Mode| {
            words_status(text, mode, 3).map(|(le, toks)| {
                let cells: Vec<&str> = toks.iter().map(|t| &text[t.start..t.end]).collect();
                (text[..le].to_string(), cells.join("|"))
            })
        };
        assert_eq!(
            raws("Meldingen (%)   85   90   Loopt achter  ", Mode::Positional),
            Some(("Meldingen (%)".into(), "85|90|Loopt achter".into()))
        );
        assert_eq!(
            raws("Meldingen 85 90 Loopt achter", Mode::Plain),
            Some(("Meldingen".into(), "85|90|Loopt achter".into()))
        );
        assert_eq!(
            raws("Meldingen   –   n.v.t.   Uitgesteld", Mode::Positional),
            Some(("Meldingen".into(), "–|n.v.t.|Uitgesteld".into()))
        );
        // not words: digits, a value, five words, too few values, no value at all
        for (t, m) in [
            ("Meldingen   85   90   Fase 2", Mode::Positional),
            ("Meldingen 85 90 n.v.t.", Mode::Plain),
            ("Meldingen 85 90 loopt nog iets achter dan", Mode::Plain),
            ("Meldingen   90   Loopt achter", Mode::Positional),
            ("Meldingen loopt achter", Mode::Plain),
        ] {
            assert_eq!(raws(t, m), None, "{t}");
        }
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

    /// elinks wraps a long number inside its narrow column: the last group stands
    /// on the line below, where the cell begins; two cells one space apart on the
    /// line above are split where a tail shows a cell begins.
    #[test]
    fn number_groups_wrapped_in_narrow_columns() {
        let t = "Tabel 2 Raming (bedragen x € 1.000)\n\
                 \x20                    2023     2024      2025\n\
                 Opbrengst moeder     1 012    998 210   985 000\n\
                 \x20                    345\n\
                 Rentebaten           -        –         0\n\
                 Totaal baten         1 222    1 203 210 1 185\n\
                 \x20                    905                000\n\n\n\
                 De toelichting op de verschillen staat hieronder.\n";
        let f = run(t);
        assert_eq!(f.len(), 1);
        let f = &f[0];
        assert_eq!(f.table.rows.len(), 3);
        assert_eq!(cell(f, 0, 0).as_deref(), Some("1 012 345"));
        assert_eq!(cell(f, 0, 1).as_deref(), Some("998 210"));
        assert_eq!(cell(f, 2, 0).as_deref(), Some("1 222 905"));
        assert_eq!(cell(f, 2, 1).as_deref(), Some("1 203 210"));
        assert_eq!(cell(f, 2, 2).as_deref(), Some("1 185 000"));
        let c = f.table.rows[2].cells[2].as_ref().unwrap();
        assert_eq!(
            c.value.map(|d| d.to_string()).as_deref(),
            Some("1185000000")
        );
        // the cell points at both lines it was printed on
        assert_eq!((c.line, f.table.rows[2].line), (6, 6));
        assert!(c.span.end - c.span.start > "1 185 000".len());
    }

    /// A browser at 80 columns wraps text values inside their narrow cells: `niet`
    /// on the row's line, `uitgevoerd` below it in the same column; a label's rest
    /// below (`(MTO)`) stays the label's, and values one space apart part.
    #[test]
    fn text_values_wrapped_in_their_columns() {
        let t = "Tabel 39 Kengetallen\n\
                 \x20                                    2020       2021       2022\n\
                 Medewerkerstevredenheidsonderzoek 7,0        niet       7,1\n\
                 \x20             (MTO)                          uitgevoerd\n\
                 \x20           Benchmark            uitgevoerd niet       gepland\n\
                 \x20                                           uitgevoerd\n\
                 \x20       Fte-totaal               329        353        394\n\n\n\
                 De toelichting op de verschillen staat hieronder.\n";
        let f = run(t);
        assert_eq!(f.len(), 1);
        let f = &f[0];
        let rows: Vec<(&str, Vec<Option<String>>)> = f
            .table
            .rows
            .iter()
            .map(|r| {
                let cells = r
                    .cells
                    .iter()
                    .map(|c| c.as_ref().map(|c| c.raw.clone()))
                    .collect();
                (r.label.as_str(), cells)
            })
            .collect();
        let s = |v: &str| Some(v.to_string());
        assert_eq!(
            rows,
            [
                (
                    "Medewerkerstevredenheidsonderzoek (MTO)",
                    vec![s("7,0"), s("niet uitgevoerd"), s("7,1")]
                ),
                (
                    "Benchmark",
                    vec![s("uitgevoerd"), s("niet uitgevoerd"), s("gepland")]
                ),
                ("Fte-totaal", vec![s("329"), s("353"), s("394")]),
            ]
        );
        let c = f.table.rows[1].cells[1].as_ref().unwrap();
        assert_eq!((c.kind.as_str(), c.unit.as_str()), ("text", "text"));
    }

    /// lynx drops empty cells: `– 12,6` one value short is a nil and 12,6 where the
    /// table writes negative amounts in parentheses, and stays −12,6 where its full
    /// rows write them with a dash.
    #[test]
    fn spaced_dash_in_a_short_plain_row() {
        let table = |saldo: &str| {
            format!(
                "Tabel 3.4 Baten en lasten (x € 1 mln)\n\n  2023 2024 2025\n\
                 Bijdrage moederdepartement 412,3 398,1 (14,2)\n\
                 Overige baten – 12,6 12,6\n\
                 Saldo {saldo}\n\n\
                 De toelichting op de verschillen staat hieronder in de tekst.\n"
            )
        };
        let f = run(&table("9,8 (5,5) (15,3)"));
        assert_eq!(f.len(), 1);
        let raw: Vec<Option<String>> = (0..3).map(|c| cell(&f[0], 1, c)).collect();
        assert_eq!(
            raw,
            [Some("–".into()), Some("12,6".into()), Some("12,6".into())]
        );
        assert_eq!(f[0].table.rows[1].cells[0].as_ref().unwrap().unit, "nil");
        let f = run(&table("9,8 – 5,5 – 15,3"));
        let c = f[0].table.rows[1].cells.iter().flatten().next().unwrap();
        assert_eq!(
            (c.raw.as_str(), c.value.map(|v| v.to_string())),
            ("– 12,6", Some("-12600000".into()))
        );
    }

    /// Norms printed with a bound, as a sign or in words, are cells with a
    /// qualifier; the words do not stay in the label.
    #[test]
    fn norm_column_with_bounds_in_words() {
        let t = "Tabel 3 Prestatie-indicatoren\n\n\
                 Indicator                       Norm               2022      2023\n\
                 Tijdig beslist                  minimaal 95%       96,1%     94,0%\n\
                 Doorlooptijd bezwaar (dagen)    ten hoogste 42     40        45\n\
                 Klachten                        minder dan 100     88        120\n\
                 Beschikbaarheid                 ≥ 99%              99,5%     99,8%\n\n\
                 De toelichting op de verschillen staat hieronder in de tekst.\n";
        let f = run(t);
        assert_eq!(f.len(), 1);
        let f = &f[0];
        let got: Vec<(&str, &str, Option<&str>)> = f
            .table
            .rows
            .iter()
            .map(|r| {
                let c = r.cells[0].as_ref().unwrap();
                (r.label.as_str(), c.raw.as_str(), c.qualifier.as_deref())
            })
            .collect();
        assert_eq!(
            got,
            [
                ("Tijdig beslist", "minimaal 95%", Some("at_least")),
                (
                    "Doorlooptijd bezwaar (dagen)",
                    "ten hoogste 42",
                    Some("at_most")
                ),
                ("Klachten", "minder dan 100", Some("less_than")),
                ("Beschikbaarheid", "≥ 99%", Some("at_least")),
            ]
        );
        assert_eq!(cell(f, 0, 1).as_deref(), Some("96,1%"));
        assert!(f.table.rows[0].cells[1]
            .as_ref()
            .unwrap()
            .qualifier
            .is_none());
    }

    /// lynx wraps a long row line at its width: the last value (or the last group of
    /// one) stands alone on the next line and belongs to the row.
    #[test]
    fn plain_row_wrapped_at_the_browser_width() {
        let t = "Tabel 11.1 Budgettaire gevolgen (bedragen x € 1.000)\n\n\
                 Omschrijving 2023 2024 2025 2026 2027 2028 2029\n\
                 Verplichtingen 98 560 101 200 112 305 99 870 97 010 96 400 96 400\n\
                 - Bijdrage aan agentschappen 25 300 26 700 29 500 26 500 25 800 25 500\n\
                 25 500\n\
                 - Subsidies (regelingen) 12 400 13 100 15 600 12 000 11 500 11 000 11\n\
                 000\n\
                 Apparaatsuitgaven 12 098 12 250 12 450 12 602 12 600 12 620 12 620\n\n\
                 De toelichting op de verschillen staat hieronder.\n";
        let f = run(t);
        assert_eq!(f.len(), 1);
        let f = &f[0];
        assert_eq!(f.table.rows.len(), 4);
        assert_eq!(cell(f, 1, 5).as_deref(), Some("25 500"));
        assert_eq!(cell(f, 1, 6).as_deref(), Some("25 500"));
        assert_eq!(cell(f, 2, 6).as_deref(), Some("11 000"));
        assert_eq!(cell(f, 3, 0).as_deref(), Some("12 098"));
        let v = f.table.rows[1].cells[6].as_ref().unwrap().value;
        assert_eq!(v.map(|d| d.to_string()).as_deref(), Some("25500000"));
    }

    /// Browsers at 80 columns wrap a cash-flow label around the line of its values:
    /// the first part above, the row number and a date on the values' line, an
    /// arithmetic note below; a date under a row's values goes on its label.
    #[test]
    fn labels_wrapped_around_their_values_with_dates() {
        let t = "Kasstroomoverzicht (bedragen x € 1.000)\n\
                 \x20                         2012    2013    2014\n\
                 1. Rekening-courant RHB   20.687  0       0\n\
                 \x20  1 januari 2013\n\
                 2. Totaal operationele    29.988  1.469   1.381\n\
                 \x20  kasstroom\n\
                 \x20   Rekening-courant RHB\n\
                 5.  31 december 2013 (=   53.470  0       0\n\
                 \x20         1+2+3+4)\n\n\
                 Operationele kasstroom\n";
        let f = run(t);
        assert_eq!(f.len(), 1);
        let f = &f[0];
        let rows: Vec<(&str, Option<&str>)> = f
            .table
            .rows
            .iter()
            .map(|r| (r.label.as_str(), r.number.as_deref()))
            .collect();
        assert_eq!(
            rows,
            [
                ("Rekening-courant RHB 1 januari 2013", Some("1.")),
                ("Totaal operationele kasstroom", Some("2.")),
                (
                    "Rekening-courant RHB 31 december 2013 (=1+2+3+4)",
                    Some("5.")
                ),
            ]
        );
        assert_eq!(cell(f, 2, 0).as_deref(), Some("53.470"));
    }

    /// A token given back to a wrapped label goes where it stood: after the first
    /// line's part, before the wrapped rest.
    #[test]
    fn tokens_return_to_the_first_lines_part_of_a_label() {
        let mut r = RawRow {
            label: "5. Rekening-courant RHB december".into(),
            label_span: Span::default(),
            first: 0,
            last: 1,
            toks: Vec::new(),
            cells: None,
            evidence: false,
            unit: None,
            first_len: "5. Rekening-courant RHB".len(),
        };
        r.label_takes("31");
        assert_eq!(r.label, "5. Rekening-courant RHB 31 december");
        r.label_takes("(a)");
        assert_eq!(r.label, "5. Rekening-courant RHB 31 (a) december");
        r.first_len = r.label.len();
        r.label_takes("x");
        assert_eq!(r.label, "5. Rekening-courant RHB 31 (a) december x");
    }

    /// lynx prints a unit column spaced like prose: `Eenheid` heads the stub, the
    /// unit is the label's last word when it names one, and a number wrapped at its
    /// group space (`800` / `000`) is joined again.
    #[test]
    fn plain_unit_column_and_a_number_wrapped_at_its_group_space() {
        let t = "Tabel 8 Doelmatigheid\n\n  Eenheid 2021 2022 Streefwaarde 2023\n\
                 Aantal aanvragen studiefinanciering aantal 812 400 798 350 800\n000\n\
                 Tijdig afgehandeld % 96,1% 95,4% 95%\n\
                 Kosten per aanvraag € € 18,20 € 19,05 € 19,00\n\
                 Klachten gegrond aantal 1.204 988 < 1.100\n\n\
                 De toelichting op de verschillen staat hieronder in de tekst.\n";
        let f = run(t);
        assert_eq!(f.len(), 1);
        let f = &f[0];
        let cols: Vec<&str> = f.table.columns.iter().map(|c| c.label.as_str()).collect();
        assert_eq!(cols, ["2021", "2022", "Streefwaarde 2023"]);
        let labels: Vec<(&str, Option<&str>)> = f
            .table
            .rows
            .iter()
            .map(|r| (r.label.as_str(), r.unit.as_deref()))
            .collect();
        assert_eq!(
            labels,
            [
                ("Aantal aanvragen studiefinanciering", Some("count")),
                ("Tijdig afgehandeld", Some("%")),
                ("Kosten per aanvraag", Some("EUR")),
                ("Klachten gegrond", Some("count")),
            ]
        );
        assert_eq!(cell(f, 0, 2).as_deref(), Some("800 000"));
        assert_eq!(cell(f, 2, 0).as_deref(), Some("€ 18,20"));
        assert_eq!(cell(f, 3, 2).as_deref(), Some("< 1.100"));
        let v = f.table.rows[0].cells[2].as_ref().unwrap().value;
        assert_eq!(v.map(|d| d.to_string()).as_deref(), Some("800000"));
    }

    #[test]
    fn positional_cells_one_space_apart_split_at_the_column_edge() {
        // w3m pads a column to its widest cell plus one space: `1 012 345` and
        // `998 210` touch, but `998 210` starts where every cell under 2024 starts
        let t = "Tabel 2 Meerjarenraming (bedragen x € 1.000)\n\
                 Omschrijving                  2023      2024      2025\n\
                 Opbrengst moederdepartement   1 012 345 998 210   985 000\n\
                 Opbrengst derden              210 560   205 000   200 000\n\
                 Totaal baten                  1 222 905 1 203 210 1 185 000\n\n\
                 Dit is een zin na de tabel die eindigt met een punt.\n";
        let f = run(t);
        assert_eq!(f.len(), 1);
        let f = &f[0];
        let raw = |r, c| cell(f, r, c);
        assert_eq!(raw(0, 0).as_deref(), Some("1 012 345"));
        assert_eq!(raw(0, 1).as_deref(), Some("998 210"));
        assert_eq!(raw(0, 2).as_deref(), Some("985 000"));
        assert_eq!(raw(2, 0).as_deref(), Some("1 222 905"));
        assert_eq!(raw(2, 1).as_deref(), Some("1 203 210"));
        let v = f.table.rows[0].cells[1].as_ref().unwrap().value;
        assert_eq!(v.map(|d| d.to_string()).as_deref(), Some("998210000"));
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
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(1000))]
        /// Never panics; tables claim ordered, in-bounds line ranges; spans stay in the text.
        #[test]
        fn never_panics_and_stays_in_bounds(words in proptest::collection::vec(
            proptest::sample::select(vec![
                "2019", "2020", "2021", " ", "   ", "\u{a0}", "\n", "\n\n", "€ 0,4", "n.b.", "– 1.200", "-", "—-6",
                "98 560", "niet", "uitgevoerd", "Label", "wv", "* ", ". ", "(", ")", "-----", "---- ---", ": Tabel",
                "(x € 1.000)", "\u{c}", "Realisatie", "begroting", "OIN-", "mln.", "1.", "¹", "é", "januari",
                "_", "o", "99,", "min", "(1)", "(3)=(2)-(1)", "Verschil", "Bedragen x € 1.000", "2022¹", "€",
                "  ", "----------", "nvt.", "(%)1", "^1 Tekst.", "1", "¹ Noot",
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
    fn phase_and_year_in_one_header_line() {
        for t in [
            "Tabel 5 Apparaatsuitgaven (bedragen x € 1.000)\nRealisatie 2021 Begroting 2022 Verschil\nPersoneel 1.200 1.350 150\nMaterieel (1.200) p.m. – 3 783\n",
            "Tabel 5 Apparaatsuitgaven (bedragen x € 1.000)\n                 Realisatie 2021   Begroting 2022     Verschil\nPersoneel                  1.200            1.350          150\nMaterieel                (1.200)             p.m.      – 3 783\n",
        ] {
            let f = run(t);
            assert_eq!(f.len(), 1, "{t}");
            let cols: Vec<_> = f[0].table.columns.iter().map(|c| (c.label.as_str(), c.year, c.phase.as_deref())).collect();
            assert_eq!(
                cols,
                vec![
                    ("Realisatie 2021", Some(2021), Some("realisatie")),
                    ("Begroting 2022", Some(2022), Some("begroting")),
                    ("Verschil", None, Some("verschil")),
                ],
                "{t}"
            );
            let r = &f[0].table.rows[1];
            let v: Vec<_> = r.cells.iter().map(|c| c.as_ref().and_then(|c| c.value).map(|d| d.to_string())).collect();
            assert_eq!(v, vec![Some("-1200000".into()), None, Some("-3783000".into())], "{t}");
            assert_eq!(r.cells[1].as_ref().unwrap().unit, "pm");
        }
    }

    #[test]
    fn scale_caption_in_the_year_line() {
        let t = "Tabel 7 Baten en lasten\nBedragen x € 1.000                 2021        2022\nOmzet moederdepartement          98 560     101 200\nOmzet derden                        – 12          p.m.\n";
        let f = run(t);
        assert_eq!(f.len(), 1);
        let tb = &f[0].table;
        assert_eq!(tb.title.as_deref(), Some("Tabel 7 Baten en lasten"));
        assert_eq!(tb.caption.as_deref(), Some("Bedragen x € 1.000"));
        assert_eq!(
            tb.rows[0].cells[0]
                .as_ref()
                .unwrap()
                .value
                .unwrap()
                .to_string(),
            "98560000"
        );
        assert_eq!(
            tb.rows[1].cells[0]
                .as_ref()
                .unwrap()
                .value
                .unwrap()
                .to_string(),
            "-12000"
        );
        assert_eq!(tb.columns[1].label, "2022");
    }

    #[test]
    fn lost_cells_placed_by_neighbouring_kinds() {
        // OCR lost one `n.b.`: the complete row below shows where the percentages stand
        let t = "Tabel 2 Beschikbaarheid\n2019 2020 2021 2022 2022\nDigiD n.b. 99,78% 99,91% 99,5%\nDiginetwerk n.b. n.b. 100,00% 100,00% 99,9%\n";
        let f = run(t);
        let r = &f[0].table.rows[0];
        let raws: Vec<_> = r
            .cells
            .iter()
            .map(|c| c.as_ref().map(|c| c.raw.as_str()))
            .collect();
        assert_eq!(
            raws,
            vec![
                Some("n.b."),
                None,
                Some("99,78%"),
                Some("99,91%"),
                Some("99,5%")
            ]
        );
        let d = &f[0].diagnostics[0];
        assert_eq!(d.code, "cell_placement_guessed");
        assert!(d.message.contains("neighbouring rows"), "{}", d.message);
        // no evidence: from the left
        let (c, by) = columns_by_kinds(&[Kind::Number, Kind::Number], 3, [None, None]);
        assert_eq!((c, by), (vec![0, 1], false));
    }

    #[test]
    fn rule_above_a_total_does_not_end_the_table() {
        let t = "Baten (x € 1.000)\n                 2021      2022\nOmzet             100       200\nRente              20        10\n--------------------------------\nTotaal            120       210\n--------------------------------\nDe omzet steeg. Dat kwam door meer gebruik van de diensten door de klanten.\n";
        let f = run(t);
        assert_eq!(f.len(), 1);
        let rows = &f[0].table.rows;
        assert_eq!(rows.len(), 3);
        assert_eq!(rows[2].label, "Totaal");
        assert_eq!(f[0].lines, (0, 7));
    }

    #[test]
    fn another_agency_phases_under_the_years() {
        let t = "Tabel 12 Begroting van baten en lasten (bedragen x € 1.000)\n                                              2022           2023        2024\n                                       Realisatie    Vastgestelde      Raming\n                                                        begroting\nBaten\nOmzet moederdepartement                   98 560        101 200     103 000\nOmzet overige departementen                1 200           p.m.           –\nTotaal baten                              99 760        101 200     103 000\n\nLasten\nApparaatskosten                           95 000         99 000     101 000\n- personele kosten                        60 000         62 000      63 000\n  waarvan eigen personeel                 50 000         51 000      52 000\nSaldo van baten en lasten                  4 760          2 200       2 000\n\nToelichting\nDe baten stijgen in 2023 door de groei van het gebruik van de diensten.\n";
        let f = run(t);
        assert_eq!(f.len(), 1);
        let tb = &f[0].table;
        let cols: Vec<_> = tb
            .columns
            .iter()
            .map(|c| (c.label.as_str(), c.phase.as_deref()))
            .collect();
        assert_eq!(
            cols,
            vec![
                ("Realisatie 2022", Some("realisatie")),
                ("Vastgestelde begroting 2023", Some("begroting")),
                ("Raming 2024", Some("raming")),
            ]
        );
        let labels: Vec<_> = tb
            .rows
            .iter()
            .map(|r| (r.label.as_str(), r.level))
            .collect();
        assert_eq!(
            labels,
            vec![
                ("Baten", 0),
                ("Omzet moederdepartement", 1),
                ("Omzet overige departementen", 1),
                ("Totaal baten", 1),
                ("Lasten", 0),
                ("Apparaatskosten", 1),
                ("personele kosten", 2),
                ("waarvan eigen personeel", 3),
                ("Saldo van baten en lasten", 1),
            ]
        );
        let v = |r: usize, c: usize| {
            tb.rows[r].cells[c]
                .as_ref()
                .map(|c| (c.raw.clone(), c.unit.clone()))
        };
        assert_eq!(v(1, 0), Some(("98 560".into(), "EUR".into())));
        assert_eq!(
            tb.rows[1].cells[0]
                .as_ref()
                .unwrap()
                .value
                .unwrap()
                .to_string(),
            "98560000"
        );
        assert_eq!(v(2, 1), Some(("p.m.".into(), "pm".into())));
        assert_eq!(v(2, 2), Some(("–".into(), "nil".into())));
        assert_eq!(f[0].lines, (0, 14));
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
    fn sentence_ending_in_an_amount_after_a_positional_table_is_not_a_row() {
        let table = "Tabel 1 Lasten (bedragen x € 1.000)\n\n                          2013        2014\nPersonele kosten         1.500       2.000\nMateriële kosten         1.700       2.000\nTotaal lasten            3.200       4.000\n\n";
        for prose in [
            "Het totaal bedraagt € 4 mln.",
            "De personele kosten bedragen in 2014 € 2 mln. en de materiële kosten bedragen € 2 mln.",
        ] {
            let f = run(&format!("{table}{prose}\n"));
            assert_eq!(f.len(), 1, "{prose}");
            let rows: Vec<&str> = f[0].table.rows.iter().map(|r| r.label.as_str()).collect();
            assert_eq!(
                rows,
                ["Personele kosten", "Materiële kosten", "Totaal lasten"],
                "{prose}"
            );
            assert_eq!(f[0].lines, (0, 6), "{prose}");
        }
        // a row whose long label nearly touches its only value still belongs to the
        // table, also when that value is a marker with full stops
        for (row, raw) in [
            ("Bijdrage aan de uitvoerders 50", "50"),
            ("Bijdragen aan alle ZBO's p.m.", "p.m."),
            ("Bijdragen aan alle ZBO's n.v.t.", "n.v.t."),
        ] {
            let f = run(&format!(
                "{table}{row}                        \nOverig                   10          20\n"
            ));
            assert_eq!(f[0].table.rows.len(), 5, "{row}");
            assert_eq!(cell(&f[0], 3, 0).as_deref(), Some(raw), "{row}");
            assert_eq!(cell(&f[0], 4, 1).as_deref(), Some("20"), "{row}");
        }
    }

    #[test]
    fn a_run_of_sentences_is_a_paragraph() {
        assert!(prose_paragraph(
            "De post Onderhoud lag € 13,7 mln. boven de begroting door extra maatregelen in verband met COVID-19. Het aantal fte steeg"
        ));
        assert!(prose_paragraph(
            "De lasten lagen hoger door de extra inzet van personeel in het najaar."
        ));
        // a wrapped label: no sentence ends in it
        assert!(!prose_paragraph(
            "Bijdragen aan provincies, gemeenten en waterschappen voor de uitvoering van de regeling (excl. btw)"
        ));
        // few words, or many numbers
        assert!(!prose_paragraph(
            "Overige lasten en baten. Zie toelichting."
        ));
        assert!(!prose_paragraph(
            "Rekening-courant 1 januari 2013 5. 31 december 2013 (= 1+2+3+4) 12 14 16. Stand"
        ));
        // an abbreviation's stop before a capital ends no sentence
        assert!(!prose_paragraph(
            "Bijdragen aan de uitvoering van de regeling excl. BTW en de bijdragen aan de provincies"
        ));
    }

    #[test]
    fn prose_runs_over_the_value_columns() {
        let p = "In de eerste vier maanden van 2024 zijn 1.234 aanvragen behandeld,";
        assert!(prose_over_columns(p, 44));
        // a label, even a long one, stays left of the first value column
        assert!(!prose_over_columns(
            "Bijdragen aan provincies, gemeenten en",
            44
        ));
        // laid out in columns, or too few words
        assert!(!prose_over_columns(
            "Omzet moederdepartement en overige  12  13",
            30
        ));
        assert!(!prose_over_columns(
            "Totaal apparaatsuitgaven kerndepartement inclusief",
            30
        ));
        assert!(!prose_over_columns(p, 0));
    }

    #[test]
    fn prose_with_numbers_is_no_table() {
        let t = "De begrote € 249,4 mln. De uitgaven zijn € 21,9 mln.\nhoger dan de begrote € 249,4 mln. In 2022 zijn er\ngeen investeringen in 2021 2022 gepleegd.\n";
        assert!(run(t).is_empty());
    }
}
