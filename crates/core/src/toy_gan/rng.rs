//! The toy GAN's seeded random numbers: the crate's SplitMix64 (see `crate::rng`).

pub use crate::rng::Rng;
