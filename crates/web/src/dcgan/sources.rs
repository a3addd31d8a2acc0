//! The DCGAN's own Rust, compiled into the page so that slide 1.34 can show what trains in the
//! browser.

/// (name used in the lecture file, source).
pub const SOURCES: [(&str, &str); 3] = [
    (
        "dcgan/generator.rs",
        include_str!("../../../core/src/dcgan/generator.rs"),
    ),
    (
        "dcgan/discriminator.rs",
        include_str!("../../../core/src/dcgan/discriminator.rs"),
    ),
    (
        "dcgan/layers.rs",
        include_str!("../../../core/src/dcgan/layers.rs"),
    ),
];
