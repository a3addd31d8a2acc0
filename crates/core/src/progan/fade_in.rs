//! Fade-in (slide 1.37): while a level is new, its output is mixed with the old level's,
//! α · new + (1 − α) · old, α rising linearly from 0 to 1; at α = 0 the network is exactly the
//! one before the growth, at α = 1 exactly the grown one.

use burn::tensor::Tensor;

/// α · new + (1 − α) · old. At α = 1 the old path is not computed into the result at all
/// (callers skip it), so the grown network is exactly the new path.
///
/// # Shapes
/// - old, new, output: `[batch, c, h, w]`
pub fn fade_in(old: Tensor<4>, new: Tensor<4>, alpha: f32) -> Tensor<4> {
    if alpha <= 0.0 {
        return old;
    }
    if alpha >= 1.0 {
        return new;
    }
    new.mul_scalar(alpha) + old.mul_scalar(1.0 - alpha)
}
