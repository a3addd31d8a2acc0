//! Slides 1.14–1.17 to poke at: draw on the 3×3 screen and watch the discriminator add the
//! corner and centre pixels, subtract the others and the bias, compare with the threshold and
//! squash the score with the sigmoid. Its weights are editable, and the network diagram
//! redraws with them.

use generativa_core::toy_gan::by_hand::{
    SLIDE_THRESHOLD, discriminator_score, slide_discriminator_weights,
};
use generativa_core::toy_gan::screen::{PIXELS, SLIDE_X};
use leptos::prelude::*;

use crate::strings;
use crate::toy::network_diagram::{Fan, NetworkDiagram};
use crate::toy::pixel_editor::{PixelEditor, preset};
use crate::toy::sigmoid_chart::SigmoidChart;
use crate::widgets::number_field::NumberField;

/// The lab, starting from the picture preset `start` (`x-diapositiva`, `ruido`, …).
#[component]
pub fn DiscriminatorLab(
    /// The starting picture's preset name.
    #[prop(into)]
    start: String,
) -> impl IntoView {
    let picture = RwSignal::new(preset(&start).unwrap_or(SLIDE_X));
    let weights = RwSignal::new(slide_discriminator_weights());
    let bias = RwSignal::new(0.0f32);
    let threshold = RwSignal::new(SLIDE_THRESHOLD);
    let breakdown =
        Memo::new(move |_| discriminator_score(&weights.get(), bias.get(), &picture.get()));
    let weight_fields = (0..PIXELS)
        .map(|i| {
            view! {
                <NumberField
                    label=format!("w{}", i + 1)
                    value=Signal::derive(move || f64::from(weights.with(|w| w[i])))
                    on_value=Callback::new(move |v: f64| weights.update(|w| w[i] = v as f32))
                    min=-10.0 max=10.0
                    testid=format!("disc-weight-{i}")/>
            }
        })
        .collect_view();
    let diagram_weights = Signal::derive(move || weights.get().to_vec());
    let diagram_values = Signal::derive(move || picture.get().to_vec());
    let node = Signal::derive(move || format!("{:.2}", breakdown.get().score));
    view! {
        <section class="lab" data-testid="discriminator-lab">
            <h2 class="lab-title">{strings::toy_disc_title()}</h2>
            <div class="lab-row">
                <PixelEditor picture=picture/>
                <div class="score-card">
                    <dl class="facts">
                        <dt>{strings::toy_positive()}</dt>
                        <dd data-testid="disc-positive">{move || format!("{:.2}", breakdown.get().positive)}</dd>
                        <dt>{strings::toy_negative()}</dt>
                        <dd data-testid="disc-negative">{move || format!("{:.2}", breakdown.get().negative)}</dd>
                        <dt>{strings::toy_bias()}</dt>
                        <dd>{move || format!("{:.2}", breakdown.get().bias)}</dd>
                        <dt>{strings::toy_score()}</dt>
                        <dd>
                            {move || { let b = breakdown.get(); format!("{:.2} − {:.2} − {:.2} = ", b.positive, b.negative, b.bias) }}
                            <strong data-testid="disc-score">{move || format!("{:.2}", breakdown.get().score)}</strong>
                        </dd>
                        <dt>{strings::toy_verdict()}</dt>
                        <dd data-testid="disc-verdict" data-x=move || (breakdown.get().score >= threshold.get()).to_string()>
                            {move || {
                                let b = breakdown.get();
                                let th = threshold.get();
                                if b.score >= th {
                                    view! { <span class="ok">{format!("{:.2} ≥ {th:.2}: {}", b.score, strings::toy_is_x())}</span> }.into_any()
                                } else {
                                    view! { <span class="error">{format!("{:.2} < {th:.2}: {}", b.score, strings::toy_not_x())}</span> }.into_any()
                                }
                            }}
                        </dd>
                        <dt>{strings::toy_probability()}</dt>
                        <dd>
                            <strong data-testid="disc-probability">{move || format!("{:.3}", breakdown.get().probability)}</strong>
                            {move || format!(" ({:.1} %)", breakdown.get().probability * 100.0)}
                        </dd>
                    </dl>
                    <div class="field-row">
                        <NumberField label=strings::toy_bias_field() value=Signal::derive(move || f64::from(bias.get()))
                            on_value=Callback::new(move |v: f64| bias.set(v as f32)) min=-20.0 max=20.0 testid="disc-bias"/>
                        <NumberField label=strings::toy_threshold_field() value=Signal::derive(move || f64::from(threshold.get()))
                            on_value=Callback::new(move |v: f64| threshold.set(v as f32)) min=-20.0 max=20.0 testid="disc-threshold"/>
                    </div>
                </div>
            </div>
            <SigmoidChart t=Signal::derive(move || breakdown.get().score) threshold=Signal::derive(move || Some(threshold.get()))/>
            <div class="lab-row">
                <NetworkDiagram weights=diagram_weights values=diagram_values fan=Fan::In node=node testid="disc-diagram"/>
                <div class="weights-editor">
                    <p class="hint">{strings::toy_weights_hint()}</p>
                    <div class="weights-grid">{weight_fields}</div>
                    <button class="secondary small" data-testid="disc-slide-weights" on:click=move |_| {
                        weights.set(slide_discriminator_weights());
                        bias.set(0.0);
                    }>{strings::toy_slide_weights()}</button>
                </div>
            </div>
        </section>
    }
}
