//! Cleaned text to blocks: headings, paragraphs, bullet items, tables, in order.
//!
//! In: the cleaned text's lines and the line ranges the table parsers claimed.
//! Out: [`Block`]s whose text is the lines joined by spaces (hard-wrapped lines
//! rebuilt into one paragraph), with a map from block offsets back to the cleaned
//! text. Offsets here are cleaned-text offsets; stages map them to the source with
//! [`crate::span::Locator`].
//! This module does not parse values, tables or sentences.

use crate::span::{lines_with_offsets, Span};

/// One line of the cleaned text: its byte offset and content (no terminator).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TextLine<'a> {
    pub start: usize,
    pub text: &'a str,
}

impl TextLine<'_> {
    pub fn span(&self) -> Span {
        Span::new(self.start, self.start + self.text.len())
    }

    /// True for lines with nothing but whitespace, including no-break spaces.
    pub fn is_blank(&self) -> bool {
        self.text.chars().all(char::is_whitespace)
    }
}

/// Splits cleaned text into lines with offsets.
pub fn lines(text: &str) -> Vec<TextLine<'_>> {
    lines_with_offsets(text)
        .map(|(start, text)| TextLine { start, text })
        .collect()
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BlockKind {
    Heading,
    Paragraph,
    /// One item of a bulleted or numbered list; `marker` holds its bullet.
    Bullet,
    /// Lines a table parser claimed; `table` is the index in the document's tables.
    Table,
}

/// A block of content.
#[derive(Clone, Debug, PartialEq)]
pub struct Block {
    pub kind: BlockKind,
    /// The block's text: its lines trimmed and joined by single spaces (bullet marker removed).
    pub text: String,
    /// `(offset in text, offset in cleaned text)` for each joined piece, ascending.
    pub pieces: Vec<(usize, usize)>,
    /// Index of the first line in the line list.
    pub first_line: usize,
    /// Index one past the last line.
    pub end_line: usize,
    /// Cleaned-text span from the first to the last byte.
    pub span: Span,
    /// The printed list marker of a bullet (`•`, `-`, `1)`).
    pub marker: Option<String>,
    /// Table index for `BlockKind::Table`.
    pub table: Option<usize>,
    /// Heading level guess (1 = top), for headings.
    pub level: u8,
}

impl Block {
    /// Cleaned-text offset of a byte offset into `text`.
    pub fn to_clean(&self, off: usize) -> usize {
        let i = self.pieces.partition_point(|&(b, _)| b <= off);
        if i == 0 {
            return self.span.start;
        }
        let (b, c) = self.pieces[i - 1];
        c + (off - b)
    }

    /// Cleaned-text span of a span of `text`.
    pub fn span_to_clean(&self, s: Span) -> Span {
        let start = self.to_clean(s.start);
        let end = if s.end > s.start {
            self.to_clean(s.end - 1) + 1
        } else {
            start
        };
        Span::new(start, end)
    }
}

/// Bullet markers at the start of a line: `•`, `-`, `–`, `*`, `·`, `«`, `o`, `1)`, `a)`.
pub fn bullet_marker(line: &str) -> Option<(&str, &str)> {
    let t = line.trim_start();
    for m in ["•", "·", "«", "▪", "●", "- ", "– ", "* "] {
        if let Some(rest) = t.strip_prefix(m) {
            let rest = rest.trim_start();
            if !rest.is_empty() {
                return Some((m.trim(), rest));
            }
        }
    }
    // `1)` / `a)` numbered items
    let b = t.as_bytes();
    let n = b.iter().take_while(|c| c.is_ascii_digit()).count();
    let n = if n == 0 && b.first().is_some_and(|c| c.is_ascii_lowercase()) {
        1
    } else {
        n
    };
    if n > 0 && n <= 2 && b.get(n) == Some(&b')') && b.get(n + 1) == Some(&b' ') {
        let rest = t[n + 1..].trim_start();
        if !rest.is_empty() {
            return Some((&t[..n + 1], rest));
        }
    }
    None
}

/// Does the line look like a heading: short, no closing punctuation, capitalised or numbered?
pub fn looks_like_heading(line: &str) -> bool {
    let t = line.trim();
    if t.is_empty() || t.chars().count() > 90 {
        return false;
    }
    if t.ends_with(['.', ',', ';', ':', '?', '!']) && !t.ends_with("...") {
        // `4.1 Logius` ends in a letter; `Tot slot.` is a sentence
        return false;
    }
    let first = t.chars().next().unwrap();
    if !(first.is_uppercase() || first.is_ascii_digit()) {
        return false;
    }
    if first.is_ascii_digit() {
        // `4.1 Logius`, `2. Inleiding` but not `2014` or `42.755`
        let num: String = t
            .chars()
            .take_while(|c| c.is_ascii_digit() || *c == '.')
            .collect();
        let rest = t[num.len()..].trim_start();
        return num.len() < t.len()
            && t[num.len()..].starts_with(' ')
            && rest.chars().next().is_some_and(char::is_uppercase)
            && num.len() <= 6;
    }
    let words = t.split_whitespace().count();
    words <= 12
}

/// Heading level from a numbered heading (`4.1 Logius` -> 2), else `default`.
fn heading_level(t: &str, default: u8) -> u8 {
    let num: String = t
        .trim()
        .chars()
        .take_while(|c| c.is_ascii_digit() || *c == '.')
        .collect();
    let parts = num
        .trim_end_matches('.')
        .split('.')
        .filter(|p| !p.is_empty())
        .count();
    if parts > 0 && t.trim().len() > num.len() {
        parts as u8
    } else {
        default
    }
}

/// Segments `lines` into blocks; `tables` are the claimed line ranges `[start, end)` per table,
/// sorted and non-overlapping.
pub fn segment(lines: &[TextLine<'_>], tables: &[(usize, usize)]) -> Vec<Block> {
    let mut blocks = Vec::new();
    let mut i = 0;
    let mut t = 0;
    // Hard-wrapped prose (PDF text, OCR) continues a paragraph on the next line;
    // web exports put a whole paragraph on one line. Decide per document.
    let wrapped = is_hard_wrapped(lines);
    while i < lines.len() {
        if t < tables.len() && tables[t].0 == i {
            let (s, e) = tables[t];
            let span = Span::new(lines[s].start, lines[e.max(s + 1) - 1].span().end);
            blocks.push(Block {
                kind: BlockKind::Table,
                text: String::new(),
                pieces: Vec::new(),
                first_line: s,
                end_line: e,
                span,
                marker: None,
                table: Some(t),
                level: 0,
            });
            i = e.max(i + 1);
            t += 1;
            continue;
        }
        let line = lines[i];
        if line.is_blank() {
            i += 1;
            continue;
        }
        let next_blank = lines.get(i + 1).is_none_or(|l| l.is_blank());
        let prev_blank = i == 0 || lines[i - 1].is_blank();
        let table_next = t < tables.len() && tables[t].0 == i + 1;
        let (kind, marker, content_start) = if let Some((m, rest)) = bullet_marker(line.text) {
            (
                BlockKind::Bullet,
                Some(m.to_string()),
                line.text.len() - rest.len(),
            )
        } else if looks_like_heading(line.text)
            && (prev_blank || !wrapped)
            && (!wrapped || next_blank || table_next)
        {
            (BlockKind::Heading, None, 0)
        } else {
            (BlockKind::Paragraph, None, 0)
        };
        let mut block = Block {
            kind,
            text: String::new(),
            pieces: Vec::new(),
            first_line: i,
            end_line: i + 1,
            span: line.span(),
            marker,
            table: None,
            level: if kind == BlockKind::Heading {
                heading_level(line.text, 2)
            } else {
                0
            },
        };
        push_piece(&mut block, line, content_start);
        i += 1;
        if wrapped && kind != BlockKind::Heading {
            // join continuation lines until a blank line, a bullet, a table or a heading-like line after a sentence end
            while i < lines.len() {
                let l = lines[i];
                if l.is_blank()
                    || bullet_marker(l.text).is_some()
                    || (t < tables.len() && tables[t].0 == i)
                {
                    break;
                }
                push_piece(&mut block, l, 0);
                block.end_line = i + 1;
                block.span = block.span.cover(l.span());
                i += 1;
            }
        }
        blocks.push(block);
    }
    blocks
}

fn push_piece(block: &mut Block, line: TextLine<'_>, content_start: usize) {
    let content = &line.text[content_start..];
    let lead = content.len() - content.trim_start().len();
    let trimmed = content.trim();
    if trimmed.is_empty() {
        return;
    }
    if !block.text.is_empty() {
        // a word broken at the line end with a hyphen stays as printed here; repair joins it
        block.text.push(' ');
    }
    block
        .pieces
        .push((block.text.len(), line.start + content_start + lead));
    block.text.push_str(trimmed);
}

/// A document is hard-wrapped when most of its prose lines stop well before a
/// paragraph would end: many lines of similar length that end without a full stop.
fn is_hard_wrapped(lines: &[TextLine<'_>]) -> bool {
    let mut long = 0usize;
    let mut continued = 0usize;
    for w in lines.windows(2) {
        let (a, b) = (w[0].text.trim(), w[1].text.trim());
        let n = a.chars().count();
        if n >= 40 {
            long += 1;
            if n <= 110
                && !a.ends_with(['.', ':', ';', '?', '!'])
                && b.chars().next().is_some_and(|c| c.is_lowercase())
            {
                continued += 1;
            }
        }
    }
    long > 0 && continued * 4 >= long
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn web_text_one_paragraph_per_line() {
        let t = "Inleiding\n\nLogius is opgericht. Dat is goed.\n\n • 1) beheer en exploitatie;\n • 2) inbeheername;\n";
        let ls = lines(t);
        let b = segment(&ls, &[]);
        let kinds: Vec<_> = b.iter().map(|b| b.kind).collect();
        assert_eq!(
            kinds,
            vec![
                BlockKind::Heading,
                BlockKind::Paragraph,
                BlockKind::Bullet,
                BlockKind::Bullet
            ]
        );
        assert_eq!(b[2].text, "1) beheer en exploitatie;");
        assert_eq!(b[2].marker.as_deref(), Some("•"));
    }

    #[test]
    fn wrapped_prose_is_joined_and_maps_back() {
        let t = "Inleiding\n\nLogius gelooft in een overheid die altijd, overal en voor iedereen\nbeschikbaar en toegankelijk is. Daarom bieden we producten en\ndiensten aan.\n";
        let ls = lines(t);
        let b = segment(&ls, &[]);
        assert_eq!(b.len(), 2);
        assert_eq!(b[0].kind, BlockKind::Heading);
        assert!(b[1].text.contains("iedereen beschikbaar"));
        let off = b[1].text.find("beschikbaar").unwrap();
        let c = b[1].to_clean(off);
        assert_eq!(&t[c..c + 11], "beschikbaar");
    }

    #[test]
    fn headings() {
        assert!(looks_like_heading("4.1 Logius"));
        assert!(looks_like_heading("Tot slot"));
        assert!(!looks_like_heading("2014"));
        assert!(!looks_like_heading("42.755"));
        assert!(!looks_like_heading("Dit is een zin."));
        assert_eq!(heading_level("4.1 Logius", 2), 2);
    }
}
