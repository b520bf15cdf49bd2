//! A compact JSON serialiser for `--jsonl` (the CLI's JSON lines; `cargo bench`'s
//! serialisation stage): the bytes of `serde_json::to_writer`, written straight into
//! a `Vec<u8>`. Pretty JSON (`extract -o DIR`) is serde_json's.
//!
//! Why not serde_json itself: its string escaping looks at one byte at a time and
//! every key and value goes through it (a JSONL line is mostly strings: labels,
//! raws, sentences, cell ids, the decimal strings of [`Dec`](crate::decimal::Dec),
//! and the key names of every cell). Here a string is scanned eight bytes at a
//! time, and a struct field's `,"key":` is one append.
//!
//! Only what the output model uses is handled: structs, sequences, options,
//! strings, booleans, 64-bit integers and unit enum variants. Anything else
//! (floats, maps, non-unit variants, bytes) returns [`Unsupported`] and the
//! caller serialises the whole value again with serde_json, so the output never
//! depends on what this module knows. `same_bytes_as_serde_json` below checks
//! the bytes against serde_json on the seeds and fixtures.

use serde::ser::{self, Serialize};
use std::fmt;

/// The value holds something left to serde_json (or a `Serialize` impl failed).
#[derive(Debug)]
pub struct Unsupported;

impl fmt::Display for Unsupported {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("not handled by the compact JSON writer")
    }
}

impl std::error::Error for Unsupported {}

impl ser::Error for Unsupported {
    fn custom<T: fmt::Display>(_: T) -> Self {
        Unsupported
    }
}

/// Appends `v` as compact JSON to `buf`, the bytes of `serde_json::to_writer`:
/// through this module's writer, or serde_json when that leaves the value to it.
pub fn compact<T: Serialize + ?Sized>(buf: &mut Vec<u8>, v: &T) -> serde_json::Result<()> {
    let start = buf.len();
    if append(buf, v).is_ok() {
        return Ok(());
    }
    buf.truncate(start);
    serde_json::to_writer(buf, v)
}

/// Appends `value` as compact JSON to `out`. On `Err`, `out` holds a partial value:
/// truncate it and use serde_json ([`compact`] does).
pub fn append<T: Serialize + ?Sized>(out: &mut Vec<u8>, value: &T) -> Result<(), Unsupported> {
    value.serialize(&mut Json { out })
}

struct Json<'a> {
    out: &'a mut Vec<u8>,
}

const LO: u64 = 0x0101_0101_0101_0101;
const HI: u64 = 0x8080_8080_8080_8080;

/// Non-zero when some byte of `w` must be escaped in JSON (a control byte below
/// 0x20, `"` or `\`), as serde_json escapes; bytes from 0x80 up pass (`!w`
/// clears them). A borrow can flag a clean byte only above a byte that is
/// flagged rightly, so the answer is exact.
#[inline]
fn escapes(w: u64) -> u64 {
    let ctrl = w.wrapping_sub(LO * 0x20) & !w;
    let q = w ^ (LO * b'"' as u64);
    let q = q.wrapping_sub(LO) & !q;
    let b = w ^ (LO * b'\\' as u64);
    let b = b.wrapping_sub(LO) & !b;
    (ctrl | q | b) & HI
}

/// serde_json's escape for one byte that [`escapes`] flags.
fn push_escape(out: &mut Vec<u8>, byte: u8) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let c = match byte {
        b'"' => b'"',
        b'\\' => b'\\',
        0x08 => b'b',
        0x0C => b'f',
        b'\n' => b'n',
        b'\r' => b'r',
        b'\t' => b't',
        _ => {
            out.extend_from_slice(&[
                b'\\',
                b'u',
                b'0',
                b'0',
                HEX[(byte >> 4) as usize],
                HEX[(byte & 0xF) as usize],
            ]);
            return;
        }
    };
    out.extend_from_slice(&[b'\\', c]);
}

/// Non-zero for the bytes JSON must escape (as [`escapes`] flags them).
static ESCAPE: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 0x20 {
        t[b] = 1;
        b += 1;
    }
    t[b'"' as usize] = 1;
    t[b'\\' as usize] = 1;
    t
};

/// Whether any byte of `bytes` must be escaped: a word at a time, then the last
/// bytes through a table, without branches per byte.
#[inline]
fn needs_escape(bytes: &[u8]) -> bool {
    let mut words = bytes.chunks_exact(8);
    let mut flags = 0;
    for w in &mut words {
        flags |= escapes(u64::from_le_bytes(w.try_into().unwrap()));
    }
    let mut tail = 0;
    for &b in words.remainder() {
        tail |= ESCAPE[b as usize];
    }
    flags != 0 || tail != 0
}

/// Strings up to this long (nearly all: keys, ids, kinds, numbers, labels) are
/// copied a word at a time while they are checked; a `memcpy` call for a few
/// bytes costs more than the copy. Longer ones are checked, then copied.
const SHORT: usize = 24;

/// `s` as a JSON string. Nearly every string needs no escape and is copied whole.
#[inline]
fn write_str(out: &mut Vec<u8>, s: &str) {
    let bytes = s.as_bytes();
    if bytes.len() > SHORT {
        if needs_escape(bytes) {
            return write_escaped(out, bytes);
        }
        out.reserve(bytes.len() + 2);
        out.push(b'"');
        out.extend_from_slice(bytes);
        out.push(b'"');
        return;
    }
    let start = out.len();
    let n = bytes.len();
    out.reserve(n + 2);
    out.push(b'"');
    // fixed-size copies (single stores), overlapping where the length is not a
    // multiple: the bytes written twice are the same bytes
    let flags = if n >= 8 {
        let mut flags = 0;
        let mut words = bytes.chunks_exact(8);
        for w in &mut words {
            let w: [u8; 8] = w.try_into().unwrap();
            flags |= escapes(u64::from_le_bytes(w));
            out.extend_from_slice(&w);
        }
        let rest = words.remainder().len();
        if rest > 0 {
            let w: [u8; 8] = bytes[n - 8..].try_into().unwrap();
            flags |= escapes(u64::from_le_bytes(w));
            out.truncate(out.len() - (8 - rest));
            out.extend_from_slice(&w);
        }
        flags
    } else if n >= 4 {
        let a: [u8; 4] = bytes[..4].try_into().unwrap();
        let b: [u8; 4] = bytes[n - 4..].try_into().unwrap();
        out.extend_from_slice(&a);
        out.truncate(out.len() - (8 - n));
        out.extend_from_slice(&b);
        escapes(u32::from_le_bytes(a) as u64 | (u32::from_le_bytes(b) as u64) << 32)
    } else {
        let mut flags = 0;
        for &b in bytes {
            flags |= ESCAPE[b as usize] as u64;
            out.push(b);
        }
        flags
    };
    if flags != 0 {
        out.truncate(start);
        return write_escaped(out, bytes);
    }
    out.push(b'"');
}

/// A string with at least one byte to escape: the runs between them are copied whole.
#[cold]
fn write_escaped(out: &mut Vec<u8>, bytes: &[u8]) {
    out.push(b'"');
    let mut done = 0;
    for (i, &b) in bytes.iter().enumerate() {
        if ESCAPE[b as usize] != 0 {
            out.extend_from_slice(&bytes[done..i]);
            push_escape(out, b);
            done = i + 1;
        }
    }
    out.extend_from_slice(&bytes[done..]);
    out.push(b'"');
}

/// An integer in decimal, as serde_json prints it (with the same `itoa`).
fn write_int(out: &mut Vec<u8>, v: impl itoa::Integer) {
    out.extend_from_slice(itoa::Buffer::new().format(v).as_bytes());
}

impl<'s, 'a> ser::Serializer for &'s mut Json<'a> {
    type Ok = ();
    type Error = Unsupported;
    type SerializeSeq = Compound<'s, 'a>;
    type SerializeTuple = Compound<'s, 'a>;
    type SerializeTupleStruct = Compound<'s, 'a>;
    type SerializeTupleVariant = ser::Impossible<(), Unsupported>;
    type SerializeMap = ser::Impossible<(), Unsupported>;
    type SerializeStruct = Compound<'s, 'a>;
    type SerializeStructVariant = ser::Impossible<(), Unsupported>;

    fn serialize_bool(self, v: bool) -> Result<(), Unsupported> {
        self.out
            .extend_from_slice(if v { b"true" } else { b"false" });
        Ok(())
    }
    fn serialize_i8(self, v: i8) -> Result<(), Unsupported> {
        self.serialize_i64(v.into())
    }
    fn serialize_i16(self, v: i16) -> Result<(), Unsupported> {
        self.serialize_i64(v.into())
    }
    fn serialize_i32(self, v: i32) -> Result<(), Unsupported> {
        self.serialize_i64(v.into())
    }
    fn serialize_i64(self, v: i64) -> Result<(), Unsupported> {
        write_int(self.out, v);
        Ok(())
    }
    fn serialize_u8(self, v: u8) -> Result<(), Unsupported> {
        self.serialize_u64(v.into())
    }
    fn serialize_u16(self, v: u16) -> Result<(), Unsupported> {
        self.serialize_u64(v.into())
    }
    fn serialize_u32(self, v: u32) -> Result<(), Unsupported> {
        self.serialize_u64(v.into())
    }
    fn serialize_u64(self, v: u64) -> Result<(), Unsupported> {
        write_int(self.out, v);
        Ok(())
    }
    fn serialize_f32(self, _: f32) -> Result<(), Unsupported> {
        Err(Unsupported)
    }
    fn serialize_f64(self, _: f64) -> Result<(), Unsupported> {
        Err(Unsupported)
    }
    fn serialize_char(self, v: char) -> Result<(), Unsupported> {
        write_str(self.out, v.encode_utf8(&mut [0u8; 4]));
        Ok(())
    }
    fn serialize_str(self, v: &str) -> Result<(), Unsupported> {
        write_str(self.out, v);
        Ok(())
    }
    fn serialize_bytes(self, _: &[u8]) -> Result<(), Unsupported> {
        Err(Unsupported)
    }
    fn serialize_none(self) -> Result<(), Unsupported> {
        self.out.extend_from_slice(b"null");
        Ok(())
    }
    fn serialize_some<T: Serialize + ?Sized>(self, v: &T) -> Result<(), Unsupported> {
        v.serialize(self)
    }
    fn serialize_unit(self) -> Result<(), Unsupported> {
        self.serialize_none()
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result<(), Unsupported> {
        self.serialize_none()
    }
    fn serialize_unit_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
    ) -> Result<(), Unsupported> {
        self.serialize_str(variant)
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        v: &T,
    ) -> Result<(), Unsupported> {
        v.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: &T,
    ) -> Result<(), Unsupported> {
        Err(Unsupported)
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Compound<'s, 'a>, Unsupported> {
        self.out.push(b'[');
        Ok(Compound {
            ser: self,
            first: true,
        })
    }
    fn serialize_tuple(self, len: usize) -> Result<Compound<'s, 'a>, Unsupported> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_struct(
        self,
        _: &'static str,
        len: usize,
    ) -> Result<Compound<'s, 'a>, Unsupported> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleVariant, Unsupported> {
        Err(Unsupported)
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Self::SerializeMap, Unsupported> {
        Err(Unsupported)
    }
    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Compound<'s, 'a>, Unsupported> {
        self.out.push(b'{');
        Ok(Compound {
            ser: self,
            first: true,
        })
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStructVariant, Unsupported> {
        Err(Unsupported)
    }
}

/// An array or object being written: `first` until its first element.
pub struct Compound<'s, 'a> {
    ser: &'s mut Json<'a>,
    first: bool,
}

impl Compound<'_, '_> {
    fn element<T: Serialize + ?Sized>(&mut self, v: &T) -> Result<(), Unsupported> {
        if !self.first {
            self.ser.out.push(b',');
        }
        self.first = false;
        v.serialize(&mut *self.ser)
    }
}

impl ser::SerializeSeq for Compound<'_, '_> {
    type Ok = ();
    type Error = Unsupported;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, v: &T) -> Result<(), Unsupported> {
        self.element(v)
    }
    fn end(self) -> Result<(), Unsupported> {
        self.ser.out.push(b']');
        Ok(())
    }
}

impl ser::SerializeTuple for Compound<'_, '_> {
    type Ok = ();
    type Error = Unsupported;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, v: &T) -> Result<(), Unsupported> {
        self.element(v)
    }
    fn end(self) -> Result<(), Unsupported> {
        ser::SerializeSeq::end(self)
    }
}

impl ser::SerializeTupleStruct for Compound<'_, '_> {
    type Ok = ();
    type Error = Unsupported;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, v: &T) -> Result<(), Unsupported> {
        self.element(v)
    }
    fn end(self) -> Result<(), Unsupported> {
        ser::SerializeSeq::end(self)
    }
}

impl ser::SerializeStruct for Compound<'_, '_> {
    type Ok = ();
    type Error = Unsupported;
    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        v: &T,
    ) -> Result<(), Unsupported> {
        if !self.first {
            self.ser.out.push(b',');
        }
        self.first = false;
        write_str(self.ser.out, key);
        self.ser.out.push(b':');
        v.serialize(&mut *self.ser)
    }
    fn end(self) -> Result<(), Unsupported> {
        self.ser.out.push(b'}');
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Serialize;

    fn both<T: Serialize + ?Sized>(v: &T) -> (Result<Vec<u8>, Unsupported>, Vec<u8>) {
        let mut fast = Vec::new();
        let fast = append(&mut fast, v).map(|()| fast);
        (fast, serde_json::to_vec(v).unwrap())
    }

    fn same<T: Serialize + ?Sized>(v: &T) {
        let (fast, want) = both(v);
        assert_eq!(
            String::from_utf8(fast.expect("handled")).unwrap(),
            String::from_utf8(want).unwrap()
        );
    }

    /// Every byte value, at every position of an eight-byte word and in the
    /// tail, escapes as serde_json escapes it.
    #[test]
    fn strings_escape_as_serde_json_does() {
        for b in 0u8..0x80 {
            let c = b as char;
            for pre in 0..12 {
                for post in [0, 1, 7, 8, 9] {
                    let s: String = "é".repeat(pre % 3)
                        + &"x".repeat(pre)
                        + &c.to_string()
                        + &"y".repeat(post)
                        + &c.to_string();
                    same(&s);
                }
            }
        }
        for s in [
            "",
            "a",
            "\"\"\"\"\"\"\"\"\"",
            "\\",
            "€ 1.000\t(x)\n",
            "\u{7f}\u{80}\u{ffff}",
        ] {
            same(s);
            same(&s.chars().next());
        }
    }

    #[test]
    fn scalars_and_compounds_as_serde_json_does() {
        #[derive(Serialize)]
        struct Inner {
            a: Option<u8>,
            #[serde(skip_serializing_if = "Option::is_none")]
            skipped: Option<i32>,
            b: Vec<Option<bool>>,
            c: (),
            d: (u16, i16),
        }
        #[derive(Serialize)]
        #[serde(rename_all = "lowercase")]
        enum E {
            Warning,
        }
        #[derive(Serialize)]
        struct Outer {
            i: Vec<Inner>,
            e: E,
            n: [i64; 4],
            u: [u64; 3],
            empty: Vec<u8>,
            s: &'static str,
        }
        same(&Outer {
            i: vec![
                Inner {
                    a: Some(255),
                    skipped: None,
                    b: vec![Some(true), None, Some(false)],
                    c: (),
                    d: (7, -7),
                },
                Inner {
                    a: None,
                    skipped: Some(-1),
                    b: vec![],
                    c: (),
                    d: (0, 0),
                },
            ],
            e: E::Warning,
            n: [0, -1, i64::MIN, i64::MAX],
            u: [0, 10, u64::MAX],
            empty: vec![],
            s: "t1.r5.c3",
        });
    }

    /// Integers around every power of ten print as serde_json (itoa) prints them.
    #[test]
    fn integers_as_serde_json_does() {
        let mut p = 1u64;
        for _ in 0..20 {
            for v in [p - 1, p, p + 1, p.wrapping_mul(5), u64::MAX - p] {
                same(&v);
                same(&(v as i64));
                same(&(v as i64).wrapping_neg());
            }
            p = p.wrapping_mul(10);
        }
    }

    /// Strings of every length from 0 to past the short-string limit, with a byte
    /// to escape at each position or none, are written as serde_json writes them.
    #[test]
    fn every_length_as_serde_json_does() {
        for n in 0..(SHORT + 20) {
            let clean: String = "abcdefghij".chars().cycle().take(n).collect();
            same(&clean);
            for at in 0..n {
                for c in ['"', '\\', '\n', '\u{1}', 'é'] {
                    let mut s: Vec<char> = clean.chars().collect();
                    s[at] = c;
                    same(&s.into_iter().collect::<String>());
                }
            }
        }
    }

    #[test]
    fn what_it_does_not_handle_is_refused() {
        let mut m = std::collections::BTreeMap::new();
        m.insert("k", 1);
        assert!(both(&m).0.is_err());
        assert!(both(&1.5f64).0.is_err());
        // `compact` then writes serde_json's bytes after what the buffer held, the
        // refused value's partial bytes gone (here a struct refused at its third field)
        #[derive(Serialize)]
        struct Mixed {
            s: &'static str,
            n: u8,
            m: std::collections::BTreeMap<&'static str, i32>,
        }
        let v = Mixed { s: "a", n: 1, m };
        let mut buf = b"prefix ".to_vec();
        compact(&mut buf, &v).unwrap();
        let mut want = b"prefix ".to_vec();
        want.extend(serde_json::to_vec(&v).unwrap());
        assert_eq!(
            String::from_utf8(buf).unwrap(),
            String::from_utf8(want).unwrap()
        );
    }

    /// The JSONL of every seed and fixture, byte for byte as serde_json writes it.
    #[test]
    fn same_bytes_as_serde_json() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut files = Vec::new();
        let mut dirs = vec![root.join("seeds"), root.join("fixtures")];
        while let Some(d) = dirs.pop() {
            for e in std::fs::read_dir(&d).unwrap() {
                let p = e.unwrap().path();
                if p.is_dir() {
                    dirs.push(p);
                } else {
                    files.push(p);
                }
            }
        }
        files.sort();
        assert!(files.len() > 100);
        let opts = crate::Options::default();
        let mut docs = 0;
        for f in &files {
            let bytes = std::fs::read(f).unwrap();
            let Ok(doc) = crate::extract(&bytes, &opts) else {
                continue;
            };
            docs += 1;
            let (fast, want) = both(&doc);
            assert!(
                fast.expect("a document is always handled") == want,
                "{}",
                f.display()
            );
        }
        assert!(docs > 100);
    }
}
