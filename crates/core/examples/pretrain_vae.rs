//! Makes the pre-trained VAE the site ships: the lecture's run for 25 epochs on the real
//! Fashion-MNIST (CPU backend), written as a checkpoint, with its SHA-256 and validation loss.
//! `cargo xtask pretrain` runs it into `www/pretrained/`.
//!
//! `cargo run --release -p generativa-core --example pretrain_vae -- <data folder> <out file>`

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Instant;

use generativa_core::burn::tensor::Device;
use generativa_core::data::FashionMnist;
use generativa_core::vae::pretrained;
use sha2::{Digest, Sha256};

fn main() {
    let mut args = std::env::args().skip(1);
    let (Some(dir), Some(out)) = (
        args.next().map(PathBuf::from),
        args.next().map(PathBuf::from),
    ) else {
        eprintln!("uso: pretrain_vae <carpeta de datos> <archivo de salida>");
        std::process::exit(2);
    };
    let data = match FashionMnist::load_dir(&dir) {
        Ok(d) => Arc::new(d),
        Err(e) => {
            eprintln!("pretrain_vae: {e}");
            std::process::exit(1);
        }
    };
    let started = Instant::now();
    let bytes = pollster::block_on(pretrained::train(data, &Device::flex(), |report| {
        println!(
            "época {:>2}: entrenamiento {:.4} · validación {:.4}",
            report.epoch, report.train.total, report.validation.total
        );
    }))
    .expect("the lecture's settings train");
    if let Some(parent) = out.parent() {
        std::fs::create_dir_all(parent).expect("output folder");
    }
    std::fs::write(&out, &bytes).expect("write the checkpoint");
    let digest: String = Sha256::digest(&bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    println!(
        "{}: {} bytes, SHA-256 {digest} ({:.0} s)",
        out.display(),
        bytes.len(),
        started.elapsed().as_secs_f64()
    );
}
