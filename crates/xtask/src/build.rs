//! Building the site with Trunk (release: the `wasm-release` profile and wasm-opt), and the
//! `serve` command.

use std::process::Command;

use crate::setup::{self, Env, run, step};
use crate::{Result, server};

/// `trunk build --release` into `dist/`.
pub fn site(env: &Env) -> Result<()> {
    step("trunk build --release");
    run(Command::new("trunk")
        .args(["build", "--release"])
        .env("PATH", &env.path)
        .env_remove("NO_COLOR")
        .current_dir(&env.root))
}

/// `cargo xtask serve`: set up, build, serve on 127.0.0.1:`port` until stopped.
pub fn serve(port: u16) -> Result<()> {
    let env = setup::all(false)?;
    site(&env)?;
    let dist = env.root.join("dist");
    let (listener, addr) = server::bind(port)?;
    eprintln!("\nGenerativa está en http://{addr}  (Ctrl+C para parar)");
    server::serve_forever(listener, dist);
    Ok(())
}
