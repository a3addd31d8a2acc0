//! The limits of every training setting, in one table: the engine checks a run's config against
//! it and the page's fields use the same numbers, so a value the form accepts is one the engine
//! takes. A new model family adds its rows here.

use serde::{Deserialize, Serialize};
use thiserror::Error;

/// A setting a student can type.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Setting {
    /// Passes over the training images.
    Epochs,
    /// Images per step.
    BatchSize,
    /// The optimizer's learning rate.
    LearningRate,
    /// The seed of every random draw of the run.
    Seed,
    /// The size of the codings (latent space).
    CodingsSize,
    /// The units of one hidden layer.
    HiddenUnits,
    /// How many hidden layers a dense network has.
    HiddenLayers,
    /// How far the toy GAN's real pictures stray from the pattern.
    Noise,
    /// Rounds of a toy GAN run.
    Rounds,
    /// The fraction of units a dropout layer zeroes while training.
    Dropout,
    /// The channels of a convolution's output maps.
    Channels,
    /// The training images one epoch passes over (a small run's fewer).
    TrainImages,
    /// The levels of a progressive GAN (4 × 4, 8 × 8, …).
    Levels,
    /// The training images of one phase of a progressive GAN's growth.
    PhaseImages,
}

/// The closed range a setting accepts, and whether only whole numbers are allowed.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Limit {
    /// The setting.
    pub setting: Setting,
    /// Smallest value accepted.
    pub min: f64,
    /// Largest value accepted.
    pub max: f64,
    /// Whether only whole numbers are accepted.
    pub integer: bool,
}

/// A value outside its [`Limit`].
#[derive(Debug, Error, Clone, PartialEq, Serialize, Deserialize)]
#[error("{:?} must be {}between {} and {}; got {value}", limit.setting, if limit.integer { "a whole number " } else { "" }, limit.min, limit.max)]
pub struct SettingError {
    /// The limit broken.
    pub limit: Limit,
    /// The value given (NaN when it was not a number at all).
    pub value: f64,
}

impl Limit {
    const fn new(setting: Setting, min: f64, max: f64, integer: bool) -> Self {
        Self {
            setting,
            min,
            max,
            integer,
        }
    }

    /// Whether `value` is accepted.
    pub fn allows(&self, value: f64) -> bool {
        value.is_finite()
            && value >= self.min
            && value <= self.max
            && (!self.integer || value.fract() == 0.0)
    }

    /// `Ok` when `value` is accepted, else the error naming the setting and its bounds.
    pub fn check(&self, value: f64) -> Result<(), SettingError> {
        if self.allows(value) {
            Ok(())
        } else {
            Err(SettingError {
                limit: *self,
                value,
            })
        }
    }
}

/// Largest seed (the page's fields and the address hold 32-bit seeds).
const MAX_SEED: f64 = 4_294_967_295.0;

/// Every model's settings: (model id, limit).
const TABLE: &[(&str, Limit)] = &[
    (
        "dense-gan",
        Limit::new(Setting::HiddenLayers, 1.0, 8.0, true),
    ),
    ("vae", Limit::new(Setting::Epochs, 1.0, 1000.0, true)),
    ("vae", Limit::new(Setting::BatchSize, 1.0, 4096.0, true)),
    ("vae", Limit::new(Setting::LearningRate, 1e-6, 1.0, false)),
    ("vae", Limit::new(Setting::Seed, 0.0, MAX_SEED, true)),
    ("vae", Limit::new(Setting::CodingsSize, 1.0, 512.0, true)),
    ("vae", Limit::new(Setting::HiddenUnits, 1.0, 4096.0, true)),
    ("vae", Limit::new(Setting::HiddenLayers, 1.0, 8.0, true)),
    (
        "toy-gan",
        Limit::new(Setting::LearningRate, 1e-6, 10.0, false),
    ),
    ("toy-gan", Limit::new(Setting::BatchSize, 1.0, 4096.0, true)),
    ("toy-gan", Limit::new(Setting::Seed, 0.0, MAX_SEED, true)),
    ("toy-gan", Limit::new(Setting::Noise, 0.0, 0.5, false)),
    ("toy-gan", Limit::new(Setting::Rounds, 1.0, 20_000.0, true)),
    ("dense-gan", Limit::new(Setting::Epochs, 1.0, 1000.0, true)),
    (
        "dense-gan",
        Limit::new(Setting::BatchSize, 1.0, 4096.0, true),
    ),
    (
        "dense-gan",
        Limit::new(Setting::LearningRate, 1e-6, 1.0, false),
    ),
    ("dense-gan", Limit::new(Setting::Seed, 0.0, MAX_SEED, true)),
    (
        "dense-gan",
        Limit::new(Setting::CodingsSize, 1.0, 512.0, true),
    ),
    (
        "dense-gan",
        Limit::new(Setting::HiddenUnits, 1.0, 4096.0, true),
    ),
    ("dcgan", Limit::new(Setting::Epochs, 1.0, 1000.0, true)),
    ("dcgan", Limit::new(Setting::BatchSize, 1.0, 1024.0, true)),
    ("dcgan", Limit::new(Setting::LearningRate, 1e-6, 1.0, false)),
    ("dcgan", Limit::new(Setting::Seed, 0.0, MAX_SEED, true)),
    ("dcgan", Limit::new(Setting::CodingsSize, 1.0, 512.0, true)),
    ("dcgan", Limit::new(Setting::HiddenUnits, 1.0, 4096.0, true)),
    ("dcgan", Limit::new(Setting::Dropout, 0.0, 0.9, false)),
    ("dcgan", Limit::new(Setting::Channels, 1.0, 512.0, true)),
    (
        "dcgan",
        Limit::new(Setting::TrainImages, 100.0, 55_000.0, true),
    ),
    ("progan", Limit::new(Setting::Levels, 1.0, 4.0, true)),
    ("progan", Limit::new(Setting::BatchSize, 4.0, 256.0, true)),
    (
        "progan",
        Limit::new(Setting::LearningRate, 1e-6, 1.0, false),
    ),
    ("progan", Limit::new(Setting::Seed, 0.0, MAX_SEED, true)),
    ("progan", Limit::new(Setting::CodingsSize, 1.0, 512.0, true)),
    ("progan", Limit::new(Setting::Channels, 1.0, 256.0, true)),
    (
        "progan",
        Limit::new(Setting::PhaseImages, 16.0, 10_000_000.0, true),
    ),
];

/// The limit of `setting` for `model` (a model id such as `"vae"`).
///
/// # Panics
/// When the table has no such row: a programming error, caught by the tests of each family.
pub fn limit(model: &str, setting: Setting) -> Limit {
    TABLE
        .iter()
        .find(|(m, l)| *m == model && l.setting == setting)
        .map(|(_, l)| *l)
        .unwrap_or_else(|| panic!("no limit for {setting:?} of model {model}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn limits_accept_their_bounds_and_refuse_the_rest() {
        let lr = limit("vae", Setting::LearningRate);
        assert!(lr.allows(1e-6) && lr.allows(1.0) && lr.allows(0.001));
        assert!(!lr.allows(0.0) && !lr.allows(1.5) && !lr.allows(f64::NAN));
        let epochs = limit("vae", Setting::Epochs);
        assert!(epochs.allows(25.0) && !epochs.allows(2.5) && !epochs.allows(0.0));
        let e = epochs.check(0.0).unwrap_err();
        assert_eq!((e.limit.min, e.limit.max, e.value), (1.0, 1000.0, 0.0));
    }

    #[test]
    fn every_row_is_unique_and_sane() {
        for (i, (m, l)) in TABLE.iter().enumerate() {
            assert!(l.min <= l.max, "{m} {:?}", l.setting);
            assert!(
                TABLE[i + 1..]
                    .iter()
                    .all(|(m2, l2)| (m2, l2.setting) != (m, l.setting)),
                "{m} {:?} twice",
                l.setting
            );
        }
    }
}
