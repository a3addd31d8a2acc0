//! Keras' `Conv2D(…, padding="same")` and `Conv2DTranspose(…, padding="same")` without their
//! biases, as a burn backend extension, so the DCGAN's convolutions train on WebGPU with the
//! project's own kernels where burn's are slow.
//!
//! The two operations are each other's adjoint: the input gradient of a "same" convolution is
//! a "same" transposed convolution with the same kernel, and the other way round. On WebGPU
//! burn 0.22 runs the convolution's input gradient (burn issue 5759) and the transposed
//! convolution at about half the rate of its forward convolution on a software adapter
//! (`examples/gpu_step_probe.rs conv`), so the transposed convolution here is the dense layers'
//! own product (`dense_product`, columns = kernelᵀ · inputs) followed by a kernel that gathers
//! each output pixel from the columns that reach it (`cube.rs`). The forward convolution and
//! both weight gradients stay burn's (they already run at the product's rate there).
//!
//! The CPU backend keeps burn's own layers (the DCGAN layers route by device), so its numbers
//! and speed do not change; the CPU implementation here serves as the reference the tests
//! compare the gradients with.

mod autodiff;
#[cfg(feature = "webgpu")]
mod cube;

use burn::backend::ops::{ConvOptions, ConvTransposeOptions};
use burn::backend::tensor::FloatTensor;
use burn::backend::{
    Backend, Dispatch, DispatchDevice, Flex, Slice, TensorMetadata, backend_extension,
};
use burn::tensor::{Device, Tensor};

/// The "same" convolutions, on every backend the engine runs on.
#[backend_extension(Cube: cfg(feature = "webgpu"), Flex, Autodiff)]
pub trait SameConvolution: Backend {
    /// A convolution with TensorFlow's "same" padding and no bias: the side becomes
    /// ⌈side / stride⌉, the missing rows and columns padded half before, the rest after.
    ///
    /// # Shapes
    /// - x: `[batch, c_in, height, width]`
    /// - weight: `[c_out, c_in, k, k]`
    /// - output: `[batch, c_out, ⌈height / stride⌉, ⌈width / stride⌉]`
    fn same_convolution(
        x: FloatTensor<Self>,
        weight: FloatTensor<Self>,
        stride: usize,
    ) -> FloatTensor<Self>;

    /// The transposed convolution of [`SameConvolution::same_convolution`]: the input gradient
    /// of a "same" convolution from `size` to `[h, w]`, which is also Keras' transposed
    /// convolution with "same" padding (`size` = `[h · stride, w · stride]`).
    ///
    /// # Shapes
    /// - x: `[batch, c_in, h, w]`
    /// - weight: `[c_in, c_out, k, k]`
    /// - output: `[batch, c_out, size[0], size[1]]`
    fn same_transposed(
        x: FloatTensor<Self>,
        weight: FloatTensor<Self>,
        stride: usize,
        size: [usize; 2],
    ) -> FloatTensor<Self>;
}

/// Whether layers on this device go through [`SameConvolution`]: everywhere but the CPU
/// backend, which keeps burn's own convolution layers.
pub fn uses_own_kernels(device: &Device) -> bool {
    !matches!(
        device.clone().inner().as_dispatch(),
        DispatchDevice::Flex(_)
    )
}

/// TensorFlow's "same" padding of one side: from `big` to `⌈big / stride⌉` with a `kernel`-wide
/// window, the missing `total` split `total / 2` before and the rest after.
pub fn same_padding(big: usize, kernel: usize, stride: usize) -> (usize, usize) {
    let small = big.div_ceil(stride);
    let total = ((small - 1) * stride + kernel).saturating_sub(big);
    (total / 2, total - total / 2)
}

/// burn's convolution options for a "same" convolution from `size` with this kernel and stride.
pub(crate) fn same_options(size: [usize; 2], kernel: usize, stride: usize) -> ConvOptions<2> {
    ConvOptions::new_with_padding(
        [stride, stride],
        [
            same_padding(size[0], kernel, stride),
            same_padding(size[1], kernel, stride),
        ],
        [1, 1],
        1,
    )
}

/// The kernel side of a `[_, _, k, k]` weight.
pub(crate) fn kernel_side<B: Backend>(weight: &FloatTensor<B>) -> usize {
    weight.shape().dims::<4>()[3]
}

impl SameConvolution for Flex {
    fn same_convolution(
        x: FloatTensor<Self>,
        weight: FloatTensor<Self>,
        stride: usize,
    ) -> FloatTensor<Self> {
        burn_convolution::<Self>(x, weight, stride)
    }

    fn same_transposed(
        x: FloatTensor<Self>,
        weight: FloatTensor<Self>,
        stride: usize,
        size: [usize; 2],
    ) -> FloatTensor<Self> {
        burn_transposed::<Self>(x, weight, stride, size)
    }
}

/// [`SameConvolution::same_convolution`] with burn's own convolution and TensorFlow's padding.
pub(crate) fn burn_convolution<B: Backend>(
    x: FloatTensor<B>,
    weight: FloatTensor<B>,
    stride: usize,
) -> FloatTensor<B> {
    let [_, _, height, width] = x.shape().dims::<4>();
    let options = same_options([height, width], kernel_side::<B>(&weight), stride);
    B::conv2d(x, weight, None, options)
}

/// [`SameConvolution::same_transposed`] with burn's own transposed convolution: it drops
/// `padding` rows at both ends, TensorFlow drops the "before" padding at the start and whatever
/// lies past `size` at the end.
pub(crate) fn burn_transposed<B: Backend>(
    x: FloatTensor<B>,
    weight: FloatTensor<B>,
    stride: usize,
    size: [usize; 2],
) -> FloatTensor<B> {
    let kernel = kernel_side::<B>(&weight);
    let before = [
        same_padding(size[0], kernel, stride).0,
        same_padding(size[1], kernel, stride).0,
    ];
    let options = ConvTransposeOptions::new([stride, stride], before, [0, 0], [1, 1], 1);
    let full = B::conv_transpose2d(x, weight, None, options); // [batch, c_out, ≥ h, ≥ w]
    let [batch, c_out, rows, cols] = full.shape().dims::<4>();
    assert!(
        rows >= size[0] && cols >= size[1],
        "same_transposed: {rows}×{cols} cannot be cut to {size:?}"
    );
    B::float_slice(
        full,
        &[
            Slice::from(0..batch),
            Slice::from(0..c_out),
            Slice::from(0..size[0]),
            Slice::from(0..size[1]),
        ],
    )
}

/// A "same" convolution without bias through [`SameConvolution`] (differentiable).
///
/// # Shapes
/// - x: `[batch, c_in, height, width]`
/// - weight: `[c_out, c_in, k, k]`
/// - output: `[batch, c_out, ⌈height / stride⌉, ⌈width / stride⌉]`
pub fn same_convolution(x: Tensor<4>, weight: Tensor<4>, stride: usize) -> Tensor<4> {
    let [_, c_in, _, _] = x.dims();
    let [_, w_in, k, k2] = weight.dims();
    assert!(
        c_in == w_in && k == k2 && stride > 0,
        "same_convolution: {c_in} channels against a {:?} kernel, stride {stride}",
        weight.dims()
    );
    Tensor::from_dispatch(<Dispatch as SameConvolution>::same_convolution(
        x.into_dispatch(),
        weight.into_dispatch(),
        stride,
    ))
}

/// A "same" transposed convolution without bias through [`SameConvolution`] (differentiable):
/// Keras' `Conv2DTranspose(…, strides=stride, padding="same")` when `size` is the input side
/// times the stride.
///
/// # Shapes
/// - x: `[batch, c_in, h, w]`
/// - weight: `[c_in, c_out, k, k]`
/// - output: `[batch, c_out, size[0], size[1]]`
pub fn same_transposed(
    x: Tensor<4>,
    weight: Tensor<4>,
    stride: usize,
    size: [usize; 2],
) -> Tensor<4> {
    let [_, c_in, h, w] = x.dims();
    let [w_in, _, k, k2] = weight.dims();
    assert!(
        c_in == w_in
            && k == k2
            && stride > 0
            && size[0].div_ceil(stride) == h
            && size[1].div_ceil(stride) == w,
        "same_transposed: [{c_in}, {h}, {w}] against a {:?} kernel, stride {stride}, to {size:?}",
        weight.dims()
    );
    Tensor::from_dispatch(<Dispatch as SameConvolution>::same_transposed(
        x.into_dispatch(),
        weight.into_dispatch(),
        stride,
        size,
    ))
}
