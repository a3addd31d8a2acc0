//! The benchmark's native VAE run: the lecture's setup (Nadam, batch 128, MSE, seed 42) for 25
//! epochs on the real Fashion-MNIST, printing each epoch's training and validation loss beside
//! Keras' figures for the same setup, and the time per step.
//!
//! `cargo run --release -p generativa-core --example vae_curve -- [data folder] [epochs]`

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Instant;

use generativa_core::burn::tensor::Device;
use generativa_core::data::FashionMnist;
use generativa_core::vae::{VaeTrainer, VaeTrainingConfig};

/// Keras 3 with the same setup: validation loss after epochs 1, 5, 10 and 25.
const KERAS: [(usize, f32); 4] = [(1, 0.0381), (5, 0.0334), (10, 0.0322), (25, 0.0312)];

fn main() {
    let mut args = std::env::args().skip(1);
    let dir = args
        .next()
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("/usr/share/datasets/fashion-mnist"));
    let epochs: usize = args.next().and_then(|e| e.parse().ok()).unwrap_or(25);
    let data = match FashionMnist::load_dir(&dir) {
        Ok(d) => Arc::new(d),
        Err(e) => {
            eprintln!("vae_curve: {e}");
            std::process::exit(1);
        }
    };
    let device = Device::flex();
    let mut trainer = VaeTrainer::new(VaeTrainingConfig::new().with_epochs(epochs), data, &device)
        .expect("valid config");
    println!(
        "VAE nativo (burn flex, CPU), {epochs} épocas de {} pasos:",
        trainer.steps_per_epoch()
    );
    println!(
        "{:>6} {:>12} {:>12} {:>10} {:>10}",
        "época", "entren.", "validación", "Keras", "ms/paso"
    );
    let started = Instant::now();
    while !trainer.finished() {
        let epoch_start = Instant::now();
        while !trainer.epoch_complete() {
            pollster::block_on(trainer.train_steps(50)).expect("finite losses");
        }
        let per_step =
            epoch_start.elapsed().as_secs_f64() * 1000.0 / trainer.steps_per_epoch() as f64;
        let report = pollster::block_on(trainer.end_epoch()).expect("validation");
        let keras = KERAS
            .iter()
            .find(|(e, _)| *e == report.epoch)
            .map_or(String::new(), |(_, v)| format!("{v:.4}"));
        println!(
            "{:>6} {:>12.4} {:>12.4} {:>10} {:>10.1}",
            report.epoch, report.train.total, report.validation.total, keras, per_step
        );
    }
    println!("total: {:.1} s", started.elapsed().as_secs_f64());
}
