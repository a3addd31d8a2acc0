//! The VAE's losses (slides 1.4, 1.5 and 1.9): the latent loss in both of slide 1.5's forms,
//! the reconstruction loss (MSE as the lecture's code, or binary cross-entropy as its text
//! mentions), and the total the lecture trains on: reconstruction + mean latent loss / 784.

use burn::config::Config;
use burn::tensor::Tensor;
use burn::tensor::activation::softplus;

/// How reconstructions are compared with their images.
#[derive(Config, Debug, Copy, PartialEq, Eq)]
pub enum ReconstructionLoss {
    /// Mean squared error over the pixels (`loss="mse"`, the lecture's code).
    Mse,
    /// Binary cross-entropy over the pixels, reading the decoder's outputs as logits (the
    /// reconstructions are then σ(output)).
    Bce,
}

/// Latent loss with σ (slide 1.4): −½ Σᵢ [1 + log σᵢ² − σᵢ² − μᵢ²], one value per image.
///
/// # Shapes
/// - mean, sigma: `[batch, codings]`
/// - output: `[batch]`
pub fn latent_loss_sigma(mean: Tensor<2>, sigma: Tensor<2>) -> Tensor<1> {
    let variance = sigma.square(); // [batch, codings]
    let terms = variance.clone().log().add_scalar(1.0) - variance - mean.square(); // [batch, codings]
    terms.sum_dim(1).squeeze_dim::<1>(1).mul_scalar(-0.5) // [batch]
}

/// Latent loss with γ = log σ² (slide 1.5): −½ Σᵢ [1 + γᵢ − exp γᵢ − μᵢ²], one value per image.
///
/// # Shapes
/// - mean, log_var: `[batch, codings]`
/// - output: `[batch]`
pub fn latent_loss(mean: Tensor<2>, log_var: Tensor<2>) -> Tensor<1> {
    let terms = log_var.clone().add_scalar(1.0) - log_var.exp() - mean.square(); // [batch, codings]
    terms.sum_dim(1).squeeze_dim::<1>(1).mul_scalar(-0.5) // [batch]
}

/// Mean reconstruction loss over every pixel of the batch.
///
/// # Shapes
/// - outputs, images: `[batch, 28, 28]`
/// - output: `[1]`
pub fn reconstruction_loss(
    kind: ReconstructionLoss,
    outputs: Tensor<3>,
    images: Tensor<3>,
) -> Tensor<1> {
    match kind {
        ReconstructionLoss::Mse => (outputs - images).square().mean(),
        // −[x ln σ(o) + (1 − x) ln(1 − σ(o))] = softplus(o) − x·o
        ReconstructionLoss::Bce => (softplus(outputs.clone(), 1.0) - images * outputs).mean(),
    }
}

/// The three numbers of one batch, still on the device.
#[derive(Debug, Clone)]
pub struct VaeLoss {
    /// reconstruction + latent / pixels: what the optimizer minimises.
    pub total: Tensor<1>,
    /// The reconstruction part.
    pub reconstruction: Tensor<1>,
    /// The mean latent loss per image (before dividing by the pixels).
    pub latent: Tensor<1>,
}

/// The lecture's total (slide 1.9): reconstruction + mean latent loss / `pixels`.
///
/// # Shapes
/// - outputs, images: `[batch, 28, 28]`; mean, log_var: `[batch, codings]`
pub fn vae_loss(
    kind: ReconstructionLoss,
    outputs: Tensor<3>,
    images: Tensor<3>,
    mean: Tensor<2>,
    log_var: Tensor<2>,
) -> VaeLoss {
    let [_, rows, cols] = images.dims();
    let reconstruction = reconstruction_loss(kind, outputs, images); // [1]
    let latent = latent_loss(mean, log_var).mean(); // [1]
    let total = reconstruction.clone() + latent.clone().div_scalar((rows * cols) as f64); // [1]
    VaeLoss {
        total,
        reconstruction,
        latent,
    }
}
