//! The "same" convolutions of `same_conv` (the DCGAN's own operations on WebGPU): on the CPU
//! backend, their outputs and both gradients equal burn's own convolution and transposed
//! convolution (which `tests/dcgan.rs` checks against TensorFlow's definition of "same"), so
//! the backward formulas the WebGPU kernels are driven by are right. The WebGPU kernels
//! themselves are compared with burn's by `examples/gpu_step_probe.rs conv` and, in the page,
//! by the engine's start-up check.

use generativa_core::burn::backend::ops::{ConvOptions, ConvTransposeOptions};
use generativa_core::burn::tensor::module::{conv_transpose2d, conv2d};
use generativa_core::burn::tensor::{Device, Distribution, Tensor};
use generativa_core::same_conv::{
    same_convolution, same_padding, same_transposed, uses_own_kernels,
};

mod common;
use common::{assert_close, values};

fn random<const D: usize>(shape: [usize; D], device: &Device) -> Tensor<D> {
    Tensor::random(shape, Distribution::Uniform(-1.0, 1.0), device)
}

/// Output, dx and dW of `sum(f(x, W) ⊙ R)` (R random, so every output weighs differently; the
/// same R for both routes, drawn once: tests run in parallel and share burn's generator).
fn output_and_gradients(
    x: &Tensor<4>,
    w: &Tensor<4>,
    r: &Tensor<4>,
    f: impl Fn(Tensor<4>, Tensor<4>) -> Tensor<4>,
) -> [Vec<f32>; 3] {
    let (x, w) = (x.clone().require_grad(), w.clone().require_grad());
    let y = f(x.clone(), w.clone());
    let grads = (y.clone() * r.clone()).sum().backward();
    [
        values(y),
        values(x.grad(&grads).unwrap()),
        values(w.grad(&grads).unwrap()),
    ]
}

fn compare(case: &str, ours: [Vec<f32>; 3], burns: [Vec<f32>; 3]) {
    for (name, (a, b)) in ["output", "dx", "dW"]
        .iter()
        .zip(ours.into_iter().zip(burns))
    {
        assert_close(&format!("{case} {name}"), a, b);
    }
}

#[test]
fn same_convolution_and_its_gradients_equal_burns() {
    let device = Device::flex().autodiff();
    // (side, c_in, c_out, stride): the DCGAN's two strided layers and a pooling switch's.
    for (side, c_in, c_out, stride) in [(28, 1, 4, 2), (14, 3, 5, 2), (7, 2, 3, 2), (14, 2, 3, 1)] {
        let x = random([2, c_in, side, side], &device);
        let w = random([c_out, c_in, 5, 5], &device);
        let small = side.div_ceil(stride);
        let r = random([2, c_out, small, small], &device);
        let ours = output_and_gradients(&x, &w, &r, |x, w| same_convolution(x, w, stride));
        let pad = same_padding(side, 5, stride);
        let options = ConvOptions::new_with_padding([stride, stride], [pad, pad], [1, 1], 1);
        let burns = output_and_gradients(&x, &w, &r, |x, w| conv2d(x, w, None, options.clone()));
        compare(
            &format!("conv {side} {c_in}→{c_out} /{stride}"),
            ours,
            burns,
        );
    }
}

#[test]
fn same_transposed_and_its_gradients_equal_burns() {
    let device = Device::flex().autodiff();
    // (side, c_in, c_out): the generator's 7 → 14 and 14 → 28.
    for (side, c_in, c_out) in [(7, 4, 3), (14, 3, 1)] {
        let x = random([2, c_in, side, side], &device);
        let w = random([c_in, c_out, 5, 5], &device);
        let big = 2 * side;
        let r = random([2, c_out, big, big], &device);
        let ours = output_and_gradients(&x, &w, &r, |x, w| same_transposed(x, w, 2, [big, big]));
        // burn's layer with padding 1 (TensorFlow's one row before), cut to 2·side.
        let options = ConvTransposeOptions::new([2, 2], [1, 1], [0, 0], [1, 1], 1);
        let burns = output_and_gradients(&x, &w, &r, |x, w| {
            conv_transpose2d(x, w, None, options.clone()).slice([0..2, 0..c_out, 0..big, 0..big])
        });
        compare(&format!("transposed {side} {c_in}→{c_out}"), ours, burns);
    }
}

#[test]
fn tensorflows_same_padding_puts_the_extra_row_after() {
    assert_eq!(same_padding(28, 5, 2), (1, 2));
    assert_eq!(same_padding(14, 5, 2), (1, 2));
    assert_eq!(same_padding(7, 5, 2), (2, 2));
    assert_eq!(same_padding(28, 5, 1), (2, 2));
}

#[test]
fn the_cpu_backend_keeps_burns_layers() {
    assert!(!uses_own_kernels(&Device::flex()));
    assert!(!uses_own_kernels(&Device::flex().autodiff()));
}
