//! Decoded text to cleaned text: furniture out, damage repaired, every change logged.
//!
//! In: [`Decoded`]. Out: [`Cleaned`]: the cleaned text, an
//! [`OffsetMap`] back to the decoded original, the [`Repair`] log and the
//! [`Furniture`] that was left out of content.
//!
//! Every change is an [`Edit`] of a byte range of the decoded text. The edits are
//! applied in one pass ([`apply`]), which also builds the offset map, so any span
//! found in the cleaned text maps back to the source. Furniture lines are blanked
//! (their newline stays), and a word broken at a line end is joined by moving its
//! rest up (the newline moves behind it), so the line structure of the cleaned text
//! follows the source. This module decides nothing about tables or figures.
//!
//! The stages are layers, each reading the text the layer below left:
//! [`mojibake`] (UTF-8 read as Windows-1252), [`furniture`] (site chrome, page
//! numbers, running footers, OCR debris), [`ocr`] (confusions checked against the
//! [`lexicon`] and the document's own [`Vocabulary`], wrong-case function words),
//! [`hyphen`] (line-end joins). Edits of an upper layer are carried back onto the
//! decoded text; the whole runs until it settles, so repairing repaired text
//! changes nothing. With `fix_damage` off only furniture is removed. Clean text
//! costs one scan per layer and a look-up only for words with a confusable
//! character (`é`, a `0`/`1` among letters, `rn`, a leading `l`, vowel pairs in a
//! document that never prints `ë`/`ï`), once per distinct word.

use crate::decode::Decoded;
use crate::model::{Furniture, Repair};
use crate::span::{Anchor, LineIndex, OffsetMap, Span};
use std::collections::{BTreeMap, HashMap};

pub mod furniture;
pub mod hyphen;
pub mod lexicon;
pub mod mojibake;
pub mod ocr;

/// One change to the decoded text.
#[derive(Clone, Debug, PartialEq)]
pub struct Edit {
    /// Byte range in the decoded text that is replaced.
    pub span: Span,
    pub to: String,
    /// Repair kind for the log (`furniture` edits are logged as furniture, not repairs).
    pub kind: &'static str,
}

/// The cleaned text with its way back to the source.
#[derive(Clone, Debug)]
pub struct Cleaned {
    pub text: String,
    pub map: OffsetMap,
    pub repairs: Vec<Repair>,
    pub furniture: Vec<Furniture>,
}

/// Options for [`repair`].
#[derive(Clone, Debug)]
pub struct RepairOptions {
    /// When false, only furniture is removed; the text is otherwise left as decoded.
    pub fix_damage: bool,
}

impl Default for RepairOptions {
    fn default() -> Self {
        RepairOptions { fix_damage: true }
    }
}

/// Runs every repair over the decoded text.
///
/// Layers, each reading the text as the layer before left it: mojibake (with
/// `fix_damage`), furniture, then (with `fix_damage`) OCR confusions and last the
/// words broken at line ends. So furniture is found in the text as it was meant
/// (`vergaderjaar 2022â€“2023` is a running footer), a word is joined over a line
/// break once the `=== ` debris before it is gone, and a joined word is tested in
/// its repaired spelling. The edits of each layer are carried back onto the text
/// below it (`carry_back`); the result is one sorted list of non-overlapping edits
/// on the decoded text, applied in one pass by [`apply`].
pub fn repair(decoded: &Decoded, lines: &LineIndex, opts: &RepairOptions) -> Cleaned {
    let text: &str = &decoded.text;
    let mut furniture = Vec::new();
    let mut edits = pipeline(text, opts, &mut furniture);
    // A repair can expose another (a word fixed inside a line changes the line's
    // shape); run again on the result until nothing changes, so that repairing the
    // repaired text finds nothing. Two more rounds at most: the rules settle fast.
    for _ in 0..2 {
        // furniture alone changes no context the word rules read (they see it blanked)
        if edits.iter().all(|e| e.kind == "furniture") {
            break;
        }
        let (t1, map, _) = apply(text, lines, &edits);
        let mut more_furniture = Vec::new();
        let more = pipeline(&t1, opts, &mut more_furniture);
        if more.is_empty() {
            break;
        }
        let lines1 = LineIndex::new(&t1);
        for mut f in more_furniture {
            f.line = lines.line(map.to_decoded(lines1.line_start(f.line)));
            if !furniture.contains(&f) {
                furniture.push(f);
            }
        }
        furniture.sort_by_key(|f| f.line);
        let more = resolve(&t1, vec![more]);
        let (carried, leftover) = carry_back(text, &edits, &t1, more);
        edits = resolve(text, vec![leftover, carried]);
    }
    let (cleaned, map, repairs) = apply(text, lines, &edits);
    Cleaned {
        text: cleaned,
        map,
        repairs,
        furniture,
    }
}

/// One round of every layer over `text`: the edits, and the furniture records in
/// `furniture` (lines of `text`).
fn pipeline(text: &str, opts: &RepairOptions, furniture: &mut Vec<Furniture>) -> Vec<Edit> {
    let moji = if opts.fix_damage {
        mojibake::detect(text)
    } else {
        Vec::new()
    };
    layer(text, moji, |t1| {
        let (furniture_edits, records, lines1) = furniture::detect_with_lines(t1);
        *furniture = records;
        if !opts.fix_damage {
            return furniture_edits;
        }
        layer(t1, furniture_edits, |t2| {
            // the OCR rules walk the words while they are counted
            let (ocr_edits, vocab) = ocr::detect(t2);
            layer(t2, ocr_edits, |t3| {
                // without OCR edits `t3` is `t2`: its vocabulary is already counted,
                // and without furniture edits either it is `t1`, already split in lines
                if std::ptr::eq(t3, t2) {
                    if std::ptr::eq(t3, t1) {
                        return hyphen::detect_on_lines(t3, lines1, |w| vocab.count(w));
                    }
                    return hyphen::detect(t3, &vocab);
                }
                // otherwise `t3` is counted only when a join first needs a count
                let vocab3 = std::cell::OnceCell::new();
                hyphen::detect_counting(t3, |w| vocab3.get_or_init(|| Vocabulary::new(t3)).count(w))
            })
        })
    })
}

/// Applies `first` to `text`, finds more edits in the result with `next`, and
/// returns both as one resolved list of edits on `text` (`first` wins a clash).
fn layer(text: &str, first: Vec<Edit>, next: impl FnOnce(&str) -> Vec<Edit>) -> Vec<Edit> {
    let first = resolve(text, vec![first]);
    if first.is_empty() {
        let found = next(text);
        return resolve(text, vec![found]);
    }
    let t1 = apply_text(text, &first);
    let found = next(&t1);
    let second = resolve(&t1, vec![found]);
    if second.is_empty() {
        return first;
    }
    let (carried, leftover) = carry_back(text, &first, &t1, second);
    resolve(text, vec![leftover, carried])
}

/// The text after sorted, non-overlapping edits.
fn apply_text(text: &str, edits: &[Edit]) -> String {
    let mut out = String::with_capacity(text.len());
    let mut pos = 0;
    for e in edits {
        out.push_str(&text[pos..e.span.start]);
        out.push_str(&e.to);
        pos = e.span.end;
    }
    out.push_str(&text[pos..]);
    out
}

/// Carries edits found in `t1` (the text after the sorted, non-overlapping `first`
/// edits) back onto `text`. An edit that starts or ends inside a replacement of
/// `first` grows to cover all of it, and takes that replacement into its own. Returns
/// the carried edits and the `first` edits they did not swallow.
fn carry_back(text: &str, first: &[Edit], t1: &str, second: Vec<Edit>) -> (Vec<Edit>, Vec<Edit>) {
    // regions of `first` in t1 coordinates: (t1 start, t1 end, decoded start, decoded end)
    let mut regions = Vec::with_capacity(first.len());
    let mut shift: isize = 0; // t1 offset - decoded offset
    for e in first {
        let s1 = (e.span.start as isize + shift) as usize;
        let e1 = s1 + e.to.len();
        regions.push((s1, e1, e.span.start, e.span.end));
        shift += e.to.len() as isize - e.span.len() as isize;
    }
    // prefix[i]: how much longer t1 is than the decoded text before region i
    let mut prefix = Vec::with_capacity(regions.len() + 1);
    prefix.push(0isize);
    for r in &regions {
        let last = *prefix.last().unwrap_or(&0);
        prefix.push(last + (r.1 - r.0) as isize - (r.3 - r.2) as isize);
    }
    // decoded offset of a t1 start offset not strictly inside a region (a deletion
    // at the offset stays before it)
    let to_decoded = |p: usize| -> usize {
        let i = regions.partition_point(|r| r.1 <= p);
        (p as isize - prefix[i]).max(0) as usize
    };
    // the same for an end offset (a deletion at the offset stays after it)
    let end_to_decoded = |p: usize| -> usize {
        let i = regions.partition_point(|r| r.1 < p || (r.1 == p && r.0 < p));
        (p as isize - prefix[i]).max(0) as usize
    };
    let mut used = vec![false; first.len()];
    let mut carried = Vec::with_capacity(second.len());
    for e in second {
        let (mut a, mut b) = (e.span.start, e.span.end);
        let lo = regions.partition_point(|r| r.1 <= a);
        let mut k = lo;
        while let Some(r) = regions.get(k) {
            if r.0 >= b && !(r.0 == a && a == b) {
                break;
            }
            if r.0 < a && a < r.1 {
                a = r.0;
            }
            if r.0 < b && b < r.1 {
                b = r.1;
            }
            k += 1;
        }
        if b > t1.len() || !t1.is_char_boundary(a) || !t1.is_char_boundary(b) {
            continue;
        }
        let mut to = String::with_capacity(e.to.len() + (b - a));
        to.push_str(&t1[a..e.span.start]);
        to.push_str(&e.to);
        to.push_str(&t1[e.span.end..b]);
        let (da, db) = (
            to_decoded(a),
            if b == a {
                to_decoded(a)
            } else {
                end_to_decoded(b)
            },
        );
        for (idx, r) in regions.iter().enumerate().skip(lo) {
            if r.0 >= b {
                break;
            }
            // a deletion (empty in t1) at either end stays outside the edit
            let inside = if r.0 == r.1 {
                a < r.0 && r.0 < b
            } else {
                a <= r.0 && r.1 <= b
            };
            if inside {
                used[idx] = true;
            }
        }
        if db <= text.len() && da <= db {
            carried.push(Edit {
                span: Span::new(da, db),
                to,
                kind: e.kind,
            });
        }
    }
    let leftover = first
        .iter()
        .zip(used)
        .filter(|(_, u)| !u)
        .map(|(e, _)| e.clone())
        .collect();
    (carried, leftover)
}

/// Merges the edits of the stages, in stage order of precedence, into one sorted,
/// non-overlapping list; edits off char boundaries or out of range are dropped.
fn resolve(text: &str, stages: Vec<Vec<Edit>>) -> Vec<Edit> {
    let mut kept: BTreeMap<usize, Edit> = BTreeMap::new();
    for stage in stages {
        for e in stage {
            let Span { start, end } = e.span;
            if end > text.len() || !text.is_char_boundary(start) || !text.is_char_boundary(end) {
                continue;
            }
            let clash_before = kept
                .range(..=start)
                .next_back()
                .is_some_and(|(_, k)| k.span.end > start || k.span.start == start);
            let clash_after = kept
                .range(start..)
                .next()
                .is_some_and(|(&s, _)| s < end || s == start);
            if !clash_before && !clash_after {
                kept.insert(start, e);
            }
        }
    }
    kept.into_values().collect()
}

/// The longest hyphenated compound [`Vocabulary`] counts, in bytes: as long as the
/// lexicon's longest word ([`lexicon::is_word`] takes none longer).
const MAX_COMPOUND: usize = 100;

/// Word counts of one document: evidence for repairs (a word printed correctly
/// elsewhere in the text is strong evidence for it).
pub struct Vocabulary<'a> {
    /// The numbers of the distinct words (tokens and hyphenated compounds) of at
    /// most eight bytes, by [`pack`]ed word (most words are that short: no string
    /// hashing or comparing for them) ...
    short_ids: PackedIds<u64>,
    /// ... of those of nine to sixteen bytes ...
    mid_ids: PackedIds<u128>,
    /// ... and of the longer ones.
    ids: FastMap<&'a str, u32>,
    /// How often each distinct word occurs, by number.
    counts: Vec<usize>,
    /// The words printed with `ë`/`ï`, folded to `e`/`i`: a plain-vowel word can
    /// only have a diaeresis form the document prints if its own spelling is here.
    /// (filled from `words` when first asked: most documents never ask)
    diaeresis_folded: std::cell::OnceCell<FoldedSet>,
    /// The distinct words, by number.
    words: Vec<&'a str>,
}

/// Words with `ë`/`ï`, kept with those folded to `e`/`i`.
#[derive(Default)]
pub(crate) struct FoldedSet {
    set: FastMap<String, ()>,
    /// A filter before `set` (see [`folded_filter`]): a bit per length and per first
    /// byte (both modulo 64) of its words. A word whose bits are not both set is not
    /// among them (equal words have equal lengths and first bytes); most words a
    /// document asks about are rejected here without hashing.
    lens: u64,
    firsts: u64,
}

/// The two filter masks of [`FoldedSet`] with the bits of `w` added.
#[inline]
fn folded_filter(w: &str, lens: u64, firsts: u64) -> (u64, u64) {
    let first = w.as_bytes().first().map_or(0, |&b| b & 63);
    (lens | 1 << (w.len() & 63), firsts | 1 << first)
}

impl FoldedSet {
    /// Keeps `w` (a word with `ë`/`ï`) folded.
    pub(crate) fn insert_folded(&mut self, w: &str) {
        let folded = w.replace('ë', "e").replace('ï', "i");
        (self.lens, self.firsts) = folded_filter(&folded, self.lens, self.firsts);
        self.set.insert(folded, ());
    }

    /// True when a kept word is `word` with some `e`/`i` written `ë`/`ï` (or
    /// `word` itself, when it holds `ë`/`ï`).
    pub(crate) fn has_form(&self, word: &str) -> bool {
        if self.set.is_empty() {
            return false;
        }
        // `ë` and `ï` start with the byte C3: most words hold none
        if word.bytes().any(|b| b == 0xC3) && word.contains(['ë', 'ï']) {
            let folded = word.replace('ë', "e").replace('ï', "i");
            return self.may_hold(&folded) && self.set.contains_key(folded.as_str());
        }
        self.may_hold(word) && self.set.contains_key(word)
    }

    /// False when `w` is surely not in `set` (its length or first byte is that of
    /// none of its words); true when it may be.
    #[inline]
    fn may_hold(&self, w: &str) -> bool {
        let (lens, firsts) = folded_filter(w, 0, 0);
        lens & self.lens != 0 && firsts & self.firsts != 0
    }
}

/// A hash map with a fixed, fast hasher (foldhash): the maps here are keyed by
/// words of one document, looked up once per token, and never iterated for output.
pub(crate) type FastMap<K, V> = HashMap<K, V, foldhash::fast::FixedState>;

/// A word of one to eight bytes without a zero byte as a number: its bytes,
/// little-endian, zero-padded. No two such words give the same number, and none gives
/// 0. Words of letters and digits (and compounds with `-`) never hold a zero byte.
#[inline]
fn pack(w: &str) -> Option<u64> {
    pack_bytes(w.as_bytes())
}

/// [`pack16`] without the test for a zero byte (see [`pack_raw`]).
#[inline]
fn pack16_raw(b: &[u8]) -> Option<u128> {
    if !(9..=16).contains(&b.len()) {
        return None;
    }
    let lo = pack_raw(&b[..8])?;
    let hi = pack_raw(&b[8..])?;
    Some(lo as u128 | (hi as u128) << 64)
}

/// A word of nine to sixteen bytes without a zero byte as a number, as [`pack`]
/// does (the first eight bytes in the low half, the rest in the high half).
#[inline]
fn pack16(w: &str) -> Option<u128> {
    let b = w.as_bytes();
    if !(9..=16).contains(&b.len()) {
        return None;
    }
    let lo = pack_bytes(&b[..8])?;
    let hi = pack_bytes(&b[8..])?;
    Some(lo as u128 | (hi as u128) << 64)
}

/// [`pack`] of one to eight bytes.
#[inline(always)]
fn pack_bytes(b: &[u8]) -> Option<u64> {
    let k = pack_raw(b)?;
    let n = b.len();
    // a zero byte would make the number ambiguous (`a` and `a\0`): look for one
    // among the word's bytes (the padding set to ones), with the usual bit trick
    let v = if n == 8 { k } else { k | (!0u64 << (n * 8)) };
    let zero = v.wrapping_sub(0x0101_0101_0101_0101) & !v & 0x8080_8080_8080_8080 != 0;
    (!zero).then_some(k)
}

/// The number of [`pack_bytes`] without the test for a zero byte: for words known
/// to hold none (the tokens of [`Vocabulary`] and their compounds: a zero byte is no
/// letter or digit, nor part of a multi-byte character, nor `-`).
#[inline(always)]
fn pack_raw(b: &[u8]) -> Option<u64> {
    let n = b.len();
    let k = match n {
        // two overlapping reads: the shared bytes land on the same places
        4..=8 => {
            let lo = u32::from_le_bytes([b[0], b[1], b[2], b[3]]) as u64;
            let hi = u32::from_le_bytes([b[n - 4], b[n - 3], b[n - 2], b[n - 1]]) as u64;
            lo | hi << ((n - 4) * 8)
        }
        1..=3 => {
            b[0] as u64 | (b[n / 2] as u64) << (n / 2 * 8) | (b[n - 1] as u64) << ((n - 1) * 8)
        }
        _ => return None,
    };
    Some(k)
}

/// A key of [`PackedIds`]: a packed word (never 0) and its hash.
trait Packed: Copy + Eq + Default {
    fn hash(self) -> u64;
}

impl Packed for u64 {
    #[inline(always)]
    fn hash(self) -> u64 {
        // a folded multiplication (as in foldhash) spreads the key over the bits
        let p = ((self ^ 0x243f_6a88_85a3_08d3) as u128) * 0x1319_8a2e_0370_7344u128;
        (p as u64) ^ ((p >> 64) as u64)
    }
}

impl Packed for u128 {
    #[inline(always)]
    fn hash(self) -> u64 {
        let (lo, hi) = (self as u64, (self >> 64) as u64);
        let p = ((lo ^ 0x243f_6a88_85a3_08d3) as u128) * ((hi ^ 0x1319_8a2e_0370_7344) as u128);
        (p as u64) ^ ((p >> 64) as u64)
    }
}

/// Numbers of [`pack`]ed words: an open-addressing table with linear probing, at
/// most half full, so a probe soon meets its key or an empty slot (0).
struct PackedIds<K> {
    keys: Vec<K>,
    ids: Vec<u32>,
    len: usize,
}

impl<K: Packed> PackedIds<K> {
    fn with_capacity(n: usize) -> PackedIds<K> {
        let cap = (n * 2).next_power_of_two().max(64);
        PackedIds {
            keys: vec![K::default(); cap],
            ids: vec![0; cap],
            len: 0,
        }
    }

    /// The slot holding `k`, or the empty slot where it would go.
    #[inline(always)]
    fn slot(&self, k: K) -> usize {
        let mask = self.keys.len() - 1;
        let mut i = k.hash() as usize & mask;
        loop {
            let s = self.keys[i];
            if s == k || s == K::default() {
                return i;
            }
            i = (i + 1) & mask;
        }
    }

    fn get(&self, k: K) -> Option<u32> {
        let i = self.slot(k);
        (self.keys[i] != K::default()).then(|| self.ids[i])
    }

    /// The number of `k`; `next` when `k` is new.
    #[inline(always)]
    fn intern(&mut self, k: K, next: u32) -> u32 {
        let i = self.slot(k);
        if self.keys[i] != K::default() {
            return self.ids[i];
        }
        self.keys[i] = k;
        self.ids[i] = next;
        self.len += 1;
        if self.len * 2 > self.keys.len() {
            let cap = self.keys.len() * 2;
            let old_keys = std::mem::replace(&mut self.keys, vec![K::default(); cap]);
            let old_ids = std::mem::replace(&mut self.ids, vec![0; cap]);
            for (k, id) in old_keys.into_iter().zip(old_ids) {
                if k != K::default() {
                    let j = self.slot(k);
                    self.keys[j] = k;
                    self.ids[j] = id;
                }
            }
        }
        next
    }
}

/// [`BYTE_KIND`]: an ASCII byte that is no letter or digit,
const ASCII_OTHER: u8 = 0;
/// an ASCII letter or digit,
const ASCII_ALNUM: u8 = 1;
/// a byte of a multi-byte character (decoded to classify).
const NON_ASCII: u8 = 2;

/// The kind of each byte, for the tokeniser of [`Vocabulary`].
static BYTE_KIND: [u8; 256] = {
    let mut t = [NON_ASCII; 256];
    let mut i = 0;
    while i < 128 {
        t[i] = if (i as u8).is_ascii_alphanumeric() {
            ASCII_ALNUM
        } else {
            ASCII_OTHER
        };
        i += 1;
    }
    t
};

/// Bytes classified at once by [`Vocabulary::words`]: the 64 bits of a `u64`, every
/// one a byte (the walk over the runs of ones relies on it).
const BLOCK: usize = 64;
const _: () = assert!(BLOCK == u64::BITS as usize);

/// For eight ASCII bytes `x` (little-endian, no high bit set), 0x80 in each byte
/// that is an ASCII letter or digit and 0 elsewhere. Every byte is below 0x80, so
/// adding at most 0x80 to each carries into no other byte: the high bit of
/// `x + rep(0x80 - lo)` says the byte is at least `lo`. `x | 0x20` folds `A-Z` onto
/// `a-z` and keeps `a-z`; no other byte lands in `a-z`.
#[inline(always)]
fn ascii_alnum_bytes(x: u64) -> u64 {
    const fn rep(b: u8) -> u64 {
        b as u64 * 0x0101_0101_0101_0101
    }
    let digit = (x + rep(0x80 - b'0')) & !(x + rep(0x80 - b'9' - 1));
    let l = x | rep(0x20);
    let letter = (l + rep(0x80 - b'a')) & !(l + rep(0x80 - b'z' - 1));
    (digit | letter) & rep(0x80)
}

/// For a block of [`BLOCK`] bytes, all ASCII: a bit per byte (bit j for byte j),
/// set for a letter or digit. None when a byte is not ASCII.
#[inline(always)]
fn ascii_block_mask(block: &[u8]) -> Option<u64> {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let word = |k: usize| {
        let c = &block[8 * k..8 * k + 8];
        u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]])
    };
    if (0..BLOCK / 8).fold(0, |acc, k| acc | word(k)) & HIGH != 0 {
        return None;
    }
    let mut m = 0u64;
    for k in 0..BLOCK / 8 {
        // the high bits (one per byte, at 8i + 7) gathered into the top byte: the
        // multiplier moves bit 8i to 56 + i, and no two of its products meet
        let bits = (ascii_alnum_bytes(word(k)) >> 7).wrapping_mul(0x0102_0408_1020_4080) >> 56;
        m |= bits << (8 * k);
    }
    Some(m)
}

impl<'a> Vocabulary<'a> {
    /// Counts the words of `text`: runs of letters and digits, and hyphenated
    /// compounds (`IT-dienstverleners`) both whole and by part.
    pub fn new(text: &'a str) -> Vocabulary<'a> {
        Self::new_visiting(text, |_, _, _| {})
    }

    /// [`new`](Self::new), calling `visit(start, word, id)` for each word of the text
    /// in order, as it is counted: `id` is the number of the distinct word (equal
    /// numbers are equal words, every number is below [`distinct`](Self::distinct),
    /// and [`id`](Self::id) gives it again). The counts are complete only when this
    /// returns, so `visit` sees none; a walk over the words needs no second pass.
    pub fn new_visiting(
        text: &'a str,
        mut visit: impl FnMut(usize, &'a str, u32),
    ) -> Vocabulary<'a> {
        let tokens = Self::words(text);
        // room for the distinct words up front (a document repeats most of its words),
        // so the map rarely grows and rehashes
        let room = (tokens.len() / 4).min(1 << 16) + 16;
        let mut ids: FastMap<&'a str, u32> =
            FastMap::with_capacity_and_hasher(room / 4 + 16, Default::default());
        let mut short_ids = PackedIds::with_capacity(room);
        let mut mid_ids = PackedIds::with_capacity(room / 2);
        let mut counts: Vec<usize> = Vec::with_capacity(room);
        let mut words: Vec<&'a str> = Vec::with_capacity(room);
        // a macro, not a closure: expanded at both places, so the per-token one is
        // inlined into the loop (a closure called from two places was not)
        macro_rules! count {
            ($w:expr) => {{
                let w: &'a str = $w;
                let next = counts.len() as u32;
                // `w` holds no zero byte (see `pack_raw`): its number is that of `pack`
                debug_assert!(!w.as_bytes().contains(&0));
                let id = if w.len() <= 8 {
                    match pack_raw(w.as_bytes()) {
                        Some(k) => short_ids.intern(k, next),
                        None => *ids.entry(w).or_insert(next),
                    }
                } else {
                    match pack16_raw(w.as_bytes()) {
                        Some(k) => mid_ids.intern(k, next),
                        None => *ids.entry(w).or_insert(next),
                    }
                };
                if id == next {
                    counts.push(0);
                    words.push(w);
                }
                counts[id as usize] += 1;
                id
            }};
        }
        let mut compound: Option<(usize, usize)> = None;
        for &(start, w) in &tokens {
            let id = count!(w);
            visit(start, w, id);
            let end = start + w.len();
            compound = match compound {
                Some((cs, ce)) if start == ce + 1 && text.as_bytes()[ce] == b'-' => {
                    // a chain of hyphenated words counts each of its prefixes; past
                    // MAX_COMPOUND bytes none is a word (and hashing every longer
                    // prefix would make a long chain cost the square of its length)
                    if end - cs <= MAX_COMPOUND {
                        count!(&text[cs..end]);
                    }
                    Some((cs, end))
                }
                _ => Some((start, end)),
            };
        }
        // a word with `ë`/`ï` needs the bytes C3 AB / C3 AF in the text: without any
        // `ë`/`ï`/`Ë`/`Ï` (`has_diaeresis`) the set of those words is empty
        let diaeresis_folded = std::cell::OnceCell::new();
        if !ocr::has_diaeresis(text) {
            let _ = diaeresis_folded.set(FoldedSet::default());
        }
        Vocabulary {
            short_ids,
            mid_ids,
            ids,
            counts,
            words,
            diaeresis_folded,
        }
    }

    /// Runs of alphanumeric characters with their byte offsets, in one pass over
    /// the bytes. A block of [`BLOCK`] ASCII bytes is classified at once (a bit per
    /// byte, see [`ascii_block_mask`]) and its words read off the bits; a block with
    /// a multi-byte character, and the tail, go character by character (ASCII bytes
    /// by a table, others decoded). Both read the same rule: a word is a maximal run
    /// of `char::is_alphanumeric` characters, which for ASCII are `0-9A-Za-z`.
    fn words(text: &'a str) -> Vec<(usize, &'a str)> {
        let b = text.as_bytes();
        // about one word per six bytes of prose: room enough, mostly, without growing
        let mut out = Vec::with_capacity(b.len() / 6 + 1);
        // whether the character at `i` (a char boundary) is alphanumeric, and its length
        let class = |i: usize| -> (bool, usize) {
            let c = b[i];
            match BYTE_KIND[c as usize] {
                ASCII_OTHER => (false, 1),
                ASCII_ALNUM => (true, 1),
                _ => {
                    let ch = text[i..].chars().next().unwrap_or('\u{fffd}');
                    (ch.is_alphanumeric(), ch.len_utf8())
                }
            }
        };
        let n = b.len();
        // the start of the word being read, if one is open
        let mut open: Option<usize> = None;
        let mut i = 0;
        while i < n {
            // `i` is a char boundary here
            let block_end = (i + BLOCK).min(n);
            if let Some(m) = b.get(i..i + BLOCK).and_then(ascii_block_mask) {
                // bit j: byte i + j is a letter or digit; walk the runs of ones
                let mut j = 0u32;
                while j < BLOCK as u32 {
                    match open {
                        Some(s) => {
                            let rest = !m >> j;
                            if rest == 0 {
                                break;
                            }
                            j += rest.trailing_zeros();
                            out.push((s, &text[s..i + j as usize]));
                            open = None;
                        }
                        None => {
                            let rest = m >> j;
                            if rest == 0 {
                                break;
                            }
                            j += rest.trailing_zeros();
                            open = Some(i + j as usize);
                        }
                    }
                }
                i = block_end;
                continue;
            }
            // character by character to the end of the block (or a little past it,
            // when a multi-byte character straddles its end)
            while i < block_end {
                let (yes, len) = class(i);
                match (yes, open) {
                    (true, None) => open = Some(i),
                    (false, Some(s)) => {
                        out.push((s, &text[s..i]));
                        open = None;
                    }
                    _ => {}
                }
                i += len;
            }
        }
        if let Some(s) = open {
            out.push((s, &text[s..]));
        }
        out
    }

    /// How many distinct words (tokens and hyphenated compounds) were counted.
    pub fn distinct(&self) -> usize {
        self.counts.len()
    }

    /// How often `word` occurs in the document, as written.
    pub fn count(&self, word: &str) -> usize {
        self.id(word).map_or(0, |id| self.counts[id as usize])
    }

    /// The number of `word` (as given to the visitor of
    /// [`new_visiting`](Self::new_visiting)), if the document has it.
    pub fn id(&self, word: &str) -> Option<u32> {
        let packed = if word.len() <= 8 {
            pack(word).map(|k| self.short_ids.get(k))
        } else {
            pack16(word).map(|k| self.mid_ids.get(k))
        };
        packed.unwrap_or_else(|| self.ids.get(word).copied())
    }

    /// True when the document prints a word that is `word` with some `e`/`i`
    /// written `ë`/`ï` (`continuiteit` when it prints `continuïteit`).
    pub fn has_diaeresis_form(&self, word: &str) -> bool {
        let set = self.diaeresis_folded.get_or_init(|| {
            let mut set = FoldedSet::default();
            for w in &self.words {
                // `ë` and `ï` are C3 AB and C3 AF in UTF-8: most words hold no C3 byte
                // (a plain loop: words are too short for a memchr call to pay)
                if w.bytes().any(|b| b == 0xC3) && w.contains(['ë', 'ï']) {
                    set.insert_folded(w);
                }
            }
            set
        });
        set.has_form(word)
    }
}

/// Applies non-overlapping edits sorted by start; overlapping later edits are dropped.
/// Returns the new text, its offset map and the repair log (furniture edits excluded).
pub fn apply(text: &str, lines: &LineIndex, edits: &[Edit]) -> (String, OffsetMap, Vec<Repair>) {
    if edits.is_empty() {
        return (text.to_owned(), OffsetMap::identity(), Vec::new());
    }
    let mut out = String::with_capacity(text.len());
    let mut anchors = Vec::with_capacity(edits.len() * 2 + 1);
    let mut repairs = Vec::new();
    let mut pos = 0usize;
    for e in edits {
        if e.span.start < pos || e.span.end > text.len() {
            continue;
        }
        if e.span.start > pos {
            anchors.push(Anchor {
                clean: out.len(),
                decoded: pos,
                verbatim: true,
            });
            out.push_str(&text[pos..e.span.start]);
        }
        anchors.push(Anchor {
            clean: out.len(),
            decoded: e.span.start,
            verbatim: false,
        });
        out.push_str(&e.to);
        if e.kind != "furniture" {
            repairs.push(Repair {
                kind: e.kind.to_string(),
                from: text[e.span.start..e.span.end].to_string(),
                to: e.to.clone(),
                line: lines.line(e.span.start),
                span: e.span,
            });
        }
        pos = e.span.end;
    }
    anchors.push(Anchor {
        clean: out.len(),
        decoded: pos,
        verbatim: true,
    });
    out.push_str(&text[pos..]);
    (out, OffsetMap::from_anchors(anchors), repairs)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_map_back_through_edits() {
        let text = "Z0 kent de financiéle zaken\nregel twee";
        let lines = LineIndex::new(text);
        let edits = vec![
            Edit {
                span: Span::new(0, 2),
                to: "Zo".into(),
                kind: "ocr_digit",
            },
            Edit {
                span: Span::new(11, 22),
                to: "financiële".into(),
                kind: "ocr_diacritic",
            },
        ];
        let (clean, map, repairs) = apply(text, &lines, &edits);
        assert_eq!(clean, "Zo kent de financiële zaken\nregel twee");
        assert_eq!(repairs.len(), 2);
        assert_eq!(repairs[1].from, "financiéle");
        // "zaken" in cleaned text maps to "zaken" in the original
        let c = clean.find("zaken").unwrap();
        let d = map.to_decoded(c);
        assert_eq!(&text[d..d + 5], "zaken");
        let s = map.span_to_decoded(Span::new(c, c + 5));
        assert_eq!(&text[s.start..s.end], "zaken");
        // a span over the repaired word covers the damaged original
        let f = clean.find("financiële").unwrap();
        let s = map.span_to_decoded(Span::new(f, f + "financiële".len()));
        assert_eq!(&text[s.start..s.end], "financiéle");
    }

    /// The tokeniser against the plain definition: maximal runs of alphanumeric chars.
    fn words_by_chars(t: &str) -> Vec<(usize, &str)> {
        let mut out = Vec::new();
        let mut start = None;
        for (i, c) in t.char_indices() {
            match (c.is_alphanumeric(), start) {
                (true, None) => start = Some(i),
                (false, Some(s)) => {
                    out.push((s, &t[s..i]));
                    start = None;
                }
                _ => {}
            }
        }
        if let Some(s) = start {
            out.push((s, &t[s..]));
        }
        out
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(2000))]
        #[test]
        fn words_are_alphanumeric_runs(t in "[a-zA-Z0-9 .,'’\\-\n\u{a0}éëïÉ€–²½٣ǅ\u{300}]{0,40}") {
            proptest::prop_assert_eq!(Vocabulary::words(&t), words_by_chars(&t));
            let mut seen = Vec::new();
            let v = Vocabulary::new_visiting(&t, |s, w, id| seen.push((s, w, id)));
            let words: Vec<(usize, &str)> = seen.iter().map(|x| (x.0, x.1)).collect();
            proptest::prop_assert_eq!(words, words_by_chars(&t));
            for &(_, w, id) in &seen {
                proptest::prop_assert_eq!(v.id(w), Some(id));
            }
            for (_, w) in words_by_chars(&t) {
                let n = words_by_chars(&t).iter().filter(|x| x.1 == w).count();
                proptest::prop_assert!(v.count(w) >= n);
            }
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(1000))]
        #[test]
        fn words_in_long_text_are_alphanumeric_runs(
            parts in proptest::collection::vec("[a-zA-Z0-9 .,\\-\n@\\[`{/:]{0,90}|[a-z éëï€’٣\u{300}]{0,6}", 0..12)
        ) {
            // long ASCII stretches (read by blocks) mixed with multi-byte characters
            let t = parts.concat();
            proptest::prop_assert_eq!(Vocabulary::words(&t), words_by_chars(&t));
        }
    }

    /// `has_diaeresis_form` as first written: every distinct word (token or
    /// compound) with `ë`/`ï`, folded, in a set; no filter, no gate on the text.
    fn diaeresis_form_plain(t: &str, word: &str) -> bool {
        let fold = |w: &str| w.replace('ë', "e").replace('ï', "i");
        let mut words: Vec<String> = words_by_chars(t).iter().map(|x| x.1.to_string()).collect();
        // compounds: runs of tokens joined by single hyphens
        let toks = words_by_chars(t);
        let mut cs: Option<(usize, usize)> = None;
        for &(s, w) in &toks {
            let e = s + w.len();
            cs = match cs {
                Some((a, b)) if s == b + 1 && t.as_bytes()[b] == b'-' => {
                    words.push(t[a..e].to_string());
                    Some((a, e))
                }
                _ => Some((s, e)),
            };
        }
        let set: std::collections::HashSet<String> = words
            .iter()
            .filter(|w| w.contains(['ë', 'ï']))
            .map(|w| fold(w))
            .collect();
        set.contains(&fold(word))
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(2000))]
        #[test]
        fn diaeresis_form_is_the_plain_set(
            t in "([a-eiïëIË\\-]{1,7}[ ,\n]){0,12}",
            asked in proptest::collection::vec("[a-eiïëIË\\-]{0,8}", 0..8)
        ) {
            let v = Vocabulary::new(&t);
            let toks = words_by_chars(&t);
            for w in toks.iter().map(|x| x.1).chain(asked.iter().map(String::as_str)) {
                let shown = format!("{w:?} in {t:?}");
                proptest::prop_assert_eq!(v.has_diaeresis_form(w), diaeresis_form_plain(&t, w), "{}", shown);
                let plain = w.replace('ë', "e").replace('ï', "i");
                proptest::prop_assert_eq!(v.has_diaeresis_form(&plain), diaeresis_form_plain(&t, &plain));
            }
        }
    }

    #[test]
    fn ascii_block_mask_is_is_alphanumeric() {
        // every ASCII byte at every place of a block
        for c in 0u8..128 {
            for at in 0..BLOCK {
                let mut block = [b' '; BLOCK];
                block[at] = c;
                let m = ascii_block_mask(&block).unwrap();
                assert_eq!(m, (c.is_ascii_alphanumeric() as u64) << at, "{c} at {at}");
                let mut block = [b'a'; BLOCK];
                block[at] = c;
                let m = ascii_block_mask(&block).unwrap();
                let want = !((!c.is_ascii_alphanumeric() as u64) << at);
                assert_eq!(m, want, "{c} at {at} among letters");
            }
        }
        for at in 0..BLOCK {
            let mut block = [b'a'; BLOCK];
            block[at] = 0xC3;
            assert_eq!(ascii_block_mask(&block), None);
        }
    }

    #[test]
    fn a_long_hyphen_chain_counts_only_short_compounds() {
        // `ab-ab-ab-...`: every prefix up to MAX_COMPOUND bytes is a compound, the
        // longer ones are not counted (hashing each would cost the square of the chain)
        let t = vec!["ab"; 4000].join("-");
        let v = Vocabulary::new(&t);
        assert_eq!(v.count("ab"), 4000);
        assert_eq!(v.count("ab-ab"), 1);
        let long = |n: usize| vec!["ab"; n].join("-");
        assert_eq!(long(33).len(), 98);
        assert_eq!(v.count(&long(33)), 1);
        assert_eq!(v.count(&long(34)), 0);
    }

    #[test]
    fn counts_words_and_compounds() {
        let t = "IT-dienstverleners en de IT-afdeling: IT, ideeën en idee\u{a0}2023";
        let mut seen = Vec::new();
        let v = Vocabulary::new_visiting(t, |s, w, id| seen.push((s, w, id)));
        let ids: Vec<u32> = seen.iter().map(|x| x.2).collect();
        assert_eq!(v.count("IT"), 3);
        assert_eq!(v.count("IT-dienstverleners"), 1);
        assert_eq!(v.count("dienstverleners"), 1);
        assert_eq!(v.count("en"), 2);
        assert_eq!(v.count("2023"), 1);
        assert_eq!(v.count("ideeën"), 1);
        assert_eq!(v.count("ideeen"), 0);
        assert!(v.has_diaeresis_form("ideeen"));
        assert!(!v.has_diaeresis_form("idee"));
        assert_eq!(seen.len(), 11);
        assert_eq!(seen[1], (3, "dienstverleners", ids[1]));
        assert_eq!(ids[2], ids[8]);
        assert_eq!(ids[0], ids[4]);
        assert_ne!(ids[0], ids[2]);
        for &(s, w, id) in &seen {
            assert_eq!(&t[s..s + w.len()], w);
            assert_eq!(v.id(w), Some(id));
            assert!((id as usize) < v.distinct());
        }
        assert_eq!(
            v.id("IT-afdeling").map(|i| (i as usize) < v.distinct()),
            Some(true)
        );
        assert_eq!(v.id("ideeen"), None);
    }

    #[test]
    fn packed_words_are_distinct() {
        let words = [
            "a",
            "b",
            "ab",
            "ba",
            "aa",
            "abc",
            "acb",
            "abcd",
            "abce",
            "abcde",
            "abcdefg",
            "abcdefgh",
            "abcdefgi",
            "é",
            "ë",
            "ée",
            "a\0",
            "\0",
            "a\0b",
            "abcdefghi",
            "abcdefgha",
            "abcdefghij",
            "abcdefghijklmnop",
            "abcdefghijklmnoq",
            "abcdefgh\0",
            "abcdefghijklmn\0p",
            "aaaaaaaaa",
            "aaaaaaaaaa",
        ];
        let mut seen = std::collections::HashMap::new();
        for w in words {
            match pack(w) {
                Some(k) => {
                    assert_ne!(k, 0);
                    assert!(!w.contains('\0'), "{w:?}");
                    assert_eq!(seen.insert(k, w), None, "{w:?}");
                    // the number is the bytes
                    assert_eq!(&k.to_le_bytes()[..w.len()], w.as_bytes());
                    assert!(w.len() <= 8);
                    assert!(k.to_le_bytes()[w.len()..].iter().all(|&b| b == 0));
                }
                None => assert!(w.is_empty() || w.len() > 8 || w.contains('\0'), "{w:?}"),
            }
        }
        assert_eq!(pack("abcdefghi"), None);
        // nine to sixteen bytes: distinct, the bytes in order
        let mut seen16 = std::collections::HashMap::new();
        for w in [
            "abcdefghi",
            "abcdefgha",
            "abcdefghij",
            "abcdefghijklmnop",
            "abcdefghijklmnoq",
            "aaaaaaaaa",
            "aaaaaaaaaa",
            "financiële",
            "investeringen",
            "abcdefgh\0",
            "abcdefghijklmn\0p",
            "abcdefghijklmnopq",
            "abcdefgh",
        ] {
            match pack16(w) {
                Some(k) => {
                    assert!((9..=16).contains(&w.len()) && !w.contains('\0'), "{w:?}");
                    assert_eq!(&k.to_le_bytes()[..w.len()], w.as_bytes());
                    assert!(k.to_le_bytes()[w.len()..].iter().all(|&b| b == 0));
                    assert_eq!(seen16.insert(k, w), None, "{w:?}");
                }
                None => assert!(!(9..=16).contains(&w.len()) || w.contains('\0'), "{w:?}"),
            }
        }
        assert_eq!(pack(""), None);
        // without a zero byte the unchecked numbers are the same
        for w in [
            "a",
            "ab",
            "abc",
            "abcd",
            "ée",
            "abcdefgh",
            "abcdefghi",
            "financiële",
            "abcdefghijklmnop",
            "abcdefghijklmnopq",
            "",
        ] {
            assert_eq!(pack_raw(w.as_bytes()), pack(w), "{w:?}");
            assert_eq!(pack16_raw(w.as_bytes()), pack16(w), "{w:?}");
        }
        // counts through both tables agree with a plain count
        let t = "de kosten van de investeringskasstroom en de investeringskasstroom\0x, investering, investering";
        let v = Vocabulary::new(t);
        assert_eq!(v.count("de"), 3);
        assert_eq!(v.count("investeringskasstroom"), 2);
        assert_eq!(v.count("x"), 1);
        assert_eq!(v.count("x\0"), 0);
        assert_eq!(v.count("kost"), 0);
        assert_eq!(v.count("investering"), 2);
        assert_eq!(v.count("investeringen"), 0);
    }

    #[test]
    fn packed_ids_grow_and_keep_their_numbers() {
        let mut t: PackedIds<u64> = PackedIds::with_capacity(1);
        let mut w: PackedIds<u128> = PackedIds::with_capacity(1);
        for k in 1..5000u64 {
            let key = k.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
            assert_eq!(t.intern(key, k as u32), k as u32);
            assert_eq!(t.intern(key, 0), k as u32);
            assert_eq!(
                w.intern(key as u128 | (k as u128) << 64, k as u32),
                k as u32
            );
        }
        assert_eq!(t.len, 4999);
        for k in 1..5000u64 {
            let key = k.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
            assert_eq!(t.get(key), Some(k as u32));
            assert_eq!(w.get(key as u128 | (k as u128) << 64), Some(k as u32));
        }
        assert_eq!(t.get(2), None);
        assert!(t.keys.len() >= 2 * t.len);
    }

    #[test]
    fn identity_when_no_edits() {
        let (clean, map, repairs) = apply("abc", &LineIndex::new("abc"), &[]);
        assert_eq!(clean, "abc");
        assert!(repairs.is_empty());
        assert_eq!(map.to_decoded(2), 2);
    }
}
