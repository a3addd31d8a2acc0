//! The discriminator of slides 1.14–1.17: one neuron that sums the pixels with weights (+1 on
//! the corners and centre, −1 elsewhere, in the hand-made version), adds a bias, and squashes
//! the score with a sigmoid: D(x) = σ(w·x + c).

use burn::config::Config;
use burn::module::{Module, Param};
use burn::nn::Linear;
use burn::tensor::activation::sigmoid;
use burn::tensor::{Device, Tensor};

use super::rng::Rng;
use super::screen::{PIXELS, is_x_pixel};

/// How to build a [`Discriminator`].
#[derive(Config, Debug)]
pub struct DiscriminatorConfig {
    /// Pixels on the screen.
    #[config(default = 9)]
    pub pixels: usize,
    /// Half-width of the uniform range of the random initial weights and bias.
    #[config(default = 0.5)]
    pub init_scale: f32,
}

/// One neuron: a score per picture, then a probability of "it is an X".
#[derive(Module, Debug)]
pub struct Discriminator {
    /// Weights `[pixels, 1]` and bias `[1]`.
    pub neuron: Linear,
}

fn linear(weights: &[f32], bias: &[f32], inputs: usize, device: &Device) -> Linear {
    let outputs = bias.len();
    let w = Tensor::<1>::from_floats(weights, device).reshape([inputs, outputs]);
    let b = Tensor::<1>::from_floats(bias, device);
    Linear {
        weight: Param::from_tensor(w),
        bias: Some(Param::from_tensor(b)),
    }
}

impl DiscriminatorConfig {
    /// Random weights and bias, uniform in ±`init_scale`, from a seeded generator.
    pub fn init(&self, rng: &mut Rng, device: &Device) -> Discriminator {
        let weights: Vec<f32> = (0..self.pixels)
            .map(|_| rng.symmetric(self.init_scale))
            .collect();
        let bias = [rng.symmetric(self.init_scale)];
        Discriminator {
            neuron: linear(&weights, &bias, self.pixels, device),
        }
    }

    /// Any weights and bias (the student's, or the slides').
    pub fn init_with(&self, weights: &[f32], bias: f32, device: &Device) -> Discriminator {
        Discriminator {
            neuron: linear(weights, &[bias], self.pixels, device),
        }
    }

    /// The slides' hand-made neuron: +1 on the corners and centre, −1 elsewhere, bias `bias`.
    pub fn hand_made(&self, bias: f32, device: &Device) -> Discriminator {
        self.init_with(&hand_made_weights(), bias, device)
    }
}

/// +1 on the X's pixels, −1 on the others.
pub fn hand_made_weights() -> Vec<f32> {
    (0..PIXELS)
        .map(|i| if is_x_pixel(i) { 1.0 } else { -1.0 })
        .collect()
}

impl Discriminator {
    /// The score before the sigmoid (a "logit").
    ///
    /// # Shapes
    /// - pictures: `[batch, 9]`
    /// - output: `[batch, 1]`
    pub fn score(&self, pictures: Tensor<2>) -> Tensor<2> {
        self.neuron.forward(pictures) // [batch, 1]
    }

    /// The probability that each picture is a real X, D(x) = σ(score).
    ///
    /// # Shapes
    /// - pictures: `[batch, 9]`
    /// - output: `[batch, 1]`
    pub fn forward(&self, pictures: Tensor<2>) -> Tensor<2> {
        sigmoid(self.score(pictures)) // [batch, 1]
    }
}
