//! The page's handle on the training engine (a Web Worker): it starts the worker, sends plain
//! messages, and mirrors what the engine reports into signals of plain data. Provided as
//! context; widgets read the signals and never touch a tensor.

use generativa_protocol::{
    BackendReport, BackendRequest, DataSummary, DiagnosticsReport, FileProgress, FromEngine,
    ToEngine,
};
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use web_sys::{MessageEvent, Worker};

use crate::toy::ToyRun;
use crate::vae::VaeRun;

/// The worker's bootstrap script (copied to the site root by Trunk).
const WORKER_SCRIPT: &str = "/worker-loader.js";
/// Where the build puts the four Fashion-MNIST files.
pub const DEFAULT_DATA_URL: &str = "/data/fashion-mnist/";
/// The session-storage key that keeps a forced backend across reloads and navigation.
const BACKEND_KEY: &str = "generativa-backend";

/// The engine's own life cycle.
#[derive(Debug, Clone, PartialEq)]
pub enum EngineStatus {
    /// Its wasm is downloading.
    Downloading {
        /// Bytes received.
        loaded: u64,
        /// Bytes expected (0 if unknown).
        total: u64,
    },
    /// Downloaded; compiling and choosing a backend.
    Starting,
    /// Listening.
    Ready,
    /// It could not start.
    Failed(String),
}

/// The data set's state in the engine.
#[derive(Debug, Clone, PartialEq)]
pub enum DataStatus {
    /// Not asked for yet.
    Idle,
    /// Asked for before the engine was ready.
    Waiting,
    /// Files arriving.
    Loading(Vec<FileProgress>),
    /// Decompressing and verifying.
    Verifying(Vec<FileProgress>),
    /// Loaded and verified.
    Ready(DataSummary),
    /// Failed, with the reason.
    Failed(String),
}

/// The engine handle, shared through context.
#[derive(Clone, Copy)]
pub struct Engine {
    /// The engine's life cycle.
    pub status: RwSignal<EngineStatus>,
    /// The backend it chose (None until chosen).
    pub backend: RwSignal<Option<BackendReport>>,
    /// The start-up computation (None while it runs).
    pub diagnostics: RwSignal<Option<Result<DiagnosticsReport, String>>>,
    /// Fashion-MNIST.
    pub data: RwSignal<DataStatus>,
    /// A note after the stored copy was removed.
    pub data_forgotten: RwSignal<bool>,
    /// What the page asked for (from `?backend=` or the session).
    pub requested: RwSignal<BackendRequest>,
    /// Same-origin folder of the data files.
    pub data_url: RwSignal<String>,
    /// The toy GAN run (slides 1.24–1.28).
    pub toy: ToyRun,
    /// The VAE run (slides 1.1–1.10).
    pub vae: VaeRun,
    worker: StoredValue<Option<Worker>, LocalStorage>,
}

fn session_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok()?
}

fn query_param(name: &str) -> Option<String> {
    let search = web_sys::window()?.location().search().ok()?;
    web_sys::UrlSearchParams::new_with_str(&search)
        .ok()?
        .get(name)
}

/// The backend the page asks for: `?backend=` wins and is remembered for the browser session;
/// `?backend=auto` forgets it.
pub fn requested_backend() -> BackendRequest {
    let storage = session_storage();
    if let Some(request) = query_param("backend")
        .as_deref()
        .and_then(BackendRequest::from_query)
    {
        if let Some(storage) = &storage {
            let _ = match request {
                BackendRequest::Auto => storage.remove_item(BACKEND_KEY),
                other => storage.set_item(BACKEND_KEY, other.as_query()),
            };
        }
        return request;
    }
    storage
        .and_then(|s| s.get_item(BACKEND_KEY).ok().flatten())
        .as_deref()
        .and_then(BackendRequest::from_query)
        .unwrap_or_default()
}

impl Engine {
    /// Creates the handle and starts the worker.
    pub fn start() -> Self {
        let engine = Self {
            status: RwSignal::new(EngineStatus::Downloading {
                loaded: 0,
                total: 0,
            }),
            backend: RwSignal::new(None),
            diagnostics: RwSignal::new(None),
            data: RwSignal::new(DataStatus::Idle),
            data_forgotten: RwSignal::new(false),
            requested: RwSignal::new(requested_backend()),
            data_url: RwSignal::new(
                query_param("datos").unwrap_or_else(|| DEFAULT_DATA_URL.to_owned()),
            ),
            toy: ToyRun::new(),
            vae: VaeRun::new(),
            worker: StoredValue::new_local(None),
        };
        match Worker::new(WORKER_SCRIPT) {
            Ok(worker) => {
                let on_message =
                    Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
                        if let Some(text) = event.data().as_string() {
                            match FromEngine::from_json(&text) {
                                Ok(message) => engine.receive(message),
                                Err(e) => engine.status.set(EngineStatus::Failed(format!(
                                    "mensaje ilegible del motor: {e}"
                                ))),
                            }
                        }
                    });
                worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
                on_message.forget();
                let on_error = Closure::<dyn FnMut(web_sys::ErrorEvent)>::new(
                    move |event: web_sys::ErrorEvent| {
                        engine.status.set(EngineStatus::Failed(event.message()));
                    },
                );
                worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
                on_error.forget();
                engine.worker.set_value(Some(worker));
            }
            Err(e) => engine.status.set(EngineStatus::Failed(format!("{e:?}"))),
        }
        engine
    }

    /// Posts a message to the engine (dropped if the worker could not start).
    pub fn send(&self, message: &ToEngine) {
        self.worker.with_value(|w| {
            if let Some(worker) = w {
                let _ = worker.post_message(&JsValue::from_str(&message.to_json()));
            }
        });
    }

    /// Asks for Fashion-MNIST (queued until the engine is ready).
    pub fn load_data(&self) {
        self.data_forgotten.set(false);
        if self.status.get_untracked() == EngineStatus::Ready {
            self.data.set(DataStatus::Loading(Vec::new()));
            self.send(&ToEngine::LoadData {
                base_url: self.data_url.get_untracked(),
            });
        } else {
            self.data.set(DataStatus::Waiting);
        }
    }

    /// Removes the stored copy of the data set.
    pub fn forget_data(&self) {
        self.send(&ToEngine::ForgetData);
    }

    fn receive(&self, message: FromEngine) {
        match message {
            FromEngine::EngineDownload { loaded, total } => {
                let status = if total > 0 && loaded >= total {
                    EngineStatus::Starting
                } else {
                    EngineStatus::Downloading { loaded, total }
                };
                self.status.set(status);
            }
            FromEngine::EngineReady => {
                self.status.set(EngineStatus::Ready);
                self.send(&ToEngine::Start {
                    backend: self.requested.get_untracked(),
                });
                if self.data.get_untracked() == DataStatus::Waiting {
                    self.load_data();
                }
            }
            FromEngine::EngineFailed { message } => self.status.set(EngineStatus::Failed(message)),
            FromEngine::Backend(report) => self.backend.set(Some(report)),
            FromEngine::Diagnostics(report) => self.diagnostics.set(Some(Ok(report))),
            FromEngine::DiagnosticsFailed { message } => self.diagnostics.set(Some(Err(message))),
            FromEngine::DataProgress(progress) => self.data.update(|status| {
                let mut files = match status {
                    DataStatus::Loading(files) => std::mem::take(files),
                    _ => Vec::new(),
                };
                match files.iter_mut().find(|f| f.file == progress.file) {
                    Some(f) => *f = progress,
                    None => files.push(progress),
                }
                *status = DataStatus::Loading(files);
            }),
            FromEngine::DataVerifying => self.data.update(|status| {
                let files = match status {
                    DataStatus::Loading(files) => std::mem::take(files),
                    _ => Vec::new(),
                };
                *status = DataStatus::Verifying(files);
            }),
            FromEngine::DataReady(summary) => self.data.set(DataStatus::Ready(summary)),
            FromEngine::DataFailed { message } => self.data.set(DataStatus::Failed(message)),
            FromEngine::DataForgotten => self.data_forgotten.set(true),
            message @ (FromEngine::Toy(_) | FromEngine::ToyFailed { .. }) => {
                self.toy.receive(self, message)
            }
            message @ (FromEngine::VaeReady(_)
            | FromEngine::VaeLayers { .. }
            | FromEngine::VaeProgress(_)
            | FromEngine::VaePictures(_)
            | FromEngine::VaeTwice(_)
            | FromEngine::VaeSamples { .. }
            | FromEngine::VaeFailed { .. }) => self.vae.receive(self, message),
        }
    }
}

/// How long one training request should keep the engine busy, in milliseconds: long enough
/// that messages are few, short enough that a pause answers at once.
const BATCH_MILLIS: f64 = 250.0;

/// How many units (rounds, steps) the next training request should ask for, given what one
/// unit took last time, between 1 and `max`.
pub fn batch_size(millis_per_unit: f64, max: u32) -> u32 {
    (BATCH_MILLIS / millis_per_unit.max(0.01)).clamp(1.0, f64::from(max)) as u32
}

/// The engine from context.
pub fn use_engine() -> Engine {
    expect_context::<Engine>()
}
