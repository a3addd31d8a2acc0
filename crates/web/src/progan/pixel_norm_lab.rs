//! Slide 1.39 on the live generator: one level's last convolution for the first fixed coding,
//! before and after pixel normalisation — the centre position's channel vector as bars, and the
//! root mean square of every position as a small map (uneven before, 1 everywhere after).

use generativa_protocol::progan::ProganCommand;
use leptos::prelude::*;

use super::needs_run::NeedsRun;
use super::{use_progan, words};
use crate::engine::use_engine;
use crate::widgets::tile_grid::TileGrid;

/// Screen width of an RMS map.
const MAP_PX: usize = 128;

/// Bars of one vector, centred on zero, scaled by `largest`.
fn bars(values: Vec<f32>, largest: f32, class: &'static str) -> impl IntoView {
    let n = values.len().max(1);
    let width = 100.0 / n as f32;
    view! {
        <svg class=format!("vector-bars {class}") viewBox="0 0 100 40" preserveAspectRatio="none" aria-hidden="true">
            <line x1="0" y1="20" x2="100" y2="20" class="axis"/>
            {values.into_iter().enumerate().map(|(i, v)| {
                let h = (v / largest).clamp(-1.0, 1.0) * 19.0;
                let (y, height) = if h >= 0.0 { (20.0 - h, h) } else { (20.0, -h) };
                view! { <rect x=format!("{:.2}", i as f32 * width + width * 0.1) y=format!("{y:.2}") width=format!("{:.2}", width * 0.8) height=format!("{height:.2}")/> }
            }).collect_view()}
        </svg>
    }
}

/// Values as grey levels on one scale: 0 → white, `top` → black.
fn grey(values: &[f32], top: f32) -> Vec<u8> {
    values
        .iter()
        .map(|&v| ((v / top.max(1e-6)).clamp(0.0, 1.0) * 255.0).round() as u8)
        .collect()
}

fn range(values: &[f32]) -> (f32, f32) {
    values
        .iter()
        .fold((f32::INFINITY, f32::NEG_INFINITY), |(l, h), &v| {
            (l.min(v), h.max(v))
        })
}

/// The lab.
#[component]
pub fn PixelNormLab() -> impl IntoView {
    let engine = use_engine();
    let gan = use_progan();
    let level = RwSignal::new(0u32);
    let levels = move || {
        gan.ready
            .with(|r| r.as_ref().map_or(4, |r| r.channels.len() as u32))
    };
    Effect::new(move |_| {
        let command = ProganCommand::PixelNorm { level: level.get() };
        gan.pictures.track();
        gan.run.exists.track();
        gan.look(&engine, command);
    });
    let switched_off = move || {
        gan.ready
            .with(|r| r.as_ref().is_some_and(|r| !r.settings.pixel_norm))
    };
    let look = move || gan.pixel_norm.get();
    view! {
        <section class="lab" data-testid="progan-pixel-lab">
            <h2 class="lab-title">{words::pixel_title()}</h2>
            <NeedsRun testid="progan-pixel-needs-run"/>
            {move || switched_off().then(|| view! { <p class="hint">{words::pixel_off()}</p> })}
            <label class="field">
                <span>{words::pixel_level()}</span>
                <select data-testid="progan-pixel-level" on:change=move |e| level.set(event_target_value(&e).parse().unwrap_or(0))>
                    {move || (0..levels()).map(|l| {
                        let side = 4u32 << l;
                        view! { <option value=l.to_string() selected=move || level.get() == l>{format!("{side} × {side}")}</option> }
                    }).collect_view()}
                </select>
            </label>
            {move || look().map(|p| {
                let largest = p.before.iter().chain(&p.after).fold(1e-6f32, |m, v| m.max(v.abs()));
                let (low_b, high_b) = range(&p.rms_before);
                let (low_a, high_a) = range(&p.rms_after);
                let top = high_b.max(high_a);
                let side = p.side;
                let scale = (MAP_PX / side).max(1);
                let (before, after) = (p.before.clone(), p.after.clone());
                let span = |(l, h): (f32, f32)| format!("{} {l:.3} {} {h:.3}", words::pixel_range(), words::pixel_to());
                view! {
                    <div class="pixel-norm" data-testid="progan-pixel" data-level=p.level.to_string()
                        data-rms-after-min=low_a.to_string() data-rms-after-max=high_a.to_string()
                        data-rms-before-min=low_b.to_string() data-rms-before-max=high_b.to_string()
                        data-channels=p.before.len().to_string()>
                        <h3>{words::pixel_vector()}</h3>
                        <div class="vector-pair">
                            <figure><figcaption>{words::pixel_before()}</figcaption>{bars(before.clone(), largest, "before")}</figure>
                            <figure><figcaption>{words::pixel_after()}</figcaption>{bars(after.clone(), largest, "after")}</figure>
                        </div>
                        <h3>{words::pixel_rms()}</h3>
                        <div class="maps-flow">
                            <TileGrid maps=vec![grey(&p.rms_before, top)] side=side per_line=1 scale=scale
                                label=format!("{}: RMS {}", words::pixel_before(), span((low_b, high_b))) testid="progan-pixel-rms-before"/>
                            <span class="maps-arrow" aria-hidden="true">"→"</span>
                            <TileGrid maps=vec![grey(&p.rms_after, top)] side=side per_line=1 scale=scale
                                label=format!("{}: RMS {}", words::pixel_after(), span((low_a, high_a))) testid="progan-pixel-rms-after"/>
                        </div>
                    </div>
                }
            })}
            <p class="hint">{words::pixel_hint()}</p>
        </section>
    }
}
