//! Slide 1.34's architecture, read off the live networks: the engine builds both DCGAN
//! networks of the switches as set and lists their layers as Keras' `summary()` does (kind,
//! output shape, parameters); every switch redraws it, so a student sees what each guideline
//! changes before training.

use generativa_protocol::dcgan::{LayerRow, MODEL};
use generativa_protocol::dense_gan::{GanCommand, GanSettings};
use leptos::prelude::*;

use super::DcganRun;
use crate::engine::{EngineStatus, use_engine};
use crate::format::thousands;
use crate::strings;

/// One network's table.
#[component]
fn LayerTable(caption: &'static str, rows: Vec<LayerRow>, testid: &'static str) -> impl IntoView {
    let total: usize = rows.iter().map(|r| r.params).sum();
    let shape = |o: &[usize]| {
        let dims: Vec<String> = o.iter().map(ToString::to_string).collect();
        format!("(None, {})", dims.join(", "))
    };
    view! {
        <table class="summary-table" data-testid=testid data-params=total.to_string() data-layers=rows.len().to_string()>
            <caption>{caption}</caption>
            <thead><tr>
                <th scope="col">{strings::dcgan_arch_layer()}</th>
                <th scope="col">{strings::dcgan_arch_detail()}</th>
                <th scope="col">{strings::dcgan_arch_shape()}</th>
                <th scope="col" class="num">{strings::dcgan_arch_params()}</th>
            </tr></thead>
            <tbody>
                {rows.iter().map(|r| view! {
                    <tr>
                        <td><code>{r.kind.clone()}</code></td>
                        <td>{r.detail.clone()}</td>
                        <td><code>{shape(&r.output)}</code></td>
                        <td class="num">{thousands(r.params as u64)}</td>
                    </tr>
                }).collect_view()}
            </tbody>
            <tfoot><tr>
                <td colspan="3">{strings::dcgan_arch_total()}</td>
                <td class="num">{thousands(total as u64)}</td>
            </tr></tfoot>
        </table>
    }
}

/// The lab: both tables, redrawn whenever the switches change.
#[component]
pub fn DcganArchitecture() -> impl IntoView {
    let engine = use_engine();
    let DcganRun(gan) = expect_context::<DcganRun>();
    Effect::new(move |_| {
        let switches = gan.switches.get();
        if engine.status.get() == EngineStatus::Ready {
            let settings = GanSettings {
                dcgan: switches,
                ..GanSettings::dcgan()
            };
            engine.send_model(MODEL, &GanCommand::Describe(settings));
        }
    });
    let current = move || {
        gan.described.with(|d| {
            d.as_ref()
                .filter(|d| Some(d.switches) == gan.switches.get())
                .map(|d| d.summary.clone())
        })
    };
    view! {
        <section class="lab" data-testid="dcgan-architecture">
            <h2 class="lab-title">{strings::dcgan_arch_title()}</h2>
            {move || match current() {
                Some(summary) => view! {
                    <div class="chart-pair">
                        <LayerTable caption=strings::dcgan_arch_g() rows=summary.generator testid="dcgan-arch-generator"/>
                        <LayerTable caption=strings::dcgan_arch_d() rows=summary.discriminator testid="dcgan-arch-discriminator"/>
                    </div>
                }.into_any(),
                None => view! { <p class="muted">{strings::dcgan_arch_waiting()}</p> }.into_any(),
            }}
            <p class="hint">{strings::dcgan_arch_hint()}</p>
        </section>
    }
}
