//! The pre-trained VAE the site ships: the file in `www/pretrained/` has the SHA-256 the code
//! and README name, its run reached the lecture's quality, and training it again with the
//! project's own command gives the same bytes.

use std::path::PathBuf;

use generativa_core::burn::tensor::Device;
use generativa_core::vae::VaeTrainer;
use generativa_core::vae::pretrained::{self, EPOCHS, FILE_NAME, SHA256};
use sha2::{Digest, Sha256};

mod common;
use common::real_data;

fn hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

fn shipped() -> Vec<u8> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../www/pretrained")
        .join(FILE_NAME);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

#[test]
fn the_shipped_file_is_the_one_named_and_reached_the_lectures_quality() {
    let bytes = shipped();
    assert_eq!(hex(&bytes), SHA256, "www/pretrained/{FILE_NAME}");
    let Some(data) = real_data() else { return };
    let trainer = VaeTrainer::load(&bytes, data, &Device::flex()).expect("it loads");
    assert!(trainer.finished());
    assert_eq!(trainer.epochs_done(), EPOCHS);
    let last = trainer.history().epochs.last().expect("25 epochs recorded");
    // Keras with the same setup: 0.0312 after 25 epochs.
    assert!(
        (last.validation.total - 0.0311).abs() <= 0.0005,
        "validation loss {} not within 0.0311 ± 0.0005",
        last.validation.total
    );
}

#[test]
fn the_command_makes_the_same_bytes_again() {
    let Some(data) = real_data() else { return };
    let started = std::time::Instant::now();
    let bytes = pollster::block_on(pretrained::train(data, &Device::flex(), |_| {}))
        .expect("the lecture's settings train");
    eprintln!(
        "25 epochs in {:.0} s: {} bytes",
        started.elapsed().as_secs_f64(),
        bytes.len()
    );
    assert_eq!(hex(&bytes), SHA256);
}
