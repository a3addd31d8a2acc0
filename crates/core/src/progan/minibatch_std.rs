//! Minibatch standard deviation (slide 1.38), as the official code does it, near the end of the
//! discriminator: the batch is split into groups of (up to) 4 images; for each feature (channel
//! and position) the group's biased standard deviation √(variance + 10⁻⁸) is taken, averaged
//! over features and positions into one number per group, and appended to every image of the
//! group as one more constant feature map. A generator that makes the same image again and
//! again gives ≈ 10⁻⁴ (the ε's root), real images much more: D can see low variety.

use burn::tensor::Tensor;

/// The ε under the root.
pub const EPSILON: f32 = 1e-8;

/// The group size the official code uses.
pub const GROUP_SIZE: usize = 4;

/// The group size for a batch: `GROUP_SIZE`, or the batch if smaller; a batch it does not
/// divide is taken as one group.
pub fn group_size(batch: usize) -> usize {
    let g = GROUP_SIZE.min(batch).max(1);
    if batch.is_multiple_of(g) { g } else { batch }
}

/// One value per group. Image `i` belongs to group `i % (batch / group)` (the official
/// reshape to `[group, batch / group, …]`).
///
/// # Shapes
/// - x: `[batch, c, h, w]`
/// - output: `[batch / group]`
pub fn group_deviation(x: Tensor<4>) -> Tensor<1> {
    let [batch, c, h, w] = x.dims();
    let g = group_size(batch);
    let m = batch / g;
    let grouped = x.reshape([g, m, c * h * w]); // [group, m, features]
    let centred = grouped.clone() - grouped.mean_dim(0); // [group, m, features]
    let variance = centred.powi_scalar(2).mean_dim(0); // [1, m, features]
    let deviation = (variance + EPSILON).sqrt(); // [1, m, features]
    deviation.mean_dim(2).reshape([m]) // [m]
}

/// The maps with the group's value appended as one more channel.
///
/// # Shapes
/// - x: `[batch, c, h, w]`
/// - output: `[batch, c + 1, h, w]`
pub fn minibatch_std(x: Tensor<4>) -> Tensor<4> {
    let [batch, _, h, w] = x.dims();
    let values = group_deviation(x.clone()); // [m]
    let m = values.dims()[0];
    let g = batch / m;
    let per_image = values
        .reshape([1, m])
        .repeat_dim(0, g) // [group, m]: image i = (i / m, i % m)
        .reshape([batch, 1, 1, 1])
        .repeat_dim(2, h)
        .repeat_dim(3, w); // [batch, 1, h, w]
    Tensor::cat(vec![x, per_image], 1)
}
