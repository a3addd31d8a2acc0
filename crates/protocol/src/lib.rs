//! Plain-data messages between Generativa's page (the Leptos UI) and its training engine
//! (core on burn, running in a Web Worker). Both sides send them as JSON strings.

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
        self.fallback || text.contains("swiftshader") || text.contains("llvmpipe") || text.contains("software")
    }

    /// A short description for people.
    pub fn label(&self) -> String {
        let parts: Vec<&str> = [&self.vendor, &self.architecture, &self.description]
            .into_iter()
            .map(String::as_str)
            .filter(|s| !s.is_empty())
            .collect();
        if parts.is_empty() { "adaptador sin nombre".to_owned() } else { parts.join(" · ") }
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
    /// Whether both equal the hand-worked values.
    pub correct: bool,
    /// Milliseconds it took, including the first kernel compilation on WebGPU.
    pub millis: f64,
}

/// One Fashion-MNIST file's download state.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FileProgress {
    /// File name.
    pub file: String,
    /// Bytes received so far.
    pub loaded: u64,
    /// Bytes expected (0 when the server does not say).
    pub total: u64,
    /// Whether it came from the browser's storage rather than the network.
    pub from_cache: bool,
    /// Whether it is complete.
    pub done: bool,
}

/// The verified data set's size.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DataSummary {
    /// Training images (60,000).
    pub train: usize,
    /// Test images (10,000).
    pub test: usize,
    /// Image rows.
    pub rows: usize,
    /// Image columns.
    pub cols: usize,
    /// Whether every file matched its published SHA-256.
    pub verified: bool,
    /// Whether every file came from the browser's storage.
    pub from_cache: bool,
    /// Milliseconds from request to verified data.
    pub millis: f64,
}

/// Page → engine.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type")]
pub enum ToEngine {
    /// Choose the backend and run the start-up computation.
    Start {
        /// What the page asks for.
        backend: BackendRequest,
    },
    /// Fetch (or take from storage), decompress and verify Fashion-MNIST.
    LoadData {
        /// Same-origin folder holding the four `.gz` files, e.g. `/data/fashion-mnist/`.
        base_url: String,
    },
    /// Drop the stored copy of the data set from the browser's storage.
    ForgetData,
}

/// Engine → page.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type")]
pub enum FromEngine {
    /// The engine's wasm is downloading (sent by the worker's loader script).
    EngineDownload {
        /// Bytes received.
        loaded: u64,
        /// Bytes expected (0 if unknown).
        total: u64,
    },
    /// The engine is compiled and listening.
    EngineReady,
    /// The engine could not start (sent by the loader script or the engine).
    EngineFailed {
        /// What went wrong.
        message: String,
    },
    /// The backend is chosen.
    Backend(BackendReport),
    /// The start-up computation finished.
    Diagnostics(DiagnosticsReport),
    /// The start-up computation failed.
    DiagnosticsFailed {
        /// What went wrong.
        message: String,
    },
    /// Data download progress.
    DataProgress(FileProgress),
    /// The files are in; decompressing and verifying.
    DataVerifying,
    /// The data set is loaded and verified.
    DataReady(DataSummary),
    /// The data set could not be loaded; nothing the page had is lost.
    DataFailed {
        /// What went wrong, naming the file.
        message: String,
    },
    /// The stored copy was removed.
    DataForgotten,
}

impl ToEngine {
    /// JSON for `postMessage`.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// Parses a message.
    pub fn from_json(text: &str) -> Result<Self, serde_json::Error> {
        serde_json::from_str(text)
    }
}

impl FromEngine {
    /// JSON for `postMessage`.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// Parses a message.
    pub fn from_json(text: &str) -> Result<Self, serde_json::Error> {
        serde_json::from_str(text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_round_trip_as_json() {
        let m = ToEngine::LoadData { base_url: "/data/fashion-mnist/".into() };
        assert_eq!(ToEngine::from_json(&m.to_json()).unwrap(), m);
        let r = FromEngine::Backend(BackendReport {
            kind: BackendKind::Cpu,
            requested: BackendRequest::Auto,
            cpu_reason: Some(CpuReason::SoftwareAdapter { adapter: "google · swiftshader".into() }),
            adapter: None,
        });
        assert_eq!(FromEngine::from_json(&r.to_json()).unwrap(), r);
    }

    #[test]
    fn the_loader_scripts_message_parses() {
        // worker-loader.js writes this by hand; keep the two in step.
        let m = FromEngine::from_json(r#"{"type":"EngineDownload","loaded":10,"total":20}"#).unwrap();
        assert_eq!(m, FromEngine::EngineDownload { loaded: 10, total: 20 });
        let f = FromEngine::from_json(r#"{"type":"EngineFailed","message":"x"}"#).unwrap();
        assert_eq!(f, FromEngine::EngineFailed { message: "x".into() });
    }

    #[test]
    fn software_adapters_are_recognised() {
        let swift = AdapterInfo { vendor: "google".into(), architecture: "swiftshader".into(), ..Default::default() };
        assert!(swift.is_software());
        let fallback = AdapterInfo { fallback: true, ..Default::default() };
        assert!(fallback.is_software());
        let nvidia = AdapterInfo { vendor: "nvidia".into(), architecture: "ampere".into(), ..Default::default() };
        assert!(!nvidia.is_software());
    }

    #[test]
    fn backend_query_values() {
        assert_eq!(BackendRequest::from_query("WebGPU"), Some(BackendRequest::WebGpu));
        assert_eq!(BackendRequest::from_query("cpu"), Some(BackendRequest::Cpu));
        assert_eq!(BackendRequest::from_query("auto"), Some(BackendRequest::Auto));
        assert_eq!(BackendRequest::from_query("tpu"), None);
    }
}
