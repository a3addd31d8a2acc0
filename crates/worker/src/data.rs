//! Fashion-MNIST in the browser: streamed same-origin fetch with progress, kept in the Cache
//! API so a reload does not download again, then decompressed and verified in wasm by core.

use std::collections::HashMap;

use generativa_core::data::{DataError, FashionFile, FashionMnist};
use generativa_protocol::{DataProblem, DataSummary, FileProgress, FromEngine};
use js_sys::{Reflect, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{Cache, Response, WorkerGlobalScope};

use crate::context::{STATE, now_ms, post};

/// Name of the Cache API store; bump it if the stored form ever changes.
const CACHE_NAME: &str = "generativa-fashion-mnist-v1";

/// Send a progress message at most every this many bytes.
const PROGRESS_STEP: u64 = 256 * 1024;

fn js_error(value: JsValue) -> String {
    value
        .dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| value.as_string())
        .unwrap_or_else(|| format!("{value:?}"))
}

fn scope() -> WorkerGlobalScope {
    js_sys::global().unchecked_into()
}

async fn open_cache() -> Option<Cache> {
    let caches = crate::context::cache_storage()?;
    JsFuture::from(caches.open(CACHE_NAME))
        .await
        .ok()?
        .dyn_into::<Cache>()
        .ok()
}

async fn cached_bytes(cache: &Cache, url: &str) -> Option<Vec<u8>> {
    let hit = JsFuture::from(cache.match_with_str(url)).await.ok()?;
    let response = hit.dyn_into::<Response>().ok()?;
    let buffer = JsFuture::from(response.array_buffer().ok()?).await.ok()?;
    Some(Uint8Array::new(&buffer).to_vec())
}

/// Fetches `url` chunk by chunk, reporting progress for `file`.
async fn fetch_streamed(url: &str, file: FashionFile) -> Result<Vec<u8>, DataError> {
    let name = file.file_name().to_owned();
    let missing = |detail: String| DataError::Missing {
        file: name.clone(),
        detail,
    };
    let response = JsFuture::from(scope().fetch_with_str(url))
        .await
        .map_err(|e| missing(js_error(e)))?
        .dyn_into::<Response>()
        .map_err(|e| missing(js_error(e)))?;
    if !response.ok() {
        return Err(missing(format!("HTTP {} · {url}", response.status())));
    }
    let total = response
        .headers()
        .get("content-length")
        .ok()
        .flatten()
        .and_then(|v| v.parse::<u64>().ok())
        .unwrap_or(0);
    let body = response
        .body()
        .ok_or_else(|| missing(format!("HTTP {} · {url} · 0 B", response.status())))?;
    let reader: web_sys::ReadableStreamDefaultReader = body.get_reader().unchecked_into();
    let mut bytes = Vec::with_capacity(total as usize);
    let mut last_report = 0u64;
    loop {
        let chunk = JsFuture::from(reader.read())
            .await
            .map_err(|e| DataError::Io {
                file: name.clone(),
                detail: js_error(e),
            })?;
        if Reflect::get(&chunk, &"done".into())
            .ok()
            .and_then(|d| d.as_bool())
            .unwrap_or(true)
        {
            break;
        }
        let value = Reflect::get(&chunk, &"value".into()).unwrap_or(JsValue::UNDEFINED);
        bytes.extend_from_slice(&Uint8Array::new(&value).to_vec());
        let loaded = bytes.len() as u64;
        if loaded - last_report >= PROGRESS_STEP {
            last_report = loaded;
            post(&FromEngine::DataProgress(FileProgress {
                file: name.clone(),
                loaded,
                total,
                from_cache: false,
                done: false,
            }));
        }
    }
    Ok(bytes)
}

/// Gets every file, from the cache when `use_cache`, else from the network.
/// Returns the bytes and which files came from the network.
async fn gather(
    base_url: &str,
    cache: Option<&Cache>,
    use_cache: bool,
) -> Result<(HashMap<FashionFile, Vec<u8>>, Vec<FashionFile>), DataError> {
    let mut files = HashMap::new();
    let mut fetched = Vec::new();
    for file in FashionFile::ALL {
        let url = format!("{base_url}{}", file.file_name());
        let stored = match (cache, use_cache) {
            (Some(cache), true) => cached_bytes(cache, &url).await,
            _ => None,
        };
        let from_cache = stored.is_some();
        let bytes = match stored {
            Some(bytes) => bytes,
            None => {
                fetched.push(file);
                fetch_streamed(&url, file).await?
            }
        };
        let size = bytes.len() as u64;
        post(&FromEngine::DataProgress(FileProgress {
            file: file.file_name().to_owned(),
            loaded: size,
            total: size,
            from_cache,
            done: true,
        }));
        files.insert(file, bytes);
    }
    Ok((files, fetched))
}

/// Keeps one file in the browser's storage; false when the browser refused (quota exceeded,
/// storage disabled).
async fn store(cache: &Cache, base_url: &str, file: FashionFile, bytes: &[u8]) -> bool {
    let url = format!("{base_url}{}", file.file_name());
    let body = Uint8Array::from(bytes);
    match Response::new_with_opt_buffer_source(Some(&body)) {
        Ok(response) => {
            let put = JsFuture::from(cache.put_with_str(&url, &response));
            crate::lock::exclusive(crate::lock::STORAGE, put)
                .await
                .is_ok()
        }
        Err(_) => false,
    }
}

/// Checks that the folder is on this site (a relative path starting with one `/`).
fn same_origin_folder(base_url: &str) -> Result<String, DataProblem> {
    let ok = base_url.starts_with('/') && !base_url.starts_with("//") && !base_url.contains("..");
    if !ok {
        return Err(DataProblem::NotThisSite {
            folder: base_url.to_owned(),
        });
    }
    Ok(if base_url.ends_with('/') {
        base_url.to_owned()
    } else {
        format!("{base_url}/")
    })
}

/// Loads Fashion-MNIST into the engine, reporting progress and the verified sizes.
pub async fn load(base_url: &str) {
    let busy = STATE.with(|s| std::mem::replace(&mut s.borrow_mut().loading, true));
    if busy {
        return;
    }
    let started = now_ms();
    let outcome = load_inner(base_url).await;
    STATE.with(|s| s.borrow_mut().loading = false);
    match outcome {
        Ok((set, from_cache, kept)) => {
            let summary = DataSummary {
                train: set.train.len(),
                test: set.test.len(),
                rows: set.train.images.rows,
                cols: set.train.images.cols,
                verified: true,
                from_cache,
                millis: now_ms() - started,
                kept,
            };
            STATE.with(|s| s.borrow_mut().data = Some(std::sync::Arc::new(set)));
            post(&FromEngine::DataReady(summary));
        }
        Err(problem) => post(&FromEngine::DataFailed { problem }),
    }
}

/// The verified set, whether it all came from storage, and whether a copy is kept there now.
async fn load_inner(base_url: &str) -> Result<(FashionMnist, bool, bool), DataProblem> {
    let base_url = same_origin_folder(base_url)?;
    let cache = open_cache().await;
    let mut kept = cache.is_some();
    // A damaged stored copy is thrown away and fetched again, once.
    for use_cache in [true, false] {
        let (mut files, fetched) = gather(&base_url, cache.as_ref(), use_cache)
            .await
            .map_err(DataProblem::File)?;
        // Store what came from the network now (the check below consumes the bytes); a copy
        // that fails the check is removed again.
        if let Some(cache) = &cache {
            for file in &fetched {
                if let Some(bytes) = files.get(file) {
                    kept &= store(cache, &base_url, *file, bytes).await;
                }
            }
        }
        post(&FromEngine::DataVerifying);
        let result = FashionMnist::from_files(
            |file| {
                files.remove(&file).ok_or_else(|| DataError::Missing {
                    file: file.file_name().into(),
                    detail: "—".into(),
                })
            },
            true,
        );
        match result {
            Ok(set) => return Ok((set, fetched.is_empty(), kept)),
            Err(e) => {
                // Only this folder's stored files are dropped; other copies stay.
                if let Some(cache) = &cache {
                    forget_folder(cache, &base_url).await;
                }
                // Something came from storage: it may be the damaged part, so try the network.
                if use_cache && fetched.len() < FashionFile::ALL.len() {
                    continue;
                }
                return Err(DataProblem::File(e));
            }
        }
    }
    // The second pass (network only) always answers above.
    Err(DataProblem::File(DataError::Missing {
        file: "Fashion-MNIST".into(),
        detail: "—".into(),
    }))
}

async fn forget_folder(cache: &Cache, base_url: &str) {
    for file in FashionFile::ALL {
        let url = format!("{base_url}{}", file.file_name());
        let _ = JsFuture::from(cache.delete_with_str(&url)).await;
    }
}

async fn forget_quietly() {
    if let Some(caches) = crate::context::cache_storage() {
        let _ = JsFuture::from(caches.delete(CACHE_NAME)).await;
    }
}

/// Removes the stored copy from the browser (the loaded set stays in memory).
pub async fn forget() {
    forget_quietly().await;
    post(&FromEngine::DataForgotten);
}
