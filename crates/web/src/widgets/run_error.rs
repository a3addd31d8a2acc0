//! A run's error box, the same in every lab: the engine's failure in the page's words; for a
//! run whose loss stopped being finite (its weights are lost) the one way on, a reset; and after
//! the engine stopped (a lost GPU, a crash) the offer to continue from the run it last kept.

use generativa_protocol::Failure;
use leptos::prelude::*;

use crate::engine::{DataStatus, EngineStatus, use_engine};
use crate::i18n::english;
use crate::training_run::TrainingRun;
use crate::wording;

/// After a restart: what was kept and a button to go on from it (or how to begin again).
#[component]
fn ContinueKept(run: TrainingRun, testid: &'static str) -> impl IntoView {
    let engine = use_engine();
    let model = run.model;
    // The restarted engine must have its backend and, if the data set was loaded, have it again.
    let ready = move || {
        engine.status.get() == EngineStatus::Ready
            && engine.backend.with(Option::is_some)
            && matches!(engine.data.get(), DataStatus::Ready(_) | DataStatus::Idle)
    };
    move || match engine.stored_run(model) {
        Some(kept) => {
            let what = match (english(), kept.epochs) {
                (false, 0) => format!("Lo guardado ({} pasos) puede seguir aquí.", kept.steps),
                (true, 0) => format!("What was kept ({} steps) can go on here.", kept.steps),
                (false, e) => format!(
                    "Lo guardado ({} pasos, {e} épocas completas) puede seguir aquí.",
                    kept.steps
                ),
                (true, e) => format!(
                    "What was kept ({} steps, {e} full epochs) can go on here.",
                    kept.steps
                ),
            };
            view! {
                <p>
                    {what} " "
                    <button data-testid=format!("{testid}-continue") disabled=move || !ready()
                        on:click=move |_| engine.restore(model)>
                        {move || if ready() {
                            crate::i18n::pick("Seguir desde lo guardado", "Continue from what was kept")
                        } else if matches!(engine.status.get(), EngineStatus::Failed(_)) {
                            crate::i18n::pick("El motor no arrancó: recarga la página", "The engine did not start: reload the page")
                        } else if matches!(engine.data.get(), DataStatus::Failed(_)) {
                            crate::i18n::pick("Vuelve a cargar los datos para seguir", "Load the data again to continue")
                        } else {
                            crate::i18n::pick("Preparando el motor…", "Preparing the engine…")
                        }}
                    </button>
                </p>
            }
            .into_any()
        }
        None => view! {
            <p>{crate::i18n::pick(
                "No había nada guardado de este modelo: empieza de nuevo.",
                "Nothing of this model was kept: start again.",
            )}</p>
        }
        .into_any(),
    }
}

/// The box (nothing while there is no error).
#[component]
pub fn RunError(
    /// The run whose failure to show.
    run: TrainingRun,
    /// Starts a new run.
    on_reset: Callback<()>,
    /// The reset button's text.
    reset_label: &'static str,
    /// `data-testid` of the box; the button gets the same with `-reset`, the offer after a
    /// restart `-continue`.
    testid: &'static str,
) -> impl IntoView {
    move || {
        run.error.get().map(|failure| {
            let lost = matches!(failure, Failure::EngineLost { .. });
            view! {
                <div class="lab-error" role="alert" data-testid=testid>
                    <p>{wording::failure(&failure)}</p>
                    {lost.then(|| view! { <ContinueKept run testid/> })}
                    {run.diverged().then(|| view! {
                        <button data-testid=format!("{testid}-reset") on:click=move |_| on_reset.run(())>
                            {reset_label}
                        </button>
                    })}
                </div>
            }
        })
    }
}
