//! Each run on its faster backend. The engine starts with the CPU and, where there is one,
//! a WebGPU device; each model then trains where it is faster: a tiny model (the toy GAN, 28
//! parameters) always on the CPU, since a GPU only adds dispatch overhead to it; a larger one
//! where a short calibration — a few timed training steps on each backend, after one that
//! compiles the GPU's kernels — says it is faster. `?backend=` still forces one backend for
//! every model. The choice is made once per model and page visit, and told to the page.

use generativa_core::burn::tensor::Device;
use generativa_protocol::{
    BackendKind, BackendRequest, CalibrationHook, Failure, FromEngine, RunBackend,
    RunBackendReason, RunEvent,
};

use crate::context::{STATE, device, post};
use crate::families::Job;

/// What a family needs from the choice.
pub enum RunSize {
    /// Always the CPU unless WebGPU is forced.
    Tiny,
    /// Calibrated: `time_step` trains on the given device and returns milliseconds per step.
    Large {
        /// A few timed steps of a fresh run on a device.
        time_step: fn(Device) -> Job<Result<f64, Failure>>,
    },
}

fn remembered(model: &str) -> Option<RunBackend> {
    STATE.with(|s| {
        s.borrow()
            .run_backends
            .iter()
            .find(|(m, _)| *m == model)
            .map(|(_, b)| b.clone())
    })
}

fn decide(model: &'static str, choice: RunBackend) -> RunBackend {
    STATE.with(|s| s.borrow_mut().run_backends.push((model, choice.clone())));
    post(&FromEngine::Run {
        model: model.to_owned(),
        event: RunEvent::Backend(choice.clone()),
    });
    choice
}

/// The device for a new run of `model`, deciding (and telling the page) the first time.
pub async fn device_for(model: &'static str, size: &RunSize) -> Result<Device, Failure> {
    let (engine_device, engine_kind) = device()?;
    let choice = match remembered(model) {
        Some(choice) => choice,
        None => {
            let (request, hook) = STATE.with(|s| {
                let s = s.borrow();
                (s.request, s.calibration)
            });
            let choice = choose(engine_kind, request, hook, size, &engine_device).await?;
            decide(model, choice)
        }
    };
    Ok(match choice.kind {
        BackendKind::WebGpu => engine_device,
        BackendKind::Cpu => Device::flex(),
    })
}

async fn choose(
    engine_kind: BackendKind,
    request: BackendRequest,
    hook: Option<CalibrationHook>,
    size: &RunSize,
    gpu: &Device,
) -> Result<RunBackend, Failure> {
    let on = |kind, reason| RunBackend { kind, reason };
    if engine_kind == BackendKind::Cpu {
        return Ok(on(BackendKind::Cpu, RunBackendReason::EngineCpu));
    }
    if request == BackendRequest::WebGpu {
        return Ok(on(BackendKind::WebGpu, RunBackendReason::Forced));
    }
    let time_step = match size {
        RunSize::Tiny => return Ok(on(BackendKind::Cpu, RunBackendReason::Tiny)),
        RunSize::Large { time_step } => time_step,
    };
    match hook {
        Some(CalibrationHook::WebGpuWins) => {
            return Ok(on(BackendKind::WebGpu, RunBackendReason::Hook));
        }
        Some(CalibrationHook::CpuWins) => return Ok(on(BackendKind::Cpu, RunBackendReason::Hook)),
        Some(CalibrationHook::Measure) | None => {}
    }
    let cpu_ms = time_step(Device::flex()).await?;
    let gpu_ms = time_step(gpu.clone()).await?;
    let kind = if gpu_ms < cpu_ms {
        BackendKind::WebGpu
    } else {
        BackendKind::Cpu
    };
    Ok(on(kind, RunBackendReason::Measured { cpu_ms, gpu_ms }))
}
