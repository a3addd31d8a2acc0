//! Choosing the engine's devices: WebGPU on a hardware adapter, the CPU otherwise (or as
//! forced), with the reason as data; each model then picks between them (`run_backend`). On a software adapter (SwiftShader) burn's CPU backend measured
//! ~20× faster than WebGPU (the VAE: ~11 against ~220 ms per step), so a software adapter means
//! CPU unless WebGPU is forced.

use generativa_core::burn::tensor::Device;
use generativa_core::burn::tensor::wgpu::WgpuBackend;
use generativa_protocol::{AdapterInfo, BackendKind, BackendReport, BackendRequest, CpuReason};
use js_sys::{Function, Promise, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

fn get(object: &JsValue, key: &str) -> JsValue {
    Reflect::get(object, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

fn text(object: &JsValue, key: &str) -> String {
    get(object, key).as_string().unwrap_or_default()
}

/// The outcome of asking the browser for a WebGPU adapter.
enum Probe {
    NoNavigatorGpu,
    NoAdapter,
    Adapter(AdapterInfo),
}

async fn probe_adapter() -> Probe {
    let navigator = get(&js_sys::global(), "navigator");
    let gpu = get(&navigator, "gpu");
    if gpu.is_undefined() || gpu.is_null() {
        return Probe::NoNavigatorGpu;
    }
    let Ok(request) = get(&gpu, "requestAdapter").dyn_into::<Function>() else {
        return Probe::NoNavigatorGpu;
    };
    let Ok(promise) = request.call0(&gpu).and_then(|p| p.dyn_into::<Promise>()) else {
        return Probe::NoAdapter;
    };
    let adapter = match JsFuture::from(promise).await {
        Ok(a) if !a.is_null() && !a.is_undefined() => a,
        _ => return Probe::NoAdapter,
    };
    let info = get(&adapter, "info");
    let fallback = get(&info, "isFallbackAdapter")
        .as_bool()
        .or_else(|| get(&adapter, "isFallbackAdapter").as_bool());
    Probe::Adapter(AdapterInfo {
        vendor: text(&info, "vendor"),
        architecture: text(&info, "architecture"),
        description: text(&info, "description"),
        fallback: fallback.unwrap_or(false),
    })
}

fn cpu(
    requested: BackendRequest,
    reason: CpuReason,
    adapter: Option<AdapterInfo>,
) -> (Device, BackendReport) {
    let report = BackendReport {
        kind: BackendKind::Cpu,
        requested,
        cpu_reason: Some(reason),
        adapter,
    };
    (Device::flex(), report)
}

/// Picks the device for `requested` and reports the choice. With `software_ok` (the per-run
/// calibration's test hook) a software adapter is used like a hardware one.
pub async fn choose(requested: BackendRequest, software_ok: bool) -> (Device, BackendReport) {
    if requested == BackendRequest::Cpu {
        return cpu(requested, CpuReason::Forced, None);
    }
    let info = match probe_adapter().await {
        Probe::NoNavigatorGpu => return cpu(requested, CpuReason::NoNavigatorGpu, None),
        Probe::NoAdapter => return cpu(requested, CpuReason::NoAdapter, None),
        Probe::Adapter(info) => info,
    };
    if requested == BackendRequest::Auto && info.is_software() && !software_ok {
        let reason = CpuReason::SoftwareAdapter {
            adapter: info.label(),
        };
        return cpu(requested, reason, Some(info));
    }
    match Device::wgpu_options()
        .graphics_api(WgpuBackend::WebGpu)
        .init_async()
        .await
    {
        Ok(device) => {
            let report = BackendReport {
                kind: BackendKind::WebGpu,
                requested,
                cpu_reason: None,
                adapter: Some(info),
            };
            (device, report)
        }
        Err(e) => cpu(
            requested,
            CpuReason::DeviceRequestFailed {
                detail: e.to_string(),
            },
            Some(info),
        ),
    }
}
