//! The page's language: Spanish (the lecture's, the default) or English. `?lang=en` in the
//! address wins, then what this browser chose last time, then Spanish. The choice is kept in
//! localStorage and `<html lang>` follows it. Strings ask `pick` (see `strings`).

use std::cell::Cell;

use leptos::prelude::*;

/// A language the site is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    /// Spanish: the lecture's language.
    #[default]
    Es,
    /// English.
    En,
}

impl Lang {
    /// Both, in the switch's order.
    pub const ALL: [Lang; 2] = [Lang::Es, Lang::En];

    /// The BCP 47 code (`<html lang>`, `?lang=`).
    pub fn code(self) -> &'static str {
        match self {
            Lang::Es => "es",
            Lang::En => "en",
        }
    }

    /// The language of a code, if the site has it.
    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL
            .into_iter()
            .find(|l| l.code().eq_ignore_ascii_case(code.trim()))
    }

    /// Its own name, as the switch shows it.
    pub fn name(self) -> &'static str {
        match self {
            Lang::Es => "Español",
            Lang::En => "English",
        }
    }
}

thread_local! {
    static CURRENT: Cell<Lang> = const { Cell::new(Lang::Es) };
}

/// The language the page is drawn in now.
pub fn current() -> Lang {
    CURRENT.with(Cell::get)
}

/// `es` or `en`, whichever the page speaks.
pub fn pick<'a>(es: &'a str, en: &'a str) -> &'a str {
    match current() {
        Lang::Es => es,
        Lang::En => en,
    }
}

/// Whether the page speaks English (for sentences whose word order differs).
pub fn english() -> bool {
    current() == Lang::En
}

/// The localStorage key of the choice.
const STORAGE_KEY: &str = "generativa-lang";

/// The language as a reactive value, in context. The app redraws its pages when it changes.
#[derive(Clone, Copy)]
pub struct Language(RwSignal<Lang>);

impl Language {
    /// Reads the starting language and provides it.
    pub fn provide() -> Self {
        let asked = from_address();
        let start = asked.or_else(stored).unwrap_or_default();
        if let (Some(lang), Some(storage)) = (asked, local_storage()) {
            // An address that names the language chooses it for the next visits too.
            let _ = storage.set_item(STORAGE_KEY, lang.code());
        }
        CURRENT.with(|c| c.set(start));
        show_on_document(start);
        let language = Language(RwSignal::new(start));
        provide_context(language);
        language
    }

    /// The language in context.
    pub fn expect() -> Self {
        expect_context()
    }

    /// The language (tracked).
    pub fn get(self) -> Lang {
        self.0.get()
    }

    /// Switches the page's language and keeps the choice.
    pub fn set(self, lang: Lang) {
        if self.0.get_untracked() == lang {
            return;
        }
        CURRENT.with(|c| c.set(lang));
        show_on_document(lang);
        if let Some(storage) = local_storage() {
            // A refused write only means the next visit starts in the default language.
            let _ = storage.set_item(STORAGE_KEY, lang.code());
        }
        rewrite_address(lang);
        self.0.set(lang);
    }
}

fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

fn stored() -> Option<Lang> {
    Lang::from_code(&local_storage()?.get_item(STORAGE_KEY).ok()??)
}

fn search_params() -> Option<web_sys::UrlSearchParams> {
    let search = web_sys::window()?.location().search().ok()?;
    web_sys::UrlSearchParams::new_with_str(&search).ok()
}

fn from_address() -> Option<Lang> {
    Lang::from_code(&search_params()?.get("lang")?)
}

/// `<html lang>` and the document's title follow the language.
fn show_on_document(lang: Lang) {
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.set_attribute("lang", lang.code());
    }
}

/// An address that says `?lang=` keeps saying the language on screen (a copied link opens in it).
fn rewrite_address(lang: Lang) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Some(params) = search_params() else {
        return;
    };
    if params.get("lang").is_none() {
        return;
    }
    params.set("lang", lang.code());
    let location = window.location();
    let (Ok(path), Ok(hash)) = (location.pathname(), location.hash()) else {
        return;
    };
    let query: String = params.to_string().into();
    let url = format!("{path}?{query}{hash}");
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
}

/// The switch in the header: one button per language, the current one pressed.
#[component]
pub fn LanguageSwitch() -> impl IntoView {
    let language = Language::expect();
    view! {
        <div class="lang-switch" role="group" aria-label=move || { language.get(); crate::strings::lang_switch() }>
            {Lang::ALL.into_iter().map(|lang| view! {
                <button type="button" lang=lang.code() data-testid=format!("lang-{}", lang.code())
                    aria-pressed=move || (language.get() == lang).to_string()
                    on:click=move |_| language.set(lang)>
                    {lang.code().to_uppercase()}<span class="visually-hidden">{format!(" · {}", lang.name())}</span>
                </button>
            }).collect_view()}
        </div>
    }
}

/// Sets the language without a page (native tests; each test thread has its own).
#[cfg(test)]
pub fn set_for_test(lang: Lang) {
    CURRENT.with(|c| c.set(lang));
}
