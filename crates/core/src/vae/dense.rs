//! Keras' `Dense` as the lecture uses it: a burn `Linear` with Keras' default initialisation
//! (Glorot-uniform weights, zero biases), so training starts where the lecture's does.

use burn::module::Param;
use burn::nn::{Initializer, Linear, LinearConfig};
use burn::tensor::{Device, Tensor};

use crate::dense_product::dense_product;

/// Dense layers of `sizes` stacked on `d_in` inputs, and the width that comes out.
pub fn dense_stack(d_in: usize, sizes: &[usize], device: &Device) -> (Vec<Linear>, usize) {
    let mut width = d_in;
    let layers = sizes
        .iter()
        .map(|&size| {
            let layer = dense(width, size, device);
            width = size;
            layer
        })
        .collect();
    (layers, width)
}

/// A `Dense(d_out)` layer on `d_in` inputs.
pub fn dense(d_in: usize, d_out: usize, device: &Device) -> Linear {
    let mut layer = LinearConfig::new(d_in, d_out)
        .with_initializer(Initializer::XavierUniform { gain: 1.0 })
        .init(device);
    layer.bias = Some(Param::from_tensor(Tensor::zeros([d_out], device)));
    layer
}

/// A `Dense` layer applied: `x · W + b`, the product through [`dense_product`] (burn's matmul on
/// the CPU backend, the register-tiled kernel on WebGPU).
///
/// # Shapes
/// - x: `[batch, d_in]`
/// - output: `[batch, d_out]`
pub fn dense_forward(layer: &Linear, x: Tensor<2>) -> Tensor<2> {
    let product = dense_product(x, layer.weight.val()); // [batch, d_out]
    match &layer.bias {
        Some(bias) => product + bias.val().unsqueeze_dim(0), // [batch, d_out] + [1, d_out]
        None => product,
    }
}
