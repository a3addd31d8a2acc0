//! `cargo xtask bench`: builds the site and prints its figures: the wasm sizes (raw and
//! gzipped); the lecture's VAE trained natively for 25 epochs beside Keras' curve; and, in
//! headless Chromium on each backend, the engine's start-up, the diagnostics computation, the
//! data set's load, the toy GAN's run and the VAE's speed and memory.

use std::io::Write;
use std::process::Command;

use crate::setup::{self, run, step};
use crate::{Result, build, server};

fn gzip_len(bytes: &[u8]) -> usize {
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    let _ = enc.write_all(bytes);
    enc.finish().map(|v| v.len()).unwrap_or(0)
}

/// Entry point.
pub fn command() -> Result<()> {
    let env = setup::all(true)?;
    build::site(&env)?;
    let dist = env.root.join("dist");
    println!("\nTamaños (dist/):");
    println!("{:<40} {:>12} {:>12}", "archivo", "bytes", "gzip");
    let mut files: Vec<_> = std::fs::read_dir(&dist)
        .map_err(|e| e.to_string())?
        .flatten()
        .map(|e| e.path())
        .filter(|p| {
            p.extension()
                .is_some_and(|e| e == "wasm" || e == "js" || e == "css")
        })
        .collect();
    files.sort();
    for path in files {
        let bytes = std::fs::read(&path).map_err(|e| e.to_string())?;
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("?");
        println!("{name:<40} {:>12} {:>12}", bytes.len(), gzip_len(&bytes));
    }
    step("VAE nativo, 25 épocas (cargo run --release --example vae_curve)");
    run(Command::new("cargo")
        .args([
            "run",
            "--release",
            "--quiet",
            "-p",
            "generativa-core",
            "--example",
            "vae_curve",
            "--",
        ])
        .arg(env.root.join("www/data/fashion-mnist"))
        .arg("25")
        .current_dir(&env.root))?;
    let (listener, addr) = server::bind(0)?;
    std::thread::spawn(move || server::serve_forever(listener, dist));
    step("tiempos en Chromium sin interfaz");
    run(Command::new("node")
        .args(["bench/bench.mjs"])
        .env("BASE_URL", format!("http://{addr}"))
        .env("CHROMIUM", "/usr/bin/chromium")
        .current_dir(env.root.join("tests")))
}
