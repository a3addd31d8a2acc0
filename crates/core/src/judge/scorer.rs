//! The judge at work: its shipped weights loaded (digest checked), the real test images'
//! features summed up once, and any set of images scored against them — on the CPU backend,
//! in batches, without gradients.

use burn::tensor::{Device, Tensor};

use super::classifier::{Judge, JudgeConfig};
use super::degrade::{box_blur, with_noise};
use super::frechet::{Gaussian, frechet_distance};
use super::score::{ImageScore, References, SCORED_IMAGES};
use super::{JudgeError, pretrained};
use crate::data::{FashionMnist, IdxImages};
use crate::rng::Rng;
use crate::run::records::load_module;

/// Pixels per image the judge reads.
const PIXELS: usize = 28 * 28;

/// Images per forward pass (bounds the memory a score takes).
const BATCH: usize = 250;

/// Fewest images a set may have to be scored (a distance between two Gaussians of 64
/// dimensions needs many more points than dimensions).
pub const MIN_IMAGES: usize = 200;

/// The judge, ready to score: its network and the real test images' feature Gaussian.
pub struct Scorer {
    judge: Judge,
    features: usize,
    reference: Gaussian,
    device: Device,
}

fn digest(bytes: &[u8]) -> String {
    use sha2::{Digest, Sha256};
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

impl Scorer {
    /// The shipped judge from its file's bytes (refused unless they are the shipped file),
    /// compared with the first 2,000 images of `test`.
    pub fn load(weights: &[u8], test: &IdxImages) -> Result<Self, JudgeError> {
        let found = digest(weights);
        if found != pretrained::SHA256 {
            return Err(JudgeError::Digest {
                expected: pretrained::SHA256.to_owned(),
                found,
            });
        }
        Self::load_unchecked(weights, test)
    }

    /// A judge from any weights file of the default shape (the training command checks the
    /// file it has just made this way).
    pub fn load_unchecked(weights: &[u8], test: &IdxImages) -> Result<Self, JudgeError> {
        let device = Device::flex();
        let config = JudgeConfig::new();
        let fresh = config.init(&mut Rng::new(0), &device);
        let judge =
            load_module(fresh, weights, "judge").map_err(|e| JudgeError::Weights(e.to_string()))?;
        Self::new(judge, config.features, test)
    }

    /// A judge already in memory, compared with the first 2,000 images of `test`.
    pub fn new(judge: Judge, features: usize, test: &IdxImages) -> Result<Self, JudgeError> {
        let mut scorer = Self {
            judge,
            features,
            reference: Gaussian {
                mean: Vec::new(),
                covariance: Vec::new(),
            },
            device: Device::flex(),
        };
        let n = test.count.min(SCORED_IMAGES);
        let (features, _) = scorer.look(&test.pixels[..n * PIXELS])?;
        scorer.reference = Gaussian::of(&features, scorer.features);
        Ok(scorer)
    }

    /// The features and predicted class of each image (8-bit pixels, 784 per image).
    pub fn look(&self, pixels: &[u8]) -> Result<(Vec<f32>, Vec<u8>), JudgeError> {
        if !pixels.len().is_multiple_of(PIXELS) {
            return Err(JudgeError::ImageSize {
                found: pixels.len(),
            });
        }
        let n = pixels.len() / PIXELS;
        if n < MIN_IMAGES {
            return Err(JudgeError::TooFewImages {
                need: MIN_IMAGES,
                have: n,
            });
        }
        let mut features = Vec::with_capacity(n * self.features);
        let mut labels = Vec::with_capacity(n);
        for chunk in pixels.chunks(BATCH * PIXELS) {
            let values: Vec<f32> = chunk.iter().map(|&p| f32::from(p) / 255.0).collect();
            let b = chunk.len() / PIXELS;
            let images =
                Tensor::<1>::from_floats(values.as_slice(), &self.device).reshape([b, 28, 28]); // [b, 28, 28]
            let f = self.judge.features_by_products(images); // [b, 64]
            let logits = self.judge.logits(f.clone()); // [b, 10]
            let predicted = logits.argmax(1).reshape([b]); // [b]
            features.extend(f.into_data().iter::<f32>());
            labels.extend(predicted.into_data().iter::<i64>().map(|l| l as u8));
        }
        Ok((features, labels))
    }

    /// The score of a set of images (8-bit pixels, 784 per image; 2,000 images make scores
    /// comparable with every other on the site).
    pub fn score(&self, pixels: &[u8]) -> Result<ImageScore, JudgeError> {
        let (features, labels) = self.look(pixels)?;
        let frechet = frechet_distance(&Gaussian::of(&features, self.features), &self.reference);
        Ok(ImageScore::with_classes(frechet, &labels, 10))
    }

    /// The share of `images` whose class the judge names right.
    pub fn accuracy(&self, images: &IdxImages, labels: &[u8]) -> Result<f64, JudgeError> {
        let (_, predicted) = self.look(&images.pixels)?;
        let right = predicted.iter().zip(labels).filter(|(p, l)| p == l).count();
        Ok(right as f64 / labels.len().max(1) as f64)
    }

    /// The three reference scores: 2,000 training images (the floor), and the 2,000 test
    /// images blurred and with noise.
    pub fn references(&self, data: &FashionMnist) -> Result<References, JudgeError> {
        let n = data.train.len().min(SCORED_IMAGES);
        let floor = self.score(&data.train.images.pixels[..n * PIXELS])?;
        let n = data.test.len().min(SCORED_IMAGES);
        let test = &data.test.images.pixels[..n * PIXELS];
        Ok(References {
            floor,
            blurred: self.score(&box_blur(test, 28, 28))?,
            noisy: self.score(&with_noise(test))?,
        })
    }
}
