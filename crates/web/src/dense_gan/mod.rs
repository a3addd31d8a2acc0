//! The lecture's dense GAN on Fashion-MNIST (slides 1.29–1.33) in the page: the run lives in
//! the engine and is mirrored here in signals of plain data; the page owns the loop (it asks for
//! a batch of steps, draws the answer, asks for the next while running).

pub mod buffer_lab;
pub mod generator_lab;
pub mod image_verdicts;
pub mod look;
pub mod needs_run;
pub mod rmsprop_lab;
pub mod sources;
pub mod step_lab;
pub mod training_lab;
pub mod verdicts_lab;

use generativa_core::dense_gan::pretrained;
use generativa_protocol::GanNumbers;
use generativa_protocol::RunEvent;
use generativa_protocol::dcgan::{DcganDescribed, DcganMaps, DcganSwitches};
use generativa_protocol::dense_gan::{
    GanCommand, GanEvent, GanPicturesMessage, GanReady, GanSettings, MODEL,
};
use generativa_protocol::judge::{EpochScore, ScoreReport};
use leptos::prelude::*;

use crate::engine::Engine;
use crate::families::{Lab, PageFamily};
use crate::training_run::{RunPhase, TrainingRun};
use crate::widgets::jump_ahead::{JumpState, ShippedRun};

/// A jump-ahead button's words for a run of `epochs` epochs.
pub fn jump_words(epochs: usize) -> String {
    format!(
        "{} {epochs} {}",
        crate::strings::gan_jump(),
        crate::strings::gan_jump_epochs()
    )
}

/// An image GAN's run (the dense GAN's, shared through context by [`provide`]; the DCGAN's
/// is the same type, under its own model id).
#[derive(Clone, Copy)]
pub struct GanRun {
    /// The life cycle every run shares (phase, requests, failure, timing).
    pub run: TrainingRun,
    /// The family's default settings (the form's first values).
    pub defaults: fn() -> GanSettings,
    /// The finished run the site ships for this family, if any.
    pub shipped_run: Option<ShippedRun>,
    /// The networks of the settings last described, layer by layer (the DCGAN's).
    pub described: RwSignal<Option<DcganDescribed>>,
    /// The generator's maps of one fixed coding, last asked for (the DCGAN's).
    pub maps: RwSignal<Option<DcganMaps>>,
    /// The DCGAN's guideline switches as the form holds them (None for the dense GAN).
    pub switches: RwSignal<Option<DcganSwitches>>,
    /// The run's settings and sizes (None before the first start).
    pub ready: RwSignal<Option<GanReady>>,
    /// Every step's numbers, in order (a loaded run's as bucket means).
    pub steps: RwSignal<Vec<GanNumbers>>,
    /// Epochs done.
    pub epochs_done: RwSignal<u32>,
    /// Steps done in the current epoch.
    pub step_in_epoch: RwSignal<u32>,
    /// Milliseconds of training so far.
    pub train_millis: RwSignal<f64>,
    /// The engine's wasm memory at the last report, in bytes.
    pub memory_bytes: RwSignal<u64>,
    /// The latest pictures.
    pub pictures: RwSignal<Option<GanPicturesMessage>>,
    /// The fixed codings' images at each epoch drawn so far: (epochs done, images).
    pub film: RwSignal<Vec<(u32, Vec<Vec<u8>>)>>,
    /// The judge's score of each epoch so far.
    pub scores: RwSignal<Vec<EpochScore>>,
    /// The judge's latest report (a score, or why there is none).
    pub latest_score: RwSignal<Option<ScoreReport>>,
    /// Slide 1.33's "jump ahead" to the shipped run.
    pub jump: JumpState,
    /// What the looking labs (1.29–1.32) hold.
    pub look: look::GanLook,
    pictures_asked: RwSignal<bool>,
}

impl GanRun {
    /// No run of the dense GAN.
    pub fn new() -> Self {
        Self::of(
            MODEL,
            GanSettings::default,
            Some(ShippedRun {
                file_name: pretrained::FILE_NAME,
                sha256: pretrained::SHA256,
                bytes: 2_676_204,
                command: "cargo xtask pretrain dense-gan",
                jump: || jump_words(pretrained::EPOCHS),
                what: || {
                    format!(
                        "{} {}",
                        pretrained::EPOCHS,
                        crate::strings::gan_shipped_what()
                    )
                },
            }),
        )
    }

    /// No run of `model`, whose settings start as `defaults` gives them, and which may jump
    /// ahead to `shipped_run`.
    pub fn of(
        model: &'static str,
        defaults: fn() -> GanSettings,
        shipped_run: Option<ShippedRun>,
    ) -> Self {
        Self {
            run: TrainingRun::new(model, 1, 2_000),
            defaults,
            shipped_run,
            described: RwSignal::new(None),
            maps: RwSignal::new(None),
            switches: RwSignal::new(defaults().dcgan),
            ready: RwSignal::new(None),
            steps: RwSignal::new(Vec::new()),
            epochs_done: RwSignal::new(0),
            step_in_epoch: RwSignal::new(0),
            train_millis: RwSignal::new(0.0),
            memory_bytes: RwSignal::new(0),
            pictures: RwSignal::new(None),
            film: RwSignal::new(Vec::new()),
            scores: RwSignal::new(Vec::new()),
            latest_score: RwSignal::new(None),
            jump: JumpState::new(),
            look: look::GanLook::new(),
            pictures_asked: RwSignal::new(false),
        }
    }

    fn clear(&self, phase: RunPhase) {
        self.run.began(phase);
        self.steps.set(Vec::new());
        self.epochs_done.set(0);
        self.step_in_epoch.set(0);
        self.train_millis.set(0.0);
        self.pictures.set(None);
        self.film.set(Vec::new());
        self.scores.set(Vec::new());
        self.latest_score.set(None);
        self.jump.cleared();
        self.pictures_asked.set(false);
    }

    /// A new run with `settings` (replaces the old one only if the engine accepts them).
    pub fn start(&self, engine: &Engine, settings: GanSettings) {
        self.run.starting();
        engine.send_model(self.run.model, &GanCommand::Start(settings));
    }

    /// Trains (again) until every epoch is done or a pause.
    pub fn resume(&self, engine: &Engine) {
        if self.run.resume() {
            self.next(engine);
        }
    }

    fn next(&self, engine: &Engine) {
        let steps = self.run.request();
        engine.send_model(self.run.model, &GanCommand::Train { steps });
    }

    /// Shows a run's settings: its switches go to the form.
    fn show(&self, ready: GanReady) {
        if ready.settings.dcgan.is_some() {
            self.switches.set(ready.settings.dcgan);
        }
        self.ready.set(Some(ready));
    }

    /// Handles the engine's events for this run's model.
    pub fn receive(&self, engine: &Engine, event: GanEvent) {
        let Some(event) = self.look.receive(event) else {
            return;
        };
        match event {
            GanEvent::Ready(ready) => {
                self.clear(RunPhase::Running);
                self.show(ready);
                self.next(engine);
            }
            GanEvent::Loaded(loaded) => {
                self.clear(if loaded.finished {
                    RunPhase::Finished
                } else {
                    RunPhase::Paused
                });
                self.pictures_asked.set(true);
                self.steps.set(loaded.steps);
                self.epochs_done.set(loaded.epochs_done);
                self.step_in_epoch.set(loaded.step_in_epoch);
                self.show(loaded.ready);
                self.jump.loaded();
                self.latest_score.set(loaded.scores.last().cloned().map(Ok));
                self.scores.set(loaded.scores);
            }
            GanEvent::StepReady(_)
            | GanEvent::PhaseOne(_)
            | GanEvent::PhaseTwo(_)
            | GanEvent::Verdicts(_)
            | GanEvent::Generated(_) => {} // the looking labs'
            GanEvent::Described(described) => self.described.set(Some(described)),
            GanEvent::Maps(maps) => self.maps.set(Some(maps)),
            GanEvent::Scored(report) => {
                if let Ok(score) = &report {
                    self.scores.update(|s| {
                        s.retain(|e| e.epoch != score.epoch);
                        s.push(score.clone());
                    });
                }
                self.latest_score.set(Some(report));
            }
            GanEvent::Progress(progress) => {
                let more = self
                    .run
                    .answered(progress.steps.len(), progress.train_millis);
                self.memory_bytes.set(progress.memory_bytes);
                self.train_millis.update(|t| *t += progress.train_millis);
                self.steps.update(|s| s.extend(progress.steps));
                self.epochs_done.set(progress.epochs_done);
                self.step_in_epoch.set(progress.step_in_epoch);
                if !self.pictures_asked.get_untracked() {
                    // The untrained generator's pictures, once training is under way.
                    self.pictures_asked.set(true);
                    engine.send_model(self.run.model, &GanCommand::Pictures);
                }
                if progress.finished {
                    self.run.finish();
                    engine.keep(self.run.model);
                } else if more {
                    self.next(engine);
                }
            }
            GanEvent::Pictures(p) => {
                // Drawn in a task of their own; a late answer for an older run is dropped.
                let (pictures, film, generation) = (self.pictures, self.film, self.run.generation);
                let run = generation.get_untracked();
                let draw = move || {
                    if generation.get_untracked() != run {
                        return;
                    }
                    film.update(|f| {
                        f.retain(|(epoch, _)| *epoch != p.epochs_done);
                        f.push((p.epochs_done, p.film.clone()));
                    });
                    pictures.set(Some(p));
                };
                set_timeout(draw, std::time::Duration::ZERO);
            }
        }
    }
}

impl Default for GanRun {
    fn default() -> Self {
        Self::new()
    }
}

/// The dense GAN's part of the page: its run and its labs (slides 1.29–1.33).
pub const FAMILY: PageFamily = PageFamily {
    provide,
    sources: &sources::SOURCES,
    labs: &[
        Lab {
            name: "gan-generador",
            view: |_| view! { <generator_lab::GeneratorLab/> }.into_any(),
        },
        Lab {
            name: "gan-veredictos",
            view: |_| view! { <verdicts_lab::VerdictsLab/> }.into_any(),
        },
        Lab {
            name: "gan-rmsprop",
            view: |_| view! { <rmsprop_lab::RmsPropLab/> }.into_any(),
        },
        Lab {
            name: "gan-bufer",
            view: |_| view! { <buffer_lab::BufferLab/> }.into_any(),
        },
        Lab {
            name: "gan-congelado",
            view: |_| view! { <step_lab::StepLab full=false/> }.into_any(),
        },
        Lab {
            name: "gan-pasos",
            view: |_| view! { <step_lab::StepLab full=true/> }.into_any(),
        },
        Lab {
            name: "gan-entrenamiento",
            view: |_| view! { <training_lab::GanTrainingLab/> }.into_any(),
        },
    ],
};

/// Creates the run, registers it with the engine for the dense GAN's events, and provides it
/// as context (the app calls this once).
pub fn provide(engine: Engine) {
    let run = GanRun::new();
    run.register(engine);
    provide_context(run);
}

impl GanRun {
    /// Registers the run with the engine for its model's events.
    pub fn register(self, engine: Engine) {
        engine.register_run(
            self.run.model,
            move |event| self.receive(&engine, event),
            move |event: RunEvent| {
                // A refused shipped file is not the next file's business.
                if matches!(event, RunEvent::Failed(_)) {
                    self.jump.refused();
                    self.look.waiting.set(false);
                }
                self.run.receive(event)
            },
        );
    }
}

/// The dense GAN run from context.
pub fn use_gan() -> GanRun {
    expect_context::<GanRun>()
}
