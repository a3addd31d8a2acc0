//! The dense GAN's own Rust, compiled into the page so that slides 1.29–1.32 can show, beside
//! the lecture's Keras code, exactly what trains in the browser.

/// (name used in the lecture file, source).
pub const SOURCES: [(&str, &str); 5] = [
    (
        "dense_gan/generator.rs",
        include_str!("../../../core/src/dense_gan/generator.rs"),
    ),
    (
        "dense_gan/discriminator.rs",
        include_str!("../../../core/src/dense_gan/discriminator.rs"),
    ),
    (
        "gan/phases.rs",
        include_str!("../../../core/src/gan/phases.rs"),
    ),
    (
        "optim/rmsprop.rs",
        include_str!("../../../core/src/optim/rmsprop.rs"),
    ),
    (
        "data/buffer_shuffle.rs",
        include_str!("../../../core/src/data/buffer_shuffle.rs"),
    ),
];
