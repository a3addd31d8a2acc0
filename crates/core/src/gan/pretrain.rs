//! A run the site ships, made the one way every image GAN's is: trained epoch after epoch on
//! the CPU, scored by the shipped judge after each (the scores travel in the checkpoint), and
//! saved as an ordinary checkpoint. It can be resumed: after every epoch the caller gets the
//! run so far as a checkpoint, and a run started from that checkpoint ends in the same bytes as
//! one never interrupted (runs are resumable bit for bit).

use std::sync::Arc;

use burn::tensor::Device;

use super::{GanFamily, GanTrainer};
use crate::data::FashionMnist;
use crate::judge::{EpochScore, Scorer};
use crate::run::RunError;

/// Trains a run of `config` on `device` to its last epoch — from `partial` (a checkpoint an
/// earlier, interrupted call handed out) when it is a run of the same config — scoring it with
/// `judge` after each epoch and calling `on_epoch` with each score and the run so far as a
/// checkpoint; returns the final checkpoint.
pub async fn train_scored<F: GanFamily>(
    config: F::Config,
    data: Arc<FashionMnist>,
    device: &Device,
    judge: &Scorer,
    partial: Option<&[u8]>,
    mut on_epoch: impl FnMut(&EpochScore, &[u8]),
) -> Result<Vec<u8>, RunError> {
    let same = |t: &GanTrainer<F>| {
        serde_json::to_string(t.config()).ok() == serde_json::to_string(&config).ok()
    };
    let resumed = partial
        .and_then(|bytes| GanTrainer::<F>::load(bytes, data.clone(), device).ok())
        .filter(same);
    let mut trainer = match resumed {
        Some(trainer) => trainer,
        None => GanTrainer::<F>::new(config, data, device)?,
    };
    while !trainer.finished() {
        let left = trainer.steps_per_epoch() - trainer.step_in_epoch();
        trainer.train_steps(left.min(500)).await?;
        if trainer.step_in_epoch() == 0 {
            let epoch = trainer.epochs_done() as u32;
            let images = trainer.judged_images().await?;
            let score = judge
                .score(&images)
                .map_err(|e| RunError::Read(e.to_string()))?;
            trainer.record_score(epoch, score.clone());
            on_epoch(&EpochScore { epoch, score }, &trainer.save());
        }
    }
    Ok(trainer.save())
}
