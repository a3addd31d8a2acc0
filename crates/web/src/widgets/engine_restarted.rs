//! Said at the top of every page after the training engine stopped and was restarted (a lost
//! GPU, a crash): what happened, where it trains now, and that each lab offers to continue from
//! what it kept. Every lab's error box says the same for its own run; this note also reaches a
//! lab whose run restarted by itself (the toy GAN makes a fresh one). Dismissable.

use leptos::prelude::*;

use crate::engine::use_engine;
use crate::i18n::pick;

/// The note (nothing until the engine is restarted, or once dismissed).
#[component]
pub fn EngineRestarted() -> impl IntoView {
    let engine = use_engine();
    // The restart the student dismissed (a later one shows again).
    let dismissed = RwSignal::new(0u32);
    move || {
        engine
            .lost
            .get()
            .filter(|loss| loss.restarts > dismissed.get())
            .map(|loss| {
                let what = if loss.gpu {
                    pick(
                        "Se perdió la GPU y el motor de entrenamiento volvió a empezar en la CPU.",
                        "The GPU was lost and the training engine started again on the CPU.",
                    )
                } else {
                    pick(
                        "El motor de entrenamiento se detuvo por un error interno y volvió a empezar.",
                        "The training engine stopped on an internal error and started again.",
                    )
                };
                let then = pick(
                    "Cada laboratorio ofrece seguir desde lo que guardó (al final de cada época y en cada pausa).",
                    "Each lab offers to continue from what it kept (at each epoch's end and each pause).",
                );
                let restarts = loss.restarts;
                view! {
                    <p class="address-note" role="status" data-testid="engine-restarted"
                        data-gpu=loss.gpu.to_string() data-restarts=restarts.to_string() title=loss.detail>
                        {what} " " {then} " "
                        <button class="small secondary" data-testid="engine-restarted-dismiss"
                            on:click=move |_| dismissed.set(restarts)>
                            {pick("Entendido", "Got it")}
                        </button>
                    </p>
                }
            })
    }
}
