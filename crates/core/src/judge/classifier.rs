//! The judge's classifier: a small convolutional network that tells the ten Fashion-MNIST
//! classes apart. Its penultimate layer (64 numbers per image) is the "feature space" in which
//! a generator's images are compared with real ones, as the Inception network is for the FID.
//!
//! Conv 3×3 (12) ReLU → max-pool 2 → Conv 3×3 (24) ReLU → max-pool 2 → Dense 64 ReLU
//! (the features) → Dense 10 (the class logits): 78,714 parameters, ~0.7 million
//! multiply-adds per image.

use burn::config::Config;
use burn::module::{Module, Param, ParamId};
use burn::nn::conv::{Conv2d, Conv2dConfig};
use burn::nn::pool::{MaxPool2d, MaxPool2dConfig};
use burn::nn::{Linear, PaddingConfig2d};
use burn::tensor::activation::relu;
use burn::tensor::ops::PadMode;
use burn::tensor::{Device, Tensor, TensorData};

use crate::dense::{Init, dense_forward, dense_with};
use crate::pooling::max_pool_2;
use crate::rng::Rng;

/// The judge's shape.
#[derive(Config, Debug)]
pub struct JudgeConfig {
    /// Filters of the first convolution (on the 28 × 28 image).
    #[config(default = 12)]
    pub first_filters: usize,
    /// Filters of the second convolution (on the 14 × 14 maps).
    #[config(default = 24)]
    pub second_filters: usize,
    /// Size of the penultimate Dense layer: the features a score compares.
    #[config(default = 64)]
    pub features: usize,
    /// Classes told apart (Fashion-MNIST's ten).
    #[config(default = 10)]
    pub classes: usize,
}

/// The judge's network.
#[derive(Module, Debug)]
pub struct Judge {
    /// Conv 3×3, `first_filters` maps, "same" padding.
    pub first: Conv2d,
    /// Conv 3×3, `second_filters` maps, "same" padding.
    pub second: Conv2d,
    /// Dense `features`, ReLU: the features.
    pub features: Linear,
    /// Dense `classes`: the logits.
    pub classes: Linear,
    /// Max-pooling 2 × 2 after each convolution.
    pub pool: MaxPool2d,
}

/// A 3×3 "same" convolution whose weights start as Keras' `he_normal` (fan-in = 9 · c_in),
/// biases 0, parameter ids from the run's generator (reproducible bytes).
fn conv(c_in: usize, c_out: usize, rng: &mut Rng, device: &Device) -> Conv2d {
    let mut ids = Rng::new(rng.state());
    let values = Init::HeNormal.draw(c_in * 9, c_out, rng);
    let mut layer = Conv2dConfig::new([c_in, c_out], [3, 3])
        .with_padding(PaddingConfig2d::Same)
        .init(device);
    layer.weight = Param::from_tensor(Tensor::from_data(
        TensorData::new(values, [c_out, c_in, 3, 3]),
        device,
    )); // [c_out, c_in, 3, 3]
    layer.weight.id = ParamId::from(ids.next_u64());
    let mut bias = Param::from_tensor(Tensor::zeros([c_out], device)); // [c_out]
    bias.id = ParamId::from(ids.next_u64());
    layer.bias = Some(bias);
    layer
}

impl JudgeConfig {
    /// A fresh judge, its weights drawn from `rng`.
    pub fn init(&self, rng: &mut Rng, device: &Device) -> Judge {
        let first = conv(1, self.first_filters, rng, device);
        let second = conv(self.first_filters, self.second_filters, rng, device);
        let flat = self.second_filters * 7 * 7;
        Judge {
            first,
            second,
            features: dense_with(flat, self.features, Init::HeNormal, rng, device),
            classes: dense_with(
                self.features,
                self.classes,
                Init::GlorotUniform,
                rng,
                device,
            ),
            pool: MaxPool2dConfig::new([2, 2]).init(),
        }
    }
}

impl Judge {
    /// The penultimate features of each image (pixels in [0, 1]).
    ///
    /// # Shapes
    /// - images: `[batch, 28, 28]`
    /// - output: `[batch, features]`
    pub fn features(&self, images: Tensor<3>) -> Tensor<2> {
        let [batch, rows, cols] = images.dims();
        let x = images.reshape([batch, 1, rows, cols]); // [batch, 1, 28, 28]
        let x = self.pool.forward(relu(self.first.forward(x))); // [batch, 12, 14, 14]
        let x = self.pool.forward(relu(self.second.forward(x))); // [batch, 24, 7, 7]
        let [_, c, h, w] = x.dims();
        let x = x.reshape([batch, c * h * w]); // [batch, 1176]
        relu(dense_forward(&self.features, x)) // [batch, 64]
    }

    /// [`Judge::features`] computed with matrix products only: each 3 × 3 convolution as its
    /// nine shifted copies of the maps times the filters (im2col), each max-pool as a maximum
    /// over reshaped axes. Same numbers (to rounding), but the engine that scores in the
    /// browser then needs no convolution kernels of burn's, which added 0.17 MB (gzip) to its
    /// download (4.60 → 4.43 MB); the scorer uses this, training uses burn's convolution.
    ///
    /// # Shapes
    /// - images: `[batch, 28, 28]`
    /// - output: `[batch, features]`
    pub fn features_by_products(&self, images: Tensor<3>) -> Tensor<2> {
        let [batch, rows, cols] = images.dims();
        let x = images.reshape([batch, 1, rows, cols]); // [batch, 1, 28, 28]
        let x = max_pool_2(relu(conv_3x3_as_product(x, &self.first))); // [batch, 12, 14, 14]
        let x = max_pool_2(relu(conv_3x3_as_product(x, &self.second))); // [batch, 24, 7, 7]
        let [_, c, h, w] = x.dims();
        let x = x.reshape([batch, c * h * w]); // [batch, 1176]
        relu(dense_forward(&self.features, x)) // [batch, 64]
    }

    /// The class logits of each image.
    ///
    /// # Shapes
    /// - features: `[batch, features]` (from [`Judge::features`])
    /// - output: `[batch, classes]`
    pub fn logits(&self, features: Tensor<2>) -> Tensor<2> {
        dense_forward(&self.classes, features) // [batch, 10]
    }

    /// How many numbers the judge learns.
    pub fn parameter_count(&self) -> usize {
        self.num_params()
    }
}

/// A 3 × 3 "same" convolution (stride 1) as one matrix product: the maps padded by a zero
/// border, their nine shifted copies stacked as rows (input channel, then kernel row, then
/// kernel column — the order of the filters' own values), and the filters `[c_out, c_in · 9]`
/// times them.
///
/// # Shapes
/// - x: `[batch, c_in, h, w]`
/// - output: `[batch, c_out, h, w]`
fn conv_3x3_as_product(x: Tensor<4>, layer: &Conv2d) -> Tensor<4> {
    let [batch, c_in, h, w] = x.dims();
    let filters = layer.weight.val(); // [c_out, c_in, 3, 3]
    let [c_out, ..] = filters.dims();
    let padded = x.pad((1, 1, 1, 1), PadMode::Constant(0.0)); // [batch, c_in, h + 2, w + 2]
    let shifted = (0..3)
        .flat_map(|dy| (0..3).map(move |dx| (dy, dx)))
        .map(|(dy, dx)| {
            padded
                .clone()
                .slice([0..batch, 0..c_in, dy..dy + h, dx..dx + w])
                .reshape([batch, c_in, 1, h * w]) // [batch, c_in, 1, h·w]
        })
        .collect();
    let patches = Tensor::cat(shifted, 2).reshape([batch, c_in * 9, h * w]); // [batch, c_in·9, h·w]
    let filters = filters.reshape([1, c_out, c_in * 9]); // [1, c_out, c_in·9]
    let mut out = filters.matmul(patches); // [batch, c_out, h·w]
    if let Some(bias) = &layer.bias {
        out = out + bias.val().reshape([1, c_out, 1]);
    }
    out.reshape([batch, c_out, h, w])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_products_compute_what_burns_convolution_does() {
        let device = Device::default();
        let mut rng = Rng::new(11);
        let judge = JudgeConfig::new().init(&mut rng, &device);
        let mut judge = judge;
        // Non-zero biases, so that their place in the product is checked too.
        for layer in [&mut judge.first, &mut judge.second] {
            let [c_out, ..] = layer.weight.val().dims();
            let values: Vec<f32> = (0..c_out).map(|_| rng.symmetric(0.3)).collect();
            layer.bias = Some(Param::from_tensor(Tensor::from_data(
                TensorData::new(values, [c_out]),
                &device,
            )));
        }
        let pixels: Vec<f32> = (0..5 * 784).map(|_| rng.symmetric(1.0).abs()).collect();
        let images = Tensor::<3>::from_data(TensorData::new(pixels, [5, 28, 28]), &device);
        let by_conv = judge.features(images.clone()).into_data();
        let by_products = judge.features_by_products(images).into_data();
        assert_eq!(by_conv.shape(), by_products.shape());
        let worst = by_conv
            .iter::<f32>()
            .zip(by_products.iter::<f32>())
            .map(|(a, b)| (a - b).abs() / a.abs().max(1.0))
            .fold(0.0f32, f32::max);
        assert!(worst < 1e-5, "largest difference {worst}");
        assert!(by_conv.iter::<f32>().any(|v| v > 0.0));
    }
}
