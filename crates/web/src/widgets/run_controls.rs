//! A run's controls, the same in every lab: start, pause, resume, reset, and the "finished"
//! note, following the run's [`TrainingRun`] phase. A family's extra buttons (the toy GAN's
//! single steps) go between the main button and the reset.
//!
//! The focus stays on the controls: when the button that had it gives way to another (start →
//! pause → resume, or the "finished" note), the first button of the bar takes it, so a keyboard
//! user is not thrown back to the top of the page.
//!
//! `data-testid`s: the bar is `<prefix>-phase` (with `data-phase` and `data-busy`); the buttons
//! are `<prefix>-start`, `-pause`, `-resume` (or the name given), `-reset`, and the note
//! `-finished`.

use leptos::html::Div;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

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
    let bar = NodeRef::<Div>::new();
    let holds_focus = RwSignal::new(false);
    Effect::new(move |_| {
        run.phase.track();
        if holds_focus.try_get_untracked() != Some(true) {
            return;
        }
        // After the new buttons are drawn: if the focus fell to the page, give it back.
        set_timeout(
            move || {
                // The lab may be gone by now (another slide).
                let Some(bar) = bar.try_get_untracked().flatten() else {
                    return;
                };
                let document = web_sys::window().and_then(|w| w.document());
                let lost = document
                    .as_ref()
                    .and_then(|d| d.active_element())
                    .is_none_or(|e| e.tag_name() == "BODY");
                if lost
                    && let Ok(Some(button)) = bar.query_selector("button:not([disabled])")
                    && let Ok(button) = button.dyn_into::<web_sys::HtmlElement>()
                {
                    let options = web_sys::FocusOptions::new();
                    options.set_prevent_scroll(true);
                    let _ = button.focus_with_options(&options);
                }
            },
            std::time::Duration::ZERO,
        );
    });
    view! {
        <div class="panel-actions" node_ref=bar data-testid=id("phase") data-phase=move || phase().name()
            on:focusin=move |_| holds_focus.set(true)
            on:focusout=move |e: web_sys::FocusEvent| {
                // Focus moving elsewhere lets go; a button replaced by the next phase's (its
                // node gone from the page) does not. Checked once the page has settled.
                let left = e.target().and_then(|t| t.dyn_into::<web_sys::Node>().ok());
                set_timeout(
                    move || {
                        let removed = left.as_ref().is_some_and(|n| !n.is_connected());
                        let inside = web_sys::window()
                            .and_then(|w| w.document())
                            .and_then(|d| d.active_element())
                            .zip(bar.try_get_untracked().flatten())
                            .is_some_and(|(a, bar)| bar.contains(Some(&a)));
                        if !removed && !inside {
                            let _ = holds_focus.try_set(false);
                        }
                    },
                    std::time::Duration::ZERO,
                );
            }
            data-busy=move || run.busy.get().to_string()
            data-diverged=move || (phase() == RunPhase::Diverged).to_string()>
            {move || match phase() {
                RunPhase::Idle => view! {
                    <button data-testid=id("start") disabled=move || !can_start.get()
                        on:click=move |_| on_start.run(())>{words.start}</button>
                }.into_any(),
                RunPhase::Starting => view! { <button disabled=true>{strings::vae_starting()}</button> }.into_any(),
                RunPhase::Running => view! {
                    <button data-testid=id("pause") on:click=move |_| on_pause.run(())>{strings::pause()}</button>
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
