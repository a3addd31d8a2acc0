//! The VAE's messages (slides 1.1–1.10): settings, progress, pictures, and the inspection
//! queries of the other slides.

use serde::{Deserialize, Serialize};

use crate::grey;
use crate::judge::ScoreReport;

/// The VAE's model id (as in its checkpoints).
pub const MODEL: &str = "vae";

/// Which optimizer trains the VAE.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
pub enum VaeOptimizer {
    /// Nadam, the lecture's.
    #[default]
    Nadam,
    /// Adam.
    Adam,
}

/// Which reconstruction loss the VAE uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
pub enum VaeReconstruction {
    /// Mean squared error (the lecture's code).
    #[default]
    Mse,
    /// Binary cross-entropy.
    Bce,
}

/// Hyper-parameters of a VAE run, as the page sends them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct VaeSettings {
    /// Passes over the 55,000 training images.
    pub epochs: u32,
    /// Images per step.
    pub batch_size: u32,
    /// Learning rate.
    pub learning_rate: f64,
    /// Optimizer.
    pub optimizer: VaeOptimizer,
    /// Reconstruction loss.
    pub reconstruction: VaeReconstruction,
    /// Seed of the weights, the shuffles and the noise.
    pub seed: u64,
}

impl Default for VaeSettings {
    fn default() -> Self {
        Self {
            epochs: 25,
            batch_size: 128,
            learning_rate: 0.001,
            optimizer: VaeOptimizer::Nadam,
            reconstruction: VaeReconstruction::Mse,
            seed: 42,
        }
    }
}

/// One layer of the model, as Keras' `summary()` lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct VaeLayer {
    /// `encoder` or `decoder`.
    pub part: String,
    /// Layer name.
    pub name: String,
    /// Output width.
    pub output: u32,
    /// Trainable values.
    pub params: u32,
}

/// A new VAE run is ready.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct VaeReady {
    /// Its settings.
    pub settings: VaeSettings,
    /// The live model's layers.
    pub layers: Vec<VaeLayer>,
    /// Training images (55,000).
    pub train_size: u32,
    /// Steps per epoch.
    pub steps_per_epoch: u32,
}

/// One training step's losses.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct VaeStep {
    /// 1-based epoch.
    pub epoch: u32,
    /// 1-based step in the epoch.
    pub step: u32,
    /// Total loss.
    pub total: f32,
    /// Reconstruction part.
    pub reconstruction: f32,
    /// Mean latent loss per image (before / 784).
    pub latent: f32,
}

/// An epoch's training and validation losses.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct VaeEpoch {
    /// 1-based epoch.
    pub epoch: u32,
    /// Training total (mean over the epoch).
    pub train_total: f32,
    /// Training reconstruction part.
    pub train_reconstruction: f32,
    /// Training latent part (per image, before / 784).
    pub train_latent: f32,
    /// Validation total.
    pub valid_total: f32,
    /// Validation reconstruction part.
    pub valid_reconstruction: f32,
    /// Validation latent part.
    pub valid_latent: f32,
}

/// What a `VaeTrain` request did.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct VaeProgress {
    /// The steps run.
    pub steps: Vec<VaeStep>,
    /// The epoch that these steps closed, if any.
    pub epoch: Option<VaeEpoch>,
    /// Epochs completed.
    pub epochs_done: u32,
    /// Steps done in the current epoch.
    pub step_in_epoch: u32,
    /// Whether every epoch is done.
    pub finished: bool,
    /// Milliseconds spent training (without validation).
    pub train_millis: f64,
    /// Milliseconds spent on validation and pictures.
    pub other_millis: f64,
    /// The engine's wasm memory, in bytes (it only grows: this is its peak).
    #[serde(default)]
    pub memory_bytes: u64,
}

/// Pictures of the run: `plot_reconstructions`, generated images and the latent map.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct VaePicturesMessage {
    /// Epochs completed when they were drawn.
    pub epochs_done: u32,
    /// Validation images, 784 grey levels (0–255) each.
    #[serde(with = "grey::images")]
    pub originals: Vec<Vec<u8>>,
    /// Their reconstructions.
    #[serde(with = "grey::images")]
    pub reconstructions: Vec<Vec<u8>>,
    /// Images decoded from fixed random codings.
    #[serde(with = "grey::images")]
    pub samples: Vec<Vec<u8>>,
    /// Mean codings of validation images, projected to 2-D (x, y).
    pub latent: Vec<(f32, f32)>,
    /// Class of each latent point.
    pub latent_labels: Vec<u8>,
    /// Share of variance along each axis.
    pub explained: (f32, f32),
}

/// One image encoded twice (slide 1.1).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct VaeTwice {
    /// Which validation image.
    pub index: u32,
    /// Its class.
    pub label: u8,
    /// The image (0–255).
    #[serde(with = "grey::image")]
    pub original: Vec<u8>,
    /// μ.
    pub mean: Vec<f32>,
    /// σ.
    pub sigma: Vec<f32>,
    /// Two sampled codings.
    pub codings: Vec<Vec<f32>>,
    /// Their reconstructions (0–255).
    #[serde(with = "grey::images")]
    pub reconstructions: Vec<Vec<u8>>,
}

/// A VAE run continued from a checkpoint: its settings and layers, where it stands, and its
/// history (step losses thinned to a bounded curve, every epoch).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct VaeLoaded {
    /// As for a new run.
    pub ready: VaeReady,
    /// Epochs done.
    pub epochs_done: u32,
    /// Steps done in the current epoch.
    pub step_in_epoch: u32,
    /// Whether every epoch is done.
    pub finished: bool,
    /// The step losses so far (each point the mean of a bucket of steps; `step` is the run's
    /// step count at the bucket's end).
    pub steps: Vec<VaeStep>,
    /// Every epoch so far.
    pub epochs: Vec<VaeEpoch>,
}

/// Page → engine, for the VAE.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum VaeCommand {
    /// Start a new run on the loaded Fashion-MNIST (the old run stays if refused).
    Start(VaeSettings),
    /// Up to this many steps (closing the epoch, with validation and pictures, if it ends).
    Train {
        /// Most steps to run.
        steps: u32,
    },
    /// Draw the pictures of the current run now.
    Pictures {
        /// Seed of the generated images' codings (the run's fixed codings when 0).
        sample_seed: u64,
    },
    /// Encode validation image `index` twice.
    Twice {
        /// Validation image number.
        index: u32,
    },
    /// Describe the layers (the current run's, else a fresh default model's).
    Describe,
    /// Score 2,000 images of the current run (random codings, decoded) with the judge.
    Score,
    /// Draw `count` codings from N(mean, exp(log_var)) with the sampling layer (slide 1.6).
    Sample {
        /// μ.
        mean: f32,
        /// γ = log σ².
        log_var: f32,
        /// How many.
        count: u32,
    },
}

/// Engine → page, for the VAE.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum VaeEvent {
    /// A run was created.
    Ready(VaeReady),
    /// A run was loaded from a checkpoint.
    Loaded(VaeLoaded),
    /// The layers (answer to `Describe`).
    Layers {
        /// The layers.
        layers: Vec<VaeLayer>,
    },
    /// Training went on.
    Progress(VaeProgress),
    /// Pictures.
    Pictures(VaePicturesMessage),
    /// One image encoded twice.
    Twice(VaeTwice),
    /// The judge's score of the run's generated images (answer to `Score`).
    Scored(ScoreReport),
    /// Draws of the sampling layer.
    Samples {
        /// μ used.
        mean: f32,
        /// γ used.
        log_var: f32,
        /// The draws.
        values: Vec<f32>,
    },
}
