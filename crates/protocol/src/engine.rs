//! The engine's own messages: which backend the page asks for, which one the engine chose and
//! why, and the start-up computation's result.

use serde::{Deserialize, Serialize};

/// Which backend the page asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
pub enum BackendRequest {
    /// WebGPU on a hardware adapter, else the CPU.
    #[default]
    Auto,
    /// WebGPU whatever the adapter (`?backend=webgpu`).
    WebGpu,
    /// The CPU backend (`?backend=cpu`).
    Cpu,
}

/// A test hook for the per-run backend choice (`?calibracion=`): CI has no hardware GPU, so
/// without it the calibration would never run there.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum CalibrationHook {
    /// Treat a software adapter like a hardware one and really time both backends.
    Measure,
    /// Treat a software adapter like a hardware one and take "WebGPU is faster" as the outcome.
    WebGpuWins,
    /// Treat a software adapter like a hardware one and take "the CPU is faster".
    CpuWins,
}

impl CalibrationHook {
    /// Parses the `calibracion` query value: `medir`, `webgpu` or `cpu`.
    pub fn from_query(value: &str) -> Option<Self> {
        match value.trim().to_ascii_lowercase().as_str() {
            "medir" | "measure" => Some(Self::Measure),
            "webgpu" | "gpu" => Some(Self::WebGpuWins),
            "cpu" => Some(Self::CpuWins),
            _ => None,
        }
    }
}

/// Why a run trains where it does.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum RunBackendReason {
    /// The engine has only the CPU (its own report says why).
    EngineCpu,
    /// The page forced WebGPU (`?backend=webgpu`).
    Forced,
    /// The model is so small that a GPU would only add dispatch overhead.
    Tiny,
    /// A few timed training steps on each backend, in milliseconds per step.
    Measured {
        /// On the CPU.
        cpu_ms: f64,
        /// On WebGPU (after its first step, which compiles the kernels).
        gpu_ms: f64,
    },
    /// The test hook chose the outcome.
    Hook,
}

/// Where one model's runs train, and why.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RunBackend {
    /// The backend.
    pub kind: BackendKind,
    /// Why.
    pub reason: RunBackendReason,
}

impl BackendRequest {
    /// Parses the `backend` query value: `webgpu`, `cpu` or `auto`.
    pub fn from_query(value: &str) -> Option<Self> {
        match value.trim().to_ascii_lowercase().as_str() {
            "webgpu" | "gpu" => Some(Self::WebGpu),
            "cpu" | "flex" => Some(Self::Cpu),
            "auto" => Some(Self::Auto),
            _ => None,
        }
    }

    /// The value as written in the query.
    pub fn as_query(self) -> &'static str {
        match self {
            Self::Auto => "auto",
            Self::WebGpu => "webgpu",
            Self::Cpu => "cpu",
        }
    }
}

/// The backend that trains.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum BackendKind {
    /// burn's WebGPU backend.
    WebGpu,
    /// burn's pure-Rust CPU backend (`flex`).
    Cpu,
}

/// Why the engine trains on the CPU.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum CpuReason {
    /// The page asked for the CPU.
    Forced,
    /// The browser has no `navigator.gpu`.
    NoNavigatorGpu,
    /// `navigator.gpu.requestAdapter()` returned no adapter.
    NoAdapter,
    /// Only a software adapter exists (e.g. SwiftShader), far slower than the CPU backend.
    SoftwareAdapter {
        /// How the adapter describes itself.
        adapter: String,
    },
    /// Asking the adapter for a device (or starting burn on it) failed.
    DeviceRequestFailed {
        /// The error.
        detail: String,
    },
}

/// Facts about the WebGPU adapter, when there is one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct AdapterInfo {
    /// `adapter.info.vendor`.
    pub vendor: String,
    /// `adapter.info.architecture`.
    pub architecture: String,
    /// `adapter.info.description`.
    pub description: String,
    /// `adapter.info.isFallbackAdapter` (or the older `adapter.isFallbackAdapter`).
    pub fallback: bool,
}

impl AdapterInfo {
    /// Whether this adapter is a software rasteriser (SwiftShader or a declared fallback).
    pub fn is_software(&self) -> bool {
        let text = format!("{} {} {}", self.vendor, self.architecture, self.description)
            .to_ascii_lowercase();
        self.fallback
            || text.contains("swiftshader")
            || text.contains("llvmpipe")
            || text.contains("software")
    }

    /// A short description for people.
    pub fn label(&self) -> String {
        let parts: Vec<&str> = [&self.vendor, &self.architecture, &self.description]
            .into_iter()
            .map(String::as_str)
            .filter(|s| !s.is_empty())
            .collect();
        if parts.is_empty() {
            "adaptador sin nombre".to_owned()
        } else {
            parts.join(" · ")
        }
    }
}

/// The backend the engine settled on, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BackendReport {
    /// What trains.
    pub kind: BackendKind,
    /// What the page asked for.
    pub requested: BackendRequest,
    /// Why it is the CPU (None on WebGPU).
    pub cpu_reason: Option<CpuReason>,
    /// The WebGPU adapter, when one was found.
    pub adapter: Option<AdapterInfo>,
}

/// The start-up computation's result.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DiagnosticsReport {
    /// `x · w`, row-major (2×2).
    pub product: Vec<f32>,
    /// `∂ sum(x · w) / ∂w`, row-major (3×2).
    pub gradient: Vec<f32>,
    /// `∂ sum(x · w) / ∂x`, row-major (2×3).
    pub input_gradient: Vec<f32>,
    /// The largest gap between this backend's "same" convolutions (the DCGAN's own kernels on
    /// WebGPU: outputs and gradients) and the CPU backend's, relative to the largest value.
    pub convolution_gap: f32,
    /// Whether all three equal the hand-worked values and the convolutions agree.
    pub correct: bool,
    /// Milliseconds it took, including the first kernel compilation on WebGPU.
    pub millis: f64,
}
