//! The 3×3 screen: nine grey values in [0, 1] (1 = filled), row by row, and the real data —
//! X's (and, optionally, O's) with a little noise.

use super::rng::Rng;

/// Pixels on the screen.
pub const PIXELS: usize = 9;

/// An X: corners and centre filled.
pub const X_PATTERN: [f32; PIXELS] = [1.0, 0.0, 1.0, 0.0, 1.0, 0.0, 1.0, 0.0, 1.0];
/// An O: the ring filled, the centre empty.
pub const O_PATTERN: [f32; PIXELS] = [1.0, 1.0, 1.0, 1.0, 0.0, 1.0, 1.0, 1.0, 1.0];

/// Whether pixel `i` belongs to the X (a corner or the centre).
pub fn is_x_pixel(i: usize) -> bool {
    X_PATTERN[i] > 0.5
}

/// One picture on the screen.
pub type Screen = [f32; PIXELS];

/// The slide 1.14 example: an almost perfect X whose X-pixels sum to 4.8 and the rest to 0.4.
pub const SLIDE_X: Screen = [1.0, 0.1, 0.9, 0.1, 1.0, 0.1, 0.9, 0.1, 1.0];
/// The slide 1.13 / 1.17 noise: X-pixels sum to 2.4, the others to 3.8.
pub const SLIDE_NOISE: Screen = [0.8, 0.9, 0.2, 1.0, 0.6, 0.9, 0.3, 1.0, 0.5];

/// A real picture: the pattern with every pixel moved up to `noise` toward the middle.
pub fn noisy(pattern: &Screen, noise: f32, rng: &mut Rng) -> Screen {
    let mut out = *pattern;
    for v in &mut out {
        let jitter = rng.uniform() * noise;
        *v = if *v > 0.5 { 1.0 - jitter } else { jitter };
    }
    out
}

/// A batch of real pictures, row-major `[batch * 9]`: X's, or X's and O's half and half.
pub fn real_batch(batch: usize, noise: f32, with_o: bool, rng: &mut Rng) -> Vec<f32> {
    (0..batch)
        .flat_map(|i| {
            let pattern = if with_o && i % 2 == 1 {
                &O_PATTERN
            } else {
                &X_PATTERN
            };
            noisy(pattern, noise, rng)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slide_examples_add_up() {
        let x_sum: f32 = (0..PIXELS)
            .filter(|&i| is_x_pixel(i))
            .map(|i| SLIDE_X[i])
            .sum();
        let other: f32 = (0..PIXELS)
            .filter(|&i| !is_x_pixel(i))
            .map(|i| SLIDE_X[i])
            .sum();
        assert!((x_sum - 4.8).abs() < 1e-5 && (other - 0.4).abs() < 1e-5);
        let x_sum: f32 = (0..PIXELS)
            .filter(|&i| is_x_pixel(i))
            .map(|i| SLIDE_NOISE[i])
            .sum();
        let other: f32 = (0..PIXELS)
            .filter(|&i| !is_x_pixel(i))
            .map(|i| SLIDE_NOISE[i])
            .sum();
        assert!((x_sum - 2.4).abs() < 1e-5 && (other - 3.8).abs() < 1e-5);
    }

    #[test]
    fn real_pictures_stay_near_their_pattern() {
        let mut rng = Rng::new(1);
        let batch = real_batch(10, 0.2, true, &mut rng);
        assert_eq!(batch.len(), 90);
        for (i, picture) in batch.chunks(9).enumerate() {
            let pattern = if i % 2 == 1 { O_PATTERN } else { X_PATTERN };
            for (v, p) in picture.iter().zip(pattern) {
                assert!((v - p).abs() <= 0.2 + 1e-6);
            }
        }
    }
}
