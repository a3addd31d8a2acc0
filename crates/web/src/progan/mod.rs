//! The small progressive GAN of slides 1.35–1.39 in the page: the run lives in the engine and is
//! mirrored here in signals of plain data; the page owns the loop (it asks for a batch of
//! steps, draws the answer, asks for the next while running). Its labs: the growth trained live
//! (1.35), the fade-in's two paths (1.37), the minibatch standard deviation (1.38) and pixel
//! normalisation (1.39).

pub mod fade_lab;
pub mod growth_diagram;
pub mod needs_run;
pub mod pixel_norm_lab;
pub mod sources;
pub mod std_lab;
pub mod training_lab;
pub mod words;

use generativa_core::progan::pretrained;
use generativa_protocol::GanNumbers;
use generativa_protocol::RunEvent;
use generativa_protocol::judge::ScoreReport;
use generativa_protocol::progan::{
    MODEL, PixelNormLook, ProganCommand, ProganEvent, ProganFade, ProganPictures, ProganReady,
    ProganSettings, ProganStage, StdValues,
};
use leptos::prelude::*;

use crate::engine::Engine;
use crate::families::{Lab, PageFamily};
use crate::training_run::{RunPhase, TrainingRun};
use crate::widgets::jump_ahead::{JumpState, ShippedRun};

/// The grown network the site ships (the class preset's whole growth, made by
/// `cargo xtask pretrain progan`).
pub const SHIPPED: ShippedRun = ShippedRun {
    file_name: pretrained::FILE_NAME,
    sha256: pretrained::SHA256,
    bytes: pretrained::BYTES,
    command: "cargo xtask pretrain progan",
    jump: || words::jump().to_owned(),
    what: || words::shipped_what().to_owned(),
};

/// The progressive GAN's run (shared through context by [`provide`]).
#[derive(Clone, Copy)]
pub struct ProganRun {
    /// The life cycle every run shares (phase, requests, failure, timing).
    pub run: TrainingRun,
    /// The run's settings and sizes (None before the first start).
    pub ready: RwSignal<Option<ProganReady>>,
    /// Where the run stands.
    pub stage: RwSignal<Option<ProganStage>>,
    /// Every step's numbers, in order (a loaded run's as bucket means).
    pub steps: RwSignal<Vec<GanNumbers>>,
    /// Milliseconds of training so far.
    pub train_millis: RwSignal<f64>,
    /// Milliseconds of training at each level.
    pub level_millis: RwSignal<Vec<f64>>,
    /// The engine's wasm memory at the last report, in bytes.
    pub memory_bytes: RwSignal<u64>,
    /// The latest pictures (now, and at each level's end).
    pub pictures: RwSignal<Option<ProganPictures>>,
    /// The judge's report on the grown generator.
    pub latest_score: RwSignal<Option<ScoreReport>>,
    /// Slide 1.37's latest answer.
    pub fade: RwSignal<Option<ProganFade>>,
    /// Slide 1.38's latest answer.
    pub std_values: RwSignal<Option<StdValues>>,
    /// Slide 1.39's latest answer.
    pub pixel_norm: RwSignal<Option<PixelNormLook>>,
    /// Slide 1.35's "jump ahead" to the grown network the site ships.
    pub jump: JumpState,
    pictures_asked: RwSignal<bool>,
}

impl ProganRun {
    /// No run yet.
    pub fn new() -> Self {
        Self {
            run: TrainingRun::new(MODEL, 1, 2_000),
            ready: RwSignal::new(None),
            stage: RwSignal::new(None),
            steps: RwSignal::new(Vec::new()),
            train_millis: RwSignal::new(0.0),
            level_millis: RwSignal::new(Vec::new()),
            memory_bytes: RwSignal::new(0),
            pictures: RwSignal::new(None),
            latest_score: RwSignal::new(None),
            fade: RwSignal::new(None),
            std_values: RwSignal::new(None),
            pixel_norm: RwSignal::new(None),
            jump: JumpState::new(),
            pictures_asked: RwSignal::new(false),
        }
    }

    fn clear(&self, phase: RunPhase) {
        self.run.began(phase);
        self.steps.set(Vec::new());
        self.stage.set(None);
        self.train_millis.set(0.0);
        self.level_millis.set(Vec::new());
        self.pictures.set(None);
        self.latest_score.set(None);
        self.jump.cleared();
        self.pictures_asked.set(false);
    }

    /// A new run with `settings` (replaces the old one only if the engine accepts them).
    pub fn start(&self, engine: &Engine, settings: ProganSettings) {
        self.run.starting();
        engine.send_model(MODEL, &ProganCommand::Start(settings));
    }

    /// Trains (again) until the growth is done or a pause.
    pub fn resume(&self, engine: &Engine) {
        if self.run.resume() {
            self.next(engine);
        }
    }

    fn next(&self, engine: &Engine) {
        let steps = self.run.request();
        engine.send_model(MODEL, &ProganCommand::Train { steps });
    }

    /// Sends a looking lab's command if there is a run (it answers when the run is free).
    pub fn look(&self, engine: &Engine, command: ProganCommand) {
        if self.run.exists.get_untracked() {
            engine.send_model(MODEL, &command);
        }
    }

    /// Handles the engine's events for the progressive GAN.
    pub fn receive(&self, engine: &Engine, event: ProganEvent) {
        match event {
            ProganEvent::Ready(ready) => {
                self.clear(RunPhase::Running);
                self.ready.set(Some(ready));
                self.next(engine);
            }
            ProganEvent::Loaded(loaded) => {
                self.clear(if loaded.stage.finished {
                    RunPhase::Finished
                } else {
                    RunPhase::Paused
                });
                self.pictures_asked.set(true);
                self.steps.set(loaded.steps);
                self.stage.set(Some(loaded.stage));
                self.level_millis.set(loaded.level_millis);
                self.ready.set(Some(loaded.ready));
                self.jump.loaded();
            }
            ProganEvent::Progress(progress) => {
                let more = self
                    .run
                    .answered(progress.steps.len(), progress.train_millis);
                self.memory_bytes.set(progress.memory_bytes);
                self.train_millis.update(|t| *t += progress.train_millis);
                self.level_millis.set(progress.level_millis);
                self.steps.update(|s| s.extend(progress.steps));
                self.stage.set(Some(progress.stage));
                if !self.pictures_asked.get_untracked() {
                    // The untrained generator's pictures, once training is under way.
                    self.pictures_asked.set(true);
                    engine.send_model(MODEL, &ProganCommand::Pictures);
                }
                if progress.stage.finished {
                    self.run.finish();
                    engine.keep(MODEL);
                } else if more {
                    self.next(engine);
                }
            }
            ProganEvent::Pictures(p) => self.pictures.set(Some(p)),
            ProganEvent::Scored(report) => self.latest_score.set(Some(report)),
            ProganEvent::Fade(fade) => self.fade.set(Some(fade)),
            ProganEvent::MinibatchStd(values) => self.std_values.set(Some(values)),
            ProganEvent::PixelNorm(look) => self.pixel_norm.set(Some(look)),
        }
    }

    /// Registers the run with the engine for its model's events.
    pub fn register(self, engine: Engine) {
        engine.register_run(
            MODEL,
            move |event| self.receive(&engine, event),
            move |event: RunEvent| {
                // A refused shipped file is not the next file's business.
                if matches!(event, RunEvent::Failed(_)) {
                    self.jump.refused();
                }
                self.run.receive(event)
            },
        );
    }
}

impl Default for ProganRun {
    fn default() -> Self {
        Self::new()
    }
}

/// The progressive GAN's part of the page: its run and its labs (slides 1.35–1.39).
pub const FAMILY: PageFamily = PageFamily {
    provide,
    sources: &sources::SOURCES,
    labs: &[
        Lab {
            name: "progan-crecer",
            view: |_| view! { <training_lab::ProganTrainingLab/> }.into_any(),
        },
        Lab {
            name: "progan-fade",
            view: |_| view! { <fade_lab::FadeLab/> }.into_any(),
        },
        Lab {
            name: "progan-minilote",
            view: |_| view! { <std_lab::StdLab/> }.into_any(),
        },
        Lab {
            name: "progan-pixel",
            view: |_| view! { <pixel_norm_lab::PixelNormLab/> }.into_any(),
        },
    ],
};

/// Creates the run, registers it with the engine and provides it as context (the app calls
/// this once).
pub fn provide(engine: Engine) {
    let run = ProganRun::new();
    run.register(engine);
    provide_context(run);
}

/// The progressive GAN run from context.
pub fn use_progan() -> ProganRun {
    expect_context::<ProganRun>()
}
