//! One GAN training step's numbers as they travel and as the charts draw them, the same for
//! every image GAN family (dense, DCGAN, progressive): where on the x axis, both phases' losses
//! and the discriminator's two mean verdicts.

use serde::{Deserialize, Serialize};

/// One step's numbers (a loaded run's points are bucket means of its curves).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct GanNumbers {
    /// Where on the x axis: steps since the run began (dense GAN, DCGAN) or training images
    /// shown (progressive GAN), once the step was done.
    pub x: u64,
    /// Phase 1's loss (the discriminator's).
    pub discriminator_loss: f32,
    /// Phase 2's loss (the generator's).
    pub generator_loss: f32,
    /// D(x): the discriminator's mean probability for the real images.
    pub d_real: f32,
    /// D(G(z)): its mean probability for the generated ones.
    pub d_fake: f32,
}

impl GanNumbers {
    /// The numbers at `x`: `[discriminator loss, generator loss, D(x), D(G(z))]`.
    pub fn new(x: u64, [discriminator_loss, generator_loss, d_real, d_fake]: [f32; 4]) -> Self {
        Self {
            x,
            discriminator_loss,
            generator_loss,
            d_real,
            d_fake,
        }
    }

    /// A run's curves side by side (x, and the four numbers' bucket means) as points.
    pub fn from_curves(side_by_side: Vec<(f64, [f32; 4])>) -> Vec<Self> {
        side_by_side
            .into_iter()
            .map(|(x, numbers)| Self::new(x as u64, numbers))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn curves_become_points_in_order() {
        let points = GanNumbers::from_curves(vec![
            (10.0, [0.7, 0.6, 0.5, 0.4]),
            (20.0, [0.3, 1.2, 0.8, 0.2]),
        ]);
        assert_eq!(points.len(), 2);
        assert_eq!(points[1], GanNumbers::new(20, [0.3, 1.2, 0.8, 0.2]));
        assert_eq!((points[0].x, points[0].d_fake), (10, 0.4));
    }
}
