//! Bytes to text: find the encoding, decode once, refuse what is not text.
//!
//! In: the raw bytes of one file. Out: [`Decoded`] with the text and the encoding
//! found, or a [`DecodeError`] when the bytes are not a text document.
//!
//! Order of evidence: a byte-order mark (UTF-8, UTF-16LE/BE) wins; then valid
//! UTF-8; then UTF-16 without a mark, recognised by NUL bytes on one parity;
//! then NUL bytes or control characters mean binary; then `chardetng` picks a
//! single-byte encoding (older government exports are Windows-1252, where `€`
//! is byte 0x80). Newlines are left as they are: `LineIndex` understands
//! `\n`, `\r\n` and `\r`, so offsets and lines refer to the decoded text.
//! This module does not repair mojibake (text that was decoded wrongly before it
//! reached us): that is `repair::mojibake`.

use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, UTF_8, WINDOWS_1252};
use std::borrow::Cow;

/// Decoded text and how it was decoded.
#[derive(Clone, Debug)]
pub struct Decoded<'a> {
    /// Borrowed from the input when it is valid UTF-8 (with or without BOM); owned
    /// when it had to be converted or repaired.
    pub text: Cow<'a, str>,
    pub encoding: &'static str,
    pub had_bom: bool,
    /// Byte sequences that were malformed in the detected encoding and became U+FFFD.
    pub replacements: usize,
}

impl Decoded<'_> {
    /// The same, owning its text.
    pub fn into_owned(self) -> Decoded<'static> {
        Decoded {
            text: Cow::Owned(self.text.into_owned()),
            encoding: self.encoding,
            had_bom: self.had_bom,
            replacements: self.replacements,
        }
    }
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum DecodeError {
    #[error("not a text document: {0}")]
    NotText(String),
}

/// Decodes `bytes`, detecting the encoding.
pub fn decode(bytes: &[u8]) -> Result<Decoded<'_>, DecodeError> {
    if let Some((enc, bom_len)) = Encoding::for_bom(bytes) {
        return Ok(decode_with(enc, &bytes[bom_len..], true));
    }
    if let Ok(s) = std::str::from_utf8(bytes) {
        if let Some(reason) = binary_reason(s.as_bytes()) {
            return Err(DecodeError::NotText(reason));
        }
        return Ok(Decoded {
            text: Cow::Borrowed(s),
            encoding: UTF_8.name(),
            had_bom: false,
            replacements: 0,
        });
    }
    if let Some(enc) = utf16_without_bom(bytes) {
        let d = decode_with(enc, bytes, false);
        if binary_reason(d.text.as_bytes()).is_none() {
            return Ok(d);
        }
    }
    if let Some(reason) = binary_reason(bytes) {
        return Err(DecodeError::NotText(reason));
    }
    if let Some(d) = mostly_utf8(bytes) {
        return Ok(d);
    }
    let enc = latin_or_1252(guess_encoding(bytes));
    Ok(decode_with(enc, bytes, false))
}

/// The stretches of text around non-ASCII bytes that [`guess_encoding`] gives the
/// detector, at most about this many bytes of them.
const DETECTOR_SAMPLE: usize = 16 * 1024;

/// `chardetng`'s guess for a Dutch text that is neither UTF-8 nor UTF-16.
///
/// The detector reads only the stretches around the bytes at or above 0x80 other
/// than the no-break space 0xA0: the word that holds such a byte and the word on
/// either side (see [`sample_around`]), up to [`DETECTOR_SAMPLE`] bytes of them. An
/// ASCII byte is the same in every encoding it weighs, and what it scores (a
/// non-ASCII byte and the letters beside it) lies within those words. The whole
/// file cost the detector several times what decoding and all extraction after it
/// cost per byte (`cargo bench`, decode), and whole lines still most of that in
/// exports whose paragraphs are one line each, for the same encoding chosen on
/// every legacy text of the corpus (test `sampled_guess_is_the_whole_file_guess`).
fn guess_encoding(bytes: &[u8]) -> &'static Encoding {
    let mut det = chardetng::EncodingDetector::new();
    let mut fed = 0;
    let mut pos = 0;
    while fed < DETECTOR_SAMPLE {
        // (a no-break space, 0xA0, is the same in every Latin encoding: a line with
        // no other non-ASCII byte tells nothing, and flat exports have many)
        let Some(off) = bytes[pos..].iter().position(|&b| b >= 0x80 && b != 0xA0) else {
            break;
        };
        let (start, end) = sample_around(bytes, pos, pos + off);
        det.feed(&bytes[start..end], false);
        fed += end - start;
        pos = end;
    }
    det.feed(&[], true);
    det.guess(Some(b"nl"), false)
}

/// The stretch of `bytes` that [`guess_encoding`] feeds for the non-ASCII byte at
/// `hit`: back to the start of the word before the one holding it (two ASCII spaces
/// back, or the line start, or `from`), forward past the word after it (through the
/// second ASCII space, or through the line end). A stretch so starts where a word
/// starts and ends after a space or a line end, so stretches fed one after the other
/// read as words beside words, never as letters run together.
fn sample_around(bytes: &[u8], from: usize, hit: usize) -> (usize, usize) {
    // back: the stretch starts after the space or line end found (not on it);
    // forward: it ends after the one found (on it)
    let (back, _) = word_reach(bytes[from..hit].iter().rev().copied());
    let (fwd, stopped) = word_reach(bytes[hit..].iter().copied());
    (hit - back, hit + fwd + usize::from(stopped))
}

/// How many bytes of `walk` come before its second ASCII space or its first line
/// end, and whether one was found (else all of them).
fn word_reach(walk: impl Iterator<Item = u8>) -> (usize, bool) {
    let (mut n, mut spaces) = (0, 0);
    for b in walk {
        if b == b'\n' || b == b'\r' {
            return (n, true);
        }
        if b == b' ' {
            spaces += 1;
            if spaces == 2 {
                return (n, true);
            }
        }
        n += 1;
    }
    (n, false)
}

fn decode_with<'a>(enc: &'static Encoding, bytes: &'a [u8], had_bom: bool) -> Decoded<'a> {
    let mut replacements = 0;
    if (enc == UTF_16LE || enc == UTF_16BE) && bytes.len() % 2 == 1 {
        // a truncated last code unit
        replacements += 1;
    }
    let (text, had_errors) = enc.decode_without_bom_handling(bytes);
    if had_errors {
        replacements += text.chars().filter(|&c| c == '\u{FFFD}').count();
    }
    Decoded {
        text,
        encoding: enc.name(),
        had_bom,
        replacements,
    }
}

/// UTF-8 with a few damaged sequences (a truncated copy, one stray byte) is
/// still UTF-8: decoding it as Windows-1252 would turn every `ë` and `€` in the
/// file into mojibake to save one byte. Taken when the valid multi-byte
/// characters are at least twice as many as the damaged places; each invalid
/// sequence becomes one U+FFFD and is counted. A Windows-1252 file has almost
/// no valid multi-byte UTF-8 sequences, so it does not pass.
fn mostly_utf8(bytes: &[u8]) -> Option<Decoded<'static>> {
    // `sites`: runs of adjacent invalid sequences (`ED A0 80` is three
    // sequences but one damaged place); `invalid`: sequences, one U+FFFD each.
    let (mut multi, mut sites, mut invalid) = (0usize, 0usize, 0usize);
    let mut in_run = false;
    for chunk in bytes.utf8_chunks() {
        // chars of more than one byte: their lead bytes (0xC2..=0xF4, the only
        // bytes of valid UTF-8 at or above 0xC0)
        multi += chunk.valid().bytes().filter(|&b| b >= 0xc0).count();
        if !chunk.valid().is_empty() {
            in_run = false;
        }
        if !chunk.invalid().is_empty() {
            invalid += 1;
            if !in_run {
                sites += 1;
            }
            in_run = true;
        }
    }
    if invalid == 0 || multi < sites * 2 {
        return None;
    }
    let mut text = String::with_capacity(bytes.len() + 2 * invalid);
    for chunk in bytes.utf8_chunks() {
        text.push_str(chunk.valid());
        if !chunk.invalid().is_empty() {
            text.push('\u{FFFD}');
        }
    }
    Some(Decoded {
        text: Cow::Owned(text),
        encoding: UTF_8.name(),
        had_bom: false,
        replacements: invalid,
    })
}

/// Dutch reports are Latin script: a Latin single-byte guess is taken, any other
/// falls back on Windows-1252, the superset of ISO-8859-1 that exports use.
fn latin_or_1252(guess: &'static Encoding) -> &'static Encoding {
    if is_latin_single_byte(guess) {
        guess
    } else {
        WINDOWS_1252
    }
}

fn is_latin_single_byte(enc: &'static Encoding) -> bool {
    matches!(
        enc.name(),
        "windows-1252" | "ISO-8859-15" | "ISO-8859-2" | "windows-1250" | "ISO-8859-4"
    )
}

/// UTF-16 without a byte-order mark: many NUL bytes, nearly all on one parity.
fn utf16_without_bom(bytes: &[u8]) -> Option<&'static Encoding> {
    let sample = &bytes[..bytes.len().min(4096)];
    if sample.len() < 4 {
        return None;
    }
    let (mut even, mut odd) = (0usize, 0usize);
    for (i, &b) in sample.iter().enumerate() {
        if b == 0 {
            if i % 2 == 0 {
                even += 1
            } else {
                odd += 1
            }
        }
    }
    let half = sample.len() / 2;
    if odd * 10 >= half * 6 && even * 10 < half {
        Some(UTF_16LE)
    } else if even * 10 >= half * 6 && odd * 10 < half {
        Some(UTF_16BE)
    } else {
        None
    }
}

/// Why these bytes are not text, if they are not: NUL bytes, or many control characters.
fn binary_reason(bytes: &[u8]) -> Option<String> {
    if memchr::memchr(0, bytes).is_some() {
        return Some("contains NUL bytes".to_string());
    }
    let sample = &bytes[..bytes.len().min(64 * 1024)];
    // (a branch-free count per 255-byte chunk in u8 lanes, which the compiler vectorises)
    let controls: usize = sample
        .chunks(255)
        .map(|c| {
            let n: u8 = c
                .iter()
                .map(|&b| {
                    u8::from((b < 0x20) & (b != b'\n') & (b != b'\r') & (b != b'\t') & (b != 0x0c))
                })
                .fold(0u8, |a, x| a.wrapping_add(x));
            usize::from(n)
        })
        .sum();
    if !sample.is_empty() && controls * 100 > sample.len() * 5 {
        return Some(format!(
            "{controls} control bytes in the first {} bytes",
            sample.len()
        ));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Valid UTF-8 is borrowed from the input, with or without its BOM; only text that
    /// had to be converted is copied.
    #[test]
    fn utf8_is_borrowed() {
        let plain = "Één tabel, € 1.200\n".as_bytes();
        let d = decode(plain).unwrap();
        assert!(matches!(d.text, Cow::Borrowed(t) if t.as_ptr() == plain.as_ptr()));
        let bom = [b"\xEF\xBB\xBF".as_slice(), plain].concat();
        let d = decode(&bom).unwrap();
        assert!(d.had_bom);
        assert!(matches!(d.text, Cow::Borrowed(t) if t.as_ptr() == bom[3..].as_ptr()));
        let cp1252 = b"\x80 1.200 co\xEBffici\xEBnt\n";
        let d = decode(cp1252).unwrap();
        assert_eq!(d.text, "€ 1.200 coëfficiënt\n");
        assert!(matches!(d.text, Cow::Owned(_)));
    }

    /// The chunked count of control bytes is the plain count.
    #[test]
    fn control_count_is_exact() {
        let naive = |b: &[u8]| {
            b.iter()
                .filter(|&&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0c))
                .count()
        };
        let all: Vec<u8> = (0..=255u8).cycle().take(3000).collect();
        // every byte value, in runs longer than a chunk, and at chunk edges
        let mut runs = vec![b'a'; 700];
        runs.extend(std::iter::repeat_n(0x01u8, 300));
        runs.extend(std::iter::repeat_n(b'\n', 256));
        runs.extend(std::iter::repeat_n(0x1fu8, 511));
        for s in [
            &all[..],
            &runs[..],
            &all[1..254],
            b"x\x0b\x0c\x0d\x09y",
            b"",
        ] {
            for n in [0, 1, 254, 255, 256, 510, s.len()] {
                let b = &s[..n.min(s.len())];
                if memchr::memchr(0, b).is_some() {
                    continue;
                }
                let want = naive(b);
                let got = binary_reason(b);
                let says = !b.is_empty() && want * 100 > b.len() * 5;
                assert_eq!(got.is_some(), says, "{n}");
                if let Some(r) = got {
                    assert!(r.starts_with(&format!("{want} control bytes")), "{r}");
                }
            }
        }
        assert!(binary_reason(&runs).is_some());
    }

    #[test]
    fn utf8_plain_and_with_bom() {
        let d = decode("€ 1.000\n".as_bytes()).unwrap();
        assert_eq!(
            (d.encoding, d.had_bom, d.text.as_ref()),
            ("UTF-8", false, "€ 1.000\n")
        );
        let d = decode(b"\xEF\xBB\xBFje").unwrap();
        assert_eq!(
            (d.encoding, d.had_bom, d.text.as_ref()),
            ("UTF-8", true, "je")
        );
    }

    #[test]
    fn utf16_with_and_without_bom() {
        let mut le = vec![0xFF, 0xFE];
        for u in "financiële € 5".encode_utf16() {
            le.extend_from_slice(&u.to_le_bytes());
        }
        let d = decode(&le).unwrap();
        assert_eq!((d.encoding, d.had_bom), ("UTF-16LE", true));
        assert_eq!(d.text, "financiële € 5");
        let d = decode(&le[2..]).unwrap();
        assert_eq!((d.encoding, d.had_bom), ("UTF-16LE", false));
        assert_eq!(d.text, "financiële € 5");
        let mut be = vec![0xFE, 0xFF];
        for u in "ja nee".encode_utf16() {
            be.extend_from_slice(&u.to_be_bytes());
        }
        assert_eq!(decode(&be).unwrap().text, "ja nee");
    }

    #[test]
    fn utf16_odd_length_counts_a_replacement() {
        let mut le = vec![0xFF, 0xFE];
        for u in "abc".encode_utf16() {
            le.extend_from_slice(&u.to_le_bytes());
        }
        le.push(b'd');
        let d = decode(&le).unwrap();
        assert!(d.replacements >= 1);
        assert!(d.text.starts_with("abc"));
    }

    /// `chardetng` over the whole file, as [`guess_encoding`] did before it sampled.
    fn whole_file_guess(bytes: &[u8]) -> &'static Encoding {
        let mut det = chardetng::EncodingDetector::new();
        det.feed(bytes, true);
        det.guess(Some(b"nl"), false)
    }

    #[test]
    fn sampled_guess_is_the_whole_file_guess() {
        // every text of the seeds and fixtures, in each legacy encoding a Dutch
        // export may come in (what cannot be encoded becomes a numeric reference),
        // and the Windows-1252 fixtures as they are
        let encodings = [
            WINDOWS_1252,
            encoding_rs::ISO_8859_15,
            encoding_rs::ISO_8859_2,
            encoding_rs::WINDOWS_1250,
        ];
        let mut checked = 0;
        let mut legacy = 0;
        for (path, text) in crate::testdata::texts() {
            for enc in encodings {
                let (bytes, _, unmappable) = enc.encode(&text);
                if bytes.is_ascii() {
                    continue;
                }
                let guess = guess_encoding(&bytes);
                assert_eq!(
                    latin_or_1252(guess),
                    latin_or_1252(whole_file_guess(&bytes)),
                    "{path} as {}",
                    enc.name()
                );
                // a Windows-1252 file comes back as it was (a guess outside Latin
                // falls back on Windows-1252: seed 000 is guessed IBM866)
                // (mojibake `Ã«` in Windows-1252 is the UTF-8 of `ë`: it is read so)
                let utf8 = std::str::from_utf8(&bytes).is_ok();
                let report = !path.contains("/fuzz/"); // (not the fuzzers' damaged inputs)
                if enc == WINDOWS_1252 && report && !unmappable && !utf8 {
                    assert_eq!(decode(&bytes).map(|d| d.text == text), Ok(true), "{path}");
                }
                checked += 1;
            }
        }
        for p in crate::testdata::txt_files() {
            let bytes = std::fs::read(&p).unwrap();
            if std::str::from_utf8(&bytes).is_err() && utf16_without_bom(&bytes).is_none() {
                assert_eq!(
                    guess_encoding(&bytes),
                    whole_file_guess(&bytes),
                    "{}",
                    p.display()
                );
                legacy += 1;
            }
        }
        assert!(checked > 100, "{checked}");
        assert!(legacy >= 3, "{legacy}");
    }

    #[test]
    fn sample_is_the_word_and_one_word_either_side() {
        let b = b"de financi\xEBle middelen van het rijk\nvolgende regel";
        let hit = b.iter().position(|&c| c == 0xEB).unwrap();
        let (s, e) = sample_around(b, 0, hit);
        assert_eq!(&b[s..e], b"de financi\xEBle middelen ");
        // not back past `from` (what was fed before), not past the line end
        let (s, e) = sample_around(b, 3, hit);
        assert_eq!(&b[s..e], b"financi\xEBle middelen ");
        let b = b"a b c \x80\r\nnext";
        let (s, e) = sample_around(b, 0, 6);
        assert_eq!(&b[s..e], b"c \x80\r");
    }

    #[test]
    fn sampled_guess_reads_past_the_cap() {
        // a long ASCII start, then the non-ASCII lines: they decide alone
        let mut b = b"bedragen x 1.000\n".repeat(10_000);
        b.extend_from_slice(
            b"financi\xEBle middelen \x80 12,5 mln\n"
                .repeat(5_000)
                .as_slice(),
        );
        assert_eq!(guess_encoding(&b), whole_file_guess(&b));
        assert_eq!(guess_encoding(&b), WINDOWS_1252);
        // a file of old Mac line ends (CR only) is sampled the same way
        let cr: Vec<u8> = b
            .iter()
            .map(|&c| if c == b'\n' { b'\r' } else { c })
            .collect();
        assert_eq!(guess_encoding(&cr), whole_file_guess(&cr));
        // no-break spaces alone (empty cells of a flat export) tell nothing and
        // decode the same in every Latin encoding
        let d = decode(b"Baten\n\xA0\n\xA0\xA0\n42.755\n").unwrap();
        assert_eq!(d.text, "Baten\n\u{a0}\n\u{a0}\u{a0}\n42.755\n");
    }

    #[test]
    fn windows_1252_euro() {
        let d = decode(b"bedragen x \x80 1.000 financi\xEBle\n").unwrap();
        assert_eq!(d.encoding, "windows-1252");
        assert_eq!(d.text, "bedragen x € 1.000 financiële\n");
    }

    #[test]
    fn utf8_with_a_few_bad_bytes_stays_utf8() {
        // one stray byte must not turn every ë and € into mojibake
        let d = decode(b"financi\xC3\xABle \xE2\x82\xAC 1.000 \xE2\x80\x93 3\xFF\n").unwrap();
        assert_eq!((d.encoding, d.replacements), ("UTF-8", 1));
        assert_eq!(d.text, "financiële € 1.000 – 3\u{FFFD}\n");
        // a truncated sequence at the end
        let d = decode(b"\xE2\x82\xAC 5 \xC3\xAB \xE2\x82").unwrap();
        assert_eq!((d.encoding, d.replacements), ("UTF-8", 1));
        assert_eq!(d.text, "€ 5 ë \u{FFFD}");
        // Windows-1252 with one UTF-8-looking pair stays Windows-1252
        let d = decode(b"financi\xEBle \x80 1.000 \x96 3 \xC3\xAB\n").unwrap();
        assert_eq!(d.encoding, "windows-1252");
    }

    #[test]
    fn binary_is_refused() {
        assert!(matches!(
            decode(b"\x7fELF\x02\x01\x01\x00\x00\x00\x00"),
            Err(DecodeError::NotText(_))
        ));
        assert!(decode(&[1u8, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4]).is_err());
    }

    #[test]
    fn empty_is_text() {
        let d = decode(b"").unwrap();
        assert_eq!(d.text, "");
    }
}
