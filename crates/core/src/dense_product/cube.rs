//! [`DenseProduct`] on WebGPU: a CubeCL kernel where each invocation computes an 8 × 8 block of
//! the output, its 64 sums in registers, reading A and B through their strides (so the
//! transposed views of the backward pass cost no copy).
//!
//! On SwiftShader (2 cores) this kernel runs the VAE's three product shapes at 1.6–1.8 GFLOP/s
//! natively (`examples/gpu_step_probe.rs product`), against ~0.17 for burn 0.22's default
//! matmul; written by hand in WGSL, the same block runs at 1.5–1.9 in headless Chromium and one
//! output per invocation at 0.14–0.2 (`tests/bench/wgsl-matmul.mjs`). A 4 × 8 block measured
//! 1.2–1.5. The sums live in a local array indexed by constants (the loops are unrolled), which
//! SwiftShader keeps in registers; a loop with a run-time index over it ran 3× slower.

use burn::backend::ops::FloatTensorOps;
use burn::backend::tensor::FloatTensor;
use burn::backend::{Cube, DType, Shape};
use burn_cubecl::ops::numeric::empty_device_dtype;
use cubecl::prelude::*;

use super::DenseProduct;

/// Rows of the output block one invocation computes.
const ROWS: usize = 8;
/// Columns of the output block one invocation computes.
const COLS: usize = 8;
/// Invocations per workgroup along the columns and along the rows (64 in all).
const GROUP: (u32, u32) = (16, 4);

/// `out = lhs · rhs`, one `rows × cols` block of `out` per invocation.
///
/// Reads past the last row or column only feed sums that are never written (and the checked
/// launch keeps them inside the buffers), so the edges need no branch inside the loop.
#[cube(launch)]
fn block_product(
    lhs: &Tensor<f32>,
    rhs: &Tensor<f32>,
    out: &mut Tensor<f32>,
    #[comptime] rows: usize,
    #[comptime] cols: usize,
) {
    let m = out.shape(0);
    let n = out.shape(1);
    let depth = lhs.shape(1);
    let (out_row, out_col) = (out.stride(0), out.stride(1));
    let row0 = ABSOLUTE_POS_Y as usize * rows;
    let col0 = ABSOLUTE_POS_X as usize * cols;
    if row0 >= m || col0 >= n {
        terminate!();
    }
    let mut sums = Array::<f32>::new(rows * cols);
    #[unroll]
    for i in 0..rows * cols {
        sums[i] = 0.0;
    }
    let mut b = Array::<f32>::new(cols);
    for k in 0..depth {
        #[unroll]
        for j in 0..cols {
            b[j] = rhs[k * rhs.stride(0) + (col0 + j) * rhs.stride(1)];
        }
        #[unroll]
        for i in 0..rows {
            let a = lhs[(row0 + i) * lhs.stride(0) + k * lhs.stride(1)];
            #[unroll]
            for j in 0..cols {
                sums[i * cols + j] += a * b[j];
            }
        }
    }
    #[unroll]
    for i in 0..rows {
        #[unroll]
        for j in 0..cols {
            if row0 + i < m && col0 + j < n {
                out[(row0 + i) * out_row + (col0 + j) * out_col] = sums[i * cols + j];
            }
        }
    }
}

impl DenseProduct for Cube {
    fn dense_product(lhs: FloatTensor<Self>, rhs: FloatTensor<Self>) -> FloatTensor<Self> {
        let plain = |t: &FloatTensor<Self>| {
            t.dtype == DType::F32 && !t.meta.is_tiled() && t.meta.num_dims() == 2
        };
        if !plain(&lhs) || !plain(&rhs) {
            return Self::float_matmul(lhs, rhs);
        }
        let m = lhs.meta.shape()[0];
        let n = rhs.meta.shape()[1];
        let out = empty_device_dtype(
            lhs.client.clone(),
            lhs.device.clone(),
            Shape::new([m, n]),
            DType::F32,
        );
        if m == 0 || n == 0 {
            return out;
        }
        let blocks =
            |len: usize, per: usize, group: u32| len.div_ceil(per).div_ceil(group as usize) as u32;
        let count = CubeCount::Static(blocks(n, COLS, GROUP.0), blocks(m, ROWS, GROUP.1), 1);
        block_product::launch(
            &out.client,
            count,
            CubeDim::new_2d(GROUP.0, GROUP.1),
            lhs.into_tensor_arg(),
            rhs.into_tensor_arg(),
            out.clone().into_tensor_arg(),
            ROWS,
            COLS,
        );
        out
    }
}
