//! Slides 1.19–1.22 to poke at: the generator takes one number z, gives each pixel the score
//! uⱼz + vⱼ, and squashes it with the sigmoid. Slide z and watch the nine scores, the pixels and
//! the picture; edit the weights and biases; see the pictures for many z at once.

use generativa_core::toy_gan::by_hand::{SHOWCASE_Z, SLIDE_Z, generator_pixels, slide_generator};
use generativa_core::toy_gan::screen::{PIXELS, is_x_pixel};
use leptos::prelude::*;

use crate::strings;
use crate::toy::network_diagram::{Fan, NetworkDiagram};
use crate::widgets::number_field::NumberField;
use crate::widgets::pixel_grid::PixelGrid;

/// The lab; `start` is the initial z (the slides use 0.8).
#[component]
pub fn GeneratorLab(
    /// Initial z as written in the lecture file.
    #[prop(into)]
    start: String,
) -> impl IntoView {
    let z0 = start
        .trim()
        .parse::<f32>()
        .ok()
        .filter(|z| (0.0..=1.0).contains(z))
        .unwrap_or(SLIDE_Z);
    let z = RwSignal::new(z0);
    let (u0, v0) = slide_generator();
    let weights = RwSignal::new(u0);
    let biases = RwSignal::new(v0);
    let out = Memo::new(move |_| generator_pixels(&weights.get(), &biases.get(), z.get()));
    let rows = (0..PIXELS)
        .map(|j| {
            view! {
                <tr>
                    <td>{j + 1}</td>
                    <td class="num">{move || format!("{:+.2} · {:.2} {:+.2}", weights.with(|w| w[j]), z.get(), biases.with(|b| b[j]))}</td>
                    <td class="num" data-testid=format!("gen-score-{j}")>{move || format!("{:.2}", out.get().0[j])}</td>
                    <td class="num" data-testid=format!("gen-pixel-{j}")>{move || format!("{:.3}", out.get().1[j])}</td>
                </tr>
            }
        })
        .collect_view();
    let fields = move |what: RwSignal<[f32; PIXELS]>, prefix: &'static str| {
        (0..PIXELS)
            .map(|j| {
                view! {
                    <NumberField label=format!("{prefix}{}", j + 1)
                        value=Signal::derive(move || f64::from(what.with(|w| w[j])))
                        on_value=Callback::new(move |v: f64| what.update(|w| w[j] = v as f32))
                        min=-10.0 max=10.0 testid=format!("gen-{prefix}-{j}")/>
                }
            })
            .collect_view()
    };
    let strip = move || {
        let (u, v) = (weights.get(), biases.get());
        SHOWCASE_Z
            .iter()
            .map(|&zz| {
                let (_, p) = generator_pixels(&u, &v, zz);
                view! { <PixelGrid values=p.to_vec() caption=format!("z = {zz:.2}")/> }
            })
            .collect_view()
    };
    // Over z in [0, 1]: the darkest corner/centre pixel against the lightest other pixel.
    let contrast = move || {
        let (u, v) = (weights.get(), biases.get());
        (0..=20).fold((f32::INFINITY, f32::NEG_INFINITY), |(lo, hi), k| {
            let (_, p) = generator_pixels(&u, &v, k as f32 / 20.0);
            (0..PIXELS).fold((lo, hi), |(lo, hi), i| {
                if is_x_pixel(i) {
                    (lo.min(p[i]), hi)
                } else {
                    (lo, hi.max(p[i]))
                }
            })
        })
    };
    let all_x = move || {
        let (lo, hi) = contrast();
        lo > hi
    };
    view! {
        <section class="lab" data-testid="generator-lab">
            <h2 class="lab-title">{strings::toy_gen_title()}</h2>
            <label class="field slider-field">
                <span>"z = "<output data-testid="gen-z-value">{move || format!("{:.2}", z.get())}</output></span>
                <input type="range" min="0" max="1" step="0.01" data-testid="gen-z"
                    prop:value=move || z.get().to_string()
                    on:input=move |e| { if let Ok(v) = event_target_value(&e).parse::<f32>() { z.set(v.clamp(0.0, 1.0)) } }/>
            </label>
            <div class="lab-row">
                <NetworkDiagram weights=Signal::derive(move || weights.get().to_vec()) values=Signal::derive(move || out.get().1.to_vec())
                    fan=Fan::Out node=Signal::derive(move || format!("z={:.2}", z.get())) testid="gen-diagram"/>
                <div>
                    <table class="numbers" data-testid="gen-table">
                        <thead><tr><th>{strings::toy_pixel()}</th><th>"u·z + v"</th><th>{strings::toy_gen_score()}</th><th>{strings::toy_gen_pixel()}</th></tr></thead>
                        <tbody>{rows}</tbody>
                    </table>
                    {move || view! { <PixelGrid values=out.get().1.to_vec() caption=format!("G({:.2})", z.get())/> }}
                </div>
            </div>
            <h3>{strings::toy_gen_many_z()}</h3>
            <div class="picture-strip" data-testid="gen-strip">{strip}</div>
            <p data-testid="gen-always-x" data-x=move || all_x().to_string()>
                {move || {
                    let (lo, hi) = contrast();
                    let numbers = format!(" ({} {lo:.2}; {} {hi:.2}.)", strings::toy_gen_darkest(), strings::toy_gen_lightest());
                    if all_x() {
                        let faint = (hi > 0.3 || lo < 0.7).then_some(strings::toy_gen_faint());
                        view! { <span><span class="ok">{strings::toy_gen_always_x()}</span>{numbers}" "{faint}</span> }.into_any()
                    } else {
                        view! { <span><span class="muted">{strings::toy_gen_not_always_x()}</span>{numbers}</span> }.into_any()
                    }
                }}
            </p>
            <details class="weights-editor">
                <summary>{strings::toy_gen_edit()}</summary>
                <p class="hint">{strings::toy_gen_edit_hint()}</p>
                <div class="weights-grid">{fields(weights, "u")}</div>
                <div class="weights-grid">{fields(biases, "v")}</div>
                <button class="secondary small" data-testid="gen-slide-weights" on:click=move |_| {
                    weights.set(u0);
                    biases.set(v0);
                }>{strings::toy_slide_weights()}</button>
            </details>
        </section>
    }
}
