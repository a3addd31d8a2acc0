//! A run's speed line, written once for every lab: time per step, steps per second, time
//! spent training and the engine's memory.

use leptos::prelude::*;

use crate::format::clock;
use crate::strings;

/// "12.3 ms/step · 81 steps/s · elapsed 42 s · memory 180 MB", or nothing before the first
/// timed step. A rate under 10 keeps two decimals (a slow step's rate still reads).
pub fn speed_text(median_ms: Option<f64>, elapsed_ms: f64, memory_bytes: u64) -> Option<String> {
    let median = median_ms?;
    let rate = 1000.0 / median.max(0.001);
    let rate = if rate < 10.0 {
        format!("{rate:.2}")
    } else {
        format!("{rate:.0}")
    };
    Some(format!(
        "{median:.1} ms/{} · {rate} {} · {} {} · {} {:.0} MB",
        strings::vae_step_short(),
        strings::vae_steps_per_s(),
        strings::vae_elapsed(),
        clock(elapsed_ms),
        strings::vae_memory(),
        memory_bytes as f64 / 1e6
    ))
}

/// The speed line as a paragraph of counters.
#[component]
pub fn SpeedLine(
    /// The median time of a step, once one was timed.
    #[prop(into)]
    median_ms: Signal<Option<f64>>,
    /// Time spent training.
    #[prop(into)]
    elapsed_ms: Signal<f64>,
    /// The engine's memory.
    #[prop(into)]
    memory_bytes: Signal<u64>,
) -> impl IntoView {
    view! {
        // `data-memory`: the engine's wasm memory in bytes (the benchmark's soak mode samples it).
        <p class="counters" data-testid="speed-line" data-memory=move || memory_bytes.get().to_string()>
            {move || speed_text(median_ms.get(), elapsed_ms.get(), memory_bytes.get()).unwrap_or_default()}
        </p>
    }
}
