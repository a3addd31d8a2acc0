//! The lecture's VAE (slides 1.1–1.10) in the page: the run lives in the engine and is
//! mirrored here in signals of plain data; the page owns the loop (it asks for a batch of steps,
//! draws the answer, asks for the next while running). Labs read the run through context, so
//! it survives moving between slides 1.1–1.10.

pub mod architecture;
pub mod judge_lab;
pub mod latent_loss_lab;
pub mod latent_map;
pub mod loss_charts;
pub mod pretrained;
pub mod sampling_lab;
pub mod sources;
pub mod summary_table;
pub mod training_lab;
pub mod twice_lab;

use generativa_protocol::judge::ScoreReport;
use generativa_protocol::vae::MODEL;
use generativa_protocol::{
    RunEvent, VaeCommand, VaeEpoch, VaeEvent, VaeLayer, VaePicturesMessage, VaeReady, VaeSettings,
    VaeStep, VaeTwice,
};
use leptos::prelude::*;

use crate::engine::{Engine, EngineStatus};
use crate::families::{Lab, PageFamily};
use crate::training_run::{RunPhase, TrainingRun};

pub use crate::strings::fashion_class;

/// The VAE run, shared through context (see [`provide`]).
#[derive(Clone, Copy)]
pub struct VaeRun {
    /// The life cycle every run shares (phase, requests, failure, timing).
    pub run: TrainingRun,
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
    /// The latest "encode twice".
    pub twice: RwSignal<Option<VaeTwice>>,
    /// The latest draws of the sampling layer: (μ, γ, values).
    pub samples: RwSignal<Option<(f32, f32, Vec<f32>)>>,
    /// Epochs done.
    pub epochs_done: RwSignal<u32>,
    /// Steps done in the current epoch.
    pub step_in_epoch: RwSignal<u32>,
    /// Milliseconds of training so far (without validation).
    pub train_millis: RwSignal<f64>,
    /// Milliseconds of validation and pictures so far.
    pub other_millis: RwSignal<f64>,
    /// The engine's wasm memory at the last report, in bytes.
    pub memory_bytes: RwSignal<u64>,
    /// Whether the run shown is the shipped pre-trained one (slides 1.1–1.3 before a run of the
    /// student's own).
    pub pretrained: RwSignal<bool>,
    /// Whether the shipped model was asked for (once per page).
    pretrained_asked: RwSignal<bool>,
    /// Whether the next loaded run is the shipped model.
    pretrained_pending: RwSignal<bool>,
    /// Why the shipped model could not be fetched.
    pub pretrained_problem: RwSignal<Option<String>>,
    /// The judge's latest score of the run's samples (slide 1.3), or why there is none.
    pub score: RwSignal<Option<ScoreReport>>,
    /// Whether a score was asked for and not yet answered.
    pub scoring: RwSignal<bool>,
}

impl VaeRun {
    /// No run.
    pub fn new() -> Self {
        Self {
            run: TrainingRun::new(MODEL, 1, 64),
            ready: RwSignal::new(None),
            layers: RwSignal::new(Vec::new()),
            steps: RwSignal::new(Vec::new()),
            epochs: RwSignal::new(Vec::new()),
            pictures: RwSignal::new(None),
            pictures_asked: RwSignal::new(false),
            twice: RwSignal::new(None),
            samples: RwSignal::new(None),
            epochs_done: RwSignal::new(0),
            step_in_epoch: RwSignal::new(0),
            train_millis: RwSignal::new(0.0),
            other_millis: RwSignal::new(0.0),
            memory_bytes: RwSignal::new(0),
            pretrained: RwSignal::new(false),
            pretrained_asked: RwSignal::new(false),
            pretrained_pending: RwSignal::new(false),
            pretrained_problem: RwSignal::new(None),
            score: RwSignal::new(None),
            scoring: RwSignal::new(false),
        }
    }

    /// Resets every number of the page's mirror for a run that begins (or was loaded), which
    /// then stands in `phase`.
    fn clear(&self, phase: RunPhase) {
        self.run.began(phase);
        self.steps.set(Vec::new());
        self.epochs.set(Vec::new());
        self.twice.set(None);
        self.pictures.set(None);
        self.pictures_asked.set(false);
        self.epochs_done.set(0);
        self.step_in_epoch.set(0);
        self.train_millis.set(0.0);
        self.other_millis.set(0.0);
        self.pretrained.set(false);
        self.score.set(None);
        self.scoring.set(false);
    }

    /// Asks the judge to score 2,000 of the run's samples.
    pub fn ask_score(&self, engine: &Engine) {
        self.scoring.set(true);
        engine.send_model(MODEL, &VaeCommand::Score);
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
        self.run.starting();
        engine.send_model(MODEL, &VaeCommand::Start(settings));
    }

    /// Trains (again) until every epoch is done or a pause.
    pub fn resume(&self, engine: &Engine) {
        if self.run.resume() {
            self.next(engine);
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
        let steps = self.run.request();
        engine.send_model(MODEL, &VaeCommand::Train { steps });
    }

    /// Handles the engine's VAE events.
    pub fn receive(&self, engine: &Engine, event: VaeEvent) {
        match event {
            VaeEvent::Ready(ready) => {
                self.clear(RunPhase::Running);
                self.layers.set(ready.layers.clone());
                self.ready.set(Some(ready));
                self.next(engine);
            }
            VaeEvent::Loaded(loaded) => {
                // A checkpoint: the run stands where it was saved, paused until "Continuar".
                // The shipped model stands for "no run of your own yet": 1.10 offers a start.
                let pretrained = self.pretrained_pending.get_untracked();
                self.pretrained_pending.set(false);
                self.clear(if pretrained {
                    RunPhase::Idle
                } else if loaded.finished {
                    RunPhase::Finished
                } else {
                    RunPhase::Paused
                });
                self.pictures_asked.set(true);
                self.pretrained.set(pretrained);
                self.layers.set(loaded.ready.layers.clone());
                self.steps.set(loaded.steps);
                self.epochs.set(loaded.epochs);
                self.epochs_done.set(loaded.epochs_done);
                self.step_in_epoch.set(loaded.step_in_epoch);
                self.ready.set(Some(loaded.ready));
            }
            VaeEvent::Progress(progress) => {
                let more = self
                    .run
                    .answered(progress.steps.len(), progress.train_millis);
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
                    self.run.finish();
                    engine.keep(MODEL);
                } else if more {
                    self.next(engine);
                }
            }
            VaeEvent::Layers { layers } => self.layers.set(layers),
            VaeEvent::Pictures(p) => {
                // Drawn in a task of its own, so reading the message and repainting ~50 images
                // and the map never add up to one long main-thread task.
                let (pictures, generation) = (self.pictures, self.run.generation);
                let run = generation.get_untracked();
                let draw = move || {
                    if generation.get_untracked() == run {
                        pictures.set(Some(p));
                    }
                };
                set_timeout(draw, std::time::Duration::ZERO);
            }
            VaeEvent::Twice(t) => self.twice.set(Some(t)),
            VaeEvent::Scored(report) => {
                self.scoring.set(false);
                self.score.set(Some(report));
            }
            VaeEvent::Samples {
                mean,
                log_var,
                values,
            } => self.samples.set(Some((mean, log_var, values))),
        }
    }
}

/// The VAE's part of the page: its run and its labs (slides 1.1–1.10).
pub const FAMILY: PageFamily = PageFamily {
    provide,
    sources: &sources::SOURCES,
    labs: &[
        Lab {
            name: "vae-dos-veces",
            view: |_| view! { <twice_lab::TwiceLab/> }.into_any(),
        },
        Lab {
            name: "vae-arquitectura",
            view: |_| view! { <architecture::Architecture/> }.into_any(),
        },
        Lab {
            name: "vae-latente",
            view: |_| view! { <latent_map::LatentMap/> }.into_any(),
        },
        Lab {
            name: "vae-juez",
            view: |_| view! { <judge_lab::VaeJudgeLab/> }.into_any(),
        },
        Lab {
            name: "vae-partes",
            view: |_| view! { <loss_charts::PartsChart/> }.into_any(),
        },
        Lab {
            name: "vae-perdida-latente",
            view: |_| view! { <latent_loss_lab::LatentLossLab/> }.into_any(),
        },
        Lab {
            name: "vae-muestreo",
            view: |_| view! { <sampling_lab::SamplingLab/> }.into_any(),
        },
        Lab {
            name: "vae-resumen",
            view: |part| view! { <summary_table::SummaryTable part=part.to_owned()/> }.into_any(),
        },
        Lab {
            name: "vae-entrenamiento",
            view: |_| view! { <training_lab::VaeTrainingLab/> }.into_any(),
        },
    ],
};

/// Creates the VAE run, registers it with the engine for the VAE's events, and provides it as
/// context (the app calls this once).
pub fn provide(engine: Engine) {
    let run = VaeRun::new();
    engine.register_run(
        MODEL,
        move |event| run.receive(&engine, event),
        move |event| {
            // A refused shipped file is not the next file's business.
            if matches!(event, RunEvent::Failed(_)) {
                run.pretrained_pending.set(false);
                run.scoring.set(false);
            }
            run.run.receive(event)
        },
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
