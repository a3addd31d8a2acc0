//! An equation rendered as MathML (no script or font from elsewhere).

use leptos::prelude::*;

use crate::lecture::math::to_mathml;

/// Inline or display math from the lecture's LaTeX subset.
#[component]
pub fn Math(#[prop(into)] tex: String, #[prop(optional)] display: bool) -> impl IntoView {
    let html = to_mathml(&tex, display);
    if display {
        view! { <div class="math-block" data-testid="math" inner_html=html></div> }.into_any()
    } else {
        view! { <span class="math-inline" inner_html=html></span> }.into_any()
    }
}
