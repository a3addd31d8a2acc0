//! Pixel normalisation (slide 1.39): after every convolution of the generator (and on the
//! codings), each position's vector of channels is divided by its root mean square,
//! b = a / √(mean over channels of a² + ε). The slide's formula leaves out ε = 10⁻⁸, which keeps
//! an all-zero vector from dividing by zero.

use burn::tensor::Tensor;

/// The ε under the root.
pub const EPSILON: f32 = 1e-8;

/// Pixel normalisation of maps: every `[batch, ·, y, x]` channel vector gets mean square 1.
///
/// # Shapes
/// - x, output: `[batch, channels, h, w]`
pub fn pixel_norm(x: Tensor<4>) -> Tensor<4> {
    let mean_square = x.clone().powi_scalar(2).mean_dim(1); // [batch, 1, h, w]
    x / (mean_square + EPSILON).sqrt()
}

/// Pixel normalisation of codings (the official code normalises the latent vector too).
///
/// # Shapes
/// - x, output: `[batch, codings]`
pub fn pixel_norm_codings(x: Tensor<2>) -> Tensor<2> {
    let mean_square = x.clone().powi_scalar(2).mean_dim(1); // [batch, 1]
    x / (mean_square + EPSILON).sqrt()
}
