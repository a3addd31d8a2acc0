//! Fashion-MNIST assembled from its four files, with the lecture's split: the last 5,000
//! training images are held out for validation, as the seed's Keras code does.

use std::path::Path;

use super::{DataError, FashionFile, IdxImages, decompress, parse_images, parse_labels, verify};

/// How many of the 60,000 training images are held out for validation.
pub const VALIDATION_SIZE: usize = 5_000;

/// Images with their labels.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LabeledImages {
    /// The images.
    pub images: IdxImages,
    /// One class (0–9) per image.
    pub labels: Vec<u8>,
}

impl LabeledImages {
    /// Pairs images with labels, checking that the counts agree.
    pub fn new(images: IdxImages, labels: Vec<u8>, label_file: &str) -> Result<Self, DataError> {
        if images.count != labels.len() {
            return Err(DataError::CountMismatch {
                file: label_file.to_owned(),
                images: images.count,
                labels: labels.len(),
            });
        }
        Ok(Self { images, labels })
    }

    /// Number of images.
    pub fn len(&self) -> usize {
        self.labels.len()
    }

    /// Whether there are no images.
    pub fn is_empty(&self) -> bool {
        self.labels.is_empty()
    }
}

/// The whole data set: 60,000 training and 10,000 test images.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FashionMnist {
    /// The training set (the lessons hold out its last [`VALIDATION_SIZE`] for validation).
    pub train: LabeledImages,
    /// The test set.
    pub test: LabeledImages,
}

impl FashionMnist {
    /// Builds the data set from the four files' bytes (gzip or raw), as fetched.
    ///
    /// With `check_digests`, each decompressed file must match its published SHA-256; tests
    /// turn it off to read small generated files.
    pub fn from_files(
        mut read: impl FnMut(FashionFile) -> Result<Vec<u8>, DataError>,
        check_digests: bool,
    ) -> Result<Self, DataError> {
        let mut load = |file: FashionFile| -> Result<Vec<u8>, DataError> {
            let raw = decompress(file.file_name(), read(file)?)?;
            if check_digests {
                verify(file, &raw)?;
            }
            Ok(raw)
        };
        let train_images = parse_images(
            FashionFile::TrainImages.file_name(),
            &load(FashionFile::TrainImages)?,
        )?;
        let train_labels = parse_labels(
            FashionFile::TrainLabels.file_name(),
            &load(FashionFile::TrainLabels)?,
        )?;
        let test_images = parse_images(
            FashionFile::TestImages.file_name(),
            &load(FashionFile::TestImages)?,
        )?;
        let test_labels = parse_labels(
            FashionFile::TestLabels.file_name(),
            &load(FashionFile::TestLabels)?,
        )?;
        Ok(Self {
            train: LabeledImages::new(
                train_images,
                train_labels.labels,
                FashionFile::TrainLabels.file_name(),
            )?,
            test: LabeledImages::new(
                test_images,
                test_labels.labels,
                FashionFile::TestLabels.file_name(),
            )?,
        })
    }

    /// Reads the four `.gz` files from a directory, verifying each against its digest.
    pub fn load_dir(dir: &Path) -> Result<Self, DataError> {
        Self::from_files(|file| read_file(dir, file), true)
    }

    /// Number of training images used for training proper (the rest validate).
    pub fn train_split_len(&self) -> usize {
        self.train.len().saturating_sub(VALIDATION_SIZE)
    }
}

/// Reads one of the four files from `dir`; accepts the `.gz` name or the decompressed name.
pub fn read_file(dir: &Path, file: FashionFile) -> Result<Vec<u8>, DataError> {
    let gz = dir.join(file.file_name());
    let raw = dir.join(file.file_name().trim_end_matches(".gz"));
    let path = if gz.exists() { gz } else { raw };
    std::fs::read(&path).map_err(|e| {
        let name = file.file_name().to_owned();
        if e.kind() == std::io::ErrorKind::NotFound {
            DataError::Missing {
                file: name,
                detail: format!("no existe {}", path.display()),
            }
        } else {
            DataError::Io {
                file: name,
                detail: e.to_string(),
            }
        }
    })
}
