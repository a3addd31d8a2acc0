//! A DCGAN run (Géron's settings) on the CPU backend, for `cargo xtask bench profile`: the page
//! hands it the four Fashion-MNIST files, then asks for steps while the browser's sampling
//! profiler watches, and prints where a step's time goes, function by function.

use std::cell::RefCell;
use std::sync::Arc;

use generativa_core::burn::tensor::Device;
use generativa_core::data::{FashionFile, FashionMnist};
use generativa_core::dcgan::{DcganTrainer, DcganTrainingConfig};
use wasm_bindgen::prelude::*;

thread_local! {
    static RUN: RefCell<Option<DcganTrainer>> = const { RefCell::new(None) };
}

/// Starts the run on the four files' bytes (gzip, as served), checked against their digests.
#[wasm_bindgen]
pub fn start(
    train_images: Vec<u8>,
    train_labels: Vec<u8>,
    test_images: Vec<u8>,
    test_labels: Vec<u8>,
) -> Result<(), String> {
    let mut files = [
        Some(train_images),
        Some(train_labels),
        Some(test_images),
        Some(test_labels),
    ];
    let data = FashionMnist::from_files(
        |file| {
            let slot = match file {
                FashionFile::TrainImages => 0,
                FashionFile::TrainLabels => 1,
                FashionFile::TestImages => 2,
                FashionFile::TestLabels => 3,
            };
            Ok(files[slot].take().unwrap_or_default())
        },
        true,
    )
    .map_err(|e| e.to_string())?;
    let run = DcganTrainer::new(DcganTrainingConfig::new(), Arc::new(data), &Device::flex())
        .map_err(|e| e.to_string())?;
    RUN.with(|slot| *slot.borrow_mut() = Some(run));
    Ok(())
}

/// Trains `n` steps; returns the discriminator's last loss.
#[wasm_bindgen]
pub fn steps(n: usize) -> Result<f32, String> {
    RUN.with(|slot| {
        let mut slot = slot.borrow_mut();
        let run = slot.as_mut().ok_or("start first")?;
        let steps = pollster::block_on(run.train_steps(n)).map_err(|e| e.to_string())?;
        Ok(steps.last().map_or(f32::NAN, |s| s.discriminator_loss))
    })
}
