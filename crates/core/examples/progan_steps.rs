//! The progressive GAN's step time natively on the CPU backend at each level (both phases,
//! the config's batch), and the time the whole growth would take at that pace: what sizes
//! the schedule's images per phase.
//!
//! `cargo run --release -p generativa-core --example progan_steps -- <data folder> [steps]`

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Instant;

use generativa_core::burn::tensor::Device;
use generativa_core::data::FashionMnist;
use generativa_core::progan::{
    ProganDiscriminatorConfig, ProganGeneratorConfig, ProganTrainer, ProganTrainingConfig,
};

fn main() {
    let mut args = std::env::args().skip(1);
    let Some(dir) = args.next().map(PathBuf::from) else {
        eprintln!("uso: progan_steps <carpeta de datos> [pasos]");
        std::process::exit(2);
    };
    let steps: usize = args.next().and_then(|s| s.parse().ok()).unwrap_or(20);
    let data = Arc::new(FashionMnist::load_dir(&dir).unwrap_or_else(|e| {
        eprintln!("progan_steps: {e}");
        std::process::exit(1)
    }));
    let defaults = ProganTrainingConfig::new(
        ProganGeneratorConfig::new(),
        ProganDiscriminatorConfig::new(),
    );
    let batch = defaults.batch_size;
    // Every phase as long as the measurement (plus one step to warm up).
    let mut config = defaults.clone();
    let levels = config.generator.channels.len();
    config.stable_images = vec![(steps + 1) * batch; levels];
    config.fade_images = vec![(steps + 1) * batch; levels - 1];
    let mut run = ProganTrainer::new(config, data, &Device::flex()).expect("a run");
    let growth = defaults.growth();
    let mut total = 0.0;
    println!("canales {:?}, lote {batch}", defaults.generator.channels);
    for (level, phase, images) in growth.phases() {
        pollster::block_on(run.train_steps(1)).expect("warm-up");
        let start = Instant::now();
        pollster::block_on(run.train_steps(steps)).expect("steps");
        let ms = start.elapsed().as_secs_f64() * 1000.0 / steps as f64;
        let seconds = ms / 1000.0 * (images / batch) as f64;
        total += seconds;
        println!(
            "{side:>2}×{side:<2} {phase:?}: {ms:7.1} ms/paso, {ips:6.0} imágenes/s, {images} imágenes → {seconds:6.0} s",
            side = 4 << level,
            ips = batch as f64 / ms * 1000.0,
        );
    }
    println!("todo el crecimiento: {:.1} min", total / 60.0);
}
