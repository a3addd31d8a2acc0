//! Generativa's core: the lecture's models, losses and training steps on burn 0.22, and the
//! Fashion-MNIST data pipeline. No UI code lives here; everything returns plain data.

pub mod data;

#[cfg(feature = "engine")]
pub use burn;

#[cfg(feature = "engine")]
pub mod diagnostics;

#[cfg(feature = "engine")]
pub mod toy_gan;
