//! What the page is shown of a progressive GAN, as plain data (no tensors): the fixed codings'
//! images at each level, and the three looks of slides 1.37–1.39.

use serde::{Deserialize, Serialize};

/// The images of the fixed codings when a level's last phase ended (slide 1.35's row of
/// sizes), as 8-bit grey levels.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LevelPictures {
    /// The level (0 = 4 × 4).
    pub level: usize,
    /// Its side.
    pub side: usize,
    /// `side²` grey levels per image (0 = background).
    pub images: Vec<Vec<u8>>,
}

/// The three numbers of slide 1.38: the minibatch standard deviation (averaged over the
/// groups) of the discriminator's last maps for real images, generated ones, and one
/// generated image repeated.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct StdValues {
    /// 16 test images.
    pub real: f32,
    /// 16 images of the fixed codings.
    pub generated: f32,
    /// The first of them, 16 times.
    pub collapsed: f32,
}

/// Slide 1.39's look at pixel normalisation: one position's channel vector before and after,
/// and the root mean square of every position of the map before and after.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PixelNormLook {
    /// The level whose last convolution is shown.
    pub level: usize,
    /// The map's side.
    pub side: usize,
    /// The centre position's channels before.
    pub before: Vec<f32>,
    /// The same after.
    pub after: Vec<f32>,
    /// Root mean square over channels of every position, before.
    pub rms_before: Vec<f32>,
    /// The same after (≈ 1 everywhere).
    pub rms_after: Vec<f32>,
}

/// Slide 1.37's two paths and their blend at α, from the live generator, as grey levels.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FadeLook {
    /// The new level (≥ 1).
    pub level: usize,
    /// Its side.
    pub side: usize,
    /// The weight of the new path.
    pub alpha: f32,
    /// The old level's images, upsampled.
    pub old: Vec<Vec<u8>>,
    /// The new level's images.
    pub new: Vec<Vec<u8>>,
    /// The generator's output at α.
    pub blend: Vec<Vec<u8>>,
}
