//! What slides 1.29–1.30 show before the student has a dense GAN run: where to get one (train
//! on 1.33, or load the class's run after 50 epochs right here).

use leptos::prelude::*;

use crate::engine::{DataStatus, use_engine};
use crate::strings;
use crate::widgets::data_loader::DataLoader;
use crate::widgets::jump_ahead::JumpAhead;

/// The note and the ways to a run; nothing once there is one.
#[component]
pub fn NeedsRun() -> impl IntoView {
    let engine = use_engine();
    let gan = super::use_gan();
    let data_ready = move || matches!(engine.data.get(), DataStatus::Ready(_));
    view! {
        {move || (!gan.run.exists.get()).then(|| view! {
            <p class="hint" data-testid="gan-needs-run">{strings::gan_needs_run()}</p>
            {move || (!data_ready()).then(|| view! { <DataLoader/> })}
        })}
        {gan.shipped_run.map(|shipped| view! { <JumpAhead shipped=shipped state=gan.jump run=gan.run testid="gan"/> })}
    }
}
