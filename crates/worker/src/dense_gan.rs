//! The lecture's dense GAN in the engine (slides 1.29–1.33): the run every image GAN shares
//! ([`crate::gan_engine`]), and its own looking labs — the step-mode copy that runs one phase
//! at a time (1.31–1.32), D's verdicts (1.30) and the generator on the page's codings (1.29).

use std::rc::Rc;

use generativa_core::dense_gan::step_mode::Fingerprints;
use generativa_core::dense_gan::{DenseGan, DenseGanTrainer, DenseGanTrainingConfig};
use generativa_protocol::GanNumbers;
use generativa_protocol::dense_gan::{
    GanCommand, GanEvent, GanFingerprints, GanGenerated, GanPhaseOne, GanPhaseTwo, GanSettings,
    GanStepSession, GanVerdicts, MODEL,
};
use generativa_protocol::{Failure, FromEngine, ModelMessage};

use crate::context::{data, grey, post};
use crate::families::{Family, Job, Saved};
use crate::gan_engine::{self, EngineGan, optimizer_of, shared_settings};
use crate::run_slot::RunSlot;

/// The dense GAN's entry points.
pub const FAMILY: Family = Family {
    model: MODEL,
    handle: |m| -> Job<()> { Box::pin(handle(m)) },
    save: || -> Job<Result<Saved, Failure>> { Box::pin(gan_engine::save::<DenseGan>()) },
    load: |bytes| -> Job<Result<(), Failure>> { Box::pin(gan_engine::load::<DenseGan>(bytes)) },
};

/// Images strip of the fixed-coding and verdict views (slide 1.30).
const VERDICT_IMAGES: usize = 8;

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

fn send(event: &GanEvent) {
    gan_engine::send::<DenseGan>(event);
}

fn fail(failure: impl Into<Failure>) {
    post(&FromEngine::failed(MODEL, failure));
}

impl EngineGan for DenseGan {
    fn slot() -> Rc<RunSlot<DenseGanTrainer>> {
        slot()
    }

    fn config_of(s: &GanSettings) -> DenseGanTrainingConfig {
        DenseGanTrainingConfig::new()
            .with_epochs(s.epochs as usize)
            .with_batch_size(s.batch_size as usize)
            .with_generator_learning_rate(s.generator_learning_rate)
            .with_discriminator_learning_rate(s.discriminator_learning_rate)
            .with_optimizer(optimizer_of(s.optimizer))
            .with_seed(s.seed)
    }

    fn settings_of(config: &DenseGanTrainingConfig) -> GanSettings {
        shared_settings(config)
    }
}

async fn handle(message: ModelMessage) {
    let Some(command) = message.body::<GanCommand>() else {
        return fail(Failure::BadRequest("not a dense GAN command".into()));
    };
    let result = match command {
        GanCommand::Start(settings) => gan_engine::start::<DenseGan>(settings).await,
        GanCommand::Train { steps } => gan_engine::train::<DenseGan>(steps).await,
        GanCommand::Pictures => gan_engine::pictures::<DenseGan>().await,
        GanCommand::StepBegin => step_begin().await,
        GanCommand::StepPhase { phase } => step_phase(phase).await,
        GanCommand::Verdicts => verdicts().await,
        GanCommand::Generate { request, codings } => generate(request, codings).await,
        GanCommand::Describe(_) | GanCommand::Maps { .. } => Err(Failure::BadRequest(
            "Describe and Maps are the DCGAN's (slide 1.34)".into(),
        )),
    };
    if let Err(failure) = result {
        fail(failure);
    }
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
    let device = gan_engine::run_device::<DenseGan>().await?;
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
                numbers: GanNumbers::new(
                    trainer.steps_total(),
                    [
                        v.step.discriminator_loss,
                        v.step.generator_loss,
                        v.step.d_real,
                        v.step.d_fake,
                    ],
                ),
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
