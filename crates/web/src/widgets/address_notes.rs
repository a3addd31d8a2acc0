//! What the address asked for and the site did not understand (`?backend=zzz`, `?lang=xx`):
//! said once, at the top of every page, with what the site does instead — never silently
//! ignored.

use generativa_protocol::BackendRequest;
use leptos::prelude::*;

use crate::i18n::{Lang, Language, pick};

/// The address's `name` value, if it has one.
fn param(name: &str) -> Option<String> {
    let search = web_sys::window()?.location().search().ok()?;
    web_sys::UrlSearchParams::new_with_str(&search)
        .ok()?
        .get(name)
}

/// A value as shown in a note: at most 40 characters (an address may be very long).
fn shown(value: &str) -> String {
    let mut short: String = value.chars().take(40).collect();
    if value.chars().count() > 40 {
        short.push('…');
    }
    short
}

/// The notes for the current address, in the page's language.
fn notes() -> Vec<(&'static str, String)> {
    let mut out = Vec::new();
    if let Some(value) = param("backend").filter(|v| BackendRequest::from_query(v).is_none()) {
        out.push((
            "backend",
            format!(
                "{} «?backend={}» {}",
                pick("La dirección pide", "The address asks for"),
                shown(&value),
                pick(
                    "y eso no se entiende (vale cpu, webgpu o auto): el motor elige solo dónde entrenar.",
                    "and that is not understood (cpu, webgpu or auto work): the engine chooses where to train by itself."
                )
            ),
        ));
    }
    if let Some(value) = param("lang").filter(|v| Lang::from_code(v).is_none()) {
        out.push((
            "lang",
            // The note speaks the page's language, so that is the language it names.
            format!(
                "«?lang={}» {}",
                shown(&value),
                pick(
                    "no es un idioma del sitio (es o en): la página sigue en español.",
                    "is not one of the site's languages (es or en): the page stays in English."
                )
            ),
        ));
    }
    out
}

/// The notes, if any (`data-testid="address-note"` each, `data-param` says which).
#[component]
pub fn AddressNotes() -> impl IntoView {
    let language = Language::expect();
    let location = leptos_router::hooks::use_location();
    // Re-read when the address changes (the router navigates without a reload) or the
    // language switch re-words the notes.
    move || {
        let _ = (language.get(), location.search.get());
        notes()
            .into_iter()
            .map(|(name, text)| {
                view! {
                    <p class="address-note" role="status" data-testid="address-note" data-param=name>{text}</p>
                }
            })
            .collect_view()
    }
}
