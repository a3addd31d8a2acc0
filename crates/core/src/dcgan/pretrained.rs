//! The DCGAN the site ships for slide 1.34's "jump ahead" (`www/pretrained/`): Géron's run —
//! the guidelines as in the book, RMSprop, batch 32, seed 42 — trained for 10 epochs on the
//! real Fashion-MNIST by this very trainer on the CPU backend, scored by the shipped judge
//! after every epoch, saved as an ordinary checkpoint (so it can be trained on in the page).
//! Ten epochs, not the book's 50: natively here one epoch takes about five minutes.
//!
//! Made by `cargo xtask pretrain dcgan`; the same command gives the same bytes on CPUs of the
//! same vector width (see the dense GAN's [`crate::dense_gan::pretrained`]).

#[cfg(feature = "engine")]
use std::sync::Arc;

#[cfg(feature = "engine")]
use burn::tensor::Device;

#[cfg(feature = "engine")]
use super::{Dcgan, DcganTrainingConfig};
#[cfg(feature = "engine")]
use crate::data::FashionMnist;
#[cfg(feature = "engine")]
use crate::gan::pretrain::train_scored;
#[cfg(feature = "engine")]
use crate::judge::{EpochScore, Scorer};
#[cfg(feature = "engine")]
use crate::run::RunError;

/// Epochs of the shipped run.
pub const EPOCHS: usize = 10;

/// The shipped file's name, in the site's `pretrained/` folder.
pub const FILE_NAME: &str = "dcgan-10-epocas.ckpt";

/// The shipped file's SHA-256 (also in the README; the page shows it).
pub const SHA256: &str = "9d7988f24c7e6a75ef7ad7185a679e47c2a09c3d7f94ee81ba24daa790f3aad2";

/// The shipped file's size in bytes (the page states it before the download).
pub const BYTES: u64 = 8_872_818;

#[cfg(feature = "engine")]
/// The shipped run's settings: Géron's, for [`EPOCHS`] epochs.
pub fn config() -> DcganTrainingConfig {
    DcganTrainingConfig::new().with_epochs(EPOCHS)
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
    train_scored::<Dcgan>(config(), data, device, judge, partial, on_epoch).await
}
