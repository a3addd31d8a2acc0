//! The one error type of every run: each variant carries numbers, never a sentence, so that the
//! engine sends it to the page as data and the page words it (in Spanish or English).

use serde::{Deserialize, Serialize};
use thiserror::Error;

use super::checkpoint::CheckpointError;
use super::limits::SettingError;

/// Why a run cannot start or go on. `Display` is a short English line for logs and tests; the
/// page has its own wording.
#[derive(Debug, Error, Clone, PartialEq, Serialize, Deserialize)]
pub enum RunError {
    /// A setting is outside its limits (see [`super::limit`]).
    #[error("{0}")]
    Setting(SettingError),
    /// A loss became NaN or infinite: the weights are lost, only a new run helps.
    #[error("the loss stopped being a finite number ({value}) at epoch {epoch}, step {step}")]
    NotFinite {
        /// 1-based epoch (0 when the model has no epochs).
        epoch: usize,
        /// 1-based step within the epoch (or the step count).
        step: usize,
        /// The value read (NaN or ±∞; JSON has no such numbers, so it travels as text).
        #[serde(with = "any_f32")]
        value: f32,
    },
    /// Reading results back from the device failed (the detail is the backend's own text).
    #[error("reading results from the device failed: {0}")]
    Read(String),
    /// The data set has too few training images for the model's split.
    #[error("the model needs more than {need} training images; there are {have}")]
    TooFewImages {
        /// Images needed (strictly more than this).
        need: usize,
        /// Images present.
        have: usize,
    },
    /// The images are not the size the model expects.
    #[error("images must be {expected:?} pixels; they are {found:?}")]
    ImageSize {
        /// Rows and columns the model expects.
        expected: [usize; 2],
        /// Rows and columns of the data.
        found: [usize; 2],
    },
    /// A phase of step mode was asked out of order (phase 2 needs its phase 1, phase 1 a
    /// finished step or a run with epochs left).
    #[error("phase {asked} cannot run now: the step mode goes phase 1, phase 2, phase 1…")]
    PhaseOrder {
        /// The phase asked for (1 or 2).
        asked: u8,
    },
    /// A checkpoint file was refused (the run the user had is untouched).
    #[error("{0}")]
    Checkpoint(CheckpointError),
}

impl From<SettingError> for RunError {
    fn from(e: SettingError) -> Self {
        Self::Setting(e)
    }
}

impl From<CheckpointError> for RunError {
    fn from(e: CheckpointError) -> Self {
        Self::Checkpoint(e)
    }
}

#[cfg(feature = "engine")]
impl From<burn::tensor::ExecutionError> for RunError {
    fn from(e: burn::tensor::ExecutionError) -> Self {
        Self::Read(format!("{e:?}"))
    }
}

impl RunError {
    /// Whether the run's weights are lost (a diverged run can only be reset, not resumed).
    pub fn diverged(&self) -> bool {
        matches!(self, Self::NotFinite { .. })
    }
}

/// An `f32` as JSON, NaN and infinities included (as the strings `"NaN"`, `"inf"`, `"-inf"`).
mod any_f32 {
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(v: &f32, s: S) -> Result<S::Ok, S::Error> {
        if v.is_finite() {
            s.serialize_f32(*v)
        } else {
            s.serialize_str(&v.to_string())
        }
    }

    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Number {
        Finite(f32),
        Text(String),
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<f32, D::Error> {
        match Number::deserialize(d)? {
            Number::Finite(v) => Ok(v),
            Number::Text(t) => t.parse().map_err(serde::de::Error::custom),
        }
    }
}
