//! The lecture's VAE in the engine (slides 1.1–1.10): one seeded run on the loaded
//! Fashion-MNIST, trained in batches of steps on the page's request; epochs end with the
//! validation loss and fresh pictures. Also the sampling layer on its own (slide 1.6).

use std::cell::RefCell;

use generativa_core::vae::{
    LayerSummary, OptimizerKind, ReconstructionLoss, VaeError, VaeTrainer, VaeTrainingConfig,
    VariationalAutoencoderConfig, sample_one_coding, summary_of,
};
use generativa_protocol::{
    FromEngine, VaeEpoch, VaeLayer, VaeOptimizer, VaePicturesMessage, VaeProgress, VaeReady,
    VaeReconstruction, VaeSettings, VaeStep, VaeTwice,
};

use crate::engine::{STATE, now_ms, post, sleep_ms};
use crate::slot::{Slot, Unavailable};
use wasm_bindgen::JsCast;

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
    static VAE: RefCell<Slot<VaeTrainer>> = RefCell::new(Slot::default());
}

fn fail(message: impl Into<String>) {
    post(&FromEngine::VaeFailed {
        message: message.into(),
        diverged: false,
    });
}

fn fail_with(error: &VaeError) {
    post(&FromEngine::VaeFailed {
        message: error.to_string(),
        diverged: matches!(error, VaeError::NotFinite { .. }),
    });
}

fn grey(values: &[f32]) -> Vec<u8> {
    values
        .iter()
        .map(|v| (v.clamp(0.0, 1.0) * 255.0).round() as u8)
        .collect()
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

/// Waits (up to a minute) until no training request holds the run, then takes it.
async fn take_when_idle() -> Option<(VaeTrainer, u64)> {
    for _ in 0..3_000 {
        if !VAE.with(|v| v.borrow().busy()) {
            break;
        }
        sleep_ms(20).await;
    }
    take()
}

/// Takes the run out for an async job; None (with a message sent) when there is none or it is
/// busy.
fn take() -> Option<(VaeTrainer, u64)> {
    match VAE.with(|v| v.borrow_mut().take()) {
        Ok(t) => Some(t),
        Err(Unavailable::Busy) => {
            fail("el autoencoder ya está trabajando; espera a que termine");
            None
        }
        Err(Unavailable::Empty) => {
            fail("todavía no hay un autoencoder: carga los datos y pulsa «Empezar»");
            None
        }
    }
}

/// Puts the run back unless a new one replaced it meanwhile; says whether it was put back.
fn put_back(trainer: VaeTrainer, generation: u64) -> bool {
    VAE.with(|v| v.borrow_mut().put_back(trainer, generation))
}

async fn pictures_of(
    trainer: &VaeTrainer,
    sample_seed: u64,
) -> Result<VaePicturesMessage, VaeError> {
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

/// The engine's wasm memory (a WebAssembly memory never shrinks, so this is the peak).
fn memory_bytes() -> u64 {
    wasm_bindgen::memory()
        .dyn_into::<js_sys::WebAssembly::Memory>()
        .map(|m| {
            m.buffer()
                .unchecked_into::<js_sys::ArrayBuffer>()
                .byte_length() as u64
        })
        .unwrap_or(0)
}

/// A new run; a refused setting or missing data keeps the old run and says why.
pub async fn start(settings: VaeSettings) {
    let (device, data) = STATE.with(|s| {
        let s = s.borrow();
        (s.device.clone(), s.data.clone())
    });
    let Some(device) = device else {
        return fail("el motor todavía no eligió un backend; espera un momento");
    };
    let Some(data) = data else {
        return fail("primero carga Fashion-MNIST (botón «Cargar Fashion-MNIST»)");
    };
    let trainer = match VaeTrainer::new(config_of(&settings), data, &device) {
        Ok(t) => t,
        Err(e) => return fail_with(&e),
    };
    let ready = VaeReady {
        settings,
        layers: layers(trainer.summary()),
        train_size: trainer.train_size() as u32,
        steps_per_epoch: trainer.steps_per_epoch() as u32,
    };
    VAE.with(|v| v.borrow_mut().replace(trainer));
    // No pictures yet: on WebGPU their kernels take a while to compile, and the first training
    // step should not wait for them. The page asks for them after the first step.
    post(&FromEngine::VaeReady(ready));
}

/// Up to `steps` steps; closes the epoch when it ends.
pub async fn train(steps: u32) {
    let Some((mut trainer, generation)) = take_when_idle().await else {
        return;
    };
    let started = now_ms();
    let outcome = trainer
        .train_steps(steps.clamp(1, MAX_STEPS) as usize)
        .await;
    let train_millis = now_ms() - started;
    let mut epoch = None;
    let mut pictures = None;
    let result = match outcome {
        Ok(done) if trainer.epoch_complete() => match trainer.end_epoch().await {
            Ok(report) => {
                epoch = Some(VaeEpoch {
                    epoch: report.epoch as u32,
                    train_total: report.train.total,
                    train_reconstruction: report.train.reconstruction,
                    train_latent: report.train.latent,
                    valid_total: report.validation.total,
                    valid_reconstruction: report.validation.reconstruction,
                    valid_latent: report.validation.latent,
                });
                pictures = Some(pictures_of(&trainer, 0).await);
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
    if !put_back(trainer, generation) {
        return; // a new run replaced this one
    }
    match progress {
        Ok(p) => post(&FromEngine::VaeProgress(p)),
        Err(e) => return fail_with(&e),
    }
    match pictures {
        Some(Ok(p)) => post(&FromEngine::VaePictures(p)),
        Some(Err(e)) => fail_with(&e),
        None => {}
    }
}

/// Pictures now.
pub async fn pictures(sample_seed: u64) {
    let Some((trainer, generation)) = take_when_idle().await else {
        return;
    };
    let result = pictures_of(&trainer, sample_seed).await;
    if put_back(trainer, generation) {
        match result {
            Ok(p) => post(&FromEngine::VaePictures(p)),
            Err(e) => fail_with(&e),
        }
    }
}

/// Validation image `index` encoded twice.
pub async fn twice(index: u32) {
    let Some((trainer, generation)) = take_when_idle().await else {
        return;
    };
    let result = trainer.encode_twice(index as usize).await;
    let label = {
        let data = trainer.data();
        let k = data.train.len() - generativa_core::data::VALIDATION_SIZE
            + index as usize % generativa_core::data::VALIDATION_SIZE;
        data.train.labels.get(k).copied().unwrap_or(0)
    };
    if put_back(trainer, generation) {
        match result {
            Ok(t) => post(&FromEngine::VaeTwice(VaeTwice {
                index,
                label,
                original: grey(&t.original),
                mean: t.mean,
                sigma: t.sigma,
                codings: t.codings.to_vec(),
                reconstructions: t.reconstructions.iter().map(|r| grey(r)).collect(),
            })),
            Err(e) => fail_with(&e),
        }
    }
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
pub fn describe() {
    let current = VAE.with(|v| v.borrow().get().map(VaeTrainer::summary));
    let summary = match current {
        Some(s) => s,
        None => {
            let Some(device) = STATE.with(|s| s.borrow().device.clone()) else {
                return fail("el motor todavía no eligió un backend; espera un momento");
            };
            summary_of(&VariationalAutoencoderConfig::new().init(&device))
        }
    };
    post(&FromEngine::VaeLayers {
        layers: layers(summary),
    });
}

/// Draws of the sampling layer (needs no data).
pub async fn sample(mean: f32, log_var: f32, count: u32) {
    let Some(device) = STATE.with(|s| s.borrow().device.clone()) else {
        return fail("el motor todavía no eligió un backend; espera un momento");
    };
    if !(mean.is_finite()
        && log_var.is_finite()
        && (-20.0..=20.0).contains(&log_var)
        && mean.abs() <= 1e3)
    {
        return fail(format!(
            "μ y γ deben ser números razonables (|μ| ≤ 1000, −20 ≤ γ ≤ 20); se recibió μ = {mean}, γ = {log_var}"
        ));
    }
    let count = count.clamp(1, 100_000) as usize;
    match sample_one_coding(mean, log_var, count, &device).await {
        Ok(values) => post(&FromEngine::VaeSamples {
            mean,
            log_var,
            values,
        }),
        Err(e) => fail(format!("no se pudieron leer las muestras: {e:?}")),
    }
}
