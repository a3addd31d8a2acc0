//! The equalised learning rate (Karras et al. 2018, §4.1; not on slide 1.39 but part of the
//! method): every weight is drawn from N(0, 1) and multiplied *at run time* by
//! gain · √(1 / fan_in), so each layer's weights move at the same relative speed under Adam.
//! The gain is √2 for the hidden layers (ReLU-like) and 1 for the to-image convolutions and the
//! discriminator's output.

use burn::module::{Module, Param, ParamId};
use burn::tensor::module::conv2d;
use burn::tensor::ops::ConvOptions;
use burn::tensor::{Device, Tensor, TensorData};

use crate::rng::Rng;

/// The gain of hidden layers: √2, as He's initialisation.
pub const HIDDEN_GAIN: f32 = std::f32::consts::SQRT_2;

/// The run-time factor of a layer with `fan_in` inputs per output: gain · √(1 / fan_in).
pub fn runtime_scale(gain: f32, fan_in: usize) -> f32 {
    gain / (fan_in as f32).sqrt()
}

/// Weights from N(0, 1) and a zero bias, with ids from the run's generator (drawn without
/// touching its stream of values), so the same run saves the same bytes.
fn params<const D: usize>(
    shape: [usize; D],
    c_out: usize,
    rng: &mut Rng,
    device: &Device,
) -> (Param<Tensor<D>>, Param<Tensor<1>>) {
    let mut ids = Rng::new(rng.state());
    let count = shape.iter().product();
    let values = rng.normals(count);
    let mut weight = Param::from_tensor(Tensor::from_data(TensorData::new(values, shape), device));
    weight.id = ParamId::from(ids.next_u64());
    let mut bias = Param::from_tensor(Tensor::zeros([c_out], device)); // [c_out]
    bias.id = ParamId::from(ids.next_u64());
    (weight, bias)
}

/// A k × k convolution, stride 1, "same" padding, with the equalised learning rate.
#[derive(Module, Debug)]
pub struct EqualizedConv {
    /// Stored weights, N(0, 1). `[c_out, c_in, k, k]`
    pub weight: Param<Tensor<4>>,
    /// `[c_out]`
    pub bias: Param<Tensor<1>>,
    /// gain · √(1 / (c_in · k²)), applied at every forward pass.
    #[module(skip)]
    pub scale: f32,
    #[module(skip)]
    kernel: usize,
}

impl EqualizedConv {
    /// A fresh layer from `c_in` to `c_out` channels with a `kernel` × `kernel` window.
    pub fn new(
        c_in: usize,
        c_out: usize,
        kernel: usize,
        gain: f32,
        rng: &mut Rng,
        device: &Device,
    ) -> Self {
        let (weight, bias) = params([c_out, c_in, kernel, kernel], c_out, rng, device);
        Self {
            weight,
            bias,
            scale: runtime_scale(gain, c_in * kernel * kernel),
            kernel,
        }
    }

    /// # Shapes
    /// - x: `[batch, c_in, h, w]`
    /// - output: `[batch, c_out, h, w]`
    pub fn forward(&self, x: Tensor<4>) -> Tensor<4> {
        let pad = self.kernel / 2;
        let options = ConvOptions::new([1, 1], [pad, pad], [1, 1], 1);
        conv2d(
            x,
            self.weight.val() * self.scale,
            Some(self.bias.val()),
            options,
        )
    }
}

/// A dense layer with the equalised learning rate.
#[derive(Module, Debug)]
pub struct EqualizedDense {
    /// Stored weights, N(0, 1). `[d_in, d_out]`
    pub weight: Param<Tensor<2>>,
    /// `[d_out]`
    pub bias: Param<Tensor<1>>,
    /// gain · √(1 / d_in), applied at every forward pass.
    #[module(skip)]
    pub scale: f32,
}

impl EqualizedDense {
    /// A fresh layer from `d_in` to `d_out` units.
    pub fn new(d_in: usize, d_out: usize, gain: f32, rng: &mut Rng, device: &Device) -> Self {
        let (weight, bias) = params([d_in, d_out], d_out, rng, device);
        Self {
            weight,
            bias,
            scale: runtime_scale(gain, d_in),
        }
    }

    /// # Shapes
    /// - x: `[batch, d_in]`
    /// - output: `[batch, d_out]`
    pub fn forward(&self, x: Tensor<2>) -> Tensor<2> {
        x.matmul(self.weight.val() * self.scale) + self.bias.val().unsqueeze()
    }
}
