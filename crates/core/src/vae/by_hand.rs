//! The latent loss in plain numbers (slides 1.4–1.5), for the page's sliders: the same value
//! from σ and from γ = log σ².

/// −½ Σᵢ [1 + log σᵢ² − σᵢ² − μᵢ²].
pub fn latent_loss_sigma(mean: &[f64], sigma: &[f64]) -> f64 {
    -0.5 * mean
        .iter()
        .zip(sigma)
        .map(|(m, s)| 1.0 + (s * s).ln() - s * s - m * m)
        .sum::<f64>()
}

/// −½ Σᵢ [1 + γᵢ − exp γᵢ − μᵢ²].
pub fn latent_loss_gamma(mean: &[f64], gamma: &[f64]) -> f64 {
    -0.5 * mean
        .iter()
        .zip(gamma)
        .map(|(m, g)| 1.0 + g - g.exp() - m * m)
        .sum::<f64>()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_forms_agree_and_vanish_at_the_standard_normal() {
        assert_eq!(latent_loss_sigma(&[0.0, 0.0], &[1.0, 1.0]), 0.0);
        assert_eq!(latent_loss_gamma(&[0.0, 0.0], &[0.0, 0.0]), 0.0);
        // μ = 1, σ = 2: −½(1 + ln 4 − 4 − 1) = 2 − ln 2 ≈ 1.3069
        let by_sigma = latent_loss_sigma(&[1.0], &[2.0]);
        assert!((by_sigma - (2.0 - 2f64.ln())).abs() < 1e-12);
        let by_gamma = latent_loss_gamma(&[1.0], &[4f64.ln()]);
        assert!((by_sigma - by_gamma).abs() < 1e-12);
    }
}
