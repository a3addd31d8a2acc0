//! Keras' `Dense` as the lecture uses it: a burn `Linear` with Keras' default initialisation
//! (Glorot-uniform weights, zero biases), so training starts where the lecture's does.

use burn::module::Param;
use burn::nn::{Initializer, Linear, LinearConfig};
use burn::tensor::{Device, Tensor};

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
    let mut layer = LinearConfig::new(d_in, d_out).with_initializer(Initializer::XavierUniform { gain: 1.0 }).init(device);
    layer.bias = Some(Param::from_tensor(Tensor::zeros([d_out], device)));
    layer
}
