//! Writes the adversarial set to `$VERSLAG_ADVERSARIAL_OUT` for inspection by
//! hand (`scripts/gen_adversarial.sh DIR`). Does nothing in a normal test run.

mod common;

#[test]
fn write_adversarial_set() {
    let Some(dir) = std::env::var_os("VERSLAG_ADVERSARIAL_OUT") else {
        return;
    };
    use common::adversarial::{generate, Size};
    let size = match std::env::var("VERSLAG_ADVERSARIAL_SIZE").as_deref() {
        Ok("ci") => Size::CI,
        _ => Size::FULL,
    };
    let dir = std::path::PathBuf::from(dir);
    for case in generate(&dir, size) {
        println!("{:<28} {:?}  {}", case.name, case.expect, case.what);
    }
}
