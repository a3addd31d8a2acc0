//! Slide 1.34's discriminator (Géron's DCGAN): Conv2D 64, 5 × 5, stride 2, "same",
//! LeakyReLU(0.2) → Dropout 0.4 → Conv2D 128, 5 × 5, stride 2, "same", LeakyReLU(0.2) →
//! Dropout 0.4 → Flatten → Dense 1 sigmoid: 212,865 parameters. Géron puts dropout where the
//! guidelines put batch normalisation (training was unstable otherwise); the switches bring it
//! back, replace the strides with max-pooling, use ReLU, or add a dense hidden layer. It
//! returns its score before the sigmoid (the logit), so the loss can be computed stably.

use burn::config::Config;
use burn::module::Module;
use burn::nn::conv::Conv2d;
use burn::nn::{BatchNorm, Linear};
use burn::tensor::{Device, Tensor};

use super::dropout::dropout;
use super::layers::{batch_norm, conv, conv_forward, normalise};
use crate::dense::{dense, dense_forward};
use crate::gan::{Activation, Statistics};
use crate::pooling::max_pool_2;
use crate::rng::Rng;

/// How the discriminator halves its maps' side (guideline: "replace pooling with strided
/// convolutions in the discriminator").
#[derive(Config, Debug, Copy, PartialEq, Eq)]
pub enum Downsampling {
    /// `Conv2D(…, strides=2)`: the guideline's (and Géron's) choice.
    Strided,
    /// `Conv2D(…, strides=1)` then `MaxPool2D(2)`.
    Pooling,
}

/// The discriminator's shape.
#[derive(Config, Debug)]
pub struct DiscriminatorConfig {
    /// Channels of the 14 × 14 maps.
    #[config(default = 64)]
    pub first_channels: usize,
    /// Channels of the 7 × 7 maps.
    #[config(default = 128)]
    pub second_channels: usize,
    /// How each step halves the side.
    #[config(default = "Downsampling::Strided")]
    pub downsampling: Downsampling,
    /// Batch normalisation after the second convolution (the guideline; never on the input
    /// layer). Off in Géron's.
    #[config(default = false)]
    pub batch_norm: bool,
    /// The hidden activation (LeakyReLU 0.2 in the guideline).
    #[config(default = "Activation::LeakyRelu")]
    pub activation: Activation,
    /// The fraction of units each dropout layer zeroes while training (0: no dropout).
    #[config(default = 0.4)]
    pub dropout: f64,
    /// Units of a Dense hidden layer after Flatten (0: none, as Géron's; a switch).
    #[config(default = 0)]
    pub dense_hidden: usize,
}

/// The discriminator.
#[derive(Module, Debug)]
pub struct Discriminator {
    /// 28 × 28 → 14 × 14, 64 channels.
    pub first: Conv2d,
    /// 14 × 14 → 7 × 7, 128 channels.
    pub second: Conv2d,
    /// Batch normalisation of the 7 × 7 maps.
    pub norm: Option<BatchNorm>,
    /// The optional Dense hidden layer.
    pub hidden: Option<Linear>,
    /// The Dense 1 output (sigmoid applied by the loss or [`Discriminator::forward`]).
    pub output: Linear,
    #[module(skip)]
    pub(super) activation: Activation,
    #[module(skip)]
    pub(super) downsampling: Downsampling,
    pub(super) dropout: f64,
}

impl DiscriminatorConfig {
    /// A fresh discriminator, its weights drawn from the run's generator.
    pub fn init(&self, rng: &mut Rng, device: &Device) -> Discriminator {
        let stride = match self.downsampling {
            Downsampling::Strided => 2,
            Downsampling::Pooling => 1,
        };
        let first = conv(1, self.first_channels, stride, rng, device);
        let second = conv(
            self.first_channels,
            self.second_channels,
            stride,
            rng,
            device,
        );
        let norm = self
            .batch_norm
            .then(|| batch_norm(self.second_channels, rng, device));
        let mut width = 7 * 7 * self.second_channels;
        let hidden = (self.dense_hidden > 0).then(|| {
            let layer = dense(width, self.dense_hidden, rng, device);
            width = self.dense_hidden;
            layer
        });
        let output = dense(width, 1, rng, device);
        Discriminator {
            first,
            second,
            norm,
            hidden,
            output,
            activation: self.activation,
            downsampling: self.downsampling,
            dropout: self.dropout,
        }
    }
}

impl Discriminator {
    /// One convolution and its halving (stride 2, or stride 1 then max-pooling).
    fn down(&self, layer: &Conv2d, x: Tensor<4>) -> Tensor<4> {
        let y = conv_forward(layer, x);
        match self.downsampling {
            Downsampling::Strided => y,
            Downsampling::Pooling => max_pool_2(y),
        }
    }

    /// The score before the sigmoid (logit) of each image, pixels in [−1, 1]: large means
    /// "real". With `masks` given, the dropout layers drop units drawn from it.
    ///
    /// # Shapes
    /// - images: `[batch, 28, 28]`
    /// - output: `[batch, 1]`
    pub fn logits(
        &self,
        images: Tensor<3>,
        statistics: Statistics,
        mut masks: Option<&mut Rng>,
    ) -> Tensor<2> {
        let [batch, rows, cols] = images.dims();
        let mut drop = |x: Tensor<4>| match masks.as_deref_mut() {
            Some(rng) => dropout(x, self.dropout, rng),
            None => x,
        };
        let x = images.reshape([batch, 1, rows, cols]); // [batch, 1, 28, 28]
        let x = drop(self.activation.apply(self.down(&self.first, x))); // [batch, 64, 14, 14]
        let mut x = self.down(&self.second, x); // [batch, 128, 7, 7]
        if let Some(norm) = &self.norm {
            x = normalise(norm, x, statistics);
        }
        let x = drop(self.activation.apply(x)); // [batch, 128, 7, 7]
        let [_, c, h, w] = x.dims();
        let mut x = x.reshape([batch, c * h * w]); // [batch, 6272]
        if let Some(hidden) = &self.hidden {
            x = self.activation.apply(dense_forward(hidden, x)); // [batch, dense_hidden]
        }
        dense_forward(&self.output, x) // [batch, 1]
    }

    /// The probability that each image is real (a prediction: no dropout, running
    /// statistics).
    ///
    /// # Shapes
    /// - images: `[batch, 28, 28]`
    /// - output: `[batch, 1]`
    pub fn forward(&self, images: Tensor<3>) -> Tensor<2> {
        burn::tensor::activation::sigmoid(self.logits(images, Statistics::Running, None))
    }
}
