//! The pre-trained VAE the site ships: the file in `www/pretrained/` has the SHA-256 the code
//! and README name, its run reached the lecture's quality, and training it again with the
//! project's own command gives the same weights bit for bit where the CPU sums as the one that
//! made it (and the same losses elsewhere).

use generativa_core::burn::tensor::Device;
use generativa_core::data::sha256_hex;
use generativa_core::run::Checkpoint;
use generativa_core::vae::pretrained::{self, EPOCHS, FILE_NAME, SHA256};
use generativa_core::vae::{MODEL, VaeTrainer};

mod common;
use common::{real_data, shipped};

#[test]
fn the_shipped_file_is_the_one_named_and_reached_the_lectures_quality() {
    let bytes = shipped(FILE_NAME);
    assert_eq!(sha256_hex(&bytes), SHA256, "www/pretrained/{FILE_NAME}");
    let Some(data) = real_data() else { return };
    let trainer = VaeTrainer::load(&bytes, data, &Device::flex()).expect("it loads");
    assert!(trainer.finished());
    assert_eq!(trainer.epochs_done(), EPOCHS);
    let last = trainer.history().epochs.last().expect("25 epochs recorded");
    // Keras with the same setup: 0.0312 after 25 epochs.
    assert!(
        (last.validation.total - 0.0311).abs() <= 0.0005,
        "validation loss {} not within 0.0311 ± 0.0005",
        last.validation.total
    );
}

/// The shipped file's SHA-256 where the CPU backend's whole-tensor sums run 16 lanes wide
/// (AVX-512): the same weights, the recorded loss curves differ in their last bits.
const SHA256_WITH_16_LANE_SUMS: &str =
    "2e181038910837482df1676393168b44b5d40370afbfe4b2f3f78c1665a5eb3f";

/// The whole file's SHA-256 that training gives on this machine, where it is known: burn's CPU
/// backend sums whole tensors 8 lanes at a time with AVX2 (the shipped file) and 16 with
/// AVX-512.
fn expected_sha256() -> Option<&'static str> {
    #[cfg(target_arch = "x86_64")]
    {
        if std::arch::is_x86_feature_detected!("avx512f") {
            Some(SHA256_WITH_16_LANE_SUMS)
        } else if std::arch::is_x86_feature_detected!("avx2") {
            Some(SHA256)
        } else {
            None
        }
    }
    #[cfg(not(target_arch = "x86_64"))]
    {
        None
    }
}

/// Every number in two JSON values, side by side, where the values' shapes agree.
fn numbers_apart(a: &serde_json::Value, b: &serde_json::Value, at: &str, out: &mut Vec<String>) {
    use serde_json::Value;
    match (a, b) {
        (Value::Object(x), Value::Object(y)) if x.len() == y.len() => {
            for (key, value) in x {
                match y.get(key) {
                    Some(other) => numbers_apart(value, other, &format!("{at}/{key}"), out),
                    None => out.push(format!("{at}/{key} missing")),
                }
            }
        }
        (Value::Array(x), Value::Array(y)) if x.len() == y.len() => {
            for (i, (u, v)) in x.iter().zip(y).enumerate() {
                numbers_apart(u, v, &format!("{at}[{i}]"), out);
            }
        }
        (Value::Number(x), Value::Number(y)) => {
            let (x, y) = (
                x.as_f64().unwrap_or(f64::NAN),
                y.as_f64().unwrap_or(f64::NAN),
            );
            if (x - y).abs() > 1e-5 * x.abs().max(y.abs()).max(1e-3) {
                out.push(format!("{at}: {x} vs {y}"));
            }
        }
        _ if a == b => {}
        _ => out.push(format!("{at} differs")),
    }
}

/// Training again gives the shipped weights and optimizer state bit for bit where the CPU
/// backend's matrix products sum as on the machine that made it; the whole file's bytes also
/// match where its whole-tensor sums are as wide (8 lanes with AVX2, 16 with AVX-512). Its
/// products are blocked after the CPU's cache sizes (the `gemm` crate reads them from the
/// system), so a machine with other caches sums in another order: there the run is another run
/// of the same command, and it must reach the shipped run's losses.
#[test]
fn the_command_makes_the_same_bytes_again() {
    let Some(data) = real_data() else { return };
    let started = std::time::Instant::now();
    let bytes = pollster::block_on(pretrained::train(data.clone(), &Device::flex(), |_| {}))
        .expect("the lecture's settings train");
    eprintln!(
        "25 epochs in {:.0} s: {} bytes, SHA-256 {}",
        started.elapsed().as_secs_f64(),
        bytes.len(),
        sha256_hex(&bytes)
    );
    let again = Checkpoint::from_bytes(&bytes, MODEL).expect("it reads back");
    let kept = Checkpoint::from_bytes(&shipped(FILE_NAME), MODEL).expect("the shipped file reads");
    assert_eq!(again.model, kept.model);
    assert_eq!(again.config, kept.config);
    let same_weights = again.sections.len() == kept.sections.len()
        && again
            .sections
            .iter()
            .zip(&kept.sections)
            .all(|(new, old)| new.name == old.name && new.bytes == old.bytes);
    if !same_weights {
        let device = Device::flex();
        let ours = VaeTrainer::load(&bytes, data.clone(), &device).expect("it loads");
        let theirs = VaeTrainer::load(&shipped(FILE_NAME), data, &device).expect("it loads");
        let loss = |t: &VaeTrainer, epoch: usize| t.history().epochs[epoch].validation.total;
        eprintln!(
            "other weights than the shipped file's (this CPU's products sum in another order): \
             validation loss after epoch 1 {} vs {}, after epoch {EPOCHS} {} vs {}",
            loss(&ours, 0),
            loss(&theirs, 0),
            loss(&ours, EPOCHS - 1),
            loss(&theirs, EPOCHS - 1)
        );
        assert!(ours.finished());
        for epoch in [0, EPOCHS - 1] {
            let (a, b) = (loss(&ours, epoch), loss(&theirs, epoch));
            assert!(
                (a - b).abs() <= 0.01 * b.abs(),
                "epoch {}: validation loss {a} vs the shipped run's {b}",
                epoch + 1
            );
        }
        return;
    }
    assert_eq!(again.sections.len(), kept.sections.len());
    let mut apart = Vec::new();
    numbers_apart(&again.state, &kept.state, "state", &mut apart);
    assert!(
        apart.is_empty(),
        "{} recorded numbers differ, e.g. {:?}",
        apart.len(),
        &apart[..apart.len().min(5)]
    );
    match expected_sha256() {
        Some(expected) => assert_eq!(sha256_hex(&bytes), expected),
        None => eprintln!("no recorded SHA-256 for this CPU's vector width: weights compared only"),
    }
}
