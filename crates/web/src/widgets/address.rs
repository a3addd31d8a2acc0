//! A lab's settings in the page's address (`/seccion/1-10?epochs=5&lr=0.002&seed=3`): read
//! once when a field appears, rewritten (without a new history entry) when a good value is
//! typed, so the address always shares what the form shows. The copy-link button lives here
//! too.

use leptos::prelude::*;
use wasm_bindgen_futures::JsFuture;

use crate::strings;

fn params() -> Option<web_sys::UrlSearchParams> {
    let search = web_sys::window()?.location().search().ok()?;
    web_sys::UrlSearchParams::new_with_str(&search).ok()
}

/// The address's value for `name`, if it has one.
pub fn param(name: &str) -> Option<String> {
    params()?.get(name)
}

/// Writes `name=value` into the address (or removes it), keeping every other parameter.
pub fn set_param(name: &str, value: Option<&str>) {
    let (Some(window), Some(params)) = (web_sys::window(), params()) else {
        return;
    };
    match value {
        Some(v) => params.set(name, v),
        None => params.delete(name),
    }
    let location = window.location();
    let (Ok(path), Ok(hash)) = (location.pathname(), location.hash()) else {
        return;
    };
    let query: String = params.to_string().into();
    let url = if query.is_empty() {
        format!("{path}{hash}")
    } else {
        format!("{path}?{query}{hash}")
    };
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
}

/// A choice (a `<select>`) read from the address: `on_value` gets the option whose key the
/// address names; an unknown key is ignored (the form keeps its value).
pub fn choice_from_address(name: &str, keys: &[&str], on_value: impl FnOnce(usize)) {
    if let Some(i) = param(name).and_then(|v| keys.iter().position(|k| *k == v.trim())) {
        on_value(i);
    }
}

/// "Copy link": the address with the lab's settings, to the clipboard; the link is also shown
/// (selectable) for browsers that refuse the clipboard.
#[component]
pub fn ShareLink(
    /// `data-testid` prefix: `-share`, `-share-note`.
    testid: &'static str,
) -> impl IntoView {
    let note = RwSignal::new(None::<String>);
    let copy = move |_| {
        let Some(window) = web_sys::window() else {
            return;
        };
        let Ok(href) = window.location().href() else {
            return;
        };
        let clipboard = window.navigator().clipboard();
        note.set(Some(format!("{} {href}", strings::share_copying())));
        wasm_bindgen_futures::spawn_local(async move {
            let done = JsFuture::from(clipboard.write_text(&href)).await.is_ok();
            let said = if done {
                strings::share_copied()
            } else {
                strings::share_select()
            };
            let _ = note.try_set(Some(format!("{said} {href}")));
        });
    };
    view! {
        <p class="share-link">
            <button type="button" class="secondary small" data-testid=format!("{testid}-share") on:click=copy>
                {strings::share_button}
            </button>
            <span class="hint" data-testid=format!("{testid}-share-note") aria-live="polite">
                {move || note.get().unwrap_or_else(|| strings::share_hint().to_owned())}
            </span>
        </p>
    }
}
