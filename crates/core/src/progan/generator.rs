//! The progressive generator (slide 1.35): codings → a 4 × 4 block → for each level
//! [nearest upsampling → conv 3 × 3 → conv 3 × 3] → a 1 × 1 "to-image" convolution. Every
//! level's layers exist from the start; a run uses those up to its current level, so growing
//! keeps every weight already learned. LeakyReLU 0.2 and pixel normalisation after every
//! convolution; the output is linear (images nominally in [−1, 1]), as the official code.

use burn::config::Config;
use burn::module::Module;
use burn::tensor::activation::leaky_relu;
use burn::tensor::{Device, Tensor};

use super::equalized::{EqualizedConv, EqualizedDense, HIDDEN_GAIN};
use super::fade_in::fade_in;
use super::growth::Stage;
use super::pixel_norm::{pixel_norm, pixel_norm_codings};
use super::resample::upsample;
use crate::rng::Rng;

/// LeakyReLU's slope, the paper's.
pub const SLOPE: f64 = 0.2;

/// The generator's shape.
#[derive(Config, Debug)]
pub struct ProganGeneratorConfig {
    /// Size of the random codings.
    #[config(default = 64)]
    pub codings_size: usize,
    /// Feature maps at each level, 4 × 4 first (its length is the number of levels: 4 for
    /// 4 → 8 → 16 → 32).
    #[config(default = "vec![32, 32, 16, 8]")]
    pub channels: Vec<usize>,
    /// Pixel normalisation after every convolution and on the codings (slide 1.39).
    #[config(default = true)]
    pub pixel_norm: bool,
}

/// One level: its side doubles, then two 3 × 3 convolutions.
#[derive(Module, Debug)]
pub struct GeneratorLevel {
    /// `c_previous → c`
    pub conv1: EqualizedConv,
    /// `c → c`
    pub conv2: EqualizedConv,
}

/// The generator, every level built.
#[derive(Module, Debug)]
pub struct ProganGenerator {
    /// Codings → the 4 × 4 maps (Dense, reshaped).
    pub project: EqualizedDense,
    /// The 4 × 4 block's 3 × 3 convolution.
    pub first: EqualizedConv,
    /// Levels 8 × 8, 16 × 16, …
    pub levels: Vec<GeneratorLevel>,
    /// A 1 × 1 convolution to one channel after each level (4 × 4 first).
    pub to_image: Vec<EqualizedConv>,
    #[module(skip)]
    channels: Vec<usize>,
    #[module(skip)]
    normalise: bool,
}

/// The two paths of a fade-in, for slide 1.37's α slider.
pub struct FadePaths {
    /// The old level's image, upsampled. `[batch, 1, side, side]`
    pub old: Tensor<4>,
    /// The new level's image. `[batch, 1, side, side]`
    pub new: Tensor<4>,
}

/// One position's channel vector around a pixel normalisation, for slide 1.39.
pub struct PixelNormProbe {
    /// A level's last convolution, activated, before the normalisation. `[batch, c, side, side]`
    pub before: Tensor<4>,
    /// The same maps after it. `[batch, c, side, side]`
    pub after: Tensor<4>,
}

impl ProganGeneratorConfig {
    /// A fresh generator with every level, its weights drawn from the run's generator.
    pub fn init(&self, rng: &mut Rng, device: &Device) -> ProganGenerator {
        let c0 = self.channels[0];
        // The official code gives the projection gain √2 / 4 (16 positions share it).
        let project =
            EqualizedDense::new(self.codings_size, c0 * 16, HIDDEN_GAIN / 4.0, rng, device);
        let first = EqualizedConv::new(c0, c0, 3, HIDDEN_GAIN, rng, device);
        let levels = self
            .channels
            .windows(2)
            .map(|pair| GeneratorLevel {
                conv1: EqualizedConv::new(pair[0], pair[1], 3, HIDDEN_GAIN, rng, device),
                conv2: EqualizedConv::new(pair[1], pair[1], 3, HIDDEN_GAIN, rng, device),
            })
            .collect();
        let to_image = self
            .channels
            .iter()
            .map(|&c| EqualizedConv::new(c, 1, 1, 1.0, rng, device))
            .collect();
        ProganGenerator {
            project,
            first,
            levels,
            to_image,
            channels: self.channels.clone(),
            normalise: self.pixel_norm,
        }
    }
}

impl ProganGenerator {
    /// Levels it can grow to.
    pub fn level_count(&self) -> usize {
        self.channels.len()
    }

    fn norm(&self, x: Tensor<4>) -> Tensor<4> {
        if self.normalise { pixel_norm(x) } else { x }
    }

    /// A convolution, LeakyReLU and pixel normalisation.
    fn block(&self, conv: &EqualizedConv, x: Tensor<4>) -> Tensor<4> {
        self.norm(leaky_relu(conv.forward(x), SLOPE))
    }

    /// The 4 × 4 maps from codings.
    ///
    /// # Shapes
    /// - codings: `[batch, codings]`
    /// - output: `[batch, c0, 4, 4]`
    fn start(&self, codings: Tensor<2>) -> Tensor<4> {
        self.block(&self.first, self.projected(codings))
    }

    /// The codings projected onto the 4 × 4 maps, before the first convolution.
    ///
    /// # Shapes
    /// - codings: `[batch, codings]`
    /// - output: `[batch, c0, 4, 4]`
    fn projected(&self, codings: Tensor<2>) -> Tensor<4> {
        let [batch, _] = codings.dims();
        let z = if self.normalise {
            pixel_norm_codings(codings)
        } else {
            codings
        };
        let x = self
            .project
            .forward(z)
            .reshape([batch, self.channels[0], 4, 4]); // [batch, c0, 4, 4]
        self.norm(leaky_relu(x, SLOPE))
    }

    /// One level's maps from the previous level's.
    ///
    /// # Shapes
    /// - x: `[batch, c_previous, s, s]`
    /// - output: `[batch, c, 2s, 2s]`
    fn grow(&self, level: usize, x: Tensor<4>) -> Tensor<4> {
        let layers = &self.levels[level - 1];
        let x = self.block(&layers.conv1, upsample(x));
        self.block(&layers.conv2, x)
    }

    /// The maps of the last two levels up to `level` (the previous level's, then this one's).
    fn maps(&self, codings: Tensor<2>, level: usize) -> (Option<Tensor<4>>, Tensor<4>) {
        let mut previous = None;
        let mut x = self.start(codings);
        for l in 1..=level {
            previous = Some(x.clone());
            x = self.grow(l, x);
        }
        (previous, x)
    }

    /// Images at the stage's side; during a fade-in, α · new + (1 − α) · upsampled old.
    ///
    /// # Shapes
    /// - codings: `[batch, codings]`
    /// - output: `[batch, 1, side, side]`
    pub fn forward(&self, codings: Tensor<2>, stage: Stage) -> Tensor<4> {
        let (previous, x) = self.maps(codings, stage.level);
        let new = self.to_image[stage.level].forward(x);
        match previous {
            Some(previous) if stage.fading() => {
                let old = upsample(self.to_image[stage.level - 1].forward(previous));
                fade_in(old, new, stage.alpha)
            }
            _ => new,
        }
    }

    /// Both paths of `level`'s fade-in (level ≥ 1), for any α the page picks.
    ///
    /// # Shapes
    /// - codings: `[batch, codings]`
    pub fn fade_paths(&self, codings: Tensor<2>, level: usize) -> FadePaths {
        let (previous, x) = self.maps(codings, level);
        let previous = previous.expect("a fade-in needs level ≥ 1");
        FadePaths {
            old: upsample(self.to_image[level - 1].forward(previous)),
            new: self.to_image[level].forward(x),
        }
    }

    /// The maps of `level`'s last convolution, activated, before and after pixel
    /// normalisation (whether or not the run normalises).
    ///
    /// # Shapes
    /// - codings: `[batch, codings]`
    pub fn pixel_norm_probe(&self, codings: Tensor<2>, level: usize) -> PixelNormProbe {
        let before = if level == 0 {
            leaky_relu(self.first.forward(self.projected(codings)), SLOPE)
        } else {
            let (_, previous) = self.maps(codings, level - 1);
            let layers = &self.levels[level - 1];
            let y = self.block(&layers.conv1, upsample(previous));
            leaky_relu(layers.conv2.forward(y), SLOPE)
        };
        let after = pixel_norm(before.clone());
        PixelNormProbe { before, after }
    }
}
