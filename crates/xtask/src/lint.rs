//! `cargo xtask lint`: clippy on every crate, natively (core with and without its engine,
//! protocol, xtask, the page's native tests) and for wasm32 (the page and the engine), with
//! warnings as errors. Kept out of the test command for its time (the wasm32 check compiles
//! burn once more); run it before submitting.

use std::process::Command;

use crate::Result;
use crate::setup::{self, root, run, step};

/// Runs clippy everywhere.
pub fn command() -> Result<()> {
    let root = root();
    let clippy = |args: &[&str]| {
        step(&format!("cargo clippy {}", args.join(" ")));
        run(Command::new("cargo")
            .arg("clippy")
            .args(args)
            .args(["--", "-D", "warnings"])
            .current_dir(&root))
    };
    let mut native = setup::NATIVE_CRATES.to_vec();
    native.push("--all-targets");
    clippy(&native)?;
    clippy(&["-p", "generativa-core", "--no-default-features", "--lib"])?;
    clippy(&["-p", "generativa-web", "--all-targets"])?;
    clippy(&[
        "-p",
        "generativa-web",
        "-p",
        "generativa-worker",
        "--target",
        "wasm32-unknown-unknown",
    ])
}
