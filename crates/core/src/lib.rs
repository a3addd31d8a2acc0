//! Generativa's core: the lecture's models, losses and training steps on burn 0.22, and the
//! Fashion-MNIST data pipeline. No UI code lives here; everything returns plain data.

pub mod data;
pub mod rng;
pub mod run;

#[cfg(feature = "engine")]
pub use burn;

#[cfg(feature = "engine")]
pub mod batches;

#[cfg(feature = "engine")]
pub mod dense;

#[cfg(feature = "engine")]
pub mod dense_product;

#[cfg(feature = "engine")]
pub mod same_conv;

#[cfg(feature = "engine")]
pub mod optim;

#[cfg(feature = "engine")]
pub mod pooling;

#[cfg(feature = "engine")]
pub mod output_sigmoid;

#[cfg(feature = "engine")]
pub mod diagnostics;

pub mod vae;

pub mod toy_gan;

#[cfg(feature = "engine")]
pub mod gan;

pub mod dense_gan;

pub mod dcgan;

pub mod judge;

pub mod progan;

#[cfg(feature = "engine")]
pub mod fuzz;
