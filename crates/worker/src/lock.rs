//! One writer at a time on the browser's storage, across tabs: the Web Locks API's exclusive
//! lock (`navigator.locks`), so two tabs training at once never interleave their writes to a
//! store. Where the API is missing (old browsers) the job simply runs.
//!
//! web-sys marks `LockManager` unstable, so the lock is asked for through `js_sys::Reflect`.

use js_sys::{Function, Promise, Reflect};
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

/// The one lock every store write takes.
pub const STORAGE: &str = "generativa-storage";

/// A promise and the function that resolves it.
fn deferred() -> (Promise, Function) {
    let mut resolve = None;
    let promise = Promise::new(&mut |res, _| resolve = Some(res));
    (promise, resolve.expect("the executor runs at once"))
}

/// `navigator.locks.request`, bound, if the browser has it.
fn request_function() -> Option<(JsValue, Function)> {
    let navigator = Reflect::get(&js_sys::global(), &"navigator".into()).ok()?;
    let locks = Reflect::get(&navigator, &"locks".into()).ok()?;
    if locks.is_undefined() || locks.is_null() {
        return None;
    }
    let request = Reflect::get(&locks, &"request".into()).ok()?;
    Some((locks, request.dyn_into().ok()?))
}

/// Runs `job` holding the exclusive lock `name` (waiting for another tab's writer to finish).
pub async fn exclusive<T>(name: &str, job: impl Future<Output = T>) -> T {
    let Some((locks, request)) = request_function() else {
        return job.await;
    };
    // The lock is held until the promise its callback returns settles: we settle it ourselves
    // once the job is done.
    let (held, release) = deferred();
    let (granted, grant) = deferred();
    let callback = Closure::once_into_js(move |_lock: JsValue| -> JsValue {
        let _ = grant.call0(&JsValue::NULL);
        held.into()
    });
    let Ok(asked) = request.call2(&locks, &JsValue::from_str(name), &callback) else {
        return job.await;
    };
    let asked: Promise = asked.unchecked_into();
    let _ = JsFuture::from(granted).await;
    let out = job.await;
    let _ = release.call0(&JsValue::NULL);
    let _ = JsFuture::from(asked).await;
    out
}
