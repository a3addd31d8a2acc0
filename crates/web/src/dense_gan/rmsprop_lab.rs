//! Slide 1.31's `optimizer="rmsprop"` on one weight, step by step: the loss w³ (the Keras
//! reference's), its gradient 3w², the running mean square v, and the step lr·g/√(v + ε) —
//! beside the weights Keras 2.21 itself reached from the same start.

use leptos::prelude::*;

use crate::strings;
use crate::widgets::number_field::NumberField;

/// Keras' RMSprop defaults.
const RHO: f32 = 0.9;
const EPSILON: f32 = 1e-7;

/// The Keras reference (tf_keras 2.21): start, and the weight after steps 1, 3 and 5.
const KERAS: [(f32, [f64; 3]); 4] = [
    (1.0, [0.996_837_735, 0.992_638_767, 0.989_392_638]),
    (-2.0, [-2.003_162_384, -2.007_385_492, -2.010_664_225]),
    (3.0, [2.996_837_616, 2.992_627_859, 2.989_367_008]),
    (0.5, [0.496_837_735, 0.492_654_979, 0.489_430_755]),
];

/// One row of the table.
#[derive(Clone, Copy, PartialEq)]
struct Row {
    step: usize,
    gradient: f32,
    mean_square: f32,
    change: f32,
    weight: f32,
}

/// RMSprop's update of one weight with gradient `g`: the new mean square, the change and the
/// new weight (ε under the square root, as Keras 2).
fn rmsprop(weight: f32, mean_square: f32, g: f32, lr: f32) -> (f32, f32, f32) {
    let v = RHO * mean_square + (1.0 - RHO) * g * g;
    let change = lr * g / (v + EPSILON).sqrt();
    (v, change, weight - change)
}

/// `steps` steps from `w0` on the loss w³.
fn rows(w0: f32, lr: f32, steps: usize) -> Vec<Row> {
    let (mut w, mut v) = (w0, 0.0);
    (1..=steps)
        .map(|step| {
            let g = 3.0 * w * w;
            let (nv, change, nw) = rmsprop(w, v, g, lr);
            (w, v) = (nw, nv);
            Row {
                step,
                gradient: g,
                mean_square: nv,
                change,
                weight: nw,
            }
        })
        .collect()
}

/// Keras' weight after `step` from `w0` (steps 1, 3, 5 of the reference), if known.
fn keras(w0: f32, step: usize, lr: f32) -> Option<f64> {
    let at = [1, 3, 5].iter().position(|&s| s == step)?;
    ((lr - 0.001).abs() < 1e-9)
        .then(|| {
            KERAS
                .iter()
                .find(|(start, _)| *start == w0)
                .map(|(_, w)| w[at])
        })
        .flatten()
}

/// The lab.
#[component]
pub fn RmsPropLab() -> impl IntoView {
    let w0 = RwSignal::new(1.0f32);
    let lr = RwSignal::new(0.001f64);
    let steps = RwSignal::new(0usize);
    let table = Signal::derive(move || rows(w0.get(), lr.get() as f32, steps.get()));
    view! {
        <section class="lab" data-testid="gan-rmsprop-lab">
            <h2 class="lab-title">{strings::gan_rmsprop_title()}</h2>
            <div class="field-row">
                <label class="field">
                    <span>{strings::gan_rmsprop_start()}</span>
                    <select data-testid="gan-rmsprop-w0" on:change=move |e| {
                        if let Ok(v) = event_target_value(&e).parse::<f32>() { w0.set(v); steps.set(0); }
                    }>
                        {KERAS.iter().map(|(w, _)| view! { <option value=w.to_string() selected=move || w0.get() == *w>{w.to_string()}</option> }).collect_view()}
                    </select>
                </label>
                <NumberField label=strings::gan_rmsprop_lr() value=Signal::derive(move || lr.get())
                    on_value=Callback::new(move |v: f64| { lr.set(v); steps.set(0); }) min=1e-6 max=1.0 decimals=6 testid="gan-rmsprop-lr"/>
            </div>
            <div class="button-row">
                <button class="primary" data-testid="gan-rmsprop-step" on:click=move |_| steps.update(|s| *s = (*s + 1).min(50))>{strings::gan_rmsprop_step()}</button>
                <button data-testid="gan-rmsprop-five" on:click=move |_| steps.update(|s| *s = (*s + 5).min(50))>{strings::gan_rmsprop_five()}</button>
                <button class="secondary" on:click=move |_| steps.set(0)>{strings::vae_reset()}</button>
            </div>
            <table class="steps-table" data-testid="gan-rmsprop-table" data-steps=move || steps.get().to_string()>
                <thead><tr>
                    <th scope="col">"t"</th><th scope="col">"g = 3w²"</th><th scope="col">"v ← 0.9·v + 0.1·g²"</th>
                    <th scope="col">"lr·g / √(v + ε)"</th><th scope="col">"w"</th><th scope="col">{strings::gan_rmsprop_keras()}</th>
                </tr></thead>
                <tbody>
                    <tr><td class="num">"0"</td><td></td><td class="num">"0"</td><td></td><td class="num">{move || format!("{:.9}", w0.get())}</td><td></td></tr>
                    {move || table.get().into_iter().map(|r| {
                        let k = keras(w0.get(), r.step, lr.get() as f32);
                        view! {
                            <tr>
                                <td class="num">{r.step}</td>
                                <td class="num">{format!("{:.6}", r.gradient)}</td>
                                <td class="num">{format!("{:.6}", r.mean_square)}</td>
                                <td class="num">{format!("{:.9}", r.change)}</td>
                                <td class="num" data-testid=format!("gan-rmsprop-w-{}", r.step)>{format!("{:.9}", r.weight)}</td>
                                <td class="num">{k.map(|k| format!("{k:.9}")).unwrap_or_default()}</td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
            <p class="hint">{strings::gan_rmsprop_hint()}</p>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_matches_keras_to_a_millionth() {
        for (w0, reference) in KERAS {
            let r = rows(w0, 0.001, 5);
            for (step, expected) in [1, 3, 5].into_iter().zip(reference) {
                let got = f64::from(r[step - 1].weight);
                assert!(
                    (got - expected).abs() < 1e-6,
                    "w0 {w0} step {step}: {got} vs {expected}"
                );
            }
        }
    }
}
