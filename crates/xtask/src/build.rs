//! Building the site with Trunk (release: the `wasm-release` profile for the page and the
//! speed-optimised `wasm-engine` profile for the engine, then wasm-opt, then the service
//! worker's file list, then precompressed copies), and the `serve` command.

use std::path::{Path, PathBuf};
use std::process::Command;

use generativa_core::data::sha256_hex;

use crate::setup::{self, Env, run, step};
use crate::{Result, server};

/// Written into `dist/` after a build: the digest of every input of the build.
const STAMP: &str = ".generativa-build";

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let name = entry.file_name();
        if name == "data" && path.parent().is_some_and(|p| p.ends_with("www")) {
            continue; // the data set is verified separately
        }
        if name == "xtask" || name == "tests" {
            continue; // the commands themselves and test files are not part of the site
        }
        if path.is_dir() {
            collect(&path, out);
        } else {
            out.push(path);
        }
    }
}

/// A digest of everything Trunk builds from (sources, assets, manifests, lock file).
fn inputs_digest(root: &Path) -> String {
    let mut files = Vec::new();
    collect(&root.join("crates"), &mut files);
    collect(&root.join("www"), &mut files);
    for name in [
        "index.html",
        "Trunk.toml",
        "Cargo.toml",
        "Cargo.lock",
        ".cargo/config.toml",
        "rust-toolchain.toml",
    ] {
        files.push(root.join(name));
    }
    files.sort();
    let mut all = Vec::new();
    for file in files {
        all.extend_from_slice(
            file.strip_prefix(root)
                .unwrap_or(&file)
                .to_string_lossy()
                .as_bytes(),
        );
        all.extend_from_slice(&std::fs::read(&file).unwrap_or_default());
    }
    sha256_hex(&all)
}

/// `trunk build --release` into `dist/`, skipped when nothing it builds from has changed.
pub fn site(env: &Env) -> Result<()> {
    let dist = env.root.join("dist");
    let digest = inputs_digest(&env.root);
    let built = std::fs::read_to_string(dist.join(STAMP)).unwrap_or_default();
    if built.trim() == digest && dist.join("index.html").exists() {
        step("el sitio ya está construido con estas fuentes (dist/)");
        return Ok(());
    }
    step("trunk build --release");
    run(Command::new("trunk")
        .args(["build", "--release"])
        .env("PATH", &env.path)
        .env_remove("NO_COLOR")
        .current_dir(&env.root))?;
    step("política de seguridad (CSP): en index.html y en csp.txt para el servidor");
    let policy = crate::csp::write(&dist)?;
    eprintln!("    {policy}");
    step(
        "trabajador de servicio (sw.js): la lista de archivos de esta construcción, para usarla sin red",
    );
    let id = crate::offline::write(&env.root, &dist)?;
    eprintln!("    construcción {id}");
    step("copias precomprimidas (Brotli y gzip) del wasm, JavaScript, CSS, HTML y SVG");
    let t = crate::compress::precompress(&dist)?;
    let mb = |n: u64| n as f64 / 1e6;
    eprintln!(
        "    {:.2} MB → Brotli {:.2} MB · gzip {:.2} MB",
        mb(t.raw),
        mb(t.brotli),
        mb(t.gzip)
    );
    std::fs::write(dist.join(STAMP), digest).map_err(|e| e.to_string())
}

/// `cargo xtask serve`: set up, build (unless `no_build`), serve on 127.0.0.1:`port` until
/// stopped.
pub fn serve(port: u16, no_build: bool) -> Result<()> {
    let env = setup::all(false)?;
    if !no_build {
        site(&env)?;
    }
    let dist = env.root.join("dist");
    let (listener, addr) = server::bind(port)?;
    eprintln!("\nGenerativa está en http://{addr}  (Ctrl+C para parar)");
    server::serve_forever(listener, dist);
    Ok(())
}
