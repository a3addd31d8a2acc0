//! The DCGAN as a GAN family: its training config (the schedule of slide 1.32's loop and both
//! networks' shapes, every guideline switch a field) and how the shared run ([`GanTrainer`])
//! calls its networks. Its pixels are in [−1, 1] (`X_train * 2 − 1`, the generator's tanh).

use burn::config::Config;
use burn::tensor::{Device, Tensor};

use super::{Discriminator, DiscriminatorConfig, Generator, GeneratorConfig};
use crate::gan::{GanFamily, GanTrainer, Statistics};
use crate::optim::OptimizerKind;
use crate::rng::Rng;
use crate::run::{RunError, Setting, limit};

/// The model id of the DCGAN's runs and checkpoints.
pub const MODEL: &str = "dcgan";

/// A DCGAN training run on Fashion-MNIST.
pub type DcganTrainer = GanTrainer<Dcgan>;

/// The DCGAN family: slide 1.34's convolutional generator and discriminator.
#[derive(Debug, Clone, Copy)]
pub struct Dcgan;

impl GanFamily for Dcgan {
    const MODEL: &'static str = MODEL;
    type Config = DcganTrainingConfig;
    type Generator = Generator;
    type Discriminator = Discriminator;

    fn networks(
        config: &DcganTrainingConfig,
        rng: &mut Rng,
        device: &Device,
    ) -> (Generator, Discriminator) {
        let generator = config.generator.init(rng, device);
        let discriminator = config.discriminator.init(rng, device);
        (generator, discriminator)
    }

    fn generate(generator: &Generator, codings: Tensor<2>, statistics: Statistics) -> Tensor<3> {
        generator.forward(codings, statistics)
    }

    fn logits(
        discriminator: &Discriminator,
        images: Tensor<3>,
        statistics: Statistics,
        dropout: Option<&mut Rng>,
    ) -> Tensor<2> {
        discriminator.logits(images, statistics, dropout)
    }

    fn from_unit(images: Tensor<3>) -> Tensor<3> {
        images.mul_scalar(2.0).sub_scalar(1.0) // X_train * 2 − 1
    }

    fn to_unit(images: Tensor<3>) -> Tensor<3> {
        images.add_scalar(1.0).mul_scalar(0.5)
    }
}

/// Hyper-parameters of a DCGAN training run.
#[derive(Config, Debug)]
pub struct DcganTrainingConfig {
    /// Passes over the 55,000 training images.
    #[config(default = 50)]
    pub epochs: usize,
    /// Real images per step (and as many fakes).
    #[config(default = 32)]
    pub batch_size: usize,
    /// The generator's learning rate.
    #[config(default = 0.001)]
    pub generator_learning_rate: f64,
    /// The discriminator's learning rate.
    #[config(default = 0.001)]
    pub discriminator_learning_rate: f64,
    /// RMSprop (Géron's), Nadam or Adam.
    #[config(default = "OptimizerKind::RmsProp")]
    pub optimizer: OptimizerKind,
    /// The training images one epoch passes over, the first ones of the 55,000 (a small run
    /// of slide 1.34's experiment table passes over 10,000).
    #[config(default = 55_000)]
    pub train_images: usize,
    /// Images in `shuffle`'s buffer.
    #[config(default = 1000)]
    pub shuffle_buffer: usize,
    /// Seed of the initial weights, the shuffles, the noise and the dropout masks.
    #[config(default = 42)]
    pub seed: u64,
    /// The generator.
    #[config(default = "GeneratorConfig::new()")]
    pub generator: GeneratorConfig,
    /// The discriminator.
    #[config(default = "DiscriminatorConfig::new()")]
    pub discriminator: DiscriminatorConfig,
}

impl DcganTrainingConfig {
    /// Checks every hyper-parameter against the limits table ([`crate::run::limit`]).
    pub fn validate(&self) -> Result<(), RunError> {
        let check = |setting, value: f64| limit(MODEL, setting).check(value);
        check(Setting::Epochs, self.epochs as f64)?;
        check(Setting::BatchSize, self.batch_size as f64)?;
        check(Setting::LearningRate, self.generator_learning_rate)?;
        check(Setting::LearningRate, self.discriminator_learning_rate)?;
        check(Setting::Seed, self.seed as f64)?;
        check(Setting::CodingsSize, self.generator.codings_size as f64)?;
        check(Setting::Dropout, self.discriminator.dropout)?;
        check(Setting::TrainImages, self.train_images as f64)?;
        let (g, d) = (&self.generator, &self.discriminator);
        for channels in [
            g.base_channels,
            g.middle_channels,
            d.first_channels,
            d.second_channels,
        ] {
            check(Setting::Channels, channels as f64)?;
        }
        for units in [g.dense_hidden, d.dense_hidden] {
            if units > 0 {
                check(Setting::HiddenUnits, units as f64)?;
            }
        }
        // A buffer of 0 would hand out nothing; it is not a student's setting.
        check(Setting::BatchSize, self.shuffle_buffer.max(1) as f64)?;
        Ok(())
    }
}

crate::gan_run_config!(DcganTrainingConfig, train_images);
