//! A 3×3 grey-level picture (1 = filled), the tic-tac-toe screen of the toy GAN.

use leptos::prelude::*;

/// Nine values in [0, 1], drawn as squares with their values written in.
#[component]
pub fn PixelGrid(values: Vec<f32>, #[prop(into)] caption: String) -> impl IntoView {
    let cells = values
        .into_iter()
        .map(|v| {
            let v = v.clamp(0.0, 1.0);
            let ink = format!(
                "background-color: rgba(24, 28, 56, {v:.3}); color: {}",
                if v > 0.5 { "#fff" } else { "#222" }
            );
            view! { <div class="pixel" style=ink>{format!("{v:.2}")}</div> }
        })
        .collect_view();
    view! {
        <figure class="pixel-figure" data-testid="pixel-grid">
            <div class="pixel-grid">{cells}</div>
            <figcaption>{caption}</figcaption>
        </figure>
    }
}
