//! Byte spans into the decoded text and the line index that turns offsets into lines.
//!
//! In: the decoded text. Out: [`Span`] (half-open byte range) and [`LineIndex`]
//! (offset -> 1-based line and column). Every span in the output points into the
//! decoded original, never into the repaired text (see `repair::OffsetMap`).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// A half-open byte range `[start, end)` into the decoded text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Span {
        Span {
            start,
            end: end.max(start),
        }
    }

    pub fn len(&self) -> usize {
        self.end - self.start
    }

    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// Shifts a span found in a slice that starts at `base`.
    pub fn offset(self, base: usize) -> Span {
        Span::new(self.start + base, self.end + base)
    }

    pub fn cover(self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }
}

/// Line starts of a text, for offset -> line look-ups in O(log n).
///
/// Lines end at `\n`, `\r\n` or a lone `\r` (old Mac exports), so line numbers
/// agree with what an editor shows for the decoded file.
#[derive(Clone, Debug)]
pub struct LineIndex {
    starts: Vec<usize>,
    len: usize,
}

impl LineIndex {
    pub fn new(text: &str) -> LineIndex {
        let bytes = text.as_bytes();
        let mut starts = vec![0];
        let mut i = 0;
        while let Some(p) = memchr::memchr2(b'\n', b'\r', &bytes[i..]) {
            let at = i + p;
            let next = if bytes[at] == b'\r' && bytes.get(at + 1) == Some(&b'\n') {
                at + 2
            } else {
                at + 1
            };
            starts.push(next);
            i = next;
            if i >= bytes.len() {
                break;
            }
        }
        LineIndex {
            starts,
            len: text.len(),
        }
    }

    /// 1-based line of a byte offset (offsets past the end give the last line).
    pub fn line(&self, offset: usize) -> usize {
        let offset = offset.min(self.len);
        match self.starts.binary_search(&offset) {
            Ok(i) => i + 1,
            Err(i) => i,
        }
    }

    /// Byte offset where 1-based `line` starts.
    pub fn line_start(&self, line: usize) -> usize {
        self.starts
            .get(line.saturating_sub(1))
            .copied()
            .unwrap_or(self.len)
    }

    pub fn line_count(&self) -> usize {
        self.starts.len()
    }
}

/// Iterates the lines of `text` with their byte offsets, without the line terminator.
/// Accepts `\n`, `\r\n` and lone `\r`.
pub fn lines_with_offsets(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let bytes = text.as_bytes();
    let mut pos = 0usize;
    let mut done = text.is_empty();
    std::iter::from_fn(move || {
        if done {
            return None;
        }
        let start = pos;
        match memchr::memchr2(b'\n', b'\r', &bytes[pos..]) {
            Some(p) => {
                let at = pos + p;
                pos = if bytes[at] == b'\r' && bytes.get(at + 1) == Some(&b'\n') {
                    at + 2
                } else {
                    at + 1
                };
                if pos >= bytes.len() {
                    done = true;
                }
                Some((start, &text[start..at]))
            }
            None => {
                done = true;
                Some((start, &text[start..]))
            }
        }
    })
}

/// Maps byte offsets of the cleaned text back to the decoded text.
///
/// A sorted list of anchors `(cleaned offset, decoded offset, verbatim)`: between
/// two anchors the text is either copied verbatim (offsets move together) or the
/// replacement of an edit (every offset maps to the start of the edited range).
#[derive(Clone, Debug, Default)]
pub struct OffsetMap {
    anchors: Vec<Anchor>,
}

#[derive(Clone, Copy, Debug)]
pub(crate) struct Anchor {
    pub(crate) clean: usize,
    pub(crate) decoded: usize,
    pub(crate) verbatim: bool,
}

impl OffsetMap {
    pub(crate) fn from_anchors(anchors: Vec<Anchor>) -> OffsetMap {
        OffsetMap { anchors }
    }

    /// The identity map, for text that needed no change.
    pub fn identity() -> OffsetMap {
        OffsetMap {
            anchors: vec![Anchor {
                clean: 0,
                decoded: 0,
                verbatim: true,
            }],
        }
    }

    /// Decoded offset of a cleaned offset.
    pub fn to_decoded(&self, clean: usize) -> usize {
        let i = self.anchors.partition_point(|a| a.clean <= clean);
        if i == 0 {
            return clean;
        }
        let a = self.anchors[i - 1];
        if a.verbatim {
            a.decoded + (clean - a.clean)
        } else {
            a.decoded
        }
    }

    /// Decoded span of a cleaned span. The end maps from the last byte inside it,
    /// so a span ending in an edit covers the edited range.
    pub fn span_to_decoded(&self, s: Span) -> Span {
        let start = self.to_decoded(s.start);
        let end = if s.end > s.start {
            self.end_to_decoded(s.end)
        } else {
            start
        };
        Span::new(start, end)
    }

    fn end_to_decoded(&self, clean_end: usize) -> usize {
        let i = self.anchors.partition_point(|a| a.clean < clean_end);
        if i == 0 {
            return clean_end;
        }
        let a = self.anchors[i - 1];
        if a.verbatim {
            a.decoded + (clean_end - a.clean)
        } else {
            // end of the edited range: the next anchor's decoded start
            self.anchors.get(i).map(|n| n.decoded).unwrap_or(a.decoded)
        }
    }
}

/// Turns cleaned-text offsets into source spans and lines: what every stage
/// uses to give its output provenance in the decoded original.
#[derive(Clone, Copy, Debug)]
pub struct Locator<'a> {
    pub map: &'a OffsetMap,
    pub lines: &'a LineIndex,
    /// Where a reader reads a view of its own instead of the cleaned text (the
    /// flat reader given a piped table cell by cell, its cells made of pieces of
    /// lines: `tables::piped::read_view`), the map from the view's offsets to the
    /// cleaned text's, applied first.
    pub view: Option<&'a OffsetMap>,
}

impl<'a> Locator<'a> {
    pub fn new(map: &'a OffsetMap, lines: &'a LineIndex) -> Locator<'a> {
        Locator {
            map,
            lines,
            view: None,
        }
    }

    /// Source span of a cleaned-text span (or of a span of the view).
    pub fn span(&self, s: Span) -> Span {
        let s = self.view.map_or(s, |v| v.span_to_decoded(s));
        self.map.span_to_decoded(s)
    }

    /// 1-based source line of a cleaned-text offset (or of an offset of the view).
    pub fn line(&self, clean: usize) -> usize {
        let clean = self.view.map_or(clean, |v| v.to_decoded(clean));
        self.lines.line(self.map.to_decoded(clean))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_for_all_newline_styles() {
        let t = "a\nb\r\nc\rd";
        let idx = LineIndex::new(t);
        assert_eq!(idx.line(0), 1);
        assert_eq!(idx.line(2), 2);
        assert_eq!(idx.line(5), 3);
        assert_eq!(idx.line(7), 4);
        let lines: Vec<_> = lines_with_offsets(t).collect();
        assert_eq!(lines, vec![(0, "a"), (2, "b"), (5, "c"), (7, "d")]);
        assert_eq!(idx.line_start(3), 5);
    }

    #[test]
    fn trailing_newline_makes_no_extra_line() {
        let lines: Vec<_> = lines_with_offsets("a\n\nb\n").collect();
        assert_eq!(lines, vec![(0, "a"), (2, ""), (3, "b")]);
        assert_eq!(lines_with_offsets("").count(), 0);
    }
}
