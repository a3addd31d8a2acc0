//! Makes the judge the site ships: the classifier of `judge::classifier` trained with its
//! default settings on the real Fashion-MNIST (CPU backend), written as a weights file, with
//! its SHA-256, its test accuracy and the three reference scores (floor, blurred, noisy).
//! `cargo xtask pretrain judge` runs it into `www/pretrained/`.
//!
//! `cargo run --release -p generativa-core --example pretrain_judge -- <data folder> <out file>`

use std::path::PathBuf;
use std::time::Instant;

use generativa_core::data::FashionMnist;
use generativa_core::judge::Scorer;
use generativa_core::judge::training::{JudgeTrainingConfig, train};
use sha2::{Digest, Sha256};

fn main() {
    let mut args = std::env::args().skip(1);
    let (Some(dir), Some(out)) = (
        args.next().map(PathBuf::from),
        args.next().map(PathBuf::from),
    ) else {
        eprintln!("uso: pretrain_judge <carpeta de datos> <archivo de salida>");
        std::process::exit(2);
    };
    let data = match FashionMnist::load_dir(&dir) {
        Ok(d) => d,
        Err(e) => {
            eprintln!("pretrain_judge: {e}");
            std::process::exit(1);
        }
    };
    let started = Instant::now();
    let config = JudgeTrainingConfig::new();
    let trained = train(&config, &data, |epoch, loss| {
        println!(
            "época {epoch}: pérdida {loss:.4} ({:.0} s)",
            started.elapsed().as_secs_f64()
        );
    });
    if let Some(parent) = out.parent() {
        std::fs::create_dir_all(parent).expect("output folder");
    }
    std::fs::write(&out, &trained.bytes).expect("write the weights");
    let digest: String = Sha256::digest(&trained.bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    println!(
        "{}: {} bytes, {} parámetros, SHA-256 {digest}",
        out.display(),
        trained.bytes.len(),
        trained.judge.parameter_count()
    );
    let scorer =
        Scorer::load_unchecked(&trained.bytes, &data.test.images).expect("the file just written");
    let accuracy = scorer
        .accuracy(&data.test.images, &data.test.labels)
        .expect("the test images");
    println!("exactitud en las 10.000 imágenes de prueba: {accuracy:.4}");
    let timed = Instant::now();
    let references = scorer.references(&data).expect("the data set");
    println!(
        "referencias (Fréchet): suelo {:.4} · borrosas {:.4} · con ruido {:.4} ({:.2} s las tres)",
        references.floor.frechet,
        references.blurred.frechet,
        references.noisy.frechet,
        timed.elapsed().as_secs_f64()
    );
    println!(
        "clases cubiertas: suelo {} · borrosas {} · con ruido {}",
        references.floor.covered, references.blurred.covered, references.noisy.covered
    );
}
