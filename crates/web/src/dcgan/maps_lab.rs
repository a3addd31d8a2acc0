//! What a transposed convolution does, on the student's own generator (slide 1.34): for one of
//! the film strip's fixed codings, the 7 × 7 maps the projection is reshaped into, the 14 × 14
//! maps the first transposed convolution makes of them, and the 28 × 28 image the second makes
//! of those. Asked again at every epoch's end, so the maps change as the generator learns.

use generativa_protocol::dcgan::MODEL;
use generativa_protocol::dense_gan::GanCommand;
use leptos::prelude::*;

use super::DcganRun;
use crate::engine::use_engine;
use crate::strings;
use crate::widgets::tile_grid::TileGrid;

/// The lab.
#[component]
pub fn DcganMapsLab() -> impl IntoView {
    let engine = use_engine();
    let DcganRun(gan) = expect_context::<DcganRun>();
    let coding = RwSignal::new(0u32);
    let ask = move || {
        if gan.run.exists.get_untracked() {
            engine.send_model(
                MODEL,
                &GanCommand::Maps {
                    coding: coding.get_untracked(),
                },
            );
        }
    };
    // A new picture of the run (an epoch's end, a load) or another coding: ask again.
    Effect::new(move |_| {
        coding.track();
        gan.film.track();
        gan.run.exists.track();
        ask();
    });
    let part = move |pick: fn(&generativa_protocol::dcgan::DcganMaps) -> Vec<Vec<u8>>| {
        Signal::derive(move || gan.maps.with(|m| m.as_ref().map(pick).unwrap_or_default()))
    };
    let small = part(|m| m.small.clone());
    let middle = part(|m| m.middle.clone());
    let image = part(|m| vec![m.image.clone()]);
    view! {
        <section class="lab" data-testid="dcgan-maps-lab">
            <h2 class="lab-title">{strings::dcgan_maps_title()}</h2>
            {move || (!gan.run.exists.get()).then(|| view! { <p class="muted" data-testid="dcgan-maps-needs-run">{strings::dcgan_maps_needs_run()}</p> })}
            <label class="field">
                <span>{strings::dcgan_maps_coding()}</span>
                <select data-testid="dcgan-maps-coding" on:change=move |e| coding.set(event_target_value(&e).parse().unwrap_or(0))>
                    {(0..8u32).map(|k| view! { <option value=k.to_string() selected=move || coding.get() == k>{format!("{}", k + 1)}</option> }).collect_view()}
                </select>
            </label>
            {move || gan.maps.with(|m| m.as_ref().map(|m| view! {
                <p class="hint" data-testid="dcgan-maps-state" data-coding=m.coding.to_string() data-epochs=m.epochs_done.to_string()>
                    {format!("{} {} · {} {}", strings::dcgan_maps_coding(), m.coding + 1, strings::dcgan_maps_after(), m.epochs_done)}
                </p>
            }))}
            <div class="maps-flow">
                <TileGrid maps=small side=7usize per_line=16 scale=3usize label=strings::dcgan_maps_small().to_string() testid="dcgan-maps-small"/>
                <span class="maps-arrow" aria-hidden="true">"→"</span>
                <TileGrid maps=middle side=14usize per_line=8 scale=2usize label=strings::dcgan_maps_middle().to_string() testid="dcgan-maps-middle"/>
                <span class="maps-arrow" aria-hidden="true">"→"</span>
                <TileGrid maps=image side=28usize per_line=1 scale=4usize label=strings::dcgan_maps_image().to_string() testid="dcgan-maps-image"/>
            </div>
            <p class="hint">{strings::dcgan_maps_hint()}</p>
        </section>
    }
}
