//! Slide 1.34's generator (Géron's DCGAN): codings 100 → Dense 7·7·128 → Reshape 7 × 7 × 128 →
//! BatchNorm → Conv2DTranspose 64, 5 × 5, stride 2, "same", ReLU (14 × 14) → BatchNorm →
//! Conv2DTranspose 1, 5 × 5, stride 2, "same", tanh (28 × 28): 840,705 parameters, 840,321 of
//! them trainable. The guideline switches change it: nearest upsampling + a stride-1
//! convolution instead of each transposed convolution, batch normalisation off, another hidden
//! activation, a dense hidden layer before the projection.

use burn::config::Config;
use burn::module::Module;
use burn::nn::conv::{Conv2d, ConvTranspose2d};
use burn::nn::{BatchNorm, Linear};
use burn::tensor::activation::tanh;
use burn::tensor::{Device, Tensor};

use super::layers::{
    batch_norm, conv, conv_forward, conv_transpose, normalise, transposed_same, upsample_nearest,
};
use crate::dense::{dense, dense_forward};
use crate::gan::{Activation, Statistics};
use crate::rng::Rng;

/// How the generator doubles its maps' side (guideline: "replace pooling with fractionally
/// strided convolutions in the generator").
#[derive(Config, Debug, Copy, PartialEq, Eq)]
pub enum Upsampling {
    /// `Conv2DTranspose(…, strides=2)`: the guideline's (and Géron's) choice.
    Transposed,
    /// `UpSampling2D(2)` (each pixel repeated) then `Conv2D(…, strides=1)`.
    Nearest,
}

/// The generator's shape.
#[derive(Config, Debug)]
pub struct GeneratorConfig {
    /// Size of the random codings it turns into images.
    #[config(default = 100)]
    pub codings_size: usize,
    /// Units of a Dense hidden layer before the projection (0: none, as Géron's; a switch).
    #[config(default = 0)]
    pub dense_hidden: usize,
    /// Channels of the 7 × 7 maps the projection is reshaped into.
    #[config(default = 128)]
    pub base_channels: usize,
    /// Channels of the 14 × 14 maps.
    #[config(default = 64)]
    pub middle_channels: usize,
    /// How each step doubles the side.
    #[config(default = "Upsampling::Transposed")]
    pub upsampling: Upsampling,
    /// Batch normalisation before each upsampling step (a guideline).
    #[config(default = true)]
    pub batch_norm: bool,
    /// The hidden activation (the guideline's ReLU; the output is always tanh).
    #[config(default = "Activation::Relu")]
    pub activation: Activation,
}

/// One doubling of the side: a transposed convolution, or nearest upsampling and a
/// convolution.
#[derive(Module, Debug)]
pub enum Upsampler {
    /// `Conv2DTranspose(c_out, 5, strides=2, padding="same")`.
    Transposed(ConvTranspose2d),
    /// `UpSampling2D(2)` then `Conv2D(c_out, 5, padding="same")`.
    Nearest(Conv2d),
}

impl Upsampler {
    fn new(kind: Upsampling, c_in: usize, c_out: usize, rng: &mut Rng, device: &Device) -> Self {
        match kind {
            Upsampling::Transposed => Self::Transposed(conv_transpose(c_in, c_out, rng, device)),
            Upsampling::Nearest => Self::Nearest(conv(c_in, c_out, 1, rng, device)),
        }
    }

    /// # Shapes
    /// - x: `[batch, c_in, h, w]`
    /// - output: `[batch, c_out, 2h, 2w]`
    pub fn forward(&self, x: Tensor<4>) -> Tensor<4> {
        match self {
            Self::Transposed(layer) => transposed_same(layer, x),
            Self::Nearest(layer) => conv_forward(layer, upsample_nearest(x)),
        }
    }
}

/// The generator.
#[derive(Module, Debug)]
pub struct Generator {
    /// The optional Dense hidden layer.
    pub hidden: Option<Linear>,
    /// Dense 7·7·128, no activation: the codings projected onto the first maps.
    pub project: Linear,
    /// Batch normalisation of the 7 × 7 maps.
    pub norm_small: Option<BatchNorm>,
    /// 7 × 7 → 14 × 14, 64 channels.
    pub up_middle: Upsampler,
    /// Batch normalisation of the 14 × 14 maps.
    pub norm_middle: Option<BatchNorm>,
    /// 14 × 14 → 28 × 28, one channel (tanh).
    pub up_out: Upsampler,
    #[module(skip)]
    pub(super) activation: Activation,
    pub(super) base_channels: usize,
}

/// The generator's maps on the way to the image, for one set of codings (the page draws them).
pub struct GeneratorMaps {
    /// The projection reshaped, after batch normalisation. `[batch, 128, 7, 7]`
    pub small: Tensor<4>,
    /// After the first doubling and its activation. `[batch, 64, 14, 14]`
    pub middle: Tensor<4>,
    /// The images, in [−1, 1]. `[batch, 28, 28]`
    pub images: Tensor<3>,
}

impl GeneratorConfig {
    /// A fresh generator, its weights drawn from the run's generator.
    pub fn init(&self, rng: &mut Rng, device: &Device) -> Generator {
        let mut width = self.codings_size;
        let hidden = (self.dense_hidden > 0).then(|| {
            width = self.dense_hidden;
            dense(self.codings_size, self.dense_hidden, rng, device)
        });
        let project = dense(width, 7 * 7 * self.base_channels, rng, device);
        let norm_small = self
            .batch_norm
            .then(|| batch_norm(self.base_channels, rng, device));
        let up_middle = Upsampler::new(
            self.upsampling,
            self.base_channels,
            self.middle_channels,
            rng,
            device,
        );
        let norm_middle = self
            .batch_norm
            .then(|| batch_norm(self.middle_channels, rng, device));
        let up_out = Upsampler::new(self.upsampling, self.middle_channels, 1, rng, device);
        Generator {
            hidden,
            project,
            norm_small,
            up_middle,
            norm_middle,
            up_out,
            activation: self.activation,
            base_channels: self.base_channels,
        }
    }
}

impl Generator {
    /// Images from codings, and the maps on the way.
    ///
    /// # Shapes
    /// - codings: `[batch, 100]`
    pub fn maps(&self, codings: Tensor<2>, statistics: Statistics) -> GeneratorMaps {
        let [batch, _] = codings.dims();
        let mut x = codings;
        if let Some(hidden) = &self.hidden {
            x = self.activation.apply(dense_forward(hidden, x)); // [batch, dense_hidden]
        }
        let projected = dense_forward(&self.project, x); // [batch, 6272]
        let mut small = projected.reshape([batch, self.base_channels, 7, 7]); // [batch, 128, 7, 7]
        if let Some(norm) = &self.norm_small {
            small = normalise(norm, small, statistics);
        }
        let mut middle = self.activation.apply(self.up_middle.forward(small.clone())); // [batch, 64, 14, 14]
        let maps_middle = middle.clone();
        if let Some(norm) = &self.norm_middle {
            middle = normalise(norm, middle, statistics);
        }
        let out = tanh(self.up_out.forward(middle)); // [batch, 1, 28, 28]
        GeneratorMaps {
            small,
            middle: maps_middle,
            images: out.reshape([batch, 28, 28]),
        }
    }

    /// Images from codings, pixels in (−1, 1).
    ///
    /// # Shapes
    /// - codings: `[batch, 100]`
    /// - output: `[batch, 28, 28]`
    pub fn forward(&self, codings: Tensor<2>, statistics: Statistics) -> Tensor<3> {
        self.maps(codings, statistics).images
    }
}
