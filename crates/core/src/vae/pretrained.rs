//! The pre-trained VAE the site ships (`www/pretrained/`): the lecture's run — Nadam, batch
//! 128, MSE, seed 42 — trained for 25 epochs on the real Fashion-MNIST by this very trainer on
//! the CPU backend, saved as an ordinary checkpoint. Slides 1.1–1.3 show it until the student
//! has a run of their own; loaded into 1.10 it is a run like any other (paused at its end).
//!
//! Its name and digest are plain constants (the page shows them); training needs `engine`.
//!
//! Made by `cargo xtask pretrain`; the same command gives the same weights bit for bit (the
//! run draws every random number from its own seeded generator, and the gradients' sums run in
//! a fixed order). The recorded curves are whole-tensor sums, whose order follows the CPU's
//! vector width, so the whole file's bytes match on CPUs of the same width (see the test).

#[cfg(feature = "engine")]
use std::sync::Arc;

#[cfg(feature = "engine")]
use burn::tensor::Device;

#[cfg(feature = "engine")]
use crate::data::FashionMnist;
#[cfg(feature = "engine")]
use crate::run::RunError;
#[cfg(feature = "engine")]
use crate::vae::training::{EpochReport, VaeTrainer, VaeTrainingConfig};

/// Epochs of the shipped run.
pub const EPOCHS: usize = 25;

/// The shipped file's name, in the site's `pretrained/` folder.
pub const FILE_NAME: &str = "vae-25-epocas.ckpt";

/// The shipped file's SHA-256 (also in the README; the page shows it).
pub const SHA256: &str = "eae882dfb0544c7741348675c2c23a04a1005a15ef7648119434ad57d2e7447c";

#[cfg(feature = "engine")]
/// The shipped run's settings: the lecture's, for [`EPOCHS`] epochs.
pub fn config() -> VaeTrainingConfig {
    VaeTrainingConfig::new().with_epochs(EPOCHS)
}

#[cfg(feature = "engine")]
/// Trains the shipped run on `device` and returns its checkpoint, calling `on_epoch` after each
/// epoch (for a progress line).
pub async fn train(
    data: Arc<FashionMnist>,
    device: &Device,
    mut on_epoch: impl FnMut(&EpochReport),
) -> Result<Vec<u8>, RunError> {
    let mut trainer = VaeTrainer::new(config(), data, device)?;
    while !trainer.finished() {
        while !trainer.epoch_complete() {
            trainer.train_steps(500).await?;
        }
        let report = trainer.end_epoch().await?;
        on_epoch(&report);
    }
    Ok(trainer.save())
}
