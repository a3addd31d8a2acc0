//! Fashion-MNIST images into training batches, and a run's data order into checkpoint bytes:
//! what every family that trains on the data set shares.

use burn::tensor::{Device, Tensor};

use crate::data::IdxImages;

/// The images at `indices`, scaled to [0, 1] (`X_train / 255`), as one batch.
///
/// # Shapes
/// - output: `[indices.len(), 28, 28]`
pub fn image_batch(
    images: &IdxImages,
    indices: impl Iterator<Item = usize>,
    device: &Device,
) -> Tensor<3> {
    let size = images.rows * images.cols;
    let mut values = Vec::new();
    for i in indices {
        values.extend(
            images.pixels[i * size..(i + 1) * size]
                .iter()
                .map(|&p| f32::from(p) / 255.0),
        );
    }
    let n = values.len() / size;
    Tensor::<1>::from_floats(values.as_slice(), device).reshape([n, images.rows, images.cols]) // [n, 28, 28]
}

/// A data order as a checkpoint section (little-endian u32 per index).
pub fn order_bytes(order: &[usize]) -> Vec<u8> {
    order
        .iter()
        .flat_map(|&i| (i as u32).to_le_bytes())
        .collect()
}

/// A data order read back from a checkpoint section, if it is an order of exactly `0..n`.
pub fn order_from_bytes(bytes: &[u8], n: usize) -> Option<Vec<usize>> {
    if bytes.len() != 4 * n {
        return None;
    }
    let order: Vec<usize> = bytes
        .chunks_exact(4)
        .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]) as usize)
        .collect();
    let mut seen = vec![false; n];
    order
        .iter()
        .all(|&i| i < n && !std::mem::replace(&mut seen[i], true))
        .then_some(order)
}
