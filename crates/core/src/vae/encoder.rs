//! The variational encoder of slide 1.7: Flatten(28×28) → Dense 150 ReLU → Dense 100 ReLU →
//! two heads, Dense 10 for the mean codings μ and Dense 10 for γ = log σ², then Sampling.

use burn::config::Config;
use burn::module::Module;
use burn::nn::Linear;
use burn::tensor::activation::relu;
use burn::tensor::{Device, Tensor};

use super::sampling::Sampling;
use crate::dense::{dense, dense_forward, dense_stack};
use crate::rng::Rng;

/// How to build an [`Encoder`].
#[derive(Config, Debug)]
pub struct EncoderConfig {
    /// Pixels per image (28 × 28).
    #[config(default = 784)]
    pub pixels: usize,
    /// Sizes of the hidden Dense ReLU layers, in order.
    #[config(default = "vec![150, 100]")]
    pub hidden: Vec<usize>,
    /// Size of the codings (the latent space's dimension n).
    #[config(default = 10)]
    pub codings_size: usize,
}

/// The encoder: hidden layers, then the μ and γ heads.
#[derive(Module, Debug)]
pub struct Encoder {
    /// The hidden Dense ReLU layers.
    pub hidden: Vec<Linear>,
    /// The head that gives μ (`codings_mean`).
    pub mean: Linear,
    /// The head that gives γ = log σ² (`codings_log_var`).
    pub log_var: Linear,
}

/// The encoder's three outputs, as in the lecture's `variational_encoder`.
#[derive(Debug, Clone)]
pub struct Encoded {
    /// μ, `[batch, codings]`.
    pub mean: Tensor<2>,
    /// γ = log σ², `[batch, codings]`.
    pub log_var: Tensor<2>,
    /// Sampled codings z, `[batch, codings]`.
    pub codings: Tensor<2>,
}

impl EncoderConfig {
    /// Builds the encoder with Keras' initialisation.
    pub fn init(&self, rng: &mut Rng, device: &Device) -> Encoder {
        let (hidden, width) = dense_stack(self.pixels, &self.hidden, rng, device);
        Encoder {
            hidden,
            mean: dense(width, self.codings_size, rng, device),
            log_var: dense(width, self.codings_size, rng, device),
        }
    }
}

impl Encoder {
    /// μ and γ for a batch of images (no sampling).
    ///
    /// # Shapes
    /// - images: `[batch, 28, 28]`
    /// - output: (`[batch, codings]`, `[batch, codings]`)
    pub fn moments(&self, images: Tensor<3>) -> (Tensor<2>, Tensor<2>) {
        let mut z: Tensor<2> = images.flatten(1, 2); // [batch, 784]: Flatten
        for layer in &self.hidden {
            z = relu(dense_forward(layer, z)); // [batch, 150], then [batch, 100]
        }
        (
            dense_forward(&self.mean, z.clone()),
            dense_forward(&self.log_var, z),
        ) // [batch, 10] each
    }

    /// μ, γ and sampled codings.
    ///
    /// # Shapes
    /// - images: `[batch, 28, 28]`
    /// - output: three `[batch, codings]`
    pub fn forward(&self, images: Tensor<3>) -> Encoded {
        self.sample(images, |mean, log_var| Sampling.forward(mean, log_var))
    }

    /// μ, γ and codings sampled with the given noise ε (training draws ε from the run's own
    /// generator, so a resumed run is the same run).
    ///
    /// # Shapes
    /// - images: `[batch, 28, 28]`; noise: `[batch, codings]`
    /// - output: three `[batch, codings]`
    pub fn forward_with_noise(&self, images: Tensor<3>, noise: Tensor<2>) -> Encoded {
        self.sample(images, |mean, log_var| {
            Sampling.forward_with_noise(mean, log_var, noise)
        })
    }

    /// μ and γ, and the codings `draw` samples from them.
    fn sample(
        &self,
        images: Tensor<3>,
        draw: impl FnOnce(Tensor<2>, Tensor<2>) -> Tensor<2>,
    ) -> Encoded {
        let (mean, log_var) = self.moments(images); // [batch, 10] each
        let codings = draw(mean.clone(), log_var.clone()); // [batch, 10]
        Encoded {
            mean,
            log_var,
            codings,
        }
    }
}
