//! The four published Fashion-MNIST files and the SHA-256 digests of their decompressed bytes.

use sha2::{Digest, Sha256};

use super::DataError;

/// One of the four files of Fashion-MNIST.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FashionFile {
    /// 60,000 training images.
    TrainImages,
    /// 60,000 training labels.
    TrainLabels,
    /// 10,000 test images.
    TestImages,
    /// 10,000 test labels.
    TestLabels,
}

impl FashionFile {
    /// All four, in download order (labels first: they are small).
    pub const ALL: [FashionFile; 4] = [
        Self::TrainLabels,
        Self::TestLabels,
        Self::TestImages,
        Self::TrainImages,
    ];

    /// The upstream file name (gzip-compressed).
    pub fn file_name(self) -> &'static str {
        match self {
            Self::TrainImages => "train-images-idx3-ubyte.gz",
            Self::TrainLabels => "train-labels-idx1-ubyte.gz",
            Self::TestImages => "t10k-images-idx3-ubyte.gz",
            Self::TestLabels => "t10k-labels-idx1-ubyte.gz",
        }
    }

    /// SHA-256 (hex) of the decompressed bytes, as published.
    pub fn sha256(self) -> &'static str {
        match self {
            Self::TrainImages => "c59f468a2f672dc815687fe0f83887768d799fd8a3f3276145d20f83aa44d888",
            Self::TrainLabels => "bad3541b69d912435c50bb6ba87bec294ff4f6a2e1246121d8633921760443d9",
            Self::TestImages => "5b4141f0afbad91edebe8549f8fcffe087ea10ca49f1dbef5c9a5cd8815ce37b",
            Self::TestLabels => "0402a96d92fd2663957122ceb108a494c5af83dab82d92729df917d7dec38c34",
        }
    }

    /// Whether this file holds images (else labels).
    pub fn is_images(self) -> bool {
        matches!(self, Self::TrainImages | Self::TestImages)
    }
}

/// SHA-256 of `bytes`, as lowercase hex.
pub fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Checks that `decompressed` is exactly the published `file`.
pub fn verify(file: FashionFile, decompressed: &[u8]) -> Result<(), DataError> {
    let actual = sha256_hex(decompressed);
    if actual == file.sha256() {
        Ok(())
    } else {
        Err(DataError::DigestMismatch {
            file: file.file_name().to_owned(),
            expected: file.sha256().to_owned(),
            actual,
        })
    }
}
