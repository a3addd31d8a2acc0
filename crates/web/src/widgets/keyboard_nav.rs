//! ← and → move to the previous and next section — only when the focus is on the page itself:
//! a key pressed on a control (a pixel of 1.14's editor, a field, a slider, a link) or one a
//! widget already used stays with it, so navigating never throws away a student's edits.

use leptos::ev;
use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_navigate};
use wasm_bindgen::JsCast;

use crate::lecture;
use crate::widgets::presenter::{self, Presenter};

/// Whether the key went to a control (or anything focusable), not the page.
fn on_control(event: &web_sys::KeyboardEvent) -> bool {
    event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok())
        .is_some_and(|el| {
            matches!(
                el.tag_name().as_str(),
                "INPUT" | "TEXTAREA" | "SELECT" | "BUTTON" | "A" | "SUMMARY" | "CANVAS"
            ) || el.is_content_editable()
                || el.has_attribute("tabindex")
                    && el.get_attribute("tabindex").as_deref() != Some("-1")
                || el.has_attribute("role")
        })
}

/// Installs the key handler.
#[component]
pub fn KeyboardNav() -> impl IntoView {
    let location = use_location();
    let navigate = use_navigate();
    let presenter = Presenter::expect();
    let handle = window_event_listener(ev::keydown, move |event| {
        if event.alt_key()
            || event.ctrl_key()
            || event.meta_key()
            || event.shift_key()
            || event.default_prevented()
            || on_control(&event)
        {
            return;
        }
        let presenting = presenter.on_now();
        let step: isize = match event.key().as_str() {
            "ArrowLeft" => -1,
            "ArrowRight" => 1,
            // A presenter's clicker sends these; outside presenter mode they scroll.
            "PageUp" if presenting => -1,
            "PageDown" if presenting => 1,
            "p" | "P" => {
                event.prevent_default();
                presenter.set(!presenting);
                return;
            }
            "Escape" if presenting => {
                presenter.set(false);
                return;
            }
            "f" | "F" if presenting => {
                event.prevent_default();
                presenter::fullscreen();
                return;
            }
            _ => return,
        };
        let path = location.pathname.get_untracked();
        let slug = if path == "/" {
            Some("agenda")
        } else {
            path.strip_prefix("/seccion/")
        };
        let Some(index) = slug.and_then(lecture::index_of) else {
            return;
        };
        let target = index as isize + step;
        if let Some(lesson) = usize::try_from(target)
            .ok()
            .and_then(|i| lecture::lessons().get(i))
        {
            event.prevent_default();
            navigate(&lesson.path(), Default::default());
            if let Some(w) = web_sys::window() {
                w.scroll_to_with_x_and_y(0.0, 0.0);
            }
        }
    });
    on_cleanup(move || handle.remove());
}
