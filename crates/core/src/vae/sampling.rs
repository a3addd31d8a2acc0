//! The sampling layer of slide 1.6: z = μ + exp(γ/2) ⊙ ε with ε ~ N(0, I) and γ = log σ².
//!
//! The slide's code adds `exp(log_var / 2)` instead of multiplying the noise by it; this is the
//! fixed version (the page shows both and says why).

use burn::tensor::{Distribution, Tensor};

/// Draws codings from N(μ, σ²), given μ and γ = log σ². It has no weights.
#[derive(Debug, Clone, Copy, Default)]
pub struct Sampling;

impl Sampling {
    /// Samples with fresh noise ε ~ N(0, I) from the device's seeded generator.
    ///
    /// # Shapes
    /// - mean, log_var: `[batch, codings]`
    /// - output: `[batch, codings]`
    pub fn forward(&self, mean: Tensor<2>, log_var: Tensor<2>) -> Tensor<2> {
        let noise = Tensor::random(mean.shape(), Distribution::Normal(0.0, 1.0), &mean.device()); // [batch, codings]
        self.forward_with_noise(mean, log_var, noise)
    }

    /// Samples with the given noise ε.
    ///
    /// # Shapes
    /// - mean, log_var, noise: `[batch, codings]`
    /// - output: `[batch, codings]`
    pub fn forward_with_noise(
        &self,
        mean: Tensor<2>,
        log_var: Tensor<2>,
        noise: Tensor<2>,
    ) -> Tensor<2> {
        let sigma = log_var.div_scalar(2.0).exp(); // [batch, codings]: σ = exp(γ / 2)
        mean + sigma * noise // [batch, codings]
    }
}
