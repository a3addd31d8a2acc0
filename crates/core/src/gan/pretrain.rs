//! A run the site ships, made the one way every image GAN's is: trained epoch after epoch on
//! the CPU, scored by the shipped judge after each (the scores travel in the checkpoint), and
//! saved as an ordinary checkpoint.

use std::sync::Arc;

use burn::tensor::Device;

use super::{GanFamily, GanTrainer};
use crate::data::FashionMnist;
use crate::judge::{EpochScore, Scorer};
use crate::run::RunError;

/// Trains a run of `config` on `device` to its last epoch, scoring it with `judge` after each
/// epoch and calling `on_epoch` with each score (for a progress line); returns the checkpoint.
pub async fn train_scored<F: GanFamily>(
    config: F::Config,
    data: Arc<FashionMnist>,
    device: &Device,
    judge: &Scorer,
    mut on_epoch: impl FnMut(&EpochScore),
) -> Result<Vec<u8>, RunError> {
    let mut trainer = GanTrainer::<F>::new(config, data, device)?;
    while !trainer.finished() {
        let left = trainer.steps_per_epoch() - trainer.step_in_epoch();
        trainer.train_steps(left.min(500)).await?;
        if trainer.step_in_epoch() == 0 {
            let epoch = trainer.epochs_done() as u32;
            let images = trainer.judged_images().await?;
            let score = judge
                .score(&images)
                .map_err(|e| RunError::Read(e.to_string()))?;
            on_epoch(&EpochScore {
                epoch,
                score: score.clone(),
            });
            trainer.record_score(epoch, score);
        }
    }
    Ok(trainer.save())
}
