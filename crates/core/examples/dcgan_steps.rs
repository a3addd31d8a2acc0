//! The DCGAN's step time natively on the CPU backend (batch 32, both phases), Géron's settings
//! or the pooling/upsampling switches: what the benchmark prints beside Keras' 140–152 ms.
//!
//! `cargo run --release -p generativa-core --example dcgan_steps -- <data folder> [steps]`

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Instant;

use generativa_core::burn::tensor::Device;
use generativa_core::data::FashionMnist;
use generativa_core::dcgan::{
    DcganTrainer, DcganTrainingConfig, DiscriminatorConfig, Downsampling, GeneratorConfig,
    Upsampling,
};

fn main() {
    let mut args = std::env::args().skip(1);
    let Some(dir) = args.next().map(PathBuf::from) else {
        eprintln!("uso: dcgan_steps <carpeta de datos> [pasos]");
        std::process::exit(2);
    };
    let steps: usize = args.next().and_then(|s| s.parse().ok()).unwrap_or(20);
    let data = Arc::new(FashionMnist::load_dir(&dir).unwrap_or_else(|e| {
        eprintln!("dcgan_steps: {e}");
        std::process::exit(1)
    }));
    let variants = [
        (
            "Géron (strided, BN en G, dropout en D)",
            DcganTrainingConfig::new(),
        ),
        (
            "upsampling + pooling",
            DcganTrainingConfig::new()
                .with_generator(GeneratorConfig::new().with_upsampling(Upsampling::Nearest))
                .with_discriminator(
                    DiscriminatorConfig::new().with_downsampling(Downsampling::Pooling),
                ),
        ),
    ];
    for (name, config) in variants {
        let mut trainer = DcganTrainer::new(config, data.clone(), &Device::flex()).unwrap();
        let first = Instant::now();
        let one = pollster::block_on(trainer.train_steps(1)).unwrap();
        let first = first.elapsed().as_secs_f64() * 1e3;
        let started = Instant::now();
        let rest = pollster::block_on(trainer.train_steps(steps)).unwrap();
        let ms = started.elapsed().as_secs_f64() * 1e3 / steps as f64;
        let last = rest.last().unwrap_or(&one[0]);
        println!(
            "{name:<40} primer paso {first:>7.1} ms, luego {ms:>7.1} ms/paso (pérdidas D {:.3}, G {:.3})",
            last.discriminator_loss, last.generator_loss
        );
    }
}
