//! Files the site ships beside the page (`pretrained/`): fetched from the same origin, as
//! bytes for the engine. Every family's shipped run goes through here.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Where the site serves a shipped file.
pub fn url(file_name: &str) -> String {
    format!("/pretrained/{file_name}")
}

/// The bytes of a shipped file, or a short reason (in the page's words) why not.
pub async fn fetch(file_name: &str) -> Result<js_sys::ArrayBuffer, String> {
    let window = web_sys::window().ok_or_else(|| crate::strings::no_window().to_owned())?;
    let response: web_sys::Response = JsFuture::from(window.fetch_with_str(&url(file_name)))
        .await
        .map_err(|_| crate::strings::no_network().to_owned())?
        .unchecked_into();
    if !response.ok() {
        return Err(format!("HTTP {}", response.status()));
    }
    let buffer = JsFuture::from(
        response
            .array_buffer()
            .map_err(|_| crate::strings::no_body().to_owned())?,
    )
    .await
    .map_err(|_| crate::strings::read_cut().to_owned())?;
    Ok(buffer.unchecked_into())
}
