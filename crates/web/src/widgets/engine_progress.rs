//! The training engine's loading indicator in the header: download progress, then "starting",
//! then nothing. The lesson text never waits for it.

use leptos::prelude::*;

use crate::engine::{EngineStatus, use_engine};
use crate::format;
use crate::strings;
use crate::widgets::progress_bar::ProgressBar;

/// Shown while the engine loads.
#[component]
pub fn EngineProgress() -> impl IntoView {
    let engine = use_engine();
    let percent = Signal::derive(move || match engine.status.get() {
        EngineStatus::Downloading { loaded, total } if total > 0 => {
            Some(format::percent(loaded, total))
        }
        _ => None,
    });
    let label = Signal::derive(move || match engine.status.get() {
        EngineStatus::Downloading { loaded, total } if total > 0 => format!(
            "{}: {} / {} ({} %)",
            strings::engine_downloading(),
            format::bytes(loaded),
            format::bytes(total),
            format::percent(loaded, total)
        ),
        EngineStatus::Downloading { loaded, .. } => {
            format!(
                "{}: {}",
                strings::engine_downloading(),
                format::bytes(loaded)
            )
        }
        _ => strings::engine_starting().to_owned(),
    });
    move || match engine.status.get() {
        EngineStatus::Downloading { .. } | EngineStatus::Starting => view! {
            <div class="engine-progress" title=strings::engine_text_first()>
                <ProgressBar percent=percent label=label testid="engine-progress"/>
            </div>
        }
        .into_any(),
        EngineStatus::Failed(message) => view! {
            <div class="engine-failed" data-testid="engine-failed" role="alert">
                {format!("{}: {message}", strings::engine_failed())}
            </div>
        }
        .into_any(),
        EngineStatus::Ready => ().into_any(),
    }
}
