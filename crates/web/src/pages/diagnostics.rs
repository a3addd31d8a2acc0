//! `/diagnostico`: the chosen backend and why, the start-up computation with its expected
//! values, links to force a backend, and the data set loader.

use generativa_protocol::BackendKind;
use leptos::prelude::*;

use crate::engine::use_engine;
use crate::strings;
use crate::widgets::{backend_badge::reason_text, data_loader::DataLoader};

fn matrix(values: &[f32], cols: usize) -> String {
    values
        .chunks(cols)
        .map(|row| {
            row.iter()
                .map(|v| format!("{v}"))
                .collect::<Vec<_>>()
                .join(", ")
        })
        .map(|row| format!("[{row}]"))
        .collect::<Vec<_>>()
        .join(" ")
}

/// The diagnostics page.
#[component]
pub fn DiagnosticsPage() -> impl IntoView {
    let engine = use_engine();
    if let Some(document) = web_sys::window().and_then(|w| w.document()) {
        document.set_title(&format!("{} · Generativa", strings::diag_title()));
    }
    let backend_view = move || {
        engine.backend.get().map(|report| {
            let kind = match report.kind {
                BackendKind::WebGpu => strings::badge_webgpu(),
                BackendKind::Cpu => strings::badge_cpu(),
            };
            view! {
                <dl class="facts">
                    <dt>{strings::diag_backend()}</dt>
                    <dd data-testid="diag-backend">{kind}</dd>
                    <dt>{strings::diag_requested()}</dt>
                    <dd data-testid="diag-requested">{report.requested.as_query()}</dd>
                    {report.cpu_reason.as_ref().map(|r| view! {
                        <dt>{strings::diag_reason()}</dt>
                        <dd data-testid="diag-reason">{reason_text(r)}
                            {matches!(r, generativa_protocol::CpuReason::SoftwareAdapter { .. })
                                .then(|| format!(": {}", strings::why_software_detail()))}
                        </dd>
                    })}
                    {report.adapter.as_ref().map(|a| view! {
                        <dt>{strings::diag_adapter()}</dt>
                        <dd data-testid="diag-adapter">{a.label()}{a.fallback.then_some(" (fallback)")}</dd>
                    })}
                </dl>
            }
        })
    };
    let computation_view = move || {
        match engine.diagnostics.get() {
        None => view! { <p class="muted">{strings::diag_running()}</p> }.into_any(),
        Some(Err(message)) => view! { <p class="error" role="alert" data-testid="diag-error">{message}</p> }.into_any(),
        Some(Ok(report)) => view! {
            <dl class="facts">
                <dt>"x · w"</dt>
                <dd data-testid="diag-product">{matrix(&report.product, 2)}</dd>
                <dt>"∂ Σ(x · w) / ∂w"</dt>
                <dd data-testid="diag-gradient">{matrix(&report.gradient, 2)}</dd>
                <dt>"∂ Σ(x · w) / ∂x"</dt>
                <dd data-testid="diag-input-gradient">{matrix(&report.input_gradient, 3)}</dd>
                <dt>{strings::diag_expected()}</dt>
                <dd>"[-0.25, 3] [0.5, 9] · [5, 5] [7, 7] [9, 9] · [1.5, 1, -0.25] [1.5, 1, -0.25]"</dd>
                <dt>{strings::diag_convolutions()}</dt>
                <dd data-testid="diag-convolution-gap">{format!("{:.1e}", report.convolution_gap)}</dd>
                <dt>{strings::diag_time()}</dt>
                <dd>{format!("{:.0} ms", report.millis)}</dd>
            </dl>
            <p class=if report.correct { "ok" } else { "error" } data-testid="diag-status" data-correct=report.correct.to_string()>
                {if report.correct { strings::diag_ok() } else { strings::diag_wrong() }}
            </p>
        }
        .into_any(),
    }
    };
    view! {
        <article class="lesson">
            <p class="lesson-part">"Generativa"</p>
            <h1 data-testid="lesson-heading">{strings::diag_title()}</h1>
            <section class="panel">
                <h2>{strings::diag_backend()}</h2>
                {backend_view}
                <p>{strings::diag_force()}" "
                    <a href="/diagnostico?backend=webgpu" rel="external" data-testid="force-webgpu">"WebGPU"</a>" · "
                    <a href="/diagnostico?backend=cpu" rel="external" data-testid="force-cpu">"CPU"</a>" · "
                    <a href="/diagnostico?backend=auto" rel="external" data-testid="force-auto">{strings::diag_auto()}</a>
                </p>
            </section>
            <section class="panel">
                <h2>{strings::diag_runs()}</h2>
                {move || {
                    let runs = engine.run_backends.get();
                    if runs.is_empty() {
                        return view! { <p class="muted">{strings::diag_runs_none()}</p> }.into_any();
                    }
                    view! {
                        <dl class="facts" data-testid="diag-runs">
                            {runs.into_iter().map(|(model, choice)| view! {
                                <dt>{model.clone()}</dt>
                                <dd data-testid=format!("diag-run-{model}")>{crate::wording::run_backend(&choice)}</dd>
                            }).collect_view()}
                        </dl>
                    }.into_any()
                }}
            </section>
            <section class="panel">
                <h2>{strings::diag_computation()}</h2>
                <p>{strings::diag_intro()}</p>
                {computation_view}
            </section>
            <DataLoader/>
        </article>
    }
}
