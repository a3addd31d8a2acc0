//! The DCGAN of slide 1.34: Keras' shapes and parameter counts, TensorFlow's "same" layout for
//! strided and transposed convolutions checked against their definitions, batch
//! normalisation's running statistics against hand values, dropout's masks, the switches, and
//! a seeded run that is resumable bit for bit and teaches its discriminator.

use generativa_core::burn::module::Module;
use generativa_core::burn::tensor::{Device, Tensor, TensorData};
use generativa_core::dcgan::dropout::dropout;
use generativa_core::dcgan::layers::{
    batch_norm, conv, conv_transpose, normalise, transposed_same, upsample_nearest,
};
use generativa_core::dcgan::summary::LayerRow;
use generativa_core::dcgan::{
    Dcgan, DcganTrainer, DcganTrainingConfig, DiscriminatorConfig, Downsampling, GeneratorConfig,
    Upsampling,
};
use generativa_core::gan::{Activation, GanFamily, Statistics};
use generativa_core::rng::Rng;
use generativa_core::run::RunError;

mod common;
use common::train_to;

fn values<const D: usize>(t: Tensor<D>) -> Vec<f32> {
    t.into_data().convert::<f32>().try_to_vec::<f32>().unwrap()
}

fn tensor<const D: usize>(values: Vec<f32>, shape: [usize; D], device: &Device) -> Tensor<D> {
    Tensor::from_data(TensorData::new(values, shape), device)
}

fn close(a: &[f32], b: &[f32], tolerance: f32) {
    assert_eq!(a.len(), b.len());
    for (i, (x, y)) in a.iter().zip(b).enumerate() {
        assert!((x - y).abs() <= tolerance, "at {i}: {x} vs {y}");
    }
}

#[test]
fn shapes_and_parameter_counts_match_keras_summary() {
    let device = Device::flex();
    let mut rng = Rng::new(42);
    let generator = GeneratorConfig::new().init(&mut rng, &device);
    let discriminator = DiscriminatorConfig::new().init(&mut rng, &device);
    // Keras' summary: 840,705 parameters, of which 840,321 trainable; the other 384 are the
    // batch normalisations' running means and variances (2 · (128 + 64)), counted by both.
    assert_eq!(generator.num_params(), 840_705);
    assert_eq!(discriminator.num_params(), 212_865);
    let maps = generator.maps(
        tensor(rng.normals(3 * 100), [3, 100], &device),
        Statistics::Running,
    );
    assert_eq!(maps.small.dims(), [3, 128, 7, 7]);
    assert_eq!(maps.middle.dims(), [3, 64, 14, 14]);
    assert_eq!(maps.images.dims(), [3, 28, 28]);
    assert!(values(maps.images.clone()).iter().all(|p| p.abs() < 1.0));
    let verdicts = discriminator.forward(maps.images);
    assert_eq!(verdicts.dims(), [3, 1]);
    assert!(values(verdicts).iter().all(|&p| p > 0.0 && p < 1.0));
}

#[test]
fn every_switch_builds_a_working_model() {
    let device = Device::flex();
    let codings = |rng: &mut Rng| tensor(rng.normals(2 * 100), [2, 100], &device);
    let mut rng = Rng::new(1);
    for upsampling in [Upsampling::Transposed, Upsampling::Nearest] {
        for g_norm in [true, false] {
            for (activation, hidden) in [(Activation::Relu, 0), (Activation::LeakyRelu, 128)] {
                let config = GeneratorConfig::new()
                    .with_upsampling(upsampling)
                    .with_batch_norm(g_norm)
                    .with_activation(activation)
                    .with_dense_hidden(hidden);
                let g = config.init(&mut rng, &device);
                let images = g.forward(codings(&mut rng), Statistics::Running);
                assert_eq!(images.dims(), [2, 28, 28], "{config:?}");
                let norm = if g_norm { 2 * (256 + 128) } else { 0 };
                let dense = if hidden > 0 {
                    100 * 128 + 128 + 128 * 6272 + 6272
                } else {
                    100 * 6272 + 6272
                };
                assert_eq!(
                    g.num_params(),
                    dense + norm + 128 * 64 * 25 + 64 + 64 * 25 + 1,
                    "{config:?}"
                );
            }
        }
    }
    for downsampling in [Downsampling::Strided, Downsampling::Pooling] {
        for d_norm in [false, true] {
            for (activation, hidden) in [(Activation::LeakyRelu, 0), (Activation::Relu, 128)] {
                let config = DiscriminatorConfig::new()
                    .with_downsampling(downsampling)
                    .with_batch_norm(d_norm)
                    .with_activation(activation)
                    .with_dense_hidden(hidden);
                let d = config.init(&mut rng, &device);
                let images = tensor(
                    (0..2 * 784).map(|_| rng.symmetric(1.0)).collect(),
                    [2, 28, 28],
                    &device,
                );
                let logits = d.logits(images, Statistics::Running, Some(&mut rng));
                assert_eq!(logits.dims(), [2, 1], "{config:?}");
                let norm = if d_norm { 4 * 128 } else { 0 };
                let dense = if hidden > 0 {
                    6272 * 128 + 128 + 128 + 1
                } else {
                    6272 + 1
                };
                assert_eq!(d.num_params(), 1664 + 204_928 + norm + dense, "{config:?}");
            }
        }
    }
}

/// TensorFlow's "same" convolution by its definition: output side ⌈h / s⌉, padding
/// `max((out − 1)·s + k − h, 0)` split with the smaller half before.
fn direct_conv(x: &[f32], h: usize, c_in: usize, w: &[f32], c_out: usize, s: usize) -> Vec<f32> {
    let k = 5;
    let out = h.div_ceil(s);
    let before = (((out - 1) * s + k).saturating_sub(h)) / 2;
    let mut y = vec![0.0; c_out * out * out];
    for o in 0..c_out {
        for (r, c) in (0..out).flat_map(|r| (0..out).map(move |c| (r, c))) {
            let mut sum = 0.0;
            for i in 0..c_in {
                for (ky, kx) in (0..k).flat_map(|a| (0..k).map(move |b| (a, b))) {
                    let (yr, xc) = (
                        (r * s + ky) as isize - before as isize,
                        (c * s + kx) as isize - before as isize,
                    );
                    if yr >= 0 && xc >= 0 && (yr as usize) < h && (xc as usize) < h {
                        sum += x[(i * h + yr as usize) * h + xc as usize]
                            * w[((o * c_in + i) * k + ky) * k + kx];
                    }
                }
            }
            y[(o * out + r) * out + c] = sum;
        }
    }
    y
}

/// TensorFlow's "same" transposed convolution by its definition (the gradient of the "same"
/// convolution from `2h` to `h`): input pixel `r` with kernel row `ky` lands on output row
/// `2r + ky − before`, rows outside `0..2h` dropped. Kernel layout `[c_in, c_out, k, k]`.
fn direct_transposed(x: &[f32], h: usize, c_in: usize, w: &[f32], c_out: usize) -> Vec<f32> {
    let (k, out) = (5, 2 * h);
    let before = ((h - 1) * 2 + k - out) / 2;
    let mut y = vec![0.0; c_out * out * out];
    for i in 0..c_in {
        for (r, c) in (0..h).flat_map(|r| (0..h).map(move |c| (r, c))) {
            for o in 0..c_out {
                for (ky, kx) in (0..k).flat_map(|a| (0..k).map(move |b| (a, b))) {
                    let (yr, xc) = (
                        (2 * r + ky) as isize - before as isize,
                        (2 * c + kx) as isize - before as isize,
                    );
                    if yr >= 0 && xc >= 0 && (yr as usize) < out && (xc as usize) < out {
                        y[(o * out + yr as usize) * out + xc as usize] +=
                            x[(i * h + r) * h + c] * w[((i * c_out + o) * k + ky) * k + kx];
                    }
                }
            }
        }
    }
    y
}

#[test]
fn strided_and_transposed_convolutions_follow_tensorflows_same_layout() {
    let device = Device::flex();
    let mut rng = Rng::new(7);
    // Conv2D(3, 5, strides=2, padding="same") on 2 channels, 28 → 14 and 7 → 4.
    for h in [28, 14, 7] {
        let layer = conv(2, 3, 2, &mut rng, &device);
        let x: Vec<f32> = (0..2 * h * h).map(|_| rng.symmetric(1.0)).collect();
        let ours = values(layer.forward(tensor(x.clone(), [1, 2, h, h], &device)));
        let w = values(layer.weight.val());
        close(&ours, &direct_conv(&x, h, 2, &w, 3, 2), 1e-4);
    }
    // Conv2DTranspose(3, 5, strides=2, padding="same") on 2 channels, 7 → 14 and 14 → 28.
    for h in [7, 14] {
        let layer = conv_transpose(2, 3, &mut rng, &device);
        let x: Vec<f32> = (0..2 * h * h).map(|_| rng.symmetric(1.0)).collect();
        let out = transposed_same(&layer, tensor(x.clone(), [1, 2, h, h], &device));
        assert_eq!(out.dims(), [1, 3, 2 * h, 2 * h]);
        let w = values(layer.weight.val());
        close(&values(out), &direct_transposed(&x, h, 2, &w, 3), 1e-4);
    }
}

#[test]
fn kernels_start_as_keras_glorot_uniform_with_zero_biases() {
    let device = Device::flex();
    let mut rng = Rng::new(3);
    let layer = conv_transpose(128, 64, &mut rng, &device);
    let w = values(layer.weight.val());
    let limit = (6.0f32 / ((128 + 64) * 25) as f32).sqrt();
    assert_eq!(w.len(), 128 * 64 * 25);
    assert!(w.iter().all(|v| v.abs() <= limit));
    // Uniform in ±limit: variance limit² / 3.
    let variance = w.iter().map(|v| v * v).sum::<f32>() / w.len() as f32;
    assert!(
        (variance / (limit * limit / 3.0) - 1.0).abs() < 0.02,
        "{variance}"
    );
    assert!(values(layer.bias.unwrap().val()).iter().all(|&b| b == 0.0));
}

#[test]
fn batch_normalisation_keeps_keras_running_statistics() {
    let device = Device::flex().autodiff();
    let layer = batch_norm(2, &mut Rng::new(1), &device);
    // Channel 0 holds 1, 2, 3, 4; channel 1 holds 0, 0, 0, 8 (batch 1, 2 × 2 maps).
    let x = || tensor(vec![1., 2., 3., 4., 0., 0., 0., 8.], [1, 2, 2, 2], &device);
    // Two training passes: mean μ, biased variance σ²; Keras: new = 0.99 · old + 0.01 · batch.
    let (mu, var) = ([2.5f32, 2.0], [1.25f32, 12.0]);
    for _ in 0..2 {
        let _ = normalise(&layer, x(), Statistics::Batch);
    }
    let mean_after = mu.map(|m| 0.99 * (0.01 * m) + 0.01 * m);
    let var_after = var.map(|v| 0.99 * (0.99 + 0.01 * v) + 0.01 * v);
    let running_mean = values(layer.running_mean.value());
    let running_var = values(layer.running_var.value());
    close(&running_mean, &mean_after, 1e-6);
    close(&running_var, &var_after, 1e-5);
    // The batch pass normalises with the batch's own statistics and ε = 0.001.
    let out = values(normalise(&layer, x(), Statistics::Batch));
    let expected = (1.0 - 2.5) / (1.25f32 + 1e-3).sqrt();
    assert!((out[0] - expected).abs() < 1e-5, "{}", out[0]);
    // A running pass uses the running statistics and changes nothing.
    let before = values(layer.running_mean.value());
    let out = values(normalise(&layer, x(), Statistics::Running));
    assert_eq!(before, values(layer.running_mean.value()));
    let mean = values(layer.running_mean.value())[0];
    let var = values(layer.running_var.value())[0];
    assert!((out[0] - (1.0 - mean) / (var + 1e-3).sqrt()).abs() < 1e-5);
}

#[test]
fn dropout_keeps_six_in_ten_and_scales_them() {
    let device = Device::flex();
    let mut rng = Rng::new(5);
    let out = values(dropout(
        Tensor::<2>::ones([100, 1000], &device),
        0.4,
        &mut rng,
    ));
    let kept = out.iter().filter(|&&v| v != 0.0).count() as f32 / out.len() as f32;
    assert!((kept - 0.6).abs() < 0.01, "{kept}");
    assert!(
        out.iter()
            .all(|&v| v == 0.0 || (v - 1.0 / 0.6).abs() < 1e-6)
    );
    // The same generator state gives the same mask; rate 0 draws nothing.
    let (mut a, mut b) = (Rng::new(9), Rng::new(9));
    let x = || Tensor::<2>::ones([3, 7], &device);
    assert_eq!(
        values(dropout(x(), 0.4, &mut a)),
        values(dropout(x(), 0.4, &mut b))
    );
    let state = a.state();
    let _ = dropout(x(), 0.0, &mut a);
    assert_eq!(a.state(), state);
}

#[test]
fn upsampling_repeats_each_pixel_into_a_block() {
    let device = Device::flex();
    let x = tensor(vec![1., 2., 3., 4.], [1, 1, 2, 2], &device);
    assert_eq!(
        values(upsample_nearest(x)),
        vec![
            1., 1., 2., 2., 1., 1., 2., 2., 3., 3., 4., 4., 3., 3., 4., 4.
        ]
    );
}

fn small_config() -> DcganTrainingConfig {
    DcganTrainingConfig::new()
        .with_epochs(10)
        .with_batch_size(8)
        .with_shuffle_buffer(50)
        .with_seed(4)
}

#[test]
fn a_run_saved_and_loaded_goes_on_bit_for_bit() {
    // 5,000 validation + 64 training images in batches of 8: 8 steps an epoch, so the steps
    // after the save cross an epoch end.
    let device = Device::flex();
    let data = common::tiny_data(5_064, 28);
    let mut straight = DcganTrainer::new(small_config(), data.clone(), &device).unwrap();
    assert_eq!(straight.steps_per_epoch(), 8);
    let first = train_to(&mut straight, 6);
    let rest = train_to(&mut straight, 12);
    let mut before = DcganTrainer::new(small_config(), data.clone(), &device).unwrap();
    assert_eq!(train_to(&mut before, 6), first, "same seed, same run");
    let file = before.save();
    drop(before);
    let mut resumed = DcganTrainer::load(&file, data.clone(), &device).unwrap();
    assert_eq!(train_to(&mut resumed, 12), rest, "differs after loading");
    assert_eq!(resumed.history(), straight.history());
    // The dense GAN's files, or anything else, are refused.
    assert!(matches!(
        DcganTrainer::load(b"GNRTVCKP", data, &device),
        Err(RunError::Checkpoint(_))
    ));
}

#[test]
fn absurd_settings_are_refused_with_their_limits() {
    let data = common::tiny_data(5_064, 28);
    let refused = |config: DcganTrainingConfig| {
        matches!(
            DcganTrainer::new(config, data.clone(), &Device::flex()),
            Err(RunError::Setting(_))
        )
    };
    assert!(refused(small_config().with_batch_size(0)));
    assert!(refused(
        small_config().with_generator_learning_rate(f64::NAN)
    ));
    assert!(refused(small_config().with_discriminator(
        DiscriminatorConfig::new().with_dropout(1.0)
    )));
    assert!(refused(
        small_config().with_generator(GeneratorConfig::new().with_base_channels(0))
    ));
}

#[test]
fn a_short_seeded_run_teaches_the_discriminator() {
    // 40 steps on the real images: D's loss falls from about ln 2 as it learns to tell the
    // untrained generator's blur from clothes.
    let Some(data) = common::real_data() else {
        return;
    };
    let device = Device::flex();
    let config = DcganTrainingConfig::new().with_epochs(1).with_seed(42);
    let mut trainer = DcganTrainer::new(config, data, &device).unwrap();
    assert_eq!(trainer.steps_per_epoch(), 1_718);
    let steps = pollster::block_on(trainer.train_steps(40)).unwrap();
    let first = steps[0].discriminator_loss;
    assert!((first - std::f32::consts::LN_2).abs() < 0.3, "{first}");
    let last: f32 = steps[30..]
        .iter()
        .map(|s| s.discriminator_loss)
        .sum::<f32>()
        / 10.0;
    assert!(last < first * 0.8, "{first} → {last}");
    assert!(steps.iter().all(|s| s.generator_loss.is_finite()));
    // Its pictures are in [0, 1].
    let codings = Tensor::from_data(
        TensorData::new(Rng::new(1).normals(4 * 100), [4, 100]),
        &device,
    );
    let images = values(trainer.look(codings));
    assert!(images.iter().all(|&p| (0.0..=1.0).contains(&p)));
    let _ = Dcgan::MODEL;
    let _ = <Dcgan as GanFamily>::from_unit;
}

#[test]
fn the_summary_lists_keras_layers_from_the_live_networks() {
    let device = Device::flex();
    let mut rng = Rng::new(42);
    let g = GeneratorConfig::new().init(&mut rng, &device);
    let d = DiscriminatorConfig::new().init(&mut rng, &device);
    let summary = generativa_core::dcgan::summary::summary(&g, &d, &device);
    let rows = |r: &[LayerRow]| -> Vec<(String, Vec<usize>, usize)> {
        r.iter()
            .map(|l| (l.kind.clone(), l.output.clone(), l.params))
            .collect()
    };
    let row = |k: &str, o: &[usize], p: usize| (k.to_owned(), o.to_vec(), p);
    // As Géron's `generator.summary()` and `discriminator.summary()` print them.
    assert_eq!(
        rows(&summary.generator),
        vec![
            row("Dense", &[6272], 633_472),
            row("Reshape", &[7, 7, 128], 0),
            row("BatchNormalization", &[7, 7, 128], 512),
            row("Conv2DTranspose", &[14, 14, 64], 204_864),
            row("BatchNormalization", &[14, 14, 64], 256),
            row("Conv2DTranspose", &[28, 28, 1], 1_601),
        ]
    );
    assert_eq!(
        rows(&summary.discriminator),
        vec![
            row("Conv2D", &[14, 14, 64], 1_664),
            row("Dropout", &[14, 14, 64], 0),
            row("Conv2D", &[7, 7, 128], 204_928),
            row("Dropout", &[7, 7, 128], 0),
            row("Flatten", &[6272], 0),
            row("Dense", &[1], 6_273),
        ]
    );
    assert_eq!(summary.generator_params(), g.num_params());
    assert_eq!(summary.discriminator_params(), d.num_params());
    // The switches show: upsampling + convolution, pooling, batch norm in D, a dense layer.
    let g = GeneratorConfig::new()
        .with_upsampling(Upsampling::Nearest)
        .with_dense_hidden(128)
        .init(&mut rng, &device);
    let d = DiscriminatorConfig::new()
        .with_downsampling(Downsampling::Pooling)
        .with_batch_norm(true)
        .with_dropout(0.0)
        .init(&mut rng, &device);
    let summary = generativa_core::dcgan::summary::summary(&g, &d, &device);
    let kinds = |r: &[LayerRow]| {
        r.iter()
            .map(|l| l.kind.as_str())
            .collect::<Vec<_>>()
            .join(" ")
    };
    assert_eq!(
        kinds(&summary.generator),
        "Dense Dense Reshape BatchNormalization UpSampling2D Conv2D BatchNormalization UpSampling2D Conv2D"
    );
    assert_eq!(
        kinds(&summary.discriminator),
        "Conv2D MaxPooling2D Conv2D MaxPooling2D BatchNormalization Flatten Dense"
    );
    assert_eq!(summary.generator[5].output, vec![14, 14, 64]);
    assert_eq!(summary.generator_params(), g.num_params());
    assert_eq!(summary.discriminator_params(), d.num_params());
}

#[test]
fn a_small_run_passes_over_fewer_images() {
    let data = common::tiny_data(5_400, 28);
    let device = Device::flex();
    let small = small_config().with_train_images(200);
    let trainer = DcganTrainer::new(small.clone(), data.clone(), &device).unwrap();
    assert_eq!(trainer.steps_per_epoch(), 25, "200 images in batches of 8");
    let all = DcganTrainer::new(small_config(), data.clone(), &device).unwrap();
    assert_eq!(all.steps_per_epoch(), 50, "the 400 there are");
    // Saved and loaded, it stays small.
    let loaded = DcganTrainer::load(&trainer.save(), data.clone(), &device).unwrap();
    assert_eq!(loaded.steps_per_epoch(), 25);
    assert!(matches!(
        DcganTrainer::new(small.with_train_images(10), data, &device),
        Err(RunError::Setting(_))
    ));
}

#[test]
fn the_maps_of_a_fixed_coding_lead_to_its_film_image() {
    let data = common::tiny_data(5_064, 28);
    let device = Device::flex();
    let trainer = DcganTrainer::new(small_config(), data, &device).unwrap();
    let maps = pollster::block_on(trainer.maps(2)).unwrap();
    assert_eq!((maps.small.len(), maps.small[0].len()), (128, 49));
    assert_eq!((maps.middle.len(), maps.middle[0].len()), (64, 196));
    let pictures = pollster::block_on(trainer.pictures(8)).unwrap();
    close(&maps.image, &pictures.film[2], 1e-5);
}

#[test]
fn pictures_and_maps_after_training_read_back() {
    // After steps, batch normalisation's running values come from the training passes; the
    // pictures and the maps still read back in one transaction.
    let data = common::tiny_data(5_064, 28);
    let device = Device::flex();
    let mut trainer = DcganTrainer::new(small_config(), data, &device).unwrap();
    train_to(&mut trainer, 8); // a whole epoch, as the page's runs end theirs
    assert_eq!(trainer.epochs_done(), 1);
    let judged = pollster::block_on(trainer.judged_images()).unwrap();
    assert_eq!(judged.len(), 2_000 * 784);
    let saved = pollster::block_on(trainer.save_async()).unwrap();
    assert_eq!(saved, trainer.save());
    let pictures = pollster::block_on(trainer.pictures(8)).unwrap();
    assert_eq!(pictures.film.len(), 8);
    let maps = pollster::block_on(trainer.maps(1)).unwrap();
    assert_eq!(maps.small.len(), 128);
    close(&maps.image, &pictures.film[1], 1e-5);
}
