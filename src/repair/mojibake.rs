//! Mojibake: UTF-8 text that was once decoded as Windows-1252 or Latin-1.
//!
//! In: decoded text. Out: edits that turn each run of mojibake back into the
//! characters it came from (`financiÃ«le` -> `financiële`, `â‚¬` -> `€`,
//! `â€“Â` + NBSP -> `–` + NBSP). A run is re-encoded to the single bytes it was
//! decoded from and read again as UTF-8; only complete, valid UTF-8 sequences are
//! taken, so a lone `ë` or `é` in clean text never changes.
//!
//! The repair is applied only when it is cleaner by a measurable test: the
//! document has typical mojibake sequences, after repair none are left, and no
//! U+FFFD appears. Text without a character in U+0080..U+00FF or the Windows-1252
//! extras is skipped after one scan.

use super::Edit;
use crate::span::Span;

/// Windows-1252 bytes 0x80..0x9F and the characters they decode to; undefined bytes
/// (0x81, 0x8D, 0x8F, 0x90, 0x9D) decode to the C1 control of the same number.
const CP1252_HIGH: [char; 32] = [
    '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', 'Ž', '\u{8f}',
    '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9d}', 'ž', 'Ÿ',
];

/// The single byte `c` was decoded from under Windows-1252 / Latin-1, if any.
fn byte_of(c: char) -> Option<u8> {
    let u = c as u32;
    if u < 0x80 {
        return Some(u as u8);
    }
    if (0xA0..=0xFF).contains(&u) {
        return Some(u as u8);
    }
    if let Some(i) = CP1252_HIGH.iter().position(|&h| h == c) {
        return Some(0x80 + i as u8);
    }
    if (0x80..=0x9F).contains(&u) {
        // Latin-1 reading of the C1 range
        return Some(u as u8);
    }
    None
}

fn is_continuation(c: char) -> bool {
    byte_of(c).is_some_and(|b| (0x80..=0xBF).contains(&b))
}

/// Length in bytes of the UTF-8 sequence a lead byte opens (2..=4), or None.
fn seq_len(lead: u8) -> Option<usize> {
    match lead {
        0xC2..=0xDF => Some(2),
        0xE0..=0xEF => Some(3),
        0xF0..=0xF4 => Some(4),
        _ => None,
    }
}

/// One mojibake sequence starting at byte `pos` of `text`: (end byte, decoded char).
fn sequence_at(text: &str, pos: usize) -> Option<(usize, char)> {
    let mut it = text[pos..].char_indices();
    let (_, first) = it.next()?;
    let lead = byte_of(first).filter(|&b| b >= 0x80)?;
    let n = seq_len(lead)?;
    let mut buf = [0u8; 4];
    buf[0] = lead;
    let mut end = pos + first.len_utf8();
    for slot in buf.iter_mut().take(n).skip(1) {
        let (i, c) = it.next()?;
        if !is_continuation(c) {
            return None;
        }
        *slot = byte_of(c)?;
        end = pos + i + c.len_utf8();
    }
    let s = std::str::from_utf8(&buf[..n]).ok()?;
    Some((end, s.chars().next()?))
}

/// Byte offsets of the characters that may open a mojibake sequence (`Ã`, `â`, `Â`, …).
///
/// Those characters are exactly the UTF-8 sequences `C3 82` ..= `C3 B4`, and `C3` is
/// always a lead byte (a char boundary), so a byte search finds them without decoding.
fn leads(text: &str) -> impl Iterator<Item = usize> + '_ {
    let b = text.as_bytes();
    memchr::memchr_iter(0xC3, b)
        .filter(move |&i| b.get(i + 1).is_some_and(|n| (0x82..=0xB4).contains(n)))
}

/// Counts mojibake sequences in `text` (the measure the repair must bring to zero).
pub fn count(text: &str) -> usize {
    let mut n = 0;
    let mut next_free = 0;
    for i in leads(text) {
        if i < next_free {
            continue;
        }
        if let Some((end, _)) = sequence_at(text, i) {
            n += 1;
            next_free = end;
        }
    }
    n
}

/// Edits that undo mojibake, one per run of adjacent sequences; empty when the
/// document shows none or the repair would not be cleaner.
pub fn detect(text: &str) -> Vec<Edit> {
    let mut edits: Vec<Edit> = Vec::new();
    let mut next_free = 0;
    for start in leads(text) {
        if start < next_free {
            continue;
        }
        let Some((end, ch)) = sequence_at(text, start) else {
            continue;
        };
        next_free = end;
        match edits.last_mut() {
            Some(e) if e.span.end == start => {
                e.span.end = end;
                e.to.push(ch);
            }
            _ => edits.push(Edit {
                span: Span::new(start, end),
                to: ch.to_string(),
                kind: "mojibake",
            }),
        }
    }
    if edits.is_empty() {
        return edits;
    }
    // the measurable test: after repair no mojibake is left and no U+FFFD appears
    let mut out = String::with_capacity(text.len());
    let mut pos = 0;
    for e in &edits {
        out.push_str(&text[pos..e.span.start]);
        out.push_str(&e.to);
        pos = e.span.end;
    }
    out.push_str(&text[pos..]);
    let fffd = |s: &str| s.matches('\u{fffd}').count();
    if count(&out) == 0 && fffd(&out) <= fffd(text) {
        edits
    } else {
        Vec::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fix(t: &str) -> String {
        let mut out = String::new();
        let mut pos = 0;
        for e in detect(t) {
            out.push_str(&t[pos..e.span.start]);
            out.push_str(&e.to);
            pos = e.span.end;
        }
        out.push_str(&t[pos..]);
        out
    }

    #[test]
    fn cases() {
        // corpus/mojibake: UTF-8 read as Windows-1252
        assert_eq!(fix("financiÃ«le"), "financiële");
        assert_eq!(fix("â‚¬ 39,2 mln."), "€ 39,2 mln.");
        assert_eq!(fix("â€“Â\u{a0}3.783"), "–\u{a0}3.783");
        assert_eq!(fix("collegaâ€™s"), "collega’s");
        assert_eq!(fix("coÃ¶rdinator"), "coördinator");
        // clean text stays
        for t in [
            "financiële één mét ideeën € 12 – 3 café’s",
            "Ã",
            "«Logius»",
            "ë¡",
        ] {
            assert_eq!(fix(t), t);
        }
        assert_eq!(count("financiÃ«le en â‚¬"), 2);
    }

    /// The byte search of `leads` finds exactly the characters U+00C2..=U+00F4.
    #[test]
    fn leads_are_the_lead_characters() {
        let mut t = String::new();
        for c in ('\u{0}'..='\u{3ff}').chain(['€', '–', '’', '\u{fffd}', '😀', 'ﬀ']) {
            t.push(c);
            t.push('x');
        }
        let slow: Vec<usize> = t
            .char_indices()
            .filter(|&(_, c)| ('\u{c2}'..='\u{f4}').contains(&c))
            .map(|(i, _)| i)
            .collect();
        assert_eq!(slow.len(), 0xf4 - 0xc2 + 1);
        assert_eq!(leads(&t).collect::<Vec<_>>(), slow);
    }
}
