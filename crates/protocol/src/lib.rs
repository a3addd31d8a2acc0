//! Plain-data messages between Generativa's page (the Leptos UI) and its training engine
//! (core on burn, running in a Web Worker). Both sides send them as JSON strings; a
//! checkpoint's bytes travel beside the JSON as a transferable buffer.
//!
//! One file per part: the engine's own messages, the data set's, what every run shares, and
//! one file per model family. The two envelopes below name no model: a family's messages
//! travel inside [`ModelMessage`] with the model id they are for.

use serde::{Deserialize, Serialize};

pub mod data;
pub mod dcgan;
pub mod dense_gan;
pub mod engine;
pub mod gan_numbers;
pub mod grey;
pub mod judge;
pub mod progan;
pub mod run;
pub mod toy;
pub mod vae;

pub use data::{DataSummary, FileProgress};
pub use engine::{
    AdapterInfo, BackendKind, BackendReport, BackendRequest, CalibrationHook, CpuReason,
    DiagnosticsReport, RunBackend, RunBackendReason,
};
pub use gan_numbers::GanNumbers;
pub use run::{Failure, ModelMessage, RunCommand, RunEvent, StoredRun};
pub use toy::{
    ToyAction, ToyCommand, ToyEvent, ToyNetwork, ToyReport, ToySettings, ToyStep, ToyWeights,
};
pub use vae::{
    VaeCommand, VaeEpoch, VaeEvent, VaeLayer, VaeLoaded, VaeOptimizer, VaePicturesMessage,
    VaeProgress, VaeReady, VaeReconstruction, VaeSettings, VaeStep, VaeTwice,
};

/// Page → engine.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type")]
pub enum ToEngine {
    /// Choose the backend and run the start-up computation.
    Start {
        /// What the page asks for.
        backend: BackendRequest,
        /// The per-run backend choice's test hook (`?calibracion=`), if any.
        #[serde(default)]
        calibration: Option<CalibrationHook>,
    },
    /// Fetch (or take from storage), decompress and verify Fashion-MNIST.
    LoadData {
        /// Same-origin folder holding the four `.gz` files, e.g. `/data/fashion-mnist/`.
        base_url: String,
    },
    /// Drop the stored copy of the data set from the browser's storage.
    ForgetData,
    /// A family's own command.
    Model(ModelMessage),
    /// Save or load a model's run.
    Run {
        /// The model id.
        model: String,
        /// What to do.
        command: RunCommand,
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
        /// What went wrong, naming the file (the page words it).
        problem: DataProblem,
    },
    /// The stored copy was removed.
    DataForgotten,
    /// The engine's WebGPU device was lost (sent by the loader script, which watches every
    /// device the engine opens): the engine cannot go on on it; the page restarts it.
    DeviceLost {
        /// The browser's reason and message.
        message: String,
    },
    /// The engine panicked (sent by its panic hook): it cannot go on; the page restarts it.
    EngineCrashed {
        /// The panic's message.
        message: String,
    },
    /// A family's own event.
    Model(ModelMessage),
    /// A save, a load or a failure of a model's run.
    Run {
        /// The model id.
        model: String,
        /// What happened.
        event: RunEvent,
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

    /// A family's event for `model`.
    pub fn model<T: Serialize>(model: &str, event: &T) -> Self {
        Self::Model(ModelMessage::new(model, event))
    }

    /// A failure of `model`'s run.
    pub fn failed(model: &str, failure: impl Into<Failure>) -> Self {
        Self::Run {
            model: model.to_owned(),
            event: RunEvent::Failed(failure.into()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_loader_scripts_messages_parse() {
        // `www/worker-loader.js` writes these by hand: they must stay in the enum's form.
        assert_eq!(
            FromEngine::from_json(
                r#"{"type":"DeviceLost","message":"destroyed: Device was destroyed."}"#
            )
            .unwrap(),
            FromEngine::DeviceLost {
                message: "destroyed: Device was destroyed.".into()
            }
        );
        assert_eq!(
            FromEngine::from_json(r#"{"type":"EngineDownload","loaded":5,"total":10}"#).unwrap(),
            FromEngine::EngineDownload {
                loaded: 5,
                total: 10
            }
        );
        // A run the page holds, and a stored one described without the newer field.
        let held = FromEngine::Run {
            model: "dense-gan".into(),
            event: RunEvent::KeptInPage(StoredRun {
                steps: 72,
                epochs: 0,
                saved_ms: 1.0,
                in_page: true,
            }),
        };
        assert_eq!(FromEngine::from_json(&held.to_json()).unwrap(), held);
        let older: StoredRun =
            serde_json::from_str(r#"{"steps":3,"epochs":1,"saved_ms":2.0}"#).unwrap();
        assert!(!older.in_page);
        let lost = FromEngine::failed("vae", Failure::EngineLost { gpu: true });
        assert_eq!(FromEngine::from_json(&lost.to_json()).unwrap(), lost);
    }

    #[test]
    fn messages_round_trip_as_json() {
        let m = ToEngine::LoadData {
            base_url: "/data/fashion-mnist/".into(),
        };
        assert_eq!(ToEngine::from_json(&m.to_json()).unwrap(), m);
        for m in [
            ToEngine::Model(ModelMessage::new(
                toy::MODEL,
                &ToyCommand::Reset(ToySettings::default()),
            )),
            ToEngine::Model(ModelMessage::new(
                toy::MODEL,
                &ToyCommand::Train(ToyAction::Rounds(5)),
            )),
            ToEngine::Run {
                model: vae::MODEL.into(),
                command: RunCommand::Save,
            },
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
        let p = FromEngine::model(
            vae::MODEL,
            &VaeEvent::Pictures(VaePicturesMessage {
                epochs_done: 1,
                originals: vec![image.clone(); 2],
                reconstructions: vec![image.clone(); 2],
                samples: vec![image; 3],
                latent: vec![(0.5, -1.25)],
                latent_labels: vec![7],
                explained: (0.3, 0.2),
            }),
        );
        let json = p.to_json();
        assert!(json.len() < 8 * 1100, "{} bytes", json.len());
        let back = FromEngine::from_json(&json).unwrap();
        assert_eq!(back, p);
        let FromEngine::Model(m) = back else {
            panic!("a model message")
        };
        assert!(matches!(m.body::<VaeEvent>(), Some(VaeEvent::Pictures(_))));
        assert!(m.body::<ToyEvent>().is_none());
        // Failures are data, worded by the page.
        let f = FromEngine::failed(
            vae::MODEL,
            generativa_core::run::RunError::NotFinite {
                epoch: 2,
                step: 7,
                value: f32::INFINITY,
            },
        );
        let back = FromEngine::from_json(&f.to_json()).unwrap();
        let FromEngine::Run {
            event: RunEvent::Failed(failure),
            ..
        } = back
        else {
            panic!("a failure")
        };
        assert!(failure.diverged());
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

/// Why the data set could not be loaded, as data: the page words it in its language.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum DataProblem {
    /// A file is missing, damaged or not the published one.
    File(generativa_core::data::DataError),
    /// The data folder asked for is not a path of this site.
    NotThisSite {
        /// The folder asked for.
        folder: String,
    },
}
