//! The lecture's dense GAN in the engine (slides 1.29–1.33): one seeded run on the loaded
//! Fashion-MNIST, trained in batches of steps (both phases each) on the page's request; at each
//! epoch's end the latest fakes and the fixed codings' images go to the page, and the run is
//! kept in the browser. Holding the run, saving and loading are the shared ones.

use std::rc::Rc;

use generativa_core::burn::module::Module;
use generativa_core::burn::tensor::Device;
use generativa_core::dense_gan::step_mode::Fingerprints;
use generativa_core::dense_gan::{DenseGanTrainer, DenseGanTrainingConfig};
use generativa_core::optim::OptimizerKind;
use generativa_protocol::dense_gan::{
    GanCommand, GanEvent, GanFingerprints, GanGenerated, GanLoaded, GanOptimizer, GanPhaseOne,
    GanPhaseTwo, GanPicturesMessage, GanProgress, GanReady, GanSettings, GanStepNumbers,
    GanStepSession, GanVerdicts, MODEL,
};
use generativa_protocol::judge::ScoreReport;
use generativa_protocol::{Failure, FromEngine, ModelMessage};

use crate::context::{data, grey, memory_bytes, now_ms, post};
use crate::families::{Family, Job, Saved};
use crate::run_backend::{RunSize, device_for};
use crate::run_slot::RunSlot;

/// The dense GAN's entry points.
pub const FAMILY: Family = Family {
    model: MODEL,
    handle: |m| -> Job<()> { Box::pin(handle(m)) },
    save: || -> Job<Result<Saved, Failure>> { Box::pin(save()) },
    load: |bytes| -> Job<Result<(), Failure>> { Box::pin(load(bytes)) },
};

/// Large enough to calibrate: a few real steps on each backend.
const SIZE: RunSize = RunSize::Large {
    time_step: |device| -> Job<Result<f64, Failure>> { Box::pin(time_step(device)) },
};

/// The most steps one request may ask for.
const MAX_STEPS: u32 = 2_000;

/// Images of the fixed codings (one film-strip frame per epoch).
const FILM: usize = 8;

thread_local! {
    /// The run.
    static GAN: Rc<RunSlot<DenseGanTrainer>> = Rc::default();
    /// The step-mode copy (slides 1.31–1.32): never saved, never kept.
    static STEP: Rc<RunSlot<DenseGanTrainer>> = Rc::default();
}

fn slot() -> Rc<RunSlot<DenseGanTrainer>> {
    GAN.with(Rc::clone)
}

fn step_slot() -> Rc<RunSlot<DenseGanTrainer>> {
    STEP.with(Rc::clone)
}

/// Images strip of the fixed-coding and verdict views (slide 1.30).
const VERDICT_IMAGES: usize = 8;

fn send(event: &GanEvent) {
    post(&FromEngine::model(MODEL, event));
}

fn fail(failure: impl Into<Failure>) {
    post(&FromEngine::failed(MODEL, failure));
}

/// Milliseconds per step of a fresh lecture run on `device`, after one step that compiles the
/// kernels.
async fn time_step(device: Device) -> Result<f64, Failure> {
    let mut trainer = DenseGanTrainer::new(DenseGanTrainingConfig::new(), data()?, &device)?;
    trainer.train_steps(1).await?;
    let started = now_ms();
    trainer.train_steps(3).await?;
    Ok((now_ms() - started) / 3.0)
}

fn config_of(s: &GanSettings) -> DenseGanTrainingConfig {
    DenseGanTrainingConfig::new()
        .with_epochs(s.epochs as usize)
        .with_batch_size(s.batch_size as usize)
        .with_generator_learning_rate(s.generator_learning_rate)
        .with_discriminator_learning_rate(s.discriminator_learning_rate)
        .with_optimizer(match s.optimizer {
            GanOptimizer::RmsProp => OptimizerKind::RmsProp,
            GanOptimizer::Nadam => OptimizerKind::Nadam,
            GanOptimizer::Adam => OptimizerKind::Adam,
        })
        .with_seed(s.seed)
}

fn ready_of(trainer: &DenseGanTrainer) -> GanReady {
    let c = trainer.config();
    GanReady {
        settings: GanSettings {
            epochs: c.epochs as u32,
            batch_size: c.batch_size as u32,
            generator_learning_rate: c.generator_learning_rate,
            discriminator_learning_rate: c.discriminator_learning_rate,
            optimizer: match c.optimizer {
                OptimizerKind::RmsProp => GanOptimizer::RmsProp,
                OptimizerKind::Nadam => GanOptimizer::Nadam,
                OptimizerKind::Adam => GanOptimizer::Adam,
            },
            seed: c.seed,
        },
        steps_per_epoch: trainer.steps_per_epoch() as u32,
        generator_params: trainer.generator().num_params() as u64,
        discriminator_params: trainer.discriminator().num_params() as u64,
    }
}

async fn pictures_of(trainer: &DenseGanTrainer) -> Result<GanPicturesMessage, Failure> {
    let p = trainer.pictures(FILM).await?;
    Ok(GanPicturesMessage {
        epochs_done: trainer.epochs_done() as u32,
        fakes: p.fakes.iter().map(|v| grey(v)).collect(),
        film: p.film.iter().map(|v| grey(v)).collect(),
    })
}

async fn handle(message: ModelMessage) {
    let Some(command) = message.body::<GanCommand>() else {
        return fail(Failure::BadRequest("not a dense GAN command".into()));
    };
    let result = match command {
        GanCommand::Start(settings) => start(settings).await,
        GanCommand::Train { steps } => train(steps).await,
        GanCommand::Pictures => pictures().await,
        GanCommand::StepBegin => step_begin().await,
        GanCommand::StepPhase { phase } => step_phase(phase).await,
        GanCommand::Verdicts => verdicts().await,
        GanCommand::Generate { request, codings } => generate(request, codings).await,
    };
    if let Err(failure) = result {
        fail(failure);
    }
}

/// A new run; a refused setting or missing data keeps the old run and says why.
async fn start(settings: GanSettings) -> Result<(), Failure> {
    let device = device_for(MODEL, &SIZE).await?;
    let trainer = DenseGanTrainer::new(config_of(&settings), data()?, &device)?;
    let ready = ready_of(&trainer);
    slot().replace(trainer);
    send(&GanEvent::Ready(ready));
    Ok(())
}

/// Up to `steps` steps; at an epoch's end, pictures and a copy in the browser's storage.
async fn train(steps: u32) -> Result<(), Failure> {
    let mut lent = slot().take_in_turn().await?;
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
            .map(|(k, s)| GanStepNumbers {
                step: first + k as u64 + 1,
                discriminator_loss: s.discriminator_loss,
                generator_loss: s.generator_loss,
                d_real: s.d_real,
                d_fake: s.d_fake,
            })
            .collect(),
        epochs_done: trainer.epochs_done() as u32,
        step_in_epoch: trainer.step_in_epoch() as u32,
        finished: trainer.finished(),
        train_millis,
        memory_bytes: memory_bytes(),
    });
    if !slot().put_back(lent) {
        return Ok(()); // a new run replaced this one
    }
    send(&GanEvent::Progress(progress?));
    if let Some(p) = pictures {
        send(&GanEvent::Pictures(p?));
    }
    if let Some(report) = scored {
        send(&GanEvent::Scored(report));
    }
    if let Some(Ok(saved)) = kept {
        crate::stored_runs::keep(MODEL, &saved).await;
    }
    Ok(())
}

fn fingerprints_of(f: Fingerprints) -> GanFingerprints {
    GanFingerprints {
        generator: f.generator,
        discriminator: f.discriminator,
    }
}

fn images_of(images: &[Vec<f32>]) -> Vec<Vec<u8>> {
    images.iter().map(|v| grey(v)).collect()
}

/// A new step-mode copy: the student's run as it is now (through its checkpoint, so the run
/// itself is untouched), or a fresh run with the lecture's settings.
async fn step_begin() -> Result<(), Failure> {
    let device = device_for(MODEL, &SIZE).await?;
    let copied = match slot().lend(async |run| run.save_async().await).await {
        Ok((bytes, _)) => Some(bytes?),
        Err(Failure::NoRun) => None,
        Err(other) => return Err(other),
    };
    let mut trainer = match &copied {
        Some(bytes) => DenseGanTrainer::load(bytes, data()?, &device)?,
        None => DenseGanTrainer::new(DenseGanTrainingConfig::new(), data()?, &device)?,
    };
    trainer.allow_one_more_epoch();
    let weights = fingerprints_of(trainer.fingerprints().await?);
    let session = GanStepSession {
        copy_of_run: copied.is_some(),
        epochs_done: trainer.epochs_done() as u32,
        step_in_epoch: trainer.step_in_epoch() as u32,
        weights,
    };
    step_slot().replace(trainer);
    send(&GanEvent::StepReady(session));
    Ok(())
}

/// One phase of the copy's next step.
async fn step_phase(phase: u8) -> Result<(), Failure> {
    let mut lent = step_slot().take_in_turn().await?;
    let trainer = &mut lent.run;
    trainer.allow_one_more_epoch();
    let event = match phase {
        1 => trainer.phase_one().await.map(|v| {
            GanEvent::PhaseOne(GanPhaseOne {
                epoch: v.epoch as u32,
                step: v.step as u32,
                images: images_of(&v.images),
                targets: v.targets,
                before: v.before,
                after: v.after,
                loss: v.loss,
                weights_before: fingerprints_of(v.weights_before),
                weights_after: fingerprints_of(v.weights_after),
            })
        }),
        2 => trainer.phase_two().await.map(|v| {
            GanEvent::PhaseTwo(GanPhaseTwo {
                numbers: GanStepNumbers {
                    step: trainer.steps_total(),
                    discriminator_loss: v.step.discriminator_loss,
                    generator_loss: v.step.generator_loss,
                    d_real: v.step.d_real,
                    d_fake: v.step.d_fake,
                },
                epochs_done: trainer.epochs_done() as u32,
                step_in_epoch: trainer.step_in_epoch() as u32,
                fakes: images_of(&v.fakes),
                targets: v.targets,
                before: v.before,
                after: v.after,
                loss: v.loss,
                weights_before: fingerprints_of(v.weights_before),
                weights_after: fingerprints_of(v.weights_after),
            })
        }),
        other => {
            step_slot().put_back(lent);
            return Err(Failure::BadRequest(format!("phase {other} (only 1 and 2)")));
        }
    };
    if step_slot().put_back(lent) {
        send(&event?);
    }
    Ok(())
}

/// D's verdicts on real and generated images, from the student's run.
async fn verdicts() -> Result<(), Failure> {
    let (result, current) = slot()
        .lend(async |run| -> Result<GanVerdicts, Failure> {
            let v = run.verdicts(VERDICT_IMAGES).await?;
            Ok(GanVerdicts {
                epochs_done: run.epochs_done() as u32,
                steps: run.steps_total(),
                reals: images_of(&v.reals),
                real: v.real,
                fakes: images_of(&v.fakes),
                fake: v.fake,
            })
        })
        .await?;
    if current {
        send(&GanEvent::Verdicts(result?));
    }
    Ok(())
}

/// The student's generator on the page's codings.
async fn generate(request: u32, codings: Vec<f32>) -> Result<(), Failure> {
    let (result, current) = slot()
        .lend(async |run| -> Result<GanGenerated, Failure> {
            let images = run.generate(&codings).await.map_err(|e| match e {
                generativa_core::run::RunError::Read(detail) => Failure::BadRequest(detail),
                other => Failure::Run(other),
            })?;
            Ok(GanGenerated {
                request,
                epochs_done: run.epochs_done() as u32,
                images: images_of(&images),
            })
        })
        .await?;
    if current {
        send(&GanEvent::Generated(result?));
    }
    Ok(())
}

/// The judge's score of the run's images now.
async fn judged(trainer: &DenseGanTrainer) -> ScoreReport {
    let pixels = trainer.judged_images().await?;
    crate::judge::score(trainer.epochs_done(), &pixels).await
}

/// Pictures now.
async fn pictures() -> Result<(), Failure> {
    let (result, current) = slot().lend(async |run| pictures_of(run).await).await?;
    if current {
        send(&GanEvent::Pictures(result?));
    }
    Ok(())
}

async fn saved(trainer: &DenseGanTrainer) -> Result<Saved, Failure> {
    Ok(Saved {
        bytes: trainer.save_async().await?,
        file_name: format!(
            "generativa-dense-gan-epoch-{}-step-{}.ckpt",
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
    let trainer = DenseGanTrainer::load(&bytes, data()?, &device)?;
    let history = trainer.history();
    let points = |c: &generativa_core::run::Curve| c.points().to_vec();
    let (d, g, real, fake) = (
        points(&history.discriminator_loss),
        points(&history.generator_loss),
        points(&history.d_real),
        points(&history.d_fake),
    );
    let steps = d
        .iter()
        .zip(&g)
        .zip(&real)
        .zip(&fake)
        .map(|(((d, g), r), f)| GanStepNumbers {
            step: d.x as u64,
            discriminator_loss: d.mean,
            generator_loss: g.mean,
            d_real: r.mean,
            d_fake: f.mean,
        })
        .collect();
    let loaded = GanLoaded {
        ready: ready_of(&trainer),
        epochs_done: trainer.epochs_done() as u32,
        step_in_epoch: trainer.step_in_epoch() as u32,
        finished: trainer.finished(),
        steps,
        scores: history.scores.clone(),
    };
    let pictures = pictures_of(&trainer).await;
    slot().replace(trainer);
    send(&GanEvent::Loaded(loaded));
    send(&GanEvent::Pictures(pictures?));
    Ok(())
}
