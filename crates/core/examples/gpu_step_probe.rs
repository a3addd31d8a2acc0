//! Where a VAE training step's time goes on a wgpu device, natively: the same WGSL kernels the
//! browser runs, here through wgpu's Vulkan path. With Chromium's own SwiftShader as the Vulkan
//! driver it reproduces the browser's software adapter without a browser:
//!
//! ```text
//! VK_ICD_FILENAMES=/usr/lib/chromium/vk_swiftshader_icd.json LD_LIBRARY_PATH=/usr/lib/chromium \
//!   cargo run --release -p generativa-core --features webgpu --example gpu_step_probe -- MODE [N]
//! ```
//!
//! Modes: `train N` (N real training steps), `phases N` (forward, backward and optimizer timed
//! apart on random images), `dispatch N` (N element-wise kernels), `matmul N` and `layouts N`
//! (the VAE's matrix products, GFLOP/s), `product N` (the dense layers' own product, timed and
//! compared with burn's), `conv N` (each DCGAN convolution's forward pass, input gradient and
//! weight gradient timed apart, batch 64, by burn's layers and by the project's `same_conv`
//! route, with the gap between their results). `PROBE_FLEX=1` runs the same on the CPU backend.

use std::sync::Arc;
use std::time::Instant;

use generativa_core::burn::module::Module;
use generativa_core::burn::optim::GradientsParams;
use generativa_core::burn::tensor::wgpu::WgpuBackend;
use generativa_core::burn::tensor::{Device, Distribution, Tensor};
use generativa_core::data::FashionMnist;
use generativa_core::dense_product::dense_product;
use generativa_core::vae::{
    NadamConfig, ReconstructionLoss, VaeTrainer, VaeTrainingConfig, VariationalAutoencoderConfig,
    vae_loss,
};

fn sync1(t: Tensor<1>) -> f32 {
    t.into_data().convert::<f32>().try_to_vec::<f32>().unwrap()[0]
}

fn ms(t: Instant) -> f64 {
    t.elapsed().as_secs_f64() * 1e3
}

/// Times `n` products `a × b` after a warm-up, and prints ms and GFLOP/s.
fn time_matmul(name: &str, a: Tensor<2>, b: Tensor<2>, n: usize) {
    let [m, k] = a.dims();
    let nn = b.dims()[1];
    let _ = sync1(a.clone().matmul(b.clone()).sum());
    let t = Instant::now();
    let mut product = a.clone().matmul(b.clone());
    for _ in 1..n {
        product = a.clone().matmul(b.clone());
    }
    let _ = sync1(product.sum());
    let each = ms(t) / n as f64;
    println!(
        "{name}: {each:.1} ms each, {:.2} GFLOP/s",
        2.0 * (m * k * nn) as f64 / each / 1e6
    );
}

/// Milliseconds per call of `f` (after one call that compiles its kernels), `n` calls.
fn per_call(n: usize, mut f: impl FnMut() -> f32) -> f64 {
    f();
    let t = Instant::now();
    for _ in 0..n {
        f();
    }
    ms(t) / n as f64
}

/// One of the DCGAN's convolutions, applied by burn's own layer or by the project's route
/// (`conv_forward`, `transposed_same`: the `same_conv` kernels on WebGPU).
enum ConvLayer {
    Strided(generativa_core::burn::nn::conv::Conv2d),
    Transposed(generativa_core::burn::nn::conv::ConvTranspose2d),
}

impl ConvLayer {
    fn apply(&self, x: Tensor<4>, ours: bool) -> Tensor<4> {
        use generativa_core::dcgan::layers::{conv_forward, transposed_same};
        match (self, ours) {
            (Self::Strided(layer), true) => conv_forward(layer, x),
            (Self::Strided(layer), false) => layer.forward(x),
            (Self::Transposed(layer), true) => transposed_same(layer, x),
            (Self::Transposed(layer), false) => {
                let [b, _, h, w] = x.dims();
                let full = layer.forward(x);
                let c = full.dims()[1];
                full.slice([0..b, 0..c, 0..2 * h, 0..2 * w])
            }
        }
    }

    fn weight_grad(&self, grads: &generativa_core::burn::tensor::Gradients) -> Tensor<4> {
        match self {
            Self::Strided(layer) => layer.weight.grad(grads).unwrap(),
            Self::Transposed(layer) => layer.weight.grad(grads).unwrap(),
        }
    }

    fn without_grad(&self) -> Self {
        match self {
            Self::Strided(layer) => Self::Strided(layer.clone().no_grad()),
            Self::Transposed(layer) => Self::Transposed(layer.clone().no_grad()),
        }
    }
}

/// The largest difference between two tensors, relative to the largest value.
fn relative_gap(a: Tensor<4>, b: Tensor<4>) -> f32 {
    let scale = sync1(b.clone().abs().max().reshape([1])).max(1e-12);
    sync1((a - b).abs().max().reshape([1])) / scale
}

/// The DCGAN's four convolutions (slide 1.34), batch 64: forward, input gradient and weight
/// gradient apart, with each one's GFLOP/s (2 · multiply-adds), by burn's layers and by the
/// project's route, and the largest relative gap between the two routes' outputs and
/// gradients. Each gradient's time includes the forward pass it differentiates (subtract the
/// first column for the backward alone).
fn time_convs(device: &Device, n: usize) {
    use generativa_core::dcgan::layers::{conv, conv_transpose};
    use generativa_core::rng::Rng;
    let ad = device.clone().autodiff();
    let mut rng = Rng::new(1);
    let batch = 64;
    // (name, c_in, c_out, side in, transposed)
    let layers = [
        ("D conv 1→64, 28→14", 1, 64, 28, false),
        ("D conv 64→128, 14→7", 64, 128, 14, false),
        ("G convT 128→64, 7→14", 128, 64, 7, true),
        ("G convT 64→1, 14→28", 64, 1, 14, true),
    ];
    println!(
        "{:<30} {:>12} {:>12} {:>12}   (ms; GFLOP/s)   brecha relativa: salida ∂entrada ∂pesos",
        "capa", "forward", "∂entrada", "∂pesos"
    );
    for (name, c_in, c_out, side, transposed) in layers {
        let small = if transposed { side } else { side / 2 };
        let macs = (batch * c_in * c_out * 25 * small * small) as f64;
        let gflops = |millis: f64| 2.0 * macs / (millis * 1e6);
        let x = |dev: &Device| {
            Tensor::<4>::random(
                [batch, c_in, side, side],
                Distribution::Uniform(-1.0, 1.0),
                dev,
            )
        };
        let layer = if transposed {
            ConvLayer::Transposed(conv_transpose(c_in, c_out, &mut rng, &ad))
        } else {
            ConvLayer::Strided(conv(c_in, c_out, 2, &mut rng, &ad))
        };
        let fixed = layer.without_grad();
        // Output, input gradient and weight gradient of sum(y ⊙ r) on one input.
        let probe = |ours: bool| {
            ad.seed(5);
            let input = x(&ad).require_grad();
            let y = layer.apply(input.clone(), ours);
            let r = Tensor::<4>::random(y.dims(), Distribution::Uniform(-1.0, 1.0), &ad);
            let grads = (y.clone() * r).sum().backward();
            (
                y.inner(),
                input.grad(&grads).unwrap(),
                layer.weight_grad(&grads),
            )
        };
        let (theirs, mine) = (probe(false), probe(true));
        let gaps = [
            relative_gap(mine.0, theirs.0),
            relative_gap(mine.1, theirs.1),
            relative_gap(mine.2, theirs.2),
        ];
        for ours in [false, true] {
            let forward = per_call(n, || sync1(layer.apply(x(&ad), ours).inner().sum()));
            let input_grad = per_call(n, || {
                let input = x(&ad).require_grad();
                let grads = fixed.apply(input.clone(), ours).sum().backward();
                sync1(input.grad(&grads).unwrap().sum())
            });
            let weight_grad = per_call(n, || {
                let grads = layer.apply(x(&ad), ours).sum().backward();
                sync1(layer.weight_grad(&grads).sum().reshape([1]))
            });
            let route = if ours { "propio" } else { "burn" };
            print!(
                "{:<30} {forward:>6.1} ({:>4.1}) {input_grad:>6.1} ({:>4.1}) {weight_grad:>6.1} ({:>4.1})",
                format!("{name} [{route}]"),
                gflops(forward),
                gflops(input_grad),
                gflops(weight_grad)
            );
            if ours {
                println!("   {:.1e} {:.1e} {:.1e}", gaps[0], gaps[1], gaps[2]);
            } else {
                println!();
            }
        }
    }
}

fn main() {
    let mode = std::env::args().nth(1).unwrap_or_else(|| "train".into());
    let n: usize = std::env::args()
        .nth(2)
        .and_then(|s| s.parse().ok())
        .unwrap_or(10);
    let t = Instant::now();
    let device = if std::env::var_os("PROBE_FLEX").is_some() {
        Device::flex()
    } else {
        Device::wgpu_options()
            .graphics_api(WgpuBackend::Vulkan)
            .init()
            .expect("wgpu")
    };
    println!("init {:.0} ms", ms(t));
    match mode.as_str() {
        "conv" => time_convs(&device, n),
        "train" => {
            let per: usize = std::env::args()
                .nth(3)
                .and_then(|s| s.parse().ok())
                .unwrap_or(1);
            let data = Arc::new(
                FashionMnist::load_dir(std::path::Path::new("/usr/share/datasets/fashion-mnist"))
                    .expect("data"),
            );
            let mut trainer =
                VaeTrainer::new(VaeTrainingConfig::new(), data, &device).expect("config");
            let mut times = Vec::new();
            for i in 0..n {
                let t = Instant::now();
                let l = pollster::block_on(trainer.train_steps(per)).expect("finite");
                let m = ms(t) / per as f64;
                println!(
                    "batch {i}: {m:.0} ms/step loss {:.4}",
                    l.last().unwrap().total
                );
                times.push(m);
            }
            times.sort_by(f64::total_cmp);
            println!("median {:.0} ms/step", times[times.len() / 2]);
        }
        "phases" => {
            let ad = device.clone().autodiff();
            let mut model = VariationalAutoencoderConfig::new()
                .init(&mut generativa_core::rng::Rng::new(42), &ad);
            let opt_cfg = NadamConfig::new();
            let mut opt = opt_cfg.init();
            for i in 0..n {
                let batch =
                    Tensor::<3>::random([128, 28, 28], Distribution::Uniform(0.0, 1.0), &ad);
                let t = Instant::now();
                let out = model.forward(batch.clone());
                let loss = vae_loss(
                    ReconstructionLoss::Mse,
                    out.reconstructions,
                    batch,
                    out.mean,
                    out.log_var,
                );
                let v = sync1(loss.total.clone().without_autodiff());
                let f = ms(t);
                let t = Instant::now();
                let grads = GradientsParams::from_grads(loss.total.backward(), &model);
                // force: read one grad
                let _ = sync1(Tensor::<1>::ones([1], &device).add_scalar(1.0));
                let b = ms(t);
                let t = Instant::now();
                model = opt.step(1e-3, model.clone(), grads);
                let _ = sync1(Tensor::<1>::ones([1], &device).add_scalar(1.0));
                let o = ms(t);
                println!(
                    "step {i}: forward+loss {f:.0} ms, backward {b:.0} ms, optimizer {o:.0} ms (loss {v:.4})"
                );
            }
        }
        "dispatch" => {
            for shape in [[150, 100], [784, 150]] {
                let mut x = Tensor::<2>::ones(shape, &device);
                let _ = sync1(x.clone().sum());
                let t = Instant::now();
                for _ in 0..n {
                    x = x.mul_scalar(1.0001);
                }
                let _ = sync1(x.sum());
                println!(
                    "{n} mul_scalar on {shape:?}: {:.2} ms each",
                    ms(t) / n as f64
                );
            }
        }
        "product" => {
            // The dense layers' own product against burn's, on the VAE's shapes and layouts
            // (the backward pass reads transposed views): time and largest difference.
            for (m, k, nn, ta, tb) in [
                (128, 784, 150, false, false),
                (128, 150, 784, false, true),
                (784, 128, 150, true, false),
                (128, 150, 100, false, false),
                (128, 100, 10, false, false),
            ] {
                let a = Tensor::<2>::random(
                    if ta { [k, m] } else { [m, k] },
                    Distribution::Uniform(-1.0, 1.0),
                    &device,
                );
                let b = Tensor::<2>::random(
                    if tb { [nn, k] } else { [k, nn] },
                    Distribution::Uniform(-1.0, 1.0),
                    &device,
                );
                let a = if ta { a.transpose() } else { a };
                let b = if tb { b.transpose() } else { b };
                let ours = dense_product(a.clone(), b.clone());
                let diff = sync1(
                    (ours - a.clone().matmul(b.clone()))
                        .abs()
                        .max()
                        .reshape([1]),
                );
                let _ = sync1(dense_product(a.clone(), b.clone()).sum());
                let t = Instant::now();
                let mut product = dense_product(a.clone(), b.clone());
                for _ in 1..n {
                    product = dense_product(a.clone(), b.clone());
                }
                let _ = sync1(product.sum());
                let each = ms(t) / n as f64;
                let gflops = 2.0 * (m * k * nn) as f64 / each / 1e6;
                println!(
                    "dense_product [{m},{k}]x[{k},{nn}] (A^T {ta}, B^T {tb}): {each:.2} ms, {gflops:.2} GFLOP/s, max |diff| vs matmul {diff:.2e}"
                );
            }
        }
        "matmul" => {
            // The VAE's products: forward and backward of the 784 × 150 layer, and the 150 × 100 one.
            for (m, k, nn) in [
                (128, 784, 150),
                (128, 150, 784),
                (784, 128, 150),
                (128, 150, 100),
            ] {
                let a = Tensor::<2>::random([m, k], Distribution::Uniform(0.0, 1.0), &device);
                let b = Tensor::<2>::random([k, nn], Distribution::Uniform(0.0, 1.0), &device);
                time_matmul(&format!("[{m},{k}]x[{k},{nn}]"), a, b, n);
            }
        }
        "layouts" => {
            // Does the layout or a width divisible by 4 change burn's kernel speed?
            let (m, k) = (128, 784);
            for nn in [150usize, 152, 160, 128] {
                for (ta, tb) in [(false, false), (false, true), (true, false)] {
                    let random = |shape: [usize; 2]| {
                        Tensor::<2>::random(shape, Distribution::Uniform(0.0, 1.0), &device)
                    };
                    let a = if ta {
                        random([k, m]).transpose()
                    } else {
                        random([m, k])
                    };
                    let b = if tb {
                        random([nn, k]).transpose()
                    } else {
                        random([k, nn])
                    };
                    time_matmul(
                        &format!(
                            "[{m},{k}]{}x[{k},{nn}]{}",
                            if ta { "T" } else { "" },
                            if tb { "T" } else { "" }
                        ),
                        a,
                        b,
                        n,
                    );
                }
            }
        }
        _ => println!("modes: train, phases, dispatch, matmul, layouts"),
    }
}
