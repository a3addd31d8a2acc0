//! The lecture's VAE (slides 1.1–1.10): shapes, the latent loss in both forms, Nadam against
//! Keras' own numbers, refused hyper-parameters, and one epoch on the real Fashion-MNIST
//! reaching the validation loss Keras reaches.

use generativa_core::burn::module::{Module, Param};
use generativa_core::burn::optim::GradientsParams;
use generativa_core::burn::tensor::{Device, Tensor};
use generativa_core::rng::Rng;
use generativa_core::run::RunError;
mod common;
use common::{real_data, tiny_data};
use generativa_core::vae::{
    NadamConfig, OptimizerKind, ReconstructionLoss, Sampling, VaeTrainer, VaeTrainingConfig,
    VariationalAutoencoderConfig, by_hand, latent_loss, latent_loss_sigma, reconstruction_loss,
};

fn values<const D: usize>(t: Tensor<D>) -> Vec<f32> {
    t.into_data()
        .convert::<f32>()
        .try_into_vec::<f32>()
        .unwrap()
}

fn floats<const D: usize>(v: &[f32], shape: [usize; D], device: &Device) -> Tensor<D> {
    Tensor::<1>::from_floats(v, device).reshape(shape)
}

#[test]
fn shapes_and_parameter_counts_match_keras_summary() {
    let device = Device::flex();
    let model = VariationalAutoencoderConfig::new().init(&mut Rng::new(0), &device);
    let images = Tensor::<3>::zeros([4, 28, 28], &device);
    let out = model.forward(images);
    assert_eq!(out.reconstructions.dims(), [4, 28, 28]);
    assert_eq!(out.mean.dims(), [4, 10]);
    assert_eq!(out.log_var.dims(), [4, 10]);
    assert_eq!(out.codings.dims(), [4, 10]);
    // Keras' summary(): encoder 784·150+150 + 150·100+100 + 2·(100·10+10) = 134,870;
    // decoder 10·100+100 + 100·150+150 + 150·784+784 = 134,634.
    assert_eq!(model.encoder.num_params(), 134_870);
    assert_eq!(model.decoder.num_params(), 134_634);
}

#[test]
fn sampling_multiplies_the_noise_by_sigma() {
    let device = Device::flex();
    let mean = floats(&[1.0, -2.0], [1, 2], &device);
    let log_var = floats(&[2.0f32.ln() * 2.0, 0.0], [1, 2], &device); // σ = 2, σ = 1
    let noise = floats(&[0.5, -1.0], [1, 2], &device);
    let z = values(Sampling.forward_with_noise(mean, log_var, noise));
    assert!(
        (z[0] - 2.0).abs() < 1e-6 && (z[1] + 3.0).abs() < 1e-6,
        "{z:?}"
    );
    // Many draws: mean μ and standard deviation σ.
    device.seed(3);
    let n = 20_000;
    let mean = Tensor::<2>::full([n, 1], 1.5, &device);
    let log_var = Tensor::<2>::full([n, 1], (0.5f32 * 0.5).ln(), &device);
    let z = values(Sampling.forward(mean, log_var));
    let m = z.iter().sum::<f32>() / n as f32;
    let sd = (z.iter().map(|x| (x - m).powi(2)).sum::<f32>() / n as f32).sqrt();
    assert!(
        (m - 1.5).abs() < 0.02 && (sd - 0.5).abs() < 0.02,
        "mean {m}, sd {sd}"
    );
}

#[test]
fn latent_loss_in_both_forms() {
    let device = Device::flex();
    // Two images, two codings: (μ, σ) = (1, 2), (0, 1) and (−0.5, 0.5), (2, 1.5).
    let mu = [1.0f32, 0.0, -0.5, 2.0];
    let sigma = [2.0f32, 1.0, 0.5, 1.5];
    let gamma: Vec<f32> = sigma.iter().map(|s| (s * s).ln()).collect();
    let by_sigma = values(latent_loss_sigma(
        floats(&mu, [2, 2], &device),
        floats(&sigma, [2, 2], &device),
    ));
    let by_gamma = values(latent_loss(
        floats(&mu, [2, 2], &device),
        floats(&gamma, [2, 2], &device),
    ));
    // Worked by hand: image 1 = −½[(1 + ln 4 − 4 − 1) + 0] = 2 − ln 2;
    // image 2 = −½[(1 + ln ¼ − ¼ − ¼) + (1 + ln 2.25 − 2.25 − 4)].
    let one = 2.0 - 2f64.ln();
    let two = -0.5 * ((1.0 + 0.25f64.ln() - 0.25 - 0.25) + (1.0 + 2.25f64.ln() - 2.25 - 4.0));
    for (got, want) in [
        (by_sigma[0], one),
        (by_sigma[1], two),
        (by_gamma[0], one),
        (by_gamma[1], two),
    ] {
        assert!((f64::from(got) - want).abs() < 1e-5, "{got} vs {want}");
    }
    let plain = by_hand::latent_loss_sigma(&[1.0, 0.0], &[2.0, 1.0]);
    assert!((plain - one).abs() < 1e-12);
    // Zero exactly when every coding is N(0, 1).
    let zero = values(latent_loss(
        Tensor::zeros([1, 10], &device),
        Tensor::zeros([1, 10], &device),
    ));
    assert_eq!(zero, vec![0.0]);
}

#[test]
fn reconstruction_losses() {
    let device = Device::flex();
    let images = floats(&[0.0, 1.0, 0.5, 0.25], [1, 2, 2], &device);
    let outputs = floats(&[0.5, 0.5, 0.5, 0.5], [1, 2, 2], &device);
    let mse = values(reconstruction_loss(
        ReconstructionLoss::Mse,
        outputs,
        images.clone(),
    ))[0];
    assert!((mse - (0.25 + 0.25 + 0.0 + 0.0625) / 4.0).abs() < 1e-6);
    // BCE on logits 0 (σ = 0.5) is ln 2 whatever the target.
    let bce = values(reconstruction_loss(
        ReconstructionLoss::Bce,
        Tensor::zeros([1, 2, 2], &device),
        images,
    ))[0];
    assert!((bce - 2f32.ln()).abs() < 1e-6);
}

#[test]
fn nadam_matches_keras() {
    // Keras 3.15.1, Nadam() defaults, w₀ = [1, −2, 3, 0.5], loss = Σ w³.
    let expected: [(usize, [f64; 4]); 3] = [
        (1, [0.998937190, -2.001062870, 2.998937130, 0.498937219]),
        (3, [0.997453928, -2.002548695, 2.997452736, 0.497455716]),
        (5, [0.996044636, -2.003962278, 2.996041536, 0.496049225]),
    ];
    let device = Device::flex().autodiff();
    let mut w = Param::from_tensor(Tensor::<1>::from_floats([1.0, -2.0, 3.0, 0.5], &device));
    let mut optim = NadamConfig::new().init();
    for step in 1..=5 {
        let loss = w.val().powi_scalar(3).sum();
        let grads = GradientsParams::from_grads(loss.backward(), &w);
        w = optim.step(0.001, w, grads);
        if let Some((_, want)) = expected.iter().find(|(s, _)| *s == step) {
            let got = values(w.val().without_autodiff());
            for (g, e) in got.iter().zip(want) {
                assert!(
                    (f64::from(*g) - e).abs() < 1e-6,
                    "step {step}: {got:?} vs {want:?}"
                );
            }
        }
    }
}

#[test]
fn absurd_hyper_parameters_and_wrong_data_are_refused() {
    let device = Device::flex();
    let data = tiny_data(5_010, 28);
    let bad = [
        VaeTrainingConfig::new().with_epochs(0),
        VaeTrainingConfig::new().with_batch_size(0),
        VaeTrainingConfig::new().with_learning_rate(f64::NAN),
        VaeTrainingConfig::new().with_learning_rate(5.0),
        VaeTrainingConfig::new()
            .with_model(VariationalAutoencoderConfig::new().with_codings_size(0)),
        VaeTrainingConfig::new()
            .with_model(VariationalAutoencoderConfig::new().with_hidden(vec![])),
    ];
    for config in bad {
        let err = VaeTrainer::new(config, data.clone(), &device)
            .err()
            .expect("refused");
        assert!(!err.to_string().is_empty());
    }
    let small = tiny_data(100, 28);
    assert!(matches!(
        VaeTrainer::new(VaeTrainingConfig::new(), small, &device),
        Err(RunError::TooFewImages { have: 100, .. })
    ));
    let odd = tiny_data(5_010, 20);
    assert!(matches!(
        VaeTrainer::new(VaeTrainingConfig::new(), odd, &device),
        Err(RunError::ImageSize { .. })
    ));
}

#[test]
fn an_epoch_on_tiny_data_walks_every_image_once() {
    let device = Device::flex();
    let data = tiny_data(5_300, 28); // 300 training images, 5,000 for validation
    let config = VaeTrainingConfig::new()
        .with_epochs(2)
        .with_batch_size(128)
        .with_optimizer(OptimizerKind::Adam);
    let mut trainer = VaeTrainer::new(config, data, &device).unwrap();
    assert_eq!(trainer.steps_per_epoch(), 3); // 128 + 128 + 44
    let steps = pollster::block_on(trainer.train_steps(10)).unwrap();
    assert_eq!(steps.len(), 3);
    assert!(trainer.epoch_complete());
    assert_eq!(
        steps.iter().map(|s| s.step).collect::<Vec<_>>(),
        vec![1, 2, 3]
    );
    let report = pollster::block_on(trainer.end_epoch()).unwrap();
    assert_eq!(report.epoch, 1);
    assert!(report.train.total.is_finite() && report.validation.total.is_finite());
    assert!(
        (report.validation.total
            - (report.validation.reconstruction + report.validation.latent / 784.0))
            .abs()
            < 1e-4
    );
    assert!(!trainer.finished());

    // What the pages draw: plot_reconstructions, generated images, the latent map, and one
    // image encoded twice.
    let pictures = pollster::block_on(trainer.pictures(3, 4, 20, 9)).unwrap();
    assert_eq!(
        (
            pictures.originals.len(),
            pictures.reconstructions.len(),
            pictures.samples.len()
        ),
        (3, 3, 4)
    );
    assert!(
        pictures
            .samples
            .iter()
            .flatten()
            .all(|v| (0.0..=1.0).contains(v))
    );
    assert_eq!(pictures.originals[0].len(), 784);
    assert_eq!(
        (pictures.latent.points.len(), pictures.latent_labels.len()),
        (20, 20)
    );
    let again = pollster::block_on(trainer.pictures(3, 4, 20, 9)).unwrap();
    assert_eq!(
        pictures.samples, again.samples,
        "the same seed decodes the same codings"
    );
    let twice = pollster::block_on(trainer.encode_twice(0)).unwrap();
    assert_ne!(
        twice.codings[0], twice.codings[1],
        "sampling differs between two encodings"
    );
    assert_eq!(twice.mean.len(), 10);
    let summary = trainer.summary();
    assert_eq!(
        summary.iter().map(|l| l.params).sum::<usize>(),
        134_870 + 134_634
    );
    assert_eq!(summary.iter().filter(|l| l.part == "encoder").count(), 5);
}

/// The real files: `GENERATIVA_DATA_DIR`, else Debian's package; `GENERATIVA_REQUIRE_DATA=1`
/// (the test command) makes a missing data set fail instead of skipping.
#[test]
fn a_diverging_run_stops_with_a_typed_error() {
    // Learning rate 1 (the largest the page accepts) blows the weights up within a few steps;
    // the trainer reports the first non-finite loss instead of training on NaN.
    let device = Device::flex();
    let data = tiny_data(5_300, 28);
    let config = VaeTrainingConfig::new().with_learning_rate(1.0);
    let mut trainer = VaeTrainer::new(config, data, &device).unwrap();
    let mut failure = None;
    for _ in 0..30 {
        match pollster::block_on(trainer.train_steps(1)) {
            Ok(_) if trainer.epoch_complete() => {
                pollster::block_on(trainer.end_epoch()).ok();
            }
            Ok(_) => {}
            Err(e) => {
                failure = Some(e);
                break;
            }
        }
    }
    match failure {
        Some(RunError::NotFinite { value, .. }) => assert!(!value.is_finite()),
        other => panic!("expected a non-finite loss, got {other:?}"),
    }
}

#[test]
fn one_epoch_on_fashion_mnist_reaches_keras_quality() {
    let Some(data) = real_data() else { return };
    let device = Device::flex();
    let mut trainer = VaeTrainer::new(VaeTrainingConfig::new(), data, &device).unwrap();
    assert_eq!(
        (trainer.train_size(), trainer.steps_per_epoch()),
        (55_000, 430)
    );
    let started = std::time::Instant::now();
    let mut first = None;
    while !trainer.epoch_complete() {
        let steps = pollster::block_on(trainer.train_steps(50)).unwrap();
        first.get_or_insert(steps[0].total);
    }
    let report = pollster::block_on(trainer.end_epoch()).unwrap();
    eprintln!(
        "epoch 1 in {:.1} s: first step {:.4}, train {:.4}, validation {:.4} (reconstruction {:.4}, latent {:.2})",
        started.elapsed().as_secs_f64(),
        first.unwrap_or(f32::NAN),
        report.train.total,
        report.validation.total,
        report.validation.reconstruction,
        report.validation.latent
    );
    // Keras with the same setup: 0.0381 after epoch 1.
    assert!(
        report.validation.total <= 0.040,
        "validation loss {} > 0.040",
        report.validation.total
    );
    assert!(report.train.total < first.unwrap_or(f32::NAN));
}

/// Every optimizer a run can use.
const OPTIMIZERS: [OptimizerKind; 3] = [
    OptimizerKind::Nadam,
    OptimizerKind::Adam,
    OptimizerKind::RmsProp,
];

/// Trains `trainer` until it has done `steps` steps in all, closing epochs as the engine does,
/// and returns every step's losses and every epoch's validation loss, as bits.
fn train_to(trainer: &mut VaeTrainer, steps: u64) -> (Vec<[u32; 3]>, Vec<u32>) {
    let mut losses = Vec::new();
    let mut validation = Vec::new();
    while trainer.steps_total() < steps {
        let left = (steps - trainer.steps_total()) as usize;
        for s in pollster::block_on(trainer.train_steps(left.min(7))).unwrap() {
            losses.push([
                s.total.to_bits(),
                s.reconstruction.to_bits(),
                s.latent.to_bits(),
            ]);
        }
        if trainer.epoch_complete() {
            let report = pollster::block_on(trainer.end_epoch()).unwrap();
            validation.push(report.validation.total.to_bits());
        }
    }
    (losses, validation)
}

#[test]
fn a_run_saved_and_loaded_goes_on_bit_for_bit() {
    // 300 training images in batches of 28: 11 steps an epoch, so step 100 is inside epoch 10
    // and the 100 steps after it cross epoch ends (new shuffles, validation).
    let device = Device::flex();
    let data = tiny_data(5_300, 28);
    for optimizer in OPTIMIZERS {
        let config = || {
            VaeTrainingConfig::new()
                .with_epochs(40)
                .with_batch_size(28)
                .with_optimizer(optimizer)
                .with_seed(5)
        };
        let mut straight = VaeTrainer::new(config(), data.clone(), &device).unwrap();
        let (first, _) = train_to(&mut straight, 100);
        let (rest, rest_validation) = train_to(&mut straight, 200);

        let mut before = VaeTrainer::new(config(), data.clone(), &device).unwrap();
        let (again, _) = train_to(&mut before, 100);
        assert_eq!(
            first, again,
            "{optimizer:?}: the same seed gives the same run"
        );
        let file = before.save();
        drop(before);
        let mut resumed = VaeTrainer::load(&file, data.clone(), &device).unwrap();
        assert_eq!(resumed.steps_total(), 100);
        let (resumed_rest, resumed_validation) = train_to(&mut resumed, 200);
        assert_eq!(
            rest, resumed_rest,
            "{optimizer:?}: steps 101–200 differ after loading"
        );
        assert_eq!(
            rest_validation, resumed_validation,
            "{optimizer:?}: validation differs"
        );
        assert_eq!(
            resumed.history().epochs.len(),
            straight.history().epochs.len()
        );
        assert_eq!(resumed.history().total, straight.history().total);
    }
}

#[test]
fn saving_with_asynchronous_reads_gives_the_same_bytes() {
    // The engine saves through asynchronous reads (WebGPU in a browser cannot read otherwise):
    // the file must be the synchronous one, byte for byte, for every optimizer's state.
    let device = Device::flex();
    let data = tiny_data(5_300, 28);
    for optimizer in OPTIMIZERS {
        let config = VaeTrainingConfig::new()
            .with_epochs(3)
            .with_batch_size(28)
            .with_optimizer(optimizer);
        let mut trainer = VaeTrainer::new(config, data.clone(), &device).unwrap();
        train_to(&mut trainer, 5);
        let sync = trainer.save();
        let async_bytes = pollster::block_on(trainer.save_async()).unwrap();
        assert!(sync == async_bytes, "{optimizer:?}: the two saves differ");
        assert_eq!(sync, trainer.save(), "{optimizer:?}: saving twice differs");
    }
}

#[test]
fn a_bad_checkpoint_is_refused_with_its_reason() {
    use generativa_core::run::{Checkpoint, CheckpointError};
    let device = Device::flex();
    let data = tiny_data(5_300, 28);
    let config = VaeTrainingConfig::new().with_batch_size(100);
    let mut trainer = VaeTrainer::new(config, data.clone(), &device).unwrap();
    pollster::block_on(trainer.train_steps(2)).unwrap();
    let good = trainer.save();
    let refuse = |bytes: &[u8]| match VaeTrainer::load(bytes, data.clone(), &device) {
        Err(RunError::Checkpoint(e)) => e,
        Err(other) => panic!("expected a checkpoint error, got {other}"),
        Ok(_) => panic!("a bad checkpoint was loaded"),
    };
    assert_eq!(refuse(b"not a checkpoint"), CheckpointError::NotACheckpoint);
    assert!(matches!(
        refuse(&good[..good.len() / 2]),
        CheckpointError::Truncated { .. }
    ));
    let mut flipped = good.clone();
    let k = flipped.len() / 2;
    flipped[k] ^= 0x10;
    assert_eq!(refuse(&flipped), CheckpointError::Corrupted);

    // A file whose digest is right but whose weights are of another shape (as a forged or
    // buggy file would be): named before burn sees it.
    let mut parsed = Checkpoint::from_bytes(&good, "vae").unwrap();
    let other = VaeTrainer::new(
        VaeTrainingConfig::new()
            .with_model(VariationalAutoencoderConfig::new().with_codings_size(12)),
        data.clone(),
        &device,
    )
    .unwrap();
    let other = {
        let mut other = other;
        pollster::block_on(other.train_steps(1)).unwrap();
        Checkpoint::from_bytes(&other.save(), "vae").unwrap()
    };
    for s in &mut parsed.sections {
        if s.name == "model" {
            s.bytes = other.section("model").unwrap().to_vec();
        }
    }
    match refuse(&parsed.to_bytes()) {
        CheckpointError::Tensor {
            name,
            expected,
            found,
        } => {
            assert!(
                name.contains("mean") || name.contains("log_var") || name.contains("hidden"),
                "{name}"
            );
            assert_ne!(expected, found);
        }
        e => panic!("expected a tensor error, got {e}"),
    }
    // The optimizer state of another run (other parameter ids): refused, no panic.
    let mut parsed = Checkpoint::from_bytes(&good, "vae").unwrap();
    for s in &mut parsed.sections {
        if s.name == "optimizer" {
            s.bytes = other.section("optimizer").unwrap().to_vec();
        }
    }
    assert!(matches!(
        refuse(&parsed.to_bytes()),
        CheckpointError::Tensor { .. }
    ));
    // The optimizer state of a run that never stepped, in a run that did: refused.
    let fresh = VaeTrainer::new(VaeTrainingConfig::new(), data.clone(), &device)
        .unwrap()
        .save();
    let fresh = Checkpoint::from_bytes(&fresh, "vae").unwrap();
    let mut parsed = Checkpoint::from_bytes(&good, "vae").unwrap();
    for s in &mut parsed.sections {
        if s.name == "optimizer" {
            s.bytes = fresh.section("optimizer").unwrap().to_vec();
        }
    }
    assert!(matches!(
        refuse(&parsed.to_bytes()),
        CheckpointError::Tensor { .. }
    ));
    // A data cursor that does not fit the data set.
    let bigger = tiny_data(5_400, 28);
    assert!(matches!(
        VaeTrainer::load(&good, bigger, &device),
        Err(RunError::Checkpoint(CheckpointError::Malformed { .. }))
    ));
}
