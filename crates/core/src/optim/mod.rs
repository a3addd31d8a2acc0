//! The optimizers the lecture's models use: Nadam (the VAE's `compile`, as Keras has it),
//! RMSprop (the GANs' `compile`, as Keras has it) and Adam, each selectable by every family
//! that trains. Each keeps a state of our own, so that a checkpoint's state is loaded onto the
//! run's device ([`with_load_device`]).

pub mod adam;
pub mod nadam;
pub mod rmsprop;

use std::cell::RefCell;

use burn::config::Config;
use burn::optim::ModuleOptimizer;
use burn::tensor::Device;

pub use adam::{Adam, AdamConfig};
pub use nadam::{Nadam, NadamConfig};
pub use rmsprop::{RmsProp, RmsPropConfig, keras_rmsprop};

thread_local! {
    static LOAD_DEVICE: RefCell<Option<Device>> = const { RefCell::new(None) };
}

/// Runs `f` (an optimizer record being loaded) with the states it creates placed on `device`.
/// burn's loader hands the states its default device, which in the browser engine is a WebGPU
/// device that may not exist (a CPU page): creating a tensor there would abort the engine.
pub fn with_load_device<R>(device: &Device, f: impl FnOnce() -> R) -> R {
    LOAD_DEVICE.with(|d| *d.borrow_mut() = Some(device.clone()));
    let result = f();
    LOAD_DEVICE.with(|d| *d.borrow_mut() = None);
    result
}

/// The device set by [`with_load_device`], if a load is under way.
fn load_device() -> Option<Device> {
    LOAD_DEVICE.with(|d| d.borrow().clone())
}

/// Which optimizer trains.
#[derive(Config, Debug, Copy, PartialEq, Eq)]
pub enum OptimizerKind {
    /// Nadam, the VAE lecture's (`optimizer="nadam"`), matching Keras.
    Nadam,
    /// burn's Adam (ε = 1e-7 as Keras).
    Adam,
    /// RMSprop with Keras' defaults (ρ 0.9, ε 1e-7, no momentum), the GAN lecture's.
    RmsProp,
}

impl OptimizerKind {
    /// A fresh optimizer of this kind (the learning rate is given at each step).
    pub fn init(self) -> ModuleOptimizer {
        match self {
            Self::Nadam => NadamConfig::new().init(),
            Self::Adam => AdamConfig::new().with_epsilon(1e-7).init(),
            Self::RmsProp => keras_rmsprop(),
        }
    }
}
