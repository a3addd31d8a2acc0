//! A highlighted code block (the lecture's Keras code), with a language label.

use leptos::prelude::*;

use crate::lecture::highlight::highlight_lang;

/// Python (the lecture's) or Rust (the engine's) source, highlighted; `caption` replaces the
/// language label.
#[component]
pub fn CodeBlock(
    #[prop(into)] text: String,
    #[prop(into)] lang: String,
    #[prop(optional, into)] caption: Option<String>,
) -> impl IntoView {
    let tokens = highlight_lang(&text, &lang);
    let label = caption.unwrap_or_else(|| {
        if lang.is_empty() {
            crate::strings::code().to_owned()
        } else {
            lang.clone()
        }
    });
    view! {
        <figure class="code" data-testid="code-block">
            <figcaption>{label}</figcaption>
            <pre tabindex="0"><code class=format!("language-{lang}")>
                {tokens.into_iter().map(|(kind, t)| view! { <span class=kind.class()>{t}</span> }).collect_view()}
            </code></pre>
        </figure>
    }
}
