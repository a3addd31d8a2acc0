//! The lecture's GAN on Fashion-MNIST (slides 1.29–1.33, Géron's handson-ml3 ch. 17): a dense
//! generator and discriminator, trained by the two phases of `train_gan` that every GAN family
//! shares ([`crate::gan`]), each updating only its own network.

#[cfg(feature = "engine")]
pub mod discriminator;
pub mod fingerprint;
#[cfg(feature = "engine")]
pub mod generator;
#[cfg(feature = "engine")]
pub mod inspect;
pub mod pretrained;
#[cfg(feature = "engine")]
pub mod step_mode;
#[cfg(feature = "engine")]
pub mod training;

#[cfg(feature = "engine")]
pub use crate::gan::{
    Activation, PhaseOne, PhaseTwo, binary_cross_entropy, discriminator_phase, generator_phase,
};
#[cfg(feature = "engine")]
pub use discriminator::{Discriminator, DiscriminatorConfig};
#[cfg(feature = "engine")]
pub use generator::{Generator, GeneratorConfig};
#[cfg(feature = "engine")]
pub use training::{
    DenseGan, DenseGanHistory, DenseGanTrainer, DenseGanTrainingConfig, GanPictures, GanStep, MODEL,
};
