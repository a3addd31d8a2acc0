//! Training the toy GAN by backpropagation (slides 1.23–1.28): a discriminator step on real X's
//! and detached generated pictures, and a generator step through the frozen discriminator —
//! each loss updates only its own network. Steps return plain numbers; the UI owns the loop.

use burn::config::Config;
use burn::module::Module;
use burn::optim::{AdamConfig, GradientsParams, ModuleOptimizer};
use burn::tensor::activation::sigmoid;
use burn::tensor::{Device, ExecutionError, Tensor, TensorData, Transaction};
use thiserror::Error;

use super::discriminator::{Discriminator, DiscriminatorConfig};
use super::generator::{Generator, GeneratorConfig};
use super::loss::{discriminator_loss, generator_loss};
use super::rng::Rng;
use super::screen::{PIXELS, Screen, real_batch};

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

/// Why a run cannot start or go on.
#[derive(Debug, Error, Clone, PartialEq)]
pub enum ToyGanError {
    /// Learning rate not in (0, 10].
    #[error("la tasa de aprendizaje debe estar entre 0 y 10 (sin incluir el 0); se recibió {0}")]
    LearningRate(f64),
    /// Batch size not in 1..=4096.
    #[error("el tamaño del lote debe estar entre 1 y 4096; se recibió {0}")]
    BatchSize(usize),
    /// Noise not in [0, 0.5].
    #[error("el ruido de las imágenes reales debe estar entre 0 y 0.5; se recibió {0}")]
    Noise(f32),
    /// A loss became NaN or infinite.
    #[error(
        "la pérdida dejó de ser un número finito ({0}); reinicia el entrenamiento o baja la tasa de aprendizaje"
    )]
    NotFinite(f32),
    /// Reading results from the device failed.
    #[error("no se pudieron leer los resultados del dispositivo: {0}")]
    Read(String),
}

impl From<ExecutionError> for ToyGanError {
    fn from(e: ExecutionError) -> Self {
        Self::Read(format!("{e:?}"))
    }
}

impl ToyGanTrainingConfig {
    /// Checks every hyper-parameter.
    pub fn validate(&self) -> Result<(), ToyGanError> {
        if !(self.learning_rate.is_finite()
            && self.learning_rate > 0.0
            && self.learning_rate <= 10.0)
        {
            return Err(ToyGanError::LearningRate(self.learning_rate));
        }
        if !(1..=4096).contains(&self.batch_size) {
            return Err(ToyGanError::BatchSize(self.batch_size));
        }
        if !(self.noise.is_finite() && (0.0..=0.5).contains(&self.noise)) {
            return Err(ToyGanError::Noise(self.noise));
        }
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
}

fn values(data: TensorData) -> Vec<f32> {
    data.convert::<f32>()
        .try_into_vec::<f32>()
        .unwrap_or_default()
}

impl ToyGanTrainer {
    /// Random networks on `device` (autodiff is enabled on it), seeded by the config.
    pub fn new(config: ToyGanTrainingConfig, device: &Device) -> Result<Self, ToyGanError> {
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
        })
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
    async fn read(steps: Vec<[Tensor<1>; 3]>) -> Result<Vec<StepReport>, ToyGanError> {
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
        if let Some(bad) = reports.iter().find(|r| !r.loss.is_finite()) {
            return Err(ToyGanError::NotFinite(bad.loss));
        }
        Ok(reports)
    }

    /// One discriminator step.
    pub async fn discriminator_step(&mut self) -> Result<StepReport, ToyGanError> {
        let step = self.discriminator_update();
        Ok(Self::read(vec![step]).await?[0])
    }

    /// One generator step.
    pub async fn generator_step(&mut self) -> Result<StepReport, ToyGanError> {
        let step = self.generator_update();
        Ok(Self::read(vec![step]).await?[0])
    }

    /// A discriminator step, then a generator step.
    pub async fn round(&mut self) -> Result<RoundReport, ToyGanError> {
        Ok(self.rounds_batch(1).await?[0])
    }

    /// `n` rounds, their numbers read back together at the end (one transfer, so a GPU is not
    /// stalled after every step).
    pub async fn rounds_batch(&mut self, n: usize) -> Result<Vec<RoundReport>, ToyGanError> {
        let mut steps = Vec::with_capacity(2 * n);
        for _ in 0..n {
            steps.push(self.discriminator_update());
            steps.push(self.generator_update());
            self.rounds += 1;
        }
        let reports = Self::read(steps).await?;
        Ok(reports
            .chunks(2)
            .map(|c| RoundReport {
                discriminator: c[0],
                generator: c[1],
            })
            .collect())
    }

    /// The parameters and G(z) for each of `zs`.
    pub async fn snapshot(&self, zs: &[f32]) -> Result<ToyGanSnapshot, ToyGanError> {
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
