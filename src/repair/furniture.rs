//! Furniture: lines that belong to the page, not to the report.
//!
//! In: decoded text. Out: edits that blank furniture lines, and the [`Furniture`]
//! records (kind, text, line) kept in the output. Detected here: web chrome of the
//! government sites (`Main content`, `Licence`, `+Toon begrotingsfasen`,
//! `Base description which applies to whole site`), and running footers of
//! parliamentary papers (`Tweede Kamer, vergaderjaar 2022–2023, 36 360 VII, nr. 1 165`).

use super::Edit;
use crate::model::Furniture;
use crate::span::{lines_with_offsets, LineIndex, Span};
use regex::Regex;
use std::sync::LazyLock;

/// Whole-line web chrome of rijksoverheid-style sites, compared case-insensitively after trimming.
const WEB_CHROME: &[&str] = &[
    "main content",
    "licence",
    "license",
    "+toon begrotingsfasen",
    "base description which applies to whole site",
    "skip to main content",
    "naar hoofdinhoud",
    "ga direct naar inhoud",
];

/// `Tweede Kamer, vergaderjaar 2022–2023, 36 360 VII, nr. 1 165` (optionally with the page number).
pub static RUNNING_FOOTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^\s*(?:Tweede|Eerste) Kamer,\s+vergaderjaar\s+\d{4}\s*[-–—]\s*\d{4},\s+(?P<paper>\d{2}[\s\u{a0}]?\d{3}(?:[\s\u{a0}]+[A-Z]{1,5})?),\s+nr\.\s*(?P<nr>\d+)(?:\s+(?P<page>\d{1,4}))?\s*$",
    )
    .unwrap()
});

/// Finds furniture lines; returns the blanking edits and the records.
pub fn detect(text: &str, lines: &LineIndex) -> (Vec<Edit>, Vec<Furniture>) {
    let mut edits = Vec::new();
    let mut found = Vec::new();
    for (start, line) in lines_with_offsets(text) {
        let t = line.trim_matches(|c: char| c.is_whitespace());
        if t.is_empty() || t.len() > 200 {
            continue;
        }
        let kind = if WEB_CHROME.iter().any(|w| t.eq_ignore_ascii_case(w)) {
            Some("web_chrome")
        } else if RUNNING_FOOTER.is_match(t) {
            Some("running_footer")
        } else {
            None
        };
        if let Some(kind) = kind {
            edits.push(Edit {
                span: Span::new(start, start + line.len()),
                to: String::new(),
                kind: "furniture",
            });
            found.push(Furniture {
                kind: kind.to_string(),
                text: t.to_string(),
                line: lines.line(start),
            });
        }
    }
    (edits, found)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn footer_and_chrome() {
        let t = "Main content\nTekst.\nTweede Kamer, vergaderjaar 2022–2023, 36 360 VII, nr. 1 165\nLicence";
        let (edits, f) = detect(t, &LineIndex::new(t));
        assert_eq!(edits.len(), 3);
        let kinds: Vec<_> = f.iter().map(|f| (f.kind.as_str(), f.line)).collect();
        assert_eq!(
            kinds,
            vec![("web_chrome", 1), ("running_footer", 3), ("web_chrome", 4)]
        );
        let c = RUNNING_FOOTER
            .captures("Tweede Kamer, vergaderjaar 2022–2023, 36 360 VII, nr. 1 165")
            .unwrap();
        assert_eq!(&c["paper"], "36 360 VII");
        assert_eq!(&c["nr"], "1");
        assert_eq!(&c["page"], "165");
    }

    #[test]
    fn prose_mentioning_main_content_is_not_chrome() {
        let t = "The main content of this report";
        assert!(detect(t, &LineIndex::new(t)).0.is_empty());
    }
}
