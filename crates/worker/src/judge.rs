//! The judge in the engine: its shipped weights fetched once (same origin, digest checked by
//! the core), the real test images' features summed up once per data set, then any family's
//! 2,000 generated images scored on the CPU backend.

use std::cell::RefCell;
use std::rc::Rc;
use std::sync::Arc;

use generativa_core::data::FashionMnist;
use generativa_core::judge::{EpochScore, Scorer};
use generativa_protocol::judge::{JudgeProblem, ScoreReport, pretrained};
use js_sys::Uint8Array;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{Response, WorkerGlobalScope};

use crate::context::data;

thread_local! {
    /// The judge, with the data set it compares with.
    static SCORER: RefCell<Option<(Arc<FashionMnist>, Rc<Scorer>)>> = const { RefCell::new(None) };
}

fn text(value: JsValue) -> String {
    value
        .dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| value.as_string())
        .unwrap_or_else(|| format!("{value:?}"))
}

/// The shipped weights file, from the site's `pretrained/` folder.
async fn fetch_weights() -> Result<Vec<u8>, JudgeProblem> {
    let scope: WorkerGlobalScope = js_sys::global().unchecked_into();
    let url = format!("pretrained/{}", pretrained::FILE_NAME);
    let response: Response = JsFuture::from(scope.fetch_with_str(&url))
        .await
        .map_err(|e| JudgeProblem::Fetch(text(e)))?
        .unchecked_into();
    if !response.ok() {
        return Err(JudgeProblem::Fetch(format!(
            "{url}: HTTP {}",
            response.status()
        )));
    }
    let buffer = response
        .array_buffer()
        .map_err(|e| JudgeProblem::Fetch(text(e)))?;
    let buffer = JsFuture::from(buffer)
        .await
        .map_err(|e| JudgeProblem::Fetch(text(e)))?;
    Ok(Uint8Array::new(&buffer).to_vec())
}

/// The judge for the loaded data set (fetched and prepared at its first use).
async fn scorer() -> Result<Rc<Scorer>, JudgeProblem> {
    let data = data().map_err(|_| JudgeProblem::NoData)?;
    let ready = SCORER.with(|s| {
        s.borrow()
            .as_ref()
            .filter(|(d, _)| Arc::ptr_eq(d, &data))
            .map(|(_, scorer)| Rc::clone(scorer))
    });
    if let Some(scorer) = ready {
        return Ok(scorer);
    }
    let weights = fetch_weights().await?;
    let scorer = Rc::new(Scorer::load(&weights, &data.test.images)?);
    SCORER.with(|s| *s.borrow_mut() = Some((data, Rc::clone(&scorer))));
    Ok(scorer)
}

/// The score of a run's images after `epoch` epochs (8-bit pixels, 784 per image).
pub async fn score(epoch: usize, pixels: &[u8]) -> ScoreReport {
    let scorer = scorer().await?;
    Ok(EpochScore {
        epoch: epoch as u32,
        score: scorer.score(pixels)?,
    })
}
