//! The optimizers the lecture's models use: Nadam (the VAE's `compile`, as Keras has it),
//! RMSprop (the GANs' `compile`, as Keras has it) and Adam, each selectable by every family
//! that trains. Each keeps a state of our own, so that a checkpoint's state is loaded onto the
//! run's device ([`with_load_device`]).

pub mod adam;
pub mod nadam;
pub mod rmsprop;
pub mod rmsprop_update;

use std::cell::RefCell;
use std::collections::HashMap;

use burn::config::Config;
use burn::optim::{ModuleOptimizer, StateSink, StateSource};
use burn::tensor::{Device, Tensor, TensorData, Transaction};

use crate::run::RunError;

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

/// How a state's tensors are written (see [`read_states`]): read one by one (the CPU, and
/// WebGPU outside a browser), gathered for one asynchronous read, or taken from that read.
enum Export {
    Direct,
    Gather(Vec<(String, Tensor<1>, Vec<usize>)>),
    Replay(HashMap<String, TensorData>),
}

thread_local! {
    static EXPORT: RefCell<Export> = const { RefCell::new(Export::Direct) };
}

/// Writes one state tensor `leaf` of the parameter `prefix` into a record (every optimizer's
/// `state_flatten` goes through here).
pub(crate) fn push_state<const D: usize>(
    out: &mut StateSink,
    prefix: &str,
    leaf: &str,
    tensor: &Tensor<D>,
) {
    let key = format!("{prefix}.{leaf}");
    let data = EXPORT.with(|e| match &mut *e.borrow_mut() {
        Export::Direct => None,
        Export::Gather(list) => {
            let shape = tensor.dims().to_vec();
            let flat = tensor.clone().reshape([shape.iter().product::<usize>()]); // [n]
            list.push((key.clone(), flat, shape));
            Some(TensorData::new(Vec::<f32>::new(), [0]))
        }
        Export::Replay(read) => read.remove(&key),
    });
    out.push_tensor(prefix, leaf, data.unwrap_or_else(|| tensor.to_data()));
}

/// Reads one state tensor back onto the run's device (every `state_unflatten` goes through
/// here).
pub(crate) fn take_state<const D: usize>(
    src: &mut StateSource,
    prefix: &str,
    leaf: &str,
    device: &Device,
) -> Option<Tensor<D>> {
    let device = load_device().unwrap_or_else(|| device.clone());
    Some(Tensor::from_data(src.take_tensor(prefix, leaf)?, &device))
}

/// The two running moments and the step count of one parameter, as Adam and Nadam keep them.
#[derive(Clone)]
pub struct Moments<const D: usize> {
    /// Steps taken.
    pub time: usize,
    /// First moment m (running mean of g).
    pub moment_1: Tensor<D>,
    /// Second moment v (running mean of g²).
    pub moment_2: Tensor<D>,
}

impl<const D: usize> Moments<D> {
    /// Writes them into a record.
    pub(crate) fn flatten(&self, prefix: &str, out: &mut StateSink) {
        out.push_scalar(prefix, "time", self.time.into());
        push_state(out, prefix, "moment_1", &self.moment_1);
        push_state(out, prefix, "moment_2", &self.moment_2);
    }

    /// Reads them back onto the run's device.
    pub(crate) fn unflatten(prefix: &str, src: &mut StateSource, device: &Device) -> Option<Self> {
        Some(Self {
            time: usize::try_from(src.take_scalar(prefix, "time")?).ok()?,
            moment_1: take_state(src, prefix, "moment_1", device)?,
            moment_2: take_state(src, prefix, "moment_2", device)?,
        })
    }

    /// Moves them to `device`.
    pub(crate) fn moved_to(self, device: &Device) -> Self {
        Self {
            time: self.time,
            moment_1: self.moment_1.to_device(device),
            moment_2: self.moment_2.to_device(device),
        }
    }
}

/// Runs `f` (which writes `optimizer`'s record) with every state tensor read beforehand in one
/// asynchronous transaction: a browser's WebGPU device cannot be read synchronously, and
/// burn's record writer reads tensor by tensor.
pub async fn read_states<R>(
    optimizer: &ModuleOptimizer,
    f: impl FnOnce() -> R,
) -> Result<R, RunError> {
    EXPORT.with(|e| *e.borrow_mut() = Export::Gather(Vec::new()));
    let _ = optimizer.to_record();
    let gathered = EXPORT.with(
        |e| match std::mem::replace(&mut *e.borrow_mut(), Export::Direct) {
            Export::Gather(list) => list,
            _ => Vec::new(),
        },
    );
    let mut transaction = Transaction::default();
    for (_, tensor, _) in &gathered {
        transaction = transaction.register(tensor.clone());
    }
    let data = transaction.execute_async().await?;
    let mut read = HashMap::new();
    for ((key, _, shape), data) in gathered.into_iter().zip(data) {
        let values = data
            .try_to_vec::<f32>()
            .map_err(|e| RunError::Read(format!("{e:?}")))?;
        read.insert(key, TensorData::new(values, shape));
    }
    EXPORT.with(|e| *e.borrow_mut() = Export::Replay(read));
    let result = f();
    EXPORT.with(|e| *e.borrow_mut() = Export::Direct);
    Ok(result)
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
