//! Training the VAE as the lecture's `fit` does (slide 1.10): the last 5,000 training images
//! held out for validation, shuffled batches of 128, Nadam (or Adam), per-epoch training and
//! validation loss. The trainer runs steps and returns plain numbers; the UI owns the loop.

use std::sync::Arc;

use burn::config::Config;
use burn::module::Module;
use burn::optim::{GradientsParams, ModuleOptimizer};
use burn::tensor::{Device, Tensor, TensorData, Transaction};
use serde::{Deserialize, Serialize};

use super::loss::{ReconstructionLoss, vae_loss};
use super::model::{VariationalAutoencoder, VariationalAutoencoderConfig};
use crate::batches::{image_batch, order_bytes, order_from_bytes};
use crate::data::{FashionMnist, VALIDATION_SIZE};
pub use crate::optim::OptimizerKind;
use crate::rng::Rng;
use crate::run::records::{
    load_module, load_optimizer, module_bytes, module_bytes_async, optimizer_bytes,
    optimizer_bytes_async,
};
use crate::run::{Checkpoint, CheckpointError, Curve, RunError, Section, Setting, limit};

/// The model id of the VAE's runs and checkpoints.
pub const MODEL: &str = "vae";

/// Points kept per step-loss curve (a run of any length).
pub const CURVE_POINTS: usize = 1_000;

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
    /// Nadam (the lecture's), Adam or RMSprop.
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

impl VaeTrainingConfig {
    /// Checks every hyper-parameter against the limits table ([`crate::run::limit`]).
    pub fn validate(&self) -> Result<(), RunError> {
        let check = |setting, value: f64| limit(MODEL, setting).check(value);
        check(Setting::Epochs, self.epochs as f64)?;
        check(Setting::BatchSize, self.batch_size as f64)?;
        check(Setting::LearningRate, self.learning_rate)?;
        check(Setting::Seed, self.seed as f64)?;
        check(Setting::CodingsSize, self.model.codings_size as f64)?;
        if self.model.hidden.is_empty() {
            check(Setting::HiddenUnits, 0.0)?;
        }
        check(Setting::HiddenLayers, self.model.hidden.len() as f64)?;
        let (rows, cols) = (self.model.rows, self.model.cols);
        if [rows, cols] != [28, 28] {
            // Made for Fashion-MNIST's images (a checkpoint could say otherwise; a form cannot).
            return Err(RunError::ImageSize {
                expected: [28, 28],
                found: [rows, cols],
            });
        }
        for &units in &self.model.hidden {
            check(Setting::HiddenUnits, units as f64)?;
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
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct MeanLosses {
    /// Total (reconstruction + latent / 784).
    pub total: f32,
    /// Reconstruction.
    pub reconstruction: f32,
    /// Mean latent loss per image.
    pub latent: f32,
}

/// An epoch's summary, as Keras prints it.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct EpochReport {
    /// 1-based epoch.
    pub epoch: usize,
    /// Training loss: the mean of the epoch's batch losses, weighted by batch size.
    pub train: MeanLosses,
    /// Validation loss on the 5,000 held-out images.
    pub validation: MeanLosses,
}

/// The run's history: every epoch's summary, and the step losses thinned to a bounded curve.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct VaeHistory {
    /// Every completed epoch.
    pub epochs: Vec<EpochReport>,
    /// The total loss of every step (x = steps since the run began).
    pub total: Curve,
    /// The reconstruction part.
    pub reconstruction: Curve,
    /// The latent part (per image, before the / 784).
    pub latent: Curve,
}

impl Default for VaeHistory {
    fn default() -> Self {
        Self {
            epochs: Vec::new(),
            total: Curve::new(CURVE_POINTS),
            reconstruction: Curve::new(CURVE_POINTS),
            latent: Curve::new(CURVE_POINTS),
        }
    }
}

/// Where a run stands: its place in the data and its counters, sums and history.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
struct Progress {
    /// Next image of the shuffled order.
    position: usize,
    /// Epochs done.
    epoch: usize,
    /// Steps done in the current epoch.
    step: usize,
    /// Steps since the run began.
    steps_total: u64,
    /// The current epoch's loss sums (total, reconstruction, latent), weighted by batch size.
    sums: [f64; 3],
    /// Images behind those sums.
    seen: usize,
    /// What the run has recorded.
    history: VaeHistory,
}

/// Everything of a run besides its tensors and config: what a checkpoint's state holds.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
struct Cursor {
    /// The run's random generator.
    rng: u64,
    #[serde(flatten)]
    progress: Progress,
}

/// A VAE training run on Fashion-MNIST.
pub struct VaeTrainer {
    model: VariationalAutoencoder,
    optimizer: ModuleOptimizer,
    config: VaeTrainingConfig,
    data: Arc<FashionMnist>,
    rng: Rng,
    order: Vec<usize>,
    progress: Progress,
    device: Device,
}

fn first(data: TensorData) -> f32 {
    data.convert::<f32>()
        .try_into_vec::<f32>()
        .ok()
        .and_then(|v| v.first().copied())
        .unwrap_or(f32::NAN)
}

/// Checks that the data fits the model's split and image size.
fn check_data(config: &VaeTrainingConfig, data: &FashionMnist) -> Result<(), RunError> {
    let images = &data.train.images;
    if data.train.len() <= VALIDATION_SIZE {
        return Err(RunError::TooFewImages {
            need: VALIDATION_SIZE,
            have: data.train.len(),
        });
    }
    if (images.rows, images.cols) != (config.model.rows, config.model.cols) {
        return Err(RunError::ImageSize {
            expected: [config.model.rows, config.model.cols],
            found: [images.rows, images.cols],
        });
    }
    Ok(())
}

impl VaeTrainer {
    /// A fresh model on `device`, seeded; checks the config and the data first.
    pub fn new(
        config: VaeTrainingConfig,
        data: Arc<FashionMnist>,
        device: &Device,
    ) -> Result<Self, RunError> {
        config.validate()?;
        check_data(&config, &data)?;
        let ad_device = device.clone().autodiff();
        let mut rng = Rng::new(config.seed);
        let model = config.model.init(&mut rng, &ad_device);
        let optimizer = config.optimizer.init();
        let order = rng.permutation(data.train.len() - VALIDATION_SIZE);
        Ok(Self {
            model,
            optimizer,
            config,
            data,
            rng,
            order,
            progress: Progress::default(),
            device: ad_device,
        })
    }

    /// The whole run as a checkpoint file: config, weights, optimizer state, random generator,
    /// data order and position, counters and history.
    ///
    /// Reads the tensors synchronously, which the CPU backend can do and WebGPU in a browser
    /// cannot: the engine uses [`Self::save_async`], which gives the same bytes.
    pub fn save(&self) -> Vec<u8> {
        self.checkpoint(module_bytes(&self.model), optimizer_bytes(&self.optimizer))
    }

    /// [`Self::save`] with every tensor read in asynchronous transactions (any backend,
    /// WebGPU in a browser included).
    pub async fn save_async(&self) -> Result<Vec<u8>, RunError> {
        let model = module_bytes_async(&self.model).await?;
        let optimizer = optimizer_bytes_async(&self.optimizer).await?;
        Ok(self.checkpoint(model, optimizer))
    }

    fn checkpoint(&self, model: Vec<u8>, optimizer: Vec<u8>) -> Vec<u8> {
        let cursor = Cursor {
            rng: self.rng.state(),
            progress: self.progress.clone(),
        };
        Checkpoint {
            model: MODEL.into(),
            config: serde_json::to_value(&self.config).expect("a config serialises"),
            state: serde_json::to_value(&cursor).expect("a cursor serialises"),
            sections: Section::all(
                ["model", "optimizer", "order"],
                [model, optimizer, order_bytes(&self.order)],
            ),
        }
        .to_bytes()
    }

    /// A run continued from a checkpoint file, on `device`. Every part is checked before burn
    /// sees it; on any error nothing is built (the caller's current run is untouched).
    pub fn load(bytes: &[u8], data: Arc<FashionMnist>, device: &Device) -> Result<Self, RunError> {
        let checkpoint = Checkpoint::from_bytes(bytes, MODEL)?;
        let config: VaeTrainingConfig = checkpoint.config_as()?;
        config.validate()?;
        check_data(&config, &data)?;
        let cursor: Cursor = checkpoint.state_as()?;
        let train_size = data.train.len() - VALIDATION_SIZE;
        let order_section = checkpoint.section("order")?;
        let order = order_from_bytes(order_section, train_size);
        let Some(order) = order.filter(|_| {
            cursor.progress.position <= train_size && cursor.progress.epoch <= config.epochs
        }) else {
            return Err(CheckpointError::Malformed {
                part: "data cursor".into(),
            }
            .into());
        };
        let ad_device = device.clone().autodiff();
        let fresh = config.model.init(&mut Rng::new(config.seed), &ad_device);
        let model = load_module(fresh, checkpoint.section("model")?, "model")?;
        let optimizer = load_optimizer(
            config.optimizer.init(),
            checkpoint.section("optimizer")?,
            &model,
            cursor.progress.steps_total > 0,
            "optimizer",
        )?;
        Ok(Self {
            model,
            optimizer,
            config,
            data,
            rng: Rng::from_state(cursor.rng),
            order,
            progress: cursor.progress,
            device: ad_device,
        })
    }

    /// The 2,000 images the judge scores the VAE on: the decoder's images of the judge's fixed
    /// codings N(0, I) (slide 1.3's "generate from random codings"), as 8-bit pixels.
    pub async fn judged_images(&self) -> Result<Vec<u8>, RunError> {
        let codings = self.config.model.codings_size;
        let decoder = &self.model().decoder;
        crate::judge::judged_images(|z| decoder.forward(z), codings, self.device()).await
    }

    /// What the run has recorded so far.
    pub fn history(&self) -> &VaeHistory {
        &self.progress.history
    }

    /// Steps since the run began.
    pub fn steps_total(&self) -> u64 {
        self.progress.steps_total
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
        self.progress.epoch
    }

    /// Steps done in the current epoch.
    pub fn step_in_epoch(&self) -> usize {
        self.progress.step
    }

    /// Whether every epoch of the config is done.
    pub fn finished(&self) -> bool {
        self.progress.epoch >= self.config.epochs
    }

    /// Whether the current epoch has used every training image (validate, then `end_epoch`).
    pub fn epoch_complete(&self) -> bool {
        self.progress.position >= self.order.len()
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
        image_batch(&self.data.train.images, indices, device)
    }

    /// Up to `n` training steps, stopping at the end of the epoch; the losses of all of them
    /// are read back from the device together, once.
    pub async fn train_steps(&mut self, n: usize) -> Result<Vec<StepLosses>, RunError> {
        let mut tx = Transaction::default();
        let mut done = Vec::new();
        for _ in 0..n {
            if self.epoch_complete() || self.finished() {
                break;
            }
            let end = (self.progress.position + self.config.batch_size).min(self.order.len());
            let batch = self.images(
                self.order[self.progress.position..end].iter().copied(),
                &self.device.clone(),
            ); // [batch, 28, 28]
            let size = end - self.progress.position;
            self.progress.position = end;
            self.progress.step += 1;
            let codings = self.config.model.codings_size;
            let noise = self.rng.normals(size * codings);
            let noise =
                Tensor::<1>::from_floats(noise.as_slice(), &self.device).reshape([size, codings]); // [batch, 10]: ε
            let output = self.model.forward_with_noise(batch.clone(), noise);
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
            done.push((self.progress.epoch + 1, self.progress.step, size));
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
                return Err(RunError::NotFinite {
                    epoch,
                    step,
                    value: losses.total,
                });
            }
            for (sum, x) in self.progress.sums.iter_mut().zip([v[0], v[1], v[2]]) {
                *sum += f64::from(x) * size as f64;
            }
            self.progress.seen += size;
            self.progress.steps_total += 1;
            let x = self.progress.steps_total as f64;
            self.progress.history.total.push(x, v[0]);
            self.progress.history.reconstruction.push(x, v[1]);
            self.progress.history.latent.push(x, v[2]);
            out.push(losses);
        }
        Ok(out)
    }

    /// Mean losses on the 5,000 validation images (with sampling, as Keras evaluates; the noise
    /// comes from a generator of its own, so validating changes nothing of the run).
    pub async fn validate(&self) -> Result<MeanLosses, RunError> {
        let model = self.model.valid();
        let device = self.device.clone().without_autodiff();
        let start = self.data.train.len() - VALIDATION_SIZE;
        let mut tx = Transaction::default();
        let mut sizes = Vec::new();
        let chunk = 500;
        let mut noise_rng =
            Rng::new(self.config.seed ^ ((0x7A11D + self.progress.epoch as u64) << 20));
        let mut from = start;
        while from < self.data.train.len() {
            let to = (from + chunk).min(self.data.train.len());
            let images = self.images(from..to, &device); // [500, 28, 28]
            let codings = self.config.model.codings_size;
            let noise = noise_rng.normals((to - from) * codings);
            let noise =
                Tensor::<1>::from_floats(noise.as_slice(), &device).reshape([to - from, codings]); // [500, 10]
            let output = model.forward_with_noise(images.clone(), noise);
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
    pub async fn end_epoch(&mut self) -> Result<EpochReport, RunError> {
        let validation = self.validate().await?;
        let seen = self.progress.seen.max(1) as f64;
        let train = MeanLosses {
            total: (self.progress.sums[0] / seen) as f32,
            reconstruction: (self.progress.sums[1] / seen) as f32,
            latent: (self.progress.sums[2] / seen) as f32,
        };
        self.progress.epoch += 1;
        let report = EpochReport {
            epoch: self.progress.epoch,
            train,
            validation,
        };
        self.progress.history.epochs.push(report);
        self.order = self.rng.permutation(self.order.len());
        self.progress.position = 0;
        self.progress.step = 0;
        self.progress.sums = [0.0; 3];
        self.progress.seen = 0;
        Ok(report)
    }
}
