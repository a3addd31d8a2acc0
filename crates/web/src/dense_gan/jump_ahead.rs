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
                {move || if gan.shipped_fetching.get() { strings::gan_jump_fetching().to_owned() } else { format!("{} {epochs} {} ({:.1} MB)", strings::gan_jump(), strings::gan_jump_epochs(), shipped.bytes as f64 / 1e6) }}
            </button>
            {move || confirm.get().then(|| view! {
                <p class="note" role="alert" data-testid="gan-jump-confirm">
                    {strings::gan_jump_confirm()}" "
                    <button data-testid="gan-jump-yes" on:click=move |_| go()>{strings::gan_jump_yes()}</button>" "
                    <button on:click=move |_| confirm.set(false)>{strings::gan_jump_no()}</button>
                </p>
            })}
            {move || gan.shipped.get().then(|| view! {
                <p class="note" data-testid="gan-shipped">
                    <strong>{strings::gan_shipped()}</strong>
                    {format!(" {epochs} {}", (shipped.what)())}
                    <code>{shipped.command}</code>
                    {format!(" · {} · {:.1} MB · SHA-256 {}… · {}", shipped.file_name, shipped.bytes as f64 / 1e6, &shipped.sha256[..16], strings::gan_shipped_yours())}
                </p>
            })}
            {move || gan.shipped_problem.get().map(|reason| view! {
                <p class="error" role="status" data-testid="gan-jump-problem">{format!("{} ({reason}). {}", strings::gan_jump_missing(), strings::gan_jump_kept())}</p>
            })}
        </div>
    }
    .into_any()
}
