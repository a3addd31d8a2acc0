//! The progressive GAN's messages (slides 1.35–1.39): its settings (the growth schedule and
//! the two switches of slides 1.38–1.39), its progress with the level and α of every step, the
//! fixed codings' images at every level reached, and the three looking labs' answers (the
//! fade-in's two paths, the minibatch standard deviation, pixel normalisation).

use serde::{Deserialize, Serialize};

use crate::GanNumbers;
use crate::judge::ScoreReport;

/// The progressive GAN's model id (as in its checkpoints).
pub const MODEL: &str = "progan";

/// Images of every phase in the "tiny phases" preset (a whole growth in seconds).
pub const TINY_PHASE_IMAGES: u32 = 64;

/// Images of every phase in the class preset (about a quarter of an hour in a laptop's tab).
pub const CLASS_PHASE_IMAGES: u32 = 16_000;

/// Hyper-parameters of a progressive-GAN run, as the page sends them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ProganSettings {
    /// Real images per step (and as many fakes).
    pub batch_size: u32,
    /// Adam's learning rate for both networks.
    pub learning_rate: f64,
    /// Seed of the weights, the order of the images and the noise.
    pub seed: u64,
    /// Training images of each level's stable phase (4 × 4 first).
    pub stable_images: Vec<u32>,
    /// Training images of each new level's fade-in (8 × 8 first).
    pub fade_images: Vec<u32>,
    /// Slide 1.38's layer in the discriminator.
    pub minibatch_std: bool,
    /// Slide 1.39's normalisation in the generator.
    pub pixel_norm: bool,
}

impl ProganSettings {
    /// Every phase `images` long, for the four levels 4 × 4 … 32 × 32.
    pub fn with_phases(images: u32) -> Self {
        Self {
            stable_images: vec![images; 4],
            fade_images: vec![images; 3],
            ..Self::default()
        }
    }

    /// The "tiny phases" preset: the whole growth in a few hundred images.
    pub fn tiny() -> Self {
        Self::with_phases(TINY_PHASE_IMAGES)
    }

    /// Images of the whole schedule.
    pub fn total_images(&self) -> u64 {
        self.stable_images
            .iter()
            .chain(&self.fade_images)
            .map(|&n| u64::from(n))
            .sum()
    }
}

impl Default for ProganSettings {
    /// The class preset: batch 16, Adam 0.001, seed 42, 16,000 images a phase, both switches
    /// on.
    fn default() -> Self {
        Self {
            batch_size: 16,
            learning_rate: 0.001,
            seed: 42,
            stable_images: vec![CLASS_PHASE_IMAGES; 4],
            fade_images: vec![CLASS_PHASE_IMAGES; 3],
            minibatch_std: true,
            pixel_norm: true,
        }
    }
}

/// Page → engine, for the progressive GAN.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum ProganCommand {
    /// A new run (the old one stays if the settings are refused).
    Start(ProganSettings),
    /// Up to this many steps (both phases each), until the schedule ends.
    Train {
        /// Steps asked for.
        steps: u32,
    },
    /// The fixed codings' images now.
    Pictures,
    /// Slide 1.37: a level's two paths and their blend at `alpha`.
    Fade {
        /// The new level (1 = 8 × 8).
        level: u32,
        /// The new path's weight, 0–1.
        alpha: f32,
    },
    /// Slide 1.38: the minibatch standard deviation of real, generated and collapsed batches.
    MinibatchStd,
    /// Slide 1.39: a level's last convolution before and after pixel normalisation.
    PixelNorm {
        /// The level (0 = 4 × 4).
        level: u32,
    },
}

/// One phase of the growth schedule.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct ProganPhase {
    /// Its level (0 = 4 × 4).
    pub level: u32,
    /// A fade-in (else a stable phase).
    pub fade: bool,
    /// Its training images.
    pub images: u32,
}

/// A run that began (or was loaded): its settings and sizes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ProganReady {
    /// The settings.
    pub settings: ProganSettings,
    /// The generator's channels at each level (the discriminator's mirror them).
    pub channels: Vec<u32>,
    /// The size of the codings.
    pub codings_size: u32,
    /// The phases in order.
    pub phases: Vec<ProganPhase>,
    /// The generator's parameters (every level's).
    pub generator_params: u64,
    /// The discriminator's parameters (every level's).
    pub discriminator_params: u64,
}

/// Where a run stands.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct ProganStage {
    /// Training images shown.
    pub images_done: u64,
    /// The level now (0 = 4 × 4).
    pub level: u32,
    /// α now (1 outside fade-ins).
    pub alpha: f32,
    /// Whether the level is fading in.
    pub fading: bool,
    /// Whether the whole schedule is done.
    pub finished: bool,
}

/// A batch of steps done.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ProganProgress {
    /// Their numbers.
    pub steps: Vec<GanNumbers>,
    /// Where the run stands after them.
    pub stage: ProganStage,
    /// Milliseconds the steps took.
    pub train_millis: f64,
    /// Milliseconds of training at each level so far (4 × 4 first).
    pub level_millis: Vec<f64>,
    /// The engine's wasm memory, in bytes.
    pub memory_bytes: u64,
}

/// Images of one side, as grey levels.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ProganImages {
    /// The level (0 = 4 × 4).
    pub level: u32,
    /// Their side in pixels.
    pub side: u32,
    /// The images, `side × side` levels each.
    #[serde(with = "crate::grey::images")]
    pub images: Vec<Vec<u8>>,
}

/// The fixed codings' images now, and as they were when each level ended.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ProganPictures {
    /// Where the run stood.
    pub stage: ProganStage,
    /// The images now.
    pub now: ProganImages,
    /// At the end of each level reached (4 × 4 first).
    pub levels: Vec<ProganImages>,
}

/// A run from a checkpoint file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ProganLoaded {
    /// Its settings and sizes.
    pub ready: ProganReady,
    /// Where it stands.
    pub stage: ProganStage,
    /// Its curves, as bucket means.
    pub steps: Vec<GanNumbers>,
    /// Milliseconds of training at each level.
    pub level_millis: Vec<f64>,
}

/// Slide 1.37's answer: the old path (upsampled), the new one and the blend at α.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ProganFade {
    /// α.
    pub alpha: f32,
    /// The previous level's images, upsampled.
    pub old: ProganImages,
    /// The new level's images.
    pub new: ProganImages,
    /// The generator's output at α.
    pub blend: ProganImages,
}

pub use generativa_core::progan::{PixelNormLook, StdValues};

/// Engine → page, for the progressive GAN.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum ProganEvent {
    /// A new run began.
    Ready(ProganReady),
    /// A batch of steps is done.
    Progress(ProganProgress),
    /// The fixed codings' images.
    Pictures(ProganPictures),
    /// A run was loaded from a file.
    Loaded(ProganLoaded),
    /// Slide 1.37's paths.
    Fade(ProganFade),
    /// Slide 1.38's three values.
    MinibatchStd(StdValues),
    /// Slide 1.39's vectors.
    PixelNorm(PixelNormLook),
    /// The judge's score of the grown generator (epoch = levels grown).
    Scored(ScoreReport),
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn presets_cover_four_levels() {
        let class = ProganSettings::default();
        assert_eq!(class.stable_images.len(), 4);
        assert_eq!(class.fade_images.len(), 3);
        assert_eq!(class.total_images(), 7 * u64::from(CLASS_PHASE_IMAGES));
        assert_eq!(
            ProganSettings::tiny().total_images(),
            7 * u64::from(TINY_PHASE_IMAGES)
        );
    }

    #[test]
    fn commands_round_trip() {
        for command in [
            ProganCommand::Start(ProganSettings::tiny()),
            ProganCommand::Fade {
                level: 2,
                alpha: 0.25,
            },
            ProganCommand::PixelNorm { level: 0 },
        ] {
            let text = serde_json::to_string(&command).unwrap();
            assert_eq!(
                serde_json::from_str::<ProganCommand>(&text).unwrap(),
                command
            );
        }
    }
}
