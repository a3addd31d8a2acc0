//! The model families the page knows: each gives its run's set-up (`provide`, once, when the
//! app starts) and the labs the lecture file may name (`::: lab <name> [arg]`). This list is
//! the page's one registration point for a family; nothing else names every model.

use leptos::prelude::*;

use crate::engine::Engine;

/// A lab the lecture file may place on a slide.
pub struct Lab {
    /// Its name in the lecture file.
    pub name: &'static str,
    /// Builds it, given the lecture's argument (empty if none).
    pub view: fn(&'static str) -> AnyView,
}

/// A model family's part of the page.
pub struct PageFamily {
    /// Creates the family's run state, registers it with the engine and provides it as
    /// context.
    pub provide: fn(Engine),
    /// Its labs.
    pub labs: &'static [Lab],
    /// The core's Rust files its slides show (`::: lab rust <name>`): (name, source).
    pub sources: &'static [(&'static str, &'static str)],
}

/// Every family, in lecture order (one line each).
pub const FAMILIES: [PageFamily; 5] = [
    crate::vae::FAMILY,
    crate::toy::FAMILY,
    crate::dense_gan::FAMILY,
    crate::dcgan::FAMILY,
    crate::progan::FAMILY,
];

/// Labs that belong to no family.
const COMMON: &[Lab] = &[Lab {
    name: "rust",
    view: crate::widgets::lesson_body::rust_source,
}];

/// Every lab, common ones first.
pub fn labs() -> impl Iterator<Item = &'static Lab> {
    COMMON
        .iter()
        .chain(FAMILIES.iter().flat_map(|f| f.labs.iter()))
}

/// The Rust source called `name` (a path under `crates/core/src/`), if a family carries it.
pub fn source(name: &str) -> Option<&'static str> {
    FAMILIES
        .iter()
        .flat_map(|f| f.sources.iter())
        .find(|(n, _)| *n == name)
        .map(|(_, s)| *s)
}

/// The lab called `name`, if any.
pub fn lab(name: &str) -> Option<&'static Lab> {
    labs().find(|lab| lab.name == name)
}
