//! Tables printed column by column. Tesseract's page segmentation reads a sparse
//! table (few columns, a wide gap between labels and values) as separate text
//! blocks: under the title all the row labels, then, further down and often after
//! the next table's labels, each column (or group of columns) as a block of its own:
//! its header (`Realisatie 2022`, `2021`, `2022 2023`, `Mutatie`), then one line of
//! values per row.
//!
//! In: the cleaned lines. Out: [`Found`] tables with `layout: "blocks"`.
//!
//! A numbered title (`Tabel 7 …`) followed by labels only, up to prose or the next
//! title, opens a label block (or by a column label and labels that each end in
//! one value: the first column, which Tesseract left beside the labels). Every block of values after it (header lines, then
//! lines of values only, each with as many values as the header names columns) is
//! given to the one label block whose row count it matches: all its labels, or all
//! but the section heads (`Baten`, `Lasten`); a block that fits no label block, or
//! more than one, is left alone. A label block with two or more columns so given is
//! handed to the [`flat`] reader as cells on lines of their own (as for
//! [piped](super::piped) tables); every value keeps its own offset and line, so its
//! span points at where it stands, far below its label. The table claims the lines
//! from its title to its last label; the value blocks stay text.

use std::borrow::Cow;

use super::aligned_line as al;
use super::piped::{context_above, read_view, Text, EMPTY_CELL};
use super::{flat, unit_of_word, Found};
use crate::grammar::{table_caption, Style};
use crate::segment::TextLine;
use crate::span::Locator;

/// At most this many labels in one label block.
const MAX_LABELS: usize = 60;

/// Value blocks are looked for at most this many lines after the last label block.
const LOOK_AHEAD: usize = 600;

/// A block of values is offered to at most this many label blocks before it.
const NEAR_BLOCKS: usize = 16;

/// A block of values ends at this many blank lines in a row.
const MAX_BLANK: usize = 3;

/// At most this many columns in one value block.
const MAX_BLOCK_COLUMNS: usize = 8;

/// A label block: the title's line, the labels (line index, text start offset in the
/// line, text), whether `Eenheid` heads a unit column (each label's last word), and
/// the line after the last label.
struct Labels<'a> {
    title: usize,
    labels: Vec<(usize, &'a str)>,
    units: bool,
    end: usize,
    /// The first column printed beside the labels (`Realisatie 2022` over
    /// `Personeel 8,4`): its header and each label line's value (byte range).
    first: Option<(Cow<'a, str>, Vec<std::ops::Range<usize>>)>,
}

/// A block of values: its column labels (made from its header lines) and, per row,
/// the values' (line index, byte range in the line).
struct Values {
    columns: Vec<String>,
    rows: Vec<Vec<(usize, std::ops::Range<usize>)>>,
}

fn trimmed<'a>(l: &TextLine<'a>) -> &'a str {
    l.text.trim()
}

/// Finds the tables printed column by column in `lines`.
pub fn find(lines: &[TextLine<'_>], loc: &Locator<'_>) -> Vec<Found> {
    let mut blocks: Vec<Labels<'_>> = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let t = trimmed(&lines[i]);
        // (a numbered title begins with `T`: most lines are ruled out by one byte)
        if t.as_bytes().first().is_some_and(|b| b | 0x20 == b't') && flat::numbered_title(t) {
            if let Some(b) = label_block(lines, i) {
                i = b.end;
                blocks.push(b);
                continue;
            }
        }
        i += 1;
    }
    if blocks.is_empty() {
        return Vec::new();
    }
    // the value blocks after the first label block, each given to the one label
    // block it fits
    let from = blocks[0].end;
    let until = (blocks.last().map_or(from, |b| b.end) + LOOK_AHEAD).min(lines.len());
    let mut given: Vec<Vec<Values>> = (0..blocks.len()).map(|_| Vec::new()).collect();
    let mut j = from;
    while j < until {
        let Some((v, next)) = value_block(lines, j, until) else {
            j += 1;
            continue;
        };
        // the label blocks before `j`, the nearest [`NEAR_BLOCKS`] within
        // [`LOOK_AHEAD`] lines (a table's values stand near its labels, and the work
        // per block of values stays bounded); every block of a table has the same
        // rows (a block that fits only with other rows taking values than the first
        // block's would misplace them)
        let before = blocks.partition_point(|b| b.end <= j);
        let fits: Vec<usize> = (before.saturating_sub(NEAR_BLOCKS)..before)
            .filter(|&b| {
                j - blocks[b].end <= LOOK_AHEAD
                    && takers(&blocks[b], v.rows.len()).is_some()
                    && given[b].first().is_none_or(|f| f.rows.len() == v.rows.len())
                    // (a column label the table has already: another table's block)
                    && !given[b]
                        .iter()
                        .any(|g| g.columns.iter().any(|c| v.columns.contains(c)))
            })
            .collect();
        // where two tables or more fit, the one whose columns already name the
        // block's phase (`Raming 2025` after `Raming 2024`) takes it; plain years
        // name none and stay open
        let fits = match phase_word(&v.columns) {
            Some(p) if fits.len() > 1 => fits
                .into_iter()
                .filter(|&b| {
                    let first = blocks[b].first.iter().map(|f| f.0.as_ref());
                    let given = given[b]
                        .iter()
                        .flat_map(|g| g.columns.iter().map(String::as_str));
                    first.chain(given).any(|c| {
                        phase_word(std::slice::from_ref(&c)).as_deref() == Some(p.as_str())
                    })
                })
                .collect(),
            _ => fits,
        };
        if let [b] = fits[..] {
            given[b].push(v);
        }
        j = next;
    }
    let mut out = Vec::new();
    for (b, values) in blocks.iter().zip(given) {
        let ncols: usize =
            values.iter().map(|v| v.columns.len()).sum::<usize>() + usize::from(b.first.is_some());
        if ncols < 2 || values.is_empty() {
            continue;
        }
        if let Some(f) = read(lines, b, &values, loc) {
            out.push(f);
        }
    }
    out
}

/// The label block under the title at line `t`: labels only (no values, no column
/// labels), an `Eenheid` or scale line right under the title skipped, up to prose,
/// the next numbered title or a blank stretch of three lines; or, under a column
/// label, labels that each end in one value (the first column). None when fewer than
/// two labels, or a value or column label comes first.
fn label_block<'a>(lines: &[TextLine<'a>], t: usize) -> Option<Labels<'a>> {
    let mut labels: Vec<(usize, &'a str)> = Vec::new();
    let mut units = false;
    let mut first: Option<(Cow<'a, str>, Vec<std::ops::Range<usize>>)> = None;
    let mut blank = 0;
    let mut j = t + 1;
    while j < lines.len() && labels.len() < MAX_LABELS {
        let s = trimmed(&lines[j]);
        if s.is_empty() {
            blank += 1;
            if blank >= 3 {
                break;
            }
            j += 1;
            continue;
        }
        blank = 0;
        // (and the stub that names the label column, `Kengetal`, over the labels)
        if labels.is_empty()
            && (super::is_unit_header(s)
                || table_caption(s).is_some()
                || (first.is_none() && super::is_label_column_header(s)))
        {
            units |= super::is_unit_header(s);
            j += 1;
            continue;
        }
        if flat::numbered_title(s) || flat::is_prose(s) {
            break;
        }
        // a column label right under the title, then labels each with one value:
        // the first column beside the labels (Tesseract kept it on their lines)
        if labels.is_empty() && first.is_none() && !units {
            // (after the stub that names the label column, on the same line: `Product
            // jan-apr 2023`)
            let head = match s.split_once(' ') {
                Some((stub, rest)) if super::is_label_column_header(stub) => rest.trim(),
                _ => s,
            };
            if flat::is_column_label(head) {
                first = Some((Cow::Borrowed(head), Vec::new()));
                j += 1;
                continue;
            }
            // the tail of a paragraph that OCR set under the title (`83 procent.`;
            // a number or four words: `Theorie-examens incl. herexam.` is a label)
            if ends_sentence(s)
                && (crate::grammar::value::has_ascii_digit(s.as_bytes())
                    || s.split_whitespace().count() >= 4)
            {
                j += 1;
                continue;
            }
        }
        if let Some((head, values)) = first.as_mut() {
            // the first column's year under its phase (`Realisatie` / `2021`)
            if values.is_empty()
                && flat::is_year_or_arith_label(s)
                && !flat::is_year_or_arith_label(head)
            {
                *head = Cow::Owned(format!("{head} {s}"));
                j += 1;
                continue;
            }
            let text = lines[j].text;
            let (le, toks) = al::values_from_right(text, plain(), 2);
            let label = text[..le].trim();
            if values.is_empty() && toks.is_empty() && !has_value(text) {
                // a column label over labels without values (`Vastgestelde begroting`
                // / `1. Baten`): the first block's header, printed apart; the labels
                // are read as such, without it
                first = None;
                if flat::is_column_label(s) {
                    return None;
                }
                labels.push((j, s));
                j += 1;
                continue;
            }
            if toks.len() != 1 || label.is_empty() || has_value(label) {
                return None;
            }
            values.push(toks[0].start..toks[0].end);
            labels.push((j, label));
            j += 1;
            continue;
        }
        if flat::is_column_label(s) || has_value(s) {
            return None;
        }
        // (a label wrapped onto a lower-case line, `onderhoud en` / `vervanging`,
        // counts as two: the rows then fit no block of values, and nothing is read)
        labels.push((j, s));
        j += 1;
    }
    // (a label block ends where prose or the next title begins)
    let ended = j < lines.len() && {
        let s = trimmed(&lines[j]);
        flat::numbered_title(s) || flat::is_prose(s)
    };
    if labels.len() < 2 || !ended {
        return None;
    }
    // with a unit column every label ends in a unit word
    if units
        && !labels.iter().all(|(_, s)| {
            s.rsplit_once(' ')
                .is_some_and(|(_, u)| unit_of_word(u).is_some())
        })
    {
        return None;
    }
    let end = labels.last().map_or(t + 1, |l| l.0 + 1);
    Some(Labels {
        title: t,
        labels,
        units,
        end,
        first,
    })
}

/// The phase the columns of a block name, lowercased (`Raming 2025` -> `raming`):
/// their words other than years, the same for every column; None for years alone.
fn phase_word<S: AsRef<str>>(columns: &[S]) -> Option<String> {
    let mut out: Option<String> = None;
    for c in columns {
        let p: Vec<String> = c
            .as_ref()
            .split_whitespace()
            .filter(|w| !flat::is_year_or_arith_label(w))
            .map(str::to_lowercase)
            .collect();
        if p.is_empty() {
            return None;
        }
        let p = p.join(" ");
        match &out {
            Some(o) if *o != p => return None,
            _ => out = Some(p),
        }
    }
    out
}

/// Does `s` end a sentence: a lower-case word of three letters or more and a full
/// stop (`83 procent.`), as no label or column label does?
fn ends_sentence(s: &str) -> bool {
    s.strip_suffix('.')
        .and_then(|t| t.rsplit(' ').next())
        .is_some_and(|w| w.chars().count() >= 3 && w.chars().all(|c| c.is_lowercase()))
}

/// Does `s` hold a value anywhere (a label line never does here)?
fn has_value(s: &str) -> bool {
    let (_, toks) = al::values_from_right(s, plain(), 1);
    !toks.is_empty()
}

fn plain() -> Style {
    Style {
        space_grouping: false,
    }
}

/// The rows of `b` that take values when a value block has `rows` rows: all of them,
/// or all but the section heads (one word, `Baten`, or a label ending in a colon,
/// `waarvan:`). None when neither count fits.
fn takers(b: &Labels<'_>, rows: usize) -> Option<Vec<bool>> {
    let n = b.labels.len();
    if rows == n {
        return Some(vec![true; n]);
    }
    // (with a first column beside the labels every label has its value)
    if b.first.is_some() {
        return None;
    }
    // (a total is never a head: `Totaal`, `Saldo`)
    let head = |s: &str| {
        let total = ["totaal", "saldo", "subtotaal"]
            .iter()
            .any(|t| s.get(..t.len()).is_some_and(|p| p.eq_ignore_ascii_case(t)));
        // (numbered: `1. Baten`)
        let s = flat::unnumbered(s);
        !total && ((flat::section_like(s) && !s.contains(' ')) || s.ends_with(':'))
    };
    let mut takes: Vec<bool> = b.labels.iter().map(|(_, s)| !head(s)).collect();
    // a head heads rows below it: one word after the last row with values is a row
    // itself (`Vergunninghouders`)
    let last_taker = takes.iter().rposition(|&t| t)?;
    takes[last_taker..].iter_mut().for_each(|t| *t = true);
    (takes.iter().filter(|&&t| t).count() == rows).then_some(takes)
}

/// A block of values from line `j`: header lines (column labels: `Realisatie 2022`,
/// `2022 2023`, `Mutatie`), then at least two lines of values only, each with as many
/// values as the last header line names years (one when it names fewer than two).
/// Returns the block and the line after it.
fn value_block(lines: &[TextLine<'_>], j: usize, until: usize) -> Option<(Values, usize)> {
    let mut header: Vec<&str> = Vec::new();
    let mut k = j;
    while header.len() < 3 {
        let Some(n) = next_filled(lines, k, until) else {
            break;
        };
        let s = trimmed(&lines[n]);
        if !(flat::is_column_label(s) || years(s).is_some()) {
            k = n;
            break;
        }
        header.push(s);
        k = n + 1;
        // (the years end a header: `2024 (1)` / `Realisatie` / `2022` is the end of
        // one block's header and the start of the next)
        if years(s).is_some() || flat::is_year_or_arith_label(s) {
            break;
        }
    }
    let last = *header.last()?;
    let ys = years(last).unwrap_or_default();
    // years that do not rise (`Begroting` over `2021 2022 2022`: OCR put two header
    // cells on one line) leave open which phase stands over which year
    let rising = ys.windows(2).all(|w| {
        flat::year_of(w[0])
            .zip(flat::year_of(w[1]))
            .is_some_and(|(a, b)| a < b)
    });
    if !rising {
        return None;
    }
    // two phases or more on the line over the years (`Realisatie Begroting` /
    // `2022 2023`): each its own years, or no block when that is open
    if ys.len() >= 2 && header.len() >= 2 {
        let phases = header[header.len() - 2]
            .split_whitespace()
            .skip(1)
            .filter(|w| w.starts_with(char::is_uppercase))
            .count();
        if phases >= 1 {
            let alt = phase_columns(&header[header.len() - 2..])?;
            if alt.len() != ys.len() {
                return None;
            }
        }
    }
    let mut ncols = if ys.len() >= 2 { ys.len() } else { 1 };
    let mut columns: Vec<String> = if ncols == 1 {
        vec![header.join(" ")]
    } else if let Some(alt) = header
        .len()
        .checked_sub(2)
        .and_then(|h| phase_columns(&header[h..]))
        .filter(|a| a.len() == ncols)
    {
        alt
    } else {
        // a phase line above the years goes over each of them
        let over = header[..header.len() - 1].join(" ");
        ys.iter()
            .map(|y| format!("{over} {y}").trim().to_string())
            .collect()
    };
    // two phases on one line over one year (`Vastgestelde begroting Verschil` /
    // `2022`: OCR joined two header cells): as many columns as phases with a year,
    // when the first line of values holds that many and not one
    if let Some(alt) = phase_columns(&header) {
        let first = lines[k..until.min(k + MAX_BLANK + 1)]
            .iter()
            .find(|l| !l.text.trim().is_empty());
        if first.is_some_and(|l| {
            value_line(l.text, 1).is_none() && value_line(l.text, alt.len()).is_some()
        }) {
            ncols = alt.len();
            columns = alt;
        }
    }
    let mut rows = Vec::new();
    while let Some(n) = next_filled(lines, k, until) {
        k = n;
        let l = &lines[k];
        let s = l.text.trim();
        // (the next block's header: `2021` reads as a value too)
        if flat::is_column_label(s) || years(s).is_some() {
            break;
        }
        let Some(cells) = value_line(l.text, ncols) else {
            break;
        };
        rows.push(cells.into_iter().map(|r| (k, r)).collect());
        k += 1;
    }
    (rows.len() >= 2).then_some((Values { columns, rows }, k))
}

/// The columns of a header whose first line holds two or more phases (each begins
/// with a capital: `Vastgestelde begroting Verschil`) and whose other lines hold
/// only years: each phase takes its years as in a header printed without empty
/// cells (a `Verschil` none). None otherwise.
fn phase_columns(header: &[&str]) -> Option<Vec<String>> {
    let (first, rest) = header.split_first()?;
    let mut phases: Vec<&str> = Vec::new();
    let mut from = 0;
    for (at, w) in word_starts(first) {
        if at > 0 && w.starts_with(char::is_uppercase) {
            phases.push(first[from..at].trim_end());
            from = at;
        }
    }
    phases.push(&first[from..]);
    let years: Vec<&str> = rest.iter().flat_map(|l| l.split_whitespace()).collect();
    if phases.len() < 2
        || years.is_empty()
        || !phases.iter().all(|p| flat::is_column_label(p))
        || !years.iter().all(|y| flat::is_year_or_arith_label(y))
    {
        return None;
    }
    flat::spread_phases(&phases, &years).filter(|c| c.len() >= 2 && c.len() <= MAX_BLOCK_COLUMNS)
}

/// Each word of `s` with its byte offset.
fn word_starts(s: &str) -> impl Iterator<Item = (usize, &str)> {
    s.split(' ')
        .scan(0, |at, w| {
            let start = *at;
            *at += w.len() + 1;
            Some((start, w))
        })
        .filter(|(_, w)| !w.is_empty())
}

/// The first line from `k` (before `until`) that is not blank, when fewer than
/// [`MAX_BLANK`] blank lines stand before it.
fn next_filled(lines: &[TextLine<'_>], k: usize, until: usize) -> Option<usize> {
    (k..until)
        .take(MAX_BLANK + 1)
        .find(|&n| !lines[n].text.trim().is_empty())
        .filter(|&n| n - k < MAX_BLANK)
}

/// The years of a line made of years only (`2022 2023`, `2024*`), two or more.
fn years(s: &str) -> Option<Vec<&str>> {
    let ys: Vec<&str> = s.split_whitespace().collect();
    let all = ys.len() >= 2
        && ys.len() <= MAX_BLOCK_COLUMNS
        && ys
            .iter()
            .all(|y| flat::is_year_or_arith_label(y) && y.starts_with(['1', '2']));
    all.then_some(ys)
}

/// The byte ranges of the `ncols` values of a line of values only (`98 560 101 200`
/// as two), or None.
fn value_line(text: &str, ncols: usize) -> Option<Vec<std::ops::Range<usize>>> {
    value_line_as_read(text, ncols).or_else(|| {
        // a lone dash first is an empty cell (`- 52 000`: `-` and `52 000`)
        let lead = text.len() - text.trim_start().len();
        let rest = text[lead..].strip_prefix(['-', '–', '—'])?;
        if ncols < 2 || !rest.starts_with(' ') {
            return None;
        }
        let at = text.len() - rest.len();
        let mut tail = value_line_as_read(rest, ncols - 1)?;
        for r in &mut tail {
            *r = r.start + at..r.end + at;
        }
        let dash = lead..at;
        Some(std::iter::once(dash).chain(tail).collect())
    })
}

/// [`value_line`] as the value grammar reads the line from the right.
fn value_line_as_read(text: &str, ncols: usize) -> Option<Vec<std::ops::Range<usize>>> {
    let (le, toks) = al::values_from_right(text, plain(), al::MAX_PIECES * ncols + 1);
    if le != 0 || toks.is_empty() {
        return None;
    }
    let first = toks.first()?.start;
    let toks = match toks.len() {
        n if n == ncols => toks,
        n if n > ncols => al::partition_space_grouped(text, &toks, ncols)?,
        _ => return None,
    };
    // every word of the line in a value (a partition may leave words on the left),
    // and no value a bare group of digits with a leading zero (`- 52 000` is `-`
    // and `52 000`, not `- 52` and `000`)
    let bare_zero = |t: &al::Tok| {
        let r = &text[t.start..t.end];
        r.len() > 1 && r.starts_with('0') && r.bytes().all(|b| b.is_ascii_digit())
    };
    // (and each a value to the flat reader too, which reads the cells: OCR's `nvt.`
    // would be taken for a row label there, and the rows below it shifted)
    let unread = |t: &al::Tok| crate::grammar::parse_cell(&text[t.start..t.end]).is_none();
    if toks.len() != ncols
        || toks[0].start != first
        || toks.iter().any(bare_zero)
        || toks.iter().any(unread)
    {
        return None;
    }
    Some(toks.iter().map(|t| t.start..t.end).collect())
}

/// Hands label block `b` with its value blocks to the flat reader: the title (and the
/// lines above it), an empty stub cell, the column labels, then per row the label,
/// its unit and its values, each on a line of its own.
fn read(
    lines: &[TextLine<'_>],
    b: &Labels<'_>,
    values: &[Values],
    loc: &Locator<'_>,
) -> Option<Found> {
    let floor = b.title.saturating_sub(8);
    let mut view = context_above(lines, b.title, floor);
    let title = &lines[b.title];
    view.push((b.title, Text::Line(*title)));
    let blank = |j: usize| {
        (
            j,
            Text::Line(TextLine {
                start: lines[j].start,
                text: "",
            }),
        )
    };
    view.push(blank(b.title));
    let header_first = view.len();
    let at = |j: usize, text: &str| {
        lines[j].start + text.as_ptr() as usize - lines[j].text.as_ptr() as usize
    };
    // the header's cells are texts made here (`Realisatie 2022` from a block's
    // header lines, the stub's no-break space, `Eenheid`): each stands at the
    // title's start and spans nothing there, so the spans read from them stay
    // valid ranges of the text (a title with a multi-byte char,
    // `Kasst�oomoverzicht`, once cut one when they were given its bytes)
    let made = |text| Text::At(title.start, text);
    view.push((b.title, made(EMPTY_CELL)));
    view.push(blank(b.title));
    if b.units {
        view.push((b.title, made("Eenheid")));
        view.push(blank(b.title));
    }
    let columns: Vec<&str> = b
        .first
        .iter()
        .map(|f| f.0.as_ref())
        .chain(
            values
                .iter()
                .flat_map(|v| v.columns.iter().map(String::as_str)),
        )
        .collect();
    for c in &columns {
        view.push((b.title, made(c)));
        view.push(blank(b.title));
    }
    // (which labels take values: the same for every block, as each fitted)
    let takes = takers(b, values[0].rows.len())?;
    let mut row = 0;
    for ((j, s), take) in b.labels.iter().zip(&takes) {
        let (label, unit) = match (b.units, s.rsplit_once(' ')) {
            (true, Some((l, u))) => (l.trim_end(), Some(u)),
            _ => (*s, None),
        };
        view.push((
            *j,
            Text::Line(TextLine {
                start: at(*j, label),
                text: label,
            }),
        ));
        view.push(blank(*j));
        if let Some(u) = unit {
            view.push((
                *j,
                Text::Line(TextLine {
                    start: at(*j, u),
                    text: u,
                }),
            ));
            view.push(blank(*j));
        }
        if !take {
            continue;
        }
        if let Some((_, first)) = &b.first {
            let (r, l) = (first.get(row)?, &lines[*j]);
            view.push((
                *j,
                Text::Line(TextLine {
                    start: l.start + r.start,
                    text: &l.text[r.clone()],
                }),
            ));
            view.push(blank(*j));
        }
        for v in values {
            for (k, r) in v.rows.get(row)? {
                let l = &lines[*k];
                view.push((
                    *k,
                    Text::Line(TextLine {
                        start: l.start + r.start,
                        text: &l.text[r.clone()],
                    }),
                ));
                view.push(blank(*k));
            }
        }
        row += 1;
    }
    let mut f = read_view(
        lines,
        view,
        header_first,
        (b.title, b.end),
        "blocks",
        loc,
        None,
    )?;
    if f.table.columns.len() != columns.len() {
        return None;
    }
    f.lines = (f.lines.0.min(b.title), b.end);
    Some(f)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tables::find_in_text;

    #[test]
    fn value_lines_split_into_the_header_columns() {
        fn cut(t: &str, n: usize) -> Option<Vec<&str>> {
            value_line(t, n).map(|v| v.into_iter().map(|r| &t[r]).collect())
        }
        assert_eq!(cut("98 560 101 200", 2), Some(vec!["98 560", "101 200"]));
        assert_eq!(cut("98 560", 1), Some(vec!["98 560"]));
        assert_eq!(cut("€ 19,05 € 18,75", 2), Some(vec!["€ 19,05", "€ 18,75"]));
        assert_eq!(cut("(1.469)", 1), Some(vec!["(1.469)"]));
        assert_eq!(cut("(1.200) 13 345", 2), Some(vec!["(1.200)", "13 345"]));
        // a line that is not one value is none (not its last value alone)
        assert_eq!(cut("99 000 2 200", 1), None);
        assert_eq!(cut("99 000 2 200", 2), Some(vec!["99 000", "2 200"]));
        assert_eq!(cut("- 52 000", 2), Some(vec!["-", "52 000"]));
        // OCR's `nvt.` is no value to the flat reader (it would open a row)
        assert_eq!(cut("nvt.", 1), None);
        // a label is no value line; too few values fit no header
        assert_eq!(cut("Totaal baten", 1), None);
        assert_eq!(cut("12,6", 2), None);
        assert_eq!(years("2022 2023"), Some(vec!["2022", "2023"]));
        assert_eq!(years("2023"), None);
        assert_eq!(years("Realisatie 2023"), None);
    }

    const COLUMNS: &str = "Tabel 4 Personeel (x € 1.000)\n\nLonen\nSociale lasten\nTotaal\n\nDe toelichting volgt hieronder in de tekst.\n\nRealisatie 2022\n\n100\n20\n120\n\nBegroting 2023\n\n110\n25\n135\n";

    #[test]
    fn labels_then_column_blocks() {
        let found = find_in_text(COLUMNS, find);
        assert_eq!(found.len(), 1);
        let t = &found[0].table;
        let cols: Vec<&str> = t.columns.iter().map(|c| c.label.as_str()).collect();
        assert_eq!(cols, ["Realisatie 2022", "Begroting 2023"]);
        let row: Vec<(&str, Vec<&str>)> = t
            .rows
            .iter()
            .map(|r| {
                let v = r
                    .cells
                    .iter()
                    .map(|c| c.as_ref().unwrap().raw.as_str())
                    .collect();
                (r.label.as_str(), v)
            })
            .collect();
        assert_eq!(
            row,
            [
                ("Lonen", vec!["100", "110"]),
                ("Sociale lasten", vec!["20", "25"]),
                ("Totaal", vec!["120", "135"])
            ]
        );
        // (x € 1.000): 135 is 135000 EUR
        let c = t.rows[2].cells[1].as_ref().unwrap();
        assert_eq!(c.value.map(|v| v.to_string()).as_deref(), Some("135000"));
        // the table claims its title and labels, not the values below
        assert_eq!(found[0].lines, (0, 5));
    }

    fn table_of(text: &str) -> Vec<(String, Vec<String>)> {
        let found = find_in_text(text, find);
        let Some(f) = found.first() else {
            return Vec::new();
        };
        let cols = f.table.columns.iter().map(|c| c.label.clone()).collect();
        let mut out = vec![(String::new(), cols)];
        for r in &f.table.rows {
            let v = r
                .cells
                .iter()
                .map(|c| c.as_ref().map_or(String::new(), |c| c.raw.clone()))
                .collect();
            out.push((r.label.clone(), v));
        }
        out
    }

    /// Review findings: a total is never a section head (a block one line short
    /// would have fitted `Baten`, `Lasten` and `Totaal` as heads and shifted the
    /// values); two phases over two years take one each.
    #[test]
    fn heads_and_phases_of_blocks() {
        let t = "Tabel 6 Kengetallen\n\nBaten\nOpbrengst moederdepartement\nOverige opbrengsten\nLasten\nApparaatskosten\nTotaal\n\nDe toelichting volgt hieronder in de tekst.\n\n2022 2023\n\n100 110\n80 85\n200 220\n";
        assert!(table_of(t).is_empty());
        let whole = t.replace("100 110\n", "100 110\n20 25\n");
        let got = table_of(&whole);
        assert_eq!(got[0].1, ["2022", "2023"]);
        assert_eq!(
            got[5],
            (
                "Apparaatskosten".to_string(),
                vec!["80".to_string(), "85".to_string()]
            )
        );
        assert_eq!(
            got[6],
            (
                "Totaal".to_string(),
                vec!["200".to_string(), "220".to_string()]
            )
        );
        let t = "Tabel 4 Personeel (x € 1.000)\n\nLonen\nSociale lasten\nTotaal\n\nDe toelichting volgt hieronder in de tekst.\n\nRealisatie Begroting\n2022 2023\n\n100 110\n20 25\n120 135\n";
        assert_eq!(table_of(t)[0].1, ["Realisatie 2022", "Begroting 2023"]);
        // the years end a header: a header with no values under it (`2021 (1)`)
        // does not run into the next block's (`Realisatie` / `2022`)
        let t = "Tabel 4 Personeel (x € 1.000)\n\nLonen\nSociale lasten\nTotaal\n\nDe toelichting volgt hieronder in de tekst.\n\nBegroting\n2021 (1)\nRealisatie\n2022\n100\n20\n120\n\nRealisatie\n2023\n110\n25\n135\n";
        assert_eq!(table_of(t)[0].1, ["Realisatie 2022", "Realisatie 2023"]);
    }

    #[test]
    fn no_table_without_whole_blocks() {
        // years that do not rise under one phase: which phase is whose is open
        let mixed = "Tabel 4 Personeel (x € 1.000)\n\nLonen\nSociale lasten\nTotaal\n\nDe toelichting volgt hieronder in de tekst.\n\nRealisatie 2021\n\n90\n18\n108\n\nBegroting\n2022 2022\n100 110\n20 25\n120 135\n";
        assert!(find_in_text(mixed, find).is_empty());
        // a block one row short fits no label block
        let short = COLUMNS.replace("110\n25\n135\n", "110\n25\n");
        assert!(find_in_text(&short, find).is_empty());
        // one column is not enough
        let one = COLUMNS.split("Begroting").next().unwrap().to_string();
        assert!(find_in_text(&one, find).is_empty());
        // a numbered title over prose
        let prose = "Tabel 4 laat zien dat de lasten stegen.\n\nDe toelichting volgt hieronder in de tekst.\n\n2022 2023\n1 2\n3 4\n";
        assert!(find_in_text(prose, find).is_empty());
    }
}
