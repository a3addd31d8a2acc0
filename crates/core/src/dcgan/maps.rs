//! What the transposed convolutions do, read off the live generator (slide 1.34): for one of
//! the run's fixed codings, the 7 × 7 maps the projection is reshaped into, the 14 × 14 maps
//! after the first doubling, and the image.

use burn::module::Module;
use burn::tensor::Transaction;

use super::Dcgan;
use crate::gan::{GanFamily, GanTrainer, Statistics};
use crate::run::RunError;

/// The generator's maps for one coding, as numbers (the page scales them to grey).
#[derive(Debug, Clone, PartialEq)]
pub struct CodingMaps {
    /// The 7 × 7 maps after batch normalisation, 49 values each (128 of them in Géron's).
    pub small: Vec<Vec<f32>>,
    /// The 14 × 14 maps after the first doubling and its activation, 196 values each.
    pub middle: Vec<Vec<f32>>,
    /// The image, 784 pixels in [0, 1].
    pub image: Vec<f32>,
}

impl GanTrainer<Dcgan> {
    /// The maps of the run's fixed coding number `index` (the film strip's, from 0), as the
    /// lecture's `generator(codings)` computes them (running statistics; nothing changes).
    pub async fn maps(&self, index: usize) -> Result<CodingMaps, RunError> {
        let (codings, _) = self.film_codings(index + 1); // [index + 1, codings]
        let [n, width] = codings.dims();
        let coding = codings.slice([n - 1..n, 0..width]).without_autodiff(); // [1, codings]
        // A copy of the generator off the autodiff device: only looking, nothing to record.
        let generator = self.generator().valid();
        let maps = generator.maps(coding, Statistics::Running);
        let image = Dcgan::to_unit(maps.images); // [1, 28, 28]
        let data = Transaction::default()
            .register(maps.small)
            .register(maps.middle)
            .register(image)
            .execute_async()
            .await?;
        let values = |k: usize| -> Vec<f32> {
            data[k]
                .clone()
                .convert::<f32>()
                .try_into_vec::<f32>()
                .unwrap_or_default()
        };
        let split = |v: Vec<f32>, side: usize| v.chunks(side * side).map(<[f32]>::to_vec).collect();
        Ok(CodingMaps {
            small: split(values(0), 7),
            middle: split(values(1), 14),
            image: values(2),
        })
    }
}
