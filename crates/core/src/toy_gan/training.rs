//! Training the toy GAN by backpropagation (slides 1.23–1.28): a discriminator step on real X's
//! and detached generated pictures, and a generator step through the frozen discriminator —
//! each loss updates only its own network. Steps return plain numbers; the UI owns the loop.

use burn::config::Config;
use burn::module::Module;
use burn::optim::{GradientsParams, ModuleOptimizer};

use crate::optim::AdamConfig;
use burn::tensor::activation::sigmoid;
use burn::tensor::{Device, Tensor, TensorData, Transaction};
use serde::{Deserialize, Serialize};

use super::discriminator::{Discriminator, DiscriminatorConfig};
use super::generator::{Generator, GeneratorConfig};
use super::loss::{discriminator_loss, generator_loss};
use super::rng::Rng;
use super::screen::{PIXELS, Screen, real_batch};
use crate::run::records::{
    load_module, load_optimizer, module_bytes, module_bytes_async, optimizer_bytes,
    optimizer_bytes_async,
};
use crate::run::{Checkpoint, Curve, RunError, Section, Setting, limit};

/// Hyper-parameters of a toy GAN training run.
#[derive(Config, Debug)]
pub struct ToyGanTrainingConfig {
    /// Adam's learning rate, for both networks.
    #[config(default = 0.01)]
    pub learning_rate: f64,
    /// Real and generated pictures per step.
    #[config(default = 16)]
    pub batch_size: usize,
    /// How far real pictures stray from the perfect pattern (0 = perfect).
    #[config(default = 0.1)]
    pub noise: f32,
    /// Whether the real pictures include O's (two modes: watch for mode collapse).
    #[config(default = false)]
    pub with_o: bool,
    /// Seed of the initial weights, the real pictures and the z values.
    #[config(default = 7)]
    pub seed: u64,
}

/// The model id of the toy GAN's runs and checkpoints.
pub const MODEL: &str = "toy-gan";

/// Points kept per loss curve.
pub const CURVE_POINTS: usize = 1_000;

impl ToyGanTrainingConfig {
    /// Checks every hyper-parameter against the limits table ([`crate::run::limit`]).
    pub fn validate(&self) -> Result<(), RunError> {
        let check = |setting, value: f64| limit(MODEL, setting).check(value);
        check(Setting::LearningRate, self.learning_rate)?;
        check(Setting::BatchSize, self.batch_size as f64)?;
        check(Setting::Noise, f64::from(self.noise))?;
        check(Setting::Seed, self.seed as f64)?;
        Ok(())
    }
}

/// One network's step, as plain numbers.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct StepReport {
    /// The loss before the update.
    pub loss: f32,
    /// Mean D(x) over the real pictures of the step.
    pub d_real: f32,
    /// Mean D(G(z)) over the generated pictures of the step.
    pub d_fake: f32,
}

/// A discriminator step followed by a generator step.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct RoundReport {
    /// The discriminator's step.
    pub discriminator: StepReport,
    /// The generator's step.
    pub generator: StepReport,
}

/// Both networks' parameters and some generated pictures, as plain numbers.
#[derive(Debug, Clone, PartialEq)]
pub struct ToyGanSnapshot {
    /// Generator weights uⱼ.
    pub generator_weights: Vec<f32>,
    /// Generator biases vⱼ.
    pub generator_biases: Vec<f32>,
    /// Discriminator weights wⱼ.
    pub discriminator_weights: Vec<f32>,
    /// Discriminator bias c.
    pub discriminator_bias: f32,
    /// G(z) for each requested z.
    pub pictures: Vec<Screen>,
}

/// A training run of the toy GAN.
pub struct ToyGanTrainer {
    /// The generator.
    pub generator: Generator,
    /// The discriminator.
    pub discriminator: Discriminator,
    generator_optim: ModuleOptimizer,
    discriminator_optim: ModuleOptimizer,
    config: ToyGanTrainingConfig,
    rng: Rng,
    device: Device,
    /// Rounds done.
    pub rounds: usize,
    /// Discriminator steps done (in rounds or alone).
    pub discriminator_steps: usize,
    /// Generator steps done (in rounds or alone).
    pub generator_steps: usize,
    history: ToyGanHistory,
}

/// One network's steps, thinned to bounded curves (x = that network's step count).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StepCurves {
    /// The loss.
    pub loss: Curve,
    /// Mean D(x) over the step's real pictures.
    pub d_real: Curve,
    /// Mean D(G(z)) over the step's generated pictures.
    pub d_fake: Curve,
}

impl Default for StepCurves {
    fn default() -> Self {
        Self {
            loss: Curve::new(CURVE_POINTS),
            d_real: Curve::new(CURVE_POINTS),
            d_fake: Curve::new(CURVE_POINTS),
        }
    }
}

impl StepCurves {
    fn push(&mut self, step: usize, report: &StepReport) {
        let x = step as f64;
        self.loss.push(x, report.loss);
        self.d_real.push(x, report.d_real);
        self.d_fake.push(x, report.d_fake);
    }
}

/// Both networks' steps so far.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ToyGanHistory {
    /// The discriminator's steps.
    pub discriminator: StepCurves,
    /// The generator's steps.
    pub generator: StepCurves,
}

/// A checkpoint's state besides the tensors and the config.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
struct Cursor {
    rng: u64,
    rounds: usize,
    discriminator_steps: usize,
    generator_steps: usize,
    history: ToyGanHistory,
}

fn values(data: TensorData) -> Vec<f32> {
    data.convert::<f32>()
        .try_into_vec::<f32>()
        .unwrap_or_default()
}

impl ToyGanTrainer {
    /// Random networks on `device` (autodiff is enabled on it), seeded by the config.
    pub fn new(config: ToyGanTrainingConfig, device: &Device) -> Result<Self, RunError> {
        config.validate()?;
        let device = device.clone().autodiff();
        let mut rng = Rng::new(config.seed);
        let generator = GeneratorConfig::new().init(&mut rng, &device);
        let discriminator = DiscriminatorConfig::new().init(&mut rng, &device);
        Ok(Self {
            generator,
            discriminator,
            generator_optim: AdamConfig::new().init(),
            discriminator_optim: AdamConfig::new().init(),
            config,
            rng,
            device,
            rounds: 0,
            discriminator_steps: 0,
            generator_steps: 0,
            history: ToyGanHistory::default(),
        })
    }

    /// The whole run as a checkpoint file (both networks, both optimizers, the random
    /// generator, the counters and the curves). Reads synchronously: the engine uses
    /// [`Self::save_async`], which gives the same bytes on any backend.
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

    /// The file, given the sections' bytes: generator, discriminator and their optimizers.
    fn checkpoint(&self, sections: [Vec<u8>; 4]) -> Vec<u8> {
        let cursor = Cursor {
            rng: self.rng.state(),
            rounds: self.rounds,
            discriminator_steps: self.discriminator_steps,
            generator_steps: self.generator_steps,
            history: self.history.clone(),
        };
        let names = [
            "generator",
            "discriminator",
            "generator_optimizer",
            "discriminator_optimizer",
        ];
        Checkpoint {
            model: MODEL.into(),
            config: serde_json::to_value(&self.config).expect("a config serialises"),
            state: serde_json::to_value(&cursor).expect("a cursor serialises"),
            sections: Section::all(names, sections),
        }
        .to_bytes()
    }

    /// A run continued from a checkpoint file, on `device`; every part is checked before burn
    /// sees it, and nothing is built on an error.
    pub fn load(bytes: &[u8], device: &Device) -> Result<Self, RunError> {
        let checkpoint = Checkpoint::from_bytes(bytes, MODEL)?;
        let config: ToyGanTrainingConfig = checkpoint.config_as()?;
        config.validate()?;
        let cursor: Cursor = checkpoint.state_as()?;
        let device = device.clone().autodiff();
        let mut rng = Rng::new(config.seed);
        let generator = load_module(
            GeneratorConfig::new().init(&mut rng, &device),
            checkpoint.section("generator")?,
            "generator",
        )?;
        let discriminator = load_module(
            DiscriminatorConfig::new().init(&mut rng, &device),
            checkpoint.section("discriminator")?,
            "discriminator",
        )?;
        let generator_optim = load_optimizer(
            AdamConfig::new().init(),
            checkpoint.section("generator_optimizer")?,
            &generator,
            cursor.generator_steps > 0,
            "generator_optimizer",
        )?;
        let discriminator_optim = load_optimizer(
            AdamConfig::new().init(),
            checkpoint.section("discriminator_optimizer")?,
            &discriminator,
            cursor.discriminator_steps > 0,
            "discriminator_optimizer",
        )?;
        Ok(Self {
            generator,
            discriminator,
            generator_optim,
            discriminator_optim,
            config,
            rng: Rng::from_state(cursor.rng),
            device,
            rounds: cursor.rounds,
            discriminator_steps: cursor.discriminator_steps,
            generator_steps: cursor.generator_steps,
            history: cursor.history,
        })
    }

    /// Both losses so far.
    pub fn history(&self) -> &ToyGanHistory {
        &self.history
    }

    /// The run's hyper-parameters.
    pub fn config(&self) -> &ToyGanTrainingConfig {
        &self.config
    }

    /// Replaces the discriminator's weights (the student edited them).
    pub fn set_discriminator(&mut self, weights: &[f32], bias: f32) {
        self.discriminator = DiscriminatorConfig::new().init_with(weights, bias, &self.device);
        self.discriminator_optim = AdamConfig::new().init();
    }

    /// Replaces the generator's weights and biases.
    pub fn set_generator(&mut self, weights: &[f32], biases: &[f32]) {
        self.generator = GeneratorConfig::new().init_with(weights, biases, &self.device);
        self.generator_optim = AdamConfig::new().init();
    }

    fn z_batch(&mut self) -> Tensor<2> {
        let n = self.config.batch_size;
        let zs: Vec<f32> = (0..n).map(|_| self.rng.uniform()).collect();
        Tensor::<1>::from_floats(zs.as_slice(), &self.device).reshape([n, 1]) // [batch, 1]
    }

    fn real_batch(&mut self) -> Tensor<2> {
        let n = self.config.batch_size;
        let pixels = real_batch(n, self.config.noise, self.config.with_o, &mut self.rng);
        Tensor::<1>::from_floats(pixels.as_slice(), &self.device).reshape([n, PIXELS]) // [batch, 9]
    }

    /// A discriminator step, its numbers left on the device: −ln D(x) on real pictures plus
    /// −ln(1 − D(G(z))) on generated ones (detached, so the generator is untouched).
    fn discriminator_update(&mut self) -> [Tensor<1>; 3] {
        let real = self.real_batch(); // [batch, 9]
        let z = self.z_batch(); // [batch, 1]
        let fake = self.generator.forward(z).detach(); // [batch, 9]
        let real_scores = self.discriminator.score(real); // [batch, 1]
        let fake_scores = self.discriminator.score(fake); // [batch, 1]
        let d_real = sigmoid(real_scores.clone().detach()).mean();
        let d_fake = sigmoid(fake_scores.clone().detach()).mean();
        let loss = discriminator_loss(real_scores, fake_scores);
        let grads = GradientsParams::from_grads(loss.backward(), &self.discriminator);
        self.discriminator = self.discriminator_optim.step(
            self.config.learning_rate,
            self.discriminator.clone(),
            grads,
        );
        self.discriminator_steps += 1;
        [loss, d_real, d_fake]
    }

    /// A generator step, its numbers left on the device: −ln D(G(z)) through the discriminator,
    /// updating only the generator.
    fn generator_update(&mut self) -> [Tensor<1>; 3] {
        let real = self.real_batch(); // [batch, 9], only to report D(x)
        let z = self.z_batch(); // [batch, 1]
        let fake = self.generator.forward(z); // [batch, 9]
        let fake_scores = self.discriminator.score(fake); // [batch, 1]
        let d_real = self.discriminator.forward(real).detach().mean();
        let d_fake = sigmoid(fake_scores.clone().detach()).mean();
        let loss = generator_loss(fake_scores);
        let grads = GradientsParams::from_grads(loss.backward(), &self.generator);
        self.generator =
            self.generator_optim
                .step(self.config.learning_rate, self.generator.clone(), grads);
        self.generator_steps += 1;
        [loss, d_real, d_fake]
    }

    /// Reads many steps' numbers back in one transfer.
    async fn read(steps: Vec<[Tensor<1>; 3]>) -> Result<Vec<StepReport>, RunError> {
        let mut tx = Transaction::default();
        for t in &steps {
            for x in t {
                tx = tx.register(x.clone().without_autodiff());
            }
        }
        let values: Vec<f32> = tx
            .execute_async()
            .await?
            .into_iter()
            .map(|d| values(d).first().copied().unwrap_or(f32::NAN))
            .collect();
        let reports: Vec<StepReport> = values
            .chunks(3)
            .map(|v| StepReport {
                loss: v[0],
                d_real: v[1],
                d_fake: v[2],
            })
            .collect();
        if let Some((k, bad)) = reports
            .iter()
            .enumerate()
            .find(|(_, r)| !r.loss.is_finite())
        {
            return Err(RunError::NotFinite {
                epoch: 0,
                step: k + 1,
                value: bad.loss,
            });
        }
        Ok(reports)
    }

    /// One discriminator step.
    pub async fn discriminator_step(&mut self) -> Result<StepReport, RunError> {
        let step = self.discriminator_update();
        let report = Self::read(vec![step]).await?[0];
        let n = self.discriminator_steps;
        self.history.discriminator.push(n, &report);
        Ok(report)
    }

    /// One generator step.
    pub async fn generator_step(&mut self) -> Result<StepReport, RunError> {
        let step = self.generator_update();
        let report = Self::read(vec![step]).await?[0];
        let n = self.generator_steps;
        self.history.generator.push(n, &report);
        Ok(report)
    }

    /// A discriminator step, then a generator step.
    pub async fn round(&mut self) -> Result<RoundReport, RunError> {
        Ok(self.rounds_batch(1).await?[0])
    }

    /// `n` rounds, their numbers read back together at the end (one transfer, so a GPU is not
    /// stalled after every step).
    pub async fn rounds_batch(&mut self, n: usize) -> Result<Vec<RoundReport>, RunError> {
        let mut steps = Vec::with_capacity(2 * n);
        for _ in 0..n {
            steps.push(self.discriminator_update());
            steps.push(self.generator_update());
            self.rounds += 1;
        }
        let reports = Self::read(steps).await?;
        let first_d = self.discriminator_steps - n;
        let first_g = self.generator_steps - n;
        for (k, c) in reports.chunks(2).enumerate() {
            let h = &mut self.history;
            h.discriminator.push(first_d + k + 1, &c[0]);
            h.generator.push(first_g + k + 1, &c[1]);
        }
        Ok(reports
            .chunks(2)
            .map(|c| RoundReport {
                discriminator: c[0],
                generator: c[1],
            })
            .collect())
    }

    /// The parameters and G(z) for each of `zs`.
    pub async fn snapshot(&self, zs: &[f32]) -> Result<ToyGanSnapshot, RunError> {
        let z = Tensor::<1>::from_floats(zs, &self.device).reshape([zs.len(), 1]); // [n, 1]
        let pictures = self.generator.forward(z); // [n, 9]
        let g = &self.generator.neurons;
        let d = &self.discriminator.neuron;
        let mut tx = Transaction::default()
            .register(g.weight.val().without_autodiff())
            .register(d.weight.val().without_autodiff())
            .register(pictures.without_autodiff());
        let g_bias = g.bias.as_ref().map(|b| b.val().without_autodiff());
        let d_bias = d.bias.as_ref().map(|b| b.val().without_autodiff());
        if let (Some(gb), Some(db)) = (g_bias, d_bias) {
            tx = tx.register(gb).register(db);
        }
        let mut data = tx.execute_async().await?.into_iter().map(values);
        let generator_weights = data.next().unwrap_or_default();
        let discriminator_weights = data.next().unwrap_or_default();
        let flat = data.next().unwrap_or_default();
        let generator_biases = data.next().unwrap_or_else(|| vec![0.0; PIXELS]);
        let discriminator_bias = data.next().and_then(|v| v.first().copied()).unwrap_or(0.0);
        let pictures = flat
            .chunks(PIXELS)
            .map(|c| {
                let mut s = [0.0; PIXELS];
                s.copy_from_slice(c);
                s
            })
            .collect();
        Ok(ToyGanSnapshot {
            generator_weights,
            generator_biases,
            discriminator_weights,
            discriminator_bias,
            pictures,
        })
    }

    /// The device the run trains on.
    pub fn device(&self) -> &Device {
        &self.device
    }
}

/// Module helper: the number of trainable values of a network.
pub fn parameter_count<M: Module>(module: &M) -> usize {
    module.num_params()
}
