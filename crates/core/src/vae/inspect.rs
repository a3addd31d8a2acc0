//! What the pages show of a VAE run, as plain numbers: `plot_reconstructions` (validation
//! images over their reconstructions), new images decoded from random N(0, I) codings, the
//! latent space's 2-D map, one image encoded twice (slide 1.1), and a Keras-style summary.

use burn::module::Module;
use burn::tensor::activation::sigmoid;
use burn::tensor::{Device, ExecutionError, Tensor, TensorData, Transaction};

use super::loss::ReconstructionLoss;
use super::model::VariationalAutoencoder;
use super::pca::{Projection, project_2d};
use super::sampling::Sampling;
use super::training::VaeTrainer;
use crate::data::VALIDATION_SIZE;
use crate::rng::Rng;
use crate::run::RunError;

/// Pictures and the latent map at one moment of training.
#[derive(Debug, Clone, PartialEq)]
pub struct VaePictures {
    /// Validation images, 784 values in [0, 1] each.
    pub originals: Vec<Vec<f32>>,
    /// Their reconstructions (one sampled coding each), same layout.
    pub reconstructions: Vec<Vec<f32>>,
    /// Images decoded from fixed random codings z ~ N(0, I) (the same codings every time).
    pub samples: Vec<Vec<f32>>,
    /// The mean codings μ of validation images, projected on their two principal components.
    pub latent: Projection,
    /// The class (0–9) of each point of `latent`.
    pub latent_labels: Vec<u8>,
}

/// One image encoded twice (slide 1.1: the VAE is probabilistic).
#[derive(Debug, Clone, PartialEq)]
pub struct TwoEncodings {
    /// The image.
    pub original: Vec<f32>,
    /// μ.
    pub mean: Vec<f32>,
    /// σ = exp(γ / 2).
    pub sigma: Vec<f32>,
    /// The two sampled codings.
    pub codings: [Vec<f32>; 2],
    /// Their reconstructions.
    pub reconstructions: [Vec<f32>; 2],
}

/// One row of the summary.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LayerSummary {
    /// Which model it belongs to (`encoder` / `decoder`).
    pub part: &'static str,
    /// Keras-style name.
    pub name: String,
    /// Output width.
    pub output: usize,
    /// Trainable values.
    pub params: usize,
}

fn rows(data: TensorData, width: usize) -> Vec<Vec<f32>> {
    data.convert::<f32>()
        .try_into_vec::<f32>()
        .unwrap_or_default()
        .chunks(width)
        .map(<[f32]>::to_vec)
        .collect()
}

/// `count` draws of the sampling layer for one coding with mean `mean` and γ `log_var`, on
/// `device` (slide 1.6's histogram).
pub async fn sample_one_coding(
    mean: f32,
    log_var: f32,
    count: usize,
    device: &Device,
) -> Result<Vec<f32>, ExecutionError> {
    let m = Tensor::<2>::full([count, 1], mean, device); // [count, 1]
    let g = Tensor::<2>::full([count, 1], log_var, device); // [count, 1]
    let z = Sampling.forward(m, g); // [count, 1]
    let data = Transaction::default().register(z).execute_async().await?;
    Ok(data
        .into_iter()
        .next()
        .map(|d| d.convert::<f32>().try_into_vec::<f32>().unwrap_or_default())
        .unwrap_or_default())
}

impl VaeTrainer {
    fn pixels_of(&self, output: Tensor<3>) -> Tensor<3> {
        match self.config().reconstruction {
            ReconstructionLoss::Mse => output.clamp(0.0, 1.0),
            ReconstructionLoss::Bce => sigmoid(output),
        }
    }

    fn validation_index(&self, k: usize) -> usize {
        self.data().train.len() - VALIDATION_SIZE + k
    }

    /// `shown` validation images and their reconstructions, `samples` new images (from codings
    /// drawn with `sample_seed`; the same seed gives the same codings, so a grid drawn after every
    /// epoch shows the decoder improving), and the map of the first `map` validation images.
    pub async fn pictures(
        &self,
        shown: usize,
        samples: usize,
        map: usize,
        sample_seed: u64,
    ) -> Result<VaePictures, RunError> {
        let model = self.model().valid();
        let device = self.device().clone().without_autodiff();
        let size = self.image_size();
        let codings_size = self.config().model.codings_size;
        let originals = self.images((0..shown).map(|k| self.validation_index(k)), &device); // [shown, 28, 28]
        let reconstructions = self.pixels_of(model.forward(originals.clone()).reconstructions); // [shown, 28, 28]
        let mut rng = Rng::new(sample_seed);
        let z = rng.normals(samples * codings_size);
        let z = Tensor::<1>::from_floats(z.as_slice(), &device).reshape([samples, codings_size]); // [samples, 10]
        let generated = self.pixels_of(model.decoder.forward(z)); // [samples, 28, 28]
        let map = map.min(VALIDATION_SIZE);
        let (means, _) = model
            .encoder
            .moments(self.images((0..map).map(|k| self.validation_index(k)), &device)); // [map, 10]
        let mut data = Transaction::default()
            .register(originals)
            .register(reconstructions)
            .register(generated)
            .register(means)
            .execute_async()
            .await?
            .into_iter();
        let mut next = |width| data.next().map(|d| rows(d, width)).unwrap_or_default();
        let originals = next(size);
        let reconstructions = next(size);
        let samples = next(size);
        let means: Vec<f32> = next(codings_size).concat();
        let latent_labels = (0..map)
            .map(|k| self.data().train.labels[self.validation_index(k)])
            .collect();
        Ok(VaePictures {
            originals,
            reconstructions,
            samples,
            latent: project_2d(&means, codings_size),
            latent_labels,
        })
    }

    /// Validation image `k` encoded twice: the same μ and σ, two different codings and
    /// reconstructions.
    pub async fn encode_twice(&self, k: usize) -> Result<TwoEncodings, RunError> {
        let model = self.model().valid();
        let device = self.device().clone().without_autodiff();
        let size = self.image_size();
        let image = self.images(
            std::iter::once(self.validation_index(k % VALIDATION_SIZE)),
            &device,
        ); // [1, 28, 28]
        let (mean, log_var) = model.encoder.moments(image.clone()); // [1, 10] each
        let twice_mean = mean.clone().repeat_dim(0, 2); // [2, 10]
        let twice_log_var = log_var.clone().repeat_dim(0, 2); // [2, 10]
        let codings = Sampling.forward(twice_mean, twice_log_var); // [2, 10]
        let recon = self.pixels_of(model.decoder.forward(codings.clone())); // [2, 28, 28]
        let sigma = log_var.div_scalar(2.0).exp(); // [1, 10]
        let width = self.config().model.codings_size;
        let mut data = Transaction::default()
            .register(image)
            .register(mean)
            .register(sigma)
            .register(codings)
            .register(recon)
            .execute_async()
            .await?
            .into_iter();
        let mut next = |w| data.next().map(|d| rows(d, w)).unwrap_or_default();
        let original = next(size).concat();
        let mean = next(width).concat();
        let sigma = next(width).concat();
        let mut codings = next(width).into_iter();
        let mut recon = next(size).into_iter();
        Ok(TwoEncodings {
            original,
            mean,
            sigma,
            codings: [
                codings.next().unwrap_or_default(),
                codings.next().unwrap_or_default(),
            ],
            reconstructions: [
                recon.next().unwrap_or_default(),
                recon.next().unwrap_or_default(),
            ],
        })
    }

    /// The layers with their output widths and parameter counts, as Keras' `summary()`.
    pub fn summary(&self) -> Vec<LayerSummary> {
        summary_of(self.model())
    }
}

/// The layers of `model` with their output widths and parameter counts, as Keras' `summary()`.
pub fn summary_of(model: &VariationalAutoencoder) -> Vec<LayerSummary> {
    let mut out = Vec::new();
    let e = &model.encoder;
    for (i, layer) in e.hidden.iter().enumerate() {
        let [_, width] = layer.weight.dims();
        out.push(LayerSummary {
            part: "encoder",
            name: format!("dense_{}", i + 1),
            output: width,
            params: layer.num_params(),
        });
    }
    let [_, codings] = e.mean.weight.dims();
    out.push(LayerSummary {
        part: "encoder",
        name: "codings_mean (μ)".into(),
        output: codings,
        params: e.mean.num_params(),
    });
    out.push(LayerSummary {
        part: "encoder",
        name: "codings_log_var (γ)".into(),
        output: codings,
        params: e.log_var.num_params(),
    });
    out.push(LayerSummary {
        part: "encoder",
        name: "sampling".into(),
        output: codings,
        params: 0,
    });
    let d = &model.decoder;
    for (i, layer) in d.hidden.iter().enumerate() {
        let [_, width] = layer.weight.dims();
        out.push(LayerSummary {
            part: "decoder",
            name: format!("dense_{}", i + 1),
            output: width,
            params: layer.num_params(),
        });
    }
    out.push(LayerSummary {
        part: "decoder",
        name: "dense_out".into(),
        output: d.rows * d.cols,
        params: d.output.num_params(),
    });
    out
}
