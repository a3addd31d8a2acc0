//! The dense GAN's messages (slides 1.29–1.33): its settings, progress with both phases'
//! numbers, and its pictures (the latest fakes and the fixed codings' film strip).

use serde::{Deserialize, Serialize};

use crate::grey;

/// The dense GAN's model id (as in its checkpoints).
pub const MODEL: &str = "dense-gan";

/// Which optimizer trains both networks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
pub enum GanOptimizer {
    /// RMSprop as Keras has it, the lecture's.
    #[default]
    RmsProp,
    /// Nadam (the book's first try, which collapsed).
    Nadam,
    /// Adam.
    Adam,
}

/// Hyper-parameters of a dense GAN run, as the page sends them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GanSettings {
    /// Passes over the 55,000 training images.
    pub epochs: u32,
    /// Real images per step (and as many fakes).
    pub batch_size: u32,
    /// The generator's learning rate.
    pub generator_learning_rate: f64,
    /// The discriminator's learning rate.
    pub discriminator_learning_rate: f64,
    /// The optimizer of both networks.
    pub optimizer: GanOptimizer,
    /// Seed of the weights, the shuffles and the noise.
    pub seed: u64,
}

impl Default for GanSettings {
    fn default() -> Self {
        Self {
            epochs: 50,
            batch_size: 32,
            generator_learning_rate: 0.001,
            discriminator_learning_rate: 0.001,
            optimizer: GanOptimizer::RmsProp,
            seed: 42,
        }
    }
}

/// A run that began (or was loaded): its settings and sizes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GanReady {
    /// The settings.
    pub settings: GanSettings,
    /// Steps per epoch (whole batches only).
    pub steps_per_epoch: u32,
    /// The generator's parameters.
    pub generator_params: u64,
    /// The discriminator's parameters.
    pub discriminator_params: u64,
}

/// One step's numbers (x = steps since the run began; a loaded run's points are bucket means).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct GanStepNumbers {
    /// Steps since the run began, at this point.
    pub step: u64,
    /// Phase 1's loss (the discriminator's).
    pub discriminator_loss: f32,
    /// Phase 2's loss (the generator's).
    pub generator_loss: f32,
    /// Mean D(x) on the real images.
    pub d_real: f32,
    /// Mean D(G(z)) on the fakes.
    pub d_fake: f32,
}

/// A batch of steps done.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GanProgress {
    /// Their numbers.
    pub steps: Vec<GanStepNumbers>,
    /// Epochs done.
    pub epochs_done: u32,
    /// Steps done in the current epoch.
    pub step_in_epoch: u32,
    /// Whether every epoch is done.
    pub finished: bool,
    /// Milliseconds the steps took.
    pub train_millis: f64,
    /// The engine's wasm memory, in bytes.
    pub memory_bytes: u64,
}

/// The run's pictures, 784 grey levels (0–255) per image.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GanPicturesMessage {
    /// Epochs done when they were drawn.
    pub epochs_done: u32,
    /// The latest step's fakes.
    #[serde(with = "grey::images")]
    pub fakes: Vec<Vec<u8>>,
    /// The fixed codings' images.
    #[serde(with = "grey::images")]
    pub film: Vec<Vec<u8>>,
}

/// A run loaded from a checkpoint.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GanLoaded {
    /// As for a new run.
    pub ready: GanReady,
    /// Epochs done.
    pub epochs_done: u32,
    /// Steps done in the current epoch.
    pub step_in_epoch: u32,
    /// Whether every epoch is done.
    pub finished: bool,
    /// The curves so far (bucket means).
    pub steps: Vec<GanStepNumbers>,
}

/// Page → engine, for the dense GAN.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum GanCommand {
    /// Start a new run on the loaded Fashion-MNIST (the old run stays if refused).
    Start(GanSettings),
    /// Up to this many steps (both phases each).
    Train {
        /// Most steps to run.
        steps: u32,
    },
    /// The pictures now.
    Pictures,
}

/// Engine → page, for the dense GAN.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum GanEvent {
    /// A new run exists.
    Ready(GanReady),
    /// Steps done.
    Progress(GanProgress),
    /// Pictures (after an epoch's end, or when asked).
    Pictures(GanPicturesMessage),
    /// A checkpoint replaced the run.
    Loaded(GanLoaded),
}
