//! The toy GAN's arithmetic as the slides do it, in plain numbers (no burn): the
//! discriminator's score split into its positive part, negative part and bias (1.14–1.17), the
//! generator's nine pre-activations and pixels (1.19–1.22), and the two losses (1.26–1.27).
//! The page's calculators use these; the models in `discriminator` and `generator` compute the
//! same thing with tensors.

use super::screen::{O_PATTERN, PIXELS, Screen, X_PATTERN, is_x_pixel};

/// The slides' threshold: a score of 4 or more is an X (slide 1.15).
pub const SLIDE_THRESHOLD: f32 = 4.0;
/// The input the slides feed the generator (slide 1.19).
pub const SLIDE_Z: f32 = 0.8;
/// The discriminator's verdict on a generated picture in slide 1.26.
pub const SLIDE_D_OF_FAKE: f32 = 0.87;
/// The z values whose pictures the training page redraws as the generator learns.
pub const SHOWCASE_Z: [f32; 5] = [0.0, 0.25, 0.5, 0.75, 1.0];

/// σ(t) = 1 / (1 + e^(−t)).
pub fn sigmoid(t: f32) -> f32 {
    1.0 / (1.0 + (-t).exp())
}

/// −ln p, the slides' losses written on a probability.
pub fn neg_ln(p: f32) -> f32 {
    -p.ln()
}

/// The slides' hand-made discriminator weights: +1 on the X's pixels, −1 on the others.
pub fn slide_discriminator_weights() -> [f32; PIXELS] {
    std::array::from_fn(|i| if is_x_pixel(i) { 1.0 } else { -1.0 })
}

/// The slides' hand-made generator: weights 1 and biases +1 on the X's pixels, −1 elsewhere.
pub fn slide_generator() -> ([f32; PIXELS], [f32; PIXELS]) {
    (
        [1.0; PIXELS],
        std::array::from_fn(|i| if is_x_pixel(i) { 1.0 } else { -1.0 }),
    )
}

/// The discriminator's score, split the way slides 1.14 and 1.17 say it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ScoreBreakdown {
    /// Σ wⱼxⱼ over the pixels with a positive weight.
    pub positive: f32,
    /// Σ |wⱼ|xⱼ over the pixels with a negative weight (subtracted).
    pub negative: f32,
    /// The bias b, subtracted as in slide 1.15.
    pub bias: f32,
    /// positive − negative − b.
    pub score: f32,
    /// σ(score): the probability that the picture is an X (slide 1.16).
    pub probability: f32,
}

/// The score of `picture` with `weights` and a bias `bias` that is subtracted (the slides'
/// sign: the model's own bias is c = −b).
pub fn discriminator_score(weights: &[f32; PIXELS], bias: f32, picture: &Screen) -> ScoreBreakdown {
    let (mut positive, mut negative) = (0.0, 0.0);
    for (w, x) in weights.iter().zip(picture) {
        if *w >= 0.0 {
            positive += w * x;
        } else {
            negative += -w * x;
        }
    }
    let score = positive - negative - bias;
    ScoreBreakdown {
        positive,
        negative,
        bias,
        score,
        probability: sigmoid(score),
    }
}

/// The generator for one z: the nine scores uⱼz + vⱼ and the nine pixels σ(uⱼz + vⱼ).
pub fn generator_pixels(
    weights: &[f32; PIXELS],
    biases: &[f32; PIXELS],
    z: f32,
) -> (Screen, Screen) {
    let scores: Screen = std::array::from_fn(|j| weights[j] * z + biases[j]);
    (scores, scores.map(sigmoid))
}

/// What each network loses on a generated picture that the discriminator rates `d_of_fake`:
/// the discriminator −ln(1 − D(G(z))) and the generator −ln D(G(z)) (slides 1.26–1.27).
pub fn losses_on_fake(d_of_fake: f32) -> (f32, f32) {
    (neg_ln(1.0 - d_of_fake), neg_ln(d_of_fake))
}

/// Whether a picture reads as `pattern`: its filled pixels above 0.7, the rest below 0.3.
pub fn looks_like(picture: &Screen, pattern: &Screen) -> bool {
    picture
        .iter()
        .zip(pattern)
        .all(|(v, p)| if *p > 0.5 { *v > 0.7 } else { *v < 0.3 })
}

/// Whether a picture reads as an X: corners and centre above 0.7, the rest below 0.3.
pub fn looks_like_x(picture: &Screen) -> bool {
    looks_like(picture, &X_PATTERN)
}

/// Whether a picture reads as an O: the ring above 0.7, the centre below 0.3.
pub fn looks_like_o(picture: &Screen) -> bool {
    looks_like(picture, &O_PATTERN)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::toy_gan::screen::{SLIDE_NOISE, SLIDE_X};

    fn close(a: f32, b: f32, tol: f32) -> bool {
        (a - b).abs() <= tol
    }

    #[test]
    fn slide_numbers() {
        let w = slide_discriminator_weights();
        let x = discriminator_score(&w, 0.0, &SLIDE_X);
        assert!(
            close(x.positive, 4.8, 1e-5)
                && close(x.negative, 0.4, 1e-5)
                && close(x.score, 4.4, 1e-5)
        );
        assert!(x.score >= SLIDE_THRESHOLD);
        let noise = discriminator_score(&w, 0.0, &SLIDE_NOISE);
        assert!(close(noise.positive, 2.4, 1e-5) && close(noise.negative, 3.8, 1e-5));
        assert!(close(noise.score, -1.4, 1e-5) && close(noise.probability, 0.198, 5e-4));
        let (u, v) = slide_generator();
        let (scores, pixels) = generator_pixels(&u, &v, SLIDE_Z);
        assert!(close(scores[0], 1.8, 1e-6) && close(scores[1], -0.2, 1e-6));
        assert!(close(pixels[0], 0.858, 5e-4) && close(pixels[1], 0.450, 5e-4));
        let (d, g) = losses_on_fake(SLIDE_D_OF_FAKE);
        assert!(close(d, 2.04, 5e-3) && close(g, 0.139, 5e-4));
    }

    #[test]
    fn the_bias_is_subtracted() {
        let w = slide_discriminator_weights();
        let with_threshold = discriminator_score(&w, SLIDE_THRESHOLD, &SLIDE_X);
        assert!(close(with_threshold.score, 0.4, 1e-5) && with_threshold.probability > 0.5);
        assert!(
            looks_like_x(&X_PATTERN) && !looks_like_x(&SLIDE_NOISE) && !looks_like_x(&O_PATTERN)
        );
        assert!(looks_like_o(&O_PATTERN) && !looks_like_o(&X_PATTERN));
    }
}
