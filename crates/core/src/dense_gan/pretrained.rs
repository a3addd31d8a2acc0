//! The dense GAN the site ships for slide 1.33's "jump ahead" (`www/pretrained/`): the
//! lecture's run — RMSprop, batch 32, seed 42 — trained for 50 epochs on the real
//! Fashion-MNIST by this very trainer on the CPU backend, scored by the shipped judge after
//! every epoch, saved as an ordinary checkpoint. Loaded into 1.33 it is a run like any other
//! (finished; its curves, film strip and scores come with it).
//!
//! Made by `cargo xtask pretrain dense-gan`; the same command gives the same bytes on CPUs of
//! the same vector width (every random number comes from the run's own seeded generator, and
//! the gradients' sums run in a fixed order; the recorded curves are whole-tensor sums, whose
//! order follows the vector width — see the VAE's [`crate::vae::pretrained`]).

#[cfg(feature = "engine")]
use std::sync::Arc;

#[cfg(feature = "engine")]
use burn::tensor::Device;

#[cfg(feature = "engine")]
use super::training::{DenseGan, DenseGanTrainingConfig};
#[cfg(feature = "engine")]
use crate::data::FashionMnist;
#[cfg(feature = "engine")]
use crate::gan::pretrain::train_scored;
#[cfg(feature = "engine")]
use crate::judge::{EpochScore, Scorer};
#[cfg(feature = "engine")]
use crate::run::RunError;

/// Epochs of the shipped run (the lecture's `n_epochs`).
pub const EPOCHS: usize = 50;

/// The shipped file's name, in the site's `pretrained/` folder.
pub const FILE_NAME: &str = "gan-densa-50-epocas.ckpt";

/// The shipped file's SHA-256 (also in the README; the page shows it).
pub const SHA256: &str = "1b948e3e7b0c148c6fa7aaf1670115fa520ba1252da71db5b8cd760f916ae579";

#[cfg(feature = "engine")]
/// The shipped run's settings: the lecture's, for [`EPOCHS`] epochs.
pub fn config() -> DenseGanTrainingConfig {
    DenseGanTrainingConfig::new().with_epochs(EPOCHS)
}

#[cfg(feature = "engine")]
/// Trains the shipped run on `device` (from `partial`, a checkpoint an interrupted call handed
/// out, if given), scoring it with `judge` after each epoch (the scores travel in the
/// checkpoint), calling `on_epoch` with each score and the run so far.
pub async fn train(
    data: Arc<FashionMnist>,
    device: &Device,
    judge: &Scorer,
    partial: Option<&[u8]>,
    on_epoch: impl FnMut(&EpochScore, &[u8]),
) -> Result<Vec<u8>, RunError> {
    train_scored::<DenseGan>(config(), data, device, judge, partial, on_epoch).await
}
