//! The judge's messages, shared by every family that generates images: a score (or why there
//! is none) and the shipped judge's facts the page prints beside it.

use serde::{Deserialize, Serialize};

pub use generativa_core::judge::pretrained;
pub use generativa_core::judge::score::{CLASS_NAMES, COVERED_SHARE};
pub use generativa_core::judge::{ClassCount, EpochScore, ImageScore, JudgeError, SCORED_IMAGES};
use generativa_core::run::RunError;

/// Why a set of images was not scored (the run itself is not affected).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum JudgeProblem {
    /// The judge's weights file could not be fetched (the detail is the browser's text).
    Fetch(String),
    /// The weights were refused, or the images could not be scored.
    Judge(JudgeError),
    /// Fashion-MNIST is not loaded (the score compares with its test images).
    NoData,
    /// The run could not generate the images.
    Run(RunError),
}

impl From<JudgeError> for JudgeProblem {
    fn from(e: JudgeError) -> Self {
        Self::Judge(e)
    }
}

impl From<RunError> for JudgeProblem {
    fn from(e: RunError) -> Self {
        Self::Run(e)
    }
}

/// A score of a run's images after some epochs, or why there is none.
pub type ScoreReport = Result<EpochScore, JudgeProblem>;
