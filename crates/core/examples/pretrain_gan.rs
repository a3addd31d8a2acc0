//! Makes an image GAN the site ships for a "jump ahead": the dense GAN of slide 1.33 (the
//! lecture's run, 50 epochs) or the DCGAN of 1.34 (Géron's, 10 epochs), on the real
//! Fashion-MNIST (CPU backend), scored by the shipped judge after every epoch, written as a
//! checkpoint with its SHA-256. `cargo xtask pretrain dense-gan` (or `dcgan`) runs it into
//! `www/pretrained/`.
//!
//! Resumable: after every epoch the run so far is written to `<out file>.partial`; started
//! again, the command goes on from there (and ends in the same bytes as an uninterrupted run).
//!
//! `cargo run --release -p generativa-core --example pretrain_gan -- <dense-gan|dcgan> <data folder> <judge file> <out file>`

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Instant;

use generativa_core::burn::tensor::Device;
use generativa_core::data::FashionMnist;
use generativa_core::judge::{EpochScore, Scorer};
use generativa_core::{dcgan, dense_gan};
use sha2::{Digest, Sha256};

fn main() {
    let mut args = std::env::args().skip(1);
    let (Some(family), Some(dir), Some(judge), Some(out)) = (
        args.next(),
        args.next().map(PathBuf::from),
        args.next().map(PathBuf::from),
        args.next().map(PathBuf::from),
    ) else {
        eprintln!(
            "uso: pretrain_gan <dense-gan|dcgan> <carpeta de datos> <archivo del juez> <archivo de salida>"
        );
        std::process::exit(2);
    };
    let data = match FashionMnist::load_dir(&dir) {
        Ok(d) => Arc::new(d),
        Err(e) => {
            eprintln!("pretrain_gan: {e}");
            std::process::exit(1);
        }
    };
    let weights = std::fs::read(&judge).expect("the judge's weights");
    let scorer = Scorer::load(&weights, &data.test.images).expect("the shipped judge");
    let started = Instant::now();
    let mut partial_name = out.clone().into_os_string();
    partial_name.push(".partial");
    let partial_path = PathBuf::from(partial_name);
    let partial = std::fs::read(&partial_path).ok();
    if partial.is_some() {
        println!("sigue desde {}", partial_path.display());
    }
    let line = |s: &EpochScore, so_far: &[u8]| {
        let tmp = partial_path.with_extension("tmp");
        if std::fs::write(&tmp, so_far).is_ok() {
            let _ = std::fs::rename(&tmp, &partial_path);
        }
        println!(
            "época {:>2}: Fréchet {:>7.2} · {} clases · KL {:.2} ({:.0} s)",
            s.epoch,
            s.score.frechet,
            s.score.covered,
            s.score.kl_from_uniform,
            started.elapsed().as_secs_f64()
        );
    };
    let device = Device::flex();
    let trained = match family.as_str() {
        "dense-gan" => pollster::block_on(dense_gan::pretrained::train(
            data,
            &device,
            &scorer,
            partial.as_deref(),
            line,
        )),
        "dcgan" => pollster::block_on(dcgan::pretrained::train(
            data,
            &device,
            &scorer,
            partial.as_deref(),
            line,
        )),
        other => {
            eprintln!("pretrain_gan: «{other}» no es una familia (dense-gan, dcgan)");
            std::process::exit(2);
        }
    };
    let bytes = trained.expect("the lecture's settings train");
    if let Some(parent) = out.parent() {
        std::fs::create_dir_all(parent).expect("output folder");
    }
    std::fs::write(&out, &bytes).expect("write the checkpoint");
    let _ = std::fs::remove_file(&partial_path);
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
