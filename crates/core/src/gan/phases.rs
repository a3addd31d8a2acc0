//! The two phases of slide 1.32's `train_gan`, one step each, for any GAN family:
//!
//! - phase 1, the discriminator: 32 fakes `generator(noise)` (called directly, as Keras does:
//!   batch normalisation on its running statistics, and no gradient reaches the generator) and
//!   32 real images, targets `y1` = 0 for the fakes and 1 for the reals, one update of the
//!   discriminator;
//! - phase 2, the generator: fresh noise, targets `y2` = 1 ("say they are real"), the loss
//!   through the whole GAN, but only the generator's weights move — Keras'
//!   `discriminator.trainable = False`: D's weights get no gradient (burn's `no_grad`), its
//!   batch normalisation runs on its running statistics, and its dropout still drops.
//!
//! Each returns the updated network and its numbers, left on the device (the caller reads many
//! steps at once).

use burn::module::Module;
use burn::optim::{GradientsParams, ModuleOptimizer};
use burn::tensor::Tensor;
use burn::tensor::activation::sigmoid;

use super::{GanFamily, Statistics, binary_cross_entropy};
use crate::rng::Rng;

/// What phase 1 did.
pub struct PhaseOne {
    /// The discriminator's loss on the 64 images, before its update. `[1]`
    pub loss: Tensor<1>,
    /// The 32 fakes, in the networks' pixel scale. `[32, 28, 28]`
    pub fakes: Tensor<3>,
    /// D's verdicts on the 64 images (fakes first), before its update. `[64, 1]`
    pub verdicts: Tensor<2>,
}

/// What phase 2 did.
pub struct PhaseTwo {
    /// The generator's loss, before its update. `[1]`
    pub loss: Tensor<1>,
    /// The fakes it was scored on, in the networks' pixel scale. `[32, 28, 28]`
    pub fakes: Tensor<3>,
    /// D's verdicts on those fakes, before the generator's update. `[32, 1]`
    pub verdicts: Tensor<2>,
}

/// Phase 1: the discriminator learns to tell `reals` from fakes made from `noise`; its dropout
/// masks are drawn from `rng`.
///
/// # Shapes
/// - noise: `[batch, codings]`; reals: `[batch, 28, 28]` in the networks' pixel scale
pub fn discriminator_phase<F: GanFamily>(
    discriminator: F::Discriminator,
    optimizer: &mut ModuleOptimizer,
    learning_rate: f64,
    generator: &F::Generator,
    noise: Tensor<2>,
    reals: Tensor<3>,
    rng: &mut Rng,
) -> (F::Discriminator, PhaseOne) {
    let device = noise.device();
    let fakes = F::generate(generator, noise, Statistics::Running).detach(); // [batch, 28, 28]
    let [n_fake, _, _] = fakes.dims();
    let [n_real, _, _] = reals.dims();
    let images = Tensor::cat(vec![fakes.clone(), reals], 0); // [2·batch, 28, 28]
    let targets = Tensor::cat(
        vec![
            Tensor::zeros([n_fake, 1], &device),
            Tensor::ones([n_real, 1], &device),
        ],
        0,
    ); // [2·batch, 1]: y1
    let logits = F::logits(&discriminator, images, Statistics::Batch, Some(rng)); // [2·batch, 1]
    let loss = binary_cross_entropy(logits.clone(), targets);
    let grads = GradientsParams::from_grads(loss.backward(), &discriminator);
    let updated = optimizer.step(learning_rate, discriminator, grads);
    let phase = PhaseOne {
        loss: loss.detach(),
        fakes,
        verdicts: sigmoid(logits.detach()),
    };
    (updated, phase)
}

/// Phase 2: the generator learns to make the (fixed) discriminator say "real"; D's dropout
/// masks are drawn from `rng`.
///
/// # Shapes
/// - noise: `[batch, codings]`
pub fn generator_phase<F: GanFamily>(
    generator: F::Generator,
    optimizer: &mut ModuleOptimizer,
    learning_rate: f64,
    discriminator: &F::Discriminator,
    noise: Tensor<2>,
    rng: &mut Rng,
) -> (F::Generator, PhaseTwo) {
    let [batch, _] = noise.dims();
    let targets = Tensor::ones([batch, 1], &noise.device()); // [batch, 1]: y2
    let fakes = F::generate(&generator, noise, Statistics::Batch); // [batch, 28, 28]
    // Keras' `discriminator.trainable = False`: D's weights get no gradient (burn does not
    // even compute one), while the gradient still flows through D to the fakes and on to G.
    let frozen = discriminator.clone().no_grad();
    let logits = F::logits(&frozen, fakes.clone(), Statistics::Running, Some(rng)); // [batch, 1]
    let loss = binary_cross_entropy(logits.clone(), targets);
    let grads = GradientsParams::from_grads(loss.backward(), &generator);
    let updated = optimizer.step(learning_rate, generator, grads);
    let phase = PhaseTwo {
        loss: loss.detach(),
        fakes: fakes.detach(),
        verdicts: sigmoid(logits.detach()),
    };
    (updated, phase)
}
