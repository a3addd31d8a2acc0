//! Slide 1.6 to poke at: the sampling layer itself, run by the engine. Choose μ and γ, draw
//! one ε and see z = μ + exp(γ/2)·ε, or draw thousands and compare their histogram with the
//! density of N(μ, σ²).

use generativa_protocol::VaeCommand;
use generativa_protocol::vae::MODEL;
use leptos::prelude::*;

use crate::engine::{EngineStatus, use_engine};
use crate::strings;

const W: f64 = 560.0;
const H: f64 = 220.0;
const BINS: usize = 40;
/// Draws for the histogram.
pub const MANY: u32 = 5_000;

fn density(x: f64, mu: f64, sigma: f64) -> f64 {
    (-(x - mu).powi(2) / (2.0 * sigma * sigma)).exp() / (sigma * std::f64::consts::TAU.sqrt())
}

/// The lab.
#[component]
pub fn SamplingLab() -> impl IntoView {
    let engine = use_engine();
    let run = super::use_vae();
    let mu = RwSignal::new(1.0f32);
    let gamma = RwSignal::new(-1.0f32);
    let ready =
        move || engine.status.get() == EngineStatus::Ready && engine.backend.get().is_some();
    let draw = move |count: u32| {
        engine.send_model(
            MODEL,
            &VaeCommand::Sample {
                mean: mu.get_untracked(),
                log_var: gamma.get_untracked(),
                count,
            },
        )
    };
    let current = move || run.samples.get();
    let histogram = move || {
        let Some((m, g, values)) = current().filter(|(_, _, v)| v.len() > 1) else {
            return ().into_any();
        };
        let (m, s) = (f64::from(m), f64::from((g / 2.0).exp()));
        let (lo, hi) = (m - 4.0 * s, m + 4.0 * s);
        let width = (hi - lo) / BINS as f64;
        let mut counts = [0usize; BINS];
        for v in &values {
            let k = ((f64::from(*v) - lo) / width).floor();
            if (0.0..BINS as f64).contains(&k) {
                counts[k as usize] += 1;
            }
        }
        let n = values.len() as f64;
        let peak = density(m, m, s);
        let sx = move |x: f64| 20.0 + (x - lo) / (hi - lo) * (W - 40.0);
        let sy = move |d: f64| H - 24.0 - d / (peak * 1.15) * (H - 40.0);
        let bars = counts
            .iter()
            .enumerate()
            .map(|(k, c)| {
                let d = *c as f64 / (n * width);
                let x = sx(lo + k as f64 * width);
                view! { <rect class="hist-bar" x=x y=sy(d) width=(sx(lo + width) - sx(lo) - 1.0).max(1.0) height=(H - 24.0 - sy(d)).max(0.0)/> }
            })
            .collect_view();
        let curve = (0..=200)
            .map(|k| {
                let x = lo + (hi - lo) * k as f64 / 200.0;
                format!("{:.1},{:.1}", sx(x), sy(density(x, m, s)))
            })
            .collect::<Vec<_>>()
            .join(" ");
        let mean = values.iter().map(|v| f64::from(*v)).sum::<f64>() / n;
        let sd = (values
            .iter()
            .map(|v| (f64::from(*v) - mean).powi(2))
            .sum::<f64>()
            / n)
            .sqrt();
        view! {
            <figure class="histogram" data-testid="sampling-histogram" data-count=values.len()>
                <svg viewBox=format!("0 0 {W} {H}") role="img" aria-label=format!("{} · n = {} · μ = {mean:.3} · σ = {sd:.3}", crate::strings::vae_histogram_label(), values.len())>
                    {bars}
                    <polyline class="chart-line" points=curve stroke="#c2410c"/>
                    <line class="chart-axis" x1="20" x2=W - 20.0 y1=H - 24.0 y2=H - 24.0/>
                    <text class="chart-tick" x=sx(m) y=H - 8.0 text-anchor="middle">{format!("μ = {m:.2}")}</text>
                    <text class="chart-tick" x=sx(m - 2.0 * s) y=H - 8.0 text-anchor="middle">"μ − 2σ"</text>
                    <text class="chart-tick" x=sx(m + 2.0 * s) y=H - 8.0 text-anchor="middle">"μ + 2σ"</text>
                </svg>
                <figcaption data-testid="sampling-stats">
                    {format!("{} {}: {} {mean:.3} ({} {m:.3}), {} {sd:.3} ({} {s:.3})", values.len(), strings::vae_draws(),
                        strings::vae_mean(), strings::vae_expected(), strings::vae_sd(), strings::vae_expected())}
                </figcaption>
            </figure>
        }
        .into_any()
    };
    let single = move || {
        let (m, g, values) = current().filter(|(_, _, v)| v.len() == 1)?;
        let s = (g / 2.0).exp();
        let z = values[0];
        Some(view! {
            <p class="mono" data-testid="sampling-one">
                {format!("ε = {:.3} → z = {m:.2} + exp({g:.2} / 2) · {:.3} = {m:.2} + {s:.3} · {:.3} = ", (z - m) / s, (z - m) / s, (z - m) / s)}
                <strong>{format!("{z:.3}")}</strong>
            </p>
        })
    };
    view! {
        <section class="lab" data-testid="vae-sampling-lab">
            <h2 class="lab-title">{strings::vae_sampling_title()}</h2>
            <div class="field-row">
                <label class="field slider-field">
                    <span>"μ = "<output>{move || format!("{:.2}", mu.get())}</output></span>
                    <input type="range" min="-3" max="3" step="0.01" data-testid="sampling-mu" prop:value=move || mu.get().to_string()
                        on:input=move |e| { if let Ok(v) = event_target_value(&e).parse::<f32>() { mu.set(v) } }/>
                </label>
                <label class="field slider-field">
                    <span>"γ = log σ² = "<output>{move || format!("{:.2}", gamma.get())}</output>{move || format!("  (σ = {:.3})", (gamma.get() / 2.0).exp())}</span>
                    <input type="range" min="-6" max="2" step="0.01" data-testid="sampling-gamma" prop:value=move || gamma.get().to_string()
                        on:input=move |e| { if let Ok(v) = event_target_value(&e).parse::<f32>() { gamma.set(v) } }/>
                </label>
            </div>
            <div class="panel-actions">
                <button data-testid="sampling-draw-one" disabled=move || !ready() on:click=move |_| draw(1)>{strings::vae_draw_one()}</button>
                <button class="secondary" data-testid="sampling-draw-many" disabled=move || !ready() on:click=move |_| draw(MANY)>
                    {format!("{} {MANY}", strings::vae_draw_many())}</button>
            </div>
            {move || (!ready()).then(|| view! { <p class="muted">{strings::toy_wait_engine()}</p> })}
            {single}
            {histogram}
        </section>
    }
}
