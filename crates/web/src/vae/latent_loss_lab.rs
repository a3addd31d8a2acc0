//! Slides 1.4–1.5 to poke at: one coding with mean μ and standard deviation σ (or γ = log σ²);
//! the latent loss computed live in both of the slides' forms, which agree, and its curve
//! over σ. It is 0 only at μ = 0, σ = 1: the codings are pushed toward N(0, 1).

use generativa_core::vae::by_hand::{latent_loss_gamma, latent_loss_sigma};
use leptos::prelude::*;

use crate::strings;
use crate::widgets::line_chart::{LineChart, Series};

/// The lab.
#[component]
pub fn LatentLossLab() -> impl IntoView {
    let mu = RwSignal::new(1.0f64);
    let sigma = RwSignal::new(2.0f64);
    let gamma = move || (sigma.get() * sigma.get()).ln();
    let by_sigma = move || latent_loss_sigma(&[mu.get()], &[sigma.get()]);
    let by_gamma = move || latent_loss_gamma(&[mu.get()], &[gamma()]);
    let curve = Signal::derive(move || {
        let m = mu.get();
        let s = sigma.get();
        let points: Vec<(f64, f64)> = (1..=150)
            .map(|k| k as f64 * 0.02)
            .map(|x| (x, latent_loss_sigma(&[m], &[x])))
            .collect();
        vec![
            Series {
                label: format!("{} μ = {m:.2}", strings::vae_kl_curve()),
                color: "#1f4fa3",
                points,
            },
            Series {
                label: strings::vae_kl_here().into(),
                color: "#c2410c",
                points: vec![(s, 0.0), (s, latent_loss_sigma(&[m], &[s]))],
            },
        ]
    });
    let slider = move |label: &'static str,
                       testid: &'static str,
                       min: f64,
                       max: f64,
                       step: f64,
                       get: Signal<f64>,
                       set: Callback<f64>| {
        view! {
            <label class="field slider-field">
                <span>{label}" = "<output data-testid=format!("{testid}-value")>{move || format!("{:.2}", get.get())}</output></span>
                <input type="range" min=min max=max step=step data-testid=testid prop:value=move || get.get().to_string()
                    on:input=move |e| { if let Ok(v) = event_target_value(&e).parse::<f64>() { set.run(v) } }/>
            </label>
        }
    };
    view! {
        <section class="lab" data-testid="vae-kl-lab">
            <h2 class="lab-title">{strings::vae_kl_title()}</h2>
            <div class="field-row">
                {slider("μ", "kl-mu", -3.0, 3.0, 0.01, Signal::derive(move || mu.get()), Callback::new(move |v| mu.set(v)))}
                {slider("σ", "kl-sigma", 0.05, 3.0, 0.01, Signal::derive(move || sigma.get()), Callback::new(move |v: f64| sigma.set(v.max(0.01))))}
                {slider("γ = log σ²", "kl-gamma", -6.0, 2.2, 0.01, Signal::derive(gamma), Callback::new(move |v: f64| sigma.set((v / 2.0).exp())))}
            </div>
            <dl class="facts">
                <dt>{strings::vae_kl_with_sigma()}</dt>
                <dd>{move || format!("−½ [1 + log {:.3} − {:.3} − {:.3}] = ", sigma.get().powi(2), sigma.get().powi(2), mu.get().powi(2))}
                    <strong data-testid="kl-by-sigma">{move || format!("{:.4}", by_sigma())}</strong></dd>
                <dt>{strings::vae_kl_with_gamma()}</dt>
                <dd>{move || format!("−½ [1 + {:.3} − exp({:.3}) − {:.3}] = ", gamma(), gamma(), mu.get().powi(2))}
                    <strong data-testid="kl-by-gamma">{move || format!("{:.4}", by_gamma())}</strong></dd>
            </dl>
            <LineChart series=curve x_label="σ" testid="kl-chart"/>
            <p class="hint">{strings::vae_kl_hint()}</p>
        </section>
    }
}
