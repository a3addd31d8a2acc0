//! The grown progressive GAN the site ships for slide 1.35's "jump ahead" (`www/pretrained/`):
//! the class preset's whole growth 4 → 8 → 16 → 32 ([`PHASE_IMAGES`] images in each of the
//! seven phases, batch 16, seed 42) trained on the real Fashion-MNIST by this very trainer on
//! the CPU backend, each level's pictures kept, scored by the shipped judge once grown and
//! saved as an ordinary checkpoint (so every look of 1.37–1.39 works on it).
//!
//! Made by `cargo xtask pretrain progan` (about 9 minutes natively here); the same command
//! gives the same bytes on CPUs of the same vector width (see the dense GAN's
//! [`crate::dense_gan::pretrained`]).

/// Images in each phase (stable or fade-in) of the shipped growth: the class preset.
pub const PHASE_IMAGES: usize = 16_000;

/// The shipped file's name, in the site's `pretrained/` folder.
pub const FILE_NAME: &str = "progan-clase.ckpt";

/// The shipped file's SHA-256 (also in the README; the page shows it).
pub const SHA256: &str = "820d58cf0f20939aca055480c7652a2634430ebdcf3bf29a364bbdb2f286c4c4";

/// The shipped file's size in bytes (the page states it before the download).
pub const BYTES: u64 = 2_108_343;
