//! The DCGAN of slide 1.34 (Géron's handson-ml3 ch. 17): a convolutional generator and
//! discriminator on Fashion-MNIST, trained by the same two phases as the dense GAN
//! ([`crate::gan`]), with the DCGAN guidelines as switches of its config.

#[cfg(feature = "engine")]
pub mod discriminator;
#[cfg(feature = "engine")]
pub mod dropout;
#[cfg(feature = "engine")]
pub mod generator;
#[cfg(feature = "engine")]
pub mod layers;
#[cfg(feature = "engine")]
pub mod maps;
pub mod pretrained;
pub mod summary;
#[cfg(feature = "engine")]
pub mod training;

#[cfg(feature = "engine")]
pub use discriminator::{Discriminator, DiscriminatorConfig, Downsampling};
#[cfg(feature = "engine")]
pub use generator::{Generator, GeneratorConfig, GeneratorMaps, Upsampling};
#[cfg(feature = "engine")]
pub use training::{Dcgan, DcganTrainer, DcganTrainingConfig, MODEL};
