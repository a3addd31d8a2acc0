//! The losses of slides 1.26–1.27, written on the discriminator's scores (logits) so that they
//! stay finite: −ln σ(t) = softplus(−t) and −ln(1 − σ(t)) = softplus(t).
//!
//! - discriminator: −ln D(x) on real pictures, −ln(1 − D(G(z))) on generated ones;
//! - generator: −ln D(G(z)).

use burn::tensor::Tensor;
use burn::tensor::activation::softplus;

/// The discriminator's loss: mean of −ln D(x) over real pictures plus mean of
/// −ln(1 − D(G(z))) over generated ones.
///
/// # Shapes
/// - real_scores, fake_scores: `[batch, 1]`
/// - output: `[1]`
pub fn discriminator_loss(real_scores: Tensor<2>, fake_scores: Tensor<2>) -> Tensor<1> {
    let real = softplus(real_scores.neg(), 1.0).mean(); // −ln D(x)
    let fake = softplus(fake_scores, 1.0).mean(); // −ln(1 − D(G(z)))
    real + fake
}

/// The generator's loss: mean of −ln D(G(z)).
///
/// # Shapes
/// - fake_scores: `[batch, 1]`
/// - output: `[1]`
pub fn generator_loss(fake_scores: Tensor<2>) -> Tensor<1> {
    softplus(fake_scores.neg(), 1.0).mean()
}

pub use super::by_hand::neg_ln;
