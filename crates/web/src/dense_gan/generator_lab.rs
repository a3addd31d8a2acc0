//! Slide 1.29 live: the generator of the student's run turning a random coding (30 numbers
//! from N(0, I)) into an image, a walk from one coding to another in 8 steps, and the
//! parameters of each Dense layer, as Keras' `summary()` counts them.

use generativa_core::rng::Rng;
use leptos::prelude::*;

use crate::dense_gan::needs_run::NeedsRun;
use crate::engine::use_engine;
use crate::format::thousands;
use crate::strings;
use crate::widgets::grey_image::{GreyImage, ImageRows};

/// The lecture's coding size.
const CODINGS: usize = 30;

/// Images on the walk from coding A to coding B (both ends included).
const WALK: usize = 8;

/// (layer, inputs, outputs) of the lecture's generator and discriminator.
const GENERATOR: [(&str, usize, usize); 3] = [
    ("Dense(100, relu)", 30, 100),
    ("Dense(150, relu)", 100, 150),
    ("Dense(784, sigmoid)", 150, 784),
];
const DISCRIMINATOR: [(&str, usize, usize); 3] = [
    ("Dense(150, relu)", 784, 150),
    ("Dense(100, relu)", 150, 100),
    ("Dense(1, sigmoid)", 100, 1),
];

/// A Dense layer's parameters: a weight per input and output, a bias per output.
fn params(inputs: usize, outputs: usize) -> usize {
    inputs * outputs + outputs
}

/// The codings the engine draws: A, then the walk from A to B.
fn codings(a: &[f32], b: &[f32]) -> Vec<f32> {
    let mut out = a.to_vec();
    for k in 0..WALK {
        let t = k as f32 / (WALK - 1) as f32;
        out.extend(a.iter().zip(b).map(|(x, y)| (1.0 - t) * x + t * y));
    }
    out
}

/// One network's summary table.
#[component]
fn Summary(
    name: &'static str,
    layers: [(&'static str, usize, usize); 3],
    testid: &'static str,
) -> impl IntoView {
    let total: usize = layers.iter().map(|&(_, i, o)| params(i, o)).sum();
    view! {
        <table class="summary-table" data-testid=testid data-total=total.to_string()>
            <caption>{name}</caption>
            <thead><tr><th scope="col">{strings::gan_layer()}</th><th scope="col">{strings::gan_shape()}</th><th scope="col">{strings::gan_params_col()}</th></tr></thead>
            <tbody>
                {layers.into_iter().map(|(layer, i, o)| view! {
                    <tr><td><code>{layer}</code></td><td class="num">{format!("{i} → {o}")}</td>
                        <td class="num" title=format!("{i} × {o} + {o}")>{thousands(params(i, o) as u64)}</td></tr>
                }).collect_view()}
                <tr class="total"><td colspan="2">{strings::gan_total()}</td><td class="num">{thousands(total as u64)}</td></tr>
            </tbody>
        </table>
    }
}

/// The lab.
#[component]
pub fn GeneratorLab() -> impl IntoView {
    let engine = use_engine();
    let gan = super::use_gan();
    let look = gan.look;
    let draws = RwSignal::new(0u64);
    let pair = RwSignal::new((Vec::<f32>::new(), Vec::<f32>::new()));
    let new_pair = move || {
        let n = draws.get_untracked() + 1;
        draws.set(n);
        let mut rng = Rng::new(0x29 ^ n.wrapping_mul(0x9E37_79B9));
        pair.set((rng.normals(CODINGS), rng.normals(CODINGS)));
    };
    let ask = move || {
        let (a, b) = pair.get_untracked();
        if !a.is_empty() && gan.run.exists.get_untracked() {
            look.generate(&engine, codings(&a, &b));
        }
    };
    // A first pair; and the images again whenever the run moves on an epoch or is replaced.
    new_pair();
    Effect::new(move |_| {
        gan.epochs_done.track();
        gan.run.generation.track();
        if gan.run.exists.get() {
            ask();
        }
    });
    let image = Signal::derive(move || {
        look.generated.with(|g| {
            g.as_ref()
                .and_then(|g| g.images.first().cloned())
                .unwrap_or_default()
        })
    });
    let walk = Signal::derive(move || {
        look.generated.with(|g| {
            g.as_ref()
                .map(|g| vec![(strings::gan_walk_row().to_owned(), g.images[1..].to_vec())])
                .unwrap_or_default()
        })
    });
    let bars = move || {
        let (a, _) = pair.get();
        a.iter()
            .enumerate()
            .map(|(i, v)| {
                let h = (v.abs() / 3.0).min(1.0) * 40.0;
                let y = if *v >= 0.0 { 40.0 - h } else { 40.0 };
                let class = if *v >= 0.0 { "pos" } else { "neg" };
                view! { <rect x=(i * 6).to_string() y=format!("{y:.1}") width="5" height=format!("{h:.1}") class=class><title>{format!("z{} = {v:.2}", i + 1)}</title></rect> }
            })
            .collect_view()
    };
    view! {
        <section class="lab" data-testid="gan-generator-lab">
            <h2 class="lab-title">{strings::gan_generator_title()}</h2>
            <NeedsRun/>
            <div class="generator-row">
                <figure class="coding">
                    <svg viewBox="0 0 180 80" width="270" height="120" role="img" aria-label=strings::gan_coding_label()>
                        <line x1="0" y1="40" x2="180" y2="40" class="axis"/>
                        {bars}
                    </svg>
                    <figcaption>{strings::gan_coding_caption()}</figcaption>
                </figure>
                <span class="arrow" aria-hidden="true">"→ G →"</span>
                <figure class="big-image" data-testid="gan-generated" data-epochs=move || look.generated.with(|g| g.as_ref().map(|g| g.epochs_done.to_string()).unwrap_or_default())>
                    <GreyImage pixels=image label=strings::gan_generated_label().to_owned()/>
                    <figcaption>{move || look.generated.with(|g| g.as_ref().map(|g| format!("{} {}", strings::gan_generated_after(), g.epochs_done)))}</figcaption>
                </figure>
            </div>
            <div class="button-row">
                <button data-testid="gan-new-coding" disabled=move || !gan.run.exists.get()
                    on:click=move |_| { new_pair(); ask(); }>{strings::gan_new_coding()}</button>
            </div>
            <h3>{strings::gan_walk()}</h3>
            <ImageRows rows=walk testid="gan-walk"/>
            <p class="hint">{strings::gan_walk_hint()}</p>
            <div class="chart-pair">
                <Summary name=strings::gan_generator_name() layers=GENERATOR testid="gan-generator-summary"/>
                <Summary name=strings::gan_discriminator_name() layers=DISCRIMINATOR testid="gan-discriminator-summary"/>
            </div>
            <p class="hint">{move || gan.ready.with(|r| r.as_ref().map(|r| format!("{} G {} · D {}", strings::gan_engine_counts(), thousands(r.generator_params), thousands(r.discriminator_params))))}</p>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_summaries_count_what_keras_counts() {
        assert_eq!(
            GENERATOR
                .iter()
                .map(|&(_, i, o)| params(i, o))
                .sum::<usize>(),
            136_634
        );
        assert_eq!(
            DISCRIMINATOR
                .iter()
                .map(|&(_, i, o)| params(i, o))
                .sum::<usize>(),
            132_951
        );
    }

    #[test]
    fn the_walk_goes_from_a_to_b() {
        let c = codings(&[0.0; 30], &[1.0; 30]);
        assert_eq!(c.len(), 30 * (1 + WALK));
        assert_eq!(c[30], 0.0);
        assert_eq!(c[c.len() - 1], 1.0);
    }
}
