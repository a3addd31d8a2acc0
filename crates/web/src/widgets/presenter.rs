//! Presenter mode, for a projector: the slide's text large across the screen, its labs below,
//! no index or footer. `P` (or the header's button) switches it on and off, `Esc` leaves it,
//! `F` asks for full screen; ←/→ and a clicker's PageUp/PageDown change the section
//! (`keyboard_nav`). The choice lasts for the browser tab (sessionStorage).

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::strings;

/// The sessionStorage key.
const STORAGE_KEY: &str = "generativa-presenter";
/// The class `<html>` carries while presenting (the stylesheet does the rest).
const CLASS: &str = "presenter";

/// Whether the page is in presenter mode, in context.
#[derive(Clone, Copy)]
pub struct Presenter(RwSignal<bool>);

fn session() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok()?
}

fn root() -> Option<web_sys::Element> {
    web_sys::window()?.document()?.document_element()
}

impl Presenter {
    /// Reads the tab's last choice, provides the mode and keeps `<html class>` in step.
    pub fn provide() -> Self {
        let start = session()
            .and_then(|s| s.get_item(STORAGE_KEY).ok().flatten())
            .is_some_and(|v| v == "1");
        let presenter = Presenter(RwSignal::new(start));
        provide_context(presenter);
        Effect::new(move |_| {
            let on = presenter.0.get();
            if let Some(root) = root() {
                let classes = root.class_list();
                let _ = if on {
                    classes.add_1(CLASS)
                } else {
                    classes.remove_1(CLASS)
                };
            }
            if let Some(storage) = session() {
                let _ = storage.set_item(STORAGE_KEY, if on { "1" } else { "0" });
            }
        });
        presenter
    }

    /// The mode in context.
    pub fn expect() -> Self {
        expect_context()
    }

    /// Whether presenting (tracked).
    pub fn on(self) -> bool {
        self.0.get()
    }

    /// Whether presenting (untracked, for key handlers).
    pub fn on_now(self) -> bool {
        self.0.get_untracked()
    }

    /// Switches the mode.
    pub fn set(self, on: bool) {
        self.0.set(on);
        if !on {
            leave_fullscreen();
        }
    }
}

/// Asks the browser for full screen (it may refuse; nothing else changes then).
pub fn fullscreen() {
    if let Some(root) = root() {
        let _ = root.request_fullscreen();
    }
}

fn leave_fullscreen() {
    if let Some(document) = web_sys::window().and_then(|w| w.document())
        && document.fullscreen_element().is_some()
    {
        document.exit_fullscreen();
    }
}

/// The header's buttons: presenter mode on/off, and full screen while presenting.
#[component]
pub fn PresenterButtons() -> impl IntoView {
    let presenter = Presenter::expect();
    view! {
        <button type="button" class="header-button" data-testid="presenter-toggle"
            aria-pressed=move || presenter.on().to_string()
            aria-keyshortcuts="P"
            title=strings::presenter_keys
            on:click=move |e: web_sys::MouseEvent| {
                presenter.set(!presenter.on_now());
                // Keep the arrows for the slides, not for the button.
                if let Some(button) = e.current_target().and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok()) {
                    let _ = button.blur();
                }
            }>
            {move || if presenter.on() { strings::presenter_leave() } else { strings::presenter_enter() }}
        </button>
        {move || presenter.on().then(|| view! {
            <button type="button" class="header-button" data-testid="presenter-fullscreen"
                aria-keyshortcuts="F" on:click=move |_| fullscreen()>
                {strings::presenter_fullscreen}
            </button>
        })}
    }
}
