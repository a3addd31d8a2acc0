//! Finds or installs everything the site and its tests need, so that the README's two commands
//! work on a fresh Debian machine that has only rustup and cargo.

use std::path::{Path, PathBuf};
use std::process::Command;

use generativa_core::data::{FashionFile, FashionMnist};

use crate::Result;

/// Trunk's version (0.22 needs a newer rustc than the one pinned here).
const TRUNK_VERSION: &str = "0.21.14";
/// Debian's default location of the data set (package `dataset-fashion-mnist`).
const DEBIAN_DATA: &str = "/usr/share/datasets/fashion-mnist";
/// The upstream files, for machines without Debian's package.
const UPSTREAM_DATA: &str = "http://fashion-mnist.s3-website.eu-central-1.amazonaws.com/";

/// What the set-up found: where things are.
pub struct Env {
    /// The workspace root.
    pub root: PathBuf,
    /// The verified data folder.
    pub data_dir: PathBuf,
    /// PATH with the installed tools first.
    pub path: String,
}

/// The workspace root (the folder above `crates/xtask`). `cargo run` says where the manifest is
/// now; the path compiled in is only a fallback, since a build directory shared between clones
/// (as CI may keep) can hold a binary compiled in another folder.
pub fn root() -> PathBuf {
    let manifest = std::env::var_os("CARGO_MANIFEST_DIR")
        .map_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")), PathBuf::from);
    let from_manifest = manifest.join("../..");
    if from_manifest.join("Cargo.toml").is_file() {
        return from_manifest.canonicalize().unwrap_or(from_manifest);
    }
    let here = std::env::current_dir().expect("current folder");
    here.ancestors()
        .find(|dir| dir.join("crates/xtask/Cargo.toml").is_file())
        .map(Path::to_path_buf)
        .expect("run cargo xtask from inside the Generativa workspace")
}

/// Prints a step.
pub fn step(text: &str) {
    eprintln!("==> {text}");
}

/// The native crates (`-p` arguments) that share burn's native build: the core, the protocol
/// and this tool (the page builds on its own, so as not to change burn's features for them).
pub const NATIVE_CRATES: [&str; 6] = [
    "-p",
    "generativa-core",
    "-p",
    "generativa-protocol",
    "-p",
    "xtask",
];

/// Runs one of `crates/core`'s examples in release mode with `args`.
pub fn core_example(root: &Path, example: &str, args: &[&std::ffi::OsStr]) -> Result<()> {
    run(Command::new("cargo")
        .args([
            "run",
            "--release",
            "--quiet",
            "-p",
            "generativa-core",
            "--example",
            example,
            "--",
        ])
        .args(args)
        .current_dir(root))
}

/// Runs a command, failing with its name if it fails.
pub fn run(cmd: &mut Command) -> Result<()> {
    let shown = format!("{cmd:?}");
    let status = cmd
        .status()
        .map_err(|e| format!("no se pudo ejecutar {shown}: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("falló {shown} ({status})"))
    }
}

fn output(program: &str, args: &[&str]) -> Option<String> {
    let out = Command::new(program).args(args).output().ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).into_owned())
}

fn is_root() -> bool {
    output("id", &["-u"]).is_some_and(|u| u.trim() == "0")
}

/// `apt-get install` (with sudo when not root), updating the lists first if needed.
fn apt_install(packages: &[&str]) -> Result<()> {
    if output("apt-get", &["--version"]).is_none() {
        return Err(format!(
            "falta {packages:?} y no hay apt-get para instalarlo; instálalo a mano"
        ));
    }
    let sudo = !is_root();
    let apt = |args: &[&str]| -> Result<()> {
        let mut cmd = if sudo {
            Command::new("sudo")
        } else {
            Command::new("apt-get")
        };
        if sudo {
            cmd.arg("apt-get");
        }
        cmd.args(args).env("DEBIAN_FRONTEND", "noninteractive");
        run(&mut cmd)
    };
    step(&format!("apt-get install {}", packages.join(" ")));
    let mut install = vec!["install", "-y", "-q", "--no-install-recommends"];
    install.extend_from_slice(packages);
    if apt(&install).is_err() {
        apt(&["update", "-q"])?;
        apt(&install)?;
    }
    Ok(())
}

fn ensure_wasm_target() -> Result<()> {
    let installed = output("rustup", &["target", "list", "--installed"]).unwrap_or_default();
    if !installed
        .lines()
        .any(|l| l.trim() == "wasm32-unknown-unknown")
    {
        step("rustup target add wasm32-unknown-unknown");
        run(Command::new("rustup").args(["target", "add", "wasm32-unknown-unknown"]))?;
    }
    Ok(())
}

/// rustfmt (the test command checks the formatting), from rustup if the toolchain lacks it.
fn ensure_rustfmt() -> Result<()> {
    if output("cargo", &["fmt", "--version"]).is_none() {
        step("rustup component add rustfmt");
        run(Command::new("rustup").args(["component", "add", "rustfmt"]))?;
    }
    Ok(())
}

/// The wasm-bindgen version pinned in Cargo.lock (the CLI must match it exactly).
fn locked_wasm_bindgen(root: &Path) -> Result<String> {
    let lock =
        std::fs::read_to_string(root.join("Cargo.lock")).map_err(|e| format!("Cargo.lock: {e}"))?;
    let mut lines = lock.lines();
    while let Some(line) = lines.next() {
        if line.trim() == "name = \"wasm-bindgen\""
            && let Some(v) = lines
                .next()
                .and_then(|l| l.trim().strip_prefix("version = \""))
        {
            return Ok(v.trim_end_matches('"').to_owned());
        }
    }
    Err("Cargo.lock no fija wasm-bindgen".into())
}

fn ensure_cargo_tool(bin: &str, krate: &str, version: &str, locked: bool) -> Result<()> {
    let found = output(bin, &["--version"]).unwrap_or_default();
    if found.split_whitespace().any(|w| w == version) {
        return Ok(());
    }
    step(&format!(
        "cargo install {krate} {version} (una sola vez; tarda unos minutos)"
    ));
    let mut cmd = Command::new("cargo");
    cmd.args(["install", krate, "--version", version]);
    if locked {
        cmd.arg("--locked");
    }
    run(&mut cmd)
}

/// wasm-opt (npm `binaryen`, version 132), playwright-core and axe-core's Playwright binding,
/// in `tests/node_modules`.
fn ensure_node_tools(root: &Path) -> Result<()> {
    if output("npm", &["--version"]).is_none() {
        apt_install(&["nodejs", "npm"])?;
    }
    let tests = root.join("tests");
    let wasm_opt = tests.join("node_modules/.bin/wasm-opt");
    let playwright = tests.join("node_modules/playwright-core/package.json");
    let axe = tests.join("node_modules/@axe-core/playwright/package.json");
    let wasm_opt_ok = output(wasm_opt.to_str().unwrap_or_default(), &["--version"])
        .is_some_and(|v| v.contains("version 132"));
    if !(wasm_opt_ok && playwright.exists() && axe.exists()) {
        step(
            "npm install (binaryen 132 para wasm-opt; playwright-core y axe-core para las pruebas)",
        );
        run(Command::new("npm")
            .args(["install", "--no-audit", "--no-fund", "--loglevel=error"])
            .current_dir(&tests))?;
    }
    Ok(())
}

/// The benchmark's peer, TensorFlow.js 4.22 (pinned by `tests/bench/peers/package-lock.json`),
/// in `tests/bench/peers/node_modules`: only `cargo xtask bench` needs it, never the site or the
/// tests.
pub fn ensure_bench_peers(root: &Path) -> Result<()> {
    let peers = root.join("tests/bench/peers");
    let wasm = peers.join("node_modules/@tensorflow/tfjs-backend-wasm/package.json");
    if !wasm.exists() {
        step("npm ci en tests/bench/peers (TensorFlow.js 4.22, el par con el que se compara)");
        run(Command::new("npm")
            .args(["ci", "--no-audit", "--no-fund", "--loglevel=error"])
            .current_dir(&peers))?;
    }
    Ok(())
}

/// playwright-core 1.64 (the browser tests' driver) needs Node.js 20 or newer.
fn ensure_node_20() -> Result<()> {
    let version = output("node", &["--version"]).unwrap_or_default();
    let major = version
        .trim()
        .trim_start_matches('v')
        .split('.')
        .next()
        .and_then(|m| m.parse::<u32>().ok());
    match major {
        Some(m) if m >= 20 => Ok(()),
        _ => Err(format!(
            "las pruebas del navegador necesitan Node.js 20 o más nuevo (playwright-core 1.64); este sistema tiene «{}». Instala un Node.js más nuevo (en Debian 13: apt-get install nodejs) y repite",
            version.trim()
        )),
    }
}

fn ensure_chromium() -> Result<()> {
    let have = |p: &str| Path::new(p).exists();
    if !(have("/usr/bin/chromium") && have("/usr/bin/chromedriver")) {
        apt_install(&["chromium", "chromium-driver"])?;
    }
    Ok(())
}

fn has_all(dir: &Path) -> bool {
    FashionFile::ALL.iter().all(|f| {
        dir.join(f.file_name()).exists() || dir.join(f.file_name().trim_end_matches(".gz")).exists()
    })
}

/// The data folder: `GENERATIVA_DATA_DIR`, else Debian's package (installed if apt exists),
/// else the upstream files downloaded into `target/`. Verified before use.
pub fn ensure_data(root: &Path) -> Result<PathBuf> {
    let dir = if let Some(dir) = std::env::var_os("GENERATIVA_DATA_DIR") {
        PathBuf::from(dir)
    } else if has_all(Path::new(DEBIAN_DATA))
        || (output("apt-get", &["--version"]).is_some()
            && apt_install(&["dataset-fashion-mnist"]).is_ok()
            && has_all(Path::new(DEBIAN_DATA)))
    {
        PathBuf::from(DEBIAN_DATA)
    } else {
        if output("curl", &["--version"]).is_none() {
            apt_install(&["curl", "ca-certificates"])?;
        }
        let dir = root.join("target/fashion-mnist");
        std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
        for file in FashionFile::ALL {
            let dest = dir.join(file.file_name());
            if !dest.exists() {
                step(&format!("descargando {}", file.file_name()));
                let url = format!("{UPSTREAM_DATA}{}", file.file_name());
                let partial = dir.join(format!("{}.part", file.file_name()));
                run(Command::new("curl")
                    .args(["-fSL", "--retry", "3", "-o"])
                    .arg(&partial)
                    .arg(&url))?;
                std::fs::rename(&partial, &dest).map_err(|e| e.to_string())?;
            }
        }
        dir
    };
    step(&format!(
        "verificando Fashion-MNIST en {} (SHA-256)",
        dir.display()
    ));
    let set =
        FashionMnist::load_dir(&dir).map_err(|e| format!("datos en {}: {e}", dir.display()))?;
    eprintln!(
        "    {} + {} imágenes verificadas",
        set.train.len(),
        set.test.len()
    );
    Ok(dir)
}

/// Copies the four files into `www/data/fashion-mnist/`, which Trunk copies into the site.
fn stage_data(root: &Path, data_dir: &Path) -> Result<()> {
    let dest = root.join("www/data/fashion-mnist");
    std::fs::create_dir_all(&dest).map_err(|e| e.to_string())?;
    for file in FashionFile::ALL {
        let gz = data_dir.join(file.file_name());
        let src = if gz.exists() {
            gz
        } else {
            data_dir.join(file.file_name().trim_end_matches(".gz"))
        };
        let target = dest.join(file.file_name());
        let same = std::fs::metadata(&src).ok().map(|m| m.len())
            == std::fs::metadata(&target).ok().map(|m| m.len());
        if !same {
            std::fs::copy(&src, &target).map_err(|e| format!("copiando {}: {e}", src.display()))?;
        }
    }
    Ok(())
}

/// Everything `serve` needs; with `browser`, also Chromium for the tests.
pub fn all(browser: bool) -> Result<Env> {
    let root = root();
    ensure_wasm_target()?;
    ensure_rustfmt()?;
    ensure_cargo_tool("trunk", "trunk", TRUNK_VERSION, true)?;
    // wasm-bindgen-cli's own lock file pins crates the registry may not serve: no --locked.
    ensure_cargo_tool(
        "wasm-bindgen",
        "wasm-bindgen-cli",
        &locked_wasm_bindgen(&root)?,
        false,
    )?;
    ensure_node_tools(&root)?;
    if browser {
        ensure_node_20()?;
        ensure_chromium()?;
    }
    let data_dir = ensure_data(&root)?;
    stage_data(&root, &data_dir)?;
    let cargo_bin = std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cargo")))
        .map(|p| p.join("bin"))
        .unwrap_or_default();
    let path = format!(
        "{}:{}:{}",
        root.join("tests/node_modules/.bin").display(),
        cargo_bin.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    Ok(Env {
        root,
        data_dir,
        path,
    })
}
