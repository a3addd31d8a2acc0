//! The dense GAN as a GAN family: its training config (slides 1.31–1.32's settings and both
//! networks' shapes) and how the shared run ([`GanTrainer`]) calls its two networks. Its pixels
//! are in [0, 1], as `X_train / 255` and the generator's sigmoid give them.

use burn::config::Config;
use burn::tensor::{Device, Tensor};

use super::{Discriminator, DiscriminatorConfig, Generator, GeneratorConfig};
use crate::gan::{GanFamily, GanHistory, GanTrainer, Statistics};
use crate::optim::OptimizerKind;
use crate::rng::Rng;
use crate::run::{RunError, Setting, limit};

pub use crate::gan::{CURVE_POINTS, GanPictures, GanStep};

/// The model id of the dense GAN's runs and checkpoints.
pub const MODEL: &str = "dense-gan";

/// A dense GAN training run on Fashion-MNIST.
pub type DenseGanTrainer = GanTrainer<DenseGan>;

/// What a dense GAN run has recorded.
pub type DenseGanHistory = GanHistory;

/// The dense GAN family: slide 1.29's generator and slide 1.30's discriminator.
#[derive(Debug, Clone, Copy)]
pub struct DenseGan;

impl GanFamily for DenseGan {
    const MODEL: &'static str = MODEL;
    type Config = DenseGanTrainingConfig;
    type Generator = Generator;
    type Discriminator = Discriminator;

    fn networks(
        config: &DenseGanTrainingConfig,
        rng: &mut Rng,
        device: &Device,
    ) -> (Generator, Discriminator) {
        let generator = config.generator.init(rng, device);
        let discriminator = config.discriminator.init(rng, device);
        (generator, discriminator)
    }

    fn generate(generator: &Generator, codings: Tensor<2>, _: Statistics) -> Tensor<3> {
        generator.forward(codings)
    }

    fn logits(
        discriminator: &Discriminator,
        images: Tensor<3>,
        _: Statistics,
        _: Option<&mut Rng>,
    ) -> Tensor<2> {
        discriminator.logits(images)
    }
}

/// Hyper-parameters of a dense GAN training run.
#[derive(Config, Debug)]
pub struct DenseGanTrainingConfig {
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
    /// RMSprop (the lecture's), Nadam (which collapsed in the book) or Adam.
    #[config(default = "OptimizerKind::RmsProp")]
    pub optimizer: OptimizerKind,
    /// Images in `shuffle`'s buffer.
    #[config(default = 1000)]
    pub shuffle_buffer: usize,
    /// Seed of the initial weights, the shuffles and the noise.
    #[config(default = 42)]
    pub seed: u64,
    /// The generator.
    #[config(default = "GeneratorConfig::new()")]
    pub generator: GeneratorConfig,
    /// The discriminator.
    #[config(default = "DiscriminatorConfig::new()")]
    pub discriminator: DiscriminatorConfig,
}

impl DenseGanTrainingConfig {
    /// Checks every hyper-parameter against the limits table ([`crate::run::limit`]).
    pub fn validate(&self) -> Result<(), RunError> {
        let check = |setting, value: f64| limit(MODEL, setting).check(value);
        check(Setting::Epochs, self.epochs as f64)?;
        check(Setting::BatchSize, self.batch_size as f64)?;
        check(Setting::LearningRate, self.generator_learning_rate)?;
        check(Setting::LearningRate, self.discriminator_learning_rate)?;
        check(Setting::Seed, self.seed as f64)?;
        check(Setting::CodingsSize, self.generator.codings_size as f64)?;
        let units = self
            .generator
            .hidden
            .iter()
            .chain(&self.discriminator.hidden);
        for &size in units {
            check(Setting::HiddenUnits, size as f64)?;
        }
        if self.generator.hidden.is_empty() || self.discriminator.hidden.is_empty() {
            check(Setting::HiddenUnits, 0.0)?;
        }
        for layers in [&self.generator.hidden, &self.discriminator.hidden] {
            check(Setting::HiddenLayers, layers.len() as f64)?;
        }
        // The networks are made for Fashion-MNIST's 28 × 28 images (a checkpoint could say
        // otherwise; a form cannot).
        let (rows, cols) = (self.generator.rows, self.generator.cols);
        if [rows, cols] != [28, 28] || self.discriminator.pixels != 28 * 28 {
            return Err(RunError::ImageSize {
                expected: [28, 28],
                found: [rows, cols],
            });
        }
        // A buffer of 0 would hand out nothing; it is not a student's setting.
        check(Setting::BatchSize, self.shuffle_buffer.max(1) as f64)?;
        Ok(())
    }
}

crate::gan_run_config!(DenseGanTrainingConfig);
