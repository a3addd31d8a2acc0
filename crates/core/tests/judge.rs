//! The judge: the shipped weights are the ones named and tell the classes apart (≥ 90 % of the
//! test images), the reference scores the page prints are what the judge gives, the Keras
//! reference files are the kept ones, one-epoch runs of ours score like Keras' after one epoch
//! (the best of four seeds no worse, the median within a quarter), the shipped 50-epoch dense
//! GAN loads with its scores, and bad input is refused.

use std::path::PathBuf;
use std::sync::Arc;

use generativa_core::burn::tensor::Device;
use generativa_core::data::sha256_hex;
use generativa_core::dense_gan::{DenseGanTrainer, DenseGanTrainingConfig, pretrained as gan};
use generativa_core::judge::keras::{KERAS_IMAGES, KerasImages};
use generativa_core::judge::{JudgeError, Scorer, pretrained};

mod common;
use common::{real_data, shipped};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

#[test]
fn the_shipped_judge_is_named_small_and_accurate_and_its_references_hold() {
    let bytes = shipped(pretrained::FILE_NAME);
    assert_eq!(
        sha256_hex(&bytes),
        pretrained::SHA256,
        "www/pretrained/{}",
        pretrained::FILE_NAME
    );
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    std::io::Write::write_all(&mut gz, &bytes).unwrap();
    assert!(gz.finish().unwrap().len() <= 1_000_000, "≤ 1 MB gzipped");
    let Some(data) = real_data() else { return };
    let scorer = Scorer::load(&bytes, &data.test.images).expect("it loads");
    let accuracy = scorer
        .accuracy(&data.test.images, &data.test.labels)
        .unwrap();
    assert!(accuracy >= 0.90, "test accuracy {accuracy}");
    assert!((accuracy - pretrained::TEST_ACCURACY).abs() < 1e-4);
    let r = scorer.references(&data).unwrap();
    for (name, got, shown) in [
        ("floor", r.floor.frechet, pretrained::FLOOR),
        ("blurred", r.blurred.frechet, pretrained::BLURRED),
        ("noisy", r.noisy.frechet, pretrained::NOISY),
    ] {
        assert!(
            (got - shown).abs() < 1e-3 * shown.max(1.0),
            "{name}: {got} vs {shown}"
        );
    }
    assert_eq!(r.floor.covered, 10);
    assert!(r.floor.frechet < 2.0 && r.blurred.frechet > 20.0 && r.noisy.frechet > 20.0);
}

#[test]
fn the_judge_refuses_other_weights_and_too_few_images() {
    let mut bytes = shipped(pretrained::FILE_NAME);
    let Some(data) = real_data() else { return };
    bytes[1_000] ^= 1;
    assert!(matches!(
        Scorer::load(&bytes, &data.test.images),
        Err(JudgeError::Digest { .. })
    ));
    assert!(matches!(
        Scorer::load_unchecked(&bytes[..500], &data.test.images),
        Err(JudgeError::Weights(_))
    ));
    let scorer = Scorer::load(&shipped(pretrained::FILE_NAME), &data.test.images).unwrap();
    assert!(matches!(
        scorer.score(&vec![0; 10 * 784]),
        Err(JudgeError::TooFewImages { have: 10, .. })
    ));
    assert!(matches!(
        scorer.score(&[0; 1_000]),
        Err(JudgeError::ImageSize { .. })
    ));
    // 2,000 copies of one image: one class, far from the real images.
    let one: Vec<u8> = data.test.images.image(0).repeat(2_000);
    let s = scorer.score(&one).unwrap();
    assert_eq!(s.covered, 1);
    assert!(s.kl_from_uniform > 2.2 && s.frechet > pretrained::BLURRED);
}

#[test]
fn the_keras_reference_files_are_the_kept_ones() {
    let dir = root().join("tests/reference/keras");
    for k in KERAS_IMAGES {
        let images = k.load(&dir).unwrap_or_else(|e| panic!("{}: {e}", k.file));
        assert_eq!((images.count, images.rows, images.cols), (2_000, 28, 28));
    }
}

/// The benchmark's seeds (`GENERATIVA_JUDGE_SEEDS` there): the lecture's and three more.
const SEEDS: [u64; 4] = [42, 1, 2, 3];

#[test]
fn one_epoch_runs_score_like_keras_after_one_epoch() {
    // One GAN run is a lottery (a last-bit change of any operation sends it elsewhere: the CPU
    // backend's kernels sum in another order on an AVX-512 machine than on an AVX2 one), and
    // Keras' file is one run. Of the benchmark's four seeds, the best must score no worse than
    // Keras and the median within a quarter of it; the benchmark prints the exact comparison
    // (on the machine of 2026-12-01 the median beat Keras; on an AVX-512 one it was 286 vs 250).
    let Some(data) = real_data() else { return };
    let scorer = Scorer::load(&shipped(pretrained::FILE_NAME), &data.test.images).unwrap();
    let keras = KerasImages::find("dense-gan", 1)
        .unwrap()
        .load(&root().join("tests/reference/keras"))
        .unwrap();
    let keras = scorer.score(&keras.pixels).unwrap();
    let started = std::time::Instant::now();
    // The seeds train side by side (two cores here; each run is its own).
    let mut ours: Vec<(f64, u32)> = std::thread::scope(|scope| {
        let runs: Vec<_> = SEEDS
            .iter()
            .map(|&seed| {
                let (data, scorer) = (Arc::clone(&data), &scorer);
                scope.spawn(move || {
                    let config = DenseGanTrainingConfig::new().with_epochs(1).with_seed(seed);
                    let mut trainer = DenseGanTrainer::new(config, data, &Device::flex()).unwrap();
                    while !trainer.finished() {
                        pollster::block_on(trainer.train_steps(500)).unwrap();
                    }
                    let s = scorer
                        .score(&pollster::block_on(trainer.judged_images()).unwrap())
                        .unwrap();
                    (s.frechet, s.covered)
                })
            })
            .collect();
        runs.into_iter().map(|r| r.join().unwrap()).collect()
    });
    eprintln!(
        "1 epoch × {} seeds in {:.0} s: ours {ours:?}, Keras ({:.1}, {})",
        SEEDS.len(),
        started.elapsed().as_secs_f64(),
        keras.frechet,
        keras.covered
    );
    ours.sort_by(|a, b| a.0.total_cmp(&b.0));
    let median = (ours[1].0 + ours[2].0) / 2.0;
    assert!(
        ours[0].0 <= keras.frechet,
        "best {} > Keras {}",
        ours[0].0,
        keras.frechet
    );
    assert!(
        median <= 1.25 * keras.frechet,
        "median {median} > 1.25 × Keras {}",
        keras.frechet
    );
    let mut covered: Vec<u32> = ours.iter().map(|o| o.1).collect();
    covered.sort_unstable();
    assert!(
        covered[1] >= keras.covered,
        "classes {covered:?} vs Keras {}",
        keras.covered
    );
}

#[test]
fn the_shipped_dense_gan_is_named_finished_and_scored_every_epoch() {
    let bytes = shipped(gan::FILE_NAME);
    assert_eq!(
        sha256_hex(&bytes),
        gan::SHA256,
        "www/pretrained/{}",
        gan::FILE_NAME
    );
    let Some(data) = real_data() else { return };
    let trainer = DenseGanTrainer::load(&bytes, data, &Device::flex()).expect("it loads");
    assert!(trainer.finished());
    assert_eq!(trainer.epochs_done(), gan::EPOCHS);
    let scores = &trainer.history().scores;
    assert_eq!(scores.len(), gan::EPOCHS);
    assert!(
        scores
            .iter()
            .enumerate()
            .all(|(i, s)| s.epoch as usize == i + 1)
    );
    let last = &scores.last().unwrap().score;
    assert!(last.frechet < scores[0].score.frechet, "50 epochs beat one");
}

/// Trains the shipped judge again (≈ 2.5 min natively): `cargo test -p generativa-core --test
/// judge -- --ignored`.
#[test]
#[ignore = "retrains the judge (minutes); cargo xtask pretrain judge does the same"]
fn the_judge_command_makes_the_same_bytes_again() {
    use generativa_core::judge::training::{JudgeTrainingConfig, train};
    let Some(data) = real_data() else { return };
    let trained = train(&JudgeTrainingConfig::new(), &data, |_, _| {});
    assert_eq!(sha256_hex(&trained.bytes), pretrained::SHA256);
}
