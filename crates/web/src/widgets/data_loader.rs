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
                let origin = if f.from_cache { format!(" · {}", strings::data_from_cache()) } else { String::new() };
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
            <h2>{strings::data_title()}</h2>
            <p>{strings::data_intro()}</p>
            <div class="panel-actions">
                <button data-testid="data-load" disabled=busy on:click=move |_| engine.load_data()>
                    {move || if matches!(status.get(), DataStatus::Failed(_)) { strings::data_retry() } else { strings::data_load() }}
                </button>
                <button class="secondary" data-testid="data-forget" on:click=move |_| engine.forget_data()>
                    {strings::data_forget()}
                </button>
            </div>
            {files_view}
            {move || match status.get() {
                DataStatus::Waiting => view! { <p class="muted">{strings::data_wait_engine()}</p> }.into_any(),
                DataStatus::Verifying(_) => view! { <p class="muted" data-testid="data-verifying">{strings::data_verifying()}</p> }.into_any(),
                DataStatus::Ready(s) => view! {
                    <p class="ok" data-testid="data-summary" data-train=s.train.to_string() data-test=s.test.to_string()
                        data-verified=s.verified.to_string() data-from-cache=s.from_cache.to_string() data-kept=s.kept.to_string()>
                        {format!(
                            "{} + {} {} {} ({} {}, {} {}; {}×{} px), {} {} {:.1} s",
                            format::thousands(s.train as u64),
                            format::thousands(s.test as u64),
                            strings::data_images(),
                            strings::data_verified(),
                            format::thousands(s.train as u64), strings::data_train(),
                            format::thousands(s.test as u64), strings::data_test(),
                            s.rows, s.cols,
                            if s.from_cache { strings::data_from_cache() } else { strings::data_from_network() },
                            strings::data_in(),
                            s.millis / 1000.0,
                        )}
                    </p>
                    {(!s.kept).then(|| view! {
                        <p class="note" role="status" data-testid="data-not-kept">{strings::data_not_kept()}</p>
                    })}
                }
                .into_any(),
                DataStatus::Failed(problem) => view! {
                    <p class="error" role="alert" data-testid="data-error">{format!("{}: {}", strings::data_failed(), crate::wording::data_problem(&problem))}</p>
                }
                .into_any(),
                _ => ().into_any(),
            }}
            <Show when=move || engine.data_forgotten.get()>
                <p class="muted" data-testid="data-forgotten">{strings::data_forgotten()}</p>
            </Show>
        </section>
    }
}
