//! The dense GAN's messages (slides 1.29–1.33): its settings, progress with both phases'
//! numbers, and its pictures (the latest fakes and the fixed codings' film strip). The DCGAN
//! (slide 1.34) uses the same messages, its switches in [`GanSettings::dcgan`].

use serde::{Deserialize, Serialize};

pub use generativa_core::dense_gan::fingerprint::Fingerprint;

use crate::GanNumbers;
use crate::grey;
use crate::judge::{EpochScore, ScoreReport};

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
    /// The DCGAN's guideline switches (a DCGAN run's; none for the dense GAN).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dcgan: Option<crate::dcgan::DcganSwitches>,
    /// The training images one epoch passes over, if fewer than all 55,000 (a DCGAN small
    /// run's 10,000).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub train_images: Option<u32>,
}

impl GanSettings {
    /// Géron's DCGAN settings (slide 1.34): 2 epochs (the Keras reference's), batch 32,
    /// RMSprop 0.001, seed 42, the guidelines as in the book.
    pub fn dcgan() -> Self {
        Self {
            epochs: 2,
            dcgan: Some(crate::dcgan::DcganSwitches::default()),
            ..Self::default()
        }
    }
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
            dcgan: None,
            train_images: None,
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

/// A batch of steps done.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GanProgress {
    /// Their numbers.
    pub steps: Vec<GanNumbers>,
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
    pub steps: Vec<GanNumbers>,
    /// The judge's scores of the epochs so far.
    pub scores: Vec<EpochScore>,
}

/// Both networks' weights, each in one short code (slide 1.31).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct GanFingerprints {
    /// The generator's.
    pub generator: Fingerprint,
    /// The discriminator's.
    pub discriminator: Fingerprint,
}

/// The step-mode copy the engine steps (slides 1.31–1.32): where it stands.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GanStepSession {
    /// Whether it is a copy of the student's run (else a fresh run with the lecture's settings).
    pub copy_of_run: bool,
    /// Epochs done.
    pub epochs_done: u32,
    /// Steps done in the current epoch.
    pub step_in_epoch: u32,
    /// The weights now.
    pub weights: GanFingerprints,
}

/// What phase 1 of a step did (`discriminator.train_on_batch(X_fake_and_real, y1)`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GanPhaseOne {
    /// 1-based epoch of the step.
    pub epoch: u32,
    /// 1-based step within the epoch.
    pub step: u32,
    /// `X_fake_and_real`: the fakes, then the reals.
    #[serde(with = "grey::images")]
    pub images: Vec<Vec<u8>>,
    /// `y1`.
    pub targets: Vec<f32>,
    /// D's output on each image before its update.
    pub before: Vec<f32>,
    /// And after.
    pub after: Vec<f32>,
    /// D's loss.
    pub loss: f32,
    /// The weights before the phase.
    pub weights_before: GanFingerprints,
    /// And after.
    pub weights_after: GanFingerprints,
}

/// What phase 2 of a step did (`gan.train_on_batch(noise, y2)`, D frozen).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GanPhaseTwo {
    /// The step it completed (both losses, D(x), D(G(z))).
    pub numbers: GanNumbers,
    /// Epochs done after the step.
    pub epochs_done: u32,
    /// Steps done in the epoch after the step.
    pub step_in_epoch: u32,
    /// The fakes of fresh noise, before G's update.
    #[serde(with = "grey::images")]
    pub fakes: Vec<Vec<u8>>,
    /// `y2`.
    pub targets: Vec<f32>,
    /// D's output on each fake before G's update.
    pub before: Vec<f32>,
    /// D's output on the same noise's fakes after G's update.
    pub after: Vec<f32>,
    /// G's loss.
    pub loss: f32,
    /// The weights before the phase.
    pub weights_before: GanFingerprints,
    /// And after.
    pub weights_after: GanFingerprints,
}

/// D's verdicts on a strip of real and generated images (slide 1.30).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GanVerdicts {
    /// Epochs done by the run judged.
    pub epochs_done: u32,
    /// Steps of the run so far.
    pub steps: u64,
    /// Real validation images.
    #[serde(with = "grey::images")]
    pub reals: Vec<Vec<u8>>,
    /// D's probability that each is real.
    pub real: Vec<f32>,
    /// Images of fixed codings.
    #[serde(with = "grey::images")]
    pub fakes: Vec<Vec<u8>>,
    /// D's probability that each is real.
    pub fake: Vec<f32>,
}

/// The generator's images of the codings a page sent (slide 1.29).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GanGenerated {
    /// The request's number, as sent.
    pub request: u32,
    /// Epochs done by the generator used.
    pub epochs_done: u32,
    /// One image per coding.
    #[serde(with = "grey::images")]
    pub images: Vec<Vec<u8>>,
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
    /// A new step-mode copy: of the student's run if there is one, else a fresh lecture run.
    StepBegin,
    /// One phase (1 or 2) of the step-mode copy's next step.
    StepPhase {
        /// 1 or 2.
        phase: u8,
    },
    /// D's verdicts on real and generated images (the student's run).
    Verdicts,
    /// The generator's images of these codings (`n × 30` numbers, row after row).
    Generate {
        /// A number the answer carries back.
        request: u32,
        /// The codings.
        codings: Vec<f32>,
    },
    /// Both networks of these settings, layer by layer (the DCGAN's architecture).
    Describe(GanSettings),
    /// The generator's maps on the way to the image of one of the run's fixed codings (the
    /// DCGAN's transposed convolutions at work).
    Maps {
        /// Which fixed coding (the film strip's, from 0).
        coding: u32,
    },
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
    /// The judge's score of the run after an epoch (or why there is none).
    Scored(ScoreReport),
    /// A step-mode copy is ready.
    StepReady(GanStepSession),
    /// Phase 1 of the copy's step.
    PhaseOne(GanPhaseOne),
    /// Phase 2 of the copy's step.
    PhaseTwo(GanPhaseTwo),
    /// D's verdicts.
    Verdicts(GanVerdicts),
    /// The generator's images.
    Generated(GanGenerated),
    /// Both networks of the settings asked about, layer by layer.
    Described(crate::dcgan::DcganDescribed),
    /// The generator's maps for one fixed coding.
    Maps(crate::dcgan::DcganMaps),
}
