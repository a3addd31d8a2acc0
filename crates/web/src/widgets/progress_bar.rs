//! A labelled progress bar (downloads).

use leptos::prelude::*;

/// A bar filled to `percent` (None: indeterminate).
#[component]
pub fn ProgressBar(
    #[prop(into)] percent: Signal<Option<u32>>,
    #[prop(into)] label: Signal<String>,
    #[prop(into)] testid: String,
) -> impl IntoView {
    view! {
        <div class="progress" data-testid=testid>
            <div class="progress-track">
                <div
                    class="progress-fill"
                    class:indeterminate=move || percent.get().is_none()
                    style=("width", move || format!("{}%", percent.get().unwrap_or(100)))
                ></div>
            </div>
            <span class="progress-label">{move || label.get()}</span>
        </div>
    }
}
