//! One page per file: the lesson page (every slide section), the engine diagnostics, and the
//! not-found page.

pub mod diagnostics;
pub mod lesson;
pub mod not_found;
