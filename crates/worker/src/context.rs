//! What every part of the engine shares: its state (the devices, the loaded data set),
//! and how it talks to the page. Imports nothing of the engine, so nothing forms a cycle.

use std::cell::RefCell;
use std::sync::Arc;

use generativa_core::burn::tensor::Device;
use generativa_core::data::FashionMnist;
use generativa_protocol::{
    BackendKind, BackendRequest, CalibrationHook, Failure, FromEngine, RunBackend,
};
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use web_sys::DedicatedWorkerGlobalScope;

/// What the engine holds between messages.
#[derive(Default)]
pub struct State {
    /// The device chosen at start (None until `Start`), and its kind.
    pub device: Option<(Device, BackendKind)>,
    /// Fashion-MNIST, once loaded and verified (shared with the runs).
    pub data: Option<Arc<FashionMnist>>,
    /// Whether a data load is under way.
    pub loading: bool,
    /// What the page asked for.
    pub request: BackendRequest,
    /// The per-run choice's test hook, if the page gave one.
    pub calibration: Option<CalibrationHook>,
    /// Where each model's runs train, once decided (see `run_backend`).
    pub run_backends: Vec<(&'static str, RunBackend)>,
}

thread_local! {
    /// The engine's state; never borrowed across an `.await`.
    pub static STATE: RefCell<State> = RefCell::new(State::default());
}

fn scope() -> DedicatedWorkerGlobalScope {
    js_sys::global().unchecked_into()
}

/// Sends a message to the page.
pub fn post(message: &FromEngine) {
    let _ = scope().post_message(&JsValue::from_str(&message.to_json()));
}

/// Sends a message with bytes beside it (moved, not copied: the buffer is transferred).
pub fn post_with_bytes(message: &FromEngine, bytes: &[u8]) {
    let buffer = js_sys::Uint8Array::from(bytes).buffer();
    let pair = js_sys::Array::of2(&JsValue::from_str(&message.to_json()), &buffer);
    let _ = scope().post_message_with_transfer(&pair, &js_sys::Array::of1(&buffer));
}

/// The browser's Cache API, if this page may use it: it exists only in secure contexts
/// (`https:` or `localhost`); a site opened over plain HTTP from another machine has none, and
/// the engine then keeps everything in memory.
pub fn cache_storage() -> Option<web_sys::CacheStorage> {
    let caches = js_sys::Reflect::get(&js_sys::global(), &"caches".into()).ok()?;
    if caches.is_undefined() || caches.is_null() {
        return None;
    }
    Some(caches.unchecked_into())
}

/// Milliseconds since the epoch (good enough for timing whole steps).
pub fn now_ms() -> f64 {
    js_sys::Date::now()
}

/// The chosen device and its kind, or the failure to report.
pub fn device() -> Result<(Device, BackendKind), Failure> {
    STATE
        .with(|s| s.borrow().device.clone())
        .ok_or(Failure::NoBackend)
}

/// The loaded data set, or the failure to report.
pub fn data() -> Result<Arc<FashionMnist>, Failure> {
    STATE
        .with(|s| s.borrow().data.clone())
        .ok_or(Failure::NoData)
}

/// Pixels in [0, 1] as 8-bit grey levels (how pictures travel to the page).
pub fn grey(values: &[f32]) -> Vec<u8> {
    values
        .iter()
        .map(|v| (v.clamp(0.0, 1.0) * 255.0).round() as u8)
        .collect()
}

/// The engine's wasm memory (a WebAssembly memory never shrinks, so this is the peak).
pub fn memory_bytes() -> u64 {
    wasm_bindgen::memory()
        .dyn_into::<js_sys::WebAssembly::Memory>()
        .map(|m| {
            m.buffer()
                .unchecked_into::<js_sys::ArrayBuffer>()
                .byte_length() as u64
        })
        .unwrap_or(0)
}
