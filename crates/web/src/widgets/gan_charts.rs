//! A GAN run's two charts, written once for every image GAN lab: the losses of D and G, and
//! D's verdicts on real and generated images (D(x) and D(G(z))).

use generativa_protocol::GanNumbers;
use leptos::prelude::*;

use crate::strings;
use crate::widgets::line_chart::{LineChart, Series};

fn series(
    points: &[GanNumbers],
    label: &str,
    color: &'static str,
    pick: fn(&GanNumbers) -> f32,
) -> Series {
    Series {
        label: label.into(),
        color,
        points: points
            .iter()
            .map(|p| (p.x as f64, f64::from(pick(p))))
            .collect(),
    }
}

/// The losses chart beside the verdicts chart, with the verdicts' explanation.
/// `data-testid`s: `<testid>-loss-chart` and `<testid>-verdict-chart`.
#[component]
pub fn GanCharts(
    /// Every step's numbers.
    #[prop(into)]
    points: Signal<Vec<GanNumbers>>,
    /// What x counts.
    x_label: &'static str,
    /// `data-testid` prefix.
    testid: &'static str,
    /// The epoch the charts reach (it names the downloaded files).
    #[prop(optional, into)]
    epoch: Signal<Option<u32>>,
) -> impl IntoView {
    let losses = Signal::derive(move || {
        points.with(|p| {
            vec![
                series(p, strings::gan_d_loss(), "#c2410c", |p| {
                    p.discriminator_loss
                }),
                series(p, strings::gan_g_loss(), "#1f4fa3", |p| p.generator_loss),
            ]
        })
    });
    let verdicts = Signal::derive(move || {
        points.with(|p| {
            vec![
                series(p, strings::gan_d_real(), "#2f7d4f", |p| p.d_real),
                series(p, strings::gan_d_fake(), "#a35a00", |p| p.d_fake),
            ]
        })
    });
    let loss_id: &'static str = format!("{testid}-loss-chart").leak();
    let verdict_id: &'static str = format!("{testid}-verdict-chart").leak();
    view! {
        <div class="chart-pair">
            <div><h3>{strings::gan_losses()}</h3><LineChart series=losses x_label=x_label testid=loss_id epoch=epoch/></div>
            <div><h3>{strings::gan_verdicts()}</h3><LineChart series=verdicts x_label=x_label y_range=(0.0, 1.0) testid=verdict_id epoch=epoch/>
                <p class="hint">{strings::gan_verdicts_hint()}</p></div>
        </div>
    }
}
