//! Slide 1.31's `shuffle(1000)` on a small example: 20 images through a buffer of a few, the
//! order an epoch hands them out in, beside a full shuffle's — every image once, but each near
//! its place when the buffer is small. The same function the trainer uses.

use generativa_core::data::buffer_shuffle;
use generativa_core::rng::Rng;
use leptos::prelude::*;

use crate::strings;

/// Images in the example.
const IMAGES: usize = 20;

/// One order as numbered chips, each shaded by how far it moved.
#[component]
fn Order(order: Vec<usize>, testid: &'static str) -> impl IntoView {
    let joined = order
        .iter()
        .map(usize::to_string)
        .collect::<Vec<_>>()
        .join(",");
    view! {
        <ol class="chips" data-testid=testid data-order=joined>
            {order.into_iter().enumerate().map(|(position, image)| {
                let moved = position.abs_diff(image);
                let shade = (moved as f64 / IMAGES as f64 * 100.0).min(100.0);
                view! { <li style=("--moved", format!("{shade:.0}%")) title=format!("{} {image} · {} {position}", strings::gan_buffer_image(), strings::gan_buffer_position())>{image}</li> }
            }).collect_view()}
        </ol>
    }
}

/// The lab.
#[component]
pub fn BufferLab() -> impl IntoView {
    let buffer = RwSignal::new(4usize);
    let epoch = RwSignal::new(1u64);
    let orders = Signal::derive(move || {
        let mut rng = Rng::new(0x31 ^ epoch.get());
        let buffered = buffer_shuffle(IMAGES, buffer.get(), &mut rng);
        let full = rng.permutation(IMAGES);
        (buffered, full)
    });
    view! {
        <section class="lab" data-testid="gan-buffer-lab">
            <h2 class="lab-title">{strings::gan_buffer_title()}</h2>
            <div class="field-row">
                <label class="field">
                    <span>{strings::gan_buffer_size()}</span>
                    <select data-testid="gan-buffer-size" on:change=move |e| {
                        if let Ok(v) = event_target_value(&e).parse::<usize>() { buffer.set(v); }
                    }>
                        {[1usize, 2, 4, 8, 20].into_iter().map(|b| view! { <option value=b.to_string() selected=move || buffer.get() == b>{b.to_string()}</option> }).collect_view()}
                    </select>
                </label>
                <button data-testid="gan-buffer-epoch" on:click=move |_| epoch.update(|e| *e += 1)>{strings::gan_buffer_again()}</button>
            </div>
            <h3>{move || format!("shuffle({}) · {} {}", buffer.get(), strings::gan_buffer_epoch(), epoch.get())}</h3>
            {move || view! { <Order order=orders.get().0 testid="gan-buffer-order"/> }}
            <h3>{strings::gan_buffer_full()}</h3>
            {move || view! { <Order order=orders.get().1 testid="gan-buffer-full"/> }}
            <p class="hint">{strings::gan_buffer_hint()}</p>
        </section>
    }
}
