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
    RunEvent, ToyAction, ToyCommand, ToyEvent, ToyReport, ToySettings, ToyStep,
};
use leptos::prelude::*;

use crate::engine::{Engine, EngineStatus, batch_size};
use crate::wording;

/// Rounds a "Entrenar" run goes to unless the student asks for another number.
pub const DEFAULT_TARGET_ROUNDS: u32 = 600;

/// The toy GAN run as the page sees it. Shared through context (see [`provide`]) so that 1.24
/// and 1.28 show the same run, and the run survives moving between pages.
#[derive(Clone, Copy)]
pub struct ToyRun {
    /// The engine's last answer (None before the first reset).
    pub report: RwSignal<Option<ToyReport>>,
    /// Every step so far, in order.
    pub history: RwSignal<Vec<ToyStep>>,
    /// Whether "Entrenar" is on.
    pub running: RwSignal<bool>,
    /// Whether a request is in flight.
    pub busy: RwSignal<bool>,
    /// Where "Entrenar" stops.
    pub target_rounds: RwSignal<u32>,
    /// The last problem, shown until the next success.
    pub error: RwSignal<Option<String>>,
    /// Whether the last failure was a non-finite loss (offer a reset).
    pub diverged: RwSignal<bool>,
    batch: RwSignal<u32>,
}

impl ToyRun {
    /// An empty run.
    pub fn new() -> Self {
        Self {
            report: RwSignal::new(None),
            history: RwSignal::new(Vec::new()),
            running: RwSignal::new(false),
            busy: RwSignal::new(false),
            target_rounds: RwSignal::new(DEFAULT_TARGET_ROUNDS),
            error: RwSignal::new(None),
            diverged: RwSignal::new(false),
            batch: RwSignal::new(4),
        }
    }

    fn can_send(engine: &Engine) -> bool {
        engine.status.get_untracked() == EngineStatus::Ready
            && engine.backend.get_untracked().is_some()
    }

    /// Starts the default run once the engine has a backend (the training page calls this).
    pub fn ensure_started(&self, engine: &Engine) {
        if self.report.get_untracked().is_none()
            && !self.busy.get_untracked()
            && Self::can_send(engine)
        {
            self.reset(engine, ToySettings::default());
        }
    }

    /// A new run from random weights with `settings`; the old one stays if they are refused.
    pub fn reset(&self, engine: &Engine, settings: ToySettings) {
        self.running.set(false);
        self.busy.set(true);
        engine.send_model(MODEL, &ToyCommand::Reset(settings));
    }

    /// One action, unless a request is already in flight.
    pub fn act(&self, engine: &Engine, action: ToyAction) {
        if self.busy.get_untracked() || self.report.get_untracked().is_none() {
            return;
        }
        self.busy.set(true);
        engine.send_model(MODEL, &ToyCommand::Train(action));
    }

    /// Trains until the target round (or a pause).
    pub fn start(&self, engine: &Engine) {
        self.running.set(true);
        self.error.set(None);
        if !self.busy.get_untracked() {
            self.next_batch(engine);
        }
    }

    /// Stops after the batch in flight.
    pub fn pause(&self) {
        self.running.set(false);
    }

    /// Stops after the batch in flight and keeps the run in the browser's storage.
    pub fn pause_and_keep(&self, engine: &Engine) {
        if self.running.get_untracked() {
            self.pause();
            engine.keep(MODEL);
        }
    }

    fn next_batch(&self, engine: &Engine) {
        let done = self.report.get_untracked().map_or(0, |r| r.rounds);
        let target = self.target_rounds.get_untracked();
        if done >= target {
            self.running.set(false);
            engine.keep(MODEL);
            return;
        }
        let count = self.batch.get_untracked().min(target - done).max(1);
        self.act(engine, ToyAction::Rounds(count));
    }

    /// Handles the engine's toy GAN events.
    pub fn receive(&self, engine: &Engine, event: ToyEvent) {
        match event {
            ToyEvent::Report(mut report) => {
                self.busy.set(false);
                self.error.set(None);
                self.diverged.set(false);
                let steps = std::mem::take(&mut report.steps);
                let fresh = report.discriminator_steps == 0 && report.generator_steps == 0;
                let rounds_done = steps.len() as f64 / 2.0;
                if rounds_done >= 1.0 && report.millis > 0.0 {
                    self.batch.set(batch_size(report.millis / rounds_done, 400));
                }
                self.history.update(|h| {
                    if fresh {
                        h.clear();
                    }
                    h.extend(steps);
                });
                self.report.set(Some(report));
                if self.running.get_untracked() {
                    self.next_batch(engine);
                }
            }
            ToyEvent::Loaded { report, steps } => {
                self.busy.set(false);
                self.running.set(false);
                self.error.set(None);
                self.diverged.set(false);
                let mut steps = steps;
                steps.sort_by_key(|s| (s.index, s.network as u8));
                self.history.set(steps);
                self.report.set(Some(report));
            }
        }
    }

    /// Handles a failure (or a save) of the run.
    pub fn receive_run(&self, event: RunEvent) {
        let RunEvent::Failed(failure) = event else {
            return;
        };
        self.busy.set(false);
        self.running.set(false);
        // A later failure (say, a busy engine) does not make a diverged run trainable again:
        // only a new report (after a reset) clears it.
        if failure.diverged() {
            self.diverged.set(true);
        }
        self.error.set(Some(wording::failure(&failure)));
    }
}

/// Creates the toy GAN run, registers it with the engine for the toy GAN's events, and provides
/// it as context (the app calls this once).
pub fn provide(engine: Engine) {
    let run = ToyRun::new();
    engine.register_run(
        MODEL,
        move |event| run.receive(&engine, event),
        move |event| run.receive_run(event),
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
