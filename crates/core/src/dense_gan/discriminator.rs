//! Slide 1.30's discriminator: Flatten → Dense 150 ReLU → Dense 100 ReLU → Dense 1 sigmoid
//! (132,951 parameters). Hidden layers start as Keras' `he_normal`, the output as its
//! `glorot_uniform`; biases at 0. It returns its score before the sigmoid (the logit), so the
//! loss can be computed stably; [`Discriminator::forward`] gives the probability.

use burn::config::Config;
use burn::module::Module;
use burn::nn::Linear;
use burn::tensor::activation::sigmoid;
use burn::tensor::{Device, Tensor};

use super::Activation;
use crate::dense::{Init, dense_forward, dense_stack_with, dense_with};
use crate::rng::Rng;

/// The discriminator's shape.
#[derive(Config, Debug)]
pub struct DiscriminatorConfig {
    /// Pixels per image (28 × 28).
    #[config(default = 784)]
    pub pixels: usize,
    /// Sizes of the hidden Dense layers, in order.
    #[config(default = "vec![150, 100]")]
    pub hidden: Vec<usize>,
    /// The hidden layers' activation.
    #[config(default = "Activation::Relu")]
    pub activation: Activation,
    /// How the hidden layers' weights start.
    #[config(default = "Init::HeNormal")]
    pub hidden_init: Init,
}

/// The discriminator.
#[derive(Module, Debug)]
pub struct Discriminator {
    /// The hidden Dense layers.
    pub hidden: Vec<Linear>,
    /// The Dense 1 output layer (sigmoid applied by [`Discriminator::forward`]).
    pub output: Linear,
    #[module(skip)]
    activation: Activation,
}

impl DiscriminatorConfig {
    /// A fresh discriminator, its weights drawn from the run's generator.
    pub fn init(&self, rng: &mut Rng, device: &Device) -> Discriminator {
        let (hidden, width) =
            dense_stack_with(self.pixels, &self.hidden, self.hidden_init, rng, device);
        let output = dense_with(width, 1, Init::GlorotUniform, rng, device);
        Discriminator {
            hidden,
            output,
            activation: self.activation,
        }
    }
}

impl Discriminator {
    /// The score before the sigmoid (logit) of each image: large means "real".
    ///
    /// # Shapes
    /// - images: `[batch, 28, 28]`
    /// - output: `[batch, 1]`
    pub fn logits(&self, images: Tensor<3>) -> Tensor<2> {
        let mut x: Tensor<2> = images.flatten(1, 2); // [batch, 784]: Flatten
        for layer in &self.hidden {
            x = self.activation.apply(dense_forward(layer, x)); // [batch, 150], then [batch, 100]
        }
        dense_forward(&self.output, x) // [batch, 1]
    }

    /// The probability that each image is real, D(x).
    ///
    /// # Shapes
    /// - images: `[batch, 28, 28]`
    /// - output: `[batch, 1]`
    pub fn forward(&self, images: Tensor<3>) -> Tensor<2> {
        sigmoid(self.logits(images))
    }
}
