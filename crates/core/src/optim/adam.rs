//! Adam (Kingma & Ba), as burn's `Adam` computes it, but with a state of our own: loading a
//! checkpoint puts the moments on the run's device (burn's loader uses the default device,
//! which in the browser engine is an uninitialised WebGPU device).
//!
//! Per parameter, with gradient g at step t:
//! - m ← β₁m + (1 − β₁)g, v ← β₂v + (1 − β₂)g²
//! - w ← w − lr · (√(1 − β₂ᵗ) / (1 − β₁ᵗ)) · m / (√v + ε·√(1 − β₂ᵗ))

use burn::config::Config;
use burn::optim::{LearningRate, ModuleOptimizer, Optimizer, RecordState, StateSink, StateSource};
use burn::tensor::{Device, Tensor};

use super::Moments;

/// Adam's hyper-parameters (the learning rate is given at each step).
#[derive(Config, Debug)]
pub struct AdamConfig {
    /// Decay of the first moment.
    #[config(default = 0.9)]
    pub beta_1: f32,
    /// Decay of the second moment.
    #[config(default = 0.999)]
    pub beta_2: f32,
    /// Added to the denominator so the step never divides by zero.
    #[config(default = 1e-5)]
    pub epsilon: f32,
}

impl AdamConfig {
    /// A fresh optimizer for a whole module.
    pub fn init(&self) -> ModuleOptimizer {
        ModuleOptimizer::from(Adam {
            beta_1: self.beta_1,
            beta_2: self.beta_2,
            epsilon: self.epsilon,
        })
    }
}

/// The optimizer.
#[derive(Clone, Debug)]
pub struct Adam {
    beta_1: f32,
    beta_2: f32,
    epsilon: f32,
}

/// One parameter's state.
pub type AdamState<const D: usize> = Moments<D>;

impl<const D: usize> RecordState for Moments<D> {
    fn state_flatten(&self, prefix: &str, out: &mut StateSink) {
        self.flatten(prefix, out);
    }

    fn state_unflatten(prefix: &str, src: &mut StateSource, device: &Device) -> Option<Self> {
        Self::unflatten(prefix, src, device)
    }
}

impl Optimizer for Adam {
    type State<const D: usize> = AdamState<D>;

    fn step<const D: usize>(
        &self,
        lr: LearningRate,
        tensor: Tensor<D>,
        grad: Tensor<D>,
        state: Option<Self::State<D>>,
    ) -> (Tensor<D>, Option<Self::State<D>>) {
        let (b1, b2) = (1.0 - self.beta_1, 1.0 - self.beta_2);
        let (time, m, v) = match state {
            Some(s) => (
                s.time + 1,
                s.moment_1
                    .mul_scalar(self.beta_1)
                    .add(grad.clone().mul_scalar(b1)),
                s.moment_2
                    .mul_scalar(self.beta_2)
                    .add(grad.square().mul_scalar(b2)),
            ),
            None => (1, grad.clone().mul_scalar(b1), grad.square().mul_scalar(b2)),
        };
        let t = time as i32;
        let correction_2 = (1.0 - self.beta_2.powi(t)).sqrt();
        let factor = correction_2 / (1.0 - self.beta_1.powi(t));
        let delta = m
            .clone()
            .mul_scalar(factor)
            .div(v.clone().sqrt().add_scalar(self.epsilon * correction_2))
            .mul_scalar(lr);
        let state = AdamState {
            time,
            moment_1: m,
            moment_2: v,
        };
        (tensor - delta, Some(state))
    }

    fn to_device<const D: usize>(state: Self::State<D>, device: &Device) -> Self::State<D> {
        state.moved_to(device)
    }
}
