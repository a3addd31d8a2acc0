//! Keras' `Dropout(rate)` during training, with its masks drawn from the run's own generator:
//! each unit is kept with probability 1 − rate and then scaled by 1 / (1 − rate), so a resumed
//! run drops the same units the uninterrupted one would have. Only the discriminator has it
//! (Géron's DCGAN), and it drops in both phases — `trainable = False` freezes weights, not
//! dropout.

use burn::tensor::{Tensor, TensorData};

use crate::rng::Rng;

/// Zeroes each unit of `x` with probability `rate` (masks from `rng`) and scales the rest by
/// 1 / (1 − rate); a rate of 0 returns `x` untouched and draws nothing.
///
/// Each 64-bit draw decides four units, 16 bits each (a unit is dropped when its 16 bits fall
/// below `rate · 65536`).
///
/// # Shapes
/// - x: any shape; the output has the same
pub fn dropout<const D: usize>(x: Tensor<D>, rate: f64, rng: &mut Rng) -> Tensor<D> {
    if rate <= 0.0 {
        return x;
    }
    let shape = x.shape();
    let count = shape.num_elements();
    let threshold = (rate * 65_536.0).round() as u64;
    let kept = (1.0 / (1.0 - rate)) as f32;
    let mut mask = Vec::with_capacity(count + 3);
    while mask.len() < count {
        let bits = rng.next_u64();
        for lane in 0..4 {
            let draw = (bits >> (16 * lane)) & 0xffff;
            mask.push(if draw < threshold { 0.0 } else { kept });
        }
    }
    mask.truncate(count);
    let mask = Tensor::<D>::from_data(TensorData::new(mask, shape), &x.device());
    x * mask
}
