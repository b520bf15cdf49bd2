//! Test inputs shared by the in-file tests: the text files of `seeds/` and
//! `fixtures/`, for the differential tests of fast paths against slow ones.

use std::path::{Path, PathBuf};

/// Every `*.txt` under `seeds/` and then `fixtures/`, each directory in name order.
pub(crate) fn txt_files() -> Vec<PathBuf> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
            .into_iter()
            .flatten()
            .flatten()
            .map(|e| e.path())
            .collect();
        entries.sort();
        for p in entries {
            if p.is_dir() {
                walk(&p, out);
            } else if p.extension().is_some_and(|e| e == "txt") {
                out.push(p);
            }
        }
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut out = Vec::new();
    walk(&root.join("seeds"), &mut out);
    walk(&root.join("fixtures"), &mut out);
    assert!(out.len() > 20, "seeds and fixtures not found");
    out
}

/// The files of [`txt_files`] that decode as text: (path, decoded text), in any of
/// the encodings the fixtures hold (UTF-16 and Windows-1252 included).
pub(crate) fn texts() -> Vec<(String, String)> {
    txt_files()
        .into_iter()
        .filter_map(|p| {
            let bytes = std::fs::read(&p).ok()?;
            let text = crate::decode::decode(&bytes).ok()?.text.into_owned();
            Some((p.display().to_string(), text))
        })
        .collect()
}
