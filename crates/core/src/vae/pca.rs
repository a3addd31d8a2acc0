//! Principal component analysis in plain numbers: the 2-D view of the 10-D latent space on
//! slide 1.3's page (the codings' mean, then the two directions of largest variance, found by
//! power iteration on the covariance matrix).

/// Rows of `dim` values projected on their two principal components.
#[derive(Debug, Clone, PartialEq)]
pub struct Projection {
    /// (x, y) per row.
    pub points: Vec<(f32, f32)>,
    /// Share of the total variance along each of the two axes.
    pub explained: (f32, f32),
}

fn power_iteration(cov: &[f64], dim: usize, deflate: Option<&[f64]>) -> (Vec<f64>, f64) {
    let mut v: Vec<f64> = (0..dim).map(|i| 1.0 + i as f64 * 0.1).collect();
    let mut eigen = 0.0;
    for _ in 0..500 {
        if let Some(u) = deflate {
            let dot: f64 = v.iter().zip(u).map(|(a, b)| a * b).sum();
            for (a, b) in v.iter_mut().zip(u) {
                *a -= dot * b;
            }
        }
        let mut next = vec![0.0; dim];
        for (i, n) in next.iter_mut().enumerate() {
            *n = (0..dim).map(|j| cov[i * dim + j] * v[j]).sum();
        }
        let norm = next.iter().map(|x| x * x).sum::<f64>().sqrt();
        if norm < 1e-300 {
            break;
        }
        eigen = norm;
        v = next.into_iter().map(|x| x / norm).collect();
    }
    (v, eigen)
}

/// Projects `rows` (row-major, `dim` values each) on their first two principal components.
pub fn project_2d(rows: &[f32], dim: usize) -> Projection {
    let n = rows.len().checked_div(dim).unwrap_or(0);
    if n == 0 {
        return Projection {
            points: Vec::new(),
            explained: (0.0, 0.0),
        };
    }
    let mut mean = vec![0.0f64; dim];
    for row in rows.chunks(dim) {
        for (m, x) in mean.iter_mut().zip(row) {
            *m += f64::from(*x) / n as f64;
        }
    }
    let mut cov = vec![0.0f64; dim * dim];
    for row in rows.chunks(dim) {
        for i in 0..dim {
            let a = f64::from(row[i]) - mean[i];
            for j in 0..dim {
                cov[i * dim + j] += a * (f64::from(row[j]) - mean[j]) / n as f64;
            }
        }
    }
    let total: f64 = (0..dim).map(|i| cov[i * dim + i]).sum();
    let (first, l1) = power_iteration(&cov, dim, None);
    let (second, l2) = if dim > 1 {
        power_iteration(&cov, dim, Some(&first))
    } else {
        (vec![0.0; dim], 0.0)
    };
    let points = rows
        .chunks(dim)
        .map(|row| {
            let centred: Vec<f64> = row
                .iter()
                .zip(&mean)
                .map(|(x, m)| f64::from(*x) - m)
                .collect();
            let x: f64 = centred.iter().zip(&first).map(|(a, b)| a * b).sum();
            let y: f64 = centred.iter().zip(&second).map(|(a, b)| a * b).sum();
            (x as f32, y as f32)
        })
        .collect();
    let share = |l: f64| if total > 0.0 { (l / total) as f32 } else { 0.0 };
    Projection {
        points,
        explained: (share(l1), share(l2)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_long_axis() {
        // Points along (1, 1, 0) with a little spread along (1, −1, 0).
        let mut rows = Vec::new();
        for k in -10..=10 {
            let t = k as f32;
            let s = if k % 2 == 0 { 0.1 } else { -0.1 };
            rows.extend([t + s, t - s, 0.0]);
        }
        let p = project_2d(&rows, 3);
        assert_eq!(p.points.len(), 21);
        assert!(p.explained.0 > 0.99 && p.explained.1 > 0.0);
        // The first axis spans the line: |x| of the end points ≈ 10·√2.
        assert!((p.points[0].0.abs() - 10.0 * 2f32.sqrt()).abs() < 0.05);
    }
}
