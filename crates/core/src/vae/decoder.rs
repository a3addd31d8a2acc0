//! The variational decoder of slide 1.8: codings → Dense 100 ReLU → Dense 150 ReLU →
//! Dense 784 (no activation, as the lecture's code) → Reshape 28×28.

use burn::config::Config;
use burn::module::Module;
use burn::nn::Linear;
use burn::tensor::activation::relu;
use burn::tensor::{Device, Tensor};

use crate::dense::{dense, dense_forward, dense_stack};
use crate::rng::Rng;

/// How to build a [`Decoder`].
#[derive(Config, Debug)]
pub struct DecoderConfig {
    /// Size of the codings it decodes.
    #[config(default = 10)]
    pub codings_size: usize,
    /// Sizes of the hidden Dense ReLU layers, in order.
    #[config(default = "vec![100, 150]")]
    pub hidden: Vec<usize>,
    /// Image rows.
    #[config(default = 28)]
    pub rows: usize,
    /// Image columns.
    #[config(default = 28)]
    pub cols: usize,
}

/// The decoder.
#[derive(Module, Debug)]
pub struct Decoder {
    /// The hidden Dense ReLU layers.
    pub hidden: Vec<Linear>,
    /// The Dense 784 output layer.
    pub output: Linear,
    /// Image rows.
    pub rows: usize,
    /// Image columns.
    pub cols: usize,
}

impl DecoderConfig {
    /// Builds the decoder with Keras' initialisation.
    pub fn init(&self, rng: &mut Rng, device: &Device) -> Decoder {
        let (hidden, width) = dense_stack(self.codings_size, &self.hidden, rng, device);
        Decoder {
            hidden,
            output: dense(width, self.rows * self.cols, rng, device),
            rows: self.rows,
            cols: self.cols,
        }
    }
}

impl Decoder {
    /// Decodes codings into images (raw outputs: pixel values for MSE, logits for BCE).
    ///
    /// # Shapes
    /// - codings: `[batch, codings]`
    /// - output: `[batch, 28, 28]`
    pub fn forward(&self, codings: Tensor<2>) -> Tensor<3> {
        let [batch, _] = codings.dims();
        let mut x = codings; // [batch, 10]
        for layer in &self.hidden {
            x = relu(dense_forward(layer, x)); // [batch, 100], then [batch, 150]
        }
        let pixels = dense_forward(&self.output, x); // [batch, 784]
        pixels.reshape([batch, self.rows, self.cols]) // [batch, 28, 28]: Reshape
    }
}
