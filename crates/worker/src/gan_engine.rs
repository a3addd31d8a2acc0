//! What every image GAN's engine side shares (the dense GAN of slides 1.29–1.33, the DCGAN of
//! 1.34): one seeded run on the loaded Fashion-MNIST, trained in batches of steps (both phases
//! each) on the page's request; at each epoch's end the latest fakes and the fixed codings'
//! images go to the page with the judge's score, and the run is kept in the browser. A family
//! says how its settings map to its config and where its run lives ([`EngineGan`]).

use std::rc::Rc;

use generativa_core::burn::module::Module;
use generativa_core::burn::tensor::Device;
use generativa_core::gan::{GanFamily, GanRunConfig, GanTrainer};
use generativa_core::optim::OptimizerKind;
use generativa_protocol::GanNumbers;
use generativa_protocol::dense_gan::{
    GanEvent, GanLoaded, GanOptimizer, GanPicturesMessage, GanProgress, GanReady, GanSettings,
};
use generativa_protocol::judge::ScoreReport;
use generativa_protocol::{Failure, FromEngine};

use crate::context::{data, grey, memory_bytes, now_ms, post};
use crate::families::{Job, Saved};
use crate::run_backend::{RunSize, device_for};
use crate::run_slot::RunSlot;

/// The most steps one request may ask for.
const MAX_STEPS: u32 = 2_000;

/// Images of the fixed codings (one film-strip frame per epoch).
const FILM: usize = 8;

/// A GAN family as the engine serves it.
pub trait EngineGan: GanFamily + Sized {
    /// The slot holding the family's run.
    fn slot() -> Rc<RunSlot<GanTrainer<Self>>>;
    /// The family's config for the page's settings.
    fn config_of(settings: &GanSettings) -> Self::Config;
    /// The page's settings of a run's config.
    fn settings_of(config: &Self::Config) -> GanSettings;
}

/// The optimizer the page named.
pub fn optimizer_of(optimizer: GanOptimizer) -> OptimizerKind {
    match optimizer {
        GanOptimizer::RmsProp => OptimizerKind::RmsProp,
        GanOptimizer::Nadam => OptimizerKind::Nadam,
        GanOptimizer::Adam => OptimizerKind::Adam,
    }
}

/// The optimizer as the page names it.
pub fn page_optimizer(optimizer: OptimizerKind) -> GanOptimizer {
    match optimizer {
        OptimizerKind::RmsProp => GanOptimizer::RmsProp,
        OptimizerKind::Nadam => GanOptimizer::Nadam,
        OptimizerKind::Adam => GanOptimizer::Adam,
    }
}

/// Sends one of the family's events.
pub fn send<F: EngineGan>(event: &GanEvent) {
    post(&FromEngine::model(F::MODEL, event));
}

/// Large enough to calibrate: a few real steps on each backend.
pub fn size<F: EngineGan>() -> RunSize {
    RunSize::Large {
        time_step: |device| -> Job<Result<f64, Failure>> { Box::pin(time_step::<F>(device)) },
    }
}

/// Milliseconds per step of a fresh run with the family's default settings on `device`,
/// after one step that compiles the kernels.
async fn time_step<F: EngineGan>(device: Device) -> Result<f64, Failure> {
    let config = F::config_of(&GanSettings::default());
    let mut trainer = GanTrainer::<F>::new(config, data()?, &device)?;
    trainer.train_steps(1).await?;
    let started = now_ms();
    trainer.train_steps(3).await?;
    Ok((now_ms() - started) / 3.0)
}

/// The device a new run of the family trains on.
pub async fn run_device<F: EngineGan>() -> Result<Device, Failure> {
    device_for(F::MODEL, &size::<F>()).await
}

/// A run's settings and sizes.
pub fn ready_of<F: EngineGan>(trainer: &GanTrainer<F>) -> GanReady {
    GanReady {
        settings: F::settings_of(trainer.config()),
        steps_per_epoch: trainer.steps_per_epoch() as u32,
        generator_params: trainer.generator().num_params() as u64,
        discriminator_params: trainer.discriminator().num_params() as u64,
    }
}

async fn pictures_of<F: EngineGan>(trainer: &GanTrainer<F>) -> Result<GanPicturesMessage, Failure> {
    let p = trainer.pictures(FILM).await?;
    Ok(GanPicturesMessage {
        epochs_done: trainer.epochs_done() as u32,
        fakes: p.fakes.iter().map(|v| grey(v)).collect(),
        film: p.film.iter().map(|v| grey(v)).collect(),
    })
}

/// A new run; a refused setting or missing data keeps the old run and says why.
pub async fn start<F: EngineGan>(settings: GanSettings) -> Result<(), Failure> {
    let device = run_device::<F>().await?;
    let trainer = GanTrainer::<F>::new(F::config_of(&settings), data()?, &device)?;
    let ready = ready_of(&trainer);
    F::slot().replace(trainer);
    send::<F>(&GanEvent::Ready(ready));
    Ok(())
}

/// Up to `steps` steps; at an epoch's end, pictures, the judge's score and a copy in the
/// browser's storage.
pub async fn train<F: EngineGan>(steps: u32) -> Result<(), Failure> {
    let slot = F::slot();
    let mut lent = slot.take_in_turn().await?;
    let trainer = &mut lent.run;
    let epochs_before = trainer.epochs_done();
    let started = now_ms();
    let outcome = trainer
        .train_steps(steps.clamp(1, MAX_STEPS) as usize)
        .await;
    let train_millis = now_ms() - started;
    let epoch_ended = trainer.epochs_done() > epochs_before;
    let (mut pictures, mut scored, mut kept) = (None, None, None);
    if outcome.is_ok() && epoch_ended {
        pictures = Some(pictures_of(trainer).await);
        let report = judged(trainer).await;
        if let Ok(s) = &report {
            trainer.record_score(s.epoch, s.score.clone());
        }
        scored = Some(report);
        kept = Some(saved(trainer).await);
    }
    let first = trainer.steps_total() - outcome.as_ref().map_or(0, |d| d.len() as u64);
    let progress = outcome.map(|done| GanProgress {
        steps: done
            .iter()
            .enumerate()
            .map(|(k, s)| {
                GanNumbers::new(
                    first + k as u64 + 1,
                    [s.discriminator_loss, s.generator_loss, s.d_real, s.d_fake],
                )
            })
            .collect(),
        epochs_done: trainer.epochs_done() as u32,
        step_in_epoch: trainer.step_in_epoch() as u32,
        finished: trainer.finished(),
        train_millis,
        memory_bytes: memory_bytes(),
    });
    if !slot.put_back(lent) {
        return Ok(()); // a new run replaced this one
    }
    send::<F>(&GanEvent::Progress(progress?));
    if let Some(p) = pictures {
        send::<F>(&GanEvent::Pictures(p?));
    }
    if let Some(report) = scored {
        send::<F>(&GanEvent::Scored(report));
    }
    if let Some(Ok(saved)) = kept {
        crate::stored_runs::keep(F::MODEL, &saved).await;
    }
    Ok(())
}

/// The judge's score of the run's images now.
async fn judged<F: EngineGan>(trainer: &GanTrainer<F>) -> ScoreReport {
    let pixels = trainer.judged_images().await?;
    crate::judge::score(trainer.epochs_done(), &pixels).await
}

/// Pictures now.
pub async fn pictures<F: EngineGan>() -> Result<(), Failure> {
    let (result, current) = F::slot().lend(async |run| pictures_of(run).await).await?;
    if current {
        send::<F>(&GanEvent::Pictures(result?));
    }
    Ok(())
}

async fn saved<F: EngineGan>(trainer: &GanTrainer<F>) -> Result<Saved, Failure> {
    Ok(Saved {
        bytes: trainer.save_async().await?,
        file_name: format!(
            "generativa-{}-epoch-{}-step-{}.ckpt",
            F::MODEL,
            trainer.epochs_done(),
            trainer.step_in_epoch()
        ),
        steps: trainer.steps_total(),
        epochs: trainer.epochs_done() as u32,
    })
}

/// The run as a checkpoint file (its tensors read asynchronously, so on any backend).
pub async fn save<F: EngineGan>() -> Result<Saved, Failure> {
    F::slot().lend(async |run| saved(run).await).await?.0
}

/// A run from a checkpoint file; the current run stays if the file is refused.
pub async fn load<F: EngineGan>(bytes: Vec<u8>) -> Result<(), Failure> {
    let device = run_device::<F>().await?;
    let trainer = GanTrainer::<F>::load(&bytes, data()?, &device)?;
    let history = trainer.history();
    let loaded = GanLoaded {
        ready: ready_of(&trainer),
        epochs_done: trainer.epochs_done() as u32,
        step_in_epoch: trainer.step_in_epoch() as u32,
        finished: trainer.finished(),
        steps: GanNumbers::from_curves(history.curves.side_by_side()),
        scores: history.scores.clone(),
    };
    let pictures = pictures_of(&trainer).await;
    F::slot().replace(trainer);
    send::<F>(&GanEvent::Loaded(loaded));
    send::<F>(&GanEvent::Pictures(pictures?));
    Ok(())
}

/// The settings every family's config shares, as the page names them (the family adds its
/// own switches).
pub fn shared_settings(config: &impl GanRunConfig) -> GanSettings {
    GanSettings {
        epochs: config.epochs() as u32,
        batch_size: config.batch_size() as u32,
        generator_learning_rate: config.generator_learning_rate(),
        discriminator_learning_rate: config.discriminator_learning_rate(),
        optimizer: page_optimizer(config.optimizer()),
        seed: config.seed(),
        dcgan: None,
        train_images: (config.train_images() < 55_000).then(|| config.train_images() as u32),
    }
}
