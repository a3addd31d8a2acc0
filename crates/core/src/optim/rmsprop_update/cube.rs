//! [`RmsPropUpdate`] on WebGPU: one kernel dispatch per parameter, one invocation per weight,
//! writing the new weights and mean square into fresh buffers (the old ones may still be read
//! elsewhere, e.g. by a copy of the network kept for step mode).

use burn::backend::tensor::FloatTensor;
use burn::backend::{Cube, DType};
use burn_cubecl::ops::numeric::empty_device_dtype;
use cubecl::prelude::*;

use super::{RmsPropUpdate, unfused};

/// Invocations per workgroup.
const GROUP: u32 = 64;

/// One weight's update per invocation (all four tensors contiguous, one length).
#[cube(launch)]
fn rmsprop_kernel(
    weights: &Tensor<f32>,
    grad: &Tensor<f32>,
    mean_square: &Tensor<f32>,
    new_weights: &mut Tensor<f32>,
    new_mean_square: &mut Tensor<f32>,
    learning_rate: f32,
    rho: f32,
    epsilon: f32,
) {
    let i = ABSOLUTE_POS;
    if i >= weights.len() {
        terminate!();
    }
    let g = grad[i];
    let v = mean_square[i] * rho + g * g * (1.0 - rho);
    new_mean_square[i] = v;
    new_weights[i] = weights[i] - g / f32::sqrt(v + epsilon) * learning_rate;
}

impl RmsPropUpdate for Cube {
    fn rmsprop_update(
        weights: FloatTensor<Self>,
        grad: FloatTensor<Self>,
        mean_square: FloatTensor<Self>,
        learning_rate: f32,
        rho: f32,
        epsilon: f32,
    ) -> (FloatTensor<Self>, FloatTensor<Self>) {
        let plain = |t: &FloatTensor<Self>| {
            t.dtype == DType::F32 && !t.meta.is_tiled() && t.is_contiguous()
        };
        if !plain(&weights) || !plain(&grad) || !plain(&mean_square) {
            return unfused::<Self>(weights, grad, mean_square, learning_rate, rho, epsilon);
        }
        let shape = weights.meta.shape().clone();
        let n = shape.num_elements();
        let fresh = || {
            empty_device_dtype(
                weights.client.clone(),
                weights.device.clone(),
                shape.clone(),
                DType::F32,
            )
        };
        let (new_weights, new_mean_square) = (fresh(), fresh());
        if n == 0 {
            return (new_weights, new_mean_square);
        }
        let groups = (n as u32).div_ceil(GROUP);
        // WebGPU allows at most 65,535 workgroups along one axis.
        let count = CubeCount::Static(groups.min(65_535), groups.div_ceil(65_535), 1);
        let client = weights.client.clone();
        rmsprop_kernel::launch(
            &client,
            count,
            CubeDim::new_1d(GROUP),
            weights.into_tensor_arg(),
            grad.into_tensor_arg(),
            mean_square.into_tensor_arg(),
            new_weights.clone().into_tensor_arg(),
            new_mean_square.clone().into_tensor_arg(),
            learning_rate,
            rho,
            epsilon,
        );
        (new_weights, new_mean_square)
    }
}
