//! Fashion-MNIST's download and verification, as the engine reports it.

use serde::{Deserialize, Serialize};

/// One Fashion-MNIST file's download state.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FileProgress {
    /// File name.
    pub file: String,
    /// Bytes received so far.
    pub loaded: u64,
    /// Bytes expected (0 when the server does not say).
    pub total: u64,
    /// Whether it came from the browser's storage rather than the network.
    pub from_cache: bool,
    /// Whether it is complete.
    pub done: bool,
}

/// The verified data set's size.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DataSummary {
    /// Training images (60,000).
    pub train: usize,
    /// Test images (10,000).
    pub test: usize,
    /// Image rows.
    pub rows: usize,
    /// Image columns.
    pub cols: usize,
    /// Whether every file matched its published SHA-256.
    pub verified: bool,
    /// Whether every file came from the browser's storage.
    pub from_cache: bool,
    /// Milliseconds from request to verified data.
    pub millis: f64,
    /// Whether a copy is kept in the browser's storage for the next visit (false when the
    /// browser refused: storage full, disabled or private; the data stay in memory).
    #[serde(default = "kept_by_default")]
    pub kept: bool,
}

fn kept_by_default() -> bool {
    true
}
