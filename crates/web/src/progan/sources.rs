//! The progressive GAN's own Rust, compiled into the page so that slides 1.35–1.39 can show what
//! trains in the browser.

/// (name used in the lecture file, source).
pub const SOURCES: [(&str, &str); 5] = [
    (
        "progan/fade_in.rs",
        include_str!("../../../core/src/progan/fade_in.rs"),
    ),
    (
        "progan/minibatch_std.rs",
        include_str!("../../../core/src/progan/minibatch_std.rs"),
    ),
    (
        "progan/pixel_norm.rs",
        include_str!("../../../core/src/progan/pixel_norm.rs"),
    ),
    (
        "progan/equalized.rs",
        include_str!("../../../core/src/progan/equalized.rs"),
    ),
    (
        "progan/generator.rs",
        include_str!("../../../core/src/progan/generator.rs"),
    ),
];
