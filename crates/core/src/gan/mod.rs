//! What the image GANs of slides 1.29–1.34 share: a family is a generator and a discriminator
//! ([`GanFamily`]); the two phases of `train_gan` ([`phases`]) and the seeded, resumable run
//! that repeats them ([`GanTrainer`]) are written once for every family.

pub mod family;
pub mod loss;
pub mod phases;
pub mod pretrain;
pub mod training;

pub use family::{GanFamily, GanRunConfig, Statistics};
pub use loss::binary_cross_entropy;
pub use phases::{PhaseOne, PhaseTwo, discriminator_phase, generator_phase};
pub use training::{CURVE_POINTS, GanCurves, GanHistory, GanPictures, GanStep, GanTrainer};

use burn::config::Config;
use burn::tensor::Tensor;
use burn::tensor::activation::{leaky_relu, relu};

/// A hidden layer's activation.
#[derive(Config, Debug, Copy, PartialEq)]
pub enum Activation {
    /// `"relu"`.
    Relu,
    /// LeakyReLU with slope 0.2 ("ReLU que gotea", as the DCGAN's discriminator uses).
    LeakyRelu,
}

impl Activation {
    /// Applies it.
    pub fn apply<const D: usize>(self, x: Tensor<D>) -> Tensor<D> {
        match self {
            Self::Relu => relu(x),
            Self::LeakyRelu => leaky_relu(x, 0.2),
        }
    }
}
