//! `cargo bench`: throughput of the whole extraction over the bundled seeds.

use std::path::Path;

fn main() {
    divan::main();
}

fn seeds() -> Vec<Vec<u8>> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    files.iter().map(|p| std::fs::read(p).unwrap()).collect()
}

#[divan::bench]
fn extract_seeds(b: divan::Bencher) {
    let docs = seeds();
    let bytes: usize = docs.iter().map(|d| d.len()).sum();
    b.counter(divan::counter::BytesCount::new(bytes)).bench(|| {
        for d in &docs {
            divan::black_box(verslag::extract(d, &verslag::Options::default()).unwrap());
        }
    });
}
