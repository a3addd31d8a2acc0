//! The VAE's loss curves: per step (total, and its two parts) and per epoch (training and
//! validation), from the run in context.

use leptos::prelude::*;

use crate::strings;
use crate::widgets::line_chart::{LineChart, Series};

/// Per-step total loss and per-epoch training and validation loss.
#[component]
pub fn LossCharts() -> impl IntoView {
    let run = super::use_vae();
    let per_step = Signal::derive(move || {
        let spe = run
            .ready
            .with(|r| r.as_ref().map_or(1, |r| r.steps_per_epoch.max(1))) as f64;
        run.steps.with(|s| {
            vec![Series {
                label: strings::vae_step_loss().into(),
                color: "#1f4fa3",
                points: s
                    .iter()
                    .map(|p| {
                        (
                            f64::from(p.epoch - 1) + f64::from(p.step) / spe,
                            f64::from(p.total),
                        )
                    })
                    .collect(),
            }]
        })
    });
    let per_epoch = Signal::derive(move || {
        run.epochs.with(|e| {
            vec![
                Series {
                    label: strings::vae_train_loss().into(),
                    color: "#1f4fa3",
                    points: e
                        .iter()
                        .map(|p| (f64::from(p.epoch), f64::from(p.train_total)))
                        .collect(),
                },
                Series {
                    label: strings::vae_valid_loss().into(),
                    color: "#c2410c",
                    points: e
                        .iter()
                        .map(|p| (f64::from(p.epoch), f64::from(p.valid_total)))
                        .collect(),
                },
            ]
        })
    });
    view! {
        <div class="chart-pair">
            <div><h3>{strings::vae_per_step()}</h3><LineChart series=per_step x_label=strings::vae_epoch_axis() testid="vae-step-chart"/></div>
            <div><h3>{strings::vae_per_epoch()}</h3><LineChart series=per_epoch x_label=strings::vae_epoch_axis() testid="vae-epoch-chart"/></div>
        </div>
    }
}

/// The two parts of the cost during training: reconstruction and latent / 784 (slide 1.4).
#[component]
pub fn PartsChart() -> impl IntoView {
    let run = super::use_vae();
    let parts = Signal::derive(move || {
        let spe = run
            .ready
            .with(|r| r.as_ref().map_or(1, |r| r.steps_per_epoch.max(1))) as f64;
        run.steps.with(|s| {
            let x =
                |p: &generativa_protocol::VaeStep| f64::from(p.epoch - 1) + f64::from(p.step) / spe;
            vec![
                Series {
                    label: strings::vae_recon_part().into(),
                    color: "#1f4fa3",
                    points: s
                        .iter()
                        .map(|p| (x(p), f64::from(p.reconstruction)))
                        .collect(),
                },
                Series {
                    label: strings::vae_latent_part().into(),
                    color: "#a35a00",
                    points: s
                        .iter()
                        .map(|p| (x(p), f64::from(p.latent) / 784.0))
                        .collect(),
                },
            ]
        })
    });
    view! {
        <section class="lab" data-testid="vae-parts">
            <h2 class="lab-title">{strings::vae_parts_title()}</h2>
            {move || run.steps.with(|s| s.is_empty()).then(|| view! { <p class="muted">{strings::vae_train_first()}</p> })}
            <LineChart series=parts x_label=strings::vae_epoch_axis() testid="vae-parts-chart"/>
            <p class="hint">{strings::vae_parts_hint()}</p>
        </section>
    }
}
