//! Fashion-MNIST: a load button, per-file progress (bytes and %), the verified counts, and a
//! clear message when files are missing or corrupt.

use leptos::prelude::*;

use crate::engine::{DataStatus, use_engine};
use crate::format;
use crate::strings;
use crate::widgets::progress_bar::ProgressBar;

/// The data panel.
#[component]
pub fn DataLoader() -> impl IntoView {
    let engine = use_engine();
    let status = engine.data;
    let busy = move || {
        matches!(
            status.get(),
            DataStatus::Waiting | DataStatus::Loading(_) | DataStatus::Verifying(_)
        )
    };
    let files_view = move || {
        let files = match status.get() {
            DataStatus::Loading(files) | DataStatus::Verifying(files) => files,
            _ => Vec::new(),
        };
        files
            .into_iter()
            .map(|f| {
                let pct = if f.done { Some(100) } else if f.total > 0 { Some(format::percent(f.loaded, f.total)) } else { None };
                let origin = if f.from_cache { format!(" · {}", strings::DATA_FROM_CACHE) } else { String::new() };
                let label = if f.total > 0 {
                    format!("{}: {} / {} ({} %){origin}", f.file, format::bytes(f.loaded), format::bytes(f.total), pct.unwrap_or(0))
                } else {
                    format!("{}: {}{origin}", f.file, format::bytes(f.loaded))
                };
                view! { <ProgressBar percent=Signal::stored(pct) label=Signal::stored(label) testid="data-progress"/> }
            })
            .collect_view()
    };
    view! {
        <section class="panel data-panel" data-testid="data-panel">
            <h2>{strings::DATA_TITLE}</h2>
            <p>{strings::DATA_INTRO}</p>
            <div class="panel-actions">
                <button data-testid="data-load" disabled=busy on:click=move |_| engine.load_data()>
                    {move || if matches!(status.get(), DataStatus::Failed(_)) { strings::DATA_RETRY } else { strings::DATA_LOAD }}
                </button>
                <button class="secondary" data-testid="data-forget" on:click=move |_| engine.forget_data()>
                    {strings::DATA_FORGET}
                </button>
            </div>
            {files_view}
            {move || match status.get() {
                DataStatus::Waiting => view! { <p class="muted">{strings::DATA_WAIT_ENGINE}</p> }.into_any(),
                DataStatus::Verifying(_) => view! { <p class="muted" data-testid="data-verifying">{strings::DATA_VERIFYING}</p> }.into_any(),
                DataStatus::Ready(s) => view! {
                    <p class="ok" data-testid="data-summary" data-train=s.train.to_string() data-test=s.test.to_string()
                        data-verified=s.verified.to_string() data-from-cache=s.from_cache.to_string()>
                        {format!(
                            "{} + {} {} {} ({} {}, {} {}; {}×{} px), {} en {:.1} s",
                            format::thousands(s.train as u64),
                            format::thousands(s.test as u64),
                            strings::DATA_IMAGES,
                            strings::DATA_VERIFIED,
                            format::thousands(s.train as u64), strings::DATA_TRAIN,
                            format::thousands(s.test as u64), strings::DATA_TEST,
                            s.rows, s.cols,
                            if s.from_cache { strings::DATA_FROM_CACHE } else { strings::DATA_FROM_NETWORK },
                            s.millis / 1000.0,
                        )}
                    </p>
                }
                .into_any(),
                DataStatus::Failed(message) => view! {
                    <p class="error" role="alert" data-testid="data-error">{format!("{}: {message}", strings::DATA_FAILED)}</p>
                }
                .into_any(),
                _ => ().into_any(),
            }}
            <Show when=move || engine.data_forgotten.get()>
                <p class="muted" data-testid="data-forgotten">{strings::DATA_FORGOTTEN}</p>
            </Show>
        </section>
    }
}
