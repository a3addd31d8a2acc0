//! The worker's message loop: the engine's own requests (backend, start-up check, data) are
//! answered here; a model's commands, saves and loads go to its family by model id.

use generativa_protocol::{
    BackendReport, DiagnosticsReport, Failure, FromEngine, RunCommand, RunEvent, ToEngine,
};
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

use crate::context::{STATE, now_ms, post, post_with_bytes};
use crate::{backend, data, families, stored_runs};

fn scope() -> DedicatedWorkerGlobalScope {
    js_sys::global().unchecked_into()
}

/// A message's JSON and, for a checkpoint being loaded, its bytes: the page sends either a
/// string or an array `[json, ArrayBuffer]`.
fn unpack(data: JsValue) -> Option<(String, Option<Vec<u8>>)> {
    if let Some(text) = data.as_string() {
        return Some((text, None));
    }
    let pair = data.dyn_into::<js_sys::Array>().ok()?;
    let text = pair.get(0).as_string()?;
    let bytes = js_sys::Uint8Array::new(&pair.get(1)).to_vec();
    Some((text, Some(bytes)))
}

/// Installs the message handler and tells the page that the engine is ready.
pub fn listen() {
    let handler = Closure::<dyn FnMut(MessageEvent)>::new(|event: MessageEvent| {
        let Some((text, bytes)) = unpack(event.data()) else {
            return;
        };
        match ToEngine::from_json(&text) {
            Ok(message) => wasm_bindgen_futures::spawn_local(handle(message, bytes)),
            Err(e) => post(&FromEngine::EngineFailed {
                message: format!("mensaje ilegible: {e}"),
            }),
        }
    });
    scope().set_onmessage(Some(handler.as_ref().unchecked_ref()));
    handler.forget();
    post(&FromEngine::EngineReady);
}

async fn start(
    request: generativa_protocol::BackendRequest,
    calibration: Option<generativa_protocol::CalibrationHook>,
) {
    let (device, report): (_, BackendReport) =
        backend::choose(request, calibration.is_some()).await;
    STATE.with(|s| {
        let mut s = s.borrow_mut();
        s.device = Some((device.clone(), report.kind));
        s.request = request;
        s.calibration = calibration;
        s.run_backends.clear();
    });
    post(&FromEngine::Backend(report));
    stored_runs::remove_older_stores().await;
    let started = now_ms();
    match generativa_core::diagnostics::run_async(&device).await {
        Ok(result) => post(&FromEngine::Diagnostics(DiagnosticsReport {
            correct: result.is_correct(),
            product: result.product,
            gradient: result.gradient,
            input_gradient: result.input_gradient,
            convolution_gap: result.convolution_gap,
            millis: now_ms() - started,
        })),
        Err(e) => post(&FromEngine::DiagnosticsFailed {
            message: format!("{e:?}"),
        }),
    }
}

async fn run_command(model: String, command: RunCommand, bytes: Option<Vec<u8>>) {
    let Some(family) = families::find(&model) else {
        return post(&FromEngine::failed(
            &model,
            Failure::BadRequest(format!("no model «{model}»")),
        ));
    };
    let answer = |event| {
        post(&FromEngine::Run {
            model: model.clone(),
            event,
        })
    };
    match command {
        RunCommand::Save => match (family.save)().await {
            Ok(saved) => post_with_bytes(
                &FromEngine::Run {
                    model: model.clone(),
                    event: RunEvent::Saved {
                        file_name: saved.file_name,
                    },
                },
                &saved.bytes,
            ),
            Err(failure) => answer(RunEvent::Failed(failure)),
        },
        RunCommand::Load => {
            let result = match bytes {
                Some(bytes) => (family.load)(bytes).await,
                None => Err(Failure::BadRequest("no file".into())),
            };
            answer(match result {
                Ok(()) => RunEvent::Loaded,
                Err(failure) => RunEvent::Failed(failure),
            });
        }
        RunCommand::Store => match (family.save)().await {
            Ok(saved) => stored_runs::keep(&model, &saved).await,
            Err(failure) => answer(RunEvent::Failed(failure)),
        },
        RunCommand::Restore => {
            let result = match stored_runs::get(&model).await {
                Some(bytes) => (family.load)(bytes).await,
                None => Err(Failure::NoRun),
            };
            match result {
                Ok(()) => answer(RunEvent::Loaded),
                Err(failure) => {
                    // A stored run that no longer loads (say, a newer site changed the format)
                    // is removed, so the offer does not come back.
                    let failure = match failure {
                        Failure::Run(e) => {
                            stored_runs::delete(&model).await;
                            answer(RunEvent::Stored(None));
                            Failure::StoredUnreadable(e)
                        }
                        other => other,
                    };
                    answer(RunEvent::Failed(failure));
                }
            }
        }
        RunCommand::Forget => {
            stored_runs::delete(&model).await;
            answer(RunEvent::Stored(None));
        }
        RunCommand::Peek => answer(RunEvent::Stored(stored_runs::peek(&model).await)),
    }
}

async fn handle(message: ToEngine, bytes: Option<Vec<u8>>) {
    match message {
        ToEngine::Start {
            backend,
            calibration,
        } => start(backend, calibration).await,
        ToEngine::LoadData { base_url } => data::load(&base_url).await,
        ToEngine::ForgetData => data::forget().await,
        ToEngine::Model(message) => match families::find(&message.model) {
            Some(family) => (family.handle)(message).await,
            None => post(&FromEngine::failed(
                &message.model,
                Failure::BadRequest(format!("no model «{}»", message.model)),
            )),
        },
        ToEngine::Run { model, command } => run_command(model, command, bytes).await,
    }
}
