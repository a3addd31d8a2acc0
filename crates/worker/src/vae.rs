//! The lecture's VAE in the engine (slides 1.1–1.10): one seeded run on the loaded
//! Fashion-MNIST, trained in batches of steps on the page's request; epochs end with the
//! validation loss and fresh pictures. Also the sampling layer on its own (slide 1.6). Only what
//! is the VAE's own lives here; holding the run, saving and loading are the shared ones.

use generativa_core::burn::tensor::Device;
use generativa_core::data::VALIDATION_SIZE;
use generativa_core::rng::Rng;
use generativa_core::vae::{
    LayerSummary, OptimizerKind, ReconstructionLoss, VaeTrainer, VaeTrainingConfig,
    VariationalAutoencoderConfig, sample_one_coding, summary_of,
};
use generativa_protocol::judge::ScoreReport;
use generativa_protocol::vae::MODEL;
use generativa_protocol::{
    Failure, FromEngine, ModelMessage, VaeCommand, VaeEpoch, VaeEvent, VaeLayer, VaeLoaded,
    VaeOptimizer, VaePicturesMessage, VaeProgress, VaeReady, VaeReconstruction, VaeSettings,
    VaeStep, VaeTwice,
};
use std::rc::Rc;

use crate::context::{data, device, grey, memory_bytes, now_ms, post};
use crate::families::{Family, Job, Saved};
use crate::run_backend::{RunSize, device_for};
use crate::run_slot::RunSlot;

/// The VAE's entry points.
pub const FAMILY: Family = Family {
    model: MODEL,
    handle: |m| -> Job<()> { Box::pin(handle(m)) },
    save: || -> Job<Result<Saved, Failure>> { Box::pin(save()) },
    load: |bytes| -> Job<Result<(), Failure>> { Box::pin(load(bytes)) },
};

/// The VAE is large enough to calibrate: a few real training steps on each backend.
const SIZE: RunSize = RunSize::Large {
    time_step: |device| -> Job<Result<f64, Failure>> { Box::pin(time_step(device)) },
};

/// Milliseconds per training step of a fresh lecture run on `device`, after one step that
/// compiles the kernels.
async fn time_step(device: Device) -> Result<f64, Failure> {
    let mut trainer = VaeTrainer::new(VaeTrainingConfig::new(), data()?, &device)?;
    trainer.train_steps(1).await?;
    let started = now_ms();
    trainer.train_steps(3).await?;
    Ok((now_ms() - started) / 3.0)
}

/// Validation images shown by `plot_reconstructions`.
const SHOWN: usize = 10;
/// Generated images per grid.
const SAMPLES: usize = 24;
/// Validation images on the latent map.
const MAP: usize = 1_000;
/// The most steps one request may ask for.
const MAX_STEPS: u32 = 2_000;

thread_local! {
    /// The run.
    static VAE: Rc<RunSlot<VaeTrainer>> = Rc::default();
}

/// The run's holder (shared, so a job can await it).
fn slot() -> Rc<RunSlot<VaeTrainer>> {
    VAE.with(Rc::clone)
}

fn send(event: &VaeEvent) {
    post(&FromEngine::model(MODEL, event));
}

fn fail(failure: impl Into<Failure>) {
    post(&FromEngine::failed(MODEL, failure));
}

fn config_of(s: &VaeSettings) -> VaeTrainingConfig {
    VaeTrainingConfig::new()
        .with_epochs(s.epochs as usize)
        .with_batch_size(s.batch_size as usize)
        .with_learning_rate(s.learning_rate)
        .with_optimizer(match s.optimizer {
            VaeOptimizer::Nadam => OptimizerKind::Nadam,
            VaeOptimizer::Adam => OptimizerKind::Adam,
        })
        .with_reconstruction(match s.reconstruction {
            VaeReconstruction::Mse => ReconstructionLoss::Mse,
            VaeReconstruction::Bce => ReconstructionLoss::Bce,
        })
        .with_seed(s.seed)
}

fn settings_of(c: &VaeTrainingConfig) -> VaeSettings {
    VaeSettings {
        epochs: c.epochs as u32,
        batch_size: c.batch_size as u32,
        learning_rate: c.learning_rate,
        optimizer: match c.optimizer {
            OptimizerKind::Adam => VaeOptimizer::Adam,
            _ => VaeOptimizer::Nadam,
        },
        reconstruction: match c.reconstruction {
            ReconstructionLoss::Mse => VaeReconstruction::Mse,
            ReconstructionLoss::Bce => VaeReconstruction::Bce,
        },
        seed: c.seed,
    }
}

fn epoch_of(report: &generativa_core::vae::EpochReport) -> VaeEpoch {
    VaeEpoch {
        epoch: report.epoch as u32,
        train_total: report.train.total,
        train_reconstruction: report.train.reconstruction,
        train_latent: report.train.latent,
        valid_total: report.validation.total,
        valid_reconstruction: report.validation.reconstruction,
        valid_latent: report.validation.latent,
    }
}

fn ready_of(trainer: &VaeTrainer) -> VaeReady {
    VaeReady {
        settings: settings_of(trainer.config()),
        layers: layers(trainer.summary()),
        train_size: trainer.train_size() as u32,
        steps_per_epoch: trainer.steps_per_epoch() as u32,
    }
}

async fn pictures_of(
    trainer: &VaeTrainer,
    sample_seed: u64,
) -> Result<VaePicturesMessage, Failure> {
    let seed = if sample_seed == 0 {
        trainer.config().seed ^ 0x5A17
    } else {
        sample_seed
    };
    let p = trainer.pictures(SHOWN, SAMPLES, MAP, seed).await?;
    Ok(VaePicturesMessage {
        epochs_done: trainer.epochs_done() as u32,
        originals: p.originals.iter().map(|v| grey(v)).collect(),
        reconstructions: p.reconstructions.iter().map(|v| grey(v)).collect(),
        samples: p.samples.iter().map(|v| grey(v)).collect(),
        latent: p.latent.points,
        latent_labels: p.latent_labels,
        explained: p.latent.explained,
    })
}

async fn handle(message: ModelMessage) {
    let Some(command) = message.body::<VaeCommand>() else {
        return fail(Failure::BadRequest("not a VAE command".into()));
    };
    let result = match command {
        VaeCommand::Start(settings) => start(settings).await,
        VaeCommand::Train { steps } => train(steps).await,
        VaeCommand::Pictures { sample_seed } => pictures(sample_seed).await,
        VaeCommand::Twice { index } => twice(index).await,
        VaeCommand::Score => score().await,
        VaeCommand::Describe => describe(),
        VaeCommand::Sample {
            mean,
            log_var,
            count,
        } => sample(mean, log_var, count).await,
    };
    if let Err(failure) = result {
        fail(failure);
    }
}

/// A new run; a refused setting or missing data keeps the old run and says why.
async fn start(settings: VaeSettings) -> Result<(), Failure> {
    let device = device_for(MODEL, &SIZE).await?;
    let trainer = VaeTrainer::new(config_of(&settings), data()?, &device)?;
    let ready = ready_of(&trainer);
    slot().replace(trainer);
    // No pictures yet: on WebGPU their kernels take a while to compile, and the first training
    // step should not wait for them. The page asks for them after the first step.
    send(&VaeEvent::Ready(ready));
    Ok(())
}

/// Up to `steps` steps; closes the epoch when it ends.
async fn train(steps: u32) -> Result<(), Failure> {
    let mut lent = slot().take_in_turn().await?;
    let trainer = &mut lent.run;
    let started = now_ms();
    let outcome = trainer
        .train_steps(steps.clamp(1, MAX_STEPS) as usize)
        .await;
    let train_millis = now_ms() - started;
    let mut epoch = None;
    let mut pictures = None;
    let mut kept = None;
    let result = match outcome {
        Ok(done) if trainer.epoch_complete() => match trainer.end_epoch().await {
            Ok(report) => {
                epoch = Some(epoch_of(&report));
                pictures = Some(pictures_of(trainer, 0).await);
                // Kept in the browser at every epoch's end, so a reload loses at most an epoch
                // (read asynchronously: WebGPU runs are kept too).
                kept = Some(saved(trainer).await);
                Ok(done)
            }
            Err(e) => Err(e),
        },
        other => other,
    };
    let progress = result.map(|done| VaeProgress {
        steps: done
            .iter()
            .map(|s| VaeStep {
                epoch: s.epoch as u32,
                step: s.step as u32,
                total: s.total,
                reconstruction: s.reconstruction,
                latent: s.latent,
            })
            .collect(),
        epoch,
        epochs_done: trainer.epochs_done() as u32,
        step_in_epoch: trainer.step_in_epoch() as u32,
        finished: trainer.finished(),
        train_millis,
        other_millis: now_ms() - started - train_millis,
        memory_bytes: memory_bytes(),
    });
    if !slot().put_back(lent) {
        return Ok(()); // a new run replaced this one
    }
    send(&VaeEvent::Progress(progress?));
    if let Some(p) = pictures {
        send(&VaeEvent::Pictures(p?));
    }
    if let Some(Ok(saved)) = kept {
        crate::stored_runs::keep(MODEL, &saved).await;
    }
    Ok(())
}

/// Pictures now.
async fn pictures(sample_seed: u64) -> Result<(), Failure> {
    let (result, current) = slot()
        .lend(async |run| pictures_of(run, sample_seed).await)
        .await?;
    if current {
        send(&VaeEvent::Pictures(result?));
    }
    Ok(())
}

/// The judge's score of 2,000 images decoded from random codings.
async fn score() -> Result<(), Failure> {
    let (report, current) = slot()
        .lend(async |run| -> ScoreReport {
            let pixels = run.judged_images().await?;
            crate::judge::score(run.epochs_done(), &pixels).await
        })
        .await?;
    if current {
        send(&VaeEvent::Scored(report));
    }
    Ok(())
}

/// Validation image `index` encoded twice.
async fn twice(index: u32) -> Result<(), Failure> {
    let lent = slot().take_in_turn().await?;
    let result = lent.run.encode_twice(index as usize).await;
    let label = {
        let data = lent.run.data();
        let k = data.train.len() - VALIDATION_SIZE + index as usize % VALIDATION_SIZE;
        data.train.labels.get(k).copied().unwrap_or(0)
    };
    if slot().put_back(lent) {
        let t = result?;
        send(&VaeEvent::Twice(VaeTwice {
            index,
            label,
            original: grey(&t.original),
            mean: t.mean,
            sigma: t.sigma,
            codings: t.codings.to_vec(),
            reconstructions: t.reconstructions.iter().map(|r| grey(r)).collect(),
        }));
    }
    Ok(())
}

fn layers(summary: Vec<LayerSummary>) -> Vec<VaeLayer> {
    summary
        .into_iter()
        .map(|l| VaeLayer {
            part: l.part.to_owned(),
            name: l.name,
            output: l.output as u32,
            params: l.params as u32,
        })
        .collect()
}

/// The layers of the current run, or of a fresh default model (needs no data).
fn describe() -> Result<(), Failure> {
    let summary = match slot().with(|run| run.map(VaeTrainer::summary)) {
        Some(s) => s,
        None => {
            let (device, _) = device()?;
            summary_of(&VariationalAutoencoderConfig::new().init(&mut Rng::new(0), &device))
        }
    };
    send(&VaeEvent::Layers {
        layers: layers(summary),
    });
    Ok(())
}

/// Draws of the sampling layer (needs no data).
async fn sample(mean: f32, log_var: f32, count: u32) -> Result<(), Failure> {
    let (device, _) = device()?;
    if !(mean.is_finite()
        && log_var.is_finite()
        && (-20.0..=20.0).contains(&log_var)
        && mean.abs() <= 1e3)
    {
        return Err(Failure::BadRequest(format!(
            "|μ| ≤ 1000, −20 ≤ γ ≤ 20; μ = {mean}, γ = {log_var}"
        )));
    }
    let count = count.clamp(1, 100_000) as usize;
    let values = sample_one_coding(mean, log_var, count, &device)
        .await
        .map_err(|e| Failure::Run(e.into()))?;
    send(&VaeEvent::Samples {
        mean,
        log_var,
        values,
    });
    Ok(())
}

async fn saved(trainer: &VaeTrainer) -> Result<Saved, Failure> {
    Ok(Saved {
        bytes: trainer.save_async().await?,
        file_name: format!(
            "generativa-vae-epoch-{}-step-{}.ckpt",
            trainer.epochs_done(),
            trainer.step_in_epoch()
        ),
        steps: trainer.steps_total(),
        epochs: trainer.epochs_done() as u32,
    })
}

/// The run as a checkpoint file (its tensors read asynchronously, so on any backend).
async fn save() -> Result<Saved, Failure> {
    slot().lend(async |run| saved(run).await).await?.0
}

/// A run from a checkpoint file; the current run stays if the file is refused.
async fn load(bytes: Vec<u8>) -> Result<(), Failure> {
    let device = device_for(MODEL, &SIZE).await?;
    let trainer = VaeTrainer::load(&bytes, data()?, &device)?;
    let history = trainer.history();
    let loaded = VaeLoaded {
        ready: ready_of(&trainer),
        epochs_done: trainer.epochs_done() as u32,
        step_in_epoch: trainer.step_in_epoch() as u32,
        finished: trainer.finished(),
        steps: history
            .total
            .points()
            .iter()
            .zip(history.reconstruction.points())
            .zip(history.latent.points())
            .map(|((t, r), l)| VaeStep {
                epoch: 0,
                step: t.x as u32,
                total: t.mean,
                reconstruction: r.mean,
                latent: l.mean,
            })
            .collect(),
        epochs: history.epochs.iter().map(epoch_of).collect(),
    };
    let pictures = pictures_of(&trainer, 0).await;
    slot().replace(trainer);
    send(&VaeEvent::Loaded(loaded));
    send(&VaeEvent::Pictures(pictures?));
    Ok(())
}
