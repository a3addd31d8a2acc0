//! The progressive GAN in the engine (slides 1.35–1.39): one seeded run on the loaded
//! Fashion-MNIST, trained in batches of steps on the page's request. The time of every level is
//! kept; when a level's last phase ends its fixed codings' images are kept too, and at the end
//! of the growth the judge scores the 32 × 32 generator. The three looking labs read the live
//! networks (the fade-in's paths, the minibatch standard deviation, pixel normalisation).

use std::rc::Rc;

use generativa_core::burn::module::Module;
use generativa_core::burn::tensor::Device;
use generativa_core::progan::{
    LevelPictures, Phase, ProganDiscriminatorConfig, ProganGeneratorConfig, ProganTrainer,
    ProganTrainingConfig,
};
use generativa_protocol::GanNumbers;
use generativa_protocol::progan::{
    MODEL, ProganCommand, ProganEvent, ProganFade, ProganImages, ProganLoaded, ProganPhase,
    ProganPictures, ProganProgress, ProganReady, ProganSettings, ProganStage,
};
use generativa_protocol::{Failure, FromEngine, ModelMessage};

use crate::context::{data, memory_bytes, now_ms, post};
use crate::families::{Family, Job, Saved};
use crate::run_backend::{RunSize, device_for};
use crate::run_slot::RunSlot;

/// The most steps one request may ask for.
const MAX_STEPS: u32 = 2_000;

/// The progressive GAN's entry points.
pub const FAMILY: Family = Family {
    model: MODEL,
    handle: |m| -> Job<()> { Box::pin(handle(m)) },
    save: || -> Job<Result<Saved, Failure>> { Box::pin(save()) },
    load: |bytes| -> Job<Result<(), Failure>> { Box::pin(load(bytes)) },
};

thread_local! {
    /// The run.
    static RUN: Rc<RunSlot<ProganTrainer>> = Rc::default();
}

fn send(event: &ProganEvent) {
    post(&FromEngine::model(MODEL, event));
}

/// The core's config for the page's settings.
fn config_of(s: &ProganSettings) -> ProganTrainingConfig {
    let generator = ProganGeneratorConfig::new().with_pixel_norm(s.pixel_norm);
    let discriminator = ProganDiscriminatorConfig::new()
        .with_channels(generator.channels.clone())
        .with_minibatch_std(s.minibatch_std);
    ProganTrainingConfig::new(generator, discriminator)
        .with_batch_size(s.batch_size as usize)
        .with_learning_rate(s.learning_rate)
        .with_seed(s.seed)
        .with_stable_images(s.stable_images.iter().map(|&n| n as usize).collect())
        .with_fade_images(s.fade_images.iter().map(|&n| n as usize).collect())
}

/// The page's settings of a run's config.
fn settings_of(c: &ProganTrainingConfig) -> ProganSettings {
    ProganSettings {
        batch_size: c.batch_size as u32,
        learning_rate: c.learning_rate,
        seed: c.seed,
        stable_images: c.stable_images.iter().map(|&n| n as u32).collect(),
        fade_images: c.fade_images.iter().map(|&n| n as u32).collect(),
        minibatch_std: c.discriminator.minibatch_std,
        pixel_norm: c.generator.pixel_norm,
    }
}

fn ready_of(trainer: &ProganTrainer) -> ProganReady {
    let config = trainer.config();
    ProganReady {
        settings: settings_of(config),
        channels: config
            .generator
            .channels
            .iter()
            .map(|&c| c as u32)
            .collect(),
        codings_size: config.generator.codings_size as u32,
        phases: trainer
            .growth()
            .phases()
            .into_iter()
            .map(|(level, phase, images)| ProganPhase {
                level: level as u32,
                fade: phase == Phase::Fade,
                images: images as u32,
            })
            .collect(),
        generator_params: trainer.generator().num_params() as u64,
        discriminator_params: trainer.discriminator().num_params() as u64,
    }
}

fn stage_of(trainer: &ProganTrainer) -> ProganStage {
    let position = trainer.position();
    ProganStage {
        images_done: trainer.images_done() as u64,
        level: position.stage.level as u32,
        alpha: position.stage.alpha,
        fading: position.phase == Phase::Fade && !trainer.finished(),
        finished: trainer.finished(),
    }
}

fn images_of(pictures: &LevelPictures) -> ProganImages {
    ProganImages {
        level: pictures.level as u32,
        side: pictures.side as u32,
        images: pictures.images.clone(),
    }
}

/// Milliseconds per step of a short run on `device` at 32 × 32 (the level that takes most of a
/// growth's time), after one step there that compiles its kernels.
async fn time_step(device: Device) -> Result<f64, Failure> {
    let settings = ProganSettings {
        stable_images: vec![16, 16, 16, 48],
        fade_images: vec![16, 16, 16],
        ..ProganSettings::default()
    };
    let mut trainer = ProganTrainer::new(config_of(&settings), data()?, &device)?;
    trainer.train_steps(7).await?;
    let started = now_ms();
    trainer.train_steps(2).await?;
    Ok((now_ms() - started) / 2.0)
}

/// The device a new run trains on (calibrated the first time).
async fn run_device() -> Result<Device, Failure> {
    device_for(
        MODEL,
        &RunSize::Large {
            time_step: |device| -> Job<Result<f64, Failure>> { Box::pin(time_step(device)) },
        },
    )
    .await
}

async fn handle(message: ModelMessage) {
    let Some(command) = message.body::<ProganCommand>() else {
        return post(&FromEngine::failed(
            MODEL,
            Failure::BadRequest("not a progressive-GAN command".into()),
        ));
    };
    let result = match command {
        ProganCommand::Start(settings) => start(settings).await,
        ProganCommand::Train { steps } => train(steps).await,
        ProganCommand::Pictures => pictures().await,
        ProganCommand::Fade { level, alpha } => fade(level, alpha).await,
        ProganCommand::MinibatchStd => minibatch_std().await,
        ProganCommand::PixelNorm { level } => pixel_norm(level).await,
    };
    if let Err(failure) = result {
        post(&FromEngine::failed(MODEL, failure));
    }
}

/// A new run; refused settings or missing data keep the old run and say why.
async fn start(settings: ProganSettings) -> Result<(), Failure> {
    let config = config_of(&settings);
    config.validate()?;
    let device = run_device().await?;
    let trainer = ProganTrainer::new(config, data()?, &device)?;
    let ready = ready_of(&trainer);
    RUN.with(Rc::clone).replace(trainer);
    send(&ProganEvent::Ready(ready));
    Ok(())
}

/// The fixed codings' images now, with those kept at each level's end.
async fn pictures_of(trainer: &ProganTrainer) -> Result<ProganPictures, Failure> {
    let (stage, images) = trainer.pictures().await?;
    Ok(ProganPictures {
        stage: stage_of(trainer),
        now: ProganImages {
            level: stage.level as u32,
            side: stage.side() as u32,
            images,
        },
        levels: trainer.history().levels.iter().map(images_of).collect(),
    })
}

/// Up to `steps` steps; the time goes to the levels trained; when a level ends its pictures
/// are kept; at the end of the growth, the judge's score and a copy in the browser's storage.
async fn train(steps: u32) -> Result<(), Failure> {
    let slot = RUN.with(Rc::clone);
    let mut lent = slot.take_in_turn().await?;
    let trainer = &mut lent.run;
    let before = trainer.position().stage;
    let started = now_ms();
    let outcome = trainer
        .train_steps(steps.clamp(1, MAX_STEPS) as usize)
        .await;
    let train_millis = now_ms() - started;
    let after = trainer.position().stage;
    let finished = trainer.finished();
    // The time is shared between the levels by the steps each one had.
    if let Ok(done) = &outcome {
        let n = done.len().max(1) as f64;
        for level in before.level..=after.level {
            let share = done.iter().filter(|s| s.stage.level == level).count() as f64 / n;
            trainer.add_level_time(level, train_millis * share);
        }
    }
    let level_ended = after.level > before.level || finished;
    let (mut pictures, mut scored, mut kept) = (None, None, None);
    if outcome.is_ok() && level_ended {
        // Every level just left (a batch of tiny phases may cross several), drawn by the
        // generator as it now is at that level.
        let last = if finished {
            after.level
        } else {
            after.level - 1
        };
        for level in before.level..=last {
            if let Ok(p) = trainer.level_pictures(level).await {
                trainer.keep_level_pictures(p);
            }
        }
        pictures = Some(pictures_of(trainer).await);
        if finished {
            let report = judged(trainer).await;
            if let Ok(s) = &report {
                trainer.record_score(s.score.clone());
            }
            scored = Some(report);
        }
        kept = Some(saved(trainer).await);
    }
    let progress = outcome.map(|done| ProganProgress {
        steps: done
            .iter()
            .map(|s| {
                GanNumbers::new(
                    s.images as u64,
                    [s.discriminator_loss, s.generator_loss, s.d_real, s.d_fake],
                )
            })
            .collect(),
        stage: stage_of(trainer),
        train_millis,
        level_millis: trainer.history().level_millis.clone(),
        memory_bytes: memory_bytes(),
    });
    if !slot.put_back(lent) {
        return Ok(()); // a new run replaced this one
    }
    send(&ProganEvent::Progress(progress?));
    if let Some(p) = pictures {
        send(&ProganEvent::Pictures(p?));
    }
    if let Some(report) = scored {
        send(&ProganEvent::Scored(report));
    }
    if let Some(Ok(saved)) = kept {
        crate::stored_runs::keep(MODEL, &saved).await;
    }
    Ok(())
}

/// The judge's score of the grown generator (epoch = levels of the schedule).
async fn judged(trainer: &ProganTrainer) -> generativa_protocol::judge::ScoreReport {
    let pixels = trainer.judged_images().await?;
    crate::judge::score(trainer.growth().levels(), &pixels).await
}

/// Pictures now.
async fn pictures() -> Result<(), Failure> {
    let slot = RUN.with(Rc::clone);
    let (result, current) = slot.lend(async |run| pictures_of(run).await).await?;
    if current {
        send(&ProganEvent::Pictures(result?));
    }
    Ok(())
}

/// The level asked for by a looking lab, checked against the run's.
fn level_within(level: u32, lowest: u32, trainer: &ProganTrainer) -> Result<usize, Failure> {
    let highest = trainer.growth().levels() as u32 - 1;
    if level < lowest || level > highest {
        return Err(Failure::BadRequest(format!(
            "level {level}: this run's levels are {lowest}–{highest}"
        )));
    }
    Ok(level as usize)
}

/// Slide 1.37: both paths of `level` and their blend at `alpha`.
async fn fade(level: u32, alpha: f32) -> Result<(), Failure> {
    if !(0.0..=1.0).contains(&alpha) {
        return Err(Failure::BadRequest(format!("α {alpha}: it is 0–1")));
    }
    let slot = RUN.with(Rc::clone);
    let (result, current) = slot
        .lend(async |run| {
            let level = level_within(level, 1, run)?;
            let look = run.fade_look(level, alpha).await?;
            let images = |images: Vec<Vec<u8>>| ProganImages {
                level: look.level as u32,
                side: look.side as u32,
                images,
            };
            Ok::<_, Failure>(ProganFade {
                alpha,
                old: images(look.old),
                new: images(look.new),
                blend: images(look.blend),
            })
        })
        .await?;
    if current {
        send(&ProganEvent::Fade(result?));
    }
    Ok(())
}

/// Slide 1.38's three values.
async fn minibatch_std() -> Result<(), Failure> {
    let slot = RUN.with(Rc::clone);
    let (result, current) = slot.lend(async |run| run.std_values().await).await?;
    if current {
        send(&ProganEvent::MinibatchStd(result?));
    }
    Ok(())
}

/// Slide 1.39's vectors at `level`.
async fn pixel_norm(level: u32) -> Result<(), Failure> {
    let slot = RUN.with(Rc::clone);
    let (result, current) = slot
        .lend(async |run| {
            let level = level_within(level, 0, run)?;
            Ok::<_, Failure>(run.pixel_norm_look(level).await?)
        })
        .await?;
    if current {
        send(&ProganEvent::PixelNorm(result?));
    }
    Ok(())
}

async fn saved(trainer: &ProganTrainer) -> Result<Saved, Failure> {
    let stage = trainer.position().stage;
    Ok(Saved {
        bytes: trainer.save_async().await?,
        file_name: format!(
            "generativa-{MODEL}-{side}x{side}-{images}-images.ckpt",
            side = stage.side(),
            images = trainer.images_done()
        ),
        steps: (trainer.images_done() / trainer.config().batch_size.max(1)) as u64,
        // A growth has levels, not epochs: the stored-run line tells its steps only (the
        // file name tells the level).
        epochs: 0,
    })
}

/// The run as a checkpoint file.
async fn save() -> Result<Saved, Failure> {
    RUN.with(Rc::clone)
        .lend(async |run| saved(run).await)
        .await?
        .0
}

/// A run from a checkpoint file; the current run stays if the file is refused.
async fn load(bytes: Vec<u8>) -> Result<(), Failure> {
    let device = run_device().await?;
    let trainer = ProganTrainer::load(&bytes, data()?, &device)?;
    let history = trainer.history();
    let loaded = ProganLoaded {
        ready: ready_of(&trainer),
        stage: stage_of(&trainer),
        steps: GanNumbers::from_curves(history.curves.side_by_side()),
        level_millis: history.level_millis.clone(),
    };
    let score = history.score.clone().map(|score| {
        Ok(generativa_core::judge::EpochScore {
            epoch: trainer.growth().levels() as u32,
            score,
        })
    });
    let pictures = pictures_of(&trainer).await;
    RUN.with(Rc::clone).replace(trainer);
    send(&ProganEvent::Loaded(loaded));
    send(&ProganEvent::Pictures(pictures?));
    if let Some(report) = score {
        send(&ProganEvent::Scored(report));
    }
    Ok(())
}
