//! Slide 1.32 in step mode: the run's next step done one phase at a time, with everything a
//! student needs to see of each — the batch, its targets, D's outputs before and after the
//! update, the loss, and both networks' fingerprints before and after (slide 1.31: phase 2
//! leaves D's weights as they were, phase 1 leaves G's).
//!
//! A run in the middle of a step (phase 1 done, phase 2 not yet) is not saved: the engine
//! steps a copy of the student's run, never the run itself.

use burn::tensor::activation::sigmoid;
use burn::tensor::{Tensor, TensorData, Transaction};

use super::fingerprint::Fingerprint;
use super::training::{DenseGanTrainer, GanStep};
use crate::run::RunError;
use crate::run::records::parameter_values_async;

/// Both networks' fingerprints at one moment.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Fingerprints {
    /// The generator's.
    pub generator: Fingerprint,
    /// The discriminator's.
    pub discriminator: Fingerprint,
}

/// What phase 1 did (`discriminator.train_on_batch(X_fake_and_real, y1)`).
#[derive(Debug, Clone, PartialEq)]
pub struct PhaseOneView {
    /// 1-based epoch and step of the step under way.
    pub epoch: usize,
    /// 1-based step within the epoch.
    pub step: usize,
    /// `X_fake_and_real`: the batch's fakes, then its reals (784 pixels in [0, 1] each).
    pub images: Vec<Vec<f32>>,
    /// `y1`: 0 for each fake, 1 for each real.
    pub targets: Vec<f32>,
    /// D's output for each image before its update.
    pub before: Vec<f32>,
    /// D's output for each image after its update.
    pub after: Vec<f32>,
    /// D's loss on the batch (before the update, as `train_on_batch` returns it).
    pub loss: f32,
    /// Fingerprints before the phase.
    pub weights_before: Fingerprints,
    /// Fingerprints after the phase.
    pub weights_after: Fingerprints,
}

/// What phase 2 did (`gan.train_on_batch(noise, y2)`, D frozen).
#[derive(Debug, Clone, PartialEq)]
pub struct PhaseTwoView {
    /// The step this phase completed.
    pub step: GanStep,
    /// The fakes of fresh noise (784 pixels each), before G's update.
    pub fakes: Vec<Vec<f32>>,
    /// `y2`: 1 for each fake ("say they are real").
    pub targets: Vec<f32>,
    /// D's output for each fake before G's update.
    pub before: Vec<f32>,
    /// D's output on the same noise's new fakes after G's update.
    pub after: Vec<f32>,
    /// The generator's loss (before its update).
    pub loss: f32,
    /// Fingerprints before the phase.
    pub weights_before: Fingerprints,
    /// Fingerprints after the phase.
    pub weights_after: Fingerprints,
}

fn values(data: TensorData) -> Result<Vec<f32>, RunError> {
    data.convert::<f32>()
        .try_into_vec::<f32>()
        .map_err(|e| RunError::Read(format!("{e:?}")))
}

fn images(values: Vec<f32>) -> Vec<Vec<f32>> {
    values.chunks(784).map(<[f32]>::to_vec).collect()
}

impl DenseGanTrainer {
    /// Both networks' fingerprints now.
    pub async fn fingerprints(&self) -> Result<Fingerprints, RunError> {
        Ok(Fingerprints {
            generator: Fingerprint::of(&parameter_values_async(self.generator()).await?),
            discriminator: Fingerprint::of(&parameter_values_async(self.discriminator()).await?),
        })
    }

    /// Whether phase 1 of a step is done and its phase 2 is not.
    pub fn in_phase_two(&self) -> bool {
        self.half_step.is_some()
    }

    /// Phase 1 of the next step alone. Refused in the middle of a step or after the last epoch.
    pub async fn phase_one(&mut self) -> Result<PhaseOneView, RunError> {
        if self.in_phase_two() || self.finished() {
            return Err(RunError::PhaseOrder { asked: 1 });
        }
        let weights_before = self.fingerprints().await?;
        let (epoch, step) = (self.epochs_done() + 1, self.step_in_epoch() + 1);
        let batch = self.config().batch_size;
        let one = self.phase_one_now();
        let reals = crate::batches::image_batch(
            &self.data().train.images,
            self.batch_indices().into_iter(),
            &self.run_device(),
        ); // [batch, 28, 28]
        let all = Tensor::cat(vec![one.fakes.clone(), reals], 0); // [2·batch, 28, 28]
        let after = self.discriminator().forward(all.clone()); // [2·batch, 1]
        // D(G(z)) and D(x) as the run in one go computes them (fakes come first).
        let d_fake = one.verdicts.clone().narrow(0, 0, batch).mean();
        let d_real = one.verdicts.clone().narrow(0, batch, batch).mean();
        let read = Transaction::default()
            .register(d_real.without_autodiff())
            .register(d_fake.without_autodiff())
            .register(all.without_autodiff())
            .register(one.verdicts.without_autodiff())
            .register(after.without_autodiff())
            .register(one.loss.clone().without_autodiff())
            .execute_async()
            .await?;
        let mut read = read.into_iter();
        let mut next = || {
            values(
                read.next()
                    .unwrap_or_else(|| TensorData::new(Vec::<f32>::new(), [0])),
            )
        };
        let (d_real, d_fake) = (next()?, next()?);
        let (all, before, after, loss) = (next()?, next()?, next()?, next()?);
        let first = |v: &[f32]| v.first().copied().unwrap_or(f32::NAN);
        let loss = first(&loss);
        self.half_step = Some((loss, first(&d_real), first(&d_fake)));
        Ok(PhaseOneView {
            epoch,
            step,
            images: images(all),
            targets: (0..2 * batch)
                .map(|i| if i < batch { 0.0 } else { 1.0 })
                .collect(),
            before,
            after,
            loss,
            weights_before,
            weights_after: self.fingerprints().await?,
        })
    }

    /// Phase 2 of the step whose phase 1 is done; the step is then complete (counters, curves,
    /// the epoch's end) as if it had run in one go.
    pub async fn phase_two(&mut self) -> Result<PhaseTwoView, RunError> {
        let Some((d_loss, d_real, d_fake)) = self.half_step else {
            return Err(RunError::PhaseOrder { asked: 2 });
        };
        let weights_before = self.fingerprints().await?;
        let noise = self.noise(); // [batch, 30]: fresh noise, as train_gan draws it
        let two = self.phase_two_now(noise.clone());
        let after = sigmoid(self.discriminator().logits(self.generator().forward(noise))); // [batch, 1]
        let read = Transaction::default()
            .register(two.fakes.without_autodiff())
            .register(two.verdicts.without_autodiff())
            .register(after.without_autodiff())
            .register(two.loss.without_autodiff())
            .execute_async()
            .await?;
        let mut read = read.into_iter();
        let mut next = || {
            values(
                read.next()
                    .unwrap_or_else(|| TensorData::new(Vec::<f32>::new(), [0])),
            )
        };
        let (fakes, before, after, loss) = (next()?, next()?, next()?, next()?);
        let loss = loss.first().copied().unwrap_or(f32::NAN);
        self.half_step = None;
        let (epoch, step) = self.advance();
        let report = GanStep {
            epoch,
            step,
            discriminator_loss: d_loss,
            generator_loss: loss,
            d_real,
            d_fake,
        };
        self.record(self.steps_total(), &report)?;
        let targets = vec![1.0; before.len()];
        Ok(PhaseTwoView {
            step: report,
            fakes: images(fakes),
            targets,
            before,
            after,
            loss,
            weights_before,
            weights_after: self.fingerprints().await?,
        })
    }
}
