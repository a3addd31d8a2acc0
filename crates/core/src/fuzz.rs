//! Seeded fuzzing of every reader of outside bytes: the data set's IDX files (images and
//! labels) and the checkpoint files of every family (what a student uploads, or what the
//! browser kept). A reader may refuse an input with an error — that is its job — but it must
//! never panic. The test command runs a few thousand cases per target
//! (`crates/core/tests/fuzz.rs`); `cargo xtask bench fuzz` runs the same harness for minutes
//! (`examples/fuzz.rs`) on the pinned stable toolchain, and every panic it finds becomes a
//! regression file in `crates/core/tests/fuzz_cases/`.
//!
//! Inputs are mutations of valid files. Raw mutations flip, overwrite, insert, delete and
//! truncate bytes, and put "interesting" integers (0, 1, −1, sizes near the limits) where a
//! header field may be. A checkpoint is sealed by a SHA-256 over its bytes, so raw mutations
//! mostly test the seal; checkpoint targets also mutate *inside* the seal — the JSON config
//! and state (numbers, strings, missing keys) and the binary sections — and seal the result
//! again, so the readers behind the seal (config checks, data cursor, burn's records) see
//! hostile input too.

use std::future::Future;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::pin::pin;
use std::sync::Arc;
use std::task::{Context, Poll, Waker};
use std::time::{Duration, Instant};

use burn::tensor::Device;
use serde_json::Value;

use crate::data::{
    FashionMnist, IdxImages, LabeledImages, VALIDATION_SIZE, parse_images, parse_labels,
};
use crate::rng::Rng;
use crate::run::{Checkpoint, Section};

/// Reads one input; an error is a fine answer, a panic is a crash.
pub type Reader = Box<dyn Fn(&[u8])>;

/// One reader under test.
pub struct Target {
    /// Its name in reports and regression files.
    pub name: &'static str,
    /// Valid inputs the mutations start from.
    pub seeds: Vec<Vec<u8>>,
    /// The checkpoint's model id, when inputs are checkpoints (mutated inside the seal too).
    pub checkpoint_of: Option<&'static str>,
    /// The reader.
    pub read: Reader,
}

/// An input that made a reader panic.
#[derive(Debug, Clone)]
pub struct Crash {
    /// The target's name.
    pub target: &'static str,
    /// The input.
    pub input: Vec<u8>,
    /// The panic's message.
    pub message: String,
}

/// What a fuzzing session did.
#[derive(Debug, Clone, Default)]
pub struct Report {
    /// Inputs tried, per target name.
    pub inputs: Vec<(&'static str, u64)>,
    /// Inputs that made a reader panic.
    pub crashes: Vec<Crash>,
    /// The slowest input's time, and its target.
    pub slowest: (Duration, &'static str),
}

impl Report {
    /// Inputs tried over every target.
    pub fn total(&self) -> u64 {
        self.inputs.iter().map(|(_, n)| n).sum()
    }
}

/// Runs a future that never waits (every read on the CPU backend is ready at once).
fn ready<T>(future: impl Future<Output = T>) -> T {
    let mut future = pin!(future);
    let mut context = Context::from_waker(Waker::noop());
    loop {
        if let Poll::Ready(value) = future.as_mut().poll(&mut context) {
            return value;
        }
    }
}

/// An IDX file's bytes: magic `0x0000080n`, big-endian dimensions, then the payload.
pub fn idx_bytes(magic: u32, dims: &[u32], payload: &[u8]) -> Vec<u8> {
    let mut out = magic.to_be_bytes().to_vec();
    for d in dims {
        out.extend_from_slice(&d.to_be_bytes());
    }
    out.extend_from_slice(payload);
    out
}

/// A made-up data set big enough for every family's checks (validation images plus a few
/// batches), with 28 × 28 images: what loaded checkpoints train on.
pub fn made_up_data() -> Arc<FashionMnist> {
    let count = VALIDATION_SIZE + 256;
    let images = IdxImages {
        count,
        rows: 28,
        cols: 28,
        pixels: (0..count * 784).map(|i| (i * 7 % 251) as u8).collect(),
    };
    let labels: Vec<u8> = (0..count).map(|i| (i % 10) as u8).collect();
    let test = IdxImages {
        count: 100,
        pixels: images.pixels[..100 * 784].to_vec(),
        ..images.clone()
    };
    Arc::new(FashionMnist {
        train: LabeledImages::new(images, labels, "train-labels").expect("matching labels"),
        test: LabeledImages::new(test, (0..100).map(|i| (i % 10) as u8).collect(), "test")
            .expect("matching labels"),
    })
}

/// Every target: the IDX readers and each family's checkpoint loader, seeded with valid
/// files (fresh runs and runs a step in, so optimizer state is there too).
pub fn targets() -> Vec<Target> {
    use crate::dcgan::{Dcgan, DcganTrainingConfig};
    use crate::dense_gan::{DenseGan, DenseGanTrainingConfig};
    use crate::progan::{
        ProganDiscriminatorConfig, ProganGeneratorConfig, ProganTrainer, ProganTrainingConfig,
    };
    use crate::toy_gan::{ToyGanTrainer, ToyGanTrainingConfig};
    use crate::vae::{VaeTrainer, VaeTrainingConfig};

    let device = Device::flex();
    let data = made_up_data();
    let mut targets = vec![
        Target {
            name: "idx-images",
            seeds: vec![
                idx_bytes(0x803, &[2, 28, 28], &[7; 2 * 784]),
                idx_bytes(0x803, &[3, 2, 2], &[1; 12]),
            ],
            checkpoint_of: None,
            read: Box::new(|b| {
                let _ = parse_images("images", b);
            }),
        },
        Target {
            name: "idx-labels",
            seeds: vec![idx_bytes(0x801, &[5], &[0, 1, 2, 9, 4])],
            checkpoint_of: None,
            read: Box::new(|b| {
                let _ = parse_labels("labels", b);
            }),
        },
    ];

    let vae = {
        let mut t =
            VaeTrainer::new(VaeTrainingConfig::new(), data.clone(), &device).expect("a fresh VAE");
        let fresh = t.save();
        ready(t.train_steps(1)).expect("a step");
        vec![fresh, t.save()]
    };
    let d = data.clone();
    let dev = device.clone();
    targets.push(Target {
        name: "checkpoint-vae",
        seeds: vae,
        checkpoint_of: Some(crate::vae::MODEL),
        read: Box::new(move |b| {
            let _ = VaeTrainer::load(b, d.clone(), &dev);
        }),
    });

    let toy = {
        let mut t = ToyGanTrainer::new(ToyGanTrainingConfig::new(), &device).expect("a toy GAN");
        let fresh = t.save();
        ready(t.round()).expect("a round");
        vec![fresh, t.save()]
    };
    let dev = device.clone();
    targets.push(Target {
        name: "checkpoint-toy-gan",
        seeds: toy,
        checkpoint_of: Some(crate::toy_gan::MODEL),
        read: Box::new(move |b| {
            let _ = ToyGanTrainer::load(b, &dev);
        }),
    });

    targets.push(gan_target::<DenseGan>(
        "checkpoint-dense-gan",
        DenseGanTrainingConfig::new(),
        &data,
        &device,
    ));
    targets.push(gan_target::<Dcgan>(
        "checkpoint-dcgan",
        DcganTrainingConfig::new().with_train_images(256),
        &data,
        &device,
    ));

    let progan = {
        let config = ProganTrainingConfig::new(
            ProganGeneratorConfig::new(),
            ProganDiscriminatorConfig::new(),
        )
        .with_tiny_phases();
        let mut t = ProganTrainer::new(config, data.clone(), &device).expect("a progressive GAN");
        let fresh = t.save();
        ready(t.train_steps(1)).expect("a step");
        vec![fresh, t.save()]
    };
    let d = data;
    targets.push(Target {
        name: "checkpoint-progan",
        seeds: progan,
        checkpoint_of: Some(crate::progan::MODEL),
        read: Box::new(move |b| {
            let _ = ProganTrainer::load(b, d.clone(), &device);
        }),
    });
    targets
}

/// A GAN family's checkpoint loader as a target, seeded with a fresh run of `config` and the
/// same run a step in.
fn gan_target<F: crate::gan::GanFamily>(
    name: &'static str,
    config: F::Config,
    data: &Arc<FashionMnist>,
    device: &Device,
) -> Target {
    use crate::gan::GanTrainer;
    let mut t = GanTrainer::<F>::new(config, data.clone(), device).expect("a fresh GAN run");
    let fresh = t.save();
    ready(t.train_steps(1)).expect("a step");
    let (data, device) = (data.clone(), device.clone());
    Target {
        name,
        seeds: vec![fresh, t.save()],
        checkpoint_of: Some(F::MODEL),
        read: Box::new(move |b| {
            let _ = GanTrainer::<F>::load(b, data.clone(), &device);
        }),
    }
}

/// Integers a header field is likely to mishandle.
const INTERESTING: [u32; 12] = [
    0,
    1,
    2,
    28,
    255,
    784,
    0x7f,
    0x80,
    0xffff,
    0x7fff_ffff,
    0x8000_0000,
    u32::MAX,
];

/// A raw mutation of `seed`: one to four byte-level edits.
pub fn mutate(rng: &mut Rng, seed: &[u8]) -> Vec<u8> {
    let mut out = seed.to_vec();
    for _ in 0..1 + rng.below(4) {
        let at = if out.is_empty() {
            0
        } else {
            rng.below(out.len())
        };
        match rng.below(8) {
            0 if !out.is_empty() => out[at] ^= 1 << rng.below(8),
            1 if !out.is_empty() => out[at] = rng.next_u64() as u8,
            2 => {
                let n = 1 + rng.below(16);
                let bytes: Vec<u8> = (0..n).map(|_| rng.next_u64() as u8).collect();
                out.splice(at..at, bytes);
            }
            3 if !out.is_empty() => {
                let end = (at + 1 + rng.below(64)).min(out.len());
                out.drain(at..end);
            }
            4 => out.truncate(at),
            5 if out.len() >= 4 => {
                let at = rng.below(out.len() - 3);
                let value = INTERESTING[rng.below(INTERESTING.len())];
                let bytes = if rng.below(2) == 0 {
                    value.to_be_bytes()
                } else {
                    value.to_le_bytes()
                };
                out[at..at + 4].copy_from_slice(&bytes);
            }
            6 if !out.is_empty() => {
                let end = (at + 1 + rng.below(64)).min(out.len());
                let copy = out[at..end].to_vec();
                let to = rng.below(out.len());
                out.splice(to..to, copy);
            }
            _ => {
                if out.len() > 1 {
                    out.truncate(out.len() - 1 - rng.below(out.len() - 1));
                }
            }
        }
    }
    out
}

/// A JSON value worth putting where a number, string or list was.
fn odd_value(rng: &mut Rng) -> Value {
    match rng.below(12) {
        0 => Value::from(0),
        1 => Value::from(-1),
        2 => Value::from(u64::MAX),
        3 => Value::from(i64::MIN),
        4 => Value::from(1e300),
        5 => Value::from(-1e-300),
        6 => Value::from(0.5),
        7 => Value::from(1_000_000_000u64),
        8 => Value::from("zzz"),
        9 => Value::Null,
        10 => Value::Array(vec![]),
        _ => Value::Bool(true),
    }
}

/// Every place in `value` (JSON pointer paths), depth first.
fn paths(value: &Value, at: String, out: &mut Vec<String>) {
    out.push(at.clone());
    match value {
        Value::Object(map) => {
            for (k, v) in map {
                paths(
                    v,
                    format!("{at}/{}", k.replace('~', "~0").replace('/', "~1")),
                    out,
                );
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate().take(8) {
                paths(v, format!("{at}/{i}"), out);
            }
        }
        _ => {}
    }
}

/// Changes one place of `value`: a number nudged or replaced, a key removed, a list emptied.
fn mutate_json(rng: &mut Rng, value: &mut Value) {
    let mut all = Vec::new();
    paths(value, String::new(), &mut all);
    let path = &all[rng.below(all.len())];
    if path.is_empty() {
        return;
    }
    let Some(place) = value.pointer_mut(path) else {
        return;
    };
    match rng.below(4) {
        0 => *place = odd_value(rng),
        1 => {
            if let Some(n) = place.as_f64() {
                let factor = [0.0, -1.0, 2.0, 1000.0, 1e-6][rng.below(5)];
                *place = serde_json::Number::from_f64(n * factor)
                    .map(Value::Number)
                    .unwrap_or(Value::Null);
            } else {
                *place = odd_value(rng);
            }
        }
        2 => match place {
            Value::Object(map) if !map.is_empty() => {
                let key = map
                    .keys()
                    .nth(rng.below(map.len()))
                    .cloned()
                    .unwrap_or_default();
                map.remove(&key);
            }
            Value::Array(items) if !items.is_empty() => {
                let n = rng.below(items.len());
                items.truncate(n);
            }
            _ => *place = Value::Null,
        },
        _ => {
            if let Some(n) = place.as_u64() {
                *place = Value::from(n.wrapping_add(1 + rng.below(3) as u64));
            } else if let Some(n) = place.as_i64() {
                *place = Value::from(n.wrapping_sub(1));
            } else {
                *place = odd_value(rng);
            }
        }
    }
}

/// A mutation of a checkpoint *inside* its seal: the config, the state or a binary section
/// changed (or a section dropped, renamed or resized), then sealed again with a correct
/// SHA-256, so the loader's checks behind the seal see it.
pub fn mutate_checkpoint(rng: &mut Rng, seed: &[u8], model: &str) -> Vec<u8> {
    let Ok(mut checkpoint) = Checkpoint::from_bytes(seed, model) else {
        return mutate(rng, seed);
    };
    for _ in 0..1 + rng.below(2) {
        match rng.below(7) {
            0 | 1 => mutate_json(rng, &mut checkpoint.config),
            2 | 3 => mutate_json(rng, &mut checkpoint.state),
            4 if !checkpoint.sections.is_empty() => {
                let k = rng.below(checkpoint.sections.len());
                let bytes = &checkpoint.sections[k].bytes;
                checkpoint.sections[k].bytes = mutate(rng, bytes);
            }
            5 if !checkpoint.sections.is_empty() => {
                let k = rng.below(checkpoint.sections.len());
                if rng.below(2) == 0 {
                    checkpoint.sections.remove(k);
                } else {
                    checkpoint.sections[k].name.push('x');
                }
            }
            _ => {
                let k = rng.below(checkpoint.sections.len().max(1));
                checkpoint.sections.insert(
                    k.min(checkpoint.sections.len()),
                    Section {
                        name: "extra".into(),
                        bytes: vec![0; rng.below(64)],
                    },
                );
            }
        }
    }
    if rng.below(4) == 0 {
        checkpoint.model = ["vae", "dcgan", "", "toy-gan"][rng.below(4)].into();
    }
    checkpoint.to_bytes()
}

/// The panic's message, whatever its payload.
fn message(payload: &(dyn std::any::Any + Send)) -> String {
    payload
        .downcast_ref::<&str>()
        .map(|s| (*s).to_owned())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "panic".into())
}

/// Reads one input, catching a panic as a crash; returns how long the read took.
pub fn try_input(target: &Target, input: &[u8]) -> (Duration, Option<String>) {
    let started = Instant::now();
    let outcome = catch_unwind(AssertUnwindSafe(|| (target.read)(input)));
    (
        started.elapsed(),
        outcome.err().map(|payload| message(payload.as_ref())),
    )
}

/// Fuzzes every target in turn, `cases` inputs each per round, for `rounds` rounds or until
/// `deadline`; seeded, so the same call tries the same inputs. Panics are counted, not
/// printed (the caller may silence the panic hook while it runs).
pub fn run(targets: &[Target], seed: u64, cases: u64, deadline: Option<Instant>) -> Report {
    let mut rng = Rng::new(seed);
    let mut report = Report {
        inputs: targets.iter().map(|t| (t.name, 0)).collect(),
        ..Report::default()
    };
    loop {
        for (k, target) in targets.iter().enumerate() {
            for _ in 0..cases {
                let seed = &target.seeds[rng.below(target.seeds.len())];
                let input = match target.checkpoint_of {
                    Some(model) if rng.below(4) != 0 => mutate_checkpoint(&mut rng, seed, model),
                    _ => mutate(&mut rng, seed),
                };
                let (took, crash) = try_input(target, &input);
                report.inputs[k].1 += 1;
                if took > report.slowest.0 {
                    report.slowest = (took, target.name);
                }
                if let Some(message) = crash {
                    report.crashes.push(Crash {
                        target: target.name,
                        input,
                        message,
                    });
                }
            }
        }
        if deadline.is_none_or(|d| Instant::now() >= d) {
            return report;
        }
    }
}
