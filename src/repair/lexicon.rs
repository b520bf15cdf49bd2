//! The Dutch lexicon: the OpenTaal Hunspell dictionary (BSD / CC-BY 3.0, see
//! `data/nl.LICENSE`), compiled into the binary and parsed once per process.
//!
//! In: a word. Out: whether Hunspell accepts it. The dictionary accepts many
//! compounds (`terings` + `kasstroom`), so callers test whole words, never fragments.
//! Parsing takes some tens of milliseconds; it happens only when a document has a
//! word worth checking (see `ocr.rs`, `hyphen.rs`), never for clean text.

use spellbook::Dictionary;
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::sync::LazyLock;

thread_local! {
    /// Look-ups made by this thread, for tests that hold clean text cheap.
    static LOOKUPS: Cell<usize> = const { Cell::new(0) };
    /// Answers already given on this thread. A batch repeats its vocabulary from file
    /// to file, and a Hunspell check costs microseconds; the answer for a word never
    /// changes, so the cache cannot change output, whatever the thread count.
    static MEMO: RefCell<HashMap<Box<str>, bool, foldhash::fast::FixedState>> =
        RefCell::new(HashMap::default());
}

/// Entries kept per thread before the memo starts over (bounds memory).
const MEMO_CAP: usize = 200_000;

/// How many words this thread has looked up so far.
pub fn lookups() -> usize {
    LOOKUPS.with(|c| c.get())
}

static AFF: &str = include_str!("../../data/nl.aff");
static DIC: &str = include_str!("../../data/nl.dic");

static DICT: LazyLock<Option<Dictionary>> = LazyLock::new(|| Dictionary::new(AFF, DIC).ok());

/// True when the Dutch dictionary accepts `word` as written (case rules of Hunspell apply:
/// a lower-case entry also accepts its capitalised and upper-case forms).
pub fn is_word(word: &str) -> bool {
    if word.is_empty() || word.len() > 100 {
        return false;
    }
    LOOKUPS.with(|c| c.set(c.get() + 1));
    if let Some(hit) = MEMO.with(|m| m.borrow().get(word).copied()) {
        return hit;
    }
    let ok = match DICT.as_ref() {
        Some(d) => d.check(word),
        None => false,
    };
    MEMO.with(|m| {
        let mut m = m.borrow_mut();
        if m.len() >= MEMO_CAP {
            m.clear();
        }
        m.insert(word.into(), ok);
    });
    ok
}

/// What [`is_word`] answered for `word` on this thread, if it was asked and the
/// answer is still kept: the same answer, without a look-up (nor a count of one).
pub fn known(word: &str) -> Option<bool> {
    MEMO.with(|m| m.borrow().get(word).copied())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dutch_words() {
        for w in [
            "financiële",
            "ideeën",
            "continuïteit",
            "geïnvesteerd",
            "één",
            "Zo",
            "opdrachtnemer",
            "investeringskasstroom",
            "dienstverlening",
        ] {
            assert!(is_word(w), "{w}");
        }
        assert_eq!(known("financiële"), Some(true));
        assert_eq!(known("niet-gevraagd-woord"), None);
        for w in [
            "financiéle",
            "ideeén",
            "continuiteit",
            "geinvesteerd",
            "Z0",
            "inves",
        ] {
            assert!(!is_word(w), "{w}");
        }
    }
}
