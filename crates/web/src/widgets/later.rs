//! Renders its children one task after the rest of the page: opening a slide builds and paints
//! its text first, and each lab in a short task of its own, so no single task (a click on the
//! table of contents while a model trains) blocks the page for long.

use std::time::Duration;

use leptos::prelude::*;

/// The deferred children.
#[component]
pub fn Later(children: ChildrenFn) -> impl IntoView {
    let ready = RwSignal::new(false);
    // A slide left before the timer fires has disposed the signal; try_set then does nothing.
    set_timeout(
        move || {
            let _ = ready.try_set(true);
        },
        Duration::ZERO,
    );
    move || ready.get().then(|| children())
}
