//! Nadam, the optimizer of the lecture's `compile(optimizer="nadam")`, which burn 0.22 lacks:
//! Adam with Nesterov momentum, written to match Keras 3 step for step (Dozat 2016, with
//! Keras' momentum schedule μₜ = β₁·(1 − ½·0.96ᵗ)).
//!
//! Per parameter, with gradient g at step t:
//! - m ← β₁m + (1 − β₁)g, v ← β₂v + (1 − β₂)g²
//! - Πₜ = μ₁·…·μₜ (Keras keeps one product for the whole model; every parameter here steps on
//!   every step, so each carries the same product)
//! - m̂ = μₜ₊₁·m / (1 − Πₜ·μₜ₊₁) + (1 − μₜ)·g / (1 − Πₜ), v̂ = v / (1 − β₂ᵗ)
//! - w ← w − lr·m̂ / (√v̂ + ε)

use burn::config::Config;
use burn::optim::{LearningRate, ModuleOptimizer, Optimizer, RecordState, StateSink, StateSource};
use burn::tensor::{Device, Tensor};

use super::Moments;

/// Nadam's hyper-parameters (Keras' defaults; the learning rate is given at each step).
#[derive(Config, Debug)]
pub struct NadamConfig {
    /// Decay of the first moment (momentum).
    #[config(default = 0.9)]
    pub beta_1: f64,
    /// Decay of the second moment.
    #[config(default = 0.999)]
    pub beta_2: f64,
    /// Added to √v̂ so the step never divides by zero.
    #[config(default = 1e-7)]
    pub epsilon: f64,
}

/// The optimizer.
#[derive(Clone, Debug)]
pub struct Nadam {
    beta_1: f64,
    beta_2: f64,
    epsilon: f64,
}

/// One parameter's state.
#[derive(Clone)]
pub struct NadamState<const D: usize> {
    /// Steps and the two moments (as Adam's).
    pub moments: Moments<D>,
    /// μ₁·…·μₜ.
    pub momentum_product: f64,
}

impl<const D: usize> RecordState for NadamState<D> {
    fn state_flatten(&self, prefix: &str, out: &mut StateSink) {
        self.moments.flatten(prefix, out);
        out.push_scalar(prefix, "momentum_product", self.momentum_product.into());
    }

    fn state_unflatten(prefix: &str, src: &mut StateSource, device: &Device) -> Option<Self> {
        Some(Self {
            moments: Moments::unflatten(prefix, src, device)?,
            momentum_product: f64::try_from(src.take_scalar(prefix, "momentum_product")?).ok()?,
        })
    }
}

impl Nadam {
    /// μₜ = β₁·(1 − ½·0.96ᵗ).
    fn momentum_at(&self, t: usize) -> f64 {
        self.beta_1 * (1.0 - 0.5 * 0.96f64.powi(t as i32))
    }
}

impl Optimizer for Nadam {
    type State<const D: usize> = NadamState<D>;

    fn step<const D: usize>(
        &self,
        lr: LearningRate,
        tensor: Tensor<D>,
        grad: Tensor<D>,
        state: Option<Self::State<D>>,
    ) -> (Tensor<D>, Option<Self::State<D>>) {
        let (time, product, m, v) = match state {
            Some(s) => (
                s.moments.time + 1,
                s.momentum_product,
                s.moments.moment_1,
                s.moments.moment_2,
            ),
            None => (1, 1.0, grad.zeros_like(), grad.zeros_like()),
        };
        let m = m
            .mul_scalar(self.beta_1)
            .add(grad.clone().mul_scalar(1.0 - self.beta_1));
        let v = v
            .mul_scalar(self.beta_2)
            .add(grad.clone().square().mul_scalar(1.0 - self.beta_2));
        let mu_t = self.momentum_at(time);
        let mu_next = self.momentum_at(time + 1);
        let product_t = product * mu_t;
        let product_next = product_t * mu_next;
        let m_hat = m
            .clone()
            .mul_scalar(mu_next / (1.0 - product_next))
            .add(grad.mul_scalar((1.0 - mu_t) / (1.0 - product_t)));
        let v_hat = v.clone().div_scalar(1.0 - self.beta_2.powi(time as i32));
        let delta = m_hat
            .div(v_hat.sqrt().add_scalar(self.epsilon))
            .mul_scalar(lr);
        let state = NadamState {
            moments: Moments {
                time,
                moment_1: m,
                moment_2: v,
            },
            momentum_product: product_t,
        };
        (tensor - delta, Some(state))
    }

    fn to_device<const D: usize>(state: Self::State<D>, device: &Device) -> Self::State<D> {
        NadamState {
            moments: state.moments.moved_to(device),
            momentum_product: state.momentum_product,
        }
    }
}

impl NadamConfig {
    /// The bare optimizer.
    pub fn build(&self) -> Nadam {
        Nadam {
            beta_1: self.beta_1,
            beta_2: self.beta_2,
            epsilon: self.epsilon,
        }
    }

    /// An optimizer for a whole module.
    pub fn init(&self) -> ModuleOptimizer {
        ModuleOptimizer::from(self.build())
    }
}
