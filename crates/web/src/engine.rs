//! The page's handle on the training engine (a Web Worker): it starts the worker, sends plain
//! messages, and mirrors what the engine reports into signals of plain data. Provided as
//! context; widgets read the signals and never touch a tensor.
//!
//! A model family's run registers here for its model id; the engine's model events and run
//! events (saved, failed) go to the run that registered, so this file names no model.
//!
//! A lost WebGPU device or a crashed engine does not end the visit: the worker is replaced by a
//! new one (on the CPU when the GPU was lost), every run hears that its engine-side run is gone
//! ([`Failure::EngineLost`]), and the last run each model kept — in the browser's storage, or
//! here in memory when the storage refused it — is offered to continue from.

use std::rc::Rc;

use generativa_protocol::{
    BackendKind, BackendReport, BackendRequest, CalibrationHook, DataSummary, DiagnosticsReport,
    Failure, FileProgress, FromEngine, ModelMessage, RunBackend, RunCommand, RunEvent, StoredRun,
    ToEngine,
};
use leptos::prelude::*;
use serde::Serialize;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use web_sys::{MessageEvent, Worker};

/// The worker's bootstrap script (copied to the site root by Trunk).
const WORKER_SCRIPT: &str = "/worker-loader.js";
/// Where the build puts the four Fashion-MNIST files.
pub const DEFAULT_DATA_URL: &str = "/data/fashion-mnist/";
/// The session-storage key that keeps a forced backend across reloads and navigation.
const BACKEND_KEY: &str = "generativa-backend";
/// Restarts after a loss before the page gives up (an engine that keeps dying is broken).
const MAX_RESTARTS: u32 = 3;

/// The last time the engine stopped and was restarted.
#[derive(Debug, Clone, PartialEq)]
pub struct EngineLoss {
    /// Whether its WebGPU device was lost (it was restarted on the CPU); else it crashed.
    pub gpu: bool,
    /// Whether a GPU was lost at any restart of this visit (the engine stays on the CPU).
    pub gpu_given_up: bool,
    /// The browser's or the engine's own words.
    pub detail: String,
    /// Restarts so far in this visit.
    pub restarts: u32,
}

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
    Failed(generativa_protocol::DataProblem),
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
    /// The last checkpoint downloaded: (model id, file name).
    pub saved: RwSignal<Option<(String, String)>>,
    /// The outcome of the last checkpoint sent: (model id, whether it was loaded), and a
    /// counter so that the same outcome twice is still a change.
    pub loaded: RwSignal<Option<(String, bool, u64)>>,
    /// What the browser's storage keeps, per model id (asked once the engine has a backend).
    pub stored: RwSignal<Vec<(String, StoredRun)>>,
    /// Where each model's runs train and why, per model id (as the engine decides them).
    pub run_backends: RwSignal<Vec<(String, RunBackend)>>,
    /// The last loss of the engine (None: it never stopped in this visit).
    pub lost: RwSignal<Option<EngineLoss>>,
    worker: StoredValue<Option<Worker>, LocalStorage>,
    /// Which worker is current: messages of a replaced one are ignored.
    worker_id: StoredValue<u32>,
    runs: StoredValue<Vec<Registration>, LocalStorage>,
    /// Runs the browser's storage refused, held here: (model id, checkpoint).
    in_page: StoredValue<Vec<(String, js_sys::ArrayBuffer)>, LocalStorage>,
}

/// A run that listens for its model's messages.
struct Registration {
    model: &'static str,
    on_model: Rc<dyn Fn(ModelMessage)>,
    on_run: Rc<dyn Fn(RunEvent)>,
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

/// Whether the address itself names a backend it understands (rather than one remembered from
/// earlier in the browser session).
pub fn backend_in_address() -> bool {
    query_param("backend")
        .as_deref()
        .and_then(BackendRequest::from_query)
        .is_some()
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
    /// Where `model`'s runs train and why, once the engine has decided.
    pub fn run_backend(&self, model: &str) -> Option<RunBackend> {
        self.run_backends
            .with(|b| b.iter().find(|(m, _)| m == model).map(|(_, r)| r.clone()))
    }

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
            saved: RwSignal::new(None),
            loaded: RwSignal::new(None),
            stored: RwSignal::new(Vec::new()),
            run_backends: RwSignal::new(Vec::new()),
            lost: RwSignal::new(None),
            worker: StoredValue::new_local(None),
            worker_id: StoredValue::new(0),
            runs: StoredValue::new_local(Vec::new()),
            in_page: StoredValue::new_local(Vec::new()),
        };
        engine.spawn_worker();
        engine
    }

    /// Starts a worker and listens to it (a replaced worker's late messages are ignored).
    fn spawn_worker(&self) {
        let engine = *self;
        let id = self.worker_id.get_value() + 1;
        self.worker_id.set_value(id);
        let current = move || engine.worker_id.get_value() == id;
        match Worker::new(WORKER_SCRIPT) {
            Ok(worker) => {
                let on_message =
                    Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
                        if !current() {
                            return;
                        }
                        // A string, or `[json, ArrayBuffer]` when a checkpoint travels with it.
                        let data = event.data();
                        let (text, bytes) = match data.dyn_ref::<js_sys::Array>() {
                            Some(pair) => (pair.get(0).as_string(), Some(pair.get(1))),
                            None => (data.as_string(), None),
                        };
                        let Some(text) = text else { return };
                        match FromEngine::from_json(&text) {
                            Ok(message) => engine.receive(message, bytes),
                            Err(e) => engine.status.set(EngineStatus::Failed(format!(
                                "{}: {e}",
                                crate::strings::engine_unreadable()
                            ))),
                        }
                    });
                worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
                on_message.forget();
                let on_error = Closure::<dyn FnMut(web_sys::ErrorEvent)>::new(
                    move |event: web_sys::ErrorEvent| {
                        if !current() {
                            return;
                        }
                        // An error that escaped a started engine (a trap, memory exhausted)
                        // leaves it unusable: restart it. One during start-up is a failure.
                        if engine.status.get_untracked() == EngineStatus::Ready {
                            event.prevent_default();
                            engine.restart(false, event.message());
                        } else {
                            engine.status.set(EngineStatus::Failed(event.message()));
                        }
                    },
                );
                worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
                on_error.forget();
                self.worker.set_value(Some(worker));
            }
            Err(e) => self.status.set(EngineStatus::Failed(format!("{e:?}"))),
        }
    }

    /// Replaces a stopped engine: the old worker is ended, a new one starts (on the CPU when
    /// `gpu_lost`), the data set is loaded again if it was, and every run hears that the run
    /// the engine held is gone. After [`MAX_RESTARTS`] the engine is reported failed.
    fn restart(&self, gpu_lost: bool, detail: String) {
        if let Some(worker) = self.worker.try_update_value(Option::take).flatten() {
            worker.terminate();
        }
        let (restarts, gave_up) = self.lost.with_untracked(|l| {
            l.as_ref()
                .map_or((0, false), |l| (l.restarts, l.gpu_given_up))
        });
        let restarts = restarts + 1;
        let on_gpu = self
            .backend
            .with_untracked(|b| b.as_ref().is_some_and(|b| b.kind == BackendKind::WebGpu));
        leptos::logging::warn!("the engine stopped ({detail}); restart {restarts}");
        self.lost.set(Some(EngineLoss {
            gpu: gpu_lost && on_gpu,
            gpu_given_up: gave_up || (gpu_lost && on_gpu),
            detail: detail.clone(),
            restarts,
        }));
        self.backend.set(None);
        self.diagnostics.set(None);
        self.run_backends.set(Vec::new());
        if gpu_lost && on_gpu {
            self.requested.set(BackendRequest::Cpu);
        }
        if matches!(
            self.data.get_untracked(),
            DataStatus::Ready(_) | DataStatus::Loading(_) | DataStatus::Verifying(_)
        ) {
            self.data.set(DataStatus::Waiting);
        }
        let lost = Failure::EngineLost {
            gpu: gpu_lost && on_gpu,
        };
        let runs: Vec<_> = self
            .runs
            .with_value(|runs| runs.iter().map(|r| r.on_run.clone()).collect());
        for on_run in runs {
            on_run(RunEvent::Failed(lost.clone()));
        }
        if restarts > MAX_RESTARTS {
            self.worker_id.update_value(|id| *id += 1);
            self.status.set(EngineStatus::Failed(detail));
            return;
        }
        self.status.set(EngineStatus::Downloading {
            loaded: 0,
            total: 0,
        });
        self.spawn_worker();
    }

    /// Posts a message to the engine (dropped if the worker could not start).
    pub fn send(&self, message: &ToEngine) {
        self.worker.with_value(|w| {
            if let Some(worker) = w {
                let _ = worker.post_message(&JsValue::from_str(&message.to_json()));
            }
        });
    }

    /// Listens for `model`'s events: its family's own (`on_model`) and its run's (`on_run`).
    fn register(
        &self,
        model: &'static str,
        on_model: impl Fn(ModelMessage) + 'static,
        on_run: impl Fn(RunEvent) + 'static,
    ) {
        self.runs.update_value(|runs| {
            runs.push(Registration {
                model,
                on_model: Rc::new(on_model),
                on_run: Rc::new(on_run),
            })
        });
    }

    /// Listens for `model`'s events, its family's own decoded as `E` (a family's run calls this
    /// once, from its `provide`).
    pub fn register_run<E: serde::de::DeserializeOwned>(
        &self,
        model: &'static str,
        on_event: impl Fn(E) + 'static,
        on_run: impl Fn(RunEvent) + 'static,
    ) {
        self.register(
            model,
            move |message| match message.body::<E>() {
                Some(event) => on_event(event),
                // A family's event the page cannot read is a bug: say so where tests look.
                None => leptos::logging::error!("unreadable event of «{model}»: {}", message.body),
            },
            on_run,
        );
    }

    /// Sends one of `model`'s family commands.
    pub fn send_model<T: Serialize>(&self, model: &str, command: &T) {
        self.send(&ToEngine::Model(ModelMessage::new(model, command)));
    }

    /// Sends `command` for `model`'s run: `Save` (the file is downloaded when it arrives),
    /// `Store`, `Restore`, `Forget` or `Peek` (the browser's stored run). `Load` takes bytes:
    /// see [`Engine::load`].
    pub fn run_command(&self, model: &str, command: RunCommand) {
        self.send(&ToEngine::Run {
            model: model.to_owned(),
            command,
        });
    }

    /// Keeps `model`'s run in the browser's storage (on either backend: the engine reads the
    /// weights asynchronously).
    pub fn keep(&self, model: &str) {
        self.run_command(model, RunCommand::Store);
    }

    /// What the browser's storage (or this page, when the storage refused) keeps for `model`.
    pub fn stored_run(&self, model: &str) -> Option<StoredRun> {
        self.stored
            .with(|s| s.iter().find(|(m, _)| m == model).map(|(_, r)| *r))
    }

    /// Replaces `model`'s run with the one kept for it (in the browser's storage or here).
    pub fn restore(&self, model: &str) {
        let held = self.in_page.with_value(|runs| {
            runs.iter()
                .find(|(m, _)| m == model)
                .map(|(_, bytes)| bytes.slice(0))
        });
        match held {
            // A copy travels: the one held stays for another restart.
            Some(bytes) => self.load(model, bytes),
            None => self.run_command(model, RunCommand::Restore),
        }
    }

    /// Removes the run kept for `model`.
    pub fn forget(&self, model: &str) {
        self.in_page
            .update_value(|runs| runs.retain(|(m, _)| m != model));
        self.run_command(model, RunCommand::Forget);
    }

    /// Sends a checkpoint file's bytes for `model`'s run (moved to the worker, not copied).
    pub fn load(&self, model: &str, bytes: js_sys::ArrayBuffer) {
        let message = ToEngine::Run {
            model: model.to_owned(),
            command: RunCommand::Load,
        };
        self.worker.with_value(|w| {
            if let Some(worker) = w {
                let pair = js_sys::Array::of2(&JsValue::from_str(&message.to_json()), &bytes);
                let _ = worker.post_message_with_transfer(&pair, &js_sys::Array::of1(&bytes));
            }
        });
    }

    fn route(&self, model: &str, deliver: impl Fn(&Registration)) {
        let runs: Vec<_> = self.runs.with_value(|runs| {
            runs.iter()
                .filter(|r| r.model == model)
                .map(|r| Registration {
                    model: r.model,
                    on_model: r.on_model.clone(),
                    on_run: r.on_run.clone(),
                })
                .collect()
        });
        runs.iter().for_each(deliver);
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

    fn receive(&self, message: FromEngine, bytes: Option<JsValue>) {
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
                self.run_backends.set(Vec::new());
                self.send(&ToEngine::Start {
                    backend: self.requested.get_untracked(),
                    calibration: query_param("calibracion")
                        .as_deref()
                        .and_then(CalibrationHook::from_query),
                });
                if self.data.get_untracked() == DataStatus::Waiting {
                    self.load_data();
                }
            }
            FromEngine::EngineFailed { message } => self.status.set(EngineStatus::Failed(message)),
            FromEngine::Backend(report) => {
                self.backend.set(Some(report));
                // Is a run of any model kept from an earlier visit?
                let models: Vec<&'static str> = self
                    .runs
                    .with_value(|runs| runs.iter().map(|r| r.model).collect());
                for model in models {
                    self.run_command(model, RunCommand::Peek);
                }
            }
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
            FromEngine::DataFailed { problem } => self.data.set(DataStatus::Failed(problem)),
            FromEngine::DataForgotten => self.data_forgotten.set(true),
            FromEngine::DeviceLost { message } => {
                // Only the device the engine trains on matters (a probe it closed does not).
                let on_gpu = self
                    .backend
                    .with_untracked(|b| b.as_ref().is_some_and(|b| b.kind == BackendKind::WebGpu));
                if on_gpu {
                    self.restart(true, message);
                }
            }
            FromEngine::EngineCrashed { message } => self.restart(false, message),
            FromEngine::Model(message) => {
                self.route(&message.model.clone(), |r| (r.on_model)(message.clone()))
            }
            FromEngine::Run { model, event } => {
                match (&event, bytes) {
                    (RunEvent::Saved { file_name }, Some(bytes)) => {
                        download(&bytes, file_name);
                        self.saved.set(Some((model.clone(), file_name.clone())));
                    }
                    (RunEvent::Stored(kept), _) => {
                        let held = self
                            .in_page
                            .with_value(|runs| runs.iter().any(|(m, _)| *m == model));
                        if kept.is_some() {
                            // The storage took a newer run: the one held here is outdated.
                            self.in_page
                                .update_value(|runs| runs.retain(|(m, _)| *m != model));
                        }
                        // "Nothing stored" does not drop a run held here (the storage never had it).
                        if kept.is_some() || !held {
                            self.stored.update(|s| {
                                s.retain(|(m, _)| *m != model);
                                if let Some(run) = kept {
                                    s.push((model.clone(), *run));
                                }
                            });
                        }
                    }
                    (RunEvent::KeptInPage(run), Some(bytes)) => {
                        let bytes: js_sys::ArrayBuffer = bytes.unchecked_into();
                        self.in_page.update_value(|runs| {
                            runs.retain(|(m, _)| *m != model);
                            runs.push((model.clone(), bytes));
                        });
                        self.stored.update(|s| {
                            s.retain(|(m, _)| *m != model);
                            s.push((model.clone(), *run));
                        });
                    }
                    (RunEvent::Backend(choice), _) => self.run_backends.update(|b| {
                        b.retain(|(m, _)| *m != model);
                        b.push((model.clone(), choice.clone()));
                    }),
                    (RunEvent::Loaded | RunEvent::Failed(_), _) => {
                        let ok = event == RunEvent::Loaded;
                        let n = self
                            .loaded
                            .with_untracked(|l| l.as_ref().map_or(0, |l| l.2));
                        self.loaded.set(Some((model.clone(), ok, n + 1)));
                    }
                    _ => {}
                }
                self.route(&model, |r| (r.on_run)(event.clone()));
            }
        }
    }
}

/// Offers `bytes` (an `ArrayBuffer`) to the student as a file named `file_name`.
fn download(bytes: &JsValue, file_name: &str) {
    let parts = js_sys::Array::of1(bytes);
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("application/octet-stream");
    let Ok(blob) = web_sys::Blob::new_with_buffer_source_sequence_and_options(&parts, &options)
    else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    let document = web_sys::window().and_then(|w| w.document());
    if let Some(a) = document
        .and_then(|d| d.create_element("a").ok())
        .and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok())
    {
        a.set_href(&url);
        a.set_download(file_name);
        a.click();
    }
    let revoke = move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    };
    set_timeout(revoke, std::time::Duration::from_secs(30));
}

/// The engine from context.
pub fn use_engine() -> Engine {
    expect_context::<Engine>()
}
