//! What slides 1.37–1.39 show before the student has a progressive GAN run: where to get one
//! (grow it on 1.35, or load the class's grown network right here), and the data loader if the
//! data is not in yet.

use leptos::prelude::*;

use super::{SHIPPED, use_progan, words};
use crate::engine::{DataStatus, use_engine};
use crate::widgets::data_loader::DataLoader;
use crate::widgets::jump_ahead::JumpAhead;

/// The note and the ways to a run; the jump stays (it can replace a run, after asking).
#[component]
pub fn NeedsRun(
    /// `data-testid` of the note.
    testid: &'static str,
) -> impl IntoView {
    let engine = use_engine();
    let gan = use_progan();
    let data_ready = move || matches!(engine.data.get(), DataStatus::Ready(_));
    view! {
        {move || (!gan.run.exists.get()).then(|| view! {
            <p class="muted" data-testid=testid>{words::needs_run()}</p>
            {move || (!data_ready()).then(|| view! { <DataLoader/> })}
        })}
        <JumpAhead shipped=SHIPPED state=gan.jump run=gan.run testid="progan"/>
    }
}
