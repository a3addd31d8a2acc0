//! The judge: one scale on which every generator of the site is scored — the VAE (slide 1.3),
//! the dense GAN (1.33) and the ones still to come.
//!
//! A small classifier of our own ([`classifier`]), trained once by `cargo xtask pretrain
//! judge` and shipped with its SHA-256 ([`pretrained`]), looks at 2,000 generated images
//! (rounded to 8-bit grey levels, as image files are). Their score ([`score`]) says
//! - how far their features are from 2,000 fixed real test images' ([`frechet`]): the smaller,
//!   the more the generated images look — and vary — like real clothes;
//! - which classes the judge sees in them: a generator that draws only trousers and bags
//!   (mode collapse) covers few classes and is far from uniform.
//!
//! Three reference sets make the number mean something ([`degrade`]): real training images
//! (the floor a perfect generator would reach), the test images blurred, and with noise.

pub mod degrade;
pub mod frechet;
pub mod keras;
pub mod pretrained;
pub mod score;

#[cfg(feature = "engine")]
pub mod classifier;
#[cfg(feature = "engine")]
pub mod sample;
#[cfg(feature = "engine")]
pub mod scorer;
#[cfg(feature = "engine")]
pub mod training;

pub use frechet::{Gaussian, frechet_distance};
pub use score::{ClassCount, EpochScore, ImageScore, References, SCORED_IMAGES};

#[cfg(feature = "engine")]
pub use classifier::{Judge, JudgeConfig};
#[cfg(feature = "engine")]
pub use sample::judged_images;
#[cfg(feature = "engine")]
pub use scorer::Scorer;

/// Why the judge could not score.
#[derive(Debug, Clone, PartialEq, thiserror::Error, serde::Serialize, serde::Deserialize)]
pub enum JudgeError {
    /// The weights file is not the shipped one.
    #[error("the judge's weights have SHA-256 {found}, not the shipped {expected}")]
    Digest {
        /// The shipped file's digest.
        expected: String,
        /// The digest of the bytes given.
        found: String,
    },
    /// The weights could not be read as the judge's.
    #[error("the judge's weights could not be read: {0}")]
    Weights(String),
    /// Too few images to score (the set is compared as a whole).
    #[error("{have} images cannot be scored; at least {need} are needed")]
    TooFewImages {
        /// Images needed.
        need: usize,
        /// Images given.
        have: usize,
    },
    /// The images are not 28 × 28.
    #[error("the judge scores 28 × 28 images, not {found} pixels each")]
    ImageSize {
        /// Pixels per image given.
        found: usize,
    },
}
