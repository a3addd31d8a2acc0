//! The lecture's dense GAN (slides 1.29–1.33): Keras' shapes and parameter counts, its
//! initialisers, a stable binary cross-entropy, and the two phases of `train_gan`, each moving
//! only its own network.

use generativa_core::burn::module::Module;
use generativa_core::burn::tensor::{Device, Tensor, TensorData};
use generativa_core::dense::{Init, dense_with};
use generativa_core::dense_gan::{
    DenseGan, DenseGanTrainer, DenseGanTrainingConfig, DiscriminatorConfig, GeneratorConfig,
    binary_cross_entropy, discriminator_phase, generator_phase,
};
use generativa_core::optim::OptimizerKind;
use generativa_core::optim::keras_rmsprop;
use generativa_core::rng::Rng;
use generativa_core::run::RunError;

mod common;
use common::train_to;

fn values<const D: usize>(t: Tensor<D>) -> Vec<f32> {
    t.into_data().convert::<f32>().try_to_vec::<f32>().unwrap()
}

/// A module's weights as bytes (burn's record of it), to tell whether any weight moved.
fn fingerprint<M: Module>(module: &M) -> Vec<u8> {
    module
        .clone()
        .into_record()
        .into_bytes()
        .expect("a live module serialises")
        .to_vec()
}

#[test]
fn shapes_and_parameter_counts_match_keras_summary() {
    let device = Device::flex();
    let mut rng = Rng::new(42);
    let generator = GeneratorConfig::new().init(&mut rng, &device);
    let discriminator = DiscriminatorConfig::new().init(&mut rng, &device);
    assert_eq!(generator.num_params(), 136_634);
    assert_eq!(discriminator.num_params(), 132_951);
    let images = generator.forward(Tensor::from_data(
        TensorData::new(rng.normals(5 * 30), [5, 30]),
        &device,
    ));
    assert_eq!(images.dims(), [5, 28, 28]);
    assert!(values(images.clone()).iter().all(|&p| p > 0.0 && p < 1.0));
    let verdicts = discriminator.forward(images);
    assert_eq!(verdicts.dims(), [5, 1]);
    assert!(values(verdicts).iter().all(|&p| p > 0.0 && p < 1.0));
}

#[test]
fn he_normal_has_keras_statistics() {
    let device = Device::flex();
    let layer = dense_with(784, 150, Init::HeNormal, &mut Rng::new(3), &device);
    let w = values(layer.weight.val());
    let n = w.len() as f64;
    let mean = w.iter().map(|&x| f64::from(x)).sum::<f64>() / n;
    let std = (w
        .iter()
        .map(|&x| (f64::from(x) - mean).powi(2))
        .sum::<f64>()
        / n)
        .sqrt();
    let target = (2.0f64 / 784.0).sqrt();
    assert!(mean.abs() < 0.02 * target, "mean {mean}");
    assert!(
        (std / target - 1.0).abs() < 0.02,
        "std {std}, Keras {target}"
    );
    // Truncated at two standard deviations of the drawing normal.
    let bound = 2.0 * target / 0.879_625_66;
    assert!(w.iter().all(|&x| f64::from(x).abs() <= bound + 1e-6));
    assert!(values(layer.bias.unwrap().val()).iter().all(|&b| b == 0.0));
}

#[test]
fn binary_cross_entropy_is_exact_and_stays_finite() {
    let device = Device::flex();
    let logits = Tensor::<2>::from_floats([[0.3], [-1.2], [100.0], [-100.0]], &device);
    let targets = Tensor::<2>::from_floats([[1.0], [0.0], [0.0], [1.0]], &device);
    let loss = values(binary_cross_entropy(logits, targets))[0];
    let sigma = |t: f64| 1.0 / (1.0 + (-t).exp());
    let direct = (-(sigma(0.3)).ln() - (1.0 - sigma(-1.2)).ln() + 100.0 + 100.0) / 4.0;
    assert!(
        (f64::from(loss) - direct).abs() < 1e-4,
        "{loss} vs {direct}"
    );
}

#[test]
fn each_phase_moves_only_its_own_network() {
    let device = Device::flex().autodiff();
    let mut rng = Rng::new(9);
    let mut generator = GeneratorConfig::new().init(&mut rng, &device);
    let mut discriminator = DiscriminatorConfig::new().init(&mut rng, &device);
    let (mut g_optim, mut d_optim) = (keras_rmsprop(), keras_rmsprop());
    let noise = |rng: &mut Rng| {
        Tensor::<2>::from_data(TensorData::new(rng.normals(32 * 30), [32, 30]), &device)
    };
    let reals = Tensor::<3>::from_data(
        TensorData::new(
            (0..32 * 784).map(|_| rng.uniform()).collect::<Vec<_>>(),
            [32, 28, 28],
        ),
        &device,
    );

    let (g0, d0) = (fingerprint(&generator), fingerprint(&discriminator));
    let phase_one;
    let fresh = noise(&mut rng);
    (discriminator, phase_one) = discriminator_phase::<DenseGan>(
        discriminator,
        &mut d_optim,
        0.001,
        &generator,
        fresh,
        reals,
        &mut rng,
    );
    let (g1, d1) = (fingerprint(&generator), fingerprint(&discriminator));
    assert_eq!(g0, g1, "phase 1 must leave the generator as it was");
    assert_ne!(d0, d1, "phase 1 updates the discriminator");
    assert_eq!(phase_one.verdicts.dims(), [64, 1]);
    assert_eq!(phase_one.fakes.dims(), [32, 28, 28]);
    // An untrained discriminator is unsure: its loss starts near ln 2.
    let loss = values(phase_one.loss)[0];
    assert!((loss - std::f32::consts::LN_2).abs() < 0.3, "{loss}");

    let phase_two;
    let fresh = noise(&mut rng);
    (generator, phase_two) = generator_phase::<DenseGan>(
        generator,
        &mut g_optim,
        0.001,
        &discriminator,
        fresh,
        &mut rng,
    );
    let (g2, d2) = (fingerprint(&generator), fingerprint(&discriminator));
    assert_eq!(
        d1, d2,
        "phase 2 must leave the discriminator as it was (trainable = False)"
    );
    assert_ne!(g1, g2, "phase 2 updates the generator");
    assert_eq!(phase_two.verdicts.dims(), [32, 1]);
    assert!(values(phase_two.loss)[0].is_finite());
}

#[test]
fn the_lectures_data_setup_gives_1718_steps_an_epoch() {
    let Some(data) = common::real_data() else {
        return;
    };
    let trainer =
        DenseGanTrainer::new(DenseGanTrainingConfig::new(), data, &Device::flex()).unwrap();
    assert_eq!(trainer.steps_per_epoch(), 1_718);
}

#[test]
fn a_run_saved_and_loaded_goes_on_bit_for_bit() {
    // 5,000 validation + 200 training images, batches of 16 and a buffer of 50: 12 steps an
    // epoch, so the 30 steps after the save cross two epoch ends (two new buffer shuffles).
    let device = Device::flex();
    let data = common::tiny_data(5_200, 28);
    for optimizer in [
        OptimizerKind::RmsProp,
        OptimizerKind::Nadam,
        OptimizerKind::Adam,
    ] {
        let config = || {
            DenseGanTrainingConfig::new()
                .with_epochs(10)
                .with_batch_size(16)
                .with_shuffle_buffer(50)
                .with_optimizer(optimizer)
                .with_seed(4)
        };
        let mut straight = DenseGanTrainer::new(config(), data.clone(), &device).unwrap();
        assert_eq!(straight.steps_per_epoch(), 12);
        let first = train_to(&mut straight, 20);
        let rest = train_to(&mut straight, 50);
        let mut before = DenseGanTrainer::new(config(), data.clone(), &device).unwrap();
        assert_eq!(
            train_to(&mut before, 20),
            first,
            "{optimizer:?}: same seed, same run"
        );
        let file = before.save();
        assert!(
            file == pollster::block_on(before.save_async()).unwrap(),
            "{optimizer:?}: the asynchronous save differs"
        );
        drop(before);
        let mut resumed = DenseGanTrainer::load(&file, data.clone(), &device).unwrap();
        assert_eq!((resumed.epochs_done(), resumed.step_in_epoch()), (1, 8));
        assert_eq!(
            train_to(&mut resumed, 50),
            rest,
            "{optimizer:?}: differs after loading"
        );
        assert_eq!(resumed.history(), straight.history());
        // Another model's file is refused.
        assert!(matches!(
            DenseGanTrainer::load(b"GNRTVCKP", data.clone(), &device),
            Err(RunError::Checkpoint(_))
        ));
    }
}

#[test]
fn absurd_settings_are_refused_with_their_limits() {
    let data = common::tiny_data(5_200, 28);
    for config in [
        DenseGanTrainingConfig::new().with_epochs(0),
        DenseGanTrainingConfig::new().with_batch_size(0),
        DenseGanTrainingConfig::new().with_generator_learning_rate(f64::NAN),
        DenseGanTrainingConfig::new().with_discriminator_learning_rate(5.0),
    ] {
        assert!(matches!(
            DenseGanTrainer::new(config, data.clone(), &Device::flex()),
            Err(RunError::Setting(_))
        ));
    }
}

#[test]
fn step_mode_is_the_same_run_one_phase_at_a_time_and_each_phase_moves_only_its_network() {
    // 12 steps an epoch: the 14 steps cross an epoch end in step mode too.
    let device = Device::flex();
    let data = common::tiny_data(5_200, 28);
    let config = || {
        DenseGanTrainingConfig::new()
            .with_epochs(3)
            .with_batch_size(16)
            .with_shuffle_buffer(50)
            .with_seed(9)
    };
    let mut straight = DenseGanTrainer::new(config(), data.clone(), &device).unwrap();
    let expected = train_to(&mut straight, 14);
    let mut stepped = DenseGanTrainer::new(config(), data.clone(), &device).unwrap();
    // Phase 2 first is refused, and changes nothing.
    assert!(matches!(
        pollster::block_on(stepped.phase_two()),
        Err(RunError::PhaseOrder { asked: 2 })
    ));
    let mut got = Vec::new();
    for k in 0..14 {
        let one = pollster::block_on(stepped.phase_one()).unwrap();
        assert_eq!(one.images.len(), 32);
        assert_eq!(one.targets, [vec![0.0; 16], vec![1.0; 16]].concat());
        assert_eq!((one.before.len(), one.after.len()), (32, 32));
        assert_eq!(
            one.weights_before.generator, one.weights_after.generator,
            "phase 1 leaves G"
        );
        assert_ne!(
            one.weights_before.discriminator.hash,
            one.weights_after.discriminator.hash
        );
        assert!(matches!(
            pollster::block_on(stepped.phase_one()),
            Err(RunError::PhaseOrder { asked: 1 })
        ));
        let two = pollster::block_on(stepped.phase_two()).unwrap();
        assert_eq!((two.fakes.len(), two.targets.len()), (16, 16));
        assert_eq!(
            two.weights_before.discriminator, two.weights_after.discriminator,
            "phase 2 leaves D (trainable = False)"
        );
        assert_ne!(
            two.weights_before.generator.hash,
            two.weights_after.generator.hash
        );
        assert_eq!(
            one.weights_after.discriminator,
            two.weights_before.discriminator
        );
        assert_eq!(two.step.step, k % 12 + 1);
        let s = two.step;
        got.push([s.discriminator_loss, s.generator_loss, s.d_real, s.d_fake].map(f32::to_bits));
    }
    assert_eq!(got, expected, "the same numbers as the run in one go");
    assert_eq!(stepped.history(), straight.history());
    assert_eq!(
        stepped.save(),
        straight.save(),
        "the same weights, state and cursor"
    );
}

#[test]
fn the_output_sigmoid_and_its_gradient_are_burns() {
    use generativa_core::burn::tensor::activation::sigmoid;
    use generativa_core::output_sigmoid::output_sigmoid;
    let device = Device::flex().autodiff();
    let inputs: Vec<f32> = (0..2_000).map(|i| (i as f32 - 1_000.0) * 0.037).collect();
    let x =
        || Tensor::<1>::from_data(TensorData::new(inputs.clone(), [2_000]), &device).require_grad();
    let (a, b) = (x(), x());
    let weights = Tensor::<1>::from_data(
        TensorData::new(
            (0..2_000).map(|i| (i % 7) as f32 - 3.0).collect::<Vec<_>>(),
            [2_000],
        ),
        &device,
    );
    let ours = output_sigmoid(a.clone());
    let burns = sigmoid(b.clone());
    for (o, e) in values_of(&ours).iter().zip(values_of(&burns)) {
        assert!(
            (o - e).abs() <= 1e-6 * e.abs().max(1e-30) + 1e-37,
            "{o} vs {e}"
        );
    }
    let ga = (ours * weights.clone()).sum().backward();
    let gb = (burns * weights).sum().backward();
    let ga = values(a.grad(&ga).unwrap());
    let gb = values(b.grad(&gb).unwrap());
    // σ (1 − σ) loses digits near σ = 1 in both: compare in absolute terms (|grad| ≤ 0.75).
    for (o, e) in ga.iter().zip(&gb) {
        assert!((o - e).abs() <= 2e-7, "{o} vs {e}");
    }
}

fn values_of(t: &Tensor<1>) -> Vec<f32> {
    values(t.clone().detach())
}
