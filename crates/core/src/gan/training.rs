//! A seeded training run of a GAN family on Fashion-MNIST, as slides 1.31–1.32 set it up: the
//! first 55,000 training images (`X_train / 255`, then in the family's pixel scale),
//! `shuffle(1000)` (a buffer shuffle, new each epoch), batches of 32 with `drop_remainder`
//! (1,718 steps an epoch), and each step the two phases of `train_gan`, one optimizer per
//! network (Keras' RMSprop by default). Every random draw (initial weights, shuffles, noise,
//! dropout masks) comes from the run's own generator, saved in its checkpoint, so a resumed run
//! is the same run.

use std::sync::Arc;

use burn::optim::ModuleOptimizer;
use burn::tensor::{Device, Tensor, TensorData, Transaction};
use serde::{Deserialize, Serialize};

use super::{
    GanFamily, GanRunConfig, PhaseOne, PhaseTwo, Statistics, discriminator_phase, generator_phase,
};
use crate::batches::{image_batch, order_bytes, order_from_bytes};
use crate::data::{FashionMnist, VALIDATION_SIZE, buffer_shuffle};
use crate::judge::{EpochScore, ImageScore, judged_images};
use crate::rng::Rng;
use crate::run::records::{
    load_module, load_optimizer, module_bytes, module_bytes_async, optimizer_bytes,
    optimizer_bytes_async,
};
use crate::run::{Checkpoint, CheckpointError, Curve, RunError, Section, means_side_by_side};

/// Points kept per step curve (a run of any length).
pub const CURVE_POINTS: usize = 1_000;

/// One step's numbers, as plain data.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct GanStep {
    /// 1-based epoch.
    pub epoch: usize,
    /// 1-based step within the epoch.
    pub step: usize,
    /// Phase 1's loss (the discriminator's), before its update.
    pub discriminator_loss: f32,
    /// Phase 2's loss (the generator's), before its update.
    pub generator_loss: f32,
    /// Mean D(x) over the step's real images (phase 1, before the update).
    pub d_real: f32,
    /// Mean D(G(z)) over the step's fakes (phase 1, before the update).
    pub d_fake: f32,
}

/// The four curves every GAN run draws, pushed together once per step (x = the step's, or
/// the images', count since the run began).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GanCurves {
    /// Phase 1's loss.
    pub discriminator_loss: Curve,
    /// Phase 2's loss.
    pub generator_loss: Curve,
    /// D(x).
    pub d_real: Curve,
    /// D(G(z)).
    pub d_fake: Curve,
}

impl Default for GanCurves {
    fn default() -> Self {
        Self {
            discriminator_loss: Curve::new(CURVE_POINTS),
            generator_loss: Curve::new(CURVE_POINTS),
            d_real: Curve::new(CURVE_POINTS),
            d_fake: Curve::new(CURVE_POINTS),
        }
    }
}

impl GanCurves {
    /// One step's D loss, G loss, D(x) and D(G(z)) at `x`.
    pub fn push(&mut self, x: f64, [d_loss, g_loss, d_real, d_fake]: [f32; 4]) {
        self.discriminator_loss.push(x, d_loss);
        self.generator_loss.push(x, g_loss);
        self.d_real.push(x, d_real);
        self.d_fake.push(x, d_fake);
    }

    /// The curves read back side by side: each point's x and the four means there, in
    /// [`Self::push`]'s order.
    pub fn side_by_side(&self) -> Vec<(f64, [f32; 4])> {
        means_side_by_side([
            &self.discriminator_loss,
            &self.generator_loss,
            &self.d_real,
            &self.d_fake,
        ])
    }
}

/// What a run has recorded: bounded step curves (x = steps since the run began) and the means
/// of every finished epoch.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct GanHistory {
    /// D's and G's losses, D(x) and D(G(z)).
    #[serde(flatten)]
    pub curves: GanCurves,
    /// The judge's score after each scored epoch (the engine scores; the run keeps them, so a
    /// saved run shows them again).
    #[serde(default)]
    pub scores: Vec<EpochScore>,
}

/// Where a run stands.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
struct Progress {
    /// Next image of this epoch's order.
    position: usize,
    /// Epochs done.
    epoch: usize,
    /// Steps done in the current epoch.
    step: usize,
    /// Steps since the run began.
    steps_total: u64,
    /// What the run has recorded.
    history: GanHistory,
}

/// Everything of a run besides its tensors and config: what a checkpoint's state holds.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
struct Cursor {
    /// The run's random generator.
    rng: u64,
    #[serde(flatten)]
    progress: Progress,
}

/// A GAN family's training run on Fashion-MNIST.
pub struct GanTrainer<F: GanFamily> {
    generator: F::Generator,
    discriminator: F::Discriminator,
    generator_optim: ModuleOptimizer,
    discriminator_optim: ModuleOptimizer,
    config: F::Config,
    data: Arc<FashionMnist>,
    rng: Rng,
    order: Vec<usize>,
    progress: Progress,
    /// Phase 1's fakes of the latest step (`generated_images` after the loop), in [0, 1].
    /// `[batch, 28, 28]`
    last_fakes: Option<Tensor<3>>,
    device: Device,
    /// In step mode, between a step's two phases: phase 1's loss, D(x) and D(G(z)).
    pub(crate) half_step: Option<(f32, f32, f32)>,
}

/// Pictures of a run, pixels in [0, 1], 784 per image.
#[derive(Debug, Clone, PartialEq)]
pub struct GanPictures {
    /// The latest step's fakes (as `plot_multiple_images(generated_images, 8)` shows them).
    pub fakes: Vec<Vec<f32>>,
    /// The images of the run's fixed codings (the same codings at every epoch).
    pub film: Vec<Vec<f32>>,
}

/// The number of a one-value tensor read back.
fn first(data: TensorData) -> f32 {
    data.convert::<f32>()
        .try_into_vec::<f32>()
        .ok()
        .and_then(|v| v.first().copied())
        .unwrap_or(f32::NAN)
}

/// The images one epoch passes over: the training set less the validation images, at most
/// the config's `train_images`.
fn train_size(config: &impl GanRunConfig, data: &FashionMnist) -> usize {
    (data.train.len() - VALIDATION_SIZE).min(config.train_images())
}

fn check_data(config: &impl GanRunConfig, data: &FashionMnist) -> Result<(), RunError> {
    let images = &data.train.images;
    if data.train.len() < VALIDATION_SIZE + config.batch_size() {
        return Err(RunError::TooFewImages {
            need: VALIDATION_SIZE + config.batch_size(),
            have: data.train.len(),
        });
    }
    if train_size(config, data) < config.batch_size() {
        return Err(RunError::TooFewImages {
            need: config.batch_size(),
            have: train_size(config, data),
        });
    }
    if [images.rows, images.cols] != [28, 28] {
        return Err(RunError::ImageSize {
            expected: [28, 28],
            found: [images.rows, images.cols],
        });
    }
    Ok(())
}

impl<F: GanFamily> GanTrainer<F> {
    /// A fresh run on `device`, seeded; checks the config and the data first.
    pub fn new(
        config: F::Config,
        data: Arc<FashionMnist>,
        device: &Device,
    ) -> Result<Self, RunError> {
        config.validate()?;
        check_data(&config, &data)?;
        let device = device.clone().autodiff();
        let mut rng = Rng::new(config.seed());
        let (generator, discriminator) = F::networks(&config, &mut rng, &device);
        let train_size = train_size(&config, &data);
        let order = buffer_shuffle(train_size, config.shuffle_buffer(), &mut rng);
        Ok(Self {
            generator,
            discriminator,
            generator_optim: config.optimizer().init(),
            discriminator_optim: config.optimizer().init(),
            config,
            data,
            rng,
            order,
            progress: Progress::default(),
            last_fakes: None,
            device,
            half_step: None,
        })
    }

    /// Steps per epoch: whole batches only (`drop_remainder=True`).
    pub fn steps_per_epoch(&self) -> usize {
        self.order.len() / self.config.batch_size()
    }

    /// Epochs done.
    pub fn epochs_done(&self) -> usize {
        self.progress.epoch
    }

    /// Steps done in the current epoch.
    pub fn step_in_epoch(&self) -> usize {
        self.progress.step
    }

    /// Steps since the run began.
    pub fn steps_total(&self) -> u64 {
        self.progress.steps_total
    }

    /// Whether every epoch is done.
    pub fn finished(&self) -> bool {
        self.progress.epoch >= self.config.epochs()
    }

    /// The run's hyper-parameters.
    pub fn config(&self) -> &F::Config {
        &self.config
    }

    /// What the run has recorded.
    pub fn history(&self) -> &GanHistory {
        &self.progress.history
    }

    /// The generator.
    pub fn generator(&self) -> &F::Generator {
        &self.generator
    }

    /// The discriminator.
    pub fn discriminator(&self) -> &F::Discriminator {
        &self.discriminator
    }

    /// Sets the run's epochs to `epochs` (not below those done).
    pub(crate) fn extend_to(&mut self, epochs: usize) {
        self.config.set_epochs(epochs.max(self.progress.epoch));
    }

    /// The data set the run trains on.
    pub(crate) fn data(&self) -> &FashionMnist {
        &self.data
    }

    /// The run's (autodiff) device.
    pub(crate) fn run_device(&self) -> Device {
        self.device.clone()
    }

    /// The indices of the batch the next step trains on.
    pub(crate) fn batch_indices(&self) -> Vec<usize> {
        let start = self.progress.position;
        self.order[start..start + self.config.batch_size()].to_vec()
    }

    pub(crate) fn noise(&mut self) -> Tensor<2> {
        let (n, codings) = (self.config.batch_size(), self.config.codings_size());
        let values = self.rng.normals(n * codings);
        Tensor::from_data(TensorData::new(values, [n, codings]), &self.device) // [batch, 30]
    }

    /// Phase 1 of the next step, on the next batch of the epoch's order: D's update.
    pub(crate) fn phase_one_now(&mut self) -> PhaseOne {
        let batch = self.config.batch_size();
        let start = self.progress.position;
        let reals = F::from_unit(image_batch(
            &self.data.train.images,
            self.order[start..start + batch].iter().copied(),
            &self.device,
        )); // [batch, 28, 28]
        let noise = self.noise(); // [batch, codings]
        let (discriminator, one) = discriminator_phase::<F>(
            self.discriminator.clone(),
            &mut self.discriminator_optim,
            self.config.discriminator_learning_rate(),
            &self.generator,
            noise,
            reals,
            &mut self.rng,
        );
        self.discriminator = discriminator;
        self.last_fakes = Some(F::to_unit(one.fakes.clone()));
        one
    }

    /// Phase 2 of the step on `noise`: G's update through the frozen D.
    ///
    /// # Shapes
    /// - noise: `[batch, 30]`
    pub(crate) fn phase_two_now(&mut self, noise: Tensor<2>) -> PhaseTwo {
        let (generator, two) = generator_phase::<F>(
            self.generator.clone(),
            &mut self.generator_optim,
            self.config.generator_learning_rate(),
            &self.discriminator,
            noise,
            &mut self.rng,
        );
        self.generator = generator;
        two
    }

    /// Moves past the step just done (its batch, its counters; a new buffer shuffle at an
    /// epoch's end) and returns its 1-based (epoch, step).
    pub(crate) fn advance(&mut self) -> (usize, usize) {
        self.progress.position += self.config.batch_size();
        self.progress.step += 1;
        self.progress.steps_total += 1;
        let done = (self.progress.epoch + 1, self.progress.step);
        if self.progress.step == self.steps_per_epoch() {
            // The epoch's end: a new buffer shuffle for the next one.
            self.progress.epoch += 1;
            self.progress.step = 0;
            self.progress.position = 0;
            self.order = buffer_shuffle(
                self.order.len(),
                self.config.shuffle_buffer(),
                &mut self.rng,
            );
        }
        done
    }

    /// Puts a step's numbers on the curves (x = its number since the run began), refusing a
    /// loss that is not a finite number.
    pub(crate) fn record(&mut self, x: u64, report: &GanStep) -> Result<(), RunError> {
        if let Some(bad) = [report.discriminator_loss, report.generator_loss]
            .into_iter()
            .find(|v| !v.is_finite())
        {
            return Err(RunError::NotFinite {
                epoch: report.epoch,
                step: report.step,
                value: bad,
            });
        }
        self.progress.history.curves.push(
            x as f64,
            [
                report.discriminator_loss,
                report.generator_loss,
                report.d_real,
                report.d_fake,
            ],
        );
        Ok(())
    }

    /// Up to `n` steps (each both phases), going on into the next epochs until the run is
    /// finished; the numbers of all of them are read back from the device together, once.
    pub async fn train_steps(&mut self, n: usize) -> Result<Vec<GanStep>, RunError> {
        let batch = self.config.batch_size();
        let mut tx = Transaction::default();
        let mut done = Vec::new();
        for _ in 0..n {
            if self.finished() {
                break;
            }
            let one = self.phase_one_now();
            let noise = self.noise(); // [batch, 30]: fresh noise for phase 2
            let two = self.phase_two_now(noise);
            let d_fake = one.verdicts.clone().narrow(0, 0, batch).mean(); // fakes come first
            let d_real = one.verdicts.narrow(0, batch, batch).mean();
            tx = tx
                .register(one.loss.without_autodiff())
                .register(two.loss.without_autodiff())
                .register(d_real.without_autodiff())
                .register(d_fake.without_autodiff());
            done.push(self.advance());
        }
        if done.is_empty() {
            return Ok(Vec::new());
        }
        let values: Vec<f32> = tx.execute_async().await?.into_iter().map(first).collect();
        let first_total = self.progress.steps_total - done.len() as u64;
        let mut steps = Vec::with_capacity(done.len());
        for (k, ((epoch, step), v)) in done.into_iter().zip(values.chunks(4)).enumerate() {
            let report = GanStep {
                epoch,
                step,
                discriminator_loss: v[0],
                generator_loss: v[1],
                d_real: v[2],
                d_fake: v[3],
            };
            self.record(first_total + k as u64 + 1, &report)?;
            steps.push(report);
        }
        Ok(steps)
    }

    /// The whole run as a checkpoint file: config, both networks, both optimizers, random
    /// generator, this epoch's order and position, counters and curves. Reads synchronously
    /// (the engine uses [`Self::save_async`], which gives the same bytes).
    pub fn save(&self) -> Vec<u8> {
        self.checkpoint([
            module_bytes(&self.generator),
            module_bytes(&self.discriminator),
            optimizer_bytes(&self.generator_optim),
            optimizer_bytes(&self.discriminator_optim),
        ])
    }

    /// [`Self::save`] with every tensor read in asynchronous transactions.
    pub async fn save_async(&self) -> Result<Vec<u8>, RunError> {
        Ok(self.checkpoint([
            module_bytes_async(&self.generator).await?,
            module_bytes_async(&self.discriminator).await?,
            optimizer_bytes_async(&self.generator_optim).await?,
            optimizer_bytes_async(&self.discriminator_optim).await?,
        ]))
    }

    const SECTIONS: [&'static str; 4] = [
        "generator",
        "discriminator",
        "generator_optimizer",
        "discriminator_optimizer",
    ];

    fn checkpoint(&self, networks: [Vec<u8>; 4]) -> Vec<u8> {
        let cursor = Cursor {
            rng: self.rng.state(),
            progress: self.progress.clone(),
        };
        let [g, d, g_opt, d_opt] = Self::SECTIONS;
        let [gb, db, g_optb, d_optb] = networks;
        let sections = Section::all(
            [g, d, g_opt, d_opt, "order"],
            [gb, db, g_optb, d_optb, order_bytes(&self.order)],
        );
        Checkpoint {
            model: F::MODEL.into(),
            config: serde_json::to_value(&self.config).expect("a config serialises"),
            state: serde_json::to_value(&cursor).expect("a cursor serialises"),
            sections,
        }
        .to_bytes()
    }

    /// A run continued from a checkpoint file, on `device`. Every part is checked before burn
    /// sees it; on any error nothing is built.
    pub fn load(bytes: &[u8], data: Arc<FashionMnist>, device: &Device) -> Result<Self, RunError> {
        let checkpoint = Checkpoint::from_bytes(bytes, F::MODEL)?;
        let config: F::Config = checkpoint.config_as()?;
        config.validate()?;
        check_data(&config, &data)?;
        let cursor: Cursor = checkpoint.state_as()?;
        let train_size = train_size(&config, &data);
        let order = order_from_bytes(checkpoint.section("order")?, train_size);
        let fits = |order: &Vec<usize>| {
            let p = &cursor.progress;
            // A file may hold any number here: no sum may overflow.
            p.position
                .checked_add(config.batch_size())
                .is_some_and(|end| end <= order.len())
                && p.step < order.len() / config.batch_size()
                && p.epoch <= config.epochs()
        };
        let Some(order) = order.filter(fits) else {
            return Err(CheckpointError::Malformed {
                part: "data cursor".into(),
            }
            .into());
        };
        let device = device.clone().autodiff();
        let mut rng = Rng::new(config.seed());
        let (fresh_generator, fresh_discriminator) = F::networks(&config, &mut rng, &device);
        let [g, d, g_opt, d_opt] = Self::SECTIONS;
        let generator = load_module(fresh_generator, checkpoint.section(g)?, g)?;
        let discriminator = load_module(fresh_discriminator, checkpoint.section(d)?, d)?;
        let stepped = cursor.progress.steps_total > 0;
        let generator_optim = load_optimizer(
            config.optimizer().init(),
            checkpoint.section(g_opt)?,
            &generator,
            stepped,
            g_opt,
        )?;
        let discriminator_optim = load_optimizer(
            config.optimizer().init(),
            checkpoint.section(d_opt)?,
            &discriminator,
            stepped,
            d_opt,
        )?;
        Ok(Self {
            generator,
            discriminator,
            generator_optim,
            discriminator_optim,
            config,
            data,
            rng: Rng::from_state(cursor.rng),
            order,
            progress: cursor.progress,
            last_fakes: None,
            device,
            half_step: None,
        })
    }

    /// The generator's images of `codings` as the lecture shows them (`generator(codings)`:
    /// batch normalisation on its running statistics), in [0, 1].
    ///
    /// # Shapes
    /// - codings: `[n, codings_size]`
    /// - output: `[n, 28, 28]`
    pub fn look(&self, codings: Tensor<2>) -> Tensor<3> {
        F::to_unit(F::generate(&self.generator, codings, Statistics::Running))
    }

    /// The 2,000 images the judge scores the run on: the generator's images of the judge's
    /// fixed codings, as 8-bit pixels (nothing of the run changes).
    pub async fn judged_images(&self) -> Result<Vec<u8>, RunError> {
        let codings = self.config.codings_size();
        judged_images(|z| self.look(z), codings, &self.device).await
    }

    /// Keeps the judge's score of the run after `epoch` epochs (replacing an earlier one).
    pub fn record_score(&mut self, epoch: u32, score: ImageScore) {
        let scores = &mut self.progress.history.scores;
        scores.retain(|s| s.epoch != epoch);
        scores.push(EpochScore { epoch, score });
        scores.sort_by_key(|s| s.epoch);
    }

    /// The run's `film` fixed codings (the same at every epoch, drawn from their own seeded
    /// generator), and that generator, to draw more from.
    ///
    /// # Shapes
    /// - output: `[film, codings_size]`
    pub fn film_codings(&self, film: usize) -> (Tensor<2>, Rng) {
        let codings = self.config.codings_size();
        let mut fixed = Rng::new(self.config.seed() ^ 0xF11A);
        let noise = TensorData::new(fixed.normals(film * codings), [film, codings]);
        (Tensor::from_data(noise, &self.device), fixed)
    }

    /// The latest step's fakes (or, before any step since loading, fakes from fixed noise) and
    /// the images of `film` fixed codings, drawn from their own seeded generator so that
    /// looking changes nothing of the run.
    pub async fn pictures(&self, film: usize) -> Result<GanPictures, RunError> {
        let codings = self.config.codings_size();
        let (film_noise, mut fixed) = self.film_codings(film); // [film, codings]
        let fakes = match &self.last_fakes {
            Some(fakes) => fakes.clone(),
            None => {
                let n = self.config.batch_size();
                let noise = TensorData::new(fixed.normals(n * codings), [n, codings]);
                self.look(Tensor::from_data(noise, &self.device))
            }
        }; // [batch, 28, 28]
        let film_images = self.look(film_noise); // [film, 28, 28]
        let data = Transaction::default()
            .register(fakes.without_autodiff())
            .register(film_images.without_autodiff())
            .execute_async()
            .await?;
        let images = |data: &TensorData| -> Vec<Vec<f32>> {
            let values = data
                .clone()
                .convert::<f32>()
                .try_into_vec::<f32>()
                .unwrap_or_default();
            values.chunks(784).map(<[f32]>::to_vec).collect()
        };
        Ok(GanPictures {
            fakes: images(&data[0]),
            film: images(&data[1]),
        })
    }
}
