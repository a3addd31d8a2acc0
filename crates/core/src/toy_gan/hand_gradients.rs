//! The gradients of the two one-neuron networks, derived by hand as lesson 1.28 shows them,
//! in plain numbers. A test checks that they equal burn's autodiff.
//!
//! With t = w·x + c and D = σ(t):
//! - ∂(−ln D)/∂t = D − 1 and ∂(−ln(1 − D))/∂t = D, so the discriminator's loss
//!   (mean over real pictures r and generated pictures f) has
//!   ∂L/∂w = mean_r (D_r − 1)·x_r + mean_f D_f·x_f and ∂L/∂c = mean_r (D_r − 1) + mean_f D_f;
//! - with pixels pⱼ = σ(uⱼ z + vⱼ), the generator's loss −ln D(G(z)) has
//!   ∂L/∂uⱼ = mean_n (D_n − 1)·wⱼ·pⱼ(1 − pⱼ)·z_n and ∂L/∂vⱼ = the same without z_n.

use super::by_hand::sigmoid;
use super::screen::PIXELS;

fn score(w: &[f32], c: f32, x: &[f32]) -> f32 {
    w.iter().zip(x).map(|(a, b)| a * b).sum::<f32>() + c
}

/// The generator's pixels for one z.
pub fn generate(u: &[f32], v: &[f32], z: f32) -> Vec<f32> {
    u.iter().zip(v).map(|(a, b)| sigmoid(a * z + b)).collect()
}

/// ∂L_D/∂w (9 values) and ∂L_D/∂c, for batches `real` and `fake` (row-major, 9 per picture).
pub fn discriminator(w: &[f32], c: f32, real: &[f32], fake: &[f32]) -> (Vec<f32>, f32) {
    let mut dw = vec![0.0; PIXELS];
    let mut dc = 0.0;
    let n_real = (real.len() / PIXELS) as f32;
    let n_fake = (fake.len() / PIXELS) as f32;
    for x in real.chunks(PIXELS) {
        let g = sigmoid(score(w, c, x)) - 1.0;
        for (d, xi) in dw.iter_mut().zip(x) {
            *d += g * xi / n_real;
        }
        dc += g / n_real;
    }
    for x in fake.chunks(PIXELS) {
        let g = sigmoid(score(w, c, x));
        for (d, xi) in dw.iter_mut().zip(x) {
            *d += g * xi / n_fake;
        }
        dc += g / n_fake;
    }
    (dw, dc)
}

/// ∂L_G/∂u and ∂L_G/∂v (9 values each), for the z values `zs`.
pub fn generator(u: &[f32], v: &[f32], w: &[f32], c: f32, zs: &[f32]) -> (Vec<f32>, Vec<f32>) {
    let mut du = vec![0.0; PIXELS];
    let mut dv = vec![0.0; PIXELS];
    let n = zs.len() as f32;
    for &z in zs {
        let p = generate(u, v, z);
        let g = sigmoid(score(w, c, &p)) - 1.0;
        for j in 0..PIXELS {
            let back = g * w[j] * p[j] * (1.0 - p[j]) / n;
            du[j] += back * z;
            dv[j] += back;
        }
    }
    (du, dv)
}
