//! Plain-data messages between Generativa's page (the Leptos UI) and its training engine
//! (core on burn, running in a Web Worker). Both sides send them as JSON strings.

use serde::{Deserialize, Serialize};

pub mod grey;

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
    /// Whether all three equal the hand-worked values.
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

/// Hyper-parameters of a toy GAN run (slides 1.24–1.28), as the page sends them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ToySettings {
    /// Adam's learning rate, for both networks.
    pub learning_rate: f64,
    /// Seed of the initial weights, the real pictures and the z values.
    pub seed: u64,
    /// Whether the real pictures include O's (two modes).
    pub with_o: bool,
}

impl Default for ToySettings {
    fn default() -> Self {
        Self {
            learning_rate: 0.01,
            seed: 7,
            with_o: false,
        }
    }
}

/// What the toy GAN should do next.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum ToyAction {
    /// One discriminator step.
    DiscriminatorStep,
    /// One generator step.
    GeneratorStep,
    /// This many rounds (a discriminator step, then a generator step).
    Rounds(u32),
}

/// Which network a step trained.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum ToyNetwork {
    /// The discriminator.
    Discriminator,
    /// The generator.
    Generator,
}

/// One training step's numbers.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct ToyStep {
    /// The network the step updated.
    pub network: ToyNetwork,
    /// This network's step number (1 for its first step).
    pub index: u32,
    /// The loss before the update.
    pub loss: f32,
    /// Mean D(x) over the step's real pictures.
    pub d_real: f32,
    /// Mean D(G(z)) over the step's generated pictures.
    pub d_fake: f32,
}

/// Both networks' parameters and the pictures of the showcase z values.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct ToyWeights {
    /// Generator weights uⱼ (9).
    pub generator_weights: Vec<f32>,
    /// Generator biases vⱼ (9).
    pub generator_biases: Vec<f32>,
    /// Discriminator weights wⱼ (9).
    pub discriminator_weights: Vec<f32>,
    /// Discriminator bias c (added: the slides' b is −c).
    pub discriminator_bias: f32,
    /// G(z) for each showcase z, 9 values each.
    pub pictures: Vec<Vec<f32>>,
}

/// The toy GAN after a reset or after some training.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ToyReport {
    /// The run's settings.
    pub settings: ToySettings,
    /// Rounds completed.
    pub rounds: u32,
    /// Discriminator steps completed.
    pub discriminator_steps: u32,
    /// Generator steps completed.
    pub generator_steps: u32,
    /// The steps done since the last report (empty after a reset).
    pub steps: Vec<ToyStep>,
    /// The parameters now.
    pub weights: ToyWeights,
    /// Milliseconds the engine spent on this request.
    pub millis: f64,
}

/// Which optimizer trains the VAE.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
pub enum VaeOptimizer {
    /// Nadam, the lecture's.
    #[default]
    Nadam,
    /// Adam.
    Adam,
}

/// Which reconstruction loss the VAE uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
pub enum VaeReconstruction {
    /// Mean squared error (the lecture's code).
    #[default]
    Mse,
    /// Binary cross-entropy.
    Bce,
}

/// Hyper-parameters of a VAE run, as the page sends them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct VaeSettings {
    /// Passes over the 55,000 training images.
    pub epochs: u32,
    /// Images per step.
    pub batch_size: u32,
    /// Learning rate.
    pub learning_rate: f64,
    /// Optimizer.
    pub optimizer: VaeOptimizer,
    /// Reconstruction loss.
    pub reconstruction: VaeReconstruction,
    /// Seed of the weights, the shuffles and the noise.
    pub seed: u64,
}

impl Default for VaeSettings {
    fn default() -> Self {
        Self {
            epochs: 25,
            batch_size: 128,
            learning_rate: 0.001,
            optimizer: VaeOptimizer::Nadam,
            reconstruction: VaeReconstruction::Mse,
            seed: 42,
        }
    }
}

/// One layer of the model, as Keras' `summary()` lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct VaeLayer {
    /// `encoder` or `decoder`.
    pub part: String,
    /// Layer name.
    pub name: String,
    /// Output width.
    pub output: u32,
    /// Trainable values.
    pub params: u32,
}

/// A new VAE run is ready.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct VaeReady {
    /// Its settings.
    pub settings: VaeSettings,
    /// The live model's layers.
    pub layers: Vec<VaeLayer>,
    /// Training images (55,000).
    pub train_size: u32,
    /// Steps per epoch.
    pub steps_per_epoch: u32,
}

/// One training step's losses.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct VaeStep {
    /// 1-based epoch.
    pub epoch: u32,
    /// 1-based step in the epoch.
    pub step: u32,
    /// Total loss.
    pub total: f32,
    /// Reconstruction part.
    pub reconstruction: f32,
    /// Mean latent loss per image (before / 784).
    pub latent: f32,
}

/// An epoch's training and validation losses.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct VaeEpoch {
    /// 1-based epoch.
    pub epoch: u32,
    /// Training total (mean over the epoch).
    pub train_total: f32,
    /// Training reconstruction part.
    pub train_reconstruction: f32,
    /// Training latent part (per image, before / 784).
    pub train_latent: f32,
    /// Validation total.
    pub valid_total: f32,
    /// Validation reconstruction part.
    pub valid_reconstruction: f32,
    /// Validation latent part.
    pub valid_latent: f32,
}

/// What a `VaeTrain` request did.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct VaeProgress {
    /// The steps run.
    pub steps: Vec<VaeStep>,
    /// The epoch that these steps closed, if any.
    pub epoch: Option<VaeEpoch>,
    /// Epochs completed.
    pub epochs_done: u32,
    /// Steps done in the current epoch.
    pub step_in_epoch: u32,
    /// Whether every epoch is done.
    pub finished: bool,
    /// Milliseconds spent training (without validation).
    pub train_millis: f64,
    /// Milliseconds spent on validation and pictures.
    pub other_millis: f64,
    /// The engine's wasm memory, in bytes (it only grows: this is its peak).
    #[serde(default)]
    pub memory_bytes: u64,
}

/// Pictures of the run: `plot_reconstructions`, generated images and the latent map.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct VaePicturesMessage {
    /// Epochs completed when they were drawn.
    pub epochs_done: u32,
    /// Validation images, 784 grey levels (0–255) each.
    #[serde(with = "grey::images")]
    pub originals: Vec<Vec<u8>>,
    /// Their reconstructions.
    #[serde(with = "grey::images")]
    pub reconstructions: Vec<Vec<u8>>,
    /// Images decoded from fixed random codings.
    #[serde(with = "grey::images")]
    pub samples: Vec<Vec<u8>>,
    /// Mean codings of validation images, projected to 2-D (x, y).
    pub latent: Vec<(f32, f32)>,
    /// Class of each latent point.
    pub latent_labels: Vec<u8>,
    /// Share of variance along each axis.
    pub explained: (f32, f32),
}

/// One image encoded twice (slide 1.1).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct VaeTwice {
    /// Which validation image.
    pub index: u32,
    /// Its class.
    pub label: u8,
    /// The image (0–255).
    #[serde(with = "grey::image")]
    pub original: Vec<u8>,
    /// μ.
    pub mean: Vec<f32>,
    /// σ.
    pub sigma: Vec<f32>,
    /// Two sampled codings.
    pub codings: Vec<Vec<f32>>,
    /// Their reconstructions (0–255).
    #[serde(with = "grey::images")]
    pub reconstructions: Vec<Vec<u8>>,
}

/// Page → engine.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
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
    /// Start a new toy GAN run from random weights (replaces the old run only if valid).
    ToyReset(ToySettings),
    /// Train the toy GAN.
    ToyTrain(ToyAction),
    /// Start a new VAE run on the loaded Fashion-MNIST (the old run stays if refused).
    VaeStart(VaeSettings),
    /// Up to this many VAE steps (closing the epoch, with validation and pictures, if it ends).
    VaeTrain {
        /// Most steps to run.
        steps: u32,
    },
    /// Draw the pictures of the current VAE now.
    VaePictures {
        /// Seed of the generated images' codings (the run's fixed codings when 0).
        sample_seed: u64,
    },
    /// Encode validation image `index` twice.
    VaeTwice {
        /// Validation image number.
        index: u32,
    },
    /// Describe the VAE's layers (the current run's, else a fresh default model's).
    VaeDescribe,
    /// Draw `count` codings from N(mean, exp(log_var)) with the sampling layer (slide 1.6).
    VaeSample {
        /// μ.
        mean: f32,
        /// γ = log σ².
        log_var: f32,
        /// How many.
        count: u32,
    },
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
    /// The toy GAN's state.
    Toy(ToyReport),
    /// A VAE run was created.
    VaeReady(VaeReady),
    /// The VAE's layers (answer to `VaeDescribe`).
    VaeLayers {
        /// The layers.
        layers: Vec<VaeLayer>,
    },
    /// VAE training went on.
    VaeProgress(VaeProgress),
    /// VAE pictures.
    VaePictures(VaePicturesMessage),
    /// One image encoded twice.
    VaeTwice(VaeTwice),
    /// Draws of the sampling layer.
    VaeSamples {
        /// μ used.
        mean: f32,
        /// γ used.
        log_var: f32,
        /// The draws.
        values: Vec<f32>,
    },
    /// The VAE could not start or go on; what the page had is kept.
    VaeFailed {
        /// What went wrong.
        message: String,
        /// Whether a loss became NaN or infinite (the run needs a reset).
        diverged: bool,
    },
    /// The toy GAN could not start or go on; the previous run, if any, is kept.
    ToyFailed {
        /// What went wrong.
        message: String,
        /// Whether a loss became NaN or infinite (the run needs a reset).
        diverged: bool,
    },
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
        let m = ToEngine::LoadData {
            base_url: "/data/fashion-mnist/".into(),
        };
        assert_eq!(ToEngine::from_json(&m.to_json()).unwrap(), m);
        for m in [
            ToEngine::ToyReset(ToySettings::default()),
            ToEngine::ToyTrain(ToyAction::Rounds(5)),
        ] {
            assert_eq!(ToEngine::from_json(&m.to_json()).unwrap(), m);
        }
        let r = FromEngine::Backend(BackendReport {
            kind: BackendKind::Cpu,
            requested: BackendRequest::Auto,
            cpu_reason: Some(CpuReason::SoftwareAdapter {
                adapter: "google · swiftshader".into(),
            }),
            adapter: None,
        });
        assert_eq!(FromEngine::from_json(&r.to_json()).unwrap(), r);
        // Pictures carry their images as base64 strings.
        let image: Vec<u8> = (0..784).map(|i| (i % 256) as u8).collect();
        let p = FromEngine::VaePictures(VaePicturesMessage {
            epochs_done: 1,
            originals: vec![image.clone(); 2],
            reconstructions: vec![image.clone(); 2],
            samples: vec![image; 3],
            latent: vec![(0.5, -1.25)],
            latent_labels: vec![7],
            explained: (0.3, 0.2),
        });
        let json = p.to_json();
        assert!(json.len() < 8 * 1100, "{} bytes", json.len());
        assert_eq!(FromEngine::from_json(&json).unwrap(), p);
    }

    #[test]
    fn the_loader_scripts_message_parses() {
        // worker-loader.js writes this by hand; keep the two in step.
        let m =
            FromEngine::from_json(r#"{"type":"EngineDownload","loaded":10,"total":20}"#).unwrap();
        assert_eq!(
            m,
            FromEngine::EngineDownload {
                loaded: 10,
                total: 20
            }
        );
        let f = FromEngine::from_json(r#"{"type":"EngineFailed","message":"x"}"#).unwrap();
        assert_eq!(
            f,
            FromEngine::EngineFailed {
                message: "x".into()
            }
        );
    }

    #[test]
    fn software_adapters_are_recognised() {
        let swift = AdapterInfo {
            vendor: "google".into(),
            architecture: "swiftshader".into(),
            ..Default::default()
        };
        assert!(swift.is_software());
        let fallback = AdapterInfo {
            fallback: true,
            ..Default::default()
        };
        assert!(fallback.is_software());
        let nvidia = AdapterInfo {
            vendor: "nvidia".into(),
            architecture: "ampere".into(),
            ..Default::default()
        };
        assert!(!nvidia.is_software());
    }

    #[test]
    fn backend_query_values() {
        assert_eq!(
            BackendRequest::from_query("WebGPU"),
            Some(BackendRequest::WebGpu)
        );
        assert_eq!(BackendRequest::from_query("cpu"), Some(BackendRequest::Cpu));
        assert_eq!(
            BackendRequest::from_query("auto"),
            Some(BackendRequest::Auto)
        );
        assert_eq!(BackendRequest::from_query("tpu"), None);
    }
}
