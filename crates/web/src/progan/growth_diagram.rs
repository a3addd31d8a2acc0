//! Slide 1.35's picture, drawn from the live run: the generator's levels left to right (the new
//! ones added at its end), the discriminator's mirrored (the new ones added at its start), each
//! level with its side and maps; levels already grown, the one fading in (filled to α) and those
//! still to come.

use generativa_protocol::progan::{ProganReady, ProganStage};
use leptos::prelude::*;

use super::words;

/// How a level stands.
fn state(level: u32, stage: Option<ProganStage>) -> (&'static str, f32) {
    let Some(stage) = stage else {
        return if level == 0 {
            ("current", 1.0)
        } else {
            ("pending", 0.0)
        };
    };
    if level < stage.level {
        ("grown", 1.0)
    } else if level == stage.level && stage.fading {
        ("fading", stage.alpha)
    } else if level == stage.level {
        ("current", 1.0)
    } else {
        ("pending", 0.0)
    }
}

/// One level's box.
fn level_box(
    level: u32,
    maps: u32,
    stage: Option<ProganStage>,
    extra: Option<&'static str>,
) -> impl IntoView {
    let side = 4u32 << level;
    let (class, alpha) = state(level, stage);
    view! {
        <li class=format!("growth-level {class}") style=("--alpha", format!("{:.0}%", alpha * 100.0))
            data-level=level.to_string() data-state=class>
            <strong>{format!("{side} × {side}")}</strong>
            <span>{format!("{maps} {}", words::diagram_maps())}</span>
            {extra.map(|e| view! { <span class="growth-extra">{e}</span> })}
            {(class == "fading").then(|| view! { <span class="growth-extra">{format!("α {alpha:.2}")}</span> })}
        </li>
    }
}

/// The diagram.
#[component]
pub fn GrowthDiagram(
    /// The run's sizes.
    #[prop(into)]
    ready: Signal<Option<ProganReady>>,
    /// Where it stands.
    #[prop(into)]
    stage: Signal<Option<ProganStage>>,
) -> impl IntoView {
    move || {
        let Some(ready) = ready.get() else {
            return ().into_any();
        };
        let stage = stage.get();
        let channels = ready.channels.clone();
        let top = (channels.len() as u32).saturating_sub(1);
        let mbstd = ready.settings.minibatch_std.then_some("+ mbstd");
        let generator = channels
            .iter()
            .enumerate()
            .map(|(l, &c)| level_box(l as u32, c, stage, None))
            .collect_view();
        let discriminator = channels
            .iter()
            .enumerate()
            .rev()
            .map(|(l, &c)| level_box(l as u32, c, stage, if l == 0 { mbstd } else { None }))
            .collect_view();
        let now = stage.map_or(0, |s| s.level.min(top));
        let side = 4u32 << now;
        view! {
            <figure class="growth-diagram" data-testid="progan-diagram" data-level=now.to_string()>
                <figcaption>{words::diagram_title()}</figcaption>
                <div class="growth-row">
                    <span class="growth-end">{format!("z ({})", ready.codings_size)}</span>
                    <ol class="growth-levels">{generator}</ol>
                    <span class="growth-end">{format!("toRGB → {side} × {side}")}</span>
                    <span class="growth-name">{words::diagram_generator()}</span>
                </div>
                <div class="growth-row">
                    <span class="growth-end">{format!("{side} × {side} → fromRGB")}</span>
                    <ol class="growth-levels">{discriminator}</ol>
                    <span class="growth-end">"D(x)"</span>
                    <span class="growth-name">{words::diagram_discriminator()}</span>
                </div>
                <p class="hint">{words::diagram_hint()}</p>
            </figure>
        }
        .into_any()
    }
}
