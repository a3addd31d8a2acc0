//! The one store of runs in the browser, so that a reload loses at most the current epoch: the
//! Cache API store `generativa-runs-v1`, one entry per model under the same-origin key
//! `/__runs__/<model>.ckpt`, its body the checkpoint file and its headers what the page shows
//! (steps, epochs, when). Written at each VAE epoch's end and whenever a run is paused, on either
//! backend (the weights are read asynchronously); overwritten, never more than one entry per model;
//! removed by the page's "Borrarlo", or when it no longer loads (a newer site changed the
//! format). The store's name carries its version: a new layout gets a new name.

use generativa_protocol::{FromEngine, RunEvent, StoredRun};
use js_sys::Uint8Array;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{Cache, Response, ResponseInit, WorkerGlobalScope};

use crate::context::{now_ms, post};

/// A run written to a checkpoint file.
pub struct Saved {
    /// The file.
    pub bytes: Vec<u8>,
    /// A file name that says model and progress.
    pub file_name: String,
    /// Steps (or rounds) done.
    pub steps: u64,
    /// Epochs done (0 for a model without epochs).
    pub epochs: u32,
}

/// The store's name (its version is part of it).
const STORE: &str = "generativa-runs-v1";

fn key(model: &str) -> String {
    format!("/__runs__/{model}.ckpt")
}

async fn open() -> Option<Cache> {
    let scope: WorkerGlobalScope = js_sys::global().unchecked_into();
    let caches = scope.caches().ok()?;
    JsFuture::from(caches.open(STORE))
        .await
        .ok()?
        .dyn_into::<Cache>()
        .ok()
}

/// Keeps `bytes` as `model`'s stored run; false when the browser refused (storage disabled or
/// full): the run itself is unaffected.
pub async fn put(model: &str, bytes: &[u8], info: &StoredRun) -> bool {
    let Some(cache) = open().await else {
        return false;
    };
    let headers = web_sys::Headers::new().ok();
    if let Some(h) = &headers {
        let _ = h.set("x-generativa-steps", &info.steps.to_string());
        let _ = h.set("x-generativa-epochs", &info.epochs.to_string());
        let _ = h.set("x-generativa-saved", &info.saved_ms.to_string());
    }
    let init = ResponseInit::new();
    if let Some(h) = &headers {
        init.set_headers(h);
    }
    let body = Uint8Array::from(bytes);
    let Ok(response) = Response::new_with_opt_buffer_source_and_init(Some(&body), &init) else {
        return false;
    };
    JsFuture::from(cache.put_with_str(&key(model), &response))
        .await
        .is_ok()
}

/// What is stored for `model`, without reading the file.
pub async fn peek(model: &str) -> Option<StoredRun> {
    let cache = open().await?;
    let hit = JsFuture::from(cache.match_with_str(&key(model)))
        .await
        .ok()?;
    let response = hit.dyn_into::<Response>().ok()?;
    let header = |name: &str| response.headers().get(name).ok().flatten();
    Some(StoredRun {
        steps: header("x-generativa-steps")?.parse().ok()?,
        epochs: header("x-generativa-epochs")?.parse().ok()?,
        saved_ms: header("x-generativa-saved")?.parse().ok()?,
    })
}

/// The stored file of `model`.
pub async fn get(model: &str) -> Option<Vec<u8>> {
    let cache = open().await?;
    let hit = JsFuture::from(cache.match_with_str(&key(model)))
        .await
        .ok()?;
    let response = hit.dyn_into::<Response>().ok()?;
    let buffer = JsFuture::from(response.array_buffer().ok()?).await.ok()?;
    Some(Uint8Array::new(&buffer).to_vec())
}

/// Removes `model`'s stored run.
pub async fn delete(model: &str) {
    if let Some(cache) = open().await {
        let _ = JsFuture::from(cache.delete_with_str(&key(model))).await;
    }
}

/// Keeps a saved run and tells the page what is kept now (nothing, when the browser refused).
pub async fn keep(model: &str, saved: &Saved) {
    let info = StoredRun {
        steps: saved.steps,
        epochs: saved.epochs,
        saved_ms: now_ms(),
    };
    let kept = put(model, &saved.bytes, &info).await;
    post(&FromEngine::Run {
        model: model.to_owned(),
        event: RunEvent::Stored(kept.then_some(info)),
    });
}
