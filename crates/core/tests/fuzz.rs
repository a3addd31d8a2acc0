//! Every reader of outside bytes (IDX files, each family's checkpoints) takes a few thousand
//! seeded mutations of valid files without a panic, and every input a longer fuzzing run
//! found (`cargo xtask bench fuzz`) is replayed: each file in `tests/fuzz_cases/` is named
//! `<target>-<anything>.bin`.

use std::path::PathBuf;

use generativa_core::fuzz::{self, Crash};

/// Cases per target: thousands for the parsers, fewer where each input builds networks.
fn cases(target: &str) -> u64 {
    match target {
        "idx-images" | "idx-labels" => 4_000,
        "checkpoint-dcgan" | "checkpoint-progan" => 400,
        _ => 1_000,
    }
}

/// The crashes in words; each input is written to the temporary folder, to be kept in
/// `tests/fuzz_cases/` once mended.
fn describe(crashes: &[Crash]) -> String {
    crashes
        .iter()
        .take(5)
        .enumerate()
        .map(|(k, c)| {
            let path = std::env::temp_dir().join(format!("{}-found-{k}.bin", c.target));
            let kept = std::fs::write(&path, &c.input).is_ok();
            format!(
                "{}: {} ({} bytes{})",
                c.target,
                c.message,
                c.input.len(),
                if kept {
                    format!(", in {}", path.display())
                } else {
                    String::new()
                }
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn no_reader_panics_on_mutated_files() {
    let targets = fuzz::targets();
    let hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));
    let mut crashes = Vec::new();
    let mut tried = 0;
    for (k, target) in targets.iter().enumerate() {
        let report = fuzz::run(
            std::slice::from_ref(target),
            42 + k as u64,
            cases(target.name),
            None,
        );
        tried += report.total();
        crashes.extend(report.crashes);
    }
    std::panic::set_hook(hook);
    eprintln!("fuzz: {tried} inputs, {} crashes", crashes.len());
    assert!(
        crashes.is_empty(),
        "readers panicked:\n{}",
        describe(&crashes)
    );
}

#[test]
fn every_kept_crash_is_now_refused_cleanly() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz_cases");
    let targets = fuzz::targets();
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .map(|d| d.flatten().map(|e| e.path()).collect())
        .unwrap_or_default();
    files.retain(|p| p.extension().is_some_and(|e| e == "bin"));
    files.sort();
    for path in files {
        let name = path
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or_default();
        let target = targets
            .iter()
            .find(|t| name.starts_with(&format!("{}-", t.name)))
            .unwrap_or_else(|| panic!("{}: no target for this name", path.display()));
        let input = std::fs::read(&path).expect("a kept case");
        let (_, crash) = fuzz::try_input(target, &input);
        assert_eq!(crash, None, "{} panics again", path.display());
    }
}
