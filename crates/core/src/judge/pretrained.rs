//! The judge the site ships (`www/pretrained/`): [`super::classifier`]'s network trained by
//! [`super::training`] with its default settings, on the CPU backend. Made by `cargo xtask
//! pretrain judge`, which prints the digest below and the reference scores.
//!
//! The reference scores are constants so the page can print them beside every score without
//! scoring 6,000 more images; the native tests recompute them from the shipped file.

/// The shipped file's name, in the site's `pretrained/` folder.
pub const FILE_NAME: &str = "juez-fashion.bin";

/// The shipped file's SHA-256.
pub const SHA256: &str = "eff44719f5a9ac95f28b8331964c3014bceb4f5480970bc0302523b60251072c";

/// The judge's accuracy on the 10,000 test images.
pub const TEST_ACCURACY: f64 = 0.9051;

/// Fréchet distance of 2,000 real training images (the floor).
pub const FLOOR: f64 = 0.8405;

/// Fréchet distance of the test images blurred by a 3 × 3 box.
pub const BLURRED: f64 = 66.448;

/// Fréchet distance of the test images with N(0, 0.2²) noise.
pub const NOISY: f64 = 62.7757;
