//! The whole variational autoencoder of slide 1.8: the encoder, the sampling layer and the
//! decoder (`variational_ae` in the lecture's code).

use burn::config::Config;
use burn::module::Module;
use burn::tensor::{Device, Tensor};

use super::decoder::{Decoder, DecoderConfig};
use super::encoder::{Encoded, Encoder, EncoderConfig};
use crate::rng::Rng;

/// How to build a [`VariationalAutoencoder`].
#[derive(Config, Debug)]
pub struct VariationalAutoencoderConfig {
    /// Size of the codings (the latent space's dimension).
    #[config(default = 10)]
    pub codings_size: usize,
    /// Hidden layer sizes of the encoder; the decoder uses them in reverse.
    #[config(default = "vec![150, 100]")]
    pub hidden: Vec<usize>,
    /// Image rows.
    #[config(default = 28)]
    pub rows: usize,
    /// Image columns.
    #[config(default = 28)]
    pub cols: usize,
}

/// Encoder → Sampling → Decoder.
#[derive(Module, Debug)]
pub struct VariationalAutoencoder {
    /// The encoder (with the sampling layer at its end).
    pub encoder: Encoder,
    /// The decoder.
    pub decoder: Decoder,
}

/// Everything one pass gives: the reconstructions and the encoder's outputs.
#[derive(Debug, Clone)]
pub struct VaeOutput {
    /// Raw decoder outputs, `[batch, 28, 28]`.
    pub reconstructions: Tensor<3>,
    /// μ, `[batch, codings]`.
    pub mean: Tensor<2>,
    /// γ = log σ², `[batch, codings]`.
    pub log_var: Tensor<2>,
    /// The sampled codings, `[batch, codings]`.
    pub codings: Tensor<2>,
}

impl VariationalAutoencoderConfig {
    /// Builds the model with Keras' initialisation, its weights drawn from `rng`.
    pub fn init(&self, rng: &mut Rng, device: &Device) -> VariationalAutoencoder {
        let encoder = EncoderConfig::new()
            .with_pixels(self.rows * self.cols)
            .with_hidden(self.hidden.clone())
            .with_codings_size(self.codings_size)
            .init(rng, device);
        let decoder = DecoderConfig::new()
            .with_codings_size(self.codings_size)
            .with_hidden(self.hidden.iter().rev().copied().collect())
            .with_rows(self.rows)
            .with_cols(self.cols)
            .init(rng, device);
        VariationalAutoencoder { encoder, decoder }
    }
}

impl VariationalAutoencoder {
    /// Encodes, samples and decodes.
    ///
    /// # Shapes
    /// - images: `[batch, 28, 28]`
    /// - output: reconstructions `[batch, 28, 28]`; mean, log_var, codings `[batch, codings]`
    pub fn forward(&self, images: Tensor<3>) -> VaeOutput {
        self.decode(self.encoder.forward(images))
    }

    /// Encodes, samples with the given noise ε, and decodes (what training runs).
    ///
    /// # Shapes
    /// - images: `[batch, 28, 28]`; noise: `[batch, codings]`
    /// - output: reconstructions `[batch, 28, 28]`; mean, log_var, codings `[batch, codings]`
    pub fn forward_with_noise(&self, images: Tensor<3>, noise: Tensor<2>) -> VaeOutput {
        self.decode(self.encoder.forward_with_noise(images, noise))
    }

    /// Decodes the sampled codings.
    fn decode(&self, encoded: Encoded) -> VaeOutput {
        let reconstructions = self.decoder.forward(encoded.codings.clone()); // [batch, 28, 28]
        VaeOutput {
            reconstructions,
            mean: encoded.mean,
            log_var: encoded.log_var,
            codings: encoded.codings,
        }
    }
}
