//! What every model's run shares on the wire: a family's own messages wrapped with the model
//! they are for (so the engine's and the page's routers name no model), the save and load
//! commands, and failures as data (a kind and its numbers) that the page words.

use generativa_core::run::RunError;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

/// One family's message (a `VaeCommand`, a `ToyEvent`, …) and the model it is for.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ModelMessage {
    /// The model id (`"vae"`, `"toy-gan"`, …).
    pub model: String,
    /// The family's own message, as JSON.
    pub body: serde_json::Value,
}

impl ModelMessage {
    /// Wraps a family's message.
    pub fn new<T: Serialize>(model: &str, body: &T) -> Self {
        Self {
            model: model.to_owned(),
            body: serde_json::to_value(body).unwrap_or_default(),
        }
    }

    /// The family's message, if it is one of `T`.
    pub fn body<T: DeserializeOwned>(&self) -> Option<T> {
        serde_json::from_value(self.body.clone()).ok()
    }
}

/// What any run can be asked to do besides training.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum RunCommand {
    /// Write the run to a checkpoint; the engine answers `Saved` with the file's bytes.
    Save,
    /// Replace the run with the checkpoint whose bytes travel with this message; the current
    /// run stays if the file is refused.
    Load,
    /// Keep the run in the browser's storage (one per model; a reload can continue it).
    Store,
    /// Replace the run with the one kept in the browser's storage.
    Restore,
    /// Remove the run kept in the browser's storage.
    Forget,
    /// Say whether a run is kept in the browser's storage (answered with `Stored`).
    Peek,
}

/// A run kept in the browser's storage, as the page describes it.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct StoredRun {
    /// Steps (or rounds) done.
    pub steps: u64,
    /// Epochs done (0 for a model without epochs).
    pub epochs: u32,
    /// When it was stored (milliseconds since 1970).
    pub saved_ms: f64,
    /// Whether the page holds it in memory because the browser's storage refused it (full, or
    /// disabled as in some private modes): a reload loses it, a restarted engine does not.
    #[serde(default)]
    pub in_page: bool,
}

/// What any run reports besides its family's own events.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum RunEvent {
    /// The checkpoint's bytes travel with this message.
    Saved {
        /// A file name that says model and progress, e.g. `generativa-vae-epoch-3.ckpt`.
        file_name: String,
    },
    /// A checkpoint replaced the run (the family's own "loaded" event came just before).
    Loaded,
    /// What the browser's storage keeps for this model now (None: nothing).
    Stored(Option<StoredRun>),
    /// The browser's storage refused the run: its checkpoint's bytes travel with this message
    /// for the page to hold in memory (a restarted engine can still continue from it).
    KeptInPage(StoredRun),
    /// The run could not start, go on, save or load; what the page had is kept.
    Failed(Failure),
    /// Where this model's runs train, and why (sent when first decided).
    Backend(crate::engine::RunBackend),
}

/// Why a run's request failed, as data.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Failure {
    /// The run itself refused or stopped (settings, divergence, device, checkpoint file).
    Run(RunError),
    /// The engine has not chosen a backend yet.
    NoBackend,
    /// Fashion-MNIST is not loaded.
    NoData,
    /// There is no run yet.
    NoRun,
    /// Another request holds the run.
    Busy,
    /// A request's numbers are out of range (the detail names them).
    BadRequest(String),
    /// The engine stopped (its WebGPU device was lost, or it crashed) and was restarted; the
    /// run it held is gone, the last one kept (each epoch's end, each pause) is not.
    EngineLost {
        /// Whether the engine was on WebGPU (it restarts on the CPU).
        gpu: bool,
    },
    /// The run kept in the browser no longer loads (written by an older version of the site,
    /// or damaged); it was removed.
    StoredUnreadable(RunError),
}

impl Failure {
    /// Whether the run's weights are lost (it can only be reset).
    pub fn diverged(&self) -> bool {
        matches!(self, Self::Run(e) if e.diverged())
    }
}

impl From<RunError> for Failure {
    fn from(e: RunError) -> Self {
        Self::Run(e)
    }
}
