//! `cargo xtask pretrain`: makes the pre-trained VAE the site ships, with the project's own
//! trainer (the lecture's run, 25 epochs, CPU backend), into `www/pretrained/`, and prints its
//! size and SHA-256. Run twice, it writes the same bytes; `crates/core/tests/pretrained.rs`
//! checks the digest and trains it again.

use generativa_core::vae::pretrained::FILE_NAME;

use crate::Result;
use crate::setup::{self, step};

/// Entry point.
pub fn command() -> Result<()> {
    let root = setup::root();
    let data_dir = setup::ensure_data(&root)?;
    let out = root.join("www/pretrained").join(FILE_NAME);
    step("VAE de la clase, 25 épocas en CPU (cargo run --release --example pretrain_vae)");
    setup::core_example(
        &root,
        "pretrain_vae",
        &[data_dir.as_os_str(), out.as_os_str()],
    )?;
    println!(
        "Si el SHA-256 cambió, ponlo en crates/core/src/vae/pretrained.rs (SHA256) y en el README."
    );
    Ok(())
}
