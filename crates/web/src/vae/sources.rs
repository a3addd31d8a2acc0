//! The engine's own Rust, compiled into the page so that a student can read, beside the
//! lecture's Keras code, exactly what trains in their browser.

/// (name used in the lecture file, source).
pub const SOURCES: [(&str, &str); 7] = [
    (
        "vae/sampling.rs",
        include_str!("../../../core/src/vae/sampling.rs"),
    ),
    (
        "vae/encoder.rs",
        include_str!("../../../core/src/vae/encoder.rs"),
    ),
    (
        "vae/decoder.rs",
        include_str!("../../../core/src/vae/decoder.rs"),
    ),
    (
        "vae/model.rs",
        include_str!("../../../core/src/vae/model.rs"),
    ),
    ("vae/loss.rs", include_str!("../../../core/src/vae/loss.rs")),
    (
        "optim/nadam.rs",
        include_str!("../../../core/src/optim/nadam.rs"),
    ),
    ("dense.rs", include_str!("../../../core/src/dense.rs")),
];
