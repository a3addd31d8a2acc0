//! A network's weights in one short code (slide 1.31's `trainable = False` made visible): the
//! same weights always give the same code, and changing any weight by any amount changes it.
//! A phase that leaves a network untouched leaves its fingerprint as it was.

use serde::{Deserialize, Serialize};

/// A fingerprint of every weight of a network.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Fingerprint {
    /// FNV-1a hash of the weights' 32-bit patterns, in parameter order.
    pub hash: u32,
    /// The sum of the weights (a number a student can compare by eye).
    pub sum: f64,
    /// How many weights.
    pub count: u64,
}

impl Fingerprint {
    /// The fingerprint of weights listed in parameter order.
    pub fn of(values: &[f32]) -> Self {
        let mut hash: u32 = 0x811c_9dc5;
        for v in values {
            for byte in v.to_bits().to_le_bytes() {
                hash ^= u32::from(byte);
                hash = hash.wrapping_mul(0x0100_0193);
            }
        }
        Self {
            hash,
            sum: values.iter().map(|&v| f64::from(v)).sum(),
            count: values.len() as u64,
        }
    }

    /// The hash as eight hexadecimal digits.
    pub fn code(&self) -> String {
        format!("{:08x}", self.hash)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn any_change_changes_the_code() {
        let a = Fingerprint::of(&[1.0, 2.0, 3.0]);
        assert_eq!(a, Fingerprint::of(&[1.0, 2.0, 3.0]));
        assert_ne!(a.hash, Fingerprint::of(&[1.0, 2.0, 3.000_000_2]).hash);
        assert_eq!(a.code().len(), 8);
        assert_eq!(a.count, 3);
    }
}
