//! A run's controls, the same in every lab: start, pause, resume, reset, and the "finished"
//! note, following the run's [`TrainingRun`] phase. A family's extra buttons (the toy GAN's
//! single steps) go between the main button and the reset.
//!
//! `data-testid`s: the bar is `<prefix>-phase` (with `data-phase` and `data-busy`); the buttons
//! are `<prefix>-start`, `-pause`, `-resume` (or the name given), `-reset`, and the note
//! `-finished`.

use leptos::prelude::*;

use crate::strings;
use crate::training_run::{RunPhase, TrainingRun};

/// The buttons' words for one lab.
#[derive(Clone, Copy)]
pub struct ControlWords {
    /// The first start.
    pub start: &'static str,
    /// Training on from a pause.
    pub resume: &'static str,
    /// A new run with the form's settings.
    pub reset: &'static str,
    /// The note when everything is done.
    pub finished: &'static str,
}

/// The controls.
#[component]
pub fn RunControls(
    /// The run.
    run: TrainingRun,
    /// Whether the form's settings are valid and the engine can train (start / reset).
    #[prop(into)]
    can_start: Signal<bool>,
    /// Starts a new run with the form's settings (start and reset).
    on_start: Callback<()>,
    /// Trains on.
    on_resume: Callback<()>,
    /// Pauses.
    on_pause: Callback<()>,
    /// The words.
    words: ControlWords,
    /// `data-testid` prefix.
    testid: &'static str,
    /// The resume button's `data-testid` suffix ("resume" unless named).
    #[prop(optional)]
    resume_id: Option<&'static str>,
    /// A family's own buttons.
    #[prop(optional)]
    children: Option<Children>,
) -> impl IntoView {
    let phase = move || run.phase.get();
    let id = move |suffix: &str| format!("{testid}-{suffix}");
    let resume_id = resume_id.unwrap_or("resume");
    view! {
        <div class="panel-actions" data-testid=id("phase") data-phase=move || phase().name()
            data-busy=move || run.busy.get().to_string()
            data-diverged=move || (phase() == RunPhase::Diverged).to_string()>
            {move || match phase() {
                RunPhase::Idle => view! {
                    <button data-testid=id("start") disabled=move || !can_start.get()
                        on:click=move |_| on_start.run(())>{words.start}</button>
                }.into_any(),
                RunPhase::Starting => view! { <button disabled=true>{strings::VAE_STARTING}</button> }.into_any(),
                RunPhase::Running => view! {
                    <button data-testid=id("pause") on:click=move |_| on_pause.run(())>{strings::PAUSE}</button>
                }.into_any(),
                RunPhase::Paused => view! {
                    <button data-testid=id(resume_id) disabled=move || run.busy.get() || !can_start.get()
                        on:click=move |_| on_resume.run(())>{words.resume}</button>
                }.into_any(),
                RunPhase::Finished => view! {
                    <span class="ok" data-testid=id("finished")>{words.finished}</span>
                }.into_any(),
                // The weights are lost: the error box offers the reset.
                RunPhase::Diverged => ().into_any(),
            }}
            {children.map(|c| c())}
            {move || (run.exists.get() && phase() != RunPhase::Idle).then(|| view! {
                <button class="secondary" data-testid=id("reset")
                    disabled=move || !can_start.get() || phase() == RunPhase::Starting
                    on:click=move |_| on_start.run(())>{words.reset}</button>
            })}
        </div>
    }
}
