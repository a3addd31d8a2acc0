//! The matrix product of the dense layers (`x · W`), as a burn backend extension: burn's own
//! product on the CPU backend, a register-tiled CubeCL kernel on WebGPU.
//!
//! Why its own operation: on a software WebGPU adapter (SwiftShader, what a machine without a
//! GPU gets) burn 0.22's default matmul runs the VAE's [128, 784] × [784, 150] at ~0.17 GFLOP/s,
//! and the matrix products were most of a training step. A kernel where each invocation keeps an
//! 8 × 8 block of the output in registers runs the same product ~10× faster there (`cube.rs`;
//! measured with `examples/gpu_step_probe.rs` and `tests/bench/wgsl-matmul.mjs`).
//! The gradients (`autodiff.rs`) are two more products through the same kernel.

mod autodiff;
#[cfg(feature = "webgpu")]
mod cube;

use burn::backend::ops::FloatTensorOps;
use burn::backend::tensor::FloatTensor;
use burn::backend::{Backend, Dispatch, Flex, backend_extension};
use burn::tensor::Tensor;

/// The dense layers' matrix product, on every backend the engine runs on.
#[backend_extension(Cube: cfg(feature = "webgpu"), Flex, Autodiff)]
pub trait DenseProduct: Backend {
    /// `lhs · rhs` for two matrices (any strides: transposed views are read in place).
    ///
    /// # Shapes
    /// - lhs: `[m, k]`
    /// - rhs: `[k, n]`
    /// - output: `[m, n]`
    fn dense_product(lhs: FloatTensor<Self>, rhs: FloatTensor<Self>) -> FloatTensor<Self>;
}

impl DenseProduct for Flex {
    fn dense_product(lhs: FloatTensor<Self>, rhs: FloatTensor<Self>) -> FloatTensor<Self> {
        Self::float_matmul(lhs, rhs)
    }
}

/// `lhs · rhs` through [`DenseProduct`], differentiable on an autodiff device.
///
/// # Shapes
/// - lhs: `[m, k]`
/// - rhs: `[k, n]`
/// - output: `[m, n]`
pub fn dense_product(lhs: Tensor<2>, rhs: Tensor<2>) -> Tensor<2> {
    let [m, k] = lhs.dims();
    let [k2, n] = rhs.dims();
    assert_eq!(
        k, k2,
        "dense_product: [{m}, {k}] · [{k2}, {n}] do not chain"
    );
    Tensor::from_dispatch(<Dispatch as DenseProduct>::dense_product(
        lhs.into_dispatch(),
        rhs.into_dispatch(),
    ))
}
