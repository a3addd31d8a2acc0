//! The toy GAN of slides 1.11–1.28: a 3×3-pixel "tic-tac-toe" screen where the only good
//! pictures are an X (or an O), a one-neuron discriminator and a one-input generator, their
//! losses, their hand-derived gradients, and training by burn's autodiff.

pub mod discriminator;
pub mod generator;
pub mod hand_gradients;
pub mod loss;
pub mod rng;
pub mod screen;
pub mod training;

pub use discriminator::{Discriminator, DiscriminatorConfig};
pub use generator::{Generator, GeneratorConfig};
pub use screen::{O_PATTERN, PIXELS, Screen, X_PATTERN};
pub use training::{RoundReport, StepReport, ToyGanSnapshot, ToyGanTrainer, ToyGanTrainingConfig, ToyGanError};
