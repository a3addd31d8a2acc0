//! The Fréchet distance between two clouds of feature vectors, each summed up as a Gaussian
//! (its mean and covariance): ‖μ₁ − μ₂‖² + tr(Σ₁ + Σ₂ − 2 (Σ₁ Σ₂)^½). It is 0 for identical
//! clouds and grows as the generated images' features drift from the real ones' — in where
//! they sit (the mean) and in how varied they are (the covariance). Plain `f64` arithmetic.

/// A cloud of feature vectors summed up: its mean and covariance.
#[derive(Clone, Debug, PartialEq)]
pub struct Gaussian {
    /// The mean vector (`dim` numbers).
    pub mean: Vec<f64>,
    /// The covariance, row by row (`dim × dim`, divided by n − 1).
    pub covariance: Vec<f64>,
}

impl Gaussian {
    /// The mean and covariance of `n` vectors of `dim` numbers stored row by row.
    pub fn of(features: &[f32], dim: usize) -> Self {
        let n = features.len() / dim;
        let mut mean = vec![0.0; dim];
        for row in features.chunks_exact(dim) {
            for (m, &x) in mean.iter_mut().zip(row) {
                *m += f64::from(x);
            }
        }
        mean.iter_mut().for_each(|m| *m /= n as f64);
        let mut covariance = vec![0.0; dim * dim];
        let mut centred = vec![0.0; dim];
        for row in features.chunks_exact(dim) {
            for ((c, &x), m) in centred.iter_mut().zip(row).zip(&mean) {
                *c = f64::from(x) - m;
            }
            for i in 0..dim {
                let ci = centred[i];
                for j in i..dim {
                    covariance[i * dim + j] += ci * centred[j];
                }
            }
        }
        let denominator = (n.max(2) - 1) as f64;
        for i in 0..dim {
            for j in i..dim {
                let v = covariance[i * dim + j] / denominator;
                covariance[i * dim + j] = v;
                covariance[j * dim + i] = v;
            }
        }
        Self { mean, covariance }
    }

    /// Its dimension.
    pub fn dim(&self) -> usize {
        self.mean.len()
    }
}

/// The eigenvalues and eigenvectors (as columns, row-major `dim × dim`) of a symmetric matrix,
/// by cyclic Jacobi rotations.
fn symmetric_eigen(matrix: &[f64], dim: usize) -> (Vec<f64>, Vec<f64>) {
    let mut a = matrix.to_vec();
    let mut v = vec![0.0; dim * dim];
    for i in 0..dim {
        v[i * dim + i] = 1.0;
    }
    for _sweep in 0..100 {
        let off: f64 = (0..dim)
            .flat_map(|i| (0..dim).filter(move |&j| j != i).map(move |j| (i, j)))
            .map(|(i, j)| a[i * dim + j] * a[i * dim + j])
            .sum();
        let scale: f64 = (0..dim).map(|i| a[i * dim + i] * a[i * dim + i]).sum();
        if off <= 1e-24 * scale.max(1e-300) {
            break;
        }
        for p in 0..dim {
            for q in p + 1..dim {
                let apq = a[p * dim + q];
                if apq.abs() < 1e-300 {
                    continue;
                }
                let theta = (a[q * dim + q] - a[p * dim + p]) / (2.0 * apq);
                let t = theta.signum() / (theta.abs() + (theta * theta + 1.0).sqrt());
                let t = if theta == 0.0 { 1.0 } else { t };
                let c = 1.0 / (t * t + 1.0).sqrt();
                let s = t * c;
                for k in 0..dim {
                    let akp = a[k * dim + p];
                    let akq = a[k * dim + q];
                    a[k * dim + p] = c * akp - s * akq;
                    a[k * dim + q] = s * akp + c * akq;
                }
                for k in 0..dim {
                    let apk = a[p * dim + k];
                    let aqk = a[q * dim + k];
                    a[p * dim + k] = c * apk - s * aqk;
                    a[q * dim + k] = s * apk + c * aqk;
                }
                for k in 0..dim {
                    let vkp = v[k * dim + p];
                    let vkq = v[k * dim + q];
                    v[k * dim + p] = c * vkp - s * vkq;
                    v[k * dim + q] = s * vkp + c * vkq;
                }
            }
        }
    }
    ((0..dim).map(|i| a[i * dim + i]).collect(), v)
}

/// The square root of a symmetric positive semi-definite matrix (negative rounding-error
/// eigenvalues taken as 0).
fn symmetric_sqrt(matrix: &[f64], dim: usize) -> Vec<f64> {
    let (values, vectors) = symmetric_eigen(matrix, dim);
    let mut root = vec![0.0; dim * dim];
    for (k, value) in values.iter().enumerate() {
        let s = value.max(0.0).sqrt();
        for i in 0..dim {
            let vik = vectors[i * dim + k] * s;
            for j in 0..dim {
                root[i * dim + j] += vik * vectors[j * dim + k];
            }
        }
    }
    root
}

fn multiply(a: &[f64], b: &[f64], dim: usize) -> Vec<f64> {
    let mut c = vec![0.0; dim * dim];
    for i in 0..dim {
        for k in 0..dim {
            let aik = a[i * dim + k];
            for j in 0..dim {
                c[i * dim + j] += aik * b[k * dim + j];
            }
        }
    }
    c
}

/// The Fréchet distance between two Gaussians of the same dimension.
///
/// tr((Σ₁ Σ₂)^½) is computed as the sum of the square roots of the eigenvalues of the
/// symmetric matrix Σ₁^½ Σ₂ Σ₁^½, which has the same eigenvalues as Σ₁ Σ₂.
pub fn frechet_distance(a: &Gaussian, b: &Gaussian) -> f64 {
    let dim = a.dim();
    assert_eq!(dim, b.dim(), "two Gaussians of the same dimension");
    let mean_term: f64 = a
        .mean
        .iter()
        .zip(&b.mean)
        .map(|(x, y)| (x - y).powi(2))
        .sum();
    let trace = |m: &[f64]| (0..dim).map(|i| m[i * dim + i]).sum::<f64>();
    let root_a = symmetric_sqrt(&a.covariance, dim);
    let middle = multiply(&multiply(&root_a, &b.covariance, dim), &root_a, dim);
    // Symmetrise away rounding before the eigen-decomposition.
    let middle: Vec<f64> = (0..dim * dim)
        .map(|k| 0.5 * (middle[k] + middle[(k % dim) * dim + k / dim]))
        .collect();
    let (values, _) = symmetric_eigen(&middle, dim);
    let cross: f64 = values.iter().map(|v| v.max(0.0).sqrt()).sum();
    (mean_term + trace(&a.covariance) + trace(&b.covariance) - 2.0 * cross).max(0.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identical_clouds_are_at_distance_zero() {
        let features: Vec<f32> = (0..300).map(|i| ((i * 37) % 101) as f32 / 10.0).collect();
        let g = Gaussian::of(&features, 3);
        assert!(frechet_distance(&g, &g) < 1e-9);
    }

    #[test]
    fn diagonal_gaussians_match_the_closed_form() {
        // Independent coordinates: d² = Σ (μ₁ − μ₂)² + (σ₁ − σ₂)².
        let a = Gaussian {
            mean: vec![0.0, 1.0],
            covariance: vec![4.0, 0.0, 0.0, 1.0],
        };
        let b = Gaussian {
            mean: vec![1.0, 1.0],
            covariance: vec![1.0, 0.0, 0.0, 9.0],
        };
        let expected = 1.0 + (2.0f64 - 1.0).powi(2) + (1.0f64 - 3.0).powi(2);
        assert!((frechet_distance(&a, &b) - expected).abs() < 1e-9);
    }

    #[test]
    fn a_rotated_covariance_is_handled() {
        // Σ₁ = I, Σ₂ = [[2, 1], [1, 2]] (eigenvalues 1 and 3): tr = 2 + 4 − 2 (1 + √3).
        let a = Gaussian {
            mean: vec![0.0, 0.0],
            covariance: vec![1.0, 0.0, 0.0, 1.0],
        };
        let b = Gaussian {
            mean: vec![0.0, 0.0],
            covariance: vec![2.0, 1.0, 1.0, 2.0],
        };
        let expected = 6.0 - 2.0 * (1.0 + 3f64.sqrt());
        assert!((frechet_distance(&a, &b) - expected).abs() < 1e-9);
    }
}
