//! The DCGAN's layers as Keras builds them: 5 × 5 convolutions and transposed convolutions with
//! "same" padding, Glorot-uniform kernels and zero biases drawn from the run's own generator;
//! batch normalisation with Keras' momentum and ε on the statistics a phase asks for; nearest
//! upsampling (`UpSampling2D`) and 2 × 2 max-pooling for the switches that replace strides.

use burn::module::{Param, ParamId, RunningState};
use burn::nn::conv::{Conv2d, Conv2dConfig, ConvTranspose2d, ConvTranspose2dConfig};
use burn::nn::{BatchNorm, BatchNormConfig, PaddingConfig2d};
use burn::tensor::{Device, Tensor, TensorData};

use crate::gan::Statistics;
use crate::rng::Rng;
use crate::same_conv::{same_convolution, same_transposed, uses_own_kernels};

/// The side of every DCGAN kernel.
pub const KERNEL: usize = 5;

/// Keras' `glorot_uniform` for a 5 × 5 kernel between `c_in` and `c_out` channels:
/// uniform in ±√(6 / ((c_in + c_out) · 25)), `c_in · c_out · 25` values.
fn glorot_kernel(c_in: usize, c_out: usize, rng: &mut Rng) -> Vec<f32> {
    let area = KERNEL * KERNEL;
    let limit = (6.0 / ((c_in + c_out) * area) as f64).sqrt() as f32;
    (0..c_in * c_out * area)
        .map(|_| rng.symmetric(limit))
        .collect()
}

/// The weights and zero bias of a kernel layer, with ids from the run's generator (without
/// drawing from it), so a checkpoint of the same run is the same bytes.
fn kernel_params(
    values: Vec<f32>,
    shape: [usize; 4],
    c_out: usize,
    ids: &mut Rng,
    device: &Device,
) -> (Param<Tensor<4>>, Param<Tensor<1>>) {
    let mut weight = Param::from_tensor(Tensor::from_data(TensorData::new(values, shape), device));
    weight.id = ParamId::from(ids.next_u64());
    let mut bias = Param::from_tensor(Tensor::zeros([c_out], device)); // [c_out]
    bias.id = ParamId::from(ids.next_u64());
    (weight, bias)
}

/// Keras' `Conv2D(c_out, 5, strides=stride, padding="same")`: TensorFlow's "same" pads the
/// missing rows after the image (28 → 14 pads 1 above and 2 below), as burn's
/// [`PaddingConfig2d::Same`] does.
pub fn conv(c_in: usize, c_out: usize, stride: usize, rng: &mut Rng, device: &Device) -> Conv2d {
    let mut ids = Rng::new(rng.state());
    let values = glorot_kernel(c_in, c_out, rng);
    let mut layer = Conv2dConfig::new([c_in, c_out], [KERNEL, KERNEL])
        .with_stride([stride, stride])
        .with_padding(PaddingConfig2d::Same)
        .init(device);
    let (weight, bias) = kernel_params(
        values,
        [c_out, c_in, KERNEL, KERNEL],
        c_out,
        &mut ids,
        device,
    );
    layer.weight = weight; // [c_out, c_in, 5, 5]
    layer.bias = Some(bias);
    layer
}

/// Keras' `Conv2DTranspose(c_out, 5, strides=2, padding="same")`, which doubles the side.
/// burn's layer is built with padding 1 (side 2·h + 1) and [`transposed_same`] drops the last
/// row and column, which is where TensorFlow's layout leaves them out.
pub fn conv_transpose(
    c_in: usize,
    c_out: usize,
    rng: &mut Rng,
    device: &Device,
) -> ConvTranspose2d {
    let mut ids = Rng::new(rng.state());
    let values = glorot_kernel(c_in, c_out, rng);
    let mut layer = ConvTranspose2dConfig::new([c_in, c_out], [KERNEL, KERNEL])
        .with_stride([2, 2])
        .with_padding([1, 1])
        .init(device);
    let (weight, bias) = kernel_params(
        values,
        [c_in, c_out, KERNEL, KERNEL],
        c_out,
        &mut ids,
        device,
    );
    layer.weight = weight; // [c_in, c_out, 5, 5]
    layer.bias = Some(bias);
    layer
}

/// A [`conv`] layer applied: burn's layer on the CPU backend, the project's
/// [`same_convolution`] elsewhere (WebGPU), the bias added after.
///
/// # Shapes
/// - x: `[batch, c_in, h, w]`
/// - output: `[batch, c_out, ⌈h / stride⌉, ⌈w / stride⌉]`
pub fn conv_forward(layer: &Conv2d, x: Tensor<4>) -> Tensor<4> {
    if !uses_own_kernels(&x.device()) {
        return layer.forward(x);
    }
    let y = same_convolution(x, layer.weight.val(), layer.stride[0]); // [batch, c_out, h', w']
    with_bias(y, layer.bias.as_ref().map(|b| b.val()))
}

/// A [`conv_transpose`] layer applied with TensorFlow's "same" layout.
///
/// TensorFlow defines it as the gradient of a "same" convolution from `2h` to `h` rows, which
/// pads 1 row before and 2 after: the full transposed output (`2h + 3` rows) loses its first
/// row and its last two. On the CPU backend burn's layer (padding 1) removes one at each end
/// and the last row goes here; elsewhere (WebGPU) the project's [`same_transposed`] computes
/// exactly those rows.
///
/// # Shapes
/// - x: `[batch, c_in, h, w]`
/// - output: `[batch, c_out, 2h, 2w]`
pub fn transposed_same(layer: &ConvTranspose2d, x: Tensor<4>) -> Tensor<4> {
    let [batch, _, h, w] = x.dims();
    if uses_own_kernels(&x.device()) {
        let y = same_transposed(x, layer.weight.val(), 2, [2 * h, 2 * w]); // [batch, c_out, 2h, 2w]
        return with_bias(y, layer.bias.as_ref().map(|b| b.val()));
    }
    let full = layer.forward(x); // [batch, c_out, 2h + 1, 2w + 1]
    let [_, c_out, _, _] = full.dims();
    full.slice([0..batch, 0..c_out, 0..2 * h, 0..2 * w]) // [batch, c_out, 2h, 2w]
}

/// `y` plus one bias per channel.
///
/// # Shapes
/// - y: `[batch, c, h, w]`
/// - bias: `[c]`
fn with_bias(y: Tensor<4>, bias: Option<Tensor<1>>) -> Tensor<4> {
    match bias {
        Some(bias) => {
            let [c] = bias.dims();
            y + bias.reshape([1, c, 1, 1])
        }
        None => y,
    }
}

/// Keras' `BatchNormalization()` on `channels` channels: momentum 0.99 (Keras keeps 0.99 of
/// the old running value; burn's momentum is the weight of the new one, 0.01), ε 0.001, γ = 1,
/// β = 0, running mean 0 and variance 1. Its four ids are drawn from the run's generator (burn
/// would pick process-wide random ones), so a checkpoint of the same run is the same bytes.
pub fn batch_norm(channels: usize, rng: &mut Rng, device: &Device) -> BatchNorm {
    let mut layer = BatchNormConfig::new(channels)
        .with_momentum(0.01)
        .with_epsilon(1e-3)
        .init(device);
    layer.gamma.id = ParamId::from(rng.next_u64());
    layer.beta.id = ParamId::from(rng.next_u64());
    let mean = Tensor::zeros([channels], device); // [channels]
    layer.running_mean = RunningState::with_id(ParamId::from(rng.next_u64()), mean);
    let variance = Tensor::ones([channels], device); // [channels]
    layer.running_var = RunningState::with_id(ParamId::from(rng.next_u64()), variance);
    layer
}

/// A batch normalisation applied on the statistics the phase asks for: the batch's (which
/// moves the running ones, on a training device) or the running ones (nothing changes).
///
/// # Shapes
/// - x: `[batch, channels, h, w]`
pub fn normalise(layer: &BatchNorm, x: Tensor<4>, statistics: Statistics) -> Tensor<4> {
    match statistics {
        Statistics::Batch => {
            let y = layer.forward(x);
            // burn leaves the new running values pending until their next read; settle them
            // now, so pictures and checkpoints see this step's.
            let _ = layer.running_mean.value_sync();
            let _ = layer.running_var.value_sync();
            y
        }
        Statistics::Running => {
            let device = x.device();
            burn::tensor::module::batch_norm(
                x,
                layer.gamma.val(),
                layer.beta.val(),
                layer.running_mean.value().to_device(&device),
                layer.running_var.value().to_device(&device),
                layer.epsilon,
            )
        }
    }
}

/// Keras' `UpSampling2D(2)`: each pixel repeated into a 2 × 2 block.
///
/// # Shapes
/// - x: `[batch, c, h, w]`
/// - output: `[batch, c, 2h, 2w]`
pub fn upsample_nearest(x: Tensor<4>) -> Tensor<4> {
    let [batch, c, h, w] = x.dims();
    x.reshape([batch, c, h, 1, w, 1]) // [batch, c, h, 1, w, 1]
        .repeat_dim(3, 2)
        .repeat_dim(5, 2) // [batch, c, h, 2, w, 2]
        .reshape([batch, c, 2 * h, 2 * w])
}
