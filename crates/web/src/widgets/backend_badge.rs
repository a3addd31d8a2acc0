//! The header badge: which backends the engine has (WebGPU or CPU), whether it was forced, on
//! the CPU why, and (in its title and `data-runs`) where each model's runs train.

use generativa_protocol::{BackendKind, BackendReport, BackendRequest, CpuReason};
use leptos::prelude::*;

use crate::engine::{EngineStatus, use_engine};
use crate::strings;
use crate::wording;

/// Why the engine is on the CPU, in words.
pub fn reason_text(reason: &CpuReason) -> String {
    match reason {
        CpuReason::Forced if crate::engine::backend_in_address() => {
            strings::why_forced().to_owned()
        }
        // Asked for earlier in this browser session and remembered: say so, and how to forget.
        CpuReason::Forced => strings::why_forced_remembered().to_owned(),
        CpuReason::NoNavigatorGpu => strings::why_no_gpu_api().to_owned(),
        CpuReason::NoAdapter => strings::why_no_adapter().to_owned(),
        CpuReason::SoftwareAdapter { adapter } => {
            format!("{} ({adapter})", strings::why_software())
        }
        CpuReason::DeviceRequestFailed { detail } => {
            format!("{}: {detail}", strings::why_device_failed())
        }
    }
}

/// The badge's main word and the `data-backend` value; `gpu_lost`: the engine was restarted on
/// the CPU after its WebGPU device was lost.
fn badge(report: &BackendReport, gpu_lost: bool) -> (String, &'static str) {
    let forced = report.requested != BackendRequest::Auto;
    let (name, key) = match report.kind {
        BackendKind::WebGpu => (strings::badge_webgpu(), "webgpu"),
        BackendKind::Cpu => (strings::badge_cpu(), "cpu"),
    };
    let fell_back = report.requested == BackendRequest::WebGpu && report.kind == BackendKind::Cpu;
    let text = if gpu_lost && report.kind == BackendKind::Cpu {
        format!("{name} ({})", strings::gpu_lost())
    } else if fell_back {
        // WebGPU was asked for and could not be had: say what was asked and what happened.
        format!("{name} ({})", strings::asked_webgpu())
    } else if forced {
        format!("{name} ({})", strings::forced())
    } else {
        name.to_owned()
    };
    (text, key)
}

/// The badge.
#[component]
pub fn BackendBadge() -> impl IntoView {
    let engine = use_engine();
    move || {
        let status = engine.status.get();
        match (status, engine.backend.get()) {
            (_, Some(report)) => {
                let gpu_lost = engine.lost.with(|l| l.as_ref().is_some_and(|l| l.gpu_given_up));
                let (text, key) = badge(&report, gpu_lost);
                let reason = if gpu_lost && report.kind == BackendKind::Cpu {
                    Some(strings::why_gpu_lost().to_owned())
                } else {
                    report.cpu_reason.as_ref().map(reason_text)
                };
                let mut title = reason.clone().unwrap_or_else(|| {
                    report.adapter.as_ref().map(|a| a.label()).unwrap_or_default()
                });
                // Each model trains where it is faster: say where, once decided.
                let runs = engine.run_backends.get();
                for (model, choice) in &runs {
                    title.push_str(&format!("\n{model}: {}", wording::run_backend(choice)));
                }
                let runs_key = runs
                    .iter()
                    .map(|(model, choice)| format!("{model}:{}", match choice.kind {
                        BackendKind::WebGpu => "webgpu",
                        BackendKind::Cpu => "cpu",
                    }))
                    .collect::<Vec<_>>()
                    .join(" ");
                view! {
                    <a class=format!("badge badge-{key}") href="/diagnostico" title=title
                        data-testid="backend-badge" data-backend=key data-runs=runs_key>
                        <span class="badge-name">{text}</span>
                        {reason.map(|r| view! { <span class="badge-reason" data-testid="backend-reason">{r}</span> })}
                    </a>
                }
                .into_any()
            }
            (EngineStatus::Failed(_), None) => view! {
                <span class="badge badge-failed" data-testid="backend-badge" data-backend="failed">{strings::badge_failed()}</span>
            }
            .into_any(),
            (EngineStatus::Ready, None) => view! {
                <span class="badge badge-loading" data-testid="backend-badge" data-backend="loading">{strings::badge_choosing()}</span>
            }
            .into_any(),
            _ => view! {
                <span class="badge badge-loading" data-testid="backend-badge" data-backend="loading">{strings::badge_loading()}</span>
            }
            .into_any(),
        }
    }
}
