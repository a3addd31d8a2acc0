//! The model families the engine serves, each behind the same three entry points; the message
//! loop finds a family by its model id, so it names none. Adding a family adds one line to
//! [`FAMILIES`].

use std::future::Future;
use std::pin::Pin;

use generativa_protocol::{Failure, ModelMessage};

pub use crate::stored_runs::Saved;
use crate::{dcgan, dense_gan, progan, toy, vae};

/// A boxed future of the engine's single thread.
pub type Job<T> = Pin<Box<dyn Future<Output = T>>>;

/// One family's entry points.
pub struct Family {
    /// Its model id.
    pub model: &'static str,
    /// Handles one of its own commands (it answers with its own events or a failure).
    pub handle: fn(ModelMessage) -> Job<()>,
    /// Its run as a checkpoint file.
    pub save: fn() -> Job<Result<Saved, Failure>>,
    /// Replaces its run with a checkpoint (answering with its own "loaded" event); the run
    /// stays if the file is refused.
    pub load: fn(Vec<u8>) -> Job<Result<(), Failure>>,
}

/// Every family.
pub const FAMILIES: &[Family] = &[
    vae::FAMILY,
    toy::FAMILY,
    dense_gan::FAMILY,
    dcgan::FAMILY,
    progan::FAMILY,
];

/// The family of `model`.
pub fn find(model: &str) -> Option<&'static Family> {
    FAMILIES.iter().find(|f| f.model == model)
}
