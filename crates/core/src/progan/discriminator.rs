//! The progressive discriminator (slide 1.35), the generator's mirror: a 1 × 1 "from-image"
//! convolution at the input's side → for each level [conv 3 × 3 → conv 3 × 3 → 2 × 2 average
//! pooling] down to 4 × 4 → minibatch standard deviation (slide 1.38) → conv 3 × 3 → Dense →
//! Dense to one logit. During a fade-in the input also goes, halved, through the previous
//! level's from-image, and the two are mixed with α (slide 1.37).

use burn::config::Config;
use burn::module::Module;
use burn::tensor::Device;
use burn::tensor::Tensor;
use burn::tensor::activation::leaky_relu;

use super::equalized::{EqualizedConv, EqualizedDense, HIDDEN_GAIN};
use super::fade_in::fade_in;
use super::generator::SLOPE;
use super::growth::Stage;
use super::minibatch_std::minibatch_std;
use super::resample::downsample;
use crate::rng::Rng;

/// The discriminator's shape.
#[derive(Config, Debug)]
pub struct ProganDiscriminatorConfig {
    /// Feature maps at each level, 4 × 4 first (the generator's, mirrored).
    #[config(default = "vec![32, 32, 16, 8]")]
    pub channels: Vec<usize>,
    /// The minibatch standard deviation map before the last block (slide 1.38).
    #[config(default = true)]
    pub minibatch_std: bool,
}

/// One level, from its side to half of it.
#[derive(Module, Debug)]
pub struct DiscriminatorLevel {
    /// `c → c`
    pub conv1: EqualizedConv,
    /// `c → c_previous`
    pub conv2: EqualizedConv,
}

/// The discriminator, every level built.
#[derive(Module, Debug)]
pub struct ProganDiscriminator {
    /// A 1 × 1 convolution from the image at each level's side (4 × 4 first).
    pub from_image: Vec<EqualizedConv>,
    /// Levels 8 × 8, 16 × 16, … (each ends halving the side).
    pub levels: Vec<DiscriminatorLevel>,
    /// The 4 × 4 block's 3 × 3 convolution (one more input map with minibatch std).
    pub last_conv: EqualizedConv,
    /// Dense from the 4 × 4 maps.
    pub dense: EqualizedDense,
    /// Dense to the logit (gain 1).
    pub output: EqualizedDense,
    #[module(skip)]
    with_std: bool,
}

impl ProganDiscriminatorConfig {
    /// A fresh discriminator with every level, its weights drawn from the run's generator.
    pub fn init(&self, rng: &mut Rng, device: &Device) -> ProganDiscriminator {
        let c0 = self.channels[0];
        let from_image = self
            .channels
            .iter()
            .map(|&c| EqualizedConv::new(1, c, 1, HIDDEN_GAIN, rng, device))
            .collect();
        let levels = self
            .channels
            .windows(2)
            .map(|pair| DiscriminatorLevel {
                conv1: EqualizedConv::new(pair[1], pair[1], 3, HIDDEN_GAIN, rng, device),
                conv2: EqualizedConv::new(pair[1], pair[0], 3, HIDDEN_GAIN, rng, device),
            })
            .collect();
        let extra = usize::from(self.minibatch_std);
        ProganDiscriminator {
            from_image,
            levels,
            last_conv: EqualizedConv::new(c0 + extra, c0, 3, HIDDEN_GAIN, rng, device),
            dense: EqualizedDense::new(c0 * 16, c0, HIDDEN_GAIN, rng, device),
            output: EqualizedDense::new(c0, 1, 1.0, rng, device),
            with_std: self.minibatch_std,
        }
    }
}

impl ProganDiscriminator {
    /// The maps from the image at `level`'s side.
    fn enter(&self, level: usize, images: Tensor<4>) -> Tensor<4> {
        leaky_relu(self.from_image[level].forward(images), SLOPE)
    }

    /// One level: two convolutions, then the side halves.
    ///
    /// # Shapes
    /// - x: `[batch, c, s, s]`
    /// - output: `[batch, c_previous, s/2, s/2]`
    fn shrink(&self, level: usize, x: Tensor<4>) -> Tensor<4> {
        let layers = &self.levels[level - 1];
        let x = leaky_relu(layers.conv1.forward(x), SLOPE);
        downsample(leaky_relu(layers.conv2.forward(x), SLOPE))
    }

    /// The last block on the 4 × 4 maps.
    ///
    /// # Shapes
    /// - x: `[batch, c0, 4, 4]`
    /// - output: `[batch, 1]`
    fn finish(&self, x: Tensor<4>) -> Tensor<2> {
        let [batch, _, _, _] = x.dims();
        let x = if self.with_std { minibatch_std(x) } else { x }; // [batch, c0 + 1, 4, 4]
        let x = leaky_relu(self.last_conv.forward(x), SLOPE); // [batch, c0, 4, 4]
        let [_, c, h, w] = x.dims();
        let x = leaky_relu(self.dense.forward(x.reshape([batch, c * h * w])), SLOPE); // [batch, c0]
        self.output.forward(x) // [batch, 1]
    }

    /// The logit of each image at the stage's side (during a fade-in, the halved input's path
    /// mixed in with 1 − α).
    ///
    /// # Shapes
    /// - images: `[batch, 1, side, side]`
    /// - output: `[batch, 1]`
    pub fn forward(&self, images: Tensor<4>, stage: Stage) -> Tensor<2> {
        self.finish(self.last_maps(images, stage))
    }

    /// The 4 × 4 maps the last block starts from (where the minibatch standard deviation is
    /// taken).
    ///
    /// # Shapes
    /// - images: `[batch, 1, side, side]`
    /// - output: `[batch, c0, 4, 4]`
    pub fn last_maps(&self, images: Tensor<4>, stage: Stage) -> Tensor<4> {
        let level = stage.level;
        let mut x = self.enter(level, images.clone());
        if level > 0 {
            x = self.shrink(level, x);
            if stage.fading() {
                let old = self.enter(level - 1, downsample(images));
                x = fade_in(old, x, stage.alpha);
            }
            for l in (1..level).rev() {
                x = self.shrink(l, x);
            }
        }
        x
    }
}
