//! The fuzzing harness of `tests/fuzz.rs`, run for minutes: `cargo xtask bench fuzz` calls it
//! and prints its report (inputs tried, crashes, the slowest input). Each crash is written to
//! `crates/core/tests/fuzz_cases/<target>-<n>.bin`, where the test command replays it.
//!
//! `cargo run -p generativa-core --example fuzz -- [minutes] [seed]` (the test profile: optimised,
//! with overflow checks)

use std::path::PathBuf;
use std::time::{Duration, Instant};

use generativa_core::data::sha256_hex;
use generativa_core::fuzz;

fn main() {
    let mut args = std::env::args().skip(1);
    let minutes: f64 = args.next().and_then(|s| s.parse().ok()).unwrap_or(2.0);
    let seed: u64 = args.next().and_then(|s| s.parse().ok()).unwrap_or(7);
    let targets = fuzz::targets();
    std::panic::set_hook(Box::new(|_| {}));
    let deadline = Instant::now() + Duration::from_secs_f64(minutes * 60.0);
    let report = fuzz::run(&targets, seed, 200, Some(deadline));
    let _ = std::panic::take_hook();
    println!("fuzz, {minutes} min, semilla {seed}:");
    for (name, n) in &report.inputs {
        println!("  {name:<24} {n:>9} entradas");
    }
    println!("  total                    {:>9} entradas", report.total());
    println!(
        "  fallos (pánicos)         {:>9} (meta: 0)",
        report.crashes.len()
    );
    println!(
        "  entrada más lenta        {:>9.1} ms ({})",
        report.slowest.0.as_secs_f64() * 1e3,
        report.slowest.1
    );
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz_cases");
    for crash in &report.crashes {
        let digest = sha256_hex(&crash.input);
        let path = dir.join(format!("{}-{}.bin", crash.target, &digest[..12]));
        if std::fs::write(&path, &crash.input).is_ok() {
            println!("  {}: {} → {}", crash.target, crash.message, path.display());
        }
    }
    if !report.crashes.is_empty() {
        std::process::exit(1);
    }
}
