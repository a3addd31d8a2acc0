//! `loss="binary_crossentropy"` on the discriminator's sigmoid output, computed on its logit t
//! so it stays finite (as Keras does when the output comes from a sigmoid):
//! −y·ln σ(t) − (1 − y)·ln(1 − σ(t)) = softplus(t) − y·t.

use burn::tensor::Tensor;
use burn::tensor::activation::softplus;

/// The mean binary cross-entropy of the logits against the targets (0 = fake, 1 = real).
///
/// # Shapes
/// - logits, targets: `[batch, 1]`
/// - output: `[1]`
pub fn binary_cross_entropy(logits: Tensor<2>, targets: Tensor<2>) -> Tensor<1> {
    (softplus(logits.clone(), 1.0) - logits * targets).mean()
}
