//! A seeded progressive-GAN run on Fashion-MNIST (slides 1.35–1.39): the first 55,000 training
//! images padded to 32 × 32 and scaled to [−1, 1], shown at the current level's side (average
//! pooled; during a fade-in blended with the previous side's, upsampled, as the generator's
//! output is). Each step is the lecture's two phases with the non-saturating loss of the rest
//! of the lecture (binary cross-entropy; the paper's WGAN-GP needs gradients of gradients,
//! which burn 0.22 lacks), Adam (lr 0.001, β₁ 0, β₂ 0.99, ε 10⁻⁸) reset at every new level.

use std::sync::Arc;

use burn::config::Config;
use burn::module::Module;
use burn::optim::{GradientsParams, ModuleOptimizer};
use burn::tensor::activation::sigmoid;
use burn::tensor::{Device, Tensor, TensorData, Transaction};
use serde::{Deserialize, Serialize};

use super::discriminator::{ProganDiscriminator, ProganDiscriminatorConfig};
use super::fade_in::fade_in;
use super::generator::{ProganGenerator, ProganGeneratorConfig};
use super::growth::{Growth, Position, Stage};
use super::looks::{FadeLook, LevelPictures, PixelNormLook, StdValues};
use super::minibatch_std::group_deviation;
use super::resample::{at_side, crop_to_28, downsample, pad_to_32, upsample};
use crate::batches::{image_batch, order_bytes, order_from_bytes};
use crate::data::{FashionMnist, VALIDATION_SIZE};
use crate::gan::{GanCurves, binary_cross_entropy};
use crate::judge::{ImageScore, judged_images};
use crate::optim::adam::AdamConfig;
use crate::rng::Rng;
use crate::run::records::{
    load_module, load_optimizer, module_bytes, module_bytes_async, optimizer_bytes,
    optimizer_bytes_async,
};
use crate::run::{Checkpoint, CheckpointError, Limit, RunError, Section, Setting, limit};

/// The model id of progressive-GAN runs.
pub const MODEL: &str = "progan";

/// The run's hyper-parameters.
#[derive(Config, Debug)]
pub struct ProganTrainingConfig {
    /// The generator (its `channels` also shape the discriminator).
    pub generator: ProganGeneratorConfig,
    /// The discriminator's switches.
    pub discriminator: ProganDiscriminatorConfig,
    /// Real images per step (and as many fakes); a multiple of 4 keeps the minibatch
    /// standard deviation's groups whole.
    #[config(default = 16)]
    pub batch_size: usize,
    /// Adam's learning rate for both networks (the paper's 0.001).
    #[config(default = 0.001)]
    pub learning_rate: f64,
    /// Training images of each level's stable phase, 4 × 4 first.
    #[config(default = "vec![16_000, 16_000, 16_000, 16_000]")]
    pub stable_images: Vec<usize>,
    /// Training images of each new level's fade-in, 8 × 8 first.
    #[config(default = "vec![16_000, 16_000, 16_000]")]
    pub fade_images: Vec<usize>,
    /// Seed of the initial weights, the order of the images and the noise.
    #[config(default = 42)]
    pub seed: u64,
}

impl ProganTrainingConfig {
    /// The browser tests' "tiny phases": 64 images a phase.
    pub fn with_tiny_phases(mut self) -> Self {
        let levels = self.generator.channels.len();
        self.stable_images = vec![64; levels];
        self.fade_images = vec![64; levels.saturating_sub(1)];
        self
    }

    /// The growth schedule.
    pub fn growth(&self) -> Growth {
        Growth {
            stable_images: self.stable_images.clone(),
            fade_images: self.fade_images.clone(),
        }
    }

    /// Checks every hyper-parameter against the limits table ([`crate::run::limit`]).
    pub fn validate(&self) -> Result<(), RunError> {
        let check = |setting, value: f64| limit(MODEL, setting).check(value);
        let levels = self.generator.channels.len();
        check(Setting::Levels, levels as f64)?;
        // One stable phase per level and one fade-in per level after the first.
        let exactly = |n: usize| Limit {
            setting: Setting::Levels,
            min: n as f64,
            max: n as f64,
            integer: true,
        };
        exactly(levels).check(self.stable_images.len() as f64)?;
        exactly(levels - 1).check(self.fade_images.len() as f64)?;
        check(Setting::BatchSize, self.batch_size as f64)?;
        check(Setting::LearningRate, self.learning_rate)?;
        check(Setting::Seed, self.seed as f64)?;
        check(Setting::CodingsSize, self.generator.codings_size as f64)?;
        for &c in &self.generator.channels {
            check(Setting::Channels, c as f64)?;
        }
        for &n in self.stable_images.iter().chain(&self.fade_images) {
            check(Setting::PhaseImages, n as f64)?;
        }
        Ok(())
    }
}

/// One step's numbers, as plain data.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct ProganStep {
    /// Training images shown once this step is done.
    pub images: usize,
    /// The level and α the step trained at.
    pub stage: Stage,
    /// Phase 1's loss (the discriminator's), before its update.
    pub discriminator_loss: f32,
    /// Phase 2's loss (the generator's), before its update.
    pub generator_loss: f32,
    /// Mean D(x) over the real images (phase 1, before the update).
    pub d_real: f32,
    /// Mean D(G(z)) over the fakes (phase 1, before the update).
    pub d_fake: f32,
}

/// What a run has recorded: bounded step curves (x = training images shown), the time each
/// level took, its pictures per level and the judge's score once grown.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct ProganHistory {
    /// D's and G's losses, D(x) and D(G(z)) (x = images shown).
    #[serde(flatten)]
    pub curves: GanCurves,
    /// Milliseconds of training spent at each level (4 × 4 first), as the engine timed them.
    pub level_millis: Vec<f64>,
    /// The fixed codings' images at the end of each level reached.
    pub levels: Vec<LevelPictures>,
    /// The judge's score of the grown 32 × 32 generator (centre 28 × 28).
    pub score: Option<ImageScore>,
}

/// Everything of a run besides its tensors and config: what a checkpoint's state holds.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
struct Cursor {
    rng: u64,
    position: usize,
    images: usize,
    optim_level: usize,
    history: ProganHistory,
}

/// A progressive GAN's training run on Fashion-MNIST.
pub struct ProganTrainer {
    generator: ProganGenerator,
    discriminator: ProganDiscriminator,
    generator_optim: ModuleOptimizer,
    discriminator_optim: ModuleOptimizer,
    /// The level the optimizers were made for (they are new at every level).
    optim_level: usize,
    config: ProganTrainingConfig,
    growth: Growth,
    data: Arc<FashionMnist>,
    rng: Rng,
    order: Vec<usize>,
    position: usize,
    images: usize,
    history: ProganHistory,
    device: Device,
}

/// Images of the fixed codings the page shows (and keeps per level).
pub const FILM: usize = 8;

/// Images per [`StdValues`] batch.
const STD_BATCH: usize = 16;

/// Model-space images (nominally [−1, 1]) as 8-bit grey levels, image by image.
fn grey_images(data: TensorData, per_image: usize) -> Vec<Vec<u8>> {
    let values = data
        .convert::<f32>()
        .try_into_vec::<f32>()
        .unwrap_or_default();
    values
        .chunks(per_image.max(1))
        .map(|c| {
            c.iter()
                .map(|v| (((v + 1.0) / 2.0).clamp(0.0, 1.0) * 255.0).round() as u8)
                .collect()
        })
        .collect()
}

/// The paper's Adam: β₁ 0, β₂ 0.99, ε 10⁻⁸.
fn adam() -> ModuleOptimizer {
    AdamConfig::new()
        .with_beta_1(0.0)
        .with_beta_2(0.99)
        .with_epsilon(1e-8)
        .init()
}

/// The number of a one-value tensor read back.
fn first_value(data: TensorData) -> f32 {
    data.convert::<f32>()
        .try_into_vec::<f32>()
        .ok()
        .and_then(|v| v.first().copied())
        .unwrap_or(f32::NAN)
}

impl ProganTrainer {
    /// A fresh run on `device`, seeded; checks the config and the data first.
    pub fn new(
        config: ProganTrainingConfig,
        data: Arc<FashionMnist>,
        device: &Device,
    ) -> Result<Self, RunError> {
        config.validate()?;
        let images = &data.train.images;
        if [images.rows, images.cols] != [28, 28] {
            return Err(RunError::ImageSize {
                expected: [28, 28],
                found: [images.rows, images.cols],
            });
        }
        let train = data.train.len().saturating_sub(VALIDATION_SIZE);
        if train < config.batch_size {
            return Err(RunError::TooFewImages {
                need: VALIDATION_SIZE + config.batch_size,
                have: data.train.len(),
            });
        }
        let device = device.clone().autodiff();
        let mut rng = Rng::new(config.seed);
        let generator = config.generator.init(&mut rng, &device);
        let discriminator = ProganDiscriminatorConfig {
            channels: config.generator.channels.clone(),
            ..config.discriminator.clone()
        }
        .init(&mut rng, &device);
        let order = rng.permutation(train);
        Ok(Self {
            generator,
            discriminator,
            generator_optim: adam(),
            discriminator_optim: adam(),
            optim_level: 0,
            growth: config.growth(),
            config,
            data,
            rng,
            order,
            position: 0,
            images: 0,
            history: ProganHistory::default(),
            device,
        })
    }

    /// Where the run stands in its growth.
    pub fn position(&self) -> Position {
        self.growth.position(self.images)
    }

    /// The growth schedule.
    pub fn growth(&self) -> &Growth {
        &self.growth
    }

    /// Training images shown so far.
    pub fn images_done(&self) -> usize {
        self.images
    }

    /// Whether the whole schedule is done.
    pub fn finished(&self) -> bool {
        self.images >= self.growth.total_images()
    }

    /// The run's hyper-parameters.
    pub fn config(&self) -> &ProganTrainingConfig {
        &self.config
    }

    /// The generator.
    pub fn generator(&self) -> &ProganGenerator {
        &self.generator
    }

    /// The discriminator.
    pub fn discriminator(&self) -> &ProganDiscriminator {
        &self.discriminator
    }

    /// The run's (autodiff) device.
    pub fn device(&self) -> &Device {
        &self.device
    }

    /// `n` codings from the run's generator.
    ///
    /// # Shapes
    /// - output: `[n, codings]`
    fn noise(&mut self, n: usize) -> Tensor<2> {
        let codings = self.config.generator.codings_size;
        let values = self.rng.normals(n * codings);
        Tensor::from_data(TensorData::new(values, [n, codings]), &self.device)
    }

    /// The next batch of real images at the stage's side (a new order after each pass).
    ///
    /// # Shapes
    /// - output: `[batch, 1, side, side]`, in [−1, 1]
    fn reals(&mut self, stage: Stage) -> Tensor<4> {
        let batch = self.config.batch_size;
        if self.position + batch > self.order.len() {
            self.order = self.rng.permutation(self.order.len());
            self.position = 0;
        }
        let indices = self.order[self.position..self.position + batch]
            .iter()
            .copied();
        self.position += batch;
        let images = image_batch(&self.data.train.images, indices, &self.device); // [batch, 28, 28]
        real_at(pad_to_32(images), stage)
    }

    /// One step (both phases) at the current stage; its numbers stay on the device.
    fn step(&mut self) -> (Stage, [Tensor<1>; 4]) {
        let stage = self.position().stage;
        if stage.level != self.optim_level {
            // A new level: both optimizers start again, as the official code.
            self.generator_optim = adam();
            self.discriminator_optim = adam();
            self.optim_level = stage.level;
        }
        let batch = self.config.batch_size;
        let lr = self.config.learning_rate;
        // Phase 1: the discriminator, fakes (no gradient to G) then reals.
        let reals = self.reals(stage); // [batch, 1, s, s]
        let noise = self.noise(batch); // [batch, codings]
        let fakes = self.generator.forward(noise, stage).detach(); // [batch, 1, s, s]
        let images = Tensor::cat(vec![fakes, reals], 0); // [2·batch, 1, s, s]
        let targets = Tensor::cat(
            vec![
                Tensor::zeros([batch, 1], &self.device),
                Tensor::ones([batch, 1], &self.device),
            ],
            0,
        ); // [2·batch, 1]
        let logits = self.discriminator.forward(images, stage); // [2·batch, 1]
        let d_loss = binary_cross_entropy(logits.clone(), targets);
        let grads = GradientsParams::from_grads(d_loss.backward(), &self.discriminator);
        self.discriminator = self
            .discriminator_optim
            .step(lr, self.discriminator.clone(), grads);
        let verdicts = sigmoid(logits.detach()); // [2·batch, 1]
        let d_fake = verdicts.clone().narrow(0, 0, batch).mean();
        let d_real = verdicts.narrow(0, batch, batch).mean();
        // Phase 2: the generator, through the frozen discriminator.
        let noise = self.noise(batch);
        let fakes = self.generator.forward(noise, stage); // [batch, 1, s, s]
        let frozen = self.discriminator.clone().no_grad();
        let logits = frozen.forward(fakes, stage); // [batch, 1]
        let g_loss = binary_cross_entropy(logits, Tensor::ones([batch, 1], &self.device));
        let grads = GradientsParams::from_grads(g_loss.backward(), &self.generator);
        self.generator = self.generator_optim.step(lr, self.generator.clone(), grads);
        self.images += batch;
        (stage, [d_loss.detach(), g_loss.detach(), d_real, d_fake])
    }

    /// Up to `n` steps, until the schedule ends; their numbers are read back together, once.
    pub async fn train_steps(&mut self, n: usize) -> Result<Vec<ProganStep>, RunError> {
        let mut tx = Transaction::default();
        let mut done = Vec::new();
        for _ in 0..n {
            if self.finished() {
                break;
            }
            let (stage, numbers) = self.step();
            for t in numbers {
                tx = tx.register(t.without_autodiff());
            }
            done.push((stage, self.images));
        }
        if done.is_empty() {
            return Ok(Vec::new());
        }
        let values: Vec<f32> = tx
            .execute_async()
            .await?
            .into_iter()
            .map(first_value)
            .collect();
        let mut steps = Vec::with_capacity(done.len());
        for ((stage, images), v) in done.into_iter().zip(values.chunks(4)) {
            if let Some(bad) = v[..2].iter().copied().find(|x| !x.is_finite()) {
                return Err(RunError::NotFinite {
                    epoch: 0,
                    step: images / self.config.batch_size,
                    value: bad,
                });
            }
            let step = ProganStep {
                images,
                stage,
                discriminator_loss: v[0],
                generator_loss: v[1],
                d_real: v[2],
                d_fake: v[3],
            };
            self.history
                .curves
                .push(images as f64, [v[0], v[1], v[2], v[3]]);
            steps.push(step);
        }
        Ok(steps)
    }

    /// What the run has recorded.
    pub fn history(&self) -> &ProganHistory {
        &self.history
    }

    /// Adds `millis` of training to `level`'s time.
    pub fn add_level_time(&mut self, level: usize, millis: f64) {
        let times = &mut self.history.level_millis;
        if times.len() <= level {
            times.resize(level + 1, 0.0);
        }
        times[level] += millis;
    }

    /// Keeps the fixed codings' images of `level` (replacing earlier ones of that level).
    pub fn keep_level_pictures(&mut self, pictures: LevelPictures) {
        let levels = &mut self.history.levels;
        levels.retain(|p| p.level != pictures.level);
        levels.push(pictures);
        levels.sort_by_key(|p| p.level);
    }

    /// Keeps the judge's score of the grown generator.
    pub fn record_score(&mut self, score: ImageScore) {
        self.history.score = Some(score);
    }

    /// The run's fixed codings (the same all run long, from their own seeded generator).
    ///
    /// # Shapes
    /// - output: `[n, codings]`
    fn fixed_codings(&self, n: usize) -> Tensor<2> {
        let codings = self.config.generator.codings_size;
        let mut fixed = Rng::new(self.config.seed ^ 0xF11A);
        let values = fixed.normals(n * codings);
        Tensor::from_data(TensorData::new(values, [n, codings]), &self.device)
    }

    /// The fixed codings' images at the run's stage, as grey levels, with the stage.
    pub async fn pictures(&self) -> Result<(Stage, Vec<Vec<u8>>), RunError> {
        let stage = self.position().stage;
        let side = stage.side();
        let images = self.sample(self.fixed_codings(FILM)); // [8, 1, s, s]
        let data = images.into_data_async().await?;
        Ok((stage, grey_images(data, side * side)))
    }

    /// The fixed codings' images at `level`'s side, drawn by its stable path (any level the
    /// generator has; the page keeps them as each level ends).
    pub async fn level_pictures(&self, level: usize) -> Result<LevelPictures, RunError> {
        let generator = self.generator.valid();
        let images = generator.forward(self.fixed_codings(FILM).inner(), Stage::stable(level)); // [8, 1, s, s]
        let side = 4 << level;
        let data = images.into_data_async().await?;
        Ok(LevelPictures {
            level,
            side,
            images: grey_images(data, side * side),
        })
    }

    /// Slide 1.37: both paths of `level`'s fade-in and the generator's output at `alpha`
    /// (level ≥ 1 and at most the run's level), for the fixed codings.
    pub async fn fade_look(&self, level: usize, alpha: f32) -> Result<FadeLook, RunError> {
        let generator = self.generator.valid();
        let codings = self.fixed_codings(FILM).inner();
        let paths = generator.fade_paths(codings.clone(), level);
        let blend = generator.forward(codings, Stage { level, alpha });
        let data = Transaction::default()
            .register(paths.old)
            .register(paths.new)
            .register(blend)
            .execute_async()
            .await?;
        let side = 4 << level;
        let mut parts = data.into_iter().map(|d| grey_images(d, side * side));
        Ok(FadeLook {
            level,
            side,
            alpha,
            old: parts.next().unwrap_or_default(),
            new: parts.next().unwrap_or_default(),
            blend: parts.next().unwrap_or_default(),
        })
    }

    /// Slide 1.38's three values at the run's stage (computed whether or not the run's
    /// discriminator uses the layer).
    pub async fn std_values(&self) -> Result<StdValues, RunError> {
        let stage = self.position().stage;
        let discriminator = self.discriminator.valid();
        let device = self.device.clone().inner();
        let reals = real_at(
            pad_to_32(image_batch(
                &self.data.test.images,
                (0..STD_BATCH).map(|i| i % self.data.test.images.count.max(1)),
                &device,
            )),
            stage,
        ); // [16, 1, s, s]
        let generator = self.generator.valid();
        let fakes = generator.forward(self.fixed_codings(STD_BATCH).inner(), stage); // [16, 1, s, s]
        let first = fakes.clone().narrow(0, 0, 1).repeat_dim(0, STD_BATCH); // [16, 1, s, s]
        let value = |images: Tensor<4>| {
            group_deviation(discriminator.last_maps(images, stage)).mean() // [1]
        };
        let data = Transaction::default()
            .register(value(reals))
            .register(value(fakes))
            .register(value(first))
            .execute_async()
            .await?;
        let mut v = data.into_iter().map(first_value);
        Ok(StdValues {
            real: v.next().unwrap_or(f32::NAN),
            generated: v.next().unwrap_or(f32::NAN),
            collapsed: v.next().unwrap_or(f32::NAN),
        })
    }

    /// Slide 1.39's look at `level`'s last convolution (at most the run's level), for the
    /// first fixed coding.
    pub async fn pixel_norm_look(&self, level: usize) -> Result<PixelNormLook, RunError> {
        let generator = self.generator.valid();
        let probe = generator.pixel_norm_probe(self.fixed_codings(1).inner(), level);
        let side = 4 << level;
        let rms = |x: Tensor<4>| x.powi_scalar(2).mean_dim(1).sqrt(); // [1, 1, s, s]
        let centre = |x: Tensor<4>| {
            let [_, c, _, _] = x.dims();
            x.slice([0..1, 0..c, side / 2..side / 2 + 1, side / 2..side / 2 + 1]) // [1, c, 1, 1]
        };
        let data = Transaction::default()
            .register(centre(probe.before.clone()))
            .register(centre(probe.after.clone()))
            .register(rms(probe.before))
            .register(rms(probe.after))
            .execute_async()
            .await?;
        let mut v = data
            .into_iter()
            .map(|d| d.convert::<f32>().try_into_vec::<f32>().unwrap_or_default());
        Ok(PixelNormLook {
            level,
            side,
            before: v.next().unwrap_or_default(),
            after: v.next().unwrap_or_default(),
            rms_before: v.next().unwrap_or_default(),
            rms_after: v.next().unwrap_or_default(),
        })
    }

    /// The 2,000 images the judge scores (the grown generator's 32 × 32 images, centre
    /// 28 × 28), as 8-bit pixels.
    pub async fn judged_images(&self) -> Result<Vec<u8>, RunError> {
        let generator = self.generator.valid();
        let last = Stage::stable(self.growth.levels() - 1);
        let device = self.device.clone().inner();
        let codings = self.config.generator.codings_size;
        judged_images(
            |z| crop_to_28(upsample_to_32(generator.forward(z, last))),
            codings,
            &device,
        )
        .await
    }

    const SECTIONS: [&'static str; 4] = [
        "generator",
        "discriminator",
        "generator_optimizer",
        "discriminator_optimizer",
    ];

    /// The whole run as a checkpoint file: config, both networks, both optimizers, random
    /// generator, order and position, counters and history.
    pub fn save(&self) -> Vec<u8> {
        self.checkpoint([
            module_bytes(&self.generator),
            module_bytes(&self.discriminator),
            optimizer_bytes(&self.generator_optim),
            optimizer_bytes(&self.discriminator_optim),
        ])
    }

    /// [`Self::save`] with every tensor read asynchronously (the same bytes).
    pub async fn save_async(&self) -> Result<Vec<u8>, RunError> {
        Ok(self.checkpoint([
            module_bytes_async(&self.generator).await?,
            module_bytes_async(&self.discriminator).await?,
            optimizer_bytes_async(&self.generator_optim).await?,
            optimizer_bytes_async(&self.discriminator_optim).await?,
        ]))
    }

    fn checkpoint(&self, networks: [Vec<u8>; 4]) -> Vec<u8> {
        let cursor = Cursor {
            rng: self.rng.state(),
            position: self.position,
            images: self.images,
            optim_level: self.optim_level,
            history: self.history.clone(),
        };
        let [g, d, g_opt, d_opt] = Self::SECTIONS;
        let [gb, db, g_optb, d_optb] = networks;
        Checkpoint {
            model: MODEL.into(),
            config: serde_json::to_value(&self.config).expect("a config serialises"),
            state: serde_json::to_value(&cursor).expect("a cursor serialises"),
            sections: Section::all(
                [g, d, g_opt, d_opt, "order"],
                [gb, db, g_optb, d_optb, order_bytes(&self.order)],
            ),
        }
        .to_bytes()
    }

    /// A run continued from a checkpoint file, on `device`; on any error nothing is built.
    pub fn load(bytes: &[u8], data: Arc<FashionMnist>, device: &Device) -> Result<Self, RunError> {
        let checkpoint = Checkpoint::from_bytes(bytes, MODEL)?;
        let config: ProganTrainingConfig = checkpoint.config_as()?;
        let cursor: Cursor = checkpoint.state_as()?;
        let mut run = Self::new(config, data, device)?;
        let train = run.order.len();
        let fits = cursor.position <= train
            && cursor.optim_level < run.growth.levels()
            && cursor.images <= run.growth.total_images() + run.config.batch_size;
        let order = order_from_bytes(checkpoint.section("order")?, train).filter(|_| fits);
        let Some(order) = order else {
            return Err(CheckpointError::Malformed {
                part: "data cursor".into(),
            }
            .into());
        };
        let [g, d, g_opt, d_opt] = Self::SECTIONS;
        run.generator = load_module(run.generator, checkpoint.section(g)?, g)?;
        run.discriminator = load_module(run.discriminator, checkpoint.section(d)?, d)?;
        // The levels not reached yet have no optimizer state: nothing to require.
        run.generator_optim = load_optimizer(
            adam(),
            checkpoint.section(g_opt)?,
            &run.generator,
            false,
            g_opt,
        )?;
        run.discriminator_optim = load_optimizer(
            adam(),
            checkpoint.section(d_opt)?,
            &run.discriminator,
            false,
            d_opt,
        )?;
        run.rng = Rng::from_state(cursor.rng);
        run.order = order;
        run.position = cursor.position;
        run.images = cursor.images;
        run.optim_level = cursor.optim_level;
        run.history = cursor.history;
        Ok(run)
    }

    /// Images from `codings` at the run's current stage, without gradients.
    ///
    /// # Shapes
    /// - codings: `[n, codings]`
    /// - output: `[n, 1, side, side]`, nominally in [−1, 1]
    pub fn sample(&self, codings: Tensor<2>) -> Tensor<4> {
        let generator = self.generator.valid();
        generator.forward(codings.inner(), self.position().stage)
    }
}

/// Real images (padded to 32 × 32, in [−1, 1]) as the discriminator sees them at `stage`:
/// average-pooled to its side; during a fade-in mixed with the previous side's, upsampled,
/// with the same α as the generator's two paths.
///
/// # Shapes
/// - padded: `[batch, 1, 32, 32]`
/// - output: `[batch, 1, side, side]`
pub fn real_at(padded: Tensor<4>, stage: Stage) -> Tensor<4> {
    let images = at_side(padded, stage.side());
    if stage.fading() {
        let old = upsample(downsample(images.clone()));
        fade_in(old, images, stage.alpha)
    } else {
        images
    }
}

/// Images at any side brought to 32 × 32 (nearest upsampling).
///
/// # Shapes
/// - images: `[n, 1, side, side]`
/// - output: `[n, 1, 32, 32]`
fn upsample_to_32(mut images: Tensor<4>) -> Tensor<4> {
    while images.dims()[2] < super::resample::PADDED {
        images = upsample(images);
    }
    images
}
