//! The progressive GAN's pieces, checked by hand: fade-in at α = 0 is exactly the network before
//! the growth and at α = 1 exactly the grown one (generator and discriminator); minibatch
//! standard deviation of a repeated batch is √ε and of a known batch its hand value; pixel
//! normalisation gives unit mean square per position; the equalised learning rate scales at run
//! time; growing keeps the old layers' weights; a seeded short run lowers D's loss.

use generativa_core::batches::image_batch;
use generativa_core::burn::module::Module;
use generativa_core::burn::tensor::{Device, Tensor, TensorData};
use generativa_core::gan::binary_cross_entropy;
use generativa_core::progan::equalized::{EqualizedConv, HIDDEN_GAIN, runtime_scale};
use generativa_core::progan::minibatch_std::{group_deviation, minibatch_std};
use generativa_core::progan::pixel_norm::pixel_norm;
use generativa_core::progan::resample::pad_to_32;
use generativa_core::progan::resample::{downsample, upsample};
use generativa_core::progan::{
    Phase, ProganDiscriminator, ProganDiscriminatorConfig, ProganGeneratorConfig, ProganTrainer,
    ProganTrainingConfig, Stage, real_at,
};
use generativa_core::rng::Rng;

mod common;
use common::{real_data, tiny_data};

fn values<const D: usize>(t: Tensor<D>) -> Vec<f32> {
    t.into_data()
        .convert::<f32>()
        .try_into_vec::<f32>()
        .unwrap()
}

fn codings(n: usize, size: usize, seed: u64) -> Tensor<2> {
    let values = Rng::new(seed).normals(n * size);
    Tensor::from_data(TensorData::new(values, [n, size]), &Device::flex())
}

fn fading(level: usize, alpha: f32) -> Stage {
    Stage { level, alpha }
}

#[test]
fn the_generators_fade_in_is_the_old_network_at_alpha_0_and_the_new_at_1() {
    let device = Device::flex();
    let generator = ProganGeneratorConfig::new().init(&mut Rng::new(3), &device);
    let z = codings(4, 64, 5);
    for level in 1..generator.level_count() {
        let before = generator.forward(z.clone(), Stage::stable(level - 1)); // [4, 1, s/2, s/2]
        let at_0 = generator.forward(z.clone(), fading(level, 0.0)); // [4, 1, s, s]
        assert_eq!(
            values(at_0),
            values(upsample(before)),
            "level {level}, α = 0"
        );
        let at_1 = generator.forward(z.clone(), fading(level, 1.0));
        let grown = generator.fade_paths(z.clone(), level).new;
        assert_eq!(values(at_1), values(grown), "level {level}, α = 1");
        // Halfway, the blend of the two paths.
        let paths = generator.fade_paths(z.clone(), level);
        let half = values(generator.forward(z.clone(), fading(level, 0.5)));
        let (old, new) = (values(paths.old), values(paths.new));
        for (i, h) in half.iter().enumerate() {
            assert!((h - 0.5 * (old[i] + new[i])).abs() < 1e-5);
        }
    }
}

#[test]
fn the_discriminators_fade_in_is_the_old_network_at_alpha_0_and_the_new_at_1() {
    let device = Device::flex();
    let discriminator = ProganDiscriminatorConfig::new().init(&mut Rng::new(4), &device);
    let values32 = Rng::new(9).normals(8 * 32 * 32);
    let images32 = Tensor::<4>::from_data(TensorData::new(values32, [8, 1, 32, 32]), &device);
    for level in 1..4 {
        let side = 4 << level;
        let mut images = images32.clone();
        while images.dims()[2] > side {
            images = downsample(images);
        }
        let old = discriminator.forward(downsample(images.clone()), Stage::stable(level - 1));
        let at_0 = discriminator.forward(images.clone(), fading(level, 0.0));
        assert_eq!(values(at_0), values(old), "level {level}, α = 0");
        let at_1 = discriminator.forward(images.clone(), fading(level, 1.0));
        let grown = discriminator.forward(images, Stage::stable(level));
        assert_eq!(values(at_1), values(grown), "level {level}, α = 1");
    }
}

#[test]
fn minibatch_std_is_root_epsilon_for_a_repeated_batch_and_the_hand_value_otherwise() {
    let device = Device::flex();
    // One image repeated 8 times: every group has deviation √(0 + 10⁻⁸) = 10⁻⁴.
    let one = Rng::new(1).normals(3 * 4 * 4);
    let repeated: Vec<f32> = (0..8).flat_map(|_| one.clone()).collect();
    let batch = Tensor::<4>::from_data(TensorData::new(repeated, [8, 3, 4, 4]), &device);
    for v in values(group_deviation(batch.clone())) {
        assert!((v - 1e-4).abs() < 1e-7, "{v}");
    }
    // The appended map: 3 + 1 channels, the constant 10⁻⁴ in the last.
    let with = minibatch_std(batch);
    assert_eq!(with.dims(), [8, 4, 4, 4]);
    let last = values(with.narrow(1, 3, 1));
    assert!(last.iter().all(|v| (v - 1e-4).abs() < 1e-7));

    // By hand: 4 images, two features. Feature 1 is 0, 2, 4, 6 (mean 3, biased variance 5),
    // feature 2 is 1, 1, 1, 1 (variance 0): (√(5 + ε) + √ε) / 2.
    let known = vec![0.0, 1.0, 2.0, 1.0, 4.0, 1.0, 6.0, 1.0];
    let batch = Tensor::<4>::from_data(TensorData::new(known, [4, 2, 1, 1]), &device);
    let expected = ((5.0f64 + 1e-8).sqrt() + 1e-4) / 2.0;
    let got = values(group_deviation(batch))[0] as f64;
    assert!((got - expected).abs() < 1e-5, "{got} vs {expected}");

    // Groups of 4 in a batch of 8: image i is in group i % 2, as the official reshape.
    let mixed = vec![0.0, 5.0, 2.0, 5.0, 4.0, 5.0, 6.0, 5.0];
    let batch = Tensor::<4>::from_data(TensorData::new(mixed, [8, 1, 1, 1]), &device);
    let groups = values(group_deviation(batch.clone()));
    assert!((groups[0] as f64 - (5.0f64 + 1e-8).sqrt()).abs() < 1e-5);
    assert!((groups[1] - 1e-4).abs() < 1e-7);
    let map = values(minibatch_std(batch).narrow(1, 1, 1)); // [8]
    for (i, v) in map.iter().enumerate() {
        assert_eq!(*v, groups[i % 2], "image {i}");
    }
}

#[test]
fn pixel_norm_gives_unit_mean_square_per_position() {
    let device = Device::flex();
    let raw: Vec<f32> = Rng::new(2)
        .normals(2 * 6 * 3 * 3)
        .iter()
        .map(|v| v * 7.0 + 1.0)
        .collect();
    let x = Tensor::<4>::from_data(TensorData::new(raw, [2, 6, 3, 3]), &device);
    let mean_square = values(pixel_norm(x).powi_scalar(2).mean_dim(1)); // [2, 1, 3, 3]
    assert_eq!(mean_square.len(), 18);
    for v in mean_square {
        assert!((v - 1.0).abs() < 1e-5, "{v}");
    }
}

#[test]
fn the_equalised_learning_rate_scales_weights_at_run_time() {
    let device = Device::flex();
    assert!((runtime_scale(HIDDEN_GAIN, 8 * 9) - (2.0f32 / 72.0).sqrt()).abs() < 1e-7);
    let layer = EqualizedConv::new(1, 1, 1, 1.0, &mut Rng::new(7), &device);
    assert_eq!(layer.scale, 1.0); // gain 1, fan-in 1
    let layer = EqualizedConv::new(4, 2, 1, HIDDEN_GAIN, &mut Rng::new(7), &device);
    assert!((layer.scale - (2.0f32 / 4.0).sqrt()).abs() < 1e-7);
    // Stored weights are N(0, 1) draws; the output uses them times the scale.
    let stored = values(layer.weight.val()); // [2, 4, 1, 1]
    let x = Tensor::<4>::from_data(
        TensorData::new(vec![1.0, 2.0, 3.0, 4.0], [1, 4, 1, 1]),
        &device,
    );
    let y = values(layer.forward(x));
    for (o, got) in y.iter().enumerate() {
        let want: f32 = (0..4)
            .map(|i| stored[o * 4 + i] * (i + 1) as f32)
            .sum::<f32>()
            * layer.scale;
        assert!((got - want).abs() < 1e-5, "{got} vs {want}");
    }
}

#[test]
fn growing_keeps_the_old_layers_weights() {
    let data = tiny_data(5_100, 28);
    let config = ProganTrainingConfig::new(
        ProganGeneratorConfig::new(),
        ProganDiscriminatorConfig::new(),
    )
    .with_tiny_phases();
    let mut run = ProganTrainer::new(config, data, &Device::flex()).expect("a run");
    let untouched = values(run.generator().levels[0].conv1.weight.val().inner());
    pollster::block_on(run.train_steps(4)).expect("level 0"); // 64 images at 4 × 4
    let position = run.position();
    assert_eq!((position.stage.level, position.phase), (1, Phase::Fade));
    assert_eq!(position.stage.alpha, 0.0);
    // Level 1 was never used: its weights are as drawn.
    assert_eq!(
        values(run.generator().levels[0].conv1.weight.val().inner()),
        untouched
    );
    // The grown network at α = 0 is the trained 4 × 4 one, upsampled.
    let z = codings(3, 64, 11);
    let g = run.generator().valid();
    let at_4 = g.forward(z.clone(), Stage::stable(0));
    let grown = g.forward(z, run.position().stage);
    assert_eq!(values(grown), values(upsample(at_4)));
    // And training goes on through the fade-in, α rising.
    let steps = pollster::block_on(run.train_steps(3)).expect("fade-in");
    assert!(
        steps
            .windows(2)
            .all(|w| w[1].stage.alpha > w[0].stage.alpha)
    );
    assert_eq!(steps[0].stage.level, 1);
}

#[test]
fn a_seeded_short_run_lowers_the_discriminators_loss() {
    let Some(data) = real_data() else { return };
    let mut config = ProganTrainingConfig::new(
        ProganGeneratorConfig::new(),
        ProganDiscriminatorConfig::new(),
    );
    config.stable_images = vec![1_600, 1_600, 1_600, 1_600];
    config.fade_images = vec![1_600, 1_600, 1_600];
    let device = Device::flex();
    let untrained = ProganTrainer::new(config.clone(), data.clone(), &device).expect("a run");
    let mut run = ProganTrainer::new(config, data.clone(), &device).expect("a run");
    // D's loss on 64 test images and 64 fakes of the run's generator as it is now: the
    // trained D against the same D as drawn (the same seed, never trained).
    let judged = |run: &ProganTrainer| {
        let stage = run.position().stage;
        let reals = real_at(
            pad_to_32(image_batch(&data.test.images, 0..64, &device)),
            stage,
        ); // [64, 1, s, s]
        let fakes = run.generator().valid().forward(codings(64, 64, 77), stage);
        let images = Tensor::cat(vec![fakes, reals], 0);
        let targets = Tensor::cat(
            vec![
                Tensor::zeros([64, 1], &device),
                Tensor::ones([64, 1], &device),
            ],
            0,
        );
        let loss = |d: &ProganDiscriminator| {
            values(binary_cross_entropy(
                d.forward(images.clone(), stage),
                targets.clone(),
            ))[0]
        };
        (
            loss(&untrained.discriminator().valid()),
            loss(&run.discriminator().valid()),
        )
    };
    // 99 of the 100 steps at 4 × 4, then halfway into the fade-in to 8 × 8.
    for (steps, level) in [(99, 0), (51, 1)] {
        pollster::block_on(run.train_steps(steps)).expect("steps");
        let (before, after) = judged(&run);
        eprintln!(
            "{:?}: D's loss untrained {before:.3}, trained {after:.3}",
            run.position().stage
        );
        assert_eq!(run.position().stage.level, level);
        assert!(after < before, "level {level}: {before} → {after}");
    }
}

#[test]
fn a_whole_tiny_growth_gives_every_look_and_saves_and_loads_exactly() {
    let data = tiny_data(5_100, 28);
    let config = ProganTrainingConfig::new(
        ProganGeneratorConfig::new(),
        ProganDiscriminatorConfig::new(),
    )
    .with_tiny_phases();
    let device = Device::flex();
    let mut run = ProganTrainer::new(config, data.clone(), &device).expect("a run");
    let steps = pollster::block_on(run.train_steps(1_000)).expect("the growth");
    assert_eq!(steps.len(), 7 * 64 / 16, "7 phases of 64 images, batch 16");
    assert!(run.finished());
    assert_eq!(run.position().stage, Stage::stable(3));
    // Each level's pictures at its own side.
    for level in 0..4 {
        let p = pollster::block_on(run.level_pictures(level)).expect("pictures");
        assert_eq!((p.level, p.side, p.images.len()), (level, 4 << level, 8));
        assert!(
            p.images
                .iter()
                .all(|i| i.len() == (4 << level) * (4 << level))
        );
    }
    // Slide 1.37: at α = 0 the blend is the old path, at α = 1 the new one.
    let at_0 = pollster::block_on(run.fade_look(2, 0.0)).expect("fade");
    let at_1 = pollster::block_on(run.fade_look(2, 1.0)).expect("fade");
    assert_eq!(at_0.side, 16);
    assert_eq!(at_0.blend, at_0.old);
    assert_eq!(at_1.blend, at_1.new);
    // Slide 1.38: copies of one image give the root of ε; real images vary.
    let std = pollster::block_on(run.std_values()).expect("std");
    assert!((std.collapsed - 1e-4).abs() < 1e-5, "{std:?}");
    assert!(std.real > 10.0 * std.collapsed, "{std:?}");
    // Slide 1.39: after the normalisation every position has RMS 1.
    let look = pollster::block_on(run.pixel_norm_look(1)).expect("pixel norm");
    assert_eq!(look.rms_after.len(), 8 * 8);
    assert!(
        look.rms_after.iter().all(|r| (r - 1.0).abs() < 1e-3),
        "{look:?}"
    );
    assert_eq!(look.before.len(), look.after.len());
    // Save, load, save again: the same bytes, the same place in the schedule.
    let bytes = run.save();
    let loaded = ProganTrainer::load(&bytes, data.clone(), &device).expect("loads");
    assert_eq!(loaded.images_done(), run.images_done());
    assert_eq!(loaded.save(), bytes);
    assert_eq!(
        pollster::block_on(run.save_async()).expect("async save"),
        bytes
    );
    // Another file is refused, and says why.
    assert!(ProganTrainer::load(&bytes[..bytes.len() / 2], data, &device).is_err());
}
