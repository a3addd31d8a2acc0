//! Fashion-MNIST data: the IDX file format, gzip handling, SHA-256 verification and the
//! train / validation / test split used by the lessons.

mod buffer_shuffle;
mod error;
mod fashion;
mod idx;
mod verify;

pub use buffer_shuffle::buffer_shuffle;
pub use error::{DataError, IdxKind};
pub use fashion::{FashionMnist, LabeledImages, VALIDATION_SIZE, read_file};
pub use idx::{IdxImages, IdxLabels, MAX_IDX_BYTES, decompress, parse_images, parse_labels};
pub use verify::{FashionFile, sha256_hex, verify};
