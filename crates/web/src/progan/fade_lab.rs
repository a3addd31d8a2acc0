//! Slide 1.37 on the live generator: pick the level coming in and move α; the page shows the
//! old path (the previous level's output, upsampled), the new path and the output at α for the
//! 8 fixed codings, computed by the engine from the run's own weights.

use generativa_protocol::progan::ProganCommand;
use leptos::prelude::*;

use super::needs_run::NeedsRun;
use super::{use_progan, words};
use crate::engine::use_engine;
use crate::widgets::tile_grid::TileGrid;

/// Screen width of one tile.
const TILE_PX: usize = 64;

/// The lab.
#[component]
pub fn FadeLab() -> impl IntoView {
    let engine = use_engine();
    let gan = use_progan();
    // The level the run is fading in (or the next one), else 8 × 8.
    let run_level = move || gan.stage.with(|s| s.map_or(1, |s| s.level.clamp(1, 3)));
    let level = RwSignal::new(run_level());
    let alpha = RwSignal::new(0.5f32);
    let levels = move || {
        gan.ready
            .with(|r| r.as_ref().map_or(4, |r| r.channels.len() as u32))
    };
    // A new picture of the run (a level's end, a load), another level or α: ask again.
    Effect::new(move |_| {
        let command = ProganCommand::Fade {
            level: level.get(),
            alpha: alpha.get(),
        };
        gan.pictures.track();
        gan.run.exists.track();
        gan.look(&engine, command);
    });
    let use_run = move |_| {
        if let Some(s) = gan.stage.get_untracked() {
            level.set(s.level.clamp(1, 3));
            alpha.set(if s.fading { s.alpha } else { 1.0 });
        }
    };
    let part = move |pick: fn(&generativa_protocol::progan::ProganFade) -> Vec<Vec<u8>>| {
        Signal::derive(move || gan.fade.with(|f| f.as_ref().map(pick).unwrap_or_default()))
    };
    let side = Signal::derive(move || {
        gan.fade
            .with(|f| f.as_ref().map_or(8, |f| f.new.side as usize))
    });
    let scale = Signal::derive(move || (TILE_PX / side.get()).max(1));
    let caption = move |words: fn() -> &'static str| {
        Signal::derive(move || format!("{} ({s} × {s})", words(), s = side.get()))
    };
    view! {
        <section class="lab" data-testid="progan-fade-lab">
            <h2 class="lab-title">{words::fade_title()}</h2>
            <NeedsRun testid="progan-fade-needs-run"/>
            <div class="field-row">
                <label class="field">
                    <span>{words::fade_level()}</span>
                    <select data-testid="progan-fade-level" on:change=move |e| level.set(event_target_value(&e).parse().unwrap_or(1))>
                        {move || (1..levels()).map(|l| {
                            let side = 4u32 << l;
                            view! { <option value=l.to_string() selected=move || level.get() == l>{format!("{side} × {side}")}</option> }
                        }).collect_view()}
                    </select>
                </label>
                <label class="field slider">
                    <span>{move || format!("{} = {:.2}", words::fade_alpha(), alpha.get())}</span>
                    <input type="range" min="0" max="1" step="0.05" data-testid="progan-fade-alpha"
                        prop:value=move || alpha.get().to_string()
                        on:input=move |e| alpha.set(event_target_value(&e).parse().unwrap_or(0.5))/>
                </label>
                <button type="button" on:click=use_run disabled=move || gan.stage.with(Option::is_none)
                    data-testid="progan-fade-use-run">{words::fade_use_run()}</button>
            </div>
            {move || gan.fade.with(|f| f.as_ref().map(|f| view! {
                <p class="hint" data-testid="progan-fade-state" data-level=f.new.level.to_string() data-alpha=format!("{:.2}", f.alpha)>
                    {format!("{} = {:.2} · {} + {:.2} · {}", words::out_word(), f.alpha, words::new_word(), 1.0 - f.alpha, words::old_word())}
                </p>
            }))}
            <div class="maps-flow">
                <TileGrid maps=part(|f| f.old.images.clone()) side=side per_line=4 scale=scale label=caption(words::fade_old) testid="progan-fade-old"/>
                <TileGrid maps=part(|f| f.new.images.clone()) side=side per_line=4 scale=scale label=caption(words::fade_new) testid="progan-fade-new"/>
                <TileGrid maps=part(|f| f.blend.images.clone()) side=side per_line=4 scale=scale label=caption(words::fade_blend) testid="progan-fade-blend"/>
            </div>
            <p class="hint">{words::fade_hint()}</p>
        </section>
    }
}
