//! A GAN family: the two networks a run trains, and the few things the shared run needs to know
//! of them — how the generator turns codings into images, how the discriminator scores images,
//! and the scale of the pixels they work in.

use std::fmt::Debug;

use burn::module::Module;
use burn::tensor::{Device, Tensor};
use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::optim::OptimizerKind;
use crate::rng::Rng;
use crate::run::RunError;

/// Which statistics a batch-normalisation layer uses (Keras' `training` argument): the batch's
/// own (and then it updates its running ones), or the running ones it has kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Statistics {
    /// The batch's mean and variance; the running ones move towards them.
    Batch,
    /// The running mean and variance; nothing is updated.
    Running,
}

/// The settings every GAN run has, whatever its networks (a family's training config).
pub trait GanRunConfig: Clone + Debug + Serialize + DeserializeOwned {
    /// Passes over the training images.
    fn epochs(&self) -> usize;
    /// Sets the passes (a finished run given one more epoch).
    fn set_epochs(&mut self, epochs: usize);
    /// Real images per step (and as many fakes).
    fn batch_size(&self) -> usize;
    /// The generator's learning rate.
    fn generator_learning_rate(&self) -> f64;
    /// The discriminator's learning rate.
    fn discriminator_learning_rate(&self) -> f64;
    /// Which optimizer trains both networks.
    fn optimizer(&self) -> OptimizerKind;
    /// Images in `shuffle`'s buffer.
    fn shuffle_buffer(&self) -> usize;
    /// Seed of the initial weights, the shuffles, the noise and the dropout masks.
    fn seed(&self) -> u64;
    /// Size of the codings the generator turns into images.
    fn codings_size(&self) -> usize;
    /// Checks every setting against the limits table ([`crate::run::limit`]).
    fn validate(&self) -> Result<(), RunError>;
    /// The most training images one epoch passes over (the first ones of the training set;
    /// a family without the setting uses them all).
    fn train_images(&self) -> usize {
        usize::MAX
    }
}

/// Implements [`GanRunConfig`] for a family's training config that has the shared schedule's
/// fields by their usual names (`epochs`, `batch_size`, both learning rates, `optimizer`,
/// `shuffle_buffer`, `seed`, `generator.codings_size`) and an inherent `validate`; optional
/// settings it also has (such as `train_images`) follow its name.
#[macro_export]
macro_rules! gan_run_config {
    ($config:ty $(, $optional:ident)*) => {
        impl $crate::gan::GanRunConfig for $config {
            fn epochs(&self) -> usize {
                self.epochs
            }
            fn set_epochs(&mut self, epochs: usize) {
                self.epochs = epochs;
            }
            fn batch_size(&self) -> usize {
                self.batch_size
            }
            fn generator_learning_rate(&self) -> f64 {
                self.generator_learning_rate
            }
            fn discriminator_learning_rate(&self) -> f64 {
                self.discriminator_learning_rate
            }
            fn optimizer(&self) -> $crate::optim::OptimizerKind {
                self.optimizer
            }
            fn shuffle_buffer(&self) -> usize {
                self.shuffle_buffer
            }
            fn seed(&self) -> u64 {
                self.seed
            }
            fn codings_size(&self) -> usize {
                self.generator.codings_size
            }
            fn validate(&self) -> Result<(), $crate::run::RunError> {
                <$config>::validate(self)
            }
            $(
                fn $optional(&self) -> usize {
                    self.$optional
                }
            )*
        }
    };
}

/// A generator and a discriminator trained together on 28 × 28 Fashion-MNIST images.
pub trait GanFamily: 'static {
    /// The model id of the family's runs and checkpoints.
    const MODEL: &'static str;
    /// The family's training config (schedule and both networks' shapes).
    type Config: GanRunConfig;
    /// The generator.
    type Generator: Module;
    /// The discriminator.
    type Discriminator: Module;

    /// Both networks, fresh, drawn from the run's generator (generator first).
    fn networks(
        config: &Self::Config,
        rng: &mut Rng,
        device: &Device,
    ) -> (Self::Generator, Self::Discriminator);

    /// Images from codings, in the networks' pixel scale.
    ///
    /// # Shapes
    /// - codings: `[batch, codings_size]`
    /// - output: `[batch, 28, 28]`
    fn generate(
        generator: &Self::Generator,
        codings: Tensor<2>,
        statistics: Statistics,
    ) -> Tensor<3>;

    /// The discriminator's score before the sigmoid (logit) of each image, in the networks'
    /// pixel scale. With `dropout` given, its dropout layers drop units drawn from it (a
    /// training pass); without, they pass everything (a prediction).
    ///
    /// # Shapes
    /// - images: `[batch, 28, 28]`
    /// - output: `[batch, 1]`
    fn logits(
        discriminator: &Self::Discriminator,
        images: Tensor<3>,
        statistics: Statistics,
        dropout: Option<&mut Rng>,
    ) -> Tensor<2>;

    /// Real images in [0, 1] (`X_train / 255`) in the networks' pixel scale.
    fn from_unit(images: Tensor<3>) -> Tensor<3> {
        images
    }

    /// The networks' images in [0, 1], to be drawn or judged.
    fn to_unit(images: Tensor<3>) -> Tensor<3> {
        images
    }
}
