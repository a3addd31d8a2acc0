//! What several test files share: the real Fashion-MNIST, from `GENERATIVA_DATA_DIR` or
//! Debian's package. The test command sets `GENERATIVA_REQUIRE_DATA=1`, so there a missing data
//! set fails instead of skipping.

// Each test file uses what it needs of this module.
#![allow(dead_code)]

use std::path::PathBuf;
use std::sync::Arc;

use generativa_core::data::{FashionFile, FashionMnist};

/// The folder of the real files, or None (the test skips) when they are missing and not
/// required.
pub fn data_dir() -> Option<PathBuf> {
    let dir = std::env::var_os("GENERATIVA_DATA_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("/usr/share/datasets/fashion-mnist"));
    if !dir.join(FashionFile::TrainImages.file_name()).exists() {
        assert!(
            std::env::var_os("GENERATIVA_REQUIRE_DATA").is_none(),
            "Fashion-MNIST missing in {}",
            dir.display()
        );
        eprintln!("skipped: no Fashion-MNIST in {}", dir.display());
        return None;
    }
    Some(dir)
}

/// The real data set, verified, or None (see [`data_dir`]).
pub fn real_data() -> Option<Arc<FashionMnist>> {
    Some(Arc::new(
        FashionMnist::load_dir(&data_dir()?).expect("verified data"),
    ))
}
