//! The progressive GAN's whole growth (the class preset unless a phase length is given) on
//! Fashion-MNIST with the CPU backend: prints each level's time and ms per step, scores the grown
//! generator with the shipped judge, keeps each level's pictures, and writes the run as a
//! checkpoint with its SHA-256: the run the site ships for 1.35's "jump ahead"
//! (`cargo xtask pretrain progan`).
//!
//! `cargo run --release -p generativa-core --example pretrain_progan -- <data folder> <judge file> <out file> [images per phase]`

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Instant;

use generativa_core::burn::tensor::Device;
use generativa_core::data::FashionMnist;
use generativa_core::judge::Scorer;
use generativa_core::progan::{
    ProganDiscriminatorConfig, ProganGeneratorConfig, ProganTrainer, ProganTrainingConfig,
};
use sha2::{Digest, Sha256};

fn main() {
    let mut args = std::env::args().skip(1);
    let (Some(dir), Some(judge), Some(out)) = (
        args.next().map(PathBuf::from),
        args.next().map(PathBuf::from),
        args.next().map(PathBuf::from),
    ) else {
        eprintln!("uso: pretrain_progan <carpeta de datos> <juez> <salida> [imágenes por fase]");
        std::process::exit(2);
    };
    let phase: usize = args
        .next()
        .and_then(|s| s.parse().ok())
        .unwrap_or(generativa_core::progan::pretrained::PHASE_IMAGES);
    let data = Arc::new(FashionMnist::load_dir(&dir).expect("Fashion-MNIST"));
    let weights = std::fs::read(&judge).expect("the judge's weights");
    let scorer = Scorer::load(&weights, &data.test.images).expect("the shipped judge");
    let config = ProganTrainingConfig::new(
        ProganGeneratorConfig::new(),
        ProganDiscriminatorConfig::new(),
    )
    .with_stable_images(vec![phase; 4])
    .with_fade_images(vec![phase; 3]);
    let batch = config.batch_size;
    let device = Device::flex();
    let mut run = ProganTrainer::new(config, data, &device).expect("a run");
    let started = Instant::now();
    let mut level_millis = [0.0f64; 4];
    while !run.finished() {
        let level = run.position().stage.level;
        let t = Instant::now();
        let done = pollster::block_on(run.train_steps(50)).expect("steps");
        let ms = t.elapsed().as_secs_f64() * 1000.0;
        // Kept here, not in the run: wall-clock times would make the file differ from one
        // machine (or one load) to the next.
        let reached = run.position().stage.level;
        for (l, total) in level_millis
            .iter_mut()
            .enumerate()
            .take(reached + 1)
            .skip(level)
        {
            let share = done.iter().filter(|s| s.stage.level == l).count() as f64;
            *total += ms * share / done.len().max(1) as f64;
        }
        let now = run.position().stage.level;
        if now > level || run.finished() {
            let last = if run.finished() { now } else { now - 1 };
            for l in level..=last {
                let p = pollster::block_on(run.level_pictures(l)).expect("pictures");
                run.keep_level_pictures(p);
            }
        }
    }
    println!("nivel · tiempo · ms por paso (lote {batch}, {phase} imágenes por fase)");
    let phases = run.growth().phases();
    for (level, ms) in level_millis.iter().enumerate() {
        let images: usize = phases.iter().filter(|p| p.0 == level).map(|p| p.2).sum();
        let steps = (images / batch).max(1);
        println!(
            "{s} × {s}: {:.1} s · {:.1} ms/paso · {:.0} imágenes/s",
            ms / 1000.0,
            ms / steps as f64,
            images as f64 / (ms / 1000.0),
            s = 4 << level
        );
    }
    println!("total {:.1} min", started.elapsed().as_secs_f64() / 60.0);
    let pixels = pollster::block_on(run.judged_images()).expect("images");
    let score = scorer.score(&pixels).expect("a score");
    println!(
        "juez: Fréchet {:.1} · clases {}/10 · KL {:.2}",
        score.frechet, score.covered, score.kl_from_uniform
    );
    run.record_score(score);
    let bytes = run.save();
    std::fs::write(&out, &bytes).expect("write the checkpoint");
    println!(
        "{} · {} bytes · SHA-256 {:x}",
        out.display(),
        bytes.len(),
        Sha256::digest(&bytes)
    );
}
