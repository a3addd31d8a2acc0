//! A set of images' score: its Fréchet distance to the real test images in the judge's
//! feature space, and the classes the judge sees in it (histogram, classes covered, KL
//! divergence from a uniform spread). Plain data: it crosses to the page as is.

use serde::{Deserialize, Serialize};

/// Images in a scored set (generated or reference), and real test images they are compared to.
pub const SCORED_IMAGES: usize = 2_000;

/// A class counts as covered when at least this share of the images fall in it.
pub const COVERED_SHARE: f64 = 0.02;

/// Fashion-MNIST's ten class names, in label order (Spanish, as the lecture speaks).
pub const CLASS_NAMES: [&str; 10] = [
    "camiseta",
    "pantalón",
    "suéter",
    "vestido",
    "abrigo",
    "sandalia",
    "camisa",
    "zapatilla",
    "bolso",
    "botín",
];

/// How many images of a set the judge puts in one class.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClassCount {
    /// The class label (0–9).
    pub class: u8,
    /// Images of the set in that class.
    pub images: u32,
}

/// The score of one set of images.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ImageScore {
    /// Fréchet distance of the set's features to the real test images' (lower is better).
    pub frechet: f64,
    /// Images per class, as the judge classifies them (all ten classes, in label order).
    pub histogram: Vec<ClassCount>,
    /// Classes holding at least 2 % of the images.
    pub covered: u32,
    /// KL divergence of the class shares from uniform, in nats (0 = every class equally
    /// often; ln 10 ≈ 2.30 = a single class).
    pub kl_from_uniform: f64,
    /// Images scored.
    pub images: u32,
}

impl ImageScore {
    /// The class side of a score from the judge's predicted labels.
    pub fn with_classes(frechet: f64, labels: &[u8], classes: usize) -> Self {
        let mut counts = vec![0u32; classes];
        for &l in labels {
            if let Some(c) = counts.get_mut(usize::from(l)) {
                *c += 1;
            }
        }
        let n = labels.len().max(1) as f64;
        let covered = counts
            .iter()
            .filter(|&&c| f64::from(c) / n >= COVERED_SHARE)
            .count() as u32;
        let uniform = 1.0 / classes as f64;
        let kl_from_uniform = counts
            .iter()
            .map(|&c| f64::from(c) / n)
            .filter(|&p| p > 0.0)
            .map(|p| p * (p / uniform).ln())
            .sum();
        Self {
            frechet,
            histogram: counts
                .into_iter()
                .enumerate()
                .map(|(class, images)| ClassCount {
                    class: class as u8,
                    images,
                })
                .collect(),
            covered,
            kl_from_uniform,
            images: labels.len() as u32,
        }
    }
}

/// The judge's score of a run after one of its epochs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EpochScore {
    /// Epochs done when the images were generated.
    pub epoch: u32,
    /// Their score.
    pub score: ImageScore,
}

/// The three reference sets printed beside every score.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct References {
    /// 2,000 real training images: what a perfect generator would score.
    pub floor: ImageScore,
    /// The test images blurred by a 3 × 3 box.
    pub blurred: ImageScore,
    /// The test images with N(0, 0.2²) noise, clipped to [0, 1].
    pub noisy: ImageScore,
}

/// Pixel values in [0, 1] rounded to 8-bit grey levels, as an image file stores them.
pub fn grey_levels(values: &[f32]) -> Vec<u8> {
    values
        .iter()
        .map(|&v| {
            let v = if v.is_finite() { v } else { 0.0 };
            (v.clamp(0.0, 1.0) * 255.0).round() as u8
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_class_is_the_most_collapsed() {
        let s = ImageScore::with_classes(0.0, &[3; 100], 10);
        assert_eq!(s.covered, 1);
        assert!((s.kl_from_uniform - 10f64.ln()).abs() < 1e-12);
        let even: Vec<u8> = (0..100).map(|i| (i % 10) as u8).collect();
        let s = ImageScore::with_classes(0.0, &even, 10);
        assert_eq!(s.covered, 10);
        assert!(s.kl_from_uniform.abs() < 1e-12);
    }

    #[test]
    fn grey_levels_round_and_clip() {
        assert_eq!(
            grey_levels(&[0.0, 0.5, 1.0, 1.5, -1.0, f32::NAN]),
            [0, 128, 255, 255, 0, 0]
        );
    }
}
