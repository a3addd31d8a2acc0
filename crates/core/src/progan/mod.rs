//! The small progressive GAN of slides 1.35–1.39 (Karras et al., ICLR 2018) on Fashion-MNIST
//! padded to 32 × 32: it grows 4 → 8 → 16 → 32 with fade-ins ([`fade_in`]), has a minibatch
//! standard deviation map in its discriminator ([`minibatch_std`]), pixel normalisation in its
//! generator ([`pixel_norm`]) and the equalised learning rate in every layer ([`equalized`]).

#[cfg(feature = "engine")]
pub mod discriminator;
#[cfg(feature = "engine")]
pub mod equalized;
#[cfg(feature = "engine")]
pub mod fade_in;
#[cfg(feature = "engine")]
pub mod generator;
pub mod growth;
pub mod looks;
#[cfg(feature = "engine")]
pub mod minibatch_std;
#[cfg(feature = "engine")]
pub mod pixel_norm;
pub mod pretrained;
#[cfg(feature = "engine")]
pub mod resample;
#[cfg(feature = "engine")]
pub mod training;

#[cfg(feature = "engine")]
pub use discriminator::{ProganDiscriminator, ProganDiscriminatorConfig};
#[cfg(feature = "engine")]
pub use generator::{ProganGenerator, ProganGeneratorConfig};
pub use growth::{Growth, Phase, Position, Stage};
pub use looks::{FadeLook, LevelPictures, PixelNormLook, StdValues};
#[cfg(feature = "engine")]
pub use training::{
    MODEL, ProganHistory, ProganStep, ProganTrainer, ProganTrainingConfig, real_at,
};
