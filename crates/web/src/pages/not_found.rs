//! The page for an address that names no section.

use leptos::prelude::*;

use crate::strings;

/// Not found.
#[component]
pub fn NotFound() -> impl IntoView {
    view! {
        <article class="lesson">
            <h1 data-testid="not-found">{strings::NOT_FOUND_TITLE}</h1>
            <p>{strings::NOT_FOUND_TEXT}</p>
            <p><a href="/seccion/agenda">{strings::BACK_HOME}</a></p>
        </article>
    }
}
