//! The growth schedule (slide 1.35): 4 × 4 first, then for each new level a fade-in and a
//! stable phase, each a number of training images (config fields, so the run fits the time a
//! class has). [`Stage`] says where a run stands: its level and its α.

use serde::{Deserialize, Serialize};

/// Where a run stands: its level (0 = 4 × 4, 1 = 8 × 8, …) and the new level's weight α.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Stage {
    /// The newest level in use.
    pub level: usize,
    /// Its weight in the fade-in, from 0 to 1 (1 when stable).
    pub alpha: f32,
}

impl Stage {
    /// The stable stage of `level`.
    pub fn stable(level: usize) -> Self {
        Self { level, alpha: 1.0 }
    }

    /// The side of the images at this stage: 4 · 2^level.
    pub fn side(&self) -> usize {
        4 << self.level
    }

    /// Whether the new level is still fading in.
    pub fn fading(&self) -> bool {
        self.level > 0 && self.alpha < 1.0
    }
}

/// One phase of the schedule.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Phase {
    /// A new level fades in.
    Fade,
    /// A level trains at α = 1.
    Stable,
}

/// The schedule: images of every phase, in order.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Growth {
    /// Images of the stable phase of each level (4 × 4 first).
    pub stable_images: Vec<usize>,
    /// Images of the fade-in of each level after the first (8 × 8 first).
    pub fade_images: Vec<usize>,
}

/// Where a count of images falls in the schedule.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Position {
    /// Level and α.
    pub stage: Stage,
    /// The phase.
    pub phase: Phase,
    /// Images shown so far in this phase.
    pub done: usize,
    /// Images of this phase.
    pub length: usize,
}

impl Growth {
    /// Levels of the schedule (4 × 4 up to its last side).
    pub fn levels(&self) -> usize {
        self.stable_images.len()
    }

    /// The phases in order: (level, phase, images).
    pub fn phases(&self) -> Vec<(usize, Phase, usize)> {
        let mut out = Vec::new();
        for level in 0..self.levels() {
            if level > 0 {
                out.push((level, Phase::Fade, self.fade_images[level - 1]));
            }
            out.push((level, Phase::Stable, self.stable_images[level]));
        }
        out
    }

    /// Images of the whole schedule.
    pub fn total_images(&self) -> usize {
        self.phases().iter().map(|(_, _, n)| n).sum()
    }

    /// Where the run stands after `images` training images (the last phase's end once past
    /// it). α rises linearly over a fade-in.
    pub fn position(&self, images: usize) -> Position {
        let mut start = 0;
        let phases = self.phases();
        for &(level, phase, length) in &phases {
            if images < start + length {
                let done = images - start;
                let alpha = match phase {
                    Phase::Fade => done as f32 / length as f32,
                    Phase::Stable => 1.0,
                };
                return Position {
                    stage: Stage { level, alpha },
                    phase,
                    done,
                    length,
                };
            }
            start += length;
        }
        let &(level, phase, length) = phases.last().expect("at least one level");
        Position {
            stage: Stage::stable(level),
            phase,
            done: length,
            length,
        }
    }
}
