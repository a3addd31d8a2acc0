//! The lecture's GAN on Fashion-MNIST (slides 1.29–1.33, Géron's handson-ml3 ch. 17): a dense
//! generator and discriminator, the binary cross-entropy on the discriminator's sigmoid output,
//! and the two phases of `train_gan`, each updating only its own network.

pub mod discriminator;
pub mod generator;
pub mod loss;
pub mod phases;
pub mod training;

pub use discriminator::{Discriminator, DiscriminatorConfig};
pub use generator::{Generator, GeneratorConfig};
pub use loss::binary_cross_entropy;
pub use phases::{PhaseOne, PhaseTwo, discriminator_phase, generator_phase};
pub use training::{
    DenseGanHistory, DenseGanTrainer, DenseGanTrainingConfig, GanPictures, GanStep, MODEL,
};

use burn::config::Config;
use burn::tensor::Tensor;
use burn::tensor::activation::{leaky_relu, relu};

/// The hidden layers' activation.
#[derive(Config, Debug, Copy, PartialEq)]
pub enum Activation {
    /// `"relu"`, the lecture's.
    Relu,
    /// LeakyReLU with slope 0.2 (as the DCGAN's discriminator uses).
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
