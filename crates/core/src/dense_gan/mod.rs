//! The lecture's GAN on Fashion-MNIST (slides 1.29–1.33, Géron's handson-ml3 ch. 17): a dense
//! generator and discriminator, the binary cross-entropy on the discriminator's sigmoid output,
//! and the two phases of `train_gan`, each updating only its own network.

#[cfg(feature = "engine")]
pub mod discriminator;
pub mod fingerprint;
#[cfg(feature = "engine")]
pub mod generator;
#[cfg(feature = "engine")]
pub mod inspect;
#[cfg(feature = "engine")]
pub mod loss;
#[cfg(feature = "engine")]
pub mod phases;
pub mod pretrained;
#[cfg(feature = "engine")]
pub mod step_mode;
#[cfg(feature = "engine")]
pub mod training;

#[cfg(feature = "engine")]
pub use discriminator::{Discriminator, DiscriminatorConfig};
#[cfg(feature = "engine")]
pub use generator::{Generator, GeneratorConfig};
#[cfg(feature = "engine")]
pub use loss::binary_cross_entropy;
#[cfg(feature = "engine")]
pub use phases::{PhaseOne, PhaseTwo, discriminator_phase, generator_phase};
#[cfg(feature = "engine")]
pub use training::{
    DenseGanHistory, DenseGanTrainer, DenseGanTrainingConfig, GanPictures, GanStep, MODEL,
};

#[cfg(feature = "engine")]
use burn::config::Config;
#[cfg(feature = "engine")]
use burn::tensor::Tensor;
#[cfg(feature = "engine")]
use burn::tensor::activation::{leaky_relu, relu};

/// The hidden layers' activation.
#[cfg(feature = "engine")]
#[derive(Config, Debug, Copy, PartialEq)]
pub enum Activation {
    /// `"relu"`, the lecture's.
    Relu,
    /// LeakyReLU with slope 0.2 (as the DCGAN's discriminator uses).
    LeakyRelu,
}

#[cfg(feature = "engine")]
impl Activation {
    /// Applies it.
    pub fn apply<const D: usize>(self, x: Tensor<D>) -> Tensor<D> {
        match self {
            Self::Relu => relu(x),
            Self::LeakyRelu => leaky_relu(x, 0.2),
        }
    }
}
