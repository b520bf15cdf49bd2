//! `cargo bench`: throughput per stage and end to end, in bytes per second.
//!
//! Inputs: the bundled seeds and fixtures (all layouts and encodings we ship).
//! Each stage is measured on the output of the stages before it, prepared
//! outside the timed loop. The end-to-end run over a large generated corpus is
//! `scripts/bench.sh` (see BENCHMARKS.md).

use std::path::Path;
use verslag::span::{LineIndex, Locator};
use verslag::{decode, figures, meta, repair, segment, tables, Options};

fn main() {
    divan::main();
}

fn inputs() -> Vec<Vec<u8>> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    for d in ["seeds", "fixtures"] {
        collect(&root.join(d), &mut files);
    }
    files.sort();
    files.iter().map(|p| std::fs::read(p).unwrap()).collect()
}

fn collect(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    for e in rd.flatten() {
        let p = e.path();
        if p.is_dir() {
            collect(&p, out);
        } else if p.extension().is_some_and(|e| e == "txt") {
            out.push(p);
        }
    }
}

fn total(docs: &[Vec<u8>]) -> divan::counter::BytesCount {
    divan::counter::BytesCount::new(docs.iter().map(Vec::len).sum::<usize>())
}

#[divan::bench]
fn end_to_end(b: divan::Bencher) {
    let docs = inputs();
    b.counter(total(&docs)).bench(|| {
        for d in &docs {
            if let Ok(doc) = verslag::extract(d, &Options::default()) {
                divan::black_box(doc);
            }
        }
    });
}

#[divan::bench]
fn stage_decode(b: divan::Bencher) {
    let docs = inputs();
    b.counter(total(&docs)).bench(|| {
        for d in &docs {
            let _ = divan::black_box(decode::decode(d));
        }
    });
}

fn decoded() -> Vec<decode::Decoded<'static>> {
    inputs()
        .iter()
        .filter_map(|d| decode::decode(d).ok().map(decode::Decoded::into_owned))
        .collect()
}

#[divan::bench]
fn stage_repair(b: divan::Bencher) {
    let docs = decoded();
    let n: usize = docs.iter().map(|d| d.text.len()).sum();
    let idx: Vec<LineIndex> = docs.iter().map(|d| LineIndex::new(&d.text)).collect();
    b.counter(divan::counter::BytesCount::new(n)).bench(|| {
        for (d, l) in docs.iter().zip(&idx) {
            divan::black_box(repair::repair(d, l, &repair::RepairOptions::default()));
        }
    });
}

struct Prepared {
    cleaned: repair::Cleaned,
    index: LineIndex,
}

fn prepared() -> Vec<Prepared> {
    decoded()
        .into_iter()
        .map(|d| {
            let index = LineIndex::new(&d.text);
            let cleaned = repair::repair(&d, &index, &repair::RepairOptions::default());
            Prepared { cleaned, index }
        })
        .collect()
}

fn bytes_of(p: &[Prepared]) -> divan::counter::BytesCount {
    divan::counter::BytesCount::new(p.iter().map(|p| p.cleaned.text.len()).sum::<usize>())
}

#[divan::bench]
fn stage_tables(b: divan::Bencher) {
    let docs = prepared();
    b.counter(bytes_of(&docs)).bench(|| {
        for p in &docs {
            let loc = Locator::new(&p.cleaned.map, &p.index);
            let lines = segment::lines(&p.cleaned.text);
            divan::black_box(tables::find(&lines, &loc));
        }
    });
}

#[divan::bench]
fn stage_segment(b: divan::Bencher) {
    let docs = prepared();
    b.counter(bytes_of(&docs)).bench(|| {
        for p in &docs {
            let lines = segment::lines(&p.cleaned.text);
            divan::black_box(segment::segment(&lines, &[]));
        }
    });
}

#[divan::bench]
fn stage_figures(b: divan::Bencher) {
    let docs = prepared();
    let blocks: Vec<_> = docs
        .iter()
        .map(|p| {
            let lines = segment::lines(&p.cleaned.text);
            segment::segment(&lines, &[])
        })
        .collect();
    b.counter(bytes_of(&docs)).bench(|| {
        for (p, bl) in docs.iter().zip(&blocks) {
            let loc = Locator::new(&p.cleaned.map, &p.index);
            divan::black_box(figures::find(bl, None, &loc));
        }
    });
}

#[divan::bench]
fn stage_meta(b: divan::Bencher) {
    let docs = prepared();
    let lines: Vec<_> = docs
        .iter()
        .map(|p| segment::lines(&p.cleaned.text))
        .collect();
    let blocks: Vec<_> = lines.iter().map(|l| segment::segment(l, &[])).collect();
    b.counter(bytes_of(&docs)).bench(|| {
        for ((p, l), bl) in docs.iter().zip(&lines).zip(&blocks) {
            let loc = Locator::new(&p.cleaned.map, &p.index);
            divan::black_box(meta::extract(bl, l, &p.cleaned.furniture, &loc));
        }
    });
}

#[divan::bench]
fn stage_serialise(b: divan::Bencher) {
    let docs: Vec<_> = inputs()
        .iter()
        .filter_map(|d| verslag::extract(d, &Options::default()).ok())
        .collect();
    let n: usize = docs
        .iter()
        .map(|d| serde_json::to_vec(d).unwrap().len())
        .sum();
    // (the CLI's JSON lines: the compact writer, serde_json's bytes)
    b.counter(divan::counter::BytesCount::new(n)).bench(|| {
        let mut out = Vec::with_capacity(n);
        for d in &docs {
            verslag::json::compact(&mut out, d).unwrap();
        }
        divan::black_box(out);
    });
}

#[divan::bench]
fn grammar_values(b: divan::Bencher) {
    let cells = [
        "42.755",
        "– 1.200",
        "€ 0,47",
        "99,78%",
        "9,9 mln.",
        "n.b.",
        "niet uitgevoerd",
        "15 dagen",
        "(1.200)",
        "98 560",
    ];
    b.counter(divan::counter::ItemsCount::new(cells.len()))
        .bench(|| {
            for c in cells {
                divan::black_box(verslag::grammar::parse_cell(c));
            }
        });
}
