//! `cargo xtask test`: set-up, every native test, the release build, and the browser tests in
//! headless Chromium (WebGPU on SwiftShader and the CPU fallback), against the built site.

use std::path::Path;
use std::process::Command;

use generativa_core::data::FashionFile;

use crate::setup::{self, run, step};
use crate::{Result, build, server};

/// Writes broken copies of the data set into the built site, for the error-message tests:
/// `/__test__/corrupt/` (a damaged label file) and `/__test__/truncated/` (a cut image file).
fn write_fixtures(dist: &Path, data_dir: &Path) -> Result<()> {
    let io = |e: std::io::Error| e.to_string();
    for (name, broken) in [
        ("corrupt", FashionFile::TestLabels),
        ("truncated", FashionFile::TestImages),
    ] {
        let dir = dist.join("__test__").join(name);
        std::fs::create_dir_all(&dir).map_err(io)?;
        for file in FashionFile::ALL {
            let mut bytes = std::fs::read(data_dir.join(file.file_name())).map_err(io)?;
            if file == broken {
                if name == "corrupt" {
                    // Decompress, flip one label, recompress: valid gzip, wrong digest.
                    let mut raw = Vec::new();
                    std::io::Read::read_to_end(
                        &mut flate2::read::GzDecoder::new(bytes.as_slice()),
                        &mut raw,
                    )
                    .map_err(io)?;
                    raw[100] = (raw[100] + 1) % 10;
                    let mut enc =
                        flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
                    std::io::Write::write_all(&mut enc, &raw).map_err(io)?;
                    bytes = enc.finish().map_err(io)?;
                } else {
                    bytes.truncate(bytes.len() / 2);
                }
            }
            std::fs::write(dir.join(file.file_name()), bytes).map_err(io)?;
        }
    }
    Ok(())
}

/// Each stage's name and how long it took, printed at the end (also after a failure), so the
/// test command's time budget can be watched stage by stage.
#[derive(Default)]
struct Stages(Vec<(String, std::time::Duration)>);

impl Stages {
    fn time<T>(&mut self, name: &str, f: impl FnOnce() -> Result<T>) -> Result<T> {
        step(name);
        let started = std::time::Instant::now();
        let result = f();
        self.0.push((name.to_owned(), started.elapsed()));
        result
    }

    fn print(&self) {
        eprintln!("\n==> tiempos de cada etapa");
        let total: std::time::Duration = self.0.iter().map(|(_, d)| *d).sum();
        for (name, d) in &self.0 {
            eprintln!("    {:>7.1} s  {name}", d.as_secs_f64());
        }
        eprintln!("    {:>7.1} s  total", total.as_secs_f64());
    }
}

/// Runs everything.
pub fn command() -> Result<()> {
    let mut stages = Stages::default();
    let result = all_stages(&mut stages);
    stages.print();
    result
}

fn all_stages(stages: &mut Stages) -> Result<()> {
    let env = stages.time("instalación (lo que falte)", || setup::all(true))?;

    stages.time(
        "cargo fmt --check (formato de rustfmt en todo el espacio de trabajo)",
        || {
            run(Command::new("cargo")
                .args(["fmt", "--all", "--check"])
                .current_dir(&env.root))
        },
    )?;
    // Two invocations, so that the page's native build does not change the features (and so
    // the build) of burn's crates: core, protocol and xtask; then the page on its own.
    stages.time("cargo test: core, protocolo, xtask", || {
        run(Command::new("cargo")
            .arg("test")
            .args(setup::NATIVE_CRATES)
            .env("GENERATIVA_DATA_DIR", &env.data_dir)
            .env("GENERATIVA_REQUIRE_DATA", "1")
            .current_dir(&env.root))
    })?;
    stages.time(
        "cargo test: página (registro de lecciones, matemáticas, resaltado, textos)",
        || {
            run(Command::new("cargo")
                .args(["test", "-p", "generativa-web"])
                .current_dir(&env.root))
        },
    )?;

    stages.time("construcción del sitio (trunk build --release)", || {
        build::site(&env)
    })?;
    let dist = env.root.join("dist");
    write_fixtures(&dist, &env.data_dir)?;

    let (listener, addr) = server::bind(0)?;
    std::thread::spawn(move || server::serve_forever(listener, dist));
    stages.time(
        &format!("pruebas en Chromium sin interfaz contra http://{addr}"),
        || {
            run(Command::new("node")
                .args([
                    "--test",
                    "--test-concurrency=1",
                    "--test-reporter=spec",
                    "browser/",
                ])
                .env("BASE_URL", format!("http://{addr}"))
                .env("CHROMIUM", "/usr/bin/chromium")
                .env("SCREENSHOTS", env.root.join("tests/screenshots"))
                .current_dir(env.root.join("tests")))
        },
    )
}
