//! A run's error box, the same in every lab: the engine's failure in the page's words, and for a
//! run whose loss stopped being finite (its weights are lost) the one way on, a reset.

use leptos::prelude::*;

use crate::training_run::TrainingRun;
use crate::wording;

/// The box (nothing while there is no error).
#[component]
pub fn RunError(
    /// The run whose failure to show.
    run: TrainingRun,
    /// Starts a new run.
    on_reset: Callback<()>,
    /// The reset button's text.
    reset_label: &'static str,
    /// `data-testid` of the box; the button gets the same with `-reset`.
    testid: &'static str,
) -> impl IntoView {
    move || {
        run.error.get().map(|failure| {
            view! {
                <div class="lab-error" role="alert" data-testid=testid>
                    <p>{wording::failure(&failure)}</p>
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
