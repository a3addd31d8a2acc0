//! A "jump ahead" (slides 1.33, 1.34 and 1.35), written once for every family that ships a
//! finished run: the run made by the project's own trainer (`cargo xtask pretrain …`), shipped
//! with its SHA-256 and loaded as an ordinary run, so a class can look at the end result without
//! waiting. The page says clearly that it is not the student's run, and asks before replacing
//! one; a failed download keeps the student's run as it was.
//!
//! `data-testid`s (after the lab's prefix): `-jump` (the button), `-jump-confirm`, `-jump-yes`,
//! `-shipped` (the note on the loaded file), `-jump-problem`.

use leptos::prelude::*;

use crate::engine::{DataStatus, Engine, use_engine};
use crate::strings;
use crate::training_run::TrainingRun;

/// A finished run the site ships (made by the project's own trainer).
#[derive(Clone, Copy, Debug)]
pub struct ShippedRun {
    /// Its file in the site's `pretrained/` folder.
    pub file_name: &'static str,
    /// Its SHA-256.
    pub sha256: &'static str,
    /// Its size in bytes.
    pub bytes: u64,
    /// The command that makes it.
    pub command: &'static str,
    /// The button's words ("load the lecture's GAN after 50 epochs").
    pub jump: fn() -> String,
    /// What it is, in words, before the command that made it.
    pub what: fn() -> String,
}

/// Where a jump ahead stands: plain flags a run keeps beside its own signals.
#[derive(Clone, Copy)]
pub struct JumpState {
    /// Whether the run shown is the shipped one.
    pub shipped: RwSignal<bool>,
    /// Whether the shipped file was fetched and is being loaded.
    pending: RwSignal<bool>,
    /// Whether the shipped file is being fetched.
    pub fetching: RwSignal<bool>,
    /// Why the shipped file could not be fetched.
    pub problem: RwSignal<Option<String>>,
}

impl JumpState {
    /// No jump yet.
    pub fn new() -> Self {
        Self {
            shipped: RwSignal::new(false),
            pending: RwSignal::new(false),
            fetching: RwSignal::new(false),
            problem: RwSignal::new(None),
        }
    }

    /// Pauses `run` (keeping it), fetches `file` and hands it to the engine as a run file of
    /// `run`'s model; a failed fetch leaves the run as it was and says why.
    pub fn fetch_and_load(&self, engine: Engine, run: TrainingRun, file: ShippedRun) {
        if self.fetching.get_untracked() {
            return;
        }
        run.pause_and_keep(&engine);
        self.fetching.set(true);
        self.problem.set(None);
        let state = *self;
        wasm_bindgen_futures::spawn_local(async move {
            let fetched = crate::shipped::fetch(file.file_name).await;
            state.fetching.set(false);
            match fetched {
                Ok(bytes) => {
                    state.pending.set(true);
                    engine.load(run.model, bytes);
                }
                Err(reason) => state.problem.set(Some(reason)),
            }
        });
    }

    /// A run was loaded: it is the shipped one if the shipped file was on its way.
    pub fn loaded(&self) {
        self.shipped.set(self.pending.get_untracked());
        self.pending.set(false);
    }

    /// The engine refused a file (the next file is not the shipped one).
    pub fn refused(&self) {
        self.pending.set(false);
    }

    /// A new run began: it is the student's.
    pub fn cleared(&self) {
        self.shipped.set(false);
    }
}

impl Default for JumpState {
    fn default() -> Self {
        Self::new()
    }
}

/// The button, its confirmation, and the note on the shipped run.
#[component]
pub fn JumpAhead(
    /// The shipped run.
    shipped: ShippedRun,
    /// Where the jump stands.
    state: JumpState,
    /// The run it replaces.
    run: TrainingRun,
    /// `data-testid` prefix.
    testid: &'static str,
) -> impl IntoView {
    let engine = use_engine();
    let id = move |suffix: &str| format!("{testid}-{suffix}");
    let confirm = RwSignal::new(false);
    let can = move || {
        matches!(engine.data.get(), DataStatus::Ready(_))
            && engine.backend.get().is_some()
            && !state.fetching.get()
    };
    let own_run = move || run.exists.get() && !state.shipped.get();
    let go = move || {
        confirm.set(false);
        state.fetch_and_load(engine, run, shipped);
    };
    let megabytes = shipped.bytes as f64 / 1e6;
    view! {
        <div class="jump-ahead">
            <button class="secondary" data-testid=id("jump") disabled=move || !can()
                on:click=move |_| if own_run() { confirm.set(true) } else { go() }>
                {move || if state.fetching.get() { strings::gan_jump_fetching().to_owned() } else { format!("{} ({megabytes:.1} MB)", (shipped.jump)()) }}
            </button>
            {move || confirm.get().then(|| view! {
                <p class="note" role="alert" data-testid=id("jump-confirm")>
                    {strings::gan_jump_confirm()}" "
                    <button data-testid=id("jump-yes") on:click=move |_| go()>{strings::gan_jump_yes()}</button>" "
                    <button on:click=move |_| confirm.set(false)>{strings::gan_jump_no()}</button>
                </p>
            })}
            {move || state.shipped.get().then(|| view! {
                <p class="note" data-testid=id("shipped")>
                    <strong>{strings::gan_shipped()}</strong>
                    {format!(" {} ", (shipped.what)())}
                    <code>{shipped.command}</code>
                    {format!(" · {} · {megabytes:.1} MB · SHA-256 {}… · {}", shipped.file_name, &shipped.sha256[..16], strings::gan_shipped_yours())}
                </p>
            })}
            {move || state.problem.get().map(|reason| view! {
                <p class="error" role="status" data-testid=id("jump-problem")>{format!("{} ({reason}). {}", strings::gan_jump_missing(), strings::gan_jump_kept())}</p>
            })}
        </div>
    }
}
