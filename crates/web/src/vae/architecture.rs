//! Slide 1.2 drawn from the live model: the encoder's layers narrowing to the μ and σ heads,
//! the sampling node z ~ N(μ, σ²), and the decoder widening back to 28 × 28, with each layer's
//! width and parameter count as the engine reports them.

use leptos::prelude::*;

use crate::engine::use_engine;
use crate::format;
use crate::strings;

const W: f64 = 720.0;
const H: f64 = 320.0;

/// The diagram.
#[component]
pub fn Architecture() -> impl IntoView {
    let engine = use_engine();
    let run = super::use_vae();
    Effect::new(move |_| run.describe(&engine));
    let diagram = move || {
        let layers = run.layers.get();
        if layers.is_empty() {
            return view! { <p class="muted">{strings::vae_summary_wait()}</p> }.into_any();
        }
        // Columns: input, encoder hidden…, μ|σ, z, decoder hidden…, output.
        let enc: Vec<_> = layers
            .iter()
            .filter(|l| l.part == "encoder" && l.name.starts_with("dense"))
            .cloned()
            .collect();
        let dec: Vec<_> = layers
            .iter()
            .filter(|l| l.part == "decoder")
            .cloned()
            .collect();
        let heads: Vec<_> = layers
            .iter()
            .filter(|l| l.part == "encoder" && l.name.starts_with("codings"))
            .cloned()
            .collect();
        let codings = heads.first().map_or(10, |h| h.output);
        let mut columns: Vec<((String, String), u32, u32, &'static str)> =
            vec![(("entrada".into(), "28×28".into()), 784, 0, "input")];
        columns.extend(enc.iter().map(|l| {
            (
                (format!("Dense {}", l.output), "ReLU".into()),
                l.output,
                l.params,
                "enc",
            )
        }));
        columns.push((
            (format!("μ, γ: {codings}"), "Dense ×2".into()),
            codings,
            heads.iter().map(|h| h.params).sum(),
            "heads",
        ));
        columns.push((("muestreo".into(), "N(μ, σ²)".into()), codings, 0, "z"));
        let last = dec.len().saturating_sub(1);
        columns.extend(dec.iter().enumerate().map(|(i, l)| {
            let second = if i == last {
                "→ 28×28".to_owned()
            } else {
                "ReLU".to_owned()
            };
            (
                (format!("Dense {}", l.output), second),
                l.output,
                l.params,
                "dec",
            )
        }));
        let n = columns.len();
        let step = (W - 100.0) / (n - 1).max(1) as f64;
        let height = |width: u32| 30.0 + (f64::from(width).sqrt() / 28.0) * (H - 110.0);
        let blocks = columns
            .iter()
            .enumerate()
            .map(|(i, (name, width, params, kind))| {
                let x = 50.0 + i as f64 * step;
                let h = height(*width);
                let y = (H - 60.0 - h) / 2.0 + 10.0;
                let class = format!("arch-block arch-{kind}");
                let params_text = if *params > 0 { format!("{} {}", format::thousands(u64::from(*params)), strings::vae_params_short()) } else { String::new() };
                let shape = if *kind == "heads" {
                    view! {
                        <g>
                            <rect class=class.clone() x=x - 16.0 y=y width="32" height=h / 2.0 - 3.0 rx="5"/>
                            <rect class=class x=x - 16.0 y=y + h / 2.0 + 3.0 width="32" height=h / 2.0 - 3.0 rx="5"/>
                            <text class="arch-inner" x=x y=y + h / 4.0 + 4.0 text-anchor="middle">"μ"</text>
                            <text class="arch-inner" x=x y=y + 3.0 * h / 4.0 + 4.0 text-anchor="middle">"γ"</text>
                        </g>
                    }
                    .into_any()
                } else if *kind == "z" {
                    view! { <g><circle class=class cx=x cy=y + h / 2.0 r="20"/><text class="arch-inner" x=x y=y + h / 2.0 + 5.0 text-anchor="middle">"z"</text></g> }.into_any()
                } else {
                    view! { <g><rect class=class x=x - 16.0 y=y width="32" height=h rx="5"/></g> }.into_any()
                };
                view! {
                    <g>
                        {shape}
                        <text class="arch-label" x=x y=H - 44.0 text-anchor="middle">{name.0.clone()}</text>
                        <text class="arch-label" x=x y=H - 30.0 text-anchor="middle">{name.1.clone()}</text>
                        <text class="arch-params" x=x y=H - 14.0 text-anchor="middle">{params_text}</text>
                    </g>
                }
            })
            .collect_view();
        let arrows = (0..n - 1)
            .map(|i| {
                let x1 = 50.0 + i as f64 * step + 20.0;
                let x2 = 50.0 + (i + 1) as f64 * step - 20.0;
                view! { <line class="arch-arrow" x1=x1 x2=x2 y1=(H - 60.0) / 2.0 + 10.0 y2=(H - 60.0) / 2.0 + 10.0 marker-end="url(#arrow)"/> }
            })
            .collect_view();
        let total: u32 = layers.iter().map(|l| l.params).sum();
        view! {
            <figure class="architecture" data-testid="vae-architecture" data-layers=n>
                <svg viewBox=format!("0 0 {W} {H}") role="img" aria-label=format!("{} {}", crate::strings::vae_arch_caption(), format::thousands(u64::from(total)))>
                    <defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse">
                        <path d="M 0 0 L 10 5 L 0 10 z" fill="#8a8fa8"/></marker></defs>
                    {arrows}
                    {blocks}
                    <text class="arch-part" x="34" y="16">{strings::vae_encoder()}</text>
                    <text class="arch-part" x=W - 34.0 y="16" text-anchor="end">{strings::vae_decoder()}</text>
                </svg>
                <figcaption class="hint">{format!("{} {}", strings::vae_arch_caption(), format::thousands(u64::from(total)))}</figcaption>
            </figure>
        }
        .into_any()
    };
    view! {
        <section class="lab" data-testid="vae-architecture-lab">
            <h2 class="lab-title">{strings::vae_arch_title()}</h2>
            {diagram}
        </section>
    }
}
