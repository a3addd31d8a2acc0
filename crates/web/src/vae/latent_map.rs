//! Slide 1.3 to look at: the latent space. The mean codings μ of 1,000 validation images,
//! projected on their two principal components and coloured by class, redrawn after every
//! epoch; and "Generar": random codings z ~ N(0, I) decoded into new images.

use leptos::prelude::*;

use crate::engine::use_engine;
use crate::strings;
use crate::vae::fashion_class;
use crate::vae::pretrained::PretrainedNote;
use crate::widgets::grey_image::ImageRows;

/// One colour per class.
pub const CLASS_COLORS: [&str; 10] = [
    "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f",
    "#bcbd22", "#17becf",
];

const SIZE: f64 = 420.0;

/// The map and the generator.
#[component]
pub fn LatentMap() -> impl IntoView {
    let engine = use_engine();
    let run = super::use_vae();
    let seed = RwSignal::new(0u64);
    let scatter = move || {
        let Some(p) = run.pictures.get() else {
            return view! { <p class="muted">{strings::vae_train_first()}</p> }.into_any();
        };
        let span = p
            .latent
            .iter()
            .fold(1e-6f32, |m, (x, y)| m.max(x.abs()).max(y.abs())) as f64
            * 1.05;
        let s = move |v: f32| SIZE / 2.0 + f64::from(v) / span * (SIZE / 2.0 - 10.0);
        // One path of small discs per class (ten elements, not a thousand: the map is redrawn
        // every epoch while training).
        let mut paths: [String; 10] = Default::default();
        for ((x, y), label) in p.latent.iter().zip(&p.latent_labels) {
            let d = &mut paths[usize::from(*label) % 10];
            d.push_str(&format!(
                "M{:.1} {:.1}m-2.6 0a2.6 2.6 0 1 0 5.2 0a2.6 2.6 0 1 0 -5.2 0",
                s(*x),
                SIZE - s(*y)
            ));
        }
        let dots = paths
            .into_iter()
            .zip(CLASS_COLORS)
            .map(|(d, color)| view! { <path d=d fill=color fill-opacity="0.75"/> })
            .collect_view();
        let legend = (0..10)
            .map(fashion_class)
            .zip(CLASS_COLORS)
            .map(|(name, color)| view! { <span class="legend-item"><span class="legend-dot" style=("background", color.to_string())></span>{name}</span> })
            .collect_view();
        view! {
            <figure class="latent-map" data-testid="vae-latent-map" data-points=p.latent.len() data-epochs=p.epochs_done>
                <svg viewBox=format!("0 0 {SIZE} {SIZE}") role="img" aria-label=format!("{} {}", crate::strings::vae_map_caption(), p.epochs_done)>
                    <line class="chart-grid" x1="0" x2=SIZE y1=SIZE / 2.0 y2=SIZE / 2.0/>
                    <line class="chart-grid" x1=SIZE / 2.0 x2=SIZE / 2.0 y1="0" y2=SIZE/>
                    {dots}
                    <text class="chart-label" x=SIZE - 6.0 y=SIZE / 2.0 - 6.0 text-anchor="end">{format!("CP1 ({:.0} %)", p.explained.0 * 100.0)}</text>
                    <text class="chart-label" x=SIZE / 2.0 + 6.0 y="14">{format!("CP2 ({:.0} %)", p.explained.1 * 100.0)}</text>
                </svg>
                <figcaption>
                    <span class="legend">{legend}</span>
                    <span class="hint">{format!("{} {}", strings::vae_map_caption(), p.epochs_done)}</span>
                </figcaption>
            </figure>
        }
        .into_any()
    };
    let samples = Signal::derive(move || {
        run.pictures.with(|p| {
            p.as_ref()
                .map(|p| vec![(strings::vae_new_images().to_owned(), p.samples.clone())])
                .unwrap_or_default()
        })
    });
    view! {
        <section class="lab" data-testid="vae-latent-lab">
            <h2 class="lab-title">{strings::vae_map_title()}</h2>
            <PretrainedNote/>
            {scatter}
            <div class="panel-actions">
                <button data-testid="vae-generate" disabled=move || run.ready.with(|r| r.is_none())
                    on:click=move |_| {
                        seed.update(|s| *s = s.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407) | 1);
                        run.refresh_pictures(&engine, seed.get_untracked());
                    }>{strings::vae_generate()}</button>
            </div>
            <ImageRows rows=samples testid="vae-samples" epoch=Signal::derive(move || run.pictures.with(|p| p.as_ref().map(|p| p.epochs_done)))/>
            <p class="hint">{strings::vae_generate_hint()}</p>
        </section>
    }
}
