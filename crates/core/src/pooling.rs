//! Keras' `MaxPool2D(2)` as two maxima over reshaped axes (no pooling kernel needed on either
//! backend): used by the judge's classifier and the DCGAN's pooling switch.

use burn::tensor::Tensor;

/// The largest value of each 2 × 2 block (stride 2).
///
/// # Shapes
/// - x: `[batch, c, h, w]` (h and w even)
/// - output: `[batch, c, h / 2, w / 2]`
pub fn max_pool_2(x: Tensor<4>) -> Tensor<4> {
    let [batch, c, h, w] = x.dims();
    x.reshape([batch, c, h / 2, 2, w / 2, 2]) // [batch, c, h/2, 2, w/2, 2]
        .max_dim(5)
        .max_dim(3) // [batch, c, h/2, 1, w/2, 1]
        .reshape([batch, c, h / 2, w / 2])
}
