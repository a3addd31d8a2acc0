//! `cargo xtask bench [family | slide]`: builds the site and prints its figures: the wasm sizes (raw and
//! gzipped); the lecture's VAE trained natively for 25 epochs beside Keras' curve; and, in
//! headless Chromium on each backend, the engine's start-up, the diagnostics computation, the
//! data set's load, the toy GAN's run and the VAE's speed and memory; beside the DCGAN's step,
//! one core's WebAssembly SIMD ceiling in the same browser (`tests/bench/simd-ceiling`).

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::setup::{self, run, step};
use crate::{Result, build, server};

fn gzip_len(bytes: &[u8]) -> usize {
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    let _ = enc.write_all(bytes);
    enc.finish().map(|v| v.len()).unwrap_or(0)
}

/// The families the benchmark measures, each with the lecture's slides it covers.
const FAMILIES: [(&str, std::ops::RangeInclusive<u32>); 5] = [
    ("vae", 1..=10),
    ("toy-gan", 11..=28),
    ("dense-gan", 29..=33),
    ("dcgan", 34..=34),
    ("progan", 35..=39),
];

/// Which family an argument names: a family's model id, or a slide (`1.10`, `1-24`).
fn family_of(arg: &str) -> Option<&'static str> {
    if let Some((model, _)) = FAMILIES.iter().find(|(m, _)| *m == arg) {
        return Some(model);
    }
    let slide: u32 = arg
        .strip_prefix("1.")
        .or(arg.strip_prefix("1-"))?
        .parse()
        .ok()?;
    FAMILIES
        .iter()
        .find(|(_, slides)| slides.contains(&slide))
        .map(|(m, _)| *m)
}

/// The fuzzing harness (`examples/fuzz.rs`) for `minutes`: inputs tried per reader, crashes
/// (each kept as a regression case for the test command), the slowest input.
pub fn fuzz(minutes: &str) -> Result<()> {
    let minutes = minutes_of(minutes)?;
    let env = setup::all(false)?;
    step(&format!(
        "fuzzing de los lectores de archivos durante {minutes} min (--example fuzz)"
    ));
    // The test build's profile (optimised, with overflow checks, which the release profile
    // leaves out): an overflowing sum on a hostile file is a panic there, as it should be found.
    run(Command::new("cargo")
        .args([
            "run",
            "--quiet",
            "-p",
            "generativa-core",
            "--example",
            "fuzz",
            "--",
        ])
        .arg(minutes.to_string())
        .current_dir(&env.root))
}

/// Minutes from an argument (more than 0, at most a day).
fn minutes_of(arg: &str) -> Result<f64> {
    arg.parse()
        .ok()
        .filter(|m: &f64| m.is_finite() && *m > 0.0 && *m <= 24.0 * 60.0)
        .ok_or_else(|| format!("«{arg}» no es un número de minutos (de 0 a 1440)"))
}

/// The soak mode: the VAE for `minutes` and each image GAN for a sixth of them on the CPU in
/// headless Chromium (`tests/bench/soak.mjs`): memory growth after the warm-up, longest task.
pub fn soak(minutes: &str) -> Result<()> {
    let minutes = minutes_of(minutes)?;
    let env = setup::all(true)?;
    build::site(&env)?;
    let (listener, addr) = server::bind(0)?;
    let dist = env.root.join("dist");
    std::thread::spawn(move || server::serve_forever(listener, dist));
    step(&format!(
        "resistencia: {minutes} min del VAE y {:.1} de cada GAN en Chromium sin interfaz",
        minutes / 6.0
    ));
    run(Command::new("node")
        .args(["bench/soak.mjs"])
        .env("BASE_URL", format!("http://{addr}"))
        .env("CHROMIUM", "/usr/bin/chromium")
        .env("SOAK_MINUTES", minutes.to_string())
        .current_dir(env.root.join("tests")))
}

/// Entry point: every family, or only the one `only` names (a model id or a slide).
pub fn command(only: Option<&str>) -> Result<()> {
    let family = match only {
        None => None,
        Some(arg) => Some(family_of(arg).ok_or_else(|| {
            let names: Vec<_> = FAMILIES.iter().map(|(m, _)| *m).collect();
            format!(
                "«{arg}» no es una familia ({}) ni una diapositiva de 1.1 a 1.33",
                names.join(", ")
            )
        })?),
    };
    let wants = |model: &str| family.is_none_or(|f| f == model);
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
    if wants("vae") {
        step("VAE nativo, 25 épocas (cargo run --release --example vae_curve)");
        let data = env.root.join("www/data/fashion-mnist");
        setup::core_example(&env.root, "vae_curve", &[data.as_os_str(), "25".as_ref()])?;
    }
    if wants("dense-gan") {
        step(
            "el juez y la GAN densa: Keras y Generativa tras 1 y 5 épocas (--example judge_bench)",
        );
        let data = env.root.join("www/data/fashion-mnist");
        setup::core_example(
            &env.root,
            "judge_bench",
            &[data.as_os_str(), env.root.as_os_str()],
        )?;
    }
    if wants("dense-gan") {
        setup::ensure_bench_peers(&env.root)?;
    }
    let ceiling = if wants("dcgan") {
        Some(simd_ceiling(&env.root)?)
    } else {
        None
    };
    let (listener, addr) = server::bind(0)?;
    std::thread::spawn(move || server::serve_forever(listener, dist));
    step("tiempos en Chromium sin interfaz");
    let mut node = Command::new("node");
    if let Some(wasm) = ceiling {
        node.env("SIMD_CEILING_WASM", wasm);
    }
    run(node
        .args(["bench/bench.mjs"])
        .env("BASE_URL", format!("http://{addr}"))
        .env("CHROMIUM", "/usr/bin/chromium")
        .env("BENCH_FAMILY", family.unwrap_or("all"))
        .current_dir(env.root.join("tests")))
}

/// Builds one of the benchmark's own wasm crates (`tests/bench/<name>`, each outside the
/// workspace, built on its own release profile) and returns the path of its module.
fn bench_crate(root: &Path, name: &str) -> Result<PathBuf> {
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| root.join("target"))
        .join(name);
    run(Command::new("cargo")
        .args([
            "build",
            "--release",
            "--quiet",
            "--target",
            "wasm32-unknown-unknown",
        ])
        .arg("--target-dir")
        .arg(&target)
        .current_dir(root.join("tests/bench").join(name)))?;
    Ok(target
        .join("wasm32-unknown-unknown/release")
        .join(format!("{}.wasm", name.replace('-', "_"))))
}

/// The benchmark's SIMD yardstick (`tests/bench/simd-ceiling`: its module holds relaxed-SIMD
/// instructions the site must not ship).
fn simd_ceiling(root: &Path) -> Result<PathBuf> {
    step("techo SIMD de un núcleo (tests/bench/simd-ceiling)");
    bench_crate(root, "simd-ceiling")
}

/// `cargo xtask bench profile`: where a DCGAN step's time goes on the CPU backend in headless
/// Chromium, function by function (`tests/bench/step-profile` and `tests/bench/profile.mjs`).
pub fn profile() -> Result<()> {
    let env = setup::all(true)?;
    step("el núcleo en wasm con nombres de funciones (tests/bench/step-profile, sin LTO)");
    let wasm = bench_crate(&env.root, "step-profile")?;
    let pkg = wasm.with_file_name("step-profile-pkg");
    run(Command::new("wasm-bindgen")
        .args(["--target", "web", "--out-dir"])
        .arg(&pkg)
        .arg(&wasm))?;
    step("perfil de un paso de la DCGAN de Géron en Chromium sin interfaz (CPU)");
    run(Command::new("node")
        .args(["bench/profile.mjs"])
        .env("PROFILE_PKG", &pkg)
        .env("DATA_DIR", env.root.join("www/data/fashion-mnist"))
        .env("CHROMIUM", "/usr/bin/chromium")
        .current_dir(env.root.join("tests")))
}
