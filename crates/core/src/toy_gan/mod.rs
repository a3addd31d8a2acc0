//! The toy GAN of slides 1.11–1.28: a 3×3-pixel "tic-tac-toe" screen where the only good
//! pictures are an X (or an O), a one-neuron discriminator and a one-input generator, their
//! losses, their hand-derived gradients, and training by burn's autodiff.
//!
//! `screen`, `rng`, `by_hand` and `hand_gradients` are plain numbers and build without burn
//! (the page's calculators use them); the models and the trainer need the `engine` feature.

pub mod by_hand;
pub mod hand_gradients;
pub mod rng;
pub mod screen;

#[cfg(feature = "engine")]
pub mod discriminator;
#[cfg(feature = "engine")]
pub mod generator;
#[cfg(feature = "engine")]
pub mod loss;
#[cfg(feature = "engine")]
pub mod training;

#[cfg(feature = "engine")]
pub use discriminator::{Discriminator, DiscriminatorConfig};
#[cfg(feature = "engine")]
pub use generator::{Generator, GeneratorConfig};
pub use screen::{O_PATTERN, PIXELS, Screen, X_PATTERN};
#[cfg(feature = "engine")]
pub use training::{
    MODEL, RoundReport, StepCurves, StepReport, ToyGanHistory, ToyGanSnapshot, ToyGanTrainer,
    ToyGanTrainingConfig,
};
