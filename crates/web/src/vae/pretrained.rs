//! The shipped pre-trained VAE on slides 1.1–1.3: until the student has a run of their own,
//! those slides load the lecture's VAE trained for 25 epochs (made by `cargo xtask pretrain`,
//! checked by its SHA-256 in the README and the tests) and say clearly that it is not theirs.
//! 1.10 does not show it: training there starts from scratch and replaces it.

use generativa_core::vae::pretrained::{EPOCHS, FILE_NAME, SHA256};
use leptos::prelude::*;

use crate::engine::{DataStatus, Engine, EngineStatus, use_engine};
use crate::strings;
use crate::vae::VaeRun;
use crate::widgets::data_loader::DataLoader;

impl VaeRun {
    /// Loads the shipped run into the engine (once; only while there is no run).
    pub fn load_pretrained(&self, engine: Engine) {
        if self.run.exists.get_untracked() || self.pretrained_asked.get_untracked() {
            return;
        }
        self.pretrained_asked.set(true);
        let run = *self;
        wasm_bindgen_futures::spawn_local(async move {
            match crate::shipped::fetch(FILE_NAME).await {
                // Another run may have begun while the file arrived: it wins.
                Ok(bytes) if !run.run.exists.get_untracked() => {
                    run.pretrained_pending.set(true);
                    engine.load(crate::vae::MODEL, bytes);
                }
                Ok(_) => {}
                Err(reason) => run.pretrained_problem.set(Some(reason)),
            }
        });
    }
}

/// The label of 1.1–1.3, which also asks for the pre-trained model when it can be shown.
#[component]
pub fn PretrainedNote() -> impl IntoView {
    let engine = use_engine();
    let vae = super::use_vae();
    let data_ready = move || matches!(engine.data.get(), DataStatus::Ready(_));
    Effect::new(move |_| {
        let engine_ready =
            engine.status.get() == EngineStatus::Ready && engine.backend.get().is_some();
        if engine_ready && data_ready() && !vae.run.exists.get() {
            vae.load_pretrained(engine);
        }
    });
    view! {
        {move || (!vae.run.exists.get() && !data_ready()).then(|| view! {
            <p class="hint">{strings::vae_pretrained_needs_data()}</p>
            <DataLoader/>
        })}
        {move || vae.pretrained.get().then(|| view! {
            <p class="note" data-testid="vae-pretrained">
                <strong>{strings::vae_pretrained()}</strong>
                {format!(" {EPOCHS} {}", strings::vae_pretrained_what())}
                <code>"cargo xtask pretrain"</code>
                {move || vae.epochs.with(|e| e.last().map(|e| format!(" · {} {:.4}", strings::vae_valid_loss(), e.valid_total))).unwrap_or_default()}
                {format!(" · SHA-256 {}… · {}", &SHA256[..16], strings::vae_pretrained_yours())}
            </p>
        })}
        {move || vae.pretrained_problem.get().map(|reason| view! {
            <p class="muted" data-testid="vae-pretrained-problem">{format!("{} ({reason})", strings::vae_pretrained_missing())}</p>
        })}
    }
}
