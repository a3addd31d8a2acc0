//! The sigmoid curve σ(t) = 1 / (1 + e^(−t)) with a marker at the current score, and
//! optionally a threshold line (slides 1.15–1.16).

use generativa_core::toy_gan::by_hand::sigmoid;
use leptos::prelude::*;

const W: f64 = 420.0;
const H: f64 = 200.0;
const LEFT: f64 = 36.0;
const RIGHT: f64 = 10.0;
const TOP: f64 = 12.0;
const BOTTOM: f64 = 30.0;
const T_MAX: f64 = 8.0;

fn sx(t: f64) -> f64 {
    LEFT + (t.clamp(-T_MAX, T_MAX) + T_MAX) / (2.0 * T_MAX) * (W - LEFT - RIGHT)
}

fn sy(p: f64) -> f64 {
    TOP + (1.0 - p) * (H - TOP - BOTTOM)
}

/// The curve and the marker at `t`; `threshold` draws a vertical line there.
#[component]
pub fn SigmoidChart(
    /// The score fed to the sigmoid.
    #[prop(into)]
    t: Signal<f32>,
    /// A threshold on the score, if any.
    #[prop(into)]
    threshold: Signal<Option<f32>>,
) -> impl IntoView {
    let curve = (0..=160)
        .map(|k| {
            let t = -T_MAX + 2.0 * T_MAX * k as f64 / 160.0;
            format!("{:.1},{:.1}", sx(t), sy(f64::from(sigmoid(t as f32))))
        })
        .collect::<Vec<_>>()
        .join(" ");
    let ticks = [-8.0, -4.0, 0.0, 4.0, 8.0]
        .into_iter()
        .map(|v: f64| view! { <text class="chart-tick" x=sx(v) y=H - BOTTOM + 15.0 text-anchor="middle">{format!("{v}")}</text> })
        .collect_view();
    view! {
        <figure class="sigmoid-chart" data-testid="sigmoid-chart">
            <svg viewBox=format!("0 0 {W} {H}") role="img" aria-label=crate::strings::toy_sigmoid_label()>
                <line class="chart-grid" x1=LEFT x2=W - RIGHT y1=sy(0.5) y2=sy(0.5)/>
                <line class="chart-axis" x1=LEFT x2=W - RIGHT y1=sy(0.0) y2=sy(0.0)/>
                <line class="chart-axis" x1=sx(0.0) x2=sx(0.0) y1=TOP y2=sy(0.0)/>
                <text class="chart-tick" x=LEFT - 6.0 y=sy(1.0) + 4.0 text-anchor="end">"1"</text>
                <text class="chart-tick" x=LEFT - 6.0 y=sy(0.5) + 4.0 text-anchor="end">"0.5"</text>
                <text class="chart-tick" x=LEFT - 6.0 y=sy(0.0) + 4.0 text-anchor="end">"0"</text>
                {ticks}
                <polyline class="chart-line" points=curve stroke="#1d2345"/>
                {move || threshold.get().map(|th| {
                    let x = sx(f64::from(th));
                    view! {
                        <line class="threshold" x1=x x2=x y1=TOP y2=sy(0.0)/>
                        <text class="chart-tick threshold-label" x=x + 4.0 y=TOP + 10.0>{format!("umbral {th:.1}")}</text>
                    }
                })}
                {move || {
                    let t = f64::from(t.get());
                    let p = f64::from(sigmoid(t as f32));
                    let off = t.abs() > T_MAX;
                    view! {
                        <line class="marker-guide" x1=sx(t) x2=sx(t) y1=sy(p) y2=sy(0.0)/>
                        <circle class="marker" cx=sx(t) cy=sy(p) r=if off { "4" } else { "6" }/>
                        <text class="marker-label" x=sx(t).min(W - 120.0) y=(sy(p) - 10.0).max(TOP + 10.0)>
                            {format!("σ({t:.2}) = {p:.3}")}
                        </text>
                    }
                }}
            </svg>
        </figure>
    }
}

/// Slide 1.16 on its own: a slider for the score and the sigmoid's answer.
#[component]
pub fn SigmoidLab() -> impl IntoView {
    let t = RwSignal::new(1.27f32);
    view! {
        <section class="lab" data-testid="sigmoid-lab">
            <h2 class="lab-title">{crate::strings::toy_sigmoid_title()}</h2>
            <label class="field slider-field">
                <span>{crate::strings::toy_score()}" t = "<output data-testid="sigmoid-t">{move || format!("{:.2}", t.get())}</output></span>
                <input type="range" min="-8" max="8" step="0.01" data-testid="sigmoid-input"
                    prop:value=move || t.get().to_string()
                    on:input=move |e| { if let Ok(v) = event_target_value(&e).parse::<f32>() { t.set(v) } }/>
            </label>
            <p>"σ(t) = "<strong data-testid="sigmoid-value">{move || format!("{:.3}", sigmoid(t.get()))}</strong>
                {move || format!(" → {:.0} % {}", sigmoid(t.get()) * 100.0, crate::strings::toy_chance_of_x())}</p>
            <SigmoidChart t=Signal::derive(move || t.get()) threshold=Signal::stored(None)/>
        </section>
    }
}
