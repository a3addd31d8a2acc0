//! What the dense GAN's looking labs hold (slides 1.29–1.32): the generator's images of the
//! page's codings, D's verdicts, and the step-mode copy with its last phase. Plain data from
//! the engine; the run itself lives in [`super::GanRun`].

use generativa_protocol::dense_gan::{
    GanCommand, GanEvent, GanGenerated, GanPhaseOne, GanPhaseTwo, GanStepSession, GanVerdicts,
    MODEL,
};
use leptos::prelude::*;

use crate::engine::Engine;

/// The looking labs' state.
#[derive(Clone, Copy)]
pub struct GanLook {
    /// The latest generated images (slide 1.29).
    pub generated: RwSignal<Option<GanGenerated>>,
    /// The number of the latest Generate request (older answers are dropped).
    pub request: RwSignal<u32>,
    /// The latest verdicts (slide 1.30).
    pub verdicts: RwSignal<Option<GanVerdicts>>,
    /// The step-mode copy, once made.
    pub session: RwSignal<Option<GanStepSession>>,
    /// The last phase 1 of the copy (kept on screen through its phase 2).
    pub phase_one: RwSignal<Option<GanPhaseOne>>,
    /// The last phase 2 of the copy.
    pub phase_two: RwSignal<Option<GanPhaseTwo>>,
    /// The phase the copy did last (0 before any, 1 or 2).
    pub last_phase: RwSignal<u8>,
    /// Whether a request of these labs awaits its answer.
    pub waiting: RwSignal<bool>,
}

impl GanLook {
    /// Nothing looked at yet.
    pub fn new() -> Self {
        Self {
            generated: RwSignal::new(None),
            request: RwSignal::new(0),
            verdicts: RwSignal::new(None),
            session: RwSignal::new(None),
            phase_one: RwSignal::new(None),
            phase_two: RwSignal::new(None),
            last_phase: RwSignal::new(0),
            waiting: RwSignal::new(false),
        }
    }

    /// The generator's images of `codings` (n × 30 numbers).
    pub fn generate(&self, engine: &Engine, codings: Vec<f32>) {
        let request = self.request.get_untracked() + 1;
        self.request.set(request);
        engine.send_model(MODEL, &GanCommand::Generate { request, codings });
    }

    /// D's verdicts now.
    pub fn ask_verdicts(&self, engine: &Engine) {
        engine.send_model(MODEL, &GanCommand::Verdicts);
    }

    /// A new step-mode copy.
    pub fn begin(&self, engine: &Engine) {
        self.waiting.set(true);
        engine.send_model(MODEL, &GanCommand::StepBegin);
    }

    /// One phase of the copy's step.
    pub fn phase(&self, engine: &Engine, phase: u8) {
        self.waiting.set(true);
        engine.send_model(MODEL, &GanCommand::StepPhase { phase });
    }

    /// Takes the events that are these labs'; gives back the others.
    pub fn receive(&self, event: GanEvent) -> Option<GanEvent> {
        match event {
            GanEvent::Generated(g) => {
                if g.request == self.request.get_untracked() {
                    self.generated.set(Some(g));
                }
            }
            GanEvent::Verdicts(v) => self.verdicts.set(Some(v)),
            GanEvent::StepReady(s) => {
                self.waiting.set(false);
                self.phase_one.set(None);
                self.phase_two.set(None);
                self.last_phase.set(0);
                self.session.set(Some(s));
            }
            GanEvent::PhaseOne(p) => {
                self.waiting.set(false);
                self.last_phase.set(1);
                self.phase_two.set(None);
                self.phase_one.set(Some(p));
            }
            GanEvent::PhaseTwo(p) => {
                self.waiting.set(false);
                self.last_phase.set(2);
                self.session.update(|s| {
                    if let Some(s) = s {
                        s.epochs_done = p.epochs_done;
                        s.step_in_epoch = p.step_in_epoch;
                        s.weights = p.weights_after;
                    }
                });
                self.phase_two.set(Some(p));
            }
            other => return Some(other),
        }
        None
    }
}

impl Default for GanLook {
    fn default() -> Self {
        Self::new()
    }
}
