//! Piped tables: Markdown pipe tables (`| Baten | 91.270 |` under a delimiter row
//! `|---|--:|`) and grid tables (`+------+-----+` rules, `|` between cells), as
//! Markdown converters print HTML and Word tables (pandoc `-t markdown`/`gfm`,
//! html2text, markitdown).
//!
//! In: the cleaned lines. Out: [`Found`] tables with `layout: "piped"`.
//!
//! The pipes say exactly where each cell is, empty ones included, so nothing is
//! guessed here: each row is split at its pipes and the cells are read by the
//! [`flat`](super::flat) reader as one cell per line (an empty cell as a no-break
//! space, as in flat text), after the lines above the table that hold its title and
//! scale caption. Every cell keeps its own offset in the cleaned text, so spans and
//! source lines point into the table row it came from. In a grid table a cell's text
//! wrapped over several lines of one row is joined with single spaces; such a made
//! text (and one with Markdown taken out) keeps where each of its parts stands
//! ([`Made`]), so its span covers its pieces and a value read out of it spans its
//! own bytes.
//!
//! A block of pipes is a table only with a delimiter row (Markdown) or rules
//! (grid): `Home | Contact | Privacy` navigation is no table.
//!
//! Pandoc's multiline tables are read the same way (`ruled_block_at`): a rule across
//! the table, the header's lines, a rule in runs, rows apart by blank lines, a
//! closing rule; the runs say where each column is, as pipes do (a line that fills
//! every column with values of its own is a row of its own even with no blank line
//! above it: `aligned::rows_stand_together`). Such a reading is
//! offered as `ruled` and kept (as `aligned`) only where every other reading of the
//! same lines is worse ([`super::find_all`]).
//!
//! Tab-separated tables are read the same way, with the tab as the separator and
//! `layout: "tabbed"`: a table copied out of a browser or a word processor, or saved
//! as plain text by one, prints each row on a line with a tab between its cells (an
//! empty cell is nothing between two tabs). A block of at least two lines with tabs,
//! one of them of three cells or more, is offered to the flat reader, which decides
//! whether it is a table as it does for every other layout: a list indented by
//! tabs (`1.<tab>Inleiding`) has two cells a line and is none.

use super::aligned_header as hdr;
use super::{flat, Found};
use crate::segment::TextLine;
use crate::span::{Anchor, Locator, OffsetMap};

/// The no-break space the flat reader takes for one empty cell.
pub(super) const EMPTY_CELL: &str = "\u{a0}";

/// Lines above a table searched for its title and caption.
const CONTEXT_ABOVE: usize = 8;

/// Lines after a table offered to the flat reader for footnotes.
const CONTEXT_BELOW: usize = 6;

/// At most this many lines in one table: keeps a pathological input linear.
pub(super) const MAX_LINES: usize = 5000;

/// A multiline table's row wrapped over more lines than this is not looked at for
/// a row of its own after it (see `aligned::rows_stand_together`): keeps the test
/// of each line against the lines above it linear.
pub(super) const MAX_WRAP: usize = 8;

/// Finds piped tables in `lines`.
pub fn find(lines: &[TextLine<'_>], loc: &Locator<'_>) -> Vec<Found> {
    let mut out = Vec::new();
    // most documents hold no pipe, no tab and no box-drawing table at all
    if !lines.iter().any(|l| {
        memchr::memchr2(b'|', b'\t', l.text.as_bytes()).is_some()
            || l.text.trim_start().starts_with(is_box_corner)
            || l.text.trim_start().starts_with("----------")
    }) {
        return out;
    }
    let mut i = 0;
    let mut floor = 0;
    while i < lines.len() {
        let Some(block) = block_at(lines, i)
            .or_else(|| tab_block_at(lines, i))
            .or_else(|| ruled_block_at(lines, i))
        else {
            i += 1;
            continue;
        };
        let end = block.end;
        if let Some(f) = read(lines, &block, floor, loc) {
            floor = f.lines.1.max(end);
            out.push(f);
        }
        i = end.max(i + 1);
    }
    out
}

/// A table's lines: `[start, end)`, and per row (a line, or a grid table's band of
/// lines between rules) its line indices; the first `header` rows are the header.
struct Block {
    start: usize,
    end: usize,
    rows: Vec<Vec<usize>>,
    header: usize,
    /// Rows open and close with a pipe (grid tables always; Markdown tables when
    /// their delimiter row does).
    outer: bool,
    /// The byte that parts the cells: `|`, or a tab; 0 for a pandoc table whose
    /// rule parts them (`runs`).
    sep: u8,
    /// The char columns at which the runs of a pandoc rule start, one per column
    /// (empty for pipes and tabs).
    runs: Vec<usize>,
}

/// `| a | b |` or `a | b`: the cells of a row, each with its offset in the cleaned
/// text, trimmed. A pipe escaped with a backslash (`\|`) is cell text. `outer`: the
/// table's rows open and close with a pipe (as its delimiter row does), so a pipe at
/// either end of the line parts no cells; without, an empty edge cell is kept. None
/// for a line without a pipe.
///
/// With `sep` a tab, the tabs part the cells (no escape), and a tab at either end
/// of the line stands after or before an empty cell: `<tab>2023<tab>2024` is a row
/// whose first cell is empty.
fn cells<'a>(l: &TextLine<'a>, outer: bool, sep: u8) -> Option<Vec<(usize, &'a str)>> {
    let t = l.text;
    let bytes = t.as_bytes();
    // the cell-separating pipes: not after a backslash; or a box-drawing table's
    // vertical lines (`│`, `║`, three bytes each)
    let pipes: Vec<(usize, usize)> = if sep == b'|' {
        let mut p: Vec<(usize, usize)> = (0..bytes.len())
            .filter(|&k| bytes[k] == b'|' && (k == 0 || bytes[k - 1] != b'\\'))
            .map(|k| (k, 1))
            .collect();
        if memchr::memchr(0xE2, bytes).is_some() {
            p.extend(
                t.char_indices()
                    .filter(|&(_, c)| is_box_vertical(c))
                    .map(|(k, c)| (k, c.len_utf8())),
            );
            p.sort_unstable();
        }
        p
    } else {
        memchr::memchr_iter(sep, bytes).map(|k| (k, 1)).collect()
    };
    if pipes.is_empty() {
        return None;
    }
    let (lead, tail) = if sep == b'|' {
        (t.len() - t.trim_start().len(), t.trim_end().len())
    } else {
        let edge = |c: char| c.is_whitespace() && c != '\t';
        (
            t.len() - t.trim_start_matches(edge).len(),
            t.trim_end_matches(edge).len(),
        )
    };
    // the pieces between the pipes; a pipe at the start or end of the line opens or
    // closes the row rather than parting two cells
    let mut bounds: Vec<(usize, usize)> = Vec::with_capacity(pipes.len() + 1);
    let mut from = lead;
    for &(p, n) in &pipes {
        bounds.push((from, p));
        from = p + n;
    }
    bounds.push((from, tail.max(from)));
    if outer && pipes[0].0 == lead {
        bounds.remove(0);
    }
    if outer && pipes.last().is_some_and(|&(p, n)| p + n == tail) && !bounds.is_empty() {
        bounds.pop();
    }
    let mut out = Vec::with_capacity(bounds.len());
    for (a, b) in bounds {
        let piece = &t[a..b];
        let trimmed = piece.trim();
        let off = if trimmed.is_empty() {
            a
        } else {
            a + (piece.len() - piece.trim_start().len())
        };
        let (inner, lead) = strip_emphasis(trimmed);
        out.push((l.start + off + lead, inner));
    }
    Some(out)
}

/// A cell's text without the Markdown emphasis around it (`**Totaal baten**`,
/// `*Baten*`, `__2023__`), and how many bytes it lost at the start.
fn strip_emphasis(t: &str) -> (&str, usize) {
    for mark in ["**", "__", "*", "_"] {
        if t.len() > 2 * mark.len() && t.starts_with(mark) && t.ends_with(mark) {
            let inner = &t[mark.len()..t.len() - mark.len()];
            // (not a cell whose marks part it: `*a* en *b*`; nor one that only
            // starts with the mark inside: `**` alone)
            if inner.contains(mark) || inner.starts_with(char::is_whitespace) {
                return (t, 0);
            }
            let trimmed = inner.trim_end();
            return (trimmed, mark.len());
        }
    }
    (t, 0)
}

/// A Markdown delimiter row: `|---|:--:|--:|`, `---|---` (at least two cells of
/// dashes, colons at their ends).
fn is_delimiter(t: &str) -> bool {
    let body = t.trim();
    if !body.contains('|') || !body.contains("---") {
        return false;
    }
    let body = body.strip_prefix('|').unwrap_or(body);
    let body = body.strip_suffix('|').unwrap_or(body);
    let mut n = 0;
    for c in body.split('|') {
        let c = c.trim();
        let dashes = c.trim_start_matches(':').trim_end_matches(':');
        if dashes.is_empty() || !dashes.bytes().all(|b| b == b'-') {
            return false;
        }
        n += 1;
    }
    n >= 2
}

/// A grid table rule: `+------+-----+`, `+======+=====+` (at least two cells); or
/// a box-drawing table's (`┌────┬────┐`, `├────┼────┤`, `╞════╪════╡`: w3m and
/// elinks print an HTML table with borders so).
fn is_grid_rule(t: &str) -> bool {
    let t = t.trim();
    let b = t.as_bytes();
    if b.first() == Some(&0xE2) {
        return is_box_rule(t);
    }
    b.len() >= 5
        && b[0] == b'+'
        && b[b.len() - 1] == b'+'
        && b.iter().filter(|&&c| c == b'+').count() >= 3
        && b.iter().all(|c| matches!(c, b'+' | b'-' | b'=' | b':'))
}

/// A vertical line of a box-drawing table: `│`, `║`, `┃`.
fn is_box_vertical(c: char) -> bool {
    matches!(c, '│' | '║' | '┃')
}

/// A rule of a box-drawing table: box-drawing chars only (U+2500..U+257F), opening
/// and closing with a corner or a tee, with a junction between at least two cells.
fn is_box_rule(t: &str) -> bool {
    let is_box = |c: char| ('\u{2500}'..='\u{257f}').contains(&c);
    let horizontal = |c: char| matches!(c, '─' | '━' | '═' | '╌' | '┄');
    let (Some(first), Some(last)) = (t.chars().next(), t.chars().next_back()) else {
        return false;
    };
    let inner: Vec<char> = t.chars().skip(1).collect();
    let inner = &inner[..inner.len().saturating_sub(1)];
    t.chars().count() >= 5
        && t.chars().all(is_box)
        && !horizontal(first)
        && !horizontal(last)
        && !is_box_vertical(first)
        && inner.iter().any(|&c| !horizontal(c))
}

/// A grid table line of cells: `| ... |`, or `│ ... │` in a box-drawing table.
fn is_grid_row(t: &str) -> bool {
    let b = t.trim();
    let edge = |c: Option<char>| c.is_some_and(|c| c == '|' || is_box_vertical(c));
    b.chars().count() >= 2 && edge(b.chars().next()) && edge(b.chars().next_back())
}

/// Does line `k` of a grid table's band fill the same cells as line `first`, two or
/// more, its first among them? Lines of wrapped cells leave some empty.
fn fills_like(lines: &[TextLine<'_>], first: usize, k: usize) -> bool {
    let filled = |j: usize| -> Vec<bool> {
        cells(&lines[j], true, b'|')
            .map(|c| c.iter().map(|(_, t)| !t.is_empty()).collect())
            .unwrap_or_default()
    };
    let (a, b) = (filled(first), filled(k));
    a == b && a.first() == Some(&true) && a.iter().filter(|&&f| f).count() >= 2
}

/// A band of a grid table that holds several rows between two rules, some of them
/// labels alone (`│Lasten │ │ │` over `│Personeelslasten │ 27.650 │ 28.110 │`, w3m
/// and box-drawing tables with rules only between groups): a row per line that
/// fills the cells alike (two or more such lines); a line of a label alone is a
/// row of its own (a section) where it opens in capitals right before such a line,
/// else it continues the row above (a wrapped label). None when the band is no
/// such mix (one row whose cells wrap).
fn split_band(lines: &[TextLine<'_>], band: &[usize]) -> Option<Vec<Vec<usize>>> {
    let full: Vec<usize> = band
        .iter()
        .copied()
        .filter(|&k| fills_like(lines, k, k))
        .collect();
    let first_full = *full.first()?;
    if full.len() < 2 || !full.iter().all(|&k| fills_like(lines, first_full, k)) {
        return None;
    }
    let label_only = |k: usize| {
        cells(&lines[k], true, b'|').is_some_and(|c| {
            c.first().is_some_and(|(_, t)| !t.is_empty())
                && c.iter().skip(1).all(|(_, t)| t.is_empty())
        })
    };
    let mut rows: Vec<Vec<usize>> = Vec::new();
    let mut open = false;
    for (i, &k) in band.iter().enumerate() {
        if full.contains(&k) {
            rows.push(vec![k]);
            open = true;
            continue;
        }
        if !label_only(k) {
            return None;
        }
        let capital = cells(&lines[k], true, b'|')
            .and_then(|c| c.first().and_then(|(_, t)| t.chars().next()))
            .is_some_and(char::is_uppercase);
        let before_full = band.get(i + 1).is_some_and(|n| full.contains(n));
        match rows.last_mut() {
            Some(r) if open && !(capital && before_full) => r.push(k),
            _ => {
                rows.push(vec![k]);
                open = false;
            }
        }
    }
    Some(rows)
}

/// A char that opens a box-drawing table's top rule: `┌`, `╔`, `┏`, `╒`, `╓`.
fn is_box_corner(c: char) -> bool {
    matches!(c, '┌' | '╔' | '┏' | '╒' | '╓')
}

/// The table that begins at line `i`, if one does.
fn block_at(lines: &[TextLine<'_>], i: usize) -> Option<Block> {
    let t = lines[i].text;
    // most lines start no table: no rule and no pipe
    let grid = t.trim_start().starts_with('+') || t.trim_start().starts_with(is_box_corner);
    if !grid && memchr::memchr(b'|', t.as_bytes()).is_none() {
        return None;
    }
    if grid && is_grid_rule(t) {
        let mut rows: Vec<Vec<usize>> = Vec::new();
        let mut band: Vec<usize> = Vec::new();
        let mut header = None;
        let mut j = i + 1;
        while j < lines.len() && j - i < MAX_LINES {
            let l = lines[j].text;
            if is_grid_rule(l) {
                if !band.is_empty() {
                    let band = std::mem::take(&mut band);
                    // a band of lines that each fill the cells the first fills is
                    // rows without rules between them (`psql`, w3m's bordered
                    // tables): a row per line; else one row whose cells wrap
                    if band.len() > 1 && band.iter().all(|&k| fills_like(lines, band[0], k)) {
                        rows.extend(band.into_iter().map(|k| vec![k]));
                    } else if let Some(split) = split_band(lines, &band) {
                        rows.extend(split);
                    } else {
                        rows.push(band);
                    }
                }
                if (l.contains('=') || l.contains('═')) && header.is_none() {
                    header = Some(rows.len());
                }
            } else if is_grid_row(l) {
                band.push(j);
            } else {
                break;
            }
            j += 1;
        }
        // a band left open at the end has no closing rule: not part of the table
        let end = if band.is_empty() { j } else { band[0] };
        if rows.len() < 2 {
            return None;
        }
        let header = header.unwrap_or(1).max(1);
        return Some(Block {
            start: i,
            end,
            rows,
            header,
            outer: true,
            sep: b'|',
            runs: Vec::new(),
        });
    }
    if is_delimiter(t) {
        return None;
    }
    // the header row, with at most two lines that continue its last cell, then the
    // delimiter row
    let mut d = i + 1;
    while d < lines.len()
        && d - i <= 2
        && !lines[d].text.contains('|')
        && !lines[d].text.trim().is_empty()
    {
        d += 1;
    }
    if !lines.get(d).is_some_and(|l| is_delimiter(l.text)) {
        return None;
    }
    let mut rows = vec![(i..d).collect::<Vec<_>>()];
    let mut j = d + 1;
    // more header rows, each under its own delimiter row (trafilatura writes one
    // after every row of the HTML table's head: the caption row, the phases, the years)
    while j + 1 < lines.len()
        && j - i < MAX_LINES
        && lines[j].text.contains('|')
        && !is_delimiter(lines[j].text)
        && is_delimiter(lines[j + 1].text)
    {
        rows.push(vec![j]);
        j += 2;
    }
    let header = rows.len();
    while j < lines.len() && j - i < MAX_LINES {
        let l = lines[j].text;
        if l.trim().is_empty() || !l.contains('|') || is_delimiter(l) {
            break;
        }
        rows.push(vec![j]);
        j += 1;
    }
    if rows.len() <= header {
        return None;
    }
    let delim = lines[d].text.trim();
    Some(Block {
        start: i,
        end: j,
        rows,
        header,
        outer: delim.starts_with('|') || delim.ends_with('|'),
        sep: b'|',
        runs: Vec::new(),
    })
}

/// The tab-separated table that begins at line `i`, if one may: the run of lines
/// from `i` that hold a tab, at least two, one of them of three cells or more (at
/// most [`MAX_LINES`]). The header is the first row, or the rows down to a row of
/// years under it (`<tab>Realisatie<tab><tab>Begroting` over `<tab>2023<tab>2024
/// <tab>2024`), at most three.
fn tab_block_at(lines: &[TextLine<'_>], i: usize) -> Option<Block> {
    let has_tab = |j: usize| memchr::memchr(b'\t', lines[j].text.as_bytes()).is_some();
    if !has_tab(i) || (i > 0 && has_tab(i - 1) && !lines[i - 1].text.trim().is_empty()) {
        return None;
    }
    let mut j = i;
    while j < lines.len() && j - i < MAX_LINES && has_tab(j) && !lines[j].text.trim().is_empty() {
        j += 1;
    }
    let rows: Vec<Vec<usize>> = (i..j).map(|k| vec![k]).collect();
    let width = |k: usize| cells(&lines[k], false, b'\t').map_or(0, |c| c.len());
    if rows.len() < 2 || !(i..j).any(|k| width(k) >= 3) {
        return None;
    }
    let years = |k: usize| {
        cells(&lines[k], false, b'\t').is_some_and(|c| {
            let labels: Vec<&str> = c
                .iter()
                .skip(1)
                .map(|p| p.1)
                .filter(|t| !t.is_empty())
                .collect();
            labels.len() >= 2 && labels.iter().all(|t| flat::is_year_or_arith_label(t))
        })
    };
    let header = (i..j.min(i + 3))
        .find(|&k| years(k))
        .map_or(1, |k| k - i + 1)
        .min(rows.len() - 1);
    Some(Block {
        start: i,
        end: j,
        rows,
        header,
        outer: false,
        sep: b'\t',
        runs: Vec::new(),
    })
}

/// A pandoc multiline table from line `i`: a rule across the table, the header's
/// lines, a rule in runs (one per column, `-----  ------  ------`), rows apart by
/// blank lines, and a closing rule across the table. The runs say where each
/// column is, as pipes do; a row wraps its cells over the lines of its band. A
/// first band of years under the rule with no label (`2019  2020  2021`) is a
/// header row too.
fn ruled_block_at(lines: &[TextLine<'_>], i: usize) -> Option<Block> {
    let full = |k: usize| {
        let t = lines[k].text;
        t.trim_start().starts_with("----------")
            && hdr::rule_line(t).is_some_and(|r| r.len() == 1 && r[0].1 - r[0].0 >= 20)
    };
    if !full(i) {
        return None;
    }
    // the header: one to four lines, then the rule in runs
    let mut d = i + 1;
    while d < lines.len() && d - i <= 5 && !lines[d].text.trim().is_empty() {
        if hdr::rule_line(lines[d].text).is_some() {
            break;
        }
        d += 1;
    }
    let runs = lines.get(d).and_then(|l| hdr::rule_line(l.text))?;
    if d == i + 1 || runs.len() < 3 || runs.len() > 30 {
        return None;
    }
    let runs: Vec<usize> = runs.iter().map(|r| r.0).collect();
    let mut rows = vec![(i + 1..d).collect::<Vec<_>>()];
    let mut band: Vec<usize> = Vec::new();
    // (a line that is a row of its own, though no blank line parts it from the band
    // above: a blank line lost)
    let own_row = |band: &[usize], j: usize| {
        let above = row_cells(lines, band, false, 0, &runs);
        let below = ruled_cells(&lines[j], &runs);
        let (Some(a), Some(b)) = (above.first(), below.first()) else {
            return false;
        };
        let texts: Vec<String> = above.iter().skip(1).map(Cell::text).collect();
        let texts: Vec<&str> = texts.iter().map(String::as_str).collect();
        let cells: Vec<&str> = below.iter().skip(1).map(|c| c.1).collect();
        super::aligned::rows_stand_together(&a.text(), &texts, b.1, &cells)
    };
    let mut j = d + 1;
    let end = loop {
        if j >= lines.len() || j - i >= MAX_LINES {
            return None;
        }
        let t = lines[j].text;
        if full(j) {
            break j + 1;
        }
        if hdr::rule_line(t).is_some() {
            return None;
        }
        if t.trim().is_empty() {
            if !band.is_empty() {
                rows.push(std::mem::take(&mut band));
            }
        } else {
            if !band.is_empty() && band.len() <= MAX_WRAP && own_row(&band, j) {
                rows.push(std::mem::take(&mut band));
            }
            band.push(j);
        }
        j += 1;
    };
    if !band.is_empty() {
        rows.push(band);
    }
    // (a band of years under the rule, its label cell empty, heads the columns too)
    let years = rows.get(1).is_some_and(|r| {
        let cells = row_cells(lines, r, false, 0, &runs);
        let text = Cell::text;
        cells.first().is_none_or(|c| text(c).is_empty())
            && cells.len() >= 3
            && cells
                .iter()
                .skip(1)
                .map(text)
                .filter(|t| !t.is_empty())
                .all(|t| flat::is_year_or_arith_label(&t))
    });
    let header = if years { 2 } else { 1 };
    if rows.len() <= header {
        return None;
    }
    Some(Block {
        start: i,
        end,
        rows,
        header,
        outer: false,
        sep: 0,
        runs,
    })
}

/// The cells of one line of a pandoc table, parted at the rule's `runs` (char
/// columns where each column starts): each word goes to the column it starts in,
/// and a column's piece is its words with the spaces between them. Every column
/// gets a piece (empty where the line has nothing in it).
fn ruled_cells<'a>(l: &TextLine<'a>, runs: &[usize]) -> Vec<(usize, &'a str)> {
    let t = l.text;
    let mut out: Vec<(usize, usize)> = vec![(usize::MAX, 0); runs.len()];
    let mut word: Option<usize> = None;
    let mut col_of_word = 0;
    for (ci, (b, c)) in t.char_indices().enumerate() {
        if c.is_whitespace() {
            if let Some(s) = word.take() {
                let piece = &mut out[col_of_word];
                piece.0 = piece.0.min(s);
                piece.1 = b;
            }
        } else if word.is_none() {
            word = Some(b);
            col_of_word = runs.iter().rposition(|&r| r <= ci).unwrap_or(0);
        }
    }
    if let Some(s) = word {
        let piece = &mut out[col_of_word];
        piece.0 = piece.0.min(s);
        piece.1 = t.len();
    }
    out.into_iter()
        .map(|(a, b)| {
            if a == usize::MAX {
                (l.start + t.len(), "")
            } else {
                // (without Markdown's emphasis, as between pipes: `**Totaal**`)
                let (inner, lead) = strip_emphasis(&t[a..b]);
                (l.start + a + lead, inner)
            }
        })
        .collect()
}

/// One cell of the flat view: its offset in the cleaned text and text, borrowed from
/// one line, or made (joined from several lines, Markdown escapes removed), with
/// the offset of its first piece.
enum Cell<'a> {
    One(usize, &'a str),
    Made(usize, Made),
}

impl Cell<'_> {
    /// The cell's text, trimmed.
    fn text(&self) -> String {
        match self {
            Cell::One(_, t) => t.to_string(),
            Cell::Made(_, m) => m.text.trim().to_string(),
        }
    }
}

/// A text the flat reader reads that is no one slice of a line: a cell joined from
/// the lines it wraps over, a cell with Markdown or HTML taken out, a header label
/// repeated over the columns it spans. `map` says where each part of it stands in
/// the cleaned text, so that every span read from it, of the whole text or of a
/// value in it, is the source's: a joined cell's span covers its pieces, and a value
/// taken out of it (`€ 0,71` of `€ 0,71 n.b.`) spans its own bytes.
#[derive(Clone, Debug, Default)]
pub(super) struct Made {
    pub(super) text: String,
    /// (offset in `text`, cleaned offset, copied): from each entry to the next, the
    /// text is copied from the cleaned text at that offset, or (not copied) stands
    /// for the source from that offset to where the next entry's starts.
    map: Vec<(usize, usize, bool)>,
    /// The cleaned offset where the source of the text's end is.
    end: usize,
}

impl Made {
    /// `s`, copied from the cleaned text at `at`.
    pub(super) fn copied(s: &str, at: usize) -> Made {
        let mut m = Made::default();
        m.copy(s, at);
        m.end = at + s.len();
        m
    }

    /// Pieces of the cleaned text (offset, text) joined by single spaces: a cell
    /// wrapped over the lines of its row.
    pub(super) fn joined<'b>(parts: impl IntoIterator<Item = (usize, &'b str)>) -> Made {
        let mut m = Made::default();
        for (off, t) in parts {
            if !m.text.is_empty() {
                let end = m.end;
                m.stand_in(" ", end..off);
            }
            m.copy(t, off);
        }
        m
    }

    /// `text`, made by the reader (a label repeated over the columns it spans):
    /// it stands at the point `at` of the source and spans nothing there.
    pub(super) fn at(text: &str, at: usize) -> Made {
        Made {
            text: text.to_string(),
            map: vec![(0, at, false)],
            end: at,
        }
    }

    fn copy(&mut self, s: &str, at: usize) {
        if s.is_empty() {
            return;
        }
        let here = self.text.len();
        let goes_on = matches!(self.map.last(), Some(&(m, c, true)) if c + (here - m) == at);
        if !goes_on {
            self.map.push((here, at, true));
        }
        self.text.push_str(s);
        self.end = at + s.len();
    }

    /// `s`, standing for the source `src` (an entity decoded, `<br>` read as a
    /// space, the line break between two pieces).
    pub(super) fn stand_in(&mut self, s: &str, src: std::ops::Range<usize>) {
        if s.is_empty() {
            return;
        }
        self.map.push((self.text.len(), src.start, false));
        self.text.push_str(s);
        self.end = src.end;
    }

    /// The entry of the map in force at `k` of the text (the last at or before it).
    fn entry(&self, k: usize) -> Option<usize> {
        self.map.partition_point(|e| e.0 <= k).checked_sub(1)
    }

    /// The source of `text[r]`: a copied part's own bytes; a part that stands for
    /// a source range, from its start (to its end, where `r` ends in it).
    pub(super) fn source(&self, r: std::ops::Range<usize>) -> std::ops::Range<usize> {
        let start = match self.entry(r.start) {
            Some(i) if self.map[i].2 => self.map[i].1 + (r.start - self.map[i].0),
            Some(i) => self.map[i].1,
            None => self.end,
        };
        if r.end <= r.start {
            return start..start;
        }
        let end = match self.map.partition_point(|e| e.0 < r.end).checked_sub(1) {
            Some(i) if self.map[i].2 => self.map[i].1 + (r.end - self.map[i].0),
            Some(i) => self.map.get(i + 1).map_or(self.end, |n| n.1),
            None => self.end,
        };
        start..end.max(start)
    }

    /// Appends `src.text[r]` with where its parts stand.
    pub(super) fn push_from(&mut self, src: &Made, r: std::ops::Range<usize>) {
        let mut k = r.start;
        while k < r.end {
            // up to the next entry of `src`'s map
            let i = src.entry(k);
            let next = i.map_or(0, |i| i + 1);
            let stop = src.map.get(next).map_or(r.end, |e| e.0.min(r.end));
            let piece = &src.text[k..stop];
            match i {
                Some(i) if src.map[i].2 => self.copy(piece, src.map[i].1 + (k - src.map[i].0)),
                _ => {
                    let s = src.source(k..stop);
                    self.stand_in(piece, s);
                }
            }
            k = stop;
        }
    }

    /// The entries of the map a view puts `text` at `base` with: (view offset,
    /// cleaned offset, copied).
    fn anchors(&self, base: usize) -> impl Iterator<Item = (usize, usize, bool)> + '_ {
        let empty = self.map.is_empty().then_some((base, self.end, false));
        self.map
            .iter()
            .map(move |&(m, c, v)| (base + m, c, v))
            .chain(empty)
    }
}

/// A line of the flat view a reader builds for a table: a slice of a line of the
/// cleaned text, a made text, or a text the reader puts at a point of the source
/// and that spans nothing there (an empty cell's no-break space, a header label it
/// made).
#[derive(Clone, Copy, Debug)]
pub(super) enum Text<'a> {
    Line(TextLine<'a>),
    Made(&'a Made),
    At(usize, &'a str),
}

impl<'a> From<TextLine<'a>> for Text<'a> {
    fn from(l: TextLine<'a>) -> Text<'a> {
        Text::Line(l)
    }
}

/// A cell's Markdown taken out, keeping where each part stands: escapes of
/// punctuation (`1\.`, `\- Baseline`) and inline HTML tags (`(%)<sup>1</sup>` is
/// `(%)1`, as flat text prints a footnote mark; `<br>` is a space). None when there
/// is nothing to take out.
fn unescaped(src: &Made) -> Option<Made> {
    let t = src.text.as_str();
    let b = t.as_bytes();
    let escaped = (1..b.len()).any(|k| b[k - 1] == b'\\' && b[k].is_ascii_punctuation());
    if !escaped && !t.contains(['<', '&']) {
        return None;
    }
    let mut out = Made::default();
    let mut k = 0;
    while let Some(c) = t[k..].chars().next() {
        let rest = &t[k..];
        if c == '\\' && rest[1..].starts_with(|n: char| n.is_ascii_punctuation()) {
            out.push_from(src, k + 1..k + 2);
            k += 2;
            // (a row's number or marker before a space, `1\. Totaal`, `\- Baseline`:
            // a space after the char stands for the backslash, so the text is as
            // long as its source; it spans nothing, at the space after it)
            let marker = matches!(
                out.text.as_bytes().last(),
                Some(b'.' | b'-' | b'*' | b'+' | b')')
            );
            if marker && t[k..].starts_with(char::is_whitespace) {
                let at = src.source(k..k).start;
                out.stand_in(" ", at..at);
            }
            continue;
        }
        // an HTML entity left in the text (`&nbsp;&nbsp;waarvan rechters`)
        if c == '&' {
            let entity = [("&nbsp;", "\u{a0}"), ("&amp;", "&"), ("&euro;", "€")]
                .into_iter()
                .find(|(e, _)| rest.starts_with(e));
            if let Some((e, ch)) = entity {
                out.stand_in(ch, src.source(k..k + e.len()));
                k += e.len();
                continue;
            }
        }
        if c == '<' {
            if let Some(tag) = inline_tag(rest) {
                if tag.starts_with("<br") {
                    out.stand_in(" ", src.source(k..k + tag.len()));
                }
                k += tag.len();
                continue;
            }
        }
        out.push_from(src, k..k + c.len_utf8());
        k += c.len_utf8();
    }
    out.end = src.end;
    (out.text != t).then_some(out)
}

/// An inline HTML tag at the start of `t`: `<sup>`, `</sup>`, `<br />`, `<em>`.
fn inline_tag(t: &str) -> Option<&str> {
    let end = t.find('>')?;
    let inner = t[1..end].trim_start_matches('/').trim_end_matches('/');
    let name = inner.split_whitespace().next()?;
    matches!(
        name.to_ascii_lowercase().as_str(),
        "sup" | "sub" | "br" | "em" | "strong" | "b" | "i" | "span" | "small"
    )
    .then(|| &t[..=end])
}

/// The cells of a row: one line, a grid band's lines joined per column, or a line
/// followed by lines without a pipe that continue its last cell (a `<br>` in a
/// header cell: `... | Vastgestelde` / `begroting`).
fn row_cells<'a>(
    lines: &[TextLine<'a>],
    idx: &[usize],
    outer: bool,
    sep: u8,
    runs: &[usize],
) -> Vec<Cell<'a>> {
    let mut cols: Vec<Vec<(usize, &'a str)>> = Vec::new();
    let mut last = None;
    for &j in idx {
        let pieces = if runs.is_empty() {
            cells(&lines[j], outer, sep)
        } else {
            Some(ruled_cells(&lines[j], runs))
        };
        match pieces {
            Some(cs) => {
                for (c, (off, t)) in cs.iter().enumerate() {
                    if cols.len() <= c {
                        cols.push(Vec::new());
                    }
                    // an empty piece keeps the offset of an otherwise empty cell
                    if !t.is_empty() || cols[c].is_empty() {
                        cols[c].push((*off, t));
                    }
                }
                last = cs.len().checked_sub(1);
            }
            None => {
                let t = lines[j].text.trim();
                if let (Some(c), false) = (last, t.is_empty()) {
                    let off =
                        lines[j].start + (lines[j].text.len() - lines[j].text.trim_start().len());
                    cols[c].push((off, t));
                }
            }
        }
    }
    cols.into_iter()
        .map(|parts| {
            let parts: Vec<(usize, &str)> = match parts.iter().filter(|p| !p.1.is_empty()).count() {
                0 => parts.into_iter().take(1).collect(),
                _ => parts.into_iter().filter(|p| !p.1.is_empty()).collect(),
            };
            match parts.as_slice() {
                [] => Cell::One(0, ""),
                [(off, t)] => match unescaped(&Made::copied(t, *off)) {
                    Some(u) => Cell::Made(*off, u),
                    None => Cell::One(*off, t),
                },
                [(off, _), ..] => {
                    let joined = Made::joined(parts.iter().copied());
                    Cell::Made(*off, unescaped(&joined).unwrap_or(joined))
                }
            }
        })
        .collect()
}

/// Reads `block` through the flat reader; the found table's line range is mapped back
/// to `lines`.
fn read(lines: &[TextLine<'_>], b: &Block, floor: usize, loc: &Locator<'_>) -> Option<Found> {
    let rows: Vec<Vec<Cell<'_>>> = b
        .rows
        .iter()
        .map(|r| row_cells(lines, r, b.outer, b.sep, &b.runs))
        .collect();
    // a first header row with text in its first cell only, above more header rows,
    // is the table's title (trafilatura puts the HTML caption in the table's head)
    let filled = |c: &Cell<'_>| match c {
        Cell::One(_, t) => !t.is_empty(),
        Cell::Made(_, m) => !m.text.trim().is_empty(),
    };
    let titled =
        b.header > 1 && rows[0].first().is_some_and(filled) && !rows[0].iter().skip(1).any(filled);
    let first = usize::from(titled);
    // an upper header label spans the empty cells right of it (an HTML colspan,
    // printed as empty cells: `Norm | Realisatie |  |  ` over `| 2024 | 2022 | 2023 |
    // 2024`), when a row of years follows with an empty first cell: the label is
    // repeated in them so that each column has its own
    let text_of = |c: &Cell<'_>| c.text();
    let years_row = |k: usize, r: &[Cell<'_>]| {
        let labels: Vec<String> = r
            .iter()
            .skip(1)
            .map(&text_of)
            .filter(|t| !t.is_empty())
            .collect();
        // (its first cell empty, or the label column's head: `Regeling`, or any
        // words in the last row of a tabbed table's header, whose years close it)
        r.first().is_some_and(|c| {
            !filled(c)
                || super::is_label_column_header(&text_of(c))
                || (b.sep == b'\t'
                    && k + 1 == b.header
                    && !flat::is_year_or_arith_label(&text_of(c)))
        }) && labels.len() >= 2
            && labels.iter().all(|t| flat::is_year_or_arith_label(t))
    };
    let mut rows = rows;
    let last_head = (first + 1..=b.header.min(rows.len().saturating_sub(1)))
        .rev()
        .find(|&r| years_row(r, &rows[r]));
    // (the label column's head in the row of years, `Regeling`, is read as the
    // empty cell over the labels it stands for)
    // (so is the stub of a header row of phases, `Belastingsoort | Realisatie 2022 |
    // Raming 2023`: else it is taken for the table's title)
    let phases_row = || {
        let r = b.header.checked_sub(1).filter(|&r| r >= first)?;
        let labels: Vec<String> = rows[r].iter().skip(1).map(&text_of).collect();
        let stub = rows[r].first().map(&text_of)?;
        // (not a title or caption in the stub cell, html2text's: `Tabel 2 Uitgaven
        // (bedragen in € mln)`, `Bedragen x € 1.000`)
        (!stub.is_empty()
            && stub.split_whitespace().count() <= 4
            && !flat::numbered_title(&stub)
            && crate::grammar::table_caption(&stub).is_none()
            && !flat::is_column_label(&stub)
            && labels.len() >= 2
            && labels.iter().all(|t| flat::is_column_label(t)))
        .then_some(r)
    };
    // (only under a numbered title or a caption above the table: else the stub
    // cell is the best title there is, `Doelmatigheidsindicatoren | 2012 | …`)
    // (pandoc prints the caption after the table: `: Tabel 6 … (x € 1.000)`)
    let below = caption_below(lines, b.end);
    let titled_above = || {
        lines[floor.max(b.start.saturating_sub(6)).min(b.start)..b.start]
            .iter()
            .map(|l| l.text.trim().trim_matches(['*', '_', '#', ' ']))
            .chain(below.map(|(_, l)| l.text))
            .any(|t| flat::numbered_title(t) || crate::grammar::table_caption(t).is_some())
    };
    let stub_head = last_head
        .filter(|&yr| rows[yr].first().is_some_and(&filled))
        .or_else(|| {
            (last_head.is_none() && titled_above())
                .then(phases_row)
                .flatten()
        });
    if let Some(yr) = last_head {
        for row in rows.iter_mut().take(yr).skip(first) {
            let mut left: Option<String> = None;
            for c in row.iter_mut().skip(1) {
                if filled(c) {
                    left = Some(text_of(c));
                } else if let (Some(l), Cell::One(off, _) | Cell::Made(off, _)) = (&left, &*c) {
                    *c = Cell::Made(*off, Made::at(l, *off));
                }
            }
        }
    }
    // upper labels the flat reader would not take for a header's (`Zaken
    // ingestroomd` over two years, `Aantal studenten`): the tabs still say they head
    // the columns below them, so each is joined to its column's year, and the row of
    // years is read as the table's one header row
    let mut first = first;
    if let Some(yr) = last_head.filter(|&yr| yr > first && b.sep == b'\t') {
        let foreign = rows[first..yr]
            .iter()
            .flat_map(|r| r.iter().skip(1))
            .map(&text_of)
            .any(|t| !t.is_empty() && !flat::is_column_label(&t));
        if foreign {
            let upper: Vec<Vec<String>> = rows[first..yr]
                .iter()
                .map(|r| r.iter().map(&text_of).collect())
                .collect();
            for (c, cell) in rows[yr].iter_mut().enumerate().skip(1) {
                let mut label: Vec<&str> = upper
                    .iter()
                    .filter_map(|r| r.get(c).map(String::as_str))
                    .filter(|t| !t.is_empty())
                    .collect();
                let own = text_of(cell);
                label.push(&own);
                let (Cell::One(off, _) | Cell::Made(off, _)) = &*cell;
                *cell = Cell::Made(*off, Made::at(&label.join(" "), *off));
            }
            first = yr;
        }
    }
    let ncols = rows[first..b.header]
        .iter()
        .map(Vec::len)
        .max()
        .unwrap_or(0);
    if ncols < 3 {
        return None;
    }
    // the flat view: (real line index, line), the context above, then cell by cell
    let mut view = context_above(lines, b.start, floor);
    if titled {
        let line = b.rows[0][0];
        let tl = match &rows[0][0] {
            Cell::One(off, t) => Text::Line(TextLine {
                start: *off,
                text: t,
            }),
            Cell::Made(_, m) => Text::Made(m),
        };
        view.push((line, tl));
    }
    // html2text glues the caption to the stub cell (`Tabel 2 Productie en
    // doorlooptijden Product | 2021 | …`): the title goes above, the stub stays
    let glued = match rows.get(first).and_then(|r| r.first()) {
        Some(Cell::One(off, t)) if !titled => glued_stub(t).map(|(title, stub)| {
            let stub_at = *off + (stub.as_ptr() as usize - t.as_ptr() as usize);
            (*off, title, stub_at, stub)
        }),
        _ => None,
    };
    if let Some((off, title, _, _)) = glued {
        view.push((
            b.rows[first][0],
            Text::Line(TextLine {
                start: off,
                text: title,
            }),
        ));
    }
    let below_wrap = below.and_then(|(j, _)| caption_wrap(lines, j));
    if let Some((j, cap)) = below {
        // (read where a title stands, above the table; its wrapped rest under it)
        view.push((j, cap.into()));
        view.extend(below_wrap.map(|(j, l)| (j, l.into())));
    }
    // a blank line between the caption and the header, as flat text has
    view.push((
        b.start,
        Text::Line(TextLine {
            start: lines[b.start].start,
            text: "",
        }),
    ));
    let header_first = view.len();
    for (r, cells) in rows.iter().enumerate().skip(first) {
        let line = b.rows[r][0];
        let take = if r < b.header {
            ncols
        } else {
            ncols.max(cells.len())
        };
        for c in 0..take {
            // the cell's own text where it is a slice of the row, a made text
            // (joined, escapes taken out) with where its parts stand, or the
            // no-break space of an empty cell at the cell's place
            let stub = glued
                .filter(|_| r == first && c == 0)
                .map(|(_, _, at, stub)| (at, stub));
            let t = match (stub, cells.get(c)) {
                (Some((at, stub)), _) => Text::Line(TextLine {
                    start: at,
                    text: stub,
                }),
                (_, Some(Cell::One(off, _) | Cell::Made(off, _)))
                    if c == 0 && stub_head == Some(r) =>
                {
                    Text::At(*off, EMPTY_CELL)
                }
                (_, Some(Cell::One(off, t))) if !t.is_empty() => Text::Line(TextLine {
                    start: *off,
                    text: t,
                }),
                (_, Some(Cell::Made(_, m))) if !m.text.trim().is_empty() => Text::Made(m),
                (_, Some(Cell::Made(off, _) | Cell::One(off, _))) => Text::At(*off, EMPTY_CELL),
                (_, None) => Text::At(lines[line].start, EMPTY_CELL),
            };
            view.push((line, t));
        }
    }
    let layout = match b.sep {
        b'|' => "piped",
        b'\t' => "tabbed",
        _ => "ruled",
    };
    // one header row whose labels are no years or phases (`Ontvangen | Afgehandeld
    // | Gegrond`): the pipes or tabs still say they head the columns
    let labels =
        (b.header == first + 1 && ncols >= 3).then(|| header_first + 1..header_first + ncols);
    let mut f = read_view(
        lines,
        view,
        header_first,
        (b.start, b.end),
        layout,
        loc,
        labels,
    )?;
    if let Some((j, cap)) = below_wrap.or(below) {
        // (the caption below is the table's: the table runs from its first line
        // through it, where the flat view, which reads the caption first, would
        // start at the caption and end above it)
        f.lines.1 = f.lines.1.max(j + 1);
        let start = lines[b.start].start;
        f.table.line = loc.line(start);
        let mut span = loc.span(crate::span::Span::new(start, cap.start + cap.text.len()));
        span.end = span.end.max(f.table.span.end);
        f.table.span = span;
    }
    // a caption wrapped inside its scale (`… (bedragen x €` / `1.000)`) names the
    // scale only read as one line
    if let (None, Some((_, cap)), Some((_, wrap))) = (f.table.scale, below, below_wrap) {
        let joined = format!("{} {}", cap.text, wrap.text);
        if let Some((scale, cur, r)) = crate::grammar::table_caption(&joined) {
            f.table.caption = Some(joined[r].to_string());
            f.table.title = Some(super::aligned::strip_scale(&joined));
            f.table.scale = Some(scale);
            if let Some(c) = cur {
                f.table.currency = Some(c.code().into());
            }
            super::scale_bare_numbers(&mut f.table, scale, cur);
        }
    }
    Some(f)
}

/// A pandoc caption printed after a table (`: Tabel 6 Opbrengsten (x € 1.000)`),
/// at most two blank lines below its last line `end - 1`: its line index and its
/// text after the colon.
fn caption_below<'a>(lines: &[TextLine<'a>], end: usize) -> Option<(usize, TextLine<'a>)> {
    let (j, l) = lines
        .iter()
        .enumerate()
        .skip(end)
        .take(3)
        .find(|(_, l)| !l.text.trim().is_empty())?;
    let lead = l.text.len() - l.text.trim_start().len();
    let text = l.text[lead..].strip_prefix(": ")?.trim();
    // (a source note in the caption's place, `: Bron: …`, names no table)
    if text.is_empty() || super::is_source_line(text) {
        return None;
    }
    let at = l.start + (l.text.len() - l.text.trim_start_matches([' ', ':']).len());
    Some((j, TextLine { start: at, text }))
}

/// The line a pandoc caption wrapped onto, right under it at line `j` (`: Tabel 1
/// Suppletoire begroting 2022, uitgaven` / `  (bedragen x € 1.000)`): indented, no
/// caption or table line of its own. Its index and trimmed text.
fn caption_wrap<'a>(lines: &[TextLine<'a>], j: usize) -> Option<(usize, TextLine<'a>)> {
    let l = lines.get(j + 1)?;
    let text = l.text.trim();
    let lead = l.text.len() - l.text.trim_start().len();
    (lead > 0 && !text.is_empty() && !text.starts_with([':', '|', '+', '-']) && text.len() <= 160)
        .then(|| {
            (
                j + 1,
                TextLine {
                    start: l.start + lead,
                    text,
                },
            )
        })
}

/// A numbered title and the stub cell after it in one cell (`Tabel 2 Productie
/// Product`, `Tabel 11.1 … waterbeleid   Omschrijving`): the stub is a word that names
/// the label or unit column, or stands after a run of spaces. (title, stub), or None.
fn glued_stub(t: &str) -> Option<(&str, &str)> {
    if !flat::numbered_title(t) {
        return None;
    }
    let t = t.trim_end();
    let (head, stub) = match t.rfind("   ") {
        Some(p) => (&t[..p], t[p..].trim_start()),
        None => match t.rsplit_once(' ')? {
            // (capitalised as a header cell: `… per product` ends a title)
            (h, w)
                if w.starts_with(char::is_uppercase)
                    && (super::is_label_column_header(w) || super::is_unit_header(w)) =>
            {
                (h, w)
            }
            // or any words after the caption that closes the title (`… (bedragen x € 1
            // mln) Sector`)
            _ => {
                let p = t.rfind(')')?;
                let (h, w) = (&t[..=p], t[p + 1..].trim_start());
                if crate::grammar::table_caption(h).is_none_or(|(_, _, r)| r.end < h.len()) {
                    return None;
                }
                (h, w)
            }
        },
    };
    let head = head.trim_end();
    // (the title keeps a word after its number: `Tabel 4.3 Kengetallen` is a title)
    (flat::numbered_title(head)
        && head.split_whitespace().count() >= 3
        && !stub.is_empty()
        && stub.split_whitespace().count() <= 3)
        .then_some((head, stub))
}

/// The lines above a table (from `start` back to `floor`, at most [`CONTEXT_ABOVE`])
/// as the flat reader should see them before its cells: a converter's raw HTML
/// around the table (`<div class="table-container">`) blanked, so it is no title,
/// and a Markdown heading (`## Exploitatie`) read as its words. Each with its real
/// line index.
pub(super) fn context_above<'a>(
    lines: &[TextLine<'a>],
    start: usize,
    floor: usize,
) -> Vec<(usize, Text<'a>)> {
    let above = start.saturating_sub(CONTEXT_ABOVE).max(floor);
    let mut view = Vec::new();
    for (j, l) in lines.iter().enumerate().take(start).skip(above) {
        let t = l.text.trim();
        let tag = t.starts_with('<') && t.ends_with('>');
        let line = if tag {
            TextLine {
                start: l.start,
                text: "",
            }
        } else {
            let body = l.text.trim_start().trim_start_matches('#');
            if body.len() < l.text.trim_start().len() && body.starts_with(' ') {
                let body = body.trim_start();
                TextLine {
                    start: l.start + (l.text.len() - body.len()),
                    text: body,
                }
            } else {
                *l
            }
        };
        view.push((j, line.into()));
    }
    view
}

/// Ends the flat view of a table of `lines[span.0..span.1]` (a blank line, then the
/// lines after it, for footnotes), reads it with the flat reader and maps the table
/// found over `header_first` (the view index of the first header cell) back to
/// `lines`, with `layout`.
///
/// The flat reader reads the view's lines one after the other at offsets of their
/// own; a map from those offsets to the cleaned text's (a line's own, each part of a
/// made text's where it stands), applied before the cleaned text's to the decoded
/// text's, gives every span it reads in the source.
pub(super) fn read_view<'a>(
    lines: &[TextLine<'a>],
    mut view: Vec<(usize, Text<'a>)>,
    header_first: usize,
    span: (usize, usize),
    layout: &str,
    loc: &Locator<'_>,
    labels: Option<std::ops::Range<usize>>,
) -> Option<Found> {
    let (start, end) = span;
    view.push((
        end.saturating_sub(1),
        Text::Line(TextLine {
            start: lines[end - 1].start,
            text: "",
        }),
    ));
    for (j, l) in lines.iter().enumerate().skip(end).take(CONTEXT_BELOW) {
        view.push((j, Text::Line(*l)));
    }
    let mut anchors: Vec<Anchor> = Vec::with_capacity(view.len() * 2);
    let mut vlines: Vec<TextLine<'_>> = Vec::with_capacity(view.len());
    let mut at = 0;
    for (_, t) in &view {
        let (text, source_end) = match *t {
            Text::Line(l) => {
                anchors.push(Anchor {
                    clean: at,
                    decoded: l.start,
                    verbatim: true,
                });
                (l.text, l.start + l.text.len())
            }
            Text::Made(m) => {
                anchors.extend(m.anchors(at).map(|(v, c, copied)| Anchor {
                    clean: v,
                    decoded: c,
                    verbatim: copied,
                }));
                (m.text.as_str(), m.end)
            }
            Text::At(off, s) => {
                anchors.push(Anchor {
                    clean: at,
                    decoded: off,
                    verbatim: false,
                });
                (s, off)
            }
        };
        vlines.push(TextLine { start: at, text });
        at += text.len();
        // (the line break after it stands for where its source ends)
        anchors.push(Anchor {
            clean: at,
            decoded: source_end,
            verbatim: false,
        });
        at += 1;
    }
    let view_map = OffsetMap::from_anchors(anchors);
    let vloc = Locator {
        view: Some(&view_map),
        ..*loc
    };
    let found = flat::find_certain(&vlines, &vloc)
        .into_iter()
        .find(|f| f.lines.0 <= header_first && f.lines.1 > header_first)
        .or_else(|| {
            let labels = labels?;
            // (the labels' view lines are the cells of the one header row)
            (labels.end <= vlines.len())
                .then(|| flat::find_with_labels(&vlines, &vloc, labels))
                .flatten()
        })?;
    let (s, e) = found.lines;
    let mut f = found;
    let mut last = (view[e - 1].0 + 1).max(end);
    // (blank lines after the table are not the table's)
    while last > end && lines[last - 1].text.trim().is_empty() {
        last -= 1;
    }
    f.lines = (view[s].0.min(start), last);
    f.table.layout = layout.to_string();
    Some(f)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tl(text: &str) -> TextLine<'_> {
        TextLine { start: 0, text }
    }

    #[test]
    fn ruled_cells_part_at_the_runs() {
        // `  ------ ------- -----` runs start at chars 2, 9 and 17
        let runs = [2, 9, 17];
        let l = TextLine {
            start: 100,
            text: "  Omzet   44.120    – 445",
        };
        let c = ruled_cells(&l, &runs);
        assert_eq!(c, [(102, "Omzet"), (110, "44.120"), (120, "– 445")]);
        // a wrapped label's second line: the value columns are empty
        let l = TextLine {
            start: 0,
            text: "  a dep.",
        };
        let c = ruled_cells(&l, &runs);
        assert_eq!(c[0], (2, "a dep."));
        assert_eq!((c[1].1, c[2].1), ("", ""));
        // a word goes to the column its first char stands in
        let l = TextLine {
            start: 0,
            text: "  Omzet  2022",
        };
        assert_eq!(ruled_cells(&l, &runs)[1], (9, "2022"));
    }

    #[test]
    fn delimiters_and_rules() {
        assert!(is_delimiter("|---|---:|:---:|"));
        assert!(is_delimiter("---|---"));
        assert!(is_delimiter(" | --- | --- | "));
        assert!(!is_delimiter("| Baten | 91.270 |"));
        assert!(!is_delimiter("|---|"));
        assert!(!is_delimiter("--- | - x -"));
        assert!(is_grid_rule("+------+-----+---+"));
        assert!(is_grid_rule("  +======+=====+  "));
        assert!(!is_grid_rule("+------+"));
        assert!(!is_grid_rule("+--x--+---+---+"));
    }

    #[test]
    fn emphasis_taken_off_cells() {
        assert_eq!(strip_emphasis("**Totaal baten**"), ("Totaal baten", 2));
        assert_eq!(strip_emphasis("**-4.000**"), ("-4.000", 2));
        assert_eq!(strip_emphasis("*Baten*"), ("Baten", 1));
        assert_eq!(strip_emphasis("__2023__"), ("2023", 2));
        assert_eq!(strip_emphasis("*a* en *b*"), ("*a* en *b*", 0));
        assert_eq!(strip_emphasis("**"), ("**", 0));
        assert_eq!(strip_emphasis("* Voorlopig *"), ("* Voorlopig *", 0));
        assert_eq!(strip_emphasis("1.150*"), ("1.150*", 0));
    }

    #[test]
    fn markdown_taken_out_of_cells() {
        let unescape = |t: &str| unescaped(&Made::copied(t, 0)).map(|m| m.text);
        assert_eq!(unescape("1\\.").as_deref(), Some("1."));
        // (a backslash before a space is a space after the char)
        assert_eq!(unescape("\\- Baseline").as_deref(), Some("-  Baseline"));
        assert_eq!(
            unescape("3\\. \u{a0}Totaal").as_deref(),
            Some("3.  \u{a0}Totaal")
        );
        assert_eq!(
            unescape("Saldo (%)<sup>1</sup>").as_deref(),
            Some("Saldo (%)1")
        );
        assert_eq!(unescape("a<br>b").as_deref(), Some("a b"));
        assert_eq!(
            unescape("&nbsp;&nbsp;waarvan R&amp;D").as_deref(),
            Some("\u{a0}\u{a0}waarvan R&D")
        );
        assert_eq!(unescape("R&D"), None);
        assert_eq!(unescape("a<br />b").as_deref(), Some("a b"));
        // no tag, no escape: nothing to take out
        assert_eq!(unescape("x < 5 en y > 3"), None);
        assert_eq!(unescape("€ 1,2 mln."), None);
    }

    /// A made text keeps where each part stands: a span read from any part of it
    /// is that part's bytes in the source.
    #[test]
    fn made_texts_map_to_their_sources() {
        // `€ 0,71` at 10 and `n.b.` at 40, joined over two lines
        let m = Made::joined([(10, "€ 0,71"), (40, "n.b.")]);
        assert_eq!(m.text, "€ 0,71 n.b.");
        assert_eq!(m.source(0..8), 10..18);
        assert_eq!(m.source(9..13), 40..44);
        // the whole text covers both pieces; the join stands for the line break
        assert_eq!(m.source(0..13), 10..44);
        assert_eq!(m.source(8..9), 18..40);
        // an escape taken out: `é\\.é` (6 bytes at 100) is `é.é` (5 bytes)
        let u = unescaped(&Made::copied("é\\.é", 100)).unwrap();
        assert_eq!(u.text, "é.é");
        assert_eq!(u.source(0..2), 100..102);
        assert_eq!(u.source(2..3), 103..104);
        assert_eq!(u.source(3..5), 104..106);
        // an entity and a tag: each part of the text its own bytes, an entity's
        // char the whole entity
        let u = unescaped(&Made::copied("&nbsp;12<sup>1</sup>", 0)).unwrap();
        assert_eq!(u.text, "\u{a0}121");
        assert_eq!(u.source(0..2), 0..6);
        assert_eq!(u.source(2..4), 6..8);
        assert_eq!(u.source(4..5), 13..14);
        // a text the reader made stands at a point and spans nothing
        assert_eq!(Made::at("Realisatie", 7).source(0..10), 7..7);
    }

    /// A pandoc multiline table as the corpus prints seed 003's, with the rule, the
    /// header and its years, and `rows` under them.
    fn multiline(rows: &str) -> String {
        format!(
            "  ------------------------------------------------------------------\n\
             \x20                     Realisatie   Realisatie   Vastgestelde\n\
             \x20                                               begroting\n\
             \x20 ------------------- ------------ ------------ ------------------\n\
             \x20                     2021         2022         2022\n\n\
             {rows}\n\
             \x20 Koppelregister      100,00%      99,88%       99,2%\n\
             \x20 ------------------------------------------------------------------\n"
        )
    }

    /// Every cell's span is the bytes of its raw text; a row's starts at its
    /// label and holds the label's last word (the label's pieces, or the row's line
    /// where the aligned reader spans it).
    fn spans_slice_to_raw(text: &str, t: &crate::model::Table) {
        for r in &t.rows {
            for c in r.cells.iter().flatten() {
                assert_eq!(&text[c.span.start..c.span.end], c.raw, "{}", r.label);
            }
            let l = &text[r.span.start..r.span.end];
            let words: Vec<&str> = r.label.split_whitespace().collect();
            assert!(
                l.starts_with(words[0]) && l.contains(words[words.len() - 1]),
                "{l:?} for {:?}",
                r.label
            );
        }
    }

    /// Two rows of a multiline table with no blank line between them (one lost)
    /// are two rows: the lower one fills every column with values of its own, that
    /// do not read as one with the values above.
    #[test]
    fn multiline_rows_without_their_blank_line() {
        let text = multiline(
            "  Kostprijs DigiD     € 0,71       € 1,22       € 0,88\n\
             \x20 Uurtarief           n.b.         90,97        81,58\n",
        );
        for find in [find, super::super::aligned::find] {
            let found = super::super::find_in_text(&text, find);
            let t = &found[0].table;
            let rows: Vec<(&str, Vec<&str>)> = t
                .rows
                .iter()
                .map(|r| {
                    let cells = r.cells.iter().flatten().map(|c| c.raw.as_str()).collect();
                    (r.label.as_str(), cells)
                })
                .collect();
            assert_eq!(
                rows,
                [
                    ("Kostprijs DigiD", vec!["€ 0,71", "€ 1,22", "€ 0,88"]),
                    ("Uurtarief", vec!["n.b.", "90,97", "81,58"]),
                    ("Koppelregister", vec!["100,00%", "99,88%", "99,2%"]),
                ],
                "{}",
                t.layout
            );
            spans_slice_to_raw(&text, t);
        }
        // a row wrapped over two lines stays one: its label goes on in lower case,
        // or a column's pieces read as one value (`€ 208` / `mln.`)
        for rows in [
            "  Kostprijs DigiD     € 0,71       € 1,22       € 0,88\n\
             \x20 machtigen           n.b.         90,97        81,58\n",
            "  Omzet Logius        € 208        € 227        € 249\n\
             \x20 Verloop             mln.         mln.         mln.\n",
            "  Aantal              1 012        1 013        1 014\n\
             \x20 Verloop             345          346          347\n",
            "  Project Digipoort   niet         niet         niet\n\
             \x20 Verloop             uitgevoerd   uitgevoerd   uitgevoerd\n",
        ] {
            let text = multiline(rows);
            let t = &super::super::find_in_text(&text, find)[0].table;
            assert_eq!(t.rows.len(), 2, "{rows}");
        }
    }

    /// A cell joined from the lines of its row that the flat reader reads as two
    /// values (`€ 0,71` / `n.b.` under one column): each value's span is its own
    /// bytes, on its own line, and the label's covers its two lines.
    #[test]
    fn values_of_a_joined_cell_keep_their_own_spans() {
        let text = multiline(
            "  Kostprijs DigiD     € 0,71       € 1,22       € 0,88\n\
             \x20 Machtigen           n.b.\n",
        );
        let t = &super::super::find_in_text(&text, find)[0].table;
        let first = &t.rows[0];
        assert_eq!(first.label, "Kostprijs DigiD Machtigen");
        let raws: Vec<&str> = first
            .cells
            .iter()
            .flatten()
            .map(|c| c.raw.as_str())
            .collect();
        assert!(raws.starts_with(&["€ 0,71", "n.b."]), "{raws:?}");
        spans_slice_to_raw(&text, t);
    }

    #[test]
    fn cells_with_offsets() {
        let l = tl("| Baten |  91.270 | |");
        let c = cells(&l, true, b'|').unwrap();
        assert_eq!(c, vec![(2, "Baten"), (11, "91.270"), (19, "")]);
        let l = tl("Baten | 91.270");
        assert_eq!(
            cells(&l, false, b'|').unwrap(),
            vec![(0, "Baten"), (8, "91.270")]
        );
        // without outer pipes, empty cells at the edges are cells
        let l = tl("  | 2012 | 2013 |   ");
        assert_eq!(
            cells(&l, false, b'|').unwrap(),
            vec![(2, ""), (4, "2012"), (11, "2013"), (17, "")]
        );
        // an escaped pipe is text
        let l = tl("| a \\| b | 1 |");
        assert_eq!(
            cells(&l, true, b'|').unwrap(),
            vec![(2, "a \\| b"), (11, "1")]
        );
        assert!(cells(&tl("no pipes"), true, b'|').is_none());
    }

    #[test]
    fn box_rules_and_rows() {
        assert!(is_grid_rule("┌────┬────┐"));
        assert!(is_grid_rule("  ╞════╪════╡ "));
        assert!(is_grid_rule("└────┴────┘"));
        // one cell, or a line of horizontals only, is no rule
        assert!(!is_grid_rule("┌────────┐"));
        assert!(!is_grid_rule("──────────"));
        assert!(!is_grid_rule("┌──x─┬────┐"));
        assert!(is_grid_row("│ Omzet │ 1.200 │"));
        assert!(!is_grid_row("│ Omzet │ 1.200"));
        let c = cells(&tl("│ Omzet │ 1.200 │"), true, b'|').unwrap();
        assert_eq!(c, vec![(4, "Omzet"), (14, "1.200")]);
    }
}
