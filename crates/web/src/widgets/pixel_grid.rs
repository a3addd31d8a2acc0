//! A 3×3 grey-level picture (1 = filled), the tic-tac-toe screen of the toy GAN.

use leptos::prelude::*;

/// Nine values in [0, 1], drawn as squares with their values written in.
#[component]
pub fn PixelGrid(values: Vec<f32>, #[prop(into)] caption: String) -> impl IntoView {
    let cells = values
        .into_iter()
        .map(|v| {
            let v = v.clamp(0.0, 1.0);
            // The number sits on its own light chip: readable on every shade (WCAG AA).
            let ink = format!("rgba(24, 28, 56, {v:.3})");
            view! { <div class="pixel" style=("background-color", ink)><span class="pixel-value">{format!("{v:.2}")}</span></div> }
        })
        .collect_view();
    view! {
        <figure class="pixel-figure" data-testid="pixel-grid">
            <div class="pixel-grid">{cells}</div>
            <figcaption>{caption}</figcaption>
        </figure>
    }
}
