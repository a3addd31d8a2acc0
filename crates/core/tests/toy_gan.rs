//! The toy GAN of slides 1.11–1.28: every number the slides give, the hand-derived gradients
//! against autodiff, and a seeded run from random weights that ends drawing X's.

use generativa_core::burn::module::Module;
use generativa_core::burn::optim::GradientsParams;
use generativa_core::burn::tensor::{Device, Tensor};
use generativa_core::run::{RunError, Setting};
use generativa_core::toy_gan::by_hand::{SHOWCASE_Z, looks_like_x};
use generativa_core::toy_gan::discriminator::hand_made_weights;
use generativa_core::toy_gan::loss::{discriminator_loss, generator_loss, neg_ln};
use generativa_core::toy_gan::rng::Rng;
use generativa_core::toy_gan::screen::{SLIDE_NOISE, SLIDE_X, is_x_pixel};
use generativa_core::toy_gan::{
    DiscriminatorConfig, GeneratorConfig, PIXELS, ToyGanTrainer, ToyGanTrainingConfig,
    hand_gradients,
};

fn read(t: Tensor<2>) -> Vec<f32> {
    t.into_data()
        .convert::<f32>()
        .try_into_vec::<f32>()
        .unwrap()
}

fn close(a: f32, b: f32, tol: f32) -> bool {
    (a - b).abs() <= tol
}

#[test]
fn slide_1_14_and_1_17_scores() {
    let device = Device::flex();
    let d = DiscriminatorConfig::new().hand_made(0.0, &device);
    let pictures = Tensor::<1>::from_floats([SLIDE_X, SLIDE_NOISE].concat().as_slice(), &device)
        .reshape([2, 9]);
    let scores = read(d.score(pictures.clone()));
    assert!(close(scores[0], 4.4, 1e-5), "{scores:?}"); // 4.8 − 0.4, above the threshold 4
    assert!(close(scores[1], -1.4, 1e-5)); // 2.4 − 3.8
    let probs = read(d.forward(pictures));
    assert!(close(probs[1], 0.198, 5e-4), "σ(−1.4) = {}", probs[1]); // not the slide's 0.13 %
}

#[test]
fn slide_1_20_and_1_21_generator() {
    let device = Device::flex();
    let g = GeneratorConfig::new().hand_made(&device);
    let z = Tensor::<1>::from_floats([0.8f32].as_slice(), &device).reshape([1, 1]);
    let scores = read(g.scores(z.clone()));
    let pixels = read(g.forward(z));
    for i in 0..PIXELS {
        let (s, p) = if is_x_pixel(i) {
            (1.8, 0.858)
        } else {
            (-0.2, 0.450)
        };
        assert!(close(scores[i], s, 1e-5), "pixel {i}: {}", scores[i]);
        assert!(close(pixels[i], p, 5e-4), "pixel {i}: {}", pixels[i]);
    }
}

#[test]
fn slide_1_26_and_1_27_losses() {
    assert!(close(neg_ln(1.0 - 0.87), 2.04, 5e-3));
    assert!(close(neg_ln(0.87), 0.139, 5e-4));
    // The same through the loss functions, with D(G(z)) = 0.87 (score = logit(0.87)).
    let device = Device::flex();
    let logit = (0.87f32 / 0.13).ln();
    let fake = Tensor::<1>::from_floats([logit].as_slice(), &device).reshape([1, 1]);
    let g = generator_loss(fake.clone()).into_scalar::<f32>();
    assert!(close(g, 0.139, 5e-4));
    // A perfectly confident real (score +30) adds ~0 to the discriminator's loss.
    let real = Tensor::<1>::from_floats([30.0f32].as_slice(), &device).reshape([1, 1]);
    let d = discriminator_loss(real, fake).into_scalar::<f32>();
    assert!(close(d, 2.04, 5e-3));
}

#[test]
fn hand_gradients_equal_autodiff() {
    let device = Device::flex().autodiff();
    let mut rng = Rng::new(3);
    let u: Vec<f32> = (0..9).map(|_| rng.symmetric(1.0)).collect();
    let v: Vec<f32> = (0..9).map(|_| rng.symmetric(1.0)).collect();
    let w: Vec<f32> = (0..9).map(|_| rng.symmetric(1.0)).collect();
    let c = rng.symmetric(1.0);
    let zs: Vec<f32> = (0..5).map(|_| rng.uniform()).collect();
    let real: Vec<f32> = (0..5 * 9).map(|_| rng.uniform()).collect();

    let g = GeneratorConfig::new().init_with(&u, &v, &device);
    let d = DiscriminatorConfig::new().init_with(&w, c, &device);
    let z = Tensor::<1>::from_floats(zs.as_slice(), &device).reshape([5, 1]);
    let x = Tensor::<1>::from_floats(real.as_slice(), &device).reshape([5, 9]);

    // Discriminator.
    let fake = g.forward(z.clone()).detach();
    let fake_values = read(fake.clone().without_autodiff());
    let loss = discriminator_loss(d.score(x), d.score(fake));
    let grads = GradientsParams::from_grads(loss.backward(), &d);
    let dw = grads.get::<2>(d.neuron.weight.id).unwrap();
    let dc = grads.get::<1>(d.neuron.bias.as_ref().unwrap().id).unwrap();
    let (hw, hc) = hand_gradients::discriminator(&w, c, &real, &fake_values);
    for (a, b) in read(dw).iter().zip(&hw) {
        assert!(close(*a, *b, 1e-5), "{a} vs {b}");
    }
    assert!(close(dc.into_scalar::<f32>(), hc, 1e-5));

    // Generator.
    let loss = generator_loss(d.score(g.forward(z)));
    let grads = GradientsParams::from_grads(loss.backward(), &g);
    let du = grads.get::<2>(g.neurons.weight.id).unwrap();
    let dv = grads.get::<1>(g.neurons.bias.as_ref().unwrap().id).unwrap();
    let (hu, hv) = hand_gradients::generator(&u, &v, &w, c, &zs);
    for (a, b) in read(du).iter().zip(&hu) {
        assert!(close(*a, *b, 1e-5), "{a} vs {b}");
    }
    let dv: Vec<f32> = dv.into_data().convert::<f32>().try_into_vec().unwrap();
    for (a, b) in dv.iter().zip(&hv) {
        assert!(close(*a, *b, 1e-5), "{a} vs {b}");
    }
    assert_eq!(hand_made_weights().iter().filter(|&&x| x > 0.0).count(), 5);
    assert_eq!(d.num_params(), 10);
}

#[test]
fn each_loss_updates_only_its_own_network() {
    let mut trainer = ToyGanTrainer::new(ToyGanTrainingConfig::new(), &Device::flex()).unwrap();
    let zs = [0.5];
    let before = pollster::block_on(trainer.snapshot(&zs)).unwrap();
    pollster::block_on(trainer.discriminator_step()).unwrap();
    let after_d = pollster::block_on(trainer.snapshot(&zs)).unwrap();
    assert_eq!(before.generator_weights, after_d.generator_weights);
    assert_ne!(before.discriminator_weights, after_d.discriminator_weights);
    pollster::block_on(trainer.generator_step()).unwrap();
    let after_g = pollster::block_on(trainer.snapshot(&zs)).unwrap();
    assert_eq!(after_d.discriminator_weights, after_g.discriminator_weights);
    assert_eq!(after_d.discriminator_bias, after_g.discriminator_bias);
    assert_ne!(after_d.generator_weights, after_g.generator_weights);
}

#[test]
fn training_from_random_weights_draws_xs() {
    // GANs oscillate (the lesson shows it): the run must reach X's for every z in [0, 1]
    // within a fixed number of rounds, checked every 25, and the training page's default run
    // (ROUNDS_ON_PAGE rounds, seed 7) must end on X's for its showcase z values.
    let mut trainer = ToyGanTrainer::new(ToyGanTrainingConfig::new(), &Device::flex()).unwrap();
    let zs: Vec<f32> = (0..=10).map(|i| i as f32 / 10.0).collect();
    let start = pollster::block_on(trainer.snapshot(&zs)).unwrap();
    assert!(
        !start.pictures.iter().all(looks_like_x),
        "random weights should not draw an X already"
    );
    let mut reached = None;
    for round in 1..=ROUNDS_ON_PAGE {
        pollster::block_on(trainer.round()).unwrap();
        if reached.is_none()
            && round % 25 == 0
            && pollster::block_on(trainer.snapshot(&zs))
                .unwrap()
                .pictures
                .iter()
                .all(looks_like_x)
        {
            reached = Some(round);
        }
    }
    assert!(
        reached.is_some_and(|r| r <= TOY_ROUNDS),
        "no X within {TOY_ROUNDS} rounds"
    );
    eprintln!("X's for every z after {} rounds", reached.unwrap_or(0));
    let end = pollster::block_on(trainer.snapshot(&SHOWCASE_Z)).unwrap();
    assert!(
        end.pictures.iter().all(looks_like_x),
        "the page's default run should end on X's: {:?}",
        end.pictures
    );
    assert_eq!(
        (
            trainer.rounds,
            trainer.discriminator_steps,
            trainer.generator_steps
        ),
        (600, 600, 600)
    );
}

/// Rounds allowed for the seeded run to reach X's.
const TOY_ROUNDS: usize = 300;
/// The training page's default run length.
const ROUNDS_ON_PAGE: usize = 600;

#[test]
fn absurd_hyper_parameters_are_refused() {
    let device = Device::flex();
    let bad = [
        ToyGanTrainingConfig::new().with_learning_rate(f64::NAN),
        ToyGanTrainingConfig::new().with_learning_rate(-1.0),
        ToyGanTrainingConfig::new().with_batch_size(0),
        ToyGanTrainingConfig::new().with_noise(2.0),
    ];
    for config in bad {
        let err = ToyGanTrainer::new(config, &device).err().unwrap();
        assert!(matches!(
            &err,
            RunError::Setting(e) if matches!(
                e.limit.setting,
                Setting::LearningRate | Setting::BatchSize | Setting::Noise
            )
        ));
        assert!(!err.to_string().is_empty());
    }
}

#[test]
fn a_toy_run_saved_and_loaded_goes_on_bit_for_bit() {
    let device = Device::flex();
    let bits = |rounds: Vec<generativa_core::toy_gan::RoundReport>| -> Vec<[u32; 6]> {
        rounds
            .iter()
            .map(|r| {
                let (d, g) = (r.discriminator, r.generator);
                [d.loss, d.d_real, d.d_fake, g.loss, g.d_real, g.d_fake].map(f32::to_bits)
            })
            .collect()
    };
    let config = || ToyGanTrainingConfig::new().with_seed(11).with_with_o(true);
    let mut straight = ToyGanTrainer::new(config(), &device).unwrap();
    pollster::block_on(straight.rounds_batch(100)).unwrap();
    let rest = bits(pollster::block_on(straight.rounds_batch(100)).unwrap());

    let mut before = ToyGanTrainer::new(config(), &device).unwrap();
    pollster::block_on(before.rounds_batch(100)).unwrap();
    let file = before.save();
    let mut resumed = ToyGanTrainer::load(&file, &device).unwrap();
    assert_eq!(resumed.rounds, 100);
    let resumed_rest = bits(pollster::block_on(resumed.rounds_batch(100)).unwrap());
    assert_eq!(rest, resumed_rest);
    assert_eq!(resumed.history(), straight.history());
    // Not a toy GAN checkpoint.
    assert!(matches!(
        ToyGanTrainer::load(b"GNRTVCKP", &device),
        Err(RunError::Checkpoint(_))
    ));
}

#[test]
fn a_toy_run_saves_the_same_bytes_with_asynchronous_reads() {
    let device = Device::flex();
    let mut trainer =
        ToyGanTrainer::new(ToyGanTrainingConfig::new().with_seed(3), &device).unwrap();
    pollster::block_on(trainer.rounds_batch(20)).unwrap();
    let sync = trainer.save();
    let async_bytes = pollster::block_on(trainer.save_async()).unwrap();
    assert!(sync == async_bytes, "the two saves differ");
}
