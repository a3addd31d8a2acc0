//! Looking at a dense GAN run without changing it: the generator turning given codings into
//! images (slide 1.29: a new coding, a walk between two), and the discriminator's verdicts on
//! a strip of real and generated images (slide 1.30). Neither draws from the run's generator
//! of random numbers.

use burn::tensor::{Tensor, TensorData, Transaction};

use super::training::DenseGanTrainer;
use crate::batches::image_batch;
use crate::data::VALIDATION_SIZE;
use crate::rng::Rng;
use crate::run::RunError;

/// The most images one request may ask for.
pub const MAX_IMAGES: usize = 64;

/// D's verdicts on a strip of real and generated images.
#[derive(Debug, Clone, PartialEq)]
pub struct Verdicts {
    /// Real validation images (784 pixels in [0, 1] each), never trained on.
    pub reals: Vec<Vec<f32>>,
    /// D's probability that each real image is real.
    pub real: Vec<f32>,
    /// Generated images of fixed codings.
    pub fakes: Vec<Vec<f32>>,
    /// D's probability that each generated image is real.
    pub fake: Vec<f32>,
}

fn floats(data: TensorData) -> Result<Vec<f32>, RunError> {
    data.convert::<f32>()
        .try_into_vec::<f32>()
        .map_err(|e| RunError::Read(format!("{e:?}")))
}

fn images(values: Vec<f32>) -> Vec<Vec<f32>> {
    values.chunks(784).map(<[f32]>::to_vec).collect()
}

impl DenseGanTrainer {
    /// The generator's images of `codings` (`n × codings_size` numbers, row after row).
    /// Refused when the count does not fit, is over [`MAX_IMAGES`], or a number is not finite.
    pub async fn generate(&self, codings: &[f32]) -> Result<Vec<Vec<f32>>, RunError> {
        let size = self.config().generator.codings_size;
        let n = codings.len() / size;
        if n == 0
            || n > MAX_IMAGES
            || !codings.len().is_multiple_of(size)
            || codings.iter().any(|v| !v.is_finite())
        {
            return Err(RunError::Read(format!(
                "{} numbers are not 1 to {MAX_IMAGES} finite codings of {size}",
                codings.len()
            )));
        }
        let z = Tensor::from_data(
            TensorData::new(codings.to_vec(), [n, size]),
            &self.run_device(),
        ); // [n, 30]
        let out = self.generator().forward(z); // [n, 28, 28]
        let data = Transaction::default()
            .register(out.without_autodiff())
            .execute_async()
            .await?;
        Ok(images(floats(
            data.into_iter()
                .next()
                .ok_or_else(|| RunError::Read("nothing read".into()))?,
        )?))
    }

    /// D's verdicts on the first `n` validation images and on `n` images of fixed codings.
    pub async fn verdicts(&self, n: usize) -> Result<Verdicts, RunError> {
        let n = n.clamp(1, MAX_IMAGES / 2);
        let device = self.run_device();
        let first = self.data().train.len() - VALIDATION_SIZE;
        let reals = image_batch(&self.data().train.images, first..first + n, &device); // [n, 28, 28]
        let size = self.config().generator.codings_size;
        let mut fixed = Rng::new(self.config().seed ^ 0xD15C);
        let z = Tensor::from_data(TensorData::new(fixed.normals(n * size), [n, size]), &device); // [n, 30]
        let fakes = self.generator().forward(z); // [n, 28, 28]
        let real = self.discriminator().forward(reals.clone()); // [n, 1]
        let fake = self.discriminator().forward(fakes.clone()); // [n, 1]
        let mut read = Transaction::default()
            .register(reals.without_autodiff())
            .register(real.without_autodiff())
            .register(fakes.without_autodiff())
            .register(fake.without_autodiff())
            .execute_async()
            .await?
            .into_iter();
        let mut next = || {
            floats(
                read.next()
                    .unwrap_or_else(|| TensorData::new(Vec::<f32>::new(), [0])),
            )
        };
        Ok(Verdicts {
            reals: images(next()?),
            real: next()?,
            fakes: images(next()?),
            fake: next()?,
        })
    }

    /// Lets a finished run go on for one more epoch (step mode on a finished run's copy).
    pub fn allow_one_more_epoch(&mut self) {
        if self.finished() {
            self.extend_to(self.epochs_done() + 1);
        }
    }
}
