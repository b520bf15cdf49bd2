//! Raw HTML tables left in Markdown: pandoc `-t gfm` prints a table whose header
//! spans columns as HTML (`<table>`, `<tr>`, `<th>`, `<td>`, one tag a line), and
//! other converters pass such tables through.
//!
//! In: the cleaned lines. Out: [`Found`] tables with `layout: "html"`.
//!
//! The markup says where each cell is, so, as for [piped](super::piped) tables,
//! each cell is handed to the [`flat`](super::flat) reader on a line of its own
//! (an empty cell as a no-break space), after the lines above the table and the
//! `<caption>`. A cell keeps its offset in the cleaned text; a cell whose text is
//! not one slice of a line (`Vastgestelde<br />` / `begroting`, an entity) is made
//! with where each of its parts stands ([`Made`]), so its span covers its source.
//! `colspan` repeats empty cells after the cell; an upper header label is repeated
//! over the empty cells right of it when a row of years follows, as in piped
//! tables.

use super::piped::{context_above, read_view, Made, Text, EMPTY_CELL, MAX_LINES};
use super::{flat, Found};
use crate::segment::TextLine;
use crate::span::Locator;

/// At most this many cells in one row (and `colspan` repeats).
const MAX_COLS: usize = 60;

/// One cell: where its text starts, the line it starts on, its text made with where
/// its parts stand (None when it is one slice of that line: then `len` bytes at
/// `off`), and how many columns it spans.
#[derive(Clone, Debug)]
struct HCell {
    off: usize,
    line: usize,
    len: usize,
    made: Option<Made>,
    span: usize,
}

struct HTable {
    start: usize,
    end: usize,
    caption: Option<HCell>,
    rows: Vec<Vec<HCell>>,
    /// Rows inside `<thead>`.
    head: usize,
}

/// Finds raw HTML tables in `lines`.
pub fn find(lines: &[TextLine<'_>], loc: &Locator<'_>) -> Vec<Found> {
    let mut out = Vec::new();
    // most documents hold no table markup
    if !lines
        .iter()
        .any(|l| l.text.trim_start().starts_with("<table"))
    {
        return out;
    }
    let mut i = 0;
    let mut floor = 0;
    while i < lines.len() {
        if !lines[i].text.trim_start().starts_with("<table") {
            i += 1;
            continue;
        }
        let Some(t) = parse(lines, i) else {
            i += 1;
            continue;
        };
        let end = t.end;
        if let Some(f) = read(lines, &t, floor, loc) {
            floor = f.lines.1.max(end);
            out.push(f);
        }
        i = end.max(i + 1);
    }
    out
}

/// A cell's text with entities decoded, keeping where each part stands; `None`
/// when it holds no `&`.
fn decoded(src: &Made) -> Option<Made> {
    let s = src.text.as_str();
    if !s.contains('&') {
        return None;
    }
    let mut out = Made::default();
    let mut k = 0;
    while let Some(p) = s[k..].find('&').map(|p| k + p) {
        out.push_from(src, k..p);
        let after = &s[p..];
        let semi = after.find(';').filter(|&k| k <= 8);
        let ent = semi.map(|k| &after[1..k]);
        let ch = match ent {
            Some("nbsp") | Some("#160") | Some("#xa0") | Some("#xA0") => Some("\u{a0}"),
            Some("amp") => Some("&"),
            Some("lt") => Some("<"),
            Some("gt") => Some(">"),
            Some("quot") => Some("\""),
            Some("#39") | Some("apos") => Some("'"),
            Some("euro") | Some("#8364") => Some("€"),
            Some("ndash") | Some("#8211") => Some("–"),
            _ => None,
        };
        match (ch, semi) {
            (Some(c), Some(e)) => {
                out.stand_in(c, src.source(p..p + e + 1));
                k = p + e + 1;
            }
            _ => {
                out.push_from(src, p..p + 1);
                k = p + 1;
            }
        }
    }
    out.push_from(src, k..s.len());
    Some(out)
}

/// The `colspan` of a start tag (1 when none or unreadable).
fn colspan(tag: &str) -> usize {
    let Some(p) = tag.find("colspan") else {
        return 1;
    };
    let v: String = tag[p + 7..]
        .chars()
        .skip_while(|c| matches!(c, '=' | '"' | '\'' | ' '))
        .take_while(char::is_ascii_digit)
        .collect();
    v.parse::<usize>().unwrap_or(1).clamp(1, MAX_COLS)
}

/// A cell being read: its pieces (offset, line, text), its span, and whether it is
/// the caption.
type OpenCell<'a> = (Vec<(usize, usize, &'a str)>, usize, bool);

/// Reads the table whose `<table` opens line `i`, up to `</table>`.
fn parse(lines: &[TextLine<'_>], i: usize) -> Option<HTable> {
    let mut rows: Vec<Vec<HCell>> = Vec::new();
    let mut caption: Option<HCell> = None;
    let mut head = 0usize;
    let mut in_head = false;
    // the cell being read: its pieces (offset, line, text) and span; `caption`
    // when the text is the caption's
    let mut cell: Option<OpenCell<'_>> = None;
    let finish = |pieces: Vec<(usize, usize, &str)>, span: usize| -> HCell {
        let texts: Vec<(usize, usize, &str)> = pieces
            .into_iter()
            .map(|(o, l, t)| {
                let lead = t.len() - t.trim_start().len();
                (o + lead, l, t.trim())
            })
            .filter(|(_, _, t)| !t.is_empty())
            .collect();
        match texts.as_slice() {
            [] => HCell {
                off: 0,
                line: usize::MAX,
                len: 0,
                made: None,
                span,
            },
            [(o, l, t)] => HCell {
                off: *o,
                line: *l,
                len: t.len(),
                made: decoded(&Made::copied(t, *o)),
                span,
            },
            [(o, l, _), ..] => {
                let joined = Made::joined(texts.iter().map(|p| (p.0, p.2)));
                HCell {
                    off: *o,
                    line: *l,
                    len: 0,
                    made: Some(decoded(&joined).unwrap_or(joined)),
                    span,
                }
            }
        }
    };
    let mut j = i;
    while j < lines.len() && j < i + MAX_LINES {
        let l = &lines[j];
        let t = l.text;
        let mut k = 0;
        while k < t.len() {
            let Some(lt) = t[k..].find('<').map(|p| k + p) else {
                if let Some((pieces, _, _)) = cell.as_mut() {
                    pieces.push((l.start + k, j, &t[k..]));
                }
                break;
            };
            if let Some((pieces, _, _)) = cell.as_mut() {
                if lt > k {
                    pieces.push((l.start + k, j, &t[k..lt]));
                }
            }
            let Some(gt) = t[lt..].find('>').map(|p| lt + p) else {
                // a tag broken over lines: no table this reader can vouch for
                return None;
            };
            let tag = &t[lt + 1..gt];
            let name: String = tag
                .trim_start_matches('/')
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric())
                .collect::<String>()
                .to_ascii_lowercase();
            let closing = tag.starts_with('/');
            match (name.as_str(), closing) {
                ("tr", false) => {
                    if rows.len() >= MAX_LINES {
                        return None;
                    }
                    rows.push(Vec::new());
                    if in_head {
                        head = rows.len();
                    }
                }
                ("th" | "td", false) => cell = Some((Vec::new(), colspan(tag), false)),
                ("caption", false) => cell = Some((Vec::new(), 1, true)),
                ("th" | "td" | "caption", true) => {
                    if let Some((pieces, span, is_caption)) = cell.take() {
                        let c = finish(pieces, span);
                        if is_caption {
                            caption = Some(c);
                        } else if let Some(r) = rows.last_mut() {
                            if r.len() < MAX_COLS {
                                r.push(c);
                            }
                        }
                    }
                }
                ("thead", false) => in_head = true,
                ("thead", true) => in_head = false,
                ("table", true) => {
                    return Some(HTable {
                        start: i,
                        end: j + 1,
                        caption,
                        rows,
                        head,
                    });
                }
                // `<br />`, `<sup>`, `<span>`, …: the text around them goes on as
                // pieces of the cell, joined by spaces
                _ => {}
            }
            k = gt + 1;
        }
        j += 1;
    }
    None
}

/// The text a cell shows.
fn text_of<'a>(lines: &'a [TextLine<'_>], c: &'a HCell) -> &'a str {
    match &c.made {
        Some(m) => m.text.as_str(),
        None if c.len == 0 => "",
        None => {
            let l = &lines[c.line];
            let a = c.off - l.start;
            &l.text[a..a + c.len]
        }
    }
}

/// Reads `t` through the flat reader; the found table's line range is mapped back
/// to `lines`.
fn read(lines: &[TextLine<'_>], t: &HTable, floor: usize, loc: &Locator<'_>) -> Option<Found> {
    // cells with their colspans spread out as empty cells
    let mut rows: Vec<Vec<HCell>> = Vec::with_capacity(t.rows.len());
    for r in &t.rows {
        let mut out = Vec::new();
        for c in r {
            out.push(c.clone());
            for _ in 1..c.span {
                if out.len() >= MAX_COLS {
                    break;
                }
                out.push(HCell {
                    off: c.off,
                    line: usize::MAX,
                    len: 0,
                    made: None,
                    span: 1,
                });
            }
        }
        rows.push(out);
    }
    rows.retain(|r| !r.is_empty());
    let ncols = rows.iter().map(Vec::len).max().unwrap_or(0);
    if ncols < 3 || rows.len() < 2 {
        return None;
    }
    let head = t.head.min(rows.len());
    // an upper header label spans the empty cells right of it when a row of years
    // with an empty first cell follows (pandoc writes the colspan out as cells)
    let filled = |c: &HCell| !text_of(lines, c).trim().is_empty();
    let years_row = |r: &[HCell]| {
        let labels: Vec<&str> = r
            .iter()
            .skip(1)
            .map(|c| text_of(lines, c).trim())
            .filter(|t| !t.is_empty())
            .collect();
        r.first().is_some_and(|c| !filled(c))
            && labels.len() >= 2
            && labels.iter().all(|t| flat::is_year_or_arith_label(t))
    };
    if let Some(yr) = (1..head.max(2).min(rows.len()))
        .rev()
        .find(|&r| years_row(&rows[r]))
    {
        for row in rows.iter_mut().take(yr) {
            let mut left: Option<String> = None;
            for cell in row.iter_mut().skip(1) {
                if filled(cell) {
                    left = Some(text_of(lines, cell).trim().to_string());
                } else if let Some(l) = &left {
                    let off = cell.off;
                    *cell = HCell {
                        off,
                        line: usize::MAX,
                        len: 0,
                        made: Some(Made::at(l, off)),
                        span: 1,
                    };
                }
            }
        }
    }
    // the flat view: (real line index, line), the context above, then cell by cell
    // (a made text with where its parts stand, an empty cell as a no-break space at
    // the start of its line)
    let mut view = context_above(lines, t.start, floor);
    if let Some(c) = &t.caption {
        let line = if c.line == usize::MAX {
            t.start
        } else {
            c.line
        };
        match &c.made {
            None if c.len > 0 => {
                let l = &lines[line];
                let a = c.off - l.start;
                view.push((
                    line,
                    Text::Line(TextLine {
                        start: c.off,
                        text: &l.text[a..a + c.len],
                    }),
                ));
            }
            Some(m) => view.push((line, Text::Made(m))),
            _ => {}
        }
    }
    view.push((
        t.start,
        Text::Line(TextLine {
            start: lines[t.start].start,
            text: "",
        }),
    ));
    let header_first = view.len();
    for r in &rows {
        let row_line = r
            .iter()
            .map(|c| c.line)
            .find(|&l| l != usize::MAX)
            .unwrap_or(t.start);
        for c in 0..ncols {
            match r.get(c) {
                Some(cell) if cell.made.is_none() && cell.len > 0 => {
                    let l = &lines[cell.line];
                    let a = cell.off - l.start;
                    view.push((
                        cell.line,
                        Text::Line(TextLine {
                            start: cell.off,
                            text: &l.text[a..a + cell.len],
                        }),
                    ));
                }
                Some(cell) => {
                    let line = if cell.line == usize::MAX {
                        row_line
                    } else {
                        cell.line
                    };
                    let text = match &cell.made {
                        Some(m) if !m.text.trim().is_empty() => Text::Made(m),
                        _ => Text::At(lines[line].start, EMPTY_CELL),
                    };
                    view.push((line, text));
                }
                None => view.push((row_line, Text::At(lines[row_line].start, EMPTY_CELL))),
            }
        }
    }
    read_view(
        lines,
        view,
        header_first,
        (t.start, t.end),
        "html",
        loc,
        None,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(text: &str) -> Vec<Found> {
        super::super::find_in_text(text, find)
    }

    const TABLE: &str = "Inleiding van het hoofdstuk.\n\n<table>\n<caption>Tabel 2 Kengetallen (bedragen x &euro; 1.000)</caption>\n<thead>\n<tr>\n<th> </th>\n<th colspan=\"2\">Realisatie</th>\n<th>Vastgestelde<br />\nbegroting</th>\n</tr>\n<tr>\n<th>&nbsp;</th>\n<th>2021</th>\n<th>2022</th>\n<th>2022</th>\n</tr>\n</thead>\n<tbody>\n<tr><td>Omzet &amp; baten</td><td>98 560</td><td>– 1.200</td><td>p.m.</td></tr>\n<tr>\n<td>Totaal</td>\n<td>(1.200)</td>\n<td></td>\n<td>&lt; 5</td>\n</tr>\n</tbody>\n</table>\n\nDe toelichting volgt hieronder.\n";

    /// A raw HTML table: the caption names it and its scale, `colspan` spreads the
    /// upper label, a `<br />` joins a label, entities are read, an empty `<td>` is
    /// an empty cell; every cell points at its own line.
    #[test]
    fn raw_html_table_in_markdown() {
        let f = run(TABLE);
        assert_eq!(f.len(), 1);
        let t = &f[0].table;
        assert_eq!(t.layout, "html");
        assert_eq!(t.title.as_deref(), Some("Tabel 2 Kengetallen"));
        assert_eq!(t.caption.as_deref(), Some("(bedragen x € 1.000)"));
        assert_eq!(t.scale.map(|s| s.to_string()).as_deref(), Some("1000"));
        let cols: Vec<&str> = t.columns.iter().map(|c| c.label.as_str()).collect();
        assert_eq!(
            cols,
            [
                "Realisatie 2021",
                "Realisatie 2022",
                "Vastgestelde begroting 2022"
            ]
        );
        assert_eq!(t.rows.len(), 2);
        assert_eq!(t.rows[0].label, "Omzet & baten");
        let raw: Vec<Option<&str>> = t.rows[0]
            .cells
            .iter()
            .map(|c| c.as_ref().map(|c| c.raw.as_str()))
            .collect();
        assert_eq!(raw, [Some("98 560"), Some("– 1.200"), Some("p.m.")]);
        let v = t.rows[0].cells[1]
            .as_ref()
            .unwrap()
            .value
            .unwrap()
            .to_string();
        assert_eq!(v, "-1200000");
        let total: Vec<Option<&str>> = t.rows[1]
            .cells
            .iter()
            .map(|c| c.as_ref().map(|c| c.raw.as_str()))
            .collect();
        assert_eq!(total, [Some("(1.200)"), None, Some("< 5")]);
        // cells on lines of their own point at them
        let c = t.rows[1].cells[0].as_ref().unwrap();
        assert_eq!(&TABLE[c.span.start..c.span.end], "(1.200)");
        assert_eq!(c.line, 23);
        // the table's lines: from the caption to `</table>`
        assert_eq!(f[0].lines.1, 28);
    }

    /// Broken or unclosed markup is no table; nothing panics on a cut.
    #[test]
    fn unclosed_or_broken_markup() {
        assert!(run("<table>\n<tr><td>Omzet</td><td>1</td><td>2</td></tr>\n").is_empty());
        assert!(run("<table>\n<tr><td>Omzet</td><td\n>1</td></tr>\n</table>\n").is_empty());
        for cut in 0..TABLE.len() {
            if TABLE.is_char_boundary(cut) {
                let _ = run(&TABLE[..cut]);
            }
        }
    }

    #[test]
    fn entities_and_colspans() {
        let decode_entities = |s: &str| decoded(&Made::copied(s, 0)).map(|m| m.text);
        assert_eq!(decode_entities("a &amp; b").as_deref(), Some("a & b"));
        assert_eq!(decode_entities("&nbsp;").as_deref(), Some("\u{a0}"));
        assert_eq!(decode_entities("R&D &x; &").as_deref(), Some("R&D &x; &"));
        assert_eq!(decode_entities("plain"), None);
        assert_eq!(colspan("th colspan=\"3\""), 3);
        assert_eq!(colspan("td colspan=2"), 2);
        assert_eq!(colspan("td"), 1);
        assert_eq!(colspan("td colspan=\"9999\""), MAX_COLS);
    }
}
