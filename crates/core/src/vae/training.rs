//! Training the VAE as the lecture's `fit` does (slide 1.10): the last 5,000 training images
//! held out for validation, shuffled batches of 128, Nadam (or Adam), per-epoch training and
//! validation loss. The trainer runs steps and returns plain numbers; the UI owns the loop.

use std::sync::Arc;

use burn::config::Config;
use burn::module::Module;
use burn::optim::{AdamConfig, GradientsParams, ModuleOptimizer};
use burn::tensor::{Device, ExecutionError, Tensor, TensorData, Transaction};
use thiserror::Error;

use super::loss::{ReconstructionLoss, vae_loss};
use super::model::{VariationalAutoencoder, VariationalAutoencoderConfig};
use super::nadam::NadamConfig;
use crate::data::{FashionMnist, VALIDATION_SIZE};
use crate::rng::Rng;

/// Which optimizer trains.
#[derive(Config, Debug, Copy, PartialEq, Eq)]
pub enum OptimizerKind {
    /// Nadam, the lecture's (`optimizer="nadam"`), matching Keras.
    Nadam,
    /// burn's Adam (ε = 1e-7 as Keras).
    Adam,
}

/// Hyper-parameters of a VAE training run.
#[derive(Config, Debug)]
pub struct VaeTrainingConfig {
    /// Passes over the 55,000 training images.
    #[config(default = 25)]
    pub epochs: usize,
    /// Images per step.
    #[config(default = 128)]
    pub batch_size: usize,
    /// The optimizer's learning rate.
    #[config(default = 0.001)]
    pub learning_rate: f64,
    /// Nadam (the lecture's) or Adam.
    #[config(default = "OptimizerKind::Nadam")]
    pub optimizer: OptimizerKind,
    /// MSE (the lecture's code) or binary cross-entropy.
    #[config(default = "ReconstructionLoss::Mse")]
    pub reconstruction: ReconstructionLoss,
    /// Seed of the initial weights, the shuffles and the sampling noise.
    #[config(default = 42)]
    pub seed: u64,
    /// The model.
    #[config(default = "VariationalAutoencoderConfig::new()")]
    pub model: VariationalAutoencoderConfig,
}

/// Why a run cannot start or go on.
#[derive(Debug, Error, Clone, PartialEq)]
pub enum VaeError {
    /// Epochs not in 1..=1000.
    #[error("el número de épocas debe estar entre 1 y 1000; se recibió {0}")]
    Epochs(usize),
    /// Batch size not in 1..=4096.
    #[error("el tamaño del lote debe estar entre 1 y 4096; se recibió {0}")]
    BatchSize(usize),
    /// Learning rate not in (0, 1].
    #[error("la tasa de aprendizaje debe estar entre 0 y 1 (sin incluir el 0); se recibió {0}")]
    LearningRate(f64),
    /// Codings size not in 1..=512.
    #[error("el tamaño de las codificaciones debe estar entre 1 y 512; se recibió {0}")]
    CodingsSize(usize),
    /// A hidden layer size not in 1..=4096, or no hidden layer.
    #[error(
        "cada capa oculta debe tener entre 1 y 4096 neuronas (y debe haber al menos una); se recibió {0:?}"
    )]
    Hidden(Vec<usize>),
    /// Not enough images for the split.
    #[error("hacen falta más de {VALIDATION_SIZE} imágenes de entrenamiento; hay {0}")]
    TooFewImages(usize),
    /// The images are not 28 × 28.
    #[error("las imágenes deben medir {expected_rows} × {expected_cols}; miden {rows} × {cols}")]
    ImageSize {
        /// Model rows.
        expected_rows: usize,
        /// Model columns.
        expected_cols: usize,
        /// Data rows.
        rows: usize,
        /// Data columns.
        cols: usize,
    },
    /// A loss became NaN or infinite.
    #[error(
        "la pérdida dejó de ser un número finito ({value}) en la época {epoch}, paso {step}; reinicia con una tasa de aprendizaje más baja"
    )]
    NotFinite {
        /// 1-based epoch.
        epoch: usize,
        /// 1-based step within the epoch.
        step: usize,
        /// The value read.
        value: f32,
    },
    /// Reading results from the device failed.
    #[error("no se pudieron leer los resultados del dispositivo: {0}")]
    Read(String),
}

impl From<ExecutionError> for VaeError {
    fn from(e: ExecutionError) -> Self {
        Self::Read(format!("{e:?}"))
    }
}

impl VaeTrainingConfig {
    /// Checks every hyper-parameter.
    pub fn validate(&self) -> Result<(), VaeError> {
        if !(1..=1000).contains(&self.epochs) {
            return Err(VaeError::Epochs(self.epochs));
        }
        if !(1..=4096).contains(&self.batch_size) {
            return Err(VaeError::BatchSize(self.batch_size));
        }
        if !(self.learning_rate.is_finite()
            && self.learning_rate > 0.0
            && self.learning_rate <= 1.0)
        {
            return Err(VaeError::LearningRate(self.learning_rate));
        }
        if !(1..=512).contains(&self.model.codings_size) {
            return Err(VaeError::CodingsSize(self.model.codings_size));
        }
        if self.model.hidden.is_empty() || self.model.hidden.iter().any(|h| !(1..=4096).contains(h))
        {
            return Err(VaeError::Hidden(self.model.hidden.clone()));
        }
        Ok(())
    }
}

/// One step's losses, as plain numbers.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct StepLosses {
    /// 1-based epoch.
    pub epoch: usize,
    /// 1-based step within the epoch.
    pub step: usize,
    /// The total the optimizer minimised.
    pub total: f32,
    /// The reconstruction part.
    pub reconstruction: f32,
    /// The mean latent loss per image (before the / 784).
    pub latent: f32,
}

/// Losses averaged over a whole set of images.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct MeanLosses {
    /// Total (reconstruction + latent / 784).
    pub total: f32,
    /// Reconstruction.
    pub reconstruction: f32,
    /// Mean latent loss per image.
    pub latent: f32,
}

/// An epoch's summary, as Keras prints it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct EpochReport {
    /// 1-based epoch.
    pub epoch: usize,
    /// Training loss: the mean of the epoch's batch losses, weighted by batch size.
    pub train: MeanLosses,
    /// Validation loss on the 5,000 held-out images.
    pub validation: MeanLosses,
}

/// A VAE training run on Fashion-MNIST.
pub struct VaeTrainer {
    model: VariationalAutoencoder,
    optimizer: ModuleOptimizer,
    config: VaeTrainingConfig,
    data: Arc<FashionMnist>,
    rng: Rng,
    order: Vec<usize>,
    position: usize,
    epoch: usize,
    step: usize,
    sums: [f64; 3],
    seen: usize,
    device: Device,
}

fn first(data: TensorData) -> f32 {
    data.convert::<f32>()
        .try_into_vec::<f32>()
        .ok()
        .and_then(|v| v.first().copied())
        .unwrap_or(f32::NAN)
}

impl VaeTrainer {
    /// A fresh model on `device`, seeded; checks the config and the data first.
    pub fn new(
        config: VaeTrainingConfig,
        data: Arc<FashionMnist>,
        device: &Device,
    ) -> Result<Self, VaeError> {
        config.validate()?;
        let images = &data.train.images;
        if data.train.len() <= VALIDATION_SIZE {
            return Err(VaeError::TooFewImages(data.train.len()));
        }
        if (images.rows, images.cols) != (config.model.rows, config.model.cols) {
            return Err(VaeError::ImageSize {
                expected_rows: config.model.rows,
                expected_cols: config.model.cols,
                rows: images.rows,
                cols: images.cols,
            });
        }
        device.seed(config.seed);
        let ad_device = device.clone().autodiff();
        let model = config.model.init(&ad_device);
        let optimizer = match config.optimizer {
            OptimizerKind::Nadam => NadamConfig::new().init(),
            OptimizerKind::Adam => AdamConfig::new().with_epsilon(1e-7).init(),
        };
        let mut rng = Rng::new(config.seed);
        let order = rng.permutation(data.train.len() - VALIDATION_SIZE);
        Ok(Self {
            model,
            optimizer,
            config,
            data,
            rng,
            order,
            position: 0,
            epoch: 0,
            step: 0,
            sums: [0.0; 3],
            seen: 0,
            device: ad_device,
        })
    }

    /// The run's hyper-parameters.
    pub fn config(&self) -> &VaeTrainingConfig {
        &self.config
    }

    /// The model (for pictures and the architecture page).
    pub fn model(&self) -> &VariationalAutoencoder {
        &self.model
    }

    /// The data set.
    pub fn data(&self) -> &FashionMnist {
        &self.data
    }

    /// The device it trains on (with autodiff).
    pub fn device(&self) -> &Device {
        &self.device
    }

    /// Pixels per image.
    pub fn image_size(&self) -> usize {
        self.config.model.rows * self.config.model.cols
    }

    /// Training images (55,000 with the full data set).
    pub fn train_size(&self) -> usize {
        self.order.len()
    }

    /// Steps in one epoch (the last batch may be smaller, as in Keras).
    pub fn steps_per_epoch(&self) -> usize {
        self.train_size().div_ceil(self.config.batch_size)
    }

    /// Epochs completed.
    pub fn epochs_done(&self) -> usize {
        self.epoch
    }

    /// Steps done in the current epoch.
    pub fn step_in_epoch(&self) -> usize {
        self.step
    }

    /// Whether every epoch of the config is done.
    pub fn finished(&self) -> bool {
        self.epoch >= self.config.epochs
    }

    /// Whether the current epoch has used every training image (validate, then `end_epoch`).
    pub fn epoch_complete(&self) -> bool {
        self.position >= self.order.len()
    }

    /// Images `indices` of the training file, scaled to [0, 1], on `device`.
    ///
    /// # Shapes
    /// - output: `[indices.len(), 28, 28]`
    pub(crate) fn images(
        &self,
        indices: impl Iterator<Item = usize>,
        device: &Device,
    ) -> Tensor<3> {
        let images = &self.data.train.images;
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

    /// Up to `n` training steps, stopping at the end of the epoch; the losses of all of them
    /// are read back from the device together, once.
    pub async fn train_steps(&mut self, n: usize) -> Result<Vec<StepLosses>, VaeError> {
        let mut tx = Transaction::default();
        let mut done = Vec::new();
        for _ in 0..n {
            if self.epoch_complete() || self.finished() {
                break;
            }
            let end = (self.position + self.config.batch_size).min(self.order.len());
            let batch = self.images(
                self.order[self.position..end].iter().copied(),
                &self.device.clone(),
            ); // [batch, 28, 28]
            let size = end - self.position;
            self.position = end;
            self.step += 1;
            let output = self.model.forward(batch.clone());
            let loss = vae_loss(
                self.config.reconstruction,
                output.reconstructions,
                batch,
                output.mean,
                output.log_var,
            );
            let grads = GradientsParams::from_grads(loss.total.backward(), &self.model);
            self.model = self
                .optimizer
                .step(self.config.learning_rate, self.model.clone(), grads);
            tx = tx
                .register(loss.total.without_autodiff())
                .register(loss.reconstruction.without_autodiff())
                .register(loss.latent.without_autodiff());
            done.push((self.epoch + 1, self.step, size));
        }
        if done.is_empty() {
            return Ok(Vec::new());
        }
        let values: Vec<f32> = tx.execute_async().await?.into_iter().map(first).collect();
        let mut out = Vec::with_capacity(done.len());
        for ((epoch, step, size), v) in done.into_iter().zip(values.chunks(3)) {
            let losses = StepLosses {
                epoch,
                step,
                total: v[0],
                reconstruction: v[1],
                latent: v[2],
            };
            if !losses.total.is_finite() {
                return Err(VaeError::NotFinite {
                    epoch,
                    step,
                    value: losses.total,
                });
            }
            for (sum, x) in self.sums.iter_mut().zip([v[0], v[1], v[2]]) {
                *sum += f64::from(x) * size as f64;
            }
            self.seen += size;
            out.push(losses);
        }
        Ok(out)
    }

    /// Mean losses on the 5,000 validation images (with sampling, as Keras evaluates).
    pub async fn validate(&self) -> Result<MeanLosses, VaeError> {
        let model = self.model.valid();
        let device = self.device.clone().without_autodiff();
        let start = self.data.train.len() - VALIDATION_SIZE;
        let mut tx = Transaction::default();
        let mut sizes = Vec::new();
        let chunk = 500;
        let mut from = start;
        while from < self.data.train.len() {
            let to = (from + chunk).min(self.data.train.len());
            let images = self.images(from..to, &device); // [500, 28, 28]
            let output = model.forward(images.clone());
            let loss = vae_loss(
                self.config.reconstruction,
                output.reconstructions,
                images,
                output.mean,
                output.log_var,
            );
            tx = tx
                .register(loss.total)
                .register(loss.reconstruction)
                .register(loss.latent);
            sizes.push(to - from);
            from = to;
        }
        let values: Vec<f32> = tx.execute_async().await?.into_iter().map(first).collect();
        let mut sums = [0.0f64; 3];
        for (v, size) in values.chunks(3).zip(&sizes) {
            for (s, x) in sums.iter_mut().zip(v) {
                *s += f64::from(*x) * *size as f64;
            }
        }
        let n = VALIDATION_SIZE as f64;
        Ok(MeanLosses {
            total: (sums[0] / n) as f32,
            reconstruction: (sums[1] / n) as f32,
            latent: (sums[2] / n) as f32,
        })
    }

    /// Closes a complete epoch: the training mean, the validation loss, and a new shuffle.
    pub async fn end_epoch(&mut self) -> Result<EpochReport, VaeError> {
        let validation = self.validate().await?;
        let seen = self.seen.max(1) as f64;
        let train = MeanLosses {
            total: (self.sums[0] / seen) as f32,
            reconstruction: (self.sums[1] / seen) as f32,
            latent: (self.sums[2] / seen) as f32,
        };
        self.epoch += 1;
        let report = EpochReport {
            epoch: self.epoch,
            train,
            validation,
        };
        self.order = self.rng.permutation(self.order.len());
        self.position = 0;
        self.step = 0;
        self.sums = [0.0; 3];
        self.seen = 0;
        Ok(report)
    }
}
