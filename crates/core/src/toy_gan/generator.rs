//! The generator of slides 1.19–1.22: one input z ~ U(0, 1), and for each pixel a weight and a
//! bias, then a sigmoid: G(z)ⱼ = σ(uⱼ·z + vⱼ). The hand-made one has every weight 1 and biases
//! +1 on the corners and centre, −1 elsewhere — so z = 0.8 gives 1.8 and −0.2.

use burn::config::Config;
use burn::module::{Module, Param};
use burn::nn::Linear;
use burn::tensor::activation::sigmoid;
use burn::tensor::{Device, Tensor};

use super::rng::Rng;
use super::screen::{PIXELS, is_x_pixel};

/// How to build a [`Generator`].
#[derive(Config, Debug)]
pub struct GeneratorConfig {
    /// Pixels on the screen.
    #[config(default = 9)]
    pub pixels: usize,
    /// Half-width of the uniform range of the random initial weights and biases.
    #[config(default = 0.5)]
    pub init_scale: f32,
}

/// Nine neurons fed by one number.
#[derive(Module, Debug)]
pub struct Generator {
    /// Weights `[1, pixels]` and biases `[pixels]`.
    pub neurons: Linear,
}

impl GeneratorConfig {
    /// Random weights and biases, uniform in ±`init_scale`, from a seeded generator.
    pub fn init(&self, rng: &mut Rng, device: &Device) -> Generator {
        let weights: Vec<f32> = (0..self.pixels)
            .map(|_| rng.symmetric(self.init_scale))
            .collect();
        let biases: Vec<f32> = (0..self.pixels)
            .map(|_| rng.symmetric(self.init_scale))
            .collect();
        self.init_with(&weights, &biases, device)
    }

    /// Any weights and biases.
    pub fn init_with(&self, weights: &[f32], biases: &[f32], device: &Device) -> Generator {
        let w = Tensor::<1>::from_floats(weights, device).reshape([1, self.pixels]);
        let b = Tensor::<1>::from_floats(biases, device);
        Generator {
            neurons: Linear {
                weight: Param::from_tensor(w),
                bias: Some(Param::from_tensor(b)),
            },
        }
    }

    /// The slides' hand-made generator: weights 1, biases +1 on the X's pixels and −1 elsewhere.
    pub fn hand_made(&self, device: &Device) -> Generator {
        let biases: Vec<f32> = (0..self.pixels)
            .map(|i| if is_x_pixel(i % PIXELS) { 1.0 } else { -1.0 })
            .collect();
        self.init_with(&vec![1.0; self.pixels], &biases, device)
    }
}

impl Generator {
    /// The nine scores before the sigmoid.
    ///
    /// # Shapes
    /// - z: `[batch, 1]`
    /// - output: `[batch, 9]`
    pub fn scores(&self, z: Tensor<2>) -> Tensor<2> {
        self.neurons.forward(z) // [batch, 9]
    }

    /// The generated pictures.
    ///
    /// # Shapes
    /// - z: `[batch, 1]`
    /// - output: `[batch, 9]`
    pub fn forward(&self, z: Tensor<2>) -> Tensor<2> {
        sigmoid(self.scores(z)) // [batch, 9]
    }
}
