//! The variational autoencoder of slides 1.1–1.10, exactly the lecture's: the sampling layer,
//! the encoder and decoder, the latent and reconstruction losses, Nadam as Keras has it, and a
//! seeded trainer on Fashion-MNIST.
//!
//! `by_hand` is plain numbers (the page's sliders); the rest needs the `engine` feature.

pub mod by_hand;
pub mod pca;
pub mod pretrained;

#[cfg(feature = "engine")]
pub mod decoder;
#[cfg(feature = "engine")]
pub mod encoder;
#[cfg(feature = "engine")]
pub mod inspect;
#[cfg(feature = "engine")]
pub mod loss;
#[cfg(feature = "engine")]
pub mod model;

#[cfg(feature = "engine")]
pub mod sampling;
#[cfg(feature = "engine")]
pub mod training;

#[cfg(feature = "engine")]
pub use crate::optim::{Nadam, NadamConfig};
#[cfg(feature = "engine")]
pub use decoder::{Decoder, DecoderConfig};
#[cfg(feature = "engine")]
pub use encoder::{Encoded, Encoder, EncoderConfig};
#[cfg(feature = "engine")]
pub use inspect::{LayerSummary, TwoEncodings, VaePictures, sample_one_coding, summary_of};
#[cfg(feature = "engine")]
pub use loss::{
    ReconstructionLoss, VaeLoss, latent_loss, latent_loss_sigma, reconstruction_loss, vae_loss,
};
#[cfg(feature = "engine")]
pub use model::{VaeOutput, VariationalAutoencoder, VariationalAutoencoderConfig};
#[cfg(feature = "engine")]
pub use sampling::Sampling;
#[cfg(feature = "engine")]
pub use training::{
    EpochReport, MODEL, MeanLosses, OptimizerKind, StepLosses, VaeHistory, VaeTrainer,
    VaeTrainingConfig,
};
