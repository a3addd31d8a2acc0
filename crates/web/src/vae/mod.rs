//! The lecture's VAE (slides 1.1–1.10) in the page: the run lives in the engine and is
//! mirrored here in signals of plain data; the page owns the loop (it asks for a batch of steps,
//! draws the answer, asks for the next while running). Labs read the run through context, so
//! it survives moving between slides 1.1–1.10.

pub mod architecture;
pub mod grey_image;
pub mod latent_loss_lab;
pub mod latent_map;
pub mod loss_charts;
pub mod sampling_lab;
pub mod sources;
pub mod summary_table;
pub mod training_lab;
pub mod twice_lab;

use generativa_protocol::vae::MODEL;
use generativa_protocol::{
    RunEvent, VaeCommand, VaeEpoch, VaeEvent, VaeLayer, VaePicturesMessage, VaeReady, VaeSettings,
    VaeStep, VaeTwice,
};
use leptos::prelude::*;

use crate::engine::{Engine, EngineStatus, batch_size};
use crate::wording;

/// The class names of Fashion-MNIST, in label order (Spanish).
pub const CLASSES: [&str; 10] = [
    "camiseta/top",
    "pantalón",
    "suéter",
    "vestido",
    "abrigo",
    "sandalia",
    "camisa",
    "tenis",
    "bolsa",
    "botín",
];

/// The run's state, as the page sees it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VaePhase {
    /// No run yet.
    Idle,
    /// Asked the engine for a new run.
    Starting,
    /// Training (a request may be in flight).
    Running,
    /// Stopped by the student.
    Paused,
    /// Every epoch done.
    Finished,
}

/// The VAE run, shared through context (see [`provide`]).
#[derive(Clone, Copy)]
pub struct VaeRun {
    /// The run's settings and architecture (None before the first start).
    pub ready: RwSignal<Option<VaeReady>>,
    /// The model's layers (the run's, or a fresh default model's before any run).
    pub layers: RwSignal<Vec<VaeLayer>>,
    /// Every step's losses, in order.
    pub steps: RwSignal<Vec<VaeStep>>,
    /// Every finished epoch's losses.
    pub epochs: RwSignal<Vec<VaeEpoch>>,
    /// The latest pictures.
    pub pictures: RwSignal<Option<VaePicturesMessage>>,
    /// Whether this run's first pictures were asked for.
    pictures_asked: RwSignal<bool>,
    /// How many runs have started: a pictures message drawn a task later is dropped when a new
    /// run started in between.
    runs: RwSignal<u64>,
    /// The latest "encode twice".
    pub twice: RwSignal<Option<VaeTwice>>,
    /// The latest draws of the sampling layer: (μ, γ, values).
    pub samples: RwSignal<Option<(f32, f32, Vec<f32>)>>,
    /// Phase.
    pub phase: RwSignal<VaePhase>,
    /// Whether a training request is in flight.
    pub busy: RwSignal<bool>,
    /// Epochs done.
    pub epochs_done: RwSignal<u32>,
    /// Steps done in the current epoch.
    pub step_in_epoch: RwSignal<u32>,
    /// Milliseconds of training so far (without validation).
    pub train_millis: RwSignal<f64>,
    /// Milliseconds of validation and pictures so far.
    pub other_millis: RwSignal<f64>,
    /// Milliseconds per step of each request (for the median and the time left).
    pub step_millis: RwSignal<Vec<f64>>,
    /// The engine's wasm memory at the last report, in bytes.
    pub memory_bytes: RwSignal<u64>,
    /// The last problem, until the next success.
    pub error: RwSignal<Option<String>>,
    /// Whether the run diverged (a non-finite loss): it can only be reset.
    pub diverged: RwSignal<bool>,
    batch: RwSignal<u32>,
}

impl VaeRun {
    /// No run.
    pub fn new() -> Self {
        Self {
            ready: RwSignal::new(None),
            layers: RwSignal::new(Vec::new()),
            steps: RwSignal::new(Vec::new()),
            epochs: RwSignal::new(Vec::new()),
            pictures: RwSignal::new(None),
            pictures_asked: RwSignal::new(false),
            runs: RwSignal::new(0),
            twice: RwSignal::new(None),
            samples: RwSignal::new(None),
            phase: RwSignal::new(VaePhase::Idle),
            busy: RwSignal::new(false),
            epochs_done: RwSignal::new(0),
            step_in_epoch: RwSignal::new(0),
            train_millis: RwSignal::new(0.0),
            other_millis: RwSignal::new(0.0),
            step_millis: RwSignal::new(Vec::new()),
            memory_bytes: RwSignal::new(0),
            error: RwSignal::new(None),
            diverged: RwSignal::new(false),
            batch: RwSignal::new(1),
        }
    }

    /// Resets every number of the page's mirror for a run that starts (or was loaded).
    fn clear(&self) {
        self.runs.update(|n| *n += 1);
        self.steps.set(Vec::new());
        self.epochs.set(Vec::new());
        self.twice.set(None);
        self.pictures.set(None);
        self.pictures_asked.set(false);
        self.epochs_done.set(0);
        self.step_in_epoch.set(0);
        self.train_millis.set(0.0);
        self.other_millis.set(0.0);
        self.step_millis.set(Vec::new());
        self.batch.set(1);
        self.busy.set(false);
        self.error.set(None);
        self.diverged.set(false);
    }

    /// Asks the engine for the model's layers once it can answer (the architecture pages).
    pub fn describe(&self, engine: &Engine) {
        if self.layers.with_untracked(Vec::is_empty)
            && engine.status.get() == EngineStatus::Ready
            && engine.backend.get().is_some()
        {
            engine.send_model(MODEL, &VaeCommand::Describe);
        }
    }

    /// A new run with `settings` (replaces the old one only if the engine accepts them).
    pub fn start(&self, engine: &Engine, settings: VaeSettings) {
        self.error.set(None);
        self.phase.set(VaePhase::Starting);
        engine.send_model(MODEL, &VaeCommand::Start(settings));
    }

    /// Trains (again) until every epoch is done or a pause.
    pub fn resume(&self, engine: &Engine) {
        if self.ready.get_untracked().is_none() || self.diverged.get_untracked() {
            return;
        }
        self.error.set(None);
        self.phase.set(VaePhase::Running);
        if !self.busy.get_untracked() {
            self.next(engine);
        }
    }

    /// Stops after the request in flight.
    pub fn pause(&self) {
        if self.phase.get_untracked() == VaePhase::Running {
            self.phase.set(VaePhase::Paused);
        }
    }

    /// Stops after the request in flight and keeps the run in the browser's storage.
    pub fn pause_and_keep(&self, engine: &Engine) {
        if self.phase.get_untracked() == VaePhase::Running {
            self.pause();
            engine.keep(MODEL);
        }
    }

    /// Asks for pictures now; `sample_seed` 0 keeps the run's fixed codings, another value draws
    /// new ones.
    pub fn refresh_pictures(&self, engine: &Engine, sample_seed: u64) {
        if self.ready.get_untracked().is_some() {
            engine.send_model(MODEL, &VaeCommand::Pictures { sample_seed });
        }
    }

    fn next(&self, engine: &Engine) {
        self.busy.set(true);
        engine.send_model(
            MODEL,
            &VaeCommand::Train {
                steps: self.batch.get_untracked(),
            },
        );
    }

    /// Median milliseconds per step so far.
    pub fn median_step_millis(&self) -> Option<f64> {
        self.step_millis.with(|v| {
            if v.is_empty() {
                return None;
            }
            let mut sorted = v.clone();
            sorted.sort_by(f64::total_cmp);
            Some(sorted[sorted.len() / 2])
        })
    }

    /// Handles the engine's VAE events.
    pub fn receive(&self, engine: &Engine, event: VaeEvent) {
        match event {
            VaeEvent::Ready(ready) => {
                self.clear();
                self.layers.set(ready.layers.clone());
                self.ready.set(Some(ready));
                self.phase.set(VaePhase::Running);
                self.next(engine);
            }
            VaeEvent::Loaded(loaded) => {
                // A checkpoint: the run stands where it was saved, paused until "Continuar".
                self.clear();
                self.pictures_asked.set(true);
                self.layers.set(loaded.ready.layers.clone());
                self.steps.set(loaded.steps);
                self.epochs.set(loaded.epochs);
                self.epochs_done.set(loaded.epochs_done);
                self.step_in_epoch.set(loaded.step_in_epoch);
                self.ready.set(Some(loaded.ready));
                self.phase.set(if loaded.finished {
                    VaePhase::Finished
                } else {
                    VaePhase::Paused
                });
            }
            VaeEvent::Progress(progress) => {
                self.busy.set(false);
                let n = progress.steps.len();
                if n > 0 {
                    let per_step = progress.train_millis / n as f64;
                    self.step_millis.update(|v| v.push(per_step));
                    self.batch.set(batch_size(per_step, 64));
                }
                self.memory_bytes.set(progress.memory_bytes);
                self.train_millis.update(|t| *t += progress.train_millis);
                self.other_millis.update(|t| *t += progress.other_millis);
                self.steps.update(|s| s.extend(progress.steps));
                if let Some(epoch) = progress.epoch {
                    self.epochs.update(|e| e.push(epoch));
                }
                self.epochs_done.set(progress.epochs_done);
                self.step_in_epoch.set(progress.step_in_epoch);
                if !self.pictures_asked.get_untracked() {
                    // The untrained model's pictures, once training is under way.
                    self.pictures_asked.set(true);
                    self.refresh_pictures(engine, 0);
                }
                if progress.finished {
                    self.phase.set(VaePhase::Finished);
                    engine.keep(MODEL);
                } else if self.phase.get_untracked() == VaePhase::Running {
                    self.next(engine);
                }
            }
            VaeEvent::Layers { layers } => self.layers.set(layers),
            VaeEvent::Pictures(p) => {
                // Drawn in a task of its own, so reading the message and repainting ~50 images
                // and the map never add up to one long main-thread task.
                let (pictures, runs) = (self.pictures, self.runs);
                let run = runs.get_untracked();
                let draw = move || {
                    if runs.get_untracked() == run {
                        pictures.set(Some(p));
                    }
                };
                set_timeout(draw, std::time::Duration::ZERO);
            }
            VaeEvent::Twice(t) => self.twice.set(Some(t)),
            VaeEvent::Samples {
                mean,
                log_var,
                values,
            } => self.samples.set(Some((mean, log_var, values))),
        }
    }

    /// Handles a failure (or a save) of the run.
    pub fn receive_run(&self, event: RunEvent) {
        let RunEvent::Failed(failure) = event else {
            return;
        };
        let diverged = failure.diverged();
        let was_training = self.busy.get_untracked();
        self.busy.set(false);
        let phase = self.phase.get_untracked();
        if diverged || phase == VaePhase::Starting || (was_training && phase == VaePhase::Running) {
            self.phase.set(if self.ready.get_untracked().is_some() {
                VaePhase::Paused
            } else {
                VaePhase::Idle
            });
        }
        // Only a new run (Ready) clears a divergence: the old run's weights stay NaN.
        if diverged {
            self.diverged.set(true);
        }
        self.error.set(Some(wording::failure(&failure)));
    }
}

/// Creates the VAE run, registers it with the engine for the VAE's events, and provides it as
/// context (the app calls this once).
pub fn provide(engine: Engine) {
    let run = VaeRun::new();
    engine.register_run(
        MODEL,
        move |event| run.receive(&engine, event),
        move |event| run.receive_run(event),
    );
    provide_context(run);
}

/// The VAE run from context.
pub fn use_vae() -> VaeRun {
    expect_context::<VaeRun>()
}

impl Default for VaeRun {
    fn default() -> Self {
        Self::new()
    }
}
