//! An image GAN's "jump ahead" (slides 1.33 and 1.34): the run the site ships for the family in
//! context, made by the project's own trainer (`cargo xtask pretrain …`) and shipped with its
//! SHA-256, loaded as an ordinary run so a class can look at the end result without waiting.
//! The page says clearly that it is not the student's run, and asks before replacing one.

use leptos::prelude::*;

use crate::engine::{DataStatus, use_engine};
use crate::strings;

/// The button, its confirmation, and the note on the shipped run.
#[component]
pub fn JumpAhead() -> impl IntoView {
    let engine = use_engine();
    let gan = super::use_gan();
    let Some(shipped) = gan.shipped_run else {
        return ().into_any();
    };
    let epochs = shipped.epochs;
    let confirm = RwSignal::new(false);
    let can = move || {
        matches!(engine.data.get(), DataStatus::Ready(_))
            && engine.backend.get().is_some()
            && !gan.shipped_fetching.get()
    };
    let own_run = move || gan.run.exists.get() && !gan.shipped.get();
    let go = move || {
        confirm.set(false);
        gan.jump_ahead(engine);
    };
    view! {
        <div class="jump-ahead">
            <button class="secondary" data-testid="gan-jump" disabled=move || !can()
                on:click=move |_| if own_run() { confirm.set(true) } else { go() }>
                {move || if gan.shipped_fetching.get() { strings::GAN_JUMP_FETCHING.to_owned() } else { format!("{} {epochs} {} ({:.1} MB)", strings::GAN_JUMP, strings::GAN_JUMP_EPOCHS, shipped.bytes as f64 / 1e6) }}
            </button>
            {move || confirm.get().then(|| view! {
                <p class="note" role="alert" data-testid="gan-jump-confirm">
                    {strings::GAN_JUMP_CONFIRM}" "
                    <button data-testid="gan-jump-yes" on:click=move |_| go()>{strings::GAN_JUMP_YES}</button>" "
                    <button on:click=move |_| confirm.set(false)>{strings::GAN_JUMP_NO}</button>
                </p>
            })}
            {move || gan.shipped.get().then(|| view! {
                <p class="note" data-testid="gan-shipped">
                    <strong>{strings::GAN_SHIPPED}</strong>
                    {format!(" {epochs} {}", shipped.what)}
                    <code>{shipped.command}</code>
                    {format!(" · {} · {:.1} MB · SHA-256 {}… · {}", shipped.file_name, shipped.bytes as f64 / 1e6, &shipped.sha256[..16], strings::GAN_SHIPPED_YOURS)}
                </p>
            })}
            {move || gan.shipped_problem.get().map(|reason| view! {
                <p class="error" role="status" data-testid="gan-jump-problem">{format!("{} ({reason}). {}", strings::GAN_JUMP_MISSING, strings::GAN_JUMP_KEPT)}</p>
            })}
        </div>
    }
    .into_any()
}
