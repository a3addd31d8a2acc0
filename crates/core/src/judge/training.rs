//! Training the judge: cross-entropy on all 60,000 labelled training images, Adam, a few
//! epochs, every random number from one seeded generator — so `cargo xtask pretrain judge`
//! makes the same bytes every time on the CPU backend.

use burn::config::Config;
use burn::module::Module;
use burn::optim::GradientsParams;
use burn::tensor::activation::log_softmax;
use burn::tensor::{Device, Tensor, TensorData};

use super::classifier::{Judge, JudgeConfig};
use crate::batches::image_batch;
use crate::data::FashionMnist;
use crate::optim::AdamConfig;
use crate::rng::Rng;
use crate::run::records::module_bytes;

/// How the judge is trained.
#[derive(Config, Debug)]
pub struct JudgeTrainingConfig {
    /// The network's shape.
    #[config(default = "JudgeConfig::new()")]
    pub judge: JudgeConfig,
    /// Passes over the 60,000 training images.
    #[config(default = 8)]
    pub epochs: usize,
    /// Images per step.
    #[config(default = 64)]
    pub batch_size: usize,
    /// Adam's learning rate.
    #[config(default = 1e-3)]
    pub learning_rate: f64,
    /// Seed of the weights and of each epoch's shuffle.
    #[config(default = 42)]
    pub seed: u64,
}

/// A trained judge: its network (without gradients) and its weights file.
pub struct TrainedJudge {
    /// The network.
    pub judge: Judge,
    /// Its weights, as the site ships them.
    pub bytes: Vec<u8>,
    /// Mean training loss of each epoch.
    pub losses: Vec<f32>,
}

/// Mean cross-entropy of the logits against the labels.
///
/// # Shapes
/// - logits: `[batch, classes]`
/// - one_hot: `[batch, classes]`
/// - output: `[1]`
pub fn cross_entropy(logits: Tensor<2>, one_hot: Tensor<2>) -> Tensor<1> {
    let [batch, _] = logits.dims();
    (log_softmax(logits, 1) * one_hot).sum().neg() / batch as f32
}

/// Trains the judge on the CPU backend, calling `on_epoch(epoch, mean_loss)` after each epoch.
pub fn train(
    config: &JudgeTrainingConfig,
    data: &FashionMnist,
    mut on_epoch: impl FnMut(usize, f32),
) -> TrainedJudge {
    let device = Device::flex().autodiff();
    let mut rng = Rng::new(config.seed);
    let mut judge = config.judge.init(&mut rng, &device);
    let mut optimizer = AdamConfig::new().with_epsilon(1e-7).init();
    let classes = config.judge.classes;
    let n = data.train.len();
    let mut losses = Vec::with_capacity(config.epochs);
    for epoch in 1..=config.epochs {
        let order = rng.permutation(n);
        let mut total = Tensor::<1>::zeros([1], &device);
        let mut steps = 0;
        for batch in order.chunks(config.batch_size) {
            let images = image_batch(&data.train.images, batch.iter().copied(), &device); // [b, 28, 28]
            let mut one_hot = vec![0.0f32; batch.len() * classes];
            for (row, &i) in batch.iter().enumerate() {
                one_hot[row * classes + usize::from(data.train.labels[i])] = 1.0;
            }
            let targets =
                Tensor::from_data(TensorData::new(one_hot, [batch.len(), classes]), &device); // [b, 10]
            let logits = judge.logits(judge.features(images)); // [b, 10]
            let loss = cross_entropy(logits, targets);
            total = total + loss.clone().detach();
            steps += 1;
            let grads = GradientsParams::from_grads(loss.backward(), &judge);
            judge = optimizer.step(config.learning_rate, judge, grads);
        }
        let sum = total.into_data().iter::<f32>().next().unwrap_or(f32::NAN);
        let mean = sum / steps.max(1) as f32;
        losses.push(mean);
        on_epoch(epoch, mean);
    }
    let judge = judge.valid();
    let bytes = module_bytes(&judge);
    TrainedJudge {
        judge,
        bytes,
        losses,
    }
}
