//! What every training run shares, whatever its model: the errors that stop a run (as data, so
//! the page words them in the reader's language), the limits of every setting, the checkpoint
//! file, and bounded loss curves.
//!
//! The container and the limits are plain data (the page uses them too); turning burn modules and
//! optimizers into checkpoint sections needs the `engine` feature ([`records`]).

mod checkpoint;
mod curve;
mod error;
mod limits;
#[cfg(feature = "engine")]
pub mod records;

pub use checkpoint::{
    CHECKPOINT_VERSION, Checkpoint, CheckpointError, MAGIC, MAX_CHECKPOINT_BYTES, Section,
};
pub use curve::{Curve, CurvePoint, means_side_by_side};
pub use error::RunError;
pub use limits::{Limit, Setting, SettingError, limit};
