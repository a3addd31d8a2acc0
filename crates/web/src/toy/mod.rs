//! The toy GAN's labs (slides 1.12–1.28): calculators that redo the slides' arithmetic live
//! (plain numbers from `generativa_core::toy_gan::by_hand`), and the training run, which lives
//! in the engine and is mirrored here in signals of plain data. The page owns the loop: it asks
//! the engine for a batch of rounds, draws the answer, and asks for the next while running.

pub mod discriminator_lab;
pub mod generator_lab;
pub mod loss_lab;
pub mod network_diagram;
pub mod pixel_editor;
pub mod sigmoid_chart;
pub mod training_lab;

use generativa_protocol::toy::MODEL;
use generativa_protocol::{
    Failure, ToyAction, ToyCommand, ToyEvent, ToyReport, ToySettings, ToyStep,
};
use leptos::prelude::*;

use crate::engine::{Engine, EngineStatus};
use crate::families::{Lab, PageFamily};
use crate::training_run::{RunPhase, TrainingRun};

/// Rounds a "Entrenar" run goes to unless the student asks for another number.
pub const DEFAULT_TARGET_ROUNDS: u32 = 600;

/// The toy GAN run as the page sees it. Shared through context (see [`provide`]) so that 1.24
/// and 1.28 show the same run, and the run survives moving between pages.
#[derive(Clone, Copy)]
pub struct ToyRun {
    /// The life cycle every run shares (phase, requests, failure, timing).
    pub run: TrainingRun,
    /// The engine's last answer (None before the first reset).
    pub report: RwSignal<Option<ToyReport>>,
    /// Every step so far, in order.
    pub history: RwSignal<Vec<ToyStep>>,
    /// Where "Entrenar" stops.
    pub target_rounds: RwSignal<u32>,
}

impl ToyRun {
    /// An empty run.
    pub fn new() -> Self {
        Self {
            run: TrainingRun::new(MODEL, 4, 400),
            report: RwSignal::new(None),
            history: RwSignal::new(Vec::new()),
            target_rounds: RwSignal::new(DEFAULT_TARGET_ROUNDS),
        }
    }

    fn can_send(engine: &Engine) -> bool {
        engine.status.get_untracked() == EngineStatus::Ready
            && engine.backend.get_untracked().is_some()
    }

    /// Starts the default run once the engine has a backend (the training page calls this) —
    /// but not after a restart with a run kept: the error box offers to continue from it, and a
    /// fresh run must not take its place unasked.
    pub fn ensure_started(&self, engine: &Engine) {
        let lost = self
            .run
            .error
            .with_untracked(|e| matches!(e, Some(Failure::EngineLost { .. })));
        if lost && engine.stored_run(MODEL).is_some() {
            return;
        }
        if !self.run.exists.get_untracked()
            && self.run.phase.get_untracked() != RunPhase::Starting
            && Self::can_send(engine)
        {
            self.reset(engine, ToySettings::default());
        }
    }

    /// A new run from random weights with `settings`; the old one stays if they are refused.
    pub fn reset(&self, engine: &Engine, settings: ToySettings) {
        self.run.starting();
        engine.send_model(MODEL, &ToyCommand::Reset(settings));
    }

    /// One action by hand, unless a request is already in flight.
    pub fn act(&self, engine: &Engine, action: ToyAction) {
        if self.run.request_one() {
            engine.send_model(MODEL, &ToyCommand::Train(action));
        }
    }

    /// Trains until the target round (or a pause).
    pub fn start(&self, engine: &Engine) {
        if self.run.resume() {
            self.next_batch(engine);
        }
    }

    fn next_batch(&self, engine: &Engine) {
        let done = self.report.get_untracked().map_or(0, |r| r.rounds);
        let target = self.target_rounds.get_untracked();
        if done >= target {
            // The target is a stopping point, not the end: steps by hand and a higher target
            // go on from here.
            self.run.pause();
            engine.keep(MODEL);
            return;
        }
        let count = self.run.request().min(target - done).max(1);
        engine.send_model(MODEL, &ToyCommand::Train(ToyAction::Rounds(count)));
    }

    /// Handles the engine's toy GAN events.
    pub fn receive(&self, engine: &Engine, event: ToyEvent) {
        match event {
            ToyEvent::Report(mut report) => {
                let steps = std::mem::take(&mut report.steps);
                let fresh = report.discriminator_steps == 0 && report.generator_steps == 0;
                if fresh {
                    self.run.began(RunPhase::Paused);
                    self.history.set(Vec::new());
                }
                // A round is two steps.
                let more = self.run.answered(steps.len() / 2, report.millis);
                self.history.update(|h| h.extend(steps));
                self.report.set(Some(report));
                if more {
                    self.next_batch(engine);
                }
            }
            ToyEvent::Loaded { report, steps } => {
                self.run.began(RunPhase::Paused);
                let mut steps = steps;
                steps.sort_by_key(|s| (s.index, s.network as u8));
                self.history.set(steps);
                self.report.set(Some(report));
            }
        }
    }
}

/// The toy GAN's part of the page: its run and its labs (slides 1.12–1.28).
pub const FAMILY: PageFamily = PageFamily {
    provide,
    sources: &[],
    labs: &[
        Lab {
            name: "discriminador",
            view: |start| {
                view! { <discriminator_lab::DiscriminatorLab start=start.to_owned()/> }.into_any()
            },
        },
        Lab {
            name: "sigmoide",
            view: |_| view! { <sigmoid_chart::SigmoidLab/> }.into_any(),
        },
        Lab {
            name: "generador",
            view: |start| {
                view! { <generator_lab::GeneratorLab start=start.to_owned()/> }.into_any()
            },
        },
        Lab {
            name: "perdidas",
            view: |_| view! { <loss_lab::LossLab/> }.into_any(),
        },
        Lab {
            name: "entrenamiento",
            view: |_| view! { <training_lab::TrainingLab/> }.into_any(),
        },
    ],
};

/// Creates the toy GAN run, registers it with the engine for the toy GAN's events, and provides
/// it as context (the app calls this once).
pub fn provide(engine: Engine) {
    let run = ToyRun::new();
    engine.register_run(
        MODEL,
        move |event| run.receive(&engine, event),
        move |event| run.run.receive(event),
    );
    provide_context(run);
}

/// The toy GAN run from context.
pub fn use_toy() -> ToyRun {
    expect_context::<ToyRun>()
}

impl Default for ToyRun {
    fn default() -> Self {
        Self::new()
    }
}
