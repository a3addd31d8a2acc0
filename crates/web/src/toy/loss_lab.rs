//! Slides 1.26–1.27 to poke at: pick what the discriminator says about a generated picture,
//! D(G(z)), and read both losses, −ln(1 − D(G(z))) for the discriminator and −ln D(G(z)) for
//! the generator, on their curves.

use generativa_core::toy_gan::by_hand::{SLIDE_D_OF_FAKE, losses_on_fake};
use leptos::prelude::*;

use crate::strings;
use crate::widgets::line_chart::{LineChart, Series};

/// The lab.
#[component]
pub fn LossLab() -> impl IntoView {
    let p = RwSignal::new(SLIDE_D_OF_FAKE);
    let losses = Memo::new(move |_| losses_on_fake(p.get()));
    let curves = (1..200).map(|k| k as f64 / 200.0);
    let d_curve: Vec<(f64, f64)> = curves.clone().map(|q| (q, -(1.0 - q).ln())).collect();
    let g_curve: Vec<(f64, f64)> = curves.map(|q| (q, -q.ln())).collect();
    let series = Signal::derive(move || {
        let q = f64::from(p.get());
        let (d, g) = losses.get();
        vec![
            Series {
                label: strings::toy_loss_d_curve().into(),
                color: "#c2410c",
                points: d_curve.clone(),
            },
            Series {
                label: strings::toy_loss_g_curve().into(),
                color: "#1f4fa3",
                points: g_curve.clone(),
            },
            Series {
                label: strings::toy_loss_here().into(),
                color: "#1d2345",
                points: vec![(q, f64::from(d)), (q, 0.0), (q, f64::from(g))],
            },
        ]
    });
    view! {
        <section class="lab" data-testid="loss-lab">
            <h2 class="lab-title">{strings::toy_loss_title()}</h2>
            <label class="field slider-field">
                <span>"D(G(z)) = "<output data-testid="loss-p-value">{move || format!("{:.3}", p.get())}</output></span>
                <input type="range" min="0.001" max="0.999" step="0.001" data-testid="loss-p"
                    prop:value=move || p.get().to_string()
                    on:input=move |e| { if let Ok(v) = event_target_value(&e).parse::<f32>() { p.set(v.clamp(0.001, 0.999)) } }/>
            </label>
            <dl class="facts">
                <dt>{strings::toy_loss_d()}</dt>
                <dd>{move || format!("−ln(1 − {:.3}) = ", p.get())}<strong data-testid="loss-d">{move || format!("{:.3}", losses.get().0)}</strong></dd>
                <dt>{strings::toy_loss_g()}</dt>
                <dd>{move || format!("−ln({:.3}) = ", p.get())}<strong data-testid="loss-g">{move || format!("{:.3}", losses.get().1)}</strong></dd>
            </dl>
            <LineChart series=series x_label="D(G(z))" y_range=(0.0, 5.0) testid="loss-chart"/>
            <p class="hint">{strings::toy_loss_hint()}</p>
        </section>
    }
}
