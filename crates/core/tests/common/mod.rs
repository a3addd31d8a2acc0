//! What several test files share: the real Fashion-MNIST, from `GENERATIVA_DATA_DIR` or
//! Debian's package, and the comparison of a tensor's values with a reference. The test command sets `GENERATIVA_REQUIRE_DATA=1`, so there a missing data
//! set fails instead of skipping.

// Each test file uses what it needs of this module.
#![allow(dead_code)]

use std::path::PathBuf;
use std::sync::Arc;

use generativa_core::burn::tensor::Tensor;
use generativa_core::data::{FashionFile, FashionMnist, IdxImages, LabeledImages};
use generativa_core::gan::{GanFamily, GanTrainer};

/// The folder of the real files, or None (the test skips) when they are missing and not
/// required.
pub fn data_dir() -> Option<PathBuf> {
    let dir = std::env::var_os("GENERATIVA_DATA_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("/usr/share/datasets/fashion-mnist"));
    if !dir.join(FashionFile::TrainImages.file_name()).exists() {
        assert!(
            std::env::var_os("GENERATIVA_REQUIRE_DATA").is_none(),
            "Fashion-MNIST missing in {}",
            dir.display()
        );
        eprintln!("skipped: no Fashion-MNIST in {}", dir.display());
        return None;
    }
    Some(dir)
}

/// A file the site ships, read from `www/pretrained/`.
pub fn shipped(name: &str) -> Vec<u8> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../www/pretrained")
        .join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The real data set, verified, or None (see [`data_dir`]).
pub fn real_data() -> Option<Arc<FashionMnist>> {
    Some(Arc::new(
        FashionMnist::load_dir(&data_dir()?).expect("verified data"),
    ))
}

/// A made-up data set of `count` training images of `side` × `side` pixels (and 10 test
/// images), for runs that must be quick.
pub fn tiny_data(count: usize, side: usize) -> Arc<FashionMnist> {
    let images = IdxImages {
        count,
        rows: side,
        cols: side,
        pixels: (0..count * side * side).map(|i| (i % 251) as u8).collect(),
    };
    let labels = (0..count).map(|i| (i % 10) as u8).collect();
    let train = LabeledImages::new(images.clone(), labels, "labels").unwrap();
    let test = LabeledImages::new(
        IdxImages {
            count: 10,
            pixels: images.pixels[..10 * side * side].to_vec(),
            ..images
        },
        (0..10).collect(),
        "t",
    )
    .unwrap();
    Arc::new(FashionMnist { train, test })
}

/// Trains a GAN run until `steps` steps in all, a few at a time, and returns every step's
/// numbers as bits (D's loss, G's loss, D(x), D(G(z))).
pub fn train_to<F: GanFamily>(trainer: &mut GanTrainer<F>, steps: u64) -> Vec<[u32; 4]> {
    let mut out = Vec::new();
    while trainer.steps_total() < steps {
        let left = (steps - trainer.steps_total()) as usize;
        for s in pollster::block_on(trainer.train_steps(left.min(7))).unwrap() {
            out.push(
                [s.discriminator_loss, s.generator_loss, s.d_real, s.d_fake].map(f32::to_bits),
            );
        }
    }
    out
}

/// A tensor's values, row-major.
pub fn values<const D: usize>(t: Tensor<D>) -> Vec<f32> {
    t.into_data()
        .convert::<f32>()
        .try_into_vec::<f32>()
        .unwrap()
}

/// Asserts `a` equals `b` to 1e-4, relative to each value of `b` (absolute near zero).
pub fn assert_close(what: &str, a: Vec<f32>, b: Vec<f32>) {
    assert_eq!(a.len(), b.len(), "{what}: lengths");
    for (i, (x, y)) in a.iter().zip(&b).enumerate() {
        assert!(
            (x - y).abs() <= 1e-4 * (1.0 + y.abs()),
            "{what}[{i}]: {x} vs {y}"
        );
    }
}
