//! The toy GAN's messages (slides 1.24–1.28): its settings, what to train next, and its
//! reports.

use serde::{Deserialize, Serialize};

/// The toy GAN's model id (as in its checkpoints).
pub const MODEL: &str = "toy-gan";

/// Hyper-parameters of a toy GAN run (slides 1.24–1.28), as the page sends them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ToySettings {
    /// Adam's learning rate, for both networks.
    pub learning_rate: f64,
    /// Seed of the initial weights, the real pictures and the z values.
    pub seed: u64,
    /// Whether the real pictures include O's (two modes).
    pub with_o: bool,
}

impl Default for ToySettings {
    fn default() -> Self {
        Self {
            learning_rate: 0.01,
            seed: 7,
            with_o: false,
        }
    }
}

/// What the toy GAN should do next.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum ToyAction {
    /// One discriminator step.
    DiscriminatorStep,
    /// One generator step.
    GeneratorStep,
    /// This many rounds (a discriminator step, then a generator step).
    Rounds(u32),
}

/// Which network a step trained.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum ToyNetwork {
    /// The discriminator.
    Discriminator,
    /// The generator.
    Generator,
}

/// One training step's numbers.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct ToyStep {
    /// The network the step updated.
    pub network: ToyNetwork,
    /// This network's step number (1 for its first step).
    pub index: u32,
    /// The loss before the update.
    pub loss: f32,
    /// Mean D(x) over the step's real pictures.
    pub d_real: f32,
    /// Mean D(G(z)) over the step's generated pictures.
    pub d_fake: f32,
}

/// Both networks' parameters and the pictures of the showcase z values.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct ToyWeights {
    /// Generator weights uⱼ (9).
    pub generator_weights: Vec<f32>,
    /// Generator biases vⱼ (9).
    pub generator_biases: Vec<f32>,
    /// Discriminator weights wⱼ (9).
    pub discriminator_weights: Vec<f32>,
    /// Discriminator bias c (added: the slides' b is −c).
    pub discriminator_bias: f32,
    /// G(z) for each showcase z, 9 values each.
    pub pictures: Vec<Vec<f32>>,
}

/// The toy GAN after a reset or after some training.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ToyReport {
    /// The run's settings.
    pub settings: ToySettings,
    /// Rounds completed.
    pub rounds: u32,
    /// Discriminator steps completed.
    pub discriminator_steps: u32,
    /// Generator steps completed.
    pub generator_steps: u32,
    /// The steps done since the last report (empty after a reset).
    pub steps: Vec<ToyStep>,
    /// The parameters now.
    pub weights: ToyWeights,
    /// Milliseconds the engine spent on this request.
    pub millis: f64,
}

/// Page → engine, for the toy GAN.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum ToyCommand {
    /// Start a new run from random weights (replaces the old run only if valid).
    Reset(ToySettings),
    /// Train.
    Train(ToyAction),
}

/// Engine → page, for the toy GAN.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum ToyEvent {
    /// The run after a reset or some training.
    Report(ToyReport),
    /// A run loaded from a checkpoint, with its history (both losses thinned to bounded
    /// curves; `index` is the network's step count at a bucket's end, the numbers its mean).
    Loaded {
        /// The run now.
        report: ToyReport,
        /// Its history.
        steps: Vec<ToyStep>,
    },
}
