//! The lecture's dense GAN step natively on the CPU backend (batch 32, both phases): the figure
//! beside the browser's, and a loop long enough to profile (`perf record` on this binary).
//!
//! `cargo run --release -p generativa-core --example dense_gan_steps -- <data folder> [steps]`

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Instant;

use generativa_core::burn::tensor::Device;
use generativa_core::data::FashionMnist;
use generativa_core::dense_gan::{DenseGanTrainer, DenseGanTrainingConfig};

fn main() {
    let mut args = std::env::args().skip(1);
    let Some(dir) = args.next().map(PathBuf::from) else {
        eprintln!("uso: dense_gan_steps <carpeta de datos> [pasos]");
        std::process::exit(2);
    };
    let steps: usize = args.next().and_then(|s| s.parse().ok()).unwrap_or(500);
    let data = Arc::new(FashionMnist::load_dir(&dir).unwrap_or_else(|e| {
        eprintln!("dense_gan_steps: {e}");
        std::process::exit(1)
    }));
    let mut trainer =
        DenseGanTrainer::new(DenseGanTrainingConfig::new(), data, &Device::flex()).unwrap();
    let first = Instant::now();
    pollster::block_on(trainer.train_steps(1)).unwrap();
    let first = first.elapsed().as_secs_f64() * 1e3;
    let started = Instant::now();
    let mut done = 0;
    while done < steps {
        // As the engine does: a few steps per read-back.
        done += pollster::block_on(trainer.train_steps(25.min(steps - done)))
            .unwrap()
            .len();
    }
    let ms = started.elapsed().as_secs_f64() * 1e3 / steps as f64;
    println!("GAN densa nativa: primer paso {first:.1} ms, luego {ms:.2} ms/paso ({steps} pasos)");
}
