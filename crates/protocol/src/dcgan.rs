//! The DCGAN's messages (slide 1.34): its model id and the guideline switches a run's settings
//! carry beside the shared GAN settings ([`crate::dense_gan::GanSettings::dcgan`]); its
//! progress, pictures and scores travel in the dense GAN's messages, which every image GAN
//! shares.

use serde::{Deserialize, Serialize};

/// The DCGAN's model id (as in its checkpoints).
pub const MODEL: &str = "dcgan";

/// A hidden activation of either network.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum DcganActivation {
    /// ReLU.
    Relu,
    /// LeakyReLU with slope 0.2.
    LeakyRelu,
}

/// The five DCGAN guidelines of slide 1.34 as switches, freely combined; the default is
/// Géron's model.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct DcganSwitches {
    /// G doubles its maps with transposed convolutions (else nearest upsampling + a
    /// convolution).
    pub generator_transposed: bool,
    /// D halves its maps with strided convolutions (else stride 1 + max-pooling).
    pub discriminator_strided: bool,
    /// Batch normalisation in G.
    pub generator_batch_norm: bool,
    /// Batch normalisation in D (after its second convolution).
    pub discriminator_batch_norm: bool,
    /// G's hidden activation (its output is always tanh).
    pub generator_activation: DcganActivation,
    /// D's hidden activation.
    pub discriminator_activation: DcganActivation,
    /// Units of an extra Dense hidden layer in each network (0: none).
    pub dense_hidden: u32,
    /// D's dropout rate (Géron's 0.4; 0: none).
    pub dropout: f64,
}

impl Default for DcganSwitches {
    fn default() -> Self {
        Self {
            generator_transposed: true,
            discriminator_strided: true,
            generator_batch_norm: true,
            discriminator_batch_norm: false,
            generator_activation: DcganActivation::Relu,
            discriminator_activation: DcganActivation::LeakyRelu,
            dense_hidden: 0,
            dropout: 0.4,
        }
    }
}

pub use generativa_core::dcgan::summary::{LayerRow, NetworkSummary};

/// The images of a small run (slide 1.34's experiment table): one pass over this many of the
/// training images.
pub const SMALL_RUN_IMAGES: u32 = 10_000;

/// Both networks of some settings, layer by layer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DcganDescribed {
    /// The switches described.
    pub switches: DcganSwitches,
    /// The layers.
    pub summary: NetworkSummary,
}

/// The generator's maps for one of the run's fixed codings, each scaled to grey levels (0–255)
/// over its whole layer, so brighter is larger within a layer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DcganMaps {
    /// The fixed coding (from 0).
    pub coding: u32,
    /// Epochs done by the generator used.
    pub epochs_done: u32,
    /// The 7 × 7 maps (49 levels each).
    #[serde(with = "crate::grey::images")]
    pub small: Vec<Vec<u8>>,
    /// The 14 × 14 maps (196 levels each).
    #[serde(with = "crate::grey::images")]
    pub middle: Vec<Vec<u8>>,
    /// The image (784 levels).
    #[serde(with = "crate::grey::image")]
    pub image: Vec<u8>,
}
