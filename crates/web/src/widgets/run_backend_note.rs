//! Where a lab's run trains and why (the engine's per-run choice: a tiny model on the CPU, a
//! larger one where a short calibration said it is faster, or as forced), the same line in
//! every lab.

use leptos::prelude::*;

use crate::engine::use_engine;
use crate::strings;
use crate::wording;

/// The line (nothing until the engine has decided for `model`).
#[component]
pub fn RunBackendNote(
    /// The model id.
    model: &'static str,
    /// `data-testid` of the line.
    testid: &'static str,
) -> impl IntoView {
    let engine = use_engine();
    move || {
        engine.run_backend(model).map(|choice| {
            let key = match choice.kind {
                generativa_protocol::BackendKind::WebGpu => "webgpu",
                generativa_protocol::BackendKind::Cpu => "cpu",
            };
            let reason = format!("{:?}", choice.reason)
                .split([' ', '{'])
                .next()
                .unwrap_or_default()
                .to_lowercase();
            view! {
                <p class="hint" data-testid=testid data-backend=key data-reason=reason>
                    {format!("{} {}", strings::runs_on(), wording::run_backend(&choice))}
                </p>
            }
        })
    }
}
