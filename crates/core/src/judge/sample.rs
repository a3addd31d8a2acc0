//! The images a generator is judged on: 2,000 drawn from fixed codings N(0, I) (the same for
//! every model and every epoch, from [`CODINGS_SEED`]), generated in batches on the run's own
//! device, read back asynchronously, and rounded to 8-bit grey levels.

use burn::tensor::{Device, Tensor, TensorData, Transaction};

use super::score::{SCORED_IMAGES, grey_levels};
use crate::rng::Rng;
use crate::run::RunError;

/// Seed of the codings every generator is judged on.
pub const CODINGS_SEED: u64 = 1_729;

/// Codings per forward pass.
const BATCH: usize = 500;

/// [`SCORED_IMAGES`] images from `generate` (codings of `codings_size` numbers → images with
/// pixels in [0, 1]), as 8-bit pixels, 784 per image.
///
/// # Shapes
/// - generate: `[batch, codings_size]` → `[batch, 28, 28]`
pub async fn judged_images(
    generate: impl Fn(Tensor<2>) -> Tensor<3>,
    codings_size: usize,
    device: &Device,
) -> Result<Vec<u8>, RunError> {
    let mut rng = Rng::new(CODINGS_SEED);
    let mut tx = Transaction::default();
    let mut left = SCORED_IMAGES;
    while left > 0 {
        let n = left.min(BATCH);
        let codings = Tensor::from_data(
            TensorData::new(rng.normals(n * codings_size), [n, codings_size]),
            device,
        ); // [n, codings]
        tx = tx.register(generate(codings).without_autodiff()); // [n, 28, 28]
        left -= n;
    }
    let mut pixels = Vec::with_capacity(SCORED_IMAGES * 784);
    for data in tx.execute_async().await? {
        let values = data
            .convert::<f32>()
            .try_into_vec::<f32>()
            .map_err(|e| RunError::Read(format!("{e:?}")))?;
        pixels.extend(grey_levels(&values));
    }
    Ok(pixels)
}
