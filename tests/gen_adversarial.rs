//! Writes the adversarial set to `$VERSLAG_ADVERSARIAL_OUT` for inspection by
//! hand (`scripts/gen_adversarial.sh DIR`). Does nothing in a normal test run.

mod common;

#[test]
fn write_adversarial_set() {
    let Some(dir) = std::env::var_os("VERSLAG_ADVERSARIAL_OUT") else {
        return;
    };
    let big = std::env::var("VERSLAG_ADVERSARIAL_BIG")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(20 * 1024 * 1024);
    let dir = std::path::PathBuf::from(dir);
    for case in common::adversarial::generate(&dir, big) {
        println!("{:<28} {:?}  {}", case.name, case.expect, case.what);
    }
}
