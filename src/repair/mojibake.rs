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

/// One mojibake sequence starting at char index `i` of `chars`: (chars used, decoded char).
fn sequence_at(chars: &[(usize, char)], i: usize) -> Option<(usize, char)> {
    let lead = byte_of(chars[i].1).filter(|&b| b >= 0x80)?;
    let n = seq_len(lead)?;
    if i + n > chars.len() {
        return None;
    }
    let mut buf = [0u8; 4];
    buf[0] = lead;
    for k in 1..n {
        let c = chars[i + k].1;
        if !is_continuation(c) {
            return None;
        }
        buf[k] = byte_of(c)?;
    }
    let s = std::str::from_utf8(&buf[..n]).ok()?;
    let ch = s.chars().next()?;
    Some((n, ch))
}

/// Counts mojibake sequences in `text` (the measure the repair must bring to zero).
pub fn count(text: &str) -> usize {
    if !text.chars().any(|c| c as u32 >= 0x80) {
        return 0;
    }
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut i = 0;
    let mut n = 0;
    while i < chars.len() {
        if let Some((len, _)) = sequence_at(&chars, i) {
            n += 1;
            i += len;
        } else {
            i += 1;
        }
    }
    n
}

/// Edits that undo mojibake, one per run of adjacent sequences; empty when the
/// document shows none or the repair would not be cleaner.
pub fn detect(text: &str) -> Vec<Edit> {
    // cheap exit: a lead byte candidate (Â..ô) must be present
    if !text.chars().any(|c| ('\u{c2}'..='\u{f4}').contains(&c)) {
        return Vec::new();
    }
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut edits: Vec<Edit> = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let Some((len, ch)) = sequence_at(&chars, i) else {
            i += 1;
            continue;
        };
        let start = chars[i].0;
        let end = chars.get(i + len).map_or(text.len(), |c| c.0);
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
        i += len;
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
}
