//! Slide 1.29's generator: codings 30 → Dense 100 ReLU → Dense 150 ReLU → Dense 784 sigmoid →
//! 28 × 28 (136,634 parameters). Hidden layers start as Keras' `he_normal`, the output layer as
//! its `glorot_uniform`; biases at 0.

use burn::config::Config;
use burn::module::Module;
use burn::nn::Linear;

use burn::tensor::{Device, Tensor};

use super::Activation;
use crate::dense::{Init, dense_forward, dense_stack_with, dense_with};
use crate::output_sigmoid::output_sigmoid;
use crate::rng::Rng;

/// The generator's shape.
#[derive(Config, Debug)]
pub struct GeneratorConfig {
    /// Size of the random codings it turns into images.
    #[config(default = 30)]
    pub codings_size: usize,
    /// Sizes of the hidden Dense layers, in order.
    #[config(default = "vec![100, 150]")]
    pub hidden: Vec<usize>,
    /// The hidden layers' activation.
    #[config(default = "Activation::Relu")]
    pub activation: Activation,
    /// How the hidden layers' weights start.
    #[config(default = "Init::HeNormal")]
    pub hidden_init: Init,
    /// Image rows.
    #[config(default = 28)]
    pub rows: usize,
    /// Image columns.
    #[config(default = 28)]
    pub cols: usize,
}

/// The generator.
#[derive(Module, Debug)]
pub struct Generator {
    /// The hidden Dense layers.
    pub hidden: Vec<Linear>,
    /// The Dense 784 sigmoid output layer.
    pub output: Linear,
    #[module(skip)]
    activation: Activation,
    rows: usize,
    cols: usize,
}

impl GeneratorConfig {
    /// A fresh generator, its weights drawn from the run's generator.
    pub fn init(&self, rng: &mut Rng, device: &Device) -> Generator {
        let (hidden, width) = dense_stack_with(
            self.codings_size,
            &self.hidden,
            self.hidden_init,
            rng,
            device,
        );
        let output = dense_with(
            width,
            self.rows * self.cols,
            Init::GlorotUniform,
            rng,
            device,
        );
        Generator {
            hidden,
            output,
            activation: self.activation,
            rows: self.rows,
            cols: self.cols,
        }
    }
}

impl Generator {
    /// Images from codings.
    ///
    /// # Shapes
    /// - codings: `[batch, 30]`
    /// - output: `[batch, 28, 28]`, each pixel in (0, 1)
    pub fn forward(&self, codings: Tensor<2>) -> Tensor<3> {
        let [batch, _] = codings.dims();
        let mut x = codings;
        for layer in &self.hidden {
            x = self.activation.apply(dense_forward(layer, x)); // [batch, 100], then [batch, 150]
        }
        let pixels = output_sigmoid(dense_forward(&self.output, x)); // [batch, 784]
        pixels.reshape([batch, self.rows, self.cols]) // [batch, 28, 28]
    }
}
