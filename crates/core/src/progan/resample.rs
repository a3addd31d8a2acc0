//! Changing resolution: nearest upsampling (each pixel repeated 2 × 2) in the generator and
//! 2 × 2 average pooling in the discriminator and for the real images; Fashion-MNIST's 28 × 28
//! padded to 32 × 32 as the official code does for MNIST.

use burn::tensor::Tensor;
use burn::tensor::ops::PadMode;

pub use crate::dcgan::layers::upsample_nearest as upsample;

/// 2 × 2 average pooling: the side halves.
///
/// # Shapes
/// - x: `[batch, c, h, w]` (h, w even)
/// - output: `[batch, c, h / 2, w / 2]`
pub fn downsample(x: Tensor<4>) -> Tensor<4> {
    let [batch, c, h, w] = x.dims();
    x.reshape([batch, c, h / 2, 2, w / 2, 2]) // [batch, c, h/2, 2, w/2, 2]
        .mean_dim(5)
        .mean_dim(3) // [batch, c, h/2, 1, w/2, 1]
        .reshape([batch, c, h / 2, w / 2])
}

/// Side of the padded images.
pub const PADDED: usize = 32;

/// Images in [0, 1] to the networks' scale [−1, 1], padded with 2 background rows and
/// columns on each side.
///
/// # Shapes
/// - images: `[batch, 28, 28]`
/// - output: `[batch, 1, 32, 32]`
pub fn pad_to_32(images: Tensor<3>) -> Tensor<4> {
    let [batch, h, w] = images.dims();
    let scaled = images
        .mul_scalar(2.0)
        .sub_scalar(1.0)
        .reshape([batch, 1, h, w]);
    let (py, px) = ((PADDED - h) / 2, (PADDED - w) / 2);
    scaled.pad(
        [(0, 0), (0, 0), (py, PADDED - h - py), (px, PADDED - w - px)],
        PadMode::Constant(-1.0),
    )
}

/// The centre 28 × 28 of 32 × 32 images, back in [0, 1] (for the judge and the page).
///
/// # Shapes
/// - images: `[batch, 1, 32, 32]`
/// - output: `[batch, 28, 28]`
pub fn crop_to_28(images: Tensor<4>) -> Tensor<3> {
    let [batch, _, _, _] = images.dims();
    images
        .slice([0..batch, 0..1, 2..30, 2..30])
        .reshape([batch, 28, 28])
        .add_scalar(1.0)
        .div_scalar(2.0)
        .clamp(0.0, 1.0)
}

/// Images at `side` × `side` from 32 × 32 ones (repeated average pooling).
///
/// # Shapes
/// - images: `[batch, 1, 32, 32]`
/// - output: `[batch, 1, side, side]`
pub fn at_side(mut images: Tensor<4>, side: usize) -> Tensor<4> {
    while images.dims()[2] > side {
        images = downsample(images);
    }
    images
}
