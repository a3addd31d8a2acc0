//! One training run's life cycle as the page sees it, the same for every model family: its
//! phase (idle, starting, running, paused, finished, diverged), whether a request is in flight,
//! its last failure, and the batching rule with the step timings. A family's run holds one and
//! keeps only its model's own data (losses, pictures) beside it; the run controls
//! ([`crate::widgets::run_controls`]) and the error box read it.
//!
//! The page owns the loop: while running, each answer asks for the next batch, sized so that a
//! request takes about [`BATCH_MILLIS`] (short enough for a prompt pause, long enough that
//! messages cost little).

use generativa_protocol::{Failure, RunEvent};
use leptos::prelude::*;

use crate::engine::Engine;

/// What one request should take.
pub const BATCH_MILLIS: f64 = 250.0;

/// How many units (steps, rounds) make a request of about [`BATCH_MILLIS`], given the time of
/// one, between 1 and `max`.
pub fn batch_size(millis_per_unit: f64, max: u32) -> u32 {
    (BATCH_MILLIS / millis_per_unit.max(0.01)).clamp(1.0, f64::from(max)) as u32
}

/// Where a run stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RunPhase {
    /// No run yet.
    Idle,
    /// Asked the engine for a new run.
    Starting,
    /// Training (a request may be in flight).
    Running,
    /// Stopped by the student (or at a family's own stopping point).
    Paused,
    /// Everything the settings asked for is done.
    Finished,
    /// A loss stopped being finite: the weights are lost, only a new run helps.
    Diverged,
}

impl RunPhase {
    /// The phase's name in `data-phase`. A diverged run is stopped like a paused one and is named
    /// so; `data-diverged` tells the two apart.
    pub fn name(self) -> &'static str {
        match self {
            Self::Idle => "idle",
            Self::Starting => "starting",
            Self::Running => "running",
            Self::Paused | Self::Diverged => "paused",
            Self::Finished => "finished",
        }
    }
}

/// A run's shared state (plain data in signals; `Copy`, for closures and context).
#[derive(Clone, Copy)]
pub struct TrainingRun {
    /// The model id the run belongs to.
    pub model: &'static str,
    /// Where the run stands.
    pub phase: RwSignal<RunPhase>,
    /// Whether a request is in flight.
    pub busy: RwSignal<bool>,
    /// Whether the engine holds a run (started or loaded).
    pub exists: RwSignal<bool>,
    /// The last failure, until the next success.
    pub error: RwSignal<Option<Failure>>,
    /// Milliseconds per unit of each request (for the median and the time left).
    pub unit_millis: RwSignal<Vec<f64>>,
    /// How many runs have begun (a late answer for an older run can be told apart).
    pub generation: RwSignal<u64>,
    batch: RwSignal<u32>,
    first_batch: u32,
    max_batch: u32,
}

impl TrainingRun {
    /// No run yet; requests start at `first_batch` units and grow to at most `max_batch`.
    pub fn new(model: &'static str, first_batch: u32, max_batch: u32) -> Self {
        Self {
            model,
            phase: RwSignal::new(RunPhase::Idle),
            busy: RwSignal::new(false),
            exists: RwSignal::new(false),
            error: RwSignal::new(None),
            unit_millis: RwSignal::new(Vec::new()),
            generation: RwSignal::new(0),
            batch: RwSignal::new(first_batch),
            first_batch,
            max_batch,
        }
    }

    /// A new run was asked for.
    pub fn starting(&self) {
        self.error.set(None);
        self.busy.set(true);
        self.phase.set(RunPhase::Starting);
    }

    /// The engine made a new run (or loaded one): timings and failure are cleared, and the run
    /// stands in `phase`.
    pub fn began(&self, phase: RunPhase) {
        self.generation.update(|n| *n += 1);
        self.unit_millis.set(Vec::new());
        self.batch.set(self.first_batch);
        self.error.set(None);
        self.busy.set(false);
        self.exists.set(true);
        self.phase.set(phase);
    }

    /// Whether the run can train on (it exists and did not diverge).
    pub fn can_resume(&self) -> bool {
        self.exists.get_untracked() && self.phase.get_untracked() != RunPhase::Diverged
    }

    /// Trains again: returns whether the caller should send the next request now (none is in
    /// flight).
    pub fn resume(&self) -> bool {
        if !self.can_resume() {
            return false;
        }
        self.error.set(None);
        self.phase.set(RunPhase::Running);
        !self.busy.get_untracked()
    }

    /// Stops after the request in flight.
    pub fn pause(&self) {
        if self.phase.get_untracked() == RunPhase::Running {
            self.phase.set(RunPhase::Paused);
        }
    }

    /// Stops after the request in flight and keeps the run in the browser's storage.
    pub fn pause_and_keep(&self, engine: &Engine) {
        if self.running() {
            self.pause();
            engine.keep(self.model);
        }
    }

    /// Whether the run is training.
    pub fn running(&self) -> bool {
        self.phase.get_untracked() == RunPhase::Running
    }

    /// A training request goes out: returns how many units it should ask for.
    pub fn request(&self) -> u32 {
        self.busy.set(true);
        self.batch.get_untracked()
    }

    /// A single action (one step by hand) goes out, unless a request is in flight or there is
    /// no run: returns whether it may.
    pub fn request_one(&self) -> bool {
        if self.busy.get_untracked() || !self.exists.get_untracked() {
            return false;
        }
        self.busy.set(true);
        true
    }

    /// A request's answer: `units` done in `millis`. Returns whether to ask for more (the run
    /// is still running).
    pub fn answered(&self, units: usize, millis: f64) -> bool {
        self.busy.set(false);
        self.error.set(None);
        if units > 0 && millis > 0.0 {
            let per_unit = millis / units as f64;
            self.unit_millis.update(|v| v.push(per_unit));
            self.batch.set(batch_size(per_unit, self.max_batch));
        }
        self.running()
    }

    /// Everything the settings asked for is done.
    pub fn finish(&self) {
        self.phase.set(RunPhase::Finished);
    }

    /// A failure from the engine: a training request stops the run; a divergence ends it; the
    /// failure is kept for the error box.
    pub fn fail(&self, failure: Failure) {
        let was_training = self.busy.get_untracked();
        self.busy.set(false);
        let phase = self.phase.get_untracked();
        if matches!(failure, Failure::EngineLost { .. }) {
            // The engine that held the run was replaced: there is no run until one is started
            // or the kept one restored.
            self.exists.set(false);
            self.phase.set(RunPhase::Idle);
        } else if failure.diverged() {
            self.phase.set(RunPhase::Diverged);
        } else if phase == RunPhase::Starting || (was_training && phase == RunPhase::Running) {
            self.phase.set(if self.exists.get_untracked() {
                RunPhase::Paused
            } else {
                RunPhase::Idle
            });
        }
        self.error.set(Some(failure));
    }

    /// A run event for this run (a failure; saves and loads are the engine handle's).
    pub fn receive(&self, event: RunEvent) {
        if let RunEvent::Failed(failure) = event {
            self.fail(failure);
        }
    }

    /// Whether the run diverged.
    pub fn diverged(&self) -> bool {
        self.phase.get() == RunPhase::Diverged
    }

    /// The median of the requests' milliseconds per unit.
    pub fn median_millis(&self) -> Option<f64> {
        self.unit_millis.with(|v| {
            if v.is_empty() {
                return None;
            }
            let mut sorted = v.clone();
            sorted.sort_by(f64::total_cmp);
            Some(sorted[sorted.len() / 2])
        })
    }
}
