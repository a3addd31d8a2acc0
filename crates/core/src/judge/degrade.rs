//! The two degraded references: real test images blurred by a 3 × 3 box, and with Gaussian
//! noise (σ = 0.2) clipped to [0, 1]. A generator scoring between them and the floor makes
//! images the judge finds sharper than a blur and cleaner than noise.

use crate::rng::Rng;

/// Seed of the noisy reference's noise (fixed: the reference is the same everywhere).
pub const NOISE_SEED: u64 = 2_026;

/// Standard deviation of the noisy reference's noise, in [0, 1] pixel units.
pub const NOISE_STD: f32 = 0.2;

/// Each image (`rows × cols` bytes, one after another) replaced by the mean of its 3 × 3
/// neighbourhood (the neighbours inside the image), rounded to 8 bits.
pub fn box_blur(pixels: &[u8], rows: usize, cols: usize) -> Vec<u8> {
    let mut out = Vec::with_capacity(pixels.len());
    for image in pixels.chunks_exact(rows * cols) {
        for r in 0..rows {
            for c in 0..cols {
                let (mut sum, mut n) = (0u32, 0u32);
                for rr in r.saturating_sub(1)..(r + 2).min(rows) {
                    for cc in c.saturating_sub(1)..(c + 2).min(cols) {
                        sum += u32::from(image[rr * cols + cc]);
                        n += 1;
                    }
                }
                out.push(((sum as f32 / n as f32).round()) as u8);
            }
        }
    }
    out
}

/// Each pixel plus N(0, 0.2²) noise (in [0, 1] units, drawn from [`NOISE_SEED`]), clipped to
/// [0, 1] and rounded to 8 bits.
pub fn with_noise(pixels: &[u8]) -> Vec<u8> {
    let mut rng = Rng::new(NOISE_SEED);
    pixels
        .iter()
        .map(|&p| {
            let v = f32::from(p) / 255.0 + NOISE_STD * rng.normal();
            (v.clamp(0.0, 1.0) * 255.0).round() as u8
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_flat_image_stays_flat_and_a_dot_spreads() {
        assert_eq!(box_blur(&[90; 9], 3, 3), vec![90; 9]);
        let mut dot = vec![0u8; 9];
        dot[4] = 90;
        assert_eq!(
            box_blur(&dot, 3, 3),
            vec![23, 15, 23, 15, 10, 15, 23, 15, 23]
        );
    }

    #[test]
    fn noise_is_fixed_and_clipped() {
        let a = with_noise(&[0, 128, 255]);
        assert_eq!(a, with_noise(&[0, 128, 255]));
        // Clipped at both ends: the black pixel cannot go below 0, the white above 255.
        assert_ne!(a, [0, 128, 255]);
    }
}
