//! Keras' `Dense` as the lecture's models use it: a burn `Linear` with Keras' default
//! initialisation (Glorot-uniform weights drawn from the run's own generator, zero biases), so
//! training starts where the lecture's does and a resumed run is the same run; applied through
//! the dense product (burn's matmul on the CPU, the register-tiled kernel on WebGPU). Shared by
//! every family with dense layers.

use burn::module::{Param, ParamId};
use burn::nn::{Linear, LinearConfig};
use burn::tensor::{Device, Tensor, TensorData};

use crate::dense_product::dense_product;
use crate::rng::Rng;

/// Dense layers of `sizes` stacked on `d_in` inputs, and the width that comes out.
pub fn dense_stack(
    d_in: usize,
    sizes: &[usize],
    rng: &mut Rng,
    device: &Device,
) -> (Vec<Linear>, usize) {
    dense_stack_with(d_in, sizes, Init::GlorotUniform, rng, device)
}

/// [`dense_stack`] with the weights drawn as `init` says.
pub fn dense_stack_with(
    d_in: usize,
    sizes: &[usize],
    init: Init,
    rng: &mut Rng,
    device: &Device,
) -> (Vec<Linear>, usize) {
    let mut width = d_in;
    let layers = sizes
        .iter()
        .map(|&size| {
            let layer = dense_with(width, size, init, rng, device);
            width = size;
            layer
        })
        .collect();
    (layers, width)
}

/// How a layer's weights start (its biases start at 0).
#[derive(burn::config::Config, Debug, Copy, PartialEq, Eq)]
pub enum Init {
    /// Keras' `glorot_uniform` (its default): uniform in ±√(6 / (fan_in + fan_out)).
    GlorotUniform,
    /// Keras' `he_normal`: a normal truncated at two standard deviations, drawn with standard
    /// deviation √(2 / fan_in) / 0.87962566 so that the truncated values have √(2 / fan_in).
    HeNormal,
}

impl Init {
    /// `count` weights of a layer with `d_in` inputs and `d_out` outputs.
    pub(crate) fn draw(self, d_in: usize, d_out: usize, rng: &mut Rng) -> Vec<f32> {
        let count = d_in * d_out;
        match self {
            Self::GlorotUniform => {
                let limit = (6.0 / (d_in + d_out) as f64).sqrt() as f32;
                (0..count).map(|_| rng.symmetric(limit)).collect()
            }
            Self::HeNormal => {
                // The standard deviation of a standard normal truncated at ±2.
                const TRUNCATED_STD: f64 = 0.879_625_66;
                let std = ((2.0 / d_in as f64).sqrt() / TRUNCATED_STD) as f32;
                (0..count).map(|_| rng.truncated_normal() * std).collect()
            }
        }
    }
}

/// A `Dense(d_out)` layer on `d_in` inputs: weights uniform in ±√(6 / (d_in + d_out))
/// (Keras' `glorot_uniform`), biases 0.
pub fn dense(d_in: usize, d_out: usize, rng: &mut Rng, device: &Device) -> Linear {
    dense_with(d_in, d_out, Init::GlorotUniform, rng, device)
}

/// A `Dense(d_out)` layer on `d_in` inputs with weights drawn as `init` says, biases 0.
///
/// The parameters' ids come from the run's generator too (without drawing from it), not from
/// burn's process-wide random ids: a checkpoint of the same run is then the same bytes.
pub fn dense_with(d_in: usize, d_out: usize, init: Init, rng: &mut Rng, device: &Device) -> Linear {
    let mut ids = Rng::new(rng.state());
    let values = init.draw(d_in, d_out, rng);
    let mut layer = LinearConfig::new(d_in, d_out).init(device);
    layer.weight = Param::from_tensor(Tensor::from_data(
        TensorData::new(values, [d_in, d_out]),
        device,
    )); // [d_in, d_out]
    layer.weight.id = ParamId::from(ids.next_u64());
    let mut bias = Param::from_tensor(Tensor::zeros([d_out], device)); // [d_out]
    bias.id = ParamId::from(ids.next_u64());
    layer.bias = Some(bias);
    layer
}

/// A `Dense` layer applied: `x · W + b`, the product through [`dense_product`].
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
