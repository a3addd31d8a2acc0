//! The one store of runs in the browser, so that a reload loses at most the current epoch: the
//! Cache API store `generativa-runs-v1`, one entry per model under the same-origin key
//! `/__runs__/<model>.ckpt`, its body the checkpoint file and its headers what the page shows
//! (steps, epochs, when). Written at each VAE epoch's end and whenever a run is paused, on either
//! backend (the weights are read asynchronously); overwritten, never more than one entry per model;
//! removed by the page's "Borrarlo", or when it no longer loads (a newer site changed the
//! format). The store's name carries its version: a new layout gets a new name, and the stores
//! of older layouts are removed when the engine starts. Writes hold the storage lock (two tabs
//! never interleave them). When the browser refuses (storage full or disabled) the checkpoint
//! goes to the page, which holds it in memory.

use generativa_protocol::{FromEngine, RunEvent, StoredRun};
use js_sys::Uint8Array;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{Cache, Response, ResponseInit};

use crate::context::{now_ms, post, post_with_bytes};
use crate::lock;

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
/// What every version's name starts with.
const STORE_FAMILY: &str = "generativa-runs-";

fn key(model: &str) -> String {
    format!("/__runs__/{model}.ckpt")
}

async fn open() -> Option<Cache> {
    let caches = crate::context::cache_storage()?;
    JsFuture::from(caches.open(STORE))
        .await
        .ok()?
        .dyn_into::<Cache>()
        .ok()
}

/// Keeps `bytes` as `model`'s stored run; false when the browser refused (storage disabled or
/// full): the run itself is unaffected.
pub async fn put(model: &str, bytes: &[u8], info: &StoredRun) -> bool {
    lock::exclusive(lock::STORAGE, put_unlocked(model, bytes, info)).await
}

async fn put_unlocked(model: &str, bytes: &[u8], info: &StoredRun) -> bool {
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
        in_page: false,
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
    lock::exclusive(lock::STORAGE, async {
        if let Some(cache) = open().await {
            let _ = JsFuture::from(cache.delete_with_str(&key(model))).await;
        }
    })
    .await
}

/// Removes the stores that older layouts of this site wrote (their runs cannot be read now).
pub async fn remove_older_stores() {
    let Some(caches) = crate::context::cache_storage() else {
        return;
    };
    let Ok(names) = JsFuture::from(caches.keys()).await else {
        return;
    };
    let older: Vec<String> = js_sys::Array::from(&names)
        .iter()
        .filter_map(|n| n.as_string())
        .filter(|n| n.starts_with(STORE_FAMILY) && n != STORE)
        .collect();
    lock::exclusive(lock::STORAGE, async {
        for name in older {
            let _ = JsFuture::from(caches.delete(&name)).await;
        }
    })
    .await
}

/// Keeps a saved run and tells the page what is kept now; when the browser refused, the page
/// gets the checkpoint itself to hold in memory.
pub async fn keep(model: &str, saved: &Saved) {
    let mut info = StoredRun {
        steps: saved.steps,
        epochs: saved.epochs,
        saved_ms: now_ms(),
        in_page: false,
    };
    if put(model, &saved.bytes, &info).await {
        post(&FromEngine::Run {
            model: model.to_owned(),
            event: RunEvent::Stored(Some(info)),
        });
    } else {
        info.in_page = true;
        post_with_bytes(
            &FromEngine::Run {
                model: model.to_owned(),
                event: RunEvent::KeptInPage(info),
            },
            &saved.bytes,
        );
    }
}
