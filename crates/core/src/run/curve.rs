//! A loss curve that never grows past a fixed number of points: when full, neighbouring points
//! merge (keeping each bucket's minimum, maximum and mean), so an hour of training keeps the
//! curve's shape, its spikes included, in bounded memory and checkpoint size.

use serde::{Deserialize, Serialize};

/// One bucket of consecutive samples.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct CurvePoint {
    /// The x of the bucket's last sample (e.g. the step number).
    pub x: f64,
    /// Smallest sample.
    pub min: f32,
    /// Largest sample.
    pub max: f32,
    /// Mean of the samples.
    pub mean: f32,
    /// Samples in the bucket.
    pub count: u32,
}

impl CurvePoint {
    fn merge(self, later: Self) -> Self {
        let n = self.count + later.count;
        Self {
            x: later.x,
            min: self.min.min(later.min),
            max: self.max.max(later.max),
            mean: ((f64::from(self.mean) * f64::from(self.count)
                + f64::from(later.mean) * f64::from(later.count))
                / f64::from(n)) as f32,
            count: n,
        }
    }
}

/// The bounded curve.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Curve {
    capacity: usize,
    width: u32,
    points: Vec<CurvePoint>,
}

impl Curve {
    /// An empty curve of at most `capacity` points (at least 2).
    pub fn new(capacity: usize) -> Self {
        Self {
            capacity: capacity.max(2),
            width: 1,
            points: Vec::new(),
        }
    }

    /// Adds a sample.
    pub fn push(&mut self, x: f64, y: f32) {
        let point = CurvePoint {
            x,
            min: y,
            max: y,
            mean: y,
            count: 1,
        };
        match self.points.last_mut() {
            Some(last) if last.count < self.width => *last = last.merge(point),
            _ => self.points.push(point),
        }
        if self.points.len() > self.capacity {
            self.points = self
                .points
                .chunks(2)
                .map(|pair| match pair {
                    [a, b] => a.merge(*b),
                    [a] => *a,
                    _ => unreachable!("chunks of two"),
                })
                .collect();
            self.width *= 2;
        }
    }

    /// The points, oldest first.
    pub fn points(&self) -> &[CurvePoint] {
        &self.points
    }

    /// Samples pushed so far.
    pub fn samples(&self) -> u64 {
        self.points.iter().map(|p| u64::from(p.count)).sum()
    }
}

/// Curves pushed together (one sample each per step) read back side by side: each point's x
/// (from the first curve) and the curves' means there, as many points as the shortest has.
pub fn means_side_by_side<const N: usize>(curves: [&Curve; N]) -> Vec<(f64, [f32; N])> {
    let length = curves.iter().map(|c| c.points.len()).min().unwrap_or(0);
    (0..length)
        .map(|i| {
            let x = curves.first().map_or(0.0, |c| c.points[i].x);
            (x, curves.map(|c| c.points[i].mean))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stays_bounded_and_keeps_extremes() {
        let mut c = Curve::new(100);
        for i in 0..100_000 {
            let y = if i == 54_321 { 9.0 } else { (i % 7) as f32 };
            c.push(i as f64, y);
        }
        assert!(c.points().len() <= 100);
        assert_eq!(c.samples(), 100_000);
        assert_eq!(
            c.points().iter().map(|p| p.max).fold(0.0, f32::max),
            9.0,
            "a spike survives thinning"
        );
        assert_eq!(c.points().last().unwrap().x, 99_999.0);
        let mean = c
            .points()
            .iter()
            .map(|p| f64::from(p.mean) * f64::from(p.count))
            .sum::<f64>()
            / 100_000.0;
        assert!((mean - 3.0).abs() < 0.01, "{mean}");
    }
}
