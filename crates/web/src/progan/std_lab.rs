//! Slide 1.38 on the live discriminator: the minibatch standard deviation of its last block's
//! maps for 16 real images, 16 generated ones, and one generated image repeated 16 times — the
//! number a collapsed generator cannot hide (≈ 10⁻⁴, the root of the layer's ε).

use generativa_protocol::progan::ProganCommand;
use leptos::prelude::*;

use super::needs_run::NeedsRun;
use super::{use_progan, words};
use crate::engine::use_engine;

/// A value as the table prints it (small ones in scientific notation).
fn value(v: f32) -> String {
    if v.abs() < 0.01 {
        format!("{v:.2e}")
    } else {
        format!("{v:.4}")
    }
}

/// The lab.
#[component]
pub fn StdLab() -> impl IntoView {
    let engine = use_engine();
    let gan = use_progan();
    let ask = move || gan.look(&engine, ProganCommand::MinibatchStd);
    // A new picture of the run (a level's end, a load, the first steps): ask again.
    Effect::new(move |_| {
        gan.pictures.track();
        gan.run.exists.track();
        ask();
    });
    let switched_off = move || {
        gan.ready
            .with(|r| r.as_ref().is_some_and(|r| !r.settings.minibatch_std))
    };
    let side = move || 4u32 << gan.stage.with(|s| s.map_or(0, |s| s.level));
    let rows = move || {
        gan.std_values.get().map(|v| {
            let largest = v.real.max(v.generated).max(v.collapsed).max(1e-6);
            [
                (words::std_real(), v.real, "real"),
                (words::std_generated(), v.generated, "generated"),
                (words::std_collapsed(), v.collapsed, "collapsed"),
            ]
            .map(|(label, v, key)| (label, v, key, (v / largest * 100.0).clamp(0.0, 100.0)))
        })
    };
    view! {
        <section class="lab" data-testid="progan-std-lab">
            <h2 class="lab-title">{words::std_title()}</h2>
            <NeedsRun testid="progan-std-needs-run"/>
            {move || switched_off().then(|| view! { <p class="hint">{words::std_off()}</p> })}
            {move || rows().map(|rows| view! {
                <table class="std-values" data-testid="progan-std">
                    <caption>{format!("{} {s} × {s}", words::std_at(), s = side())}</caption>
                    <thead><tr><th scope="col">{words::std_batch()}</th><th scope="col">{words::std_value()}</th><th scope="col"><span class="visually-hidden">{words::std_value()}</span></th></tr></thead>
                    <tbody>
                        {rows.into_iter().map(|(label, v, key, width)| view! {
                            <tr data-testid=format!("progan-std-{key}") data-value=v.to_string()>
                                <td>{label}</td>
                                <td class="num">{value(v)}</td>
                                <td class="bar-cell"><span class="bar" style=("width", format!("{width:.1}%"))></span></td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
            })}
            <button type="button" on:click=move |_| ask() disabled=move || !gan.run.exists.get()
                data-testid="progan-std-refresh">{words::std_refresh()}</button>
            <p class="hint">{words::std_hint()}</p>
        </section>
    }
}
