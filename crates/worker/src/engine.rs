//! The worker's message loop and state: the chosen device and the loaded data set.

use std::cell::RefCell;
use std::sync::Arc;

use generativa_core::burn::tensor::Device;
use generativa_core::data::FashionMnist;
use generativa_protocol::{DiagnosticsReport, FromEngine, ToEngine};
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

use crate::{backend, data, toy, vae};

/// What the engine holds between messages.
#[derive(Default)]
pub struct State {
    /// The device chosen at start (None until `Start`).
    pub device: Option<Device>,
    /// Fashion-MNIST, once loaded and verified (shared with the VAE run).
    pub data: Option<Arc<FashionMnist>>,
    /// Whether a data load is under way.
    pub loading: bool,
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

/// Milliseconds since the epoch (good enough for timing whole steps).
pub fn now_ms() -> f64 {
    js_sys::Date::now()
}

/// Waits `ms` milliseconds (a macrotask, so other messages get their turn).
pub async fn sleep_ms(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = scope().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Installs the message handler and tells the page that the engine is ready.
pub fn listen() {
    let handler = Closure::<dyn FnMut(MessageEvent)>::new(|event: MessageEvent| {
        let Some(text) = event.data().as_string() else {
            return;
        };
        match ToEngine::from_json(&text) {
            Ok(message) => wasm_bindgen_futures::spawn_local(handle(message)),
            Err(e) => post(&FromEngine::EngineFailed {
                message: format!("mensaje ilegible: {e}"),
            }),
        }
    });
    scope().set_onmessage(Some(handler.as_ref().unchecked_ref()));
    handler.forget();
    post(&FromEngine::EngineReady);
}

async fn handle(message: ToEngine) {
    match message {
        ToEngine::Start { backend: request } => {
            let (device, report) = backend::choose(request).await;
            STATE.with(|s| s.borrow_mut().device = Some(device.clone()));
            post(&FromEngine::Backend(report));
            let started = now_ms();
            match generativa_core::diagnostics::run_async(&device).await {
                Ok(result) => post(&FromEngine::Diagnostics(DiagnosticsReport {
                    correct: result.is_correct(),
                    product: result.product,
                    gradient: result.gradient,
                    input_gradient: result.input_gradient,
                    millis: now_ms() - started,
                })),
                Err(e) => post(&FromEngine::DiagnosticsFailed {
                    message: format!("{e:?}"),
                }),
            }
        }
        ToEngine::LoadData { base_url } => data::load(&base_url).await,
        ToEngine::ForgetData => data::forget().await,
        ToEngine::ToyReset(settings) => toy::reset(settings).await,
        ToEngine::ToyTrain(action) => toy::train(action).await,
        ToEngine::VaeStart(settings) => vae::start(settings).await,
        ToEngine::VaeTrain { steps } => vae::train(steps).await,
        ToEngine::VaePictures { sample_seed } => vae::pictures(sample_seed).await,
        ToEngine::VaeTwice { index } => vae::twice(index).await,
        ToEngine::VaeDescribe => vae::describe(),
        ToEngine::VaeSample {
            mean,
            log_var,
            count,
        } => vae::sample(mean, log_var, count).await,
    }
}
