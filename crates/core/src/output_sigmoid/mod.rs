//! The sigmoid of an output layer (the dense GAN generator's `Dense(784, activation="sigmoid")`),
//! as a burn backend extension: on the CPU backend a loop over the values whose exponential is
//! a short polynomial the compiler can vectorise, instead of a call to the C library's `expf`
//! per pixel (in the browser's WebAssembly that call, made ~75,000 times a training step, was a
//! large part of the step); burn's own sigmoid on WebGPU. Its gradient keeps the output, so the
//! backward pass does not compute the sigmoid again: dσ = σ (1 − σ).

mod autodiff;

use burn::backend::tensor::FloatTensor;
use burn::backend::{Backend, DType, Dispatch, Flex, backend_extension};
use burn::tensor::{Tensor, TensorData};
use burn_flex::FlexTensor;

/// The sigmoid of an output layer, on every backend the engine runs on.
#[backend_extension(Cube: cfg(feature = "webgpu"), Flex, Autodiff)]
pub trait OutputSigmoid: Backend {
    /// 1 / (1 + e⁻ˣ) of every value.
    fn output_sigmoid(x: FloatTensor<Self>) -> FloatTensor<Self>;
}

/// ln 2 split in two so that n · ln 2 is subtracted exactly (Cody and Waite).
const LN2_HI: f32 = 0.693_145_75;
const LN2_LO: f32 = 1.428_606_8e-6;

/// eʸ for y ≤ 0 (clamped at −87, where it underflows anyway): y = n ln 2 + r with |r| ≤ ln 2 / 2,
/// eʳ by its Taylor polynomial of degree 7 (error < 1e-8 relative), times 2ⁿ put in the
/// exponent bits. Branch-free, so a loop of it vectorises.
#[inline(always)]
fn exp_of_non_positive(y: f32) -> f32 {
    let y = y.max(-87.0);
    // Round y / ln 2 to the nearest integer by the 1.5 · 2²³ trick (vectorisable).
    const SHIFT: f32 = 12_582_912.0;
    let n = (y * std::f32::consts::LOG2_E + SHIFT) - SHIFT;
    let r = (y - n * LN2_HI) - n * LN2_LO;
    let p = 1.0
        + r * (1.0
            + r * (0.5
                + r * (1.0 / 6.0
                    + r * (1.0 / 24.0
                        + r * (1.0 / 120.0 + r * (1.0 / 720.0 + r * (1.0 / 5040.0)))))));
    let scale = f32::from_bits(((n as i32 + 127) as u32) << 23);
    p * scale
}

/// σ(x) = 1 / (1 + e⁻ˣ), computed from e^(−|x|) so that nothing overflows, and without the
/// cancellation of 1 − σ for very negative x.
#[inline(always)]
pub fn sigmoid_value(x: f32) -> f32 {
    let e = exp_of_non_positive(-x.abs());
    let positive = 1.0 / (1.0 + e);
    let negative = e / (1.0 + e);
    if x >= 0.0 { positive } else { negative }
}

impl OutputSigmoid for Flex {
    fn output_sigmoid(x: FloatTensor<Self>) -> FloatTensor<Self> {
        let x: FlexTensor = x;
        if x.dtype() != DType::F32 {
            return <Self as burn::backend::ops::ActivationOps<Self>>::sigmoid(x);
        }
        let data = x.into_data();
        let shape = data.shape().clone();
        let mut values: Vec<f32> = data
            .try_into_vec::<f32>()
            .expect("a float32 tensor's values are float32");
        for v in values.iter_mut() {
            *v = sigmoid_value(*v);
        }
        FlexTensor::from_data(TensorData::new(values, shape))
    }
}

#[cfg(feature = "webgpu")]
impl OutputSigmoid for burn::backend::Cube {
    fn output_sigmoid(x: FloatTensor<Self>) -> FloatTensor<Self> {
        <Self as burn::backend::ops::ActivationOps<Self>>::sigmoid(x)
    }
}

/// σ of every value through [`OutputSigmoid`], differentiable on an autodiff device.
pub fn output_sigmoid<const D: usize>(x: Tensor<D>) -> Tensor<D> {
    Tensor::from_dispatch(<Dispatch as OutputSigmoid>::output_sigmoid(
        x.into_dispatch(),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn it_is_the_sigmoid_to_a_few_ulps_everywhere() {
        let mut worst = 0.0f64;
        let mut x = -120.0f32;
        while x <= 120.0 {
            let exact = 1.0 / (1.0 + (-f64::from(x)).exp());
            let got = f64::from(sigmoid_value(x));
            if exact > 1e-37 {
                worst = worst.max((got - exact).abs() / exact);
            }
            x += 0.0137;
        }
        assert!(worst < 4e-7, "worst relative error {worst}");
        assert_eq!(sigmoid_value(0.0), 0.5);
        assert_eq!(sigmoid_value(f32::INFINITY), 1.0);
        assert!(sigmoid_value(-1000.0) >= 0.0 && sigmoid_value(-1000.0) < 1e-37);
    }
}
