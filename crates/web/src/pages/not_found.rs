//! The page for an address that names no section.

use leptos::prelude::*;

use crate::strings;

/// Not found.
#[component]
pub fn NotFound() -> impl IntoView {
    view! {
        <article class="lesson">
            <h1 data-testid="not-found">{strings::not_found_title()}</h1>
            <p>{strings::not_found_text()}</p>
            <p><a href="/seccion/agenda">{strings::back_home()}</a></p>
        </article>
    }
}
