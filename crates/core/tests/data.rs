//! Tests of the IDX reader, gzip handling and digest checks on small files the tests generate,
//! plus a check of the real Fashion-MNIST files when they are installed.

mod common;

use std::io::Write;
use std::path::PathBuf;

use generativa_core::data::{
    DataError, FashionFile, FashionMnist, MAX_IDX_BYTES, decompress, parse_images, parse_labels,
    sha256_hex, verify,
};

/// An IDX image file: `count` images of `rows`×`cols`, pixel i of image k = (k + i) mod 256.
fn idx_images(count: u32, rows: u32, cols: u32) -> Vec<u8> {
    let mut bytes = vec![0, 0, 0x08, 0x03];
    for d in [count, rows, cols] {
        bytes.extend_from_slice(&d.to_be_bytes());
    }
    for k in 0..count {
        for i in 0..rows * cols {
            bytes.push(((k + i) % 256) as u8);
        }
    }
    bytes
}

fn idx_labels(labels: &[u8]) -> Vec<u8> {
    let mut bytes = vec![0, 0, 0x08, 0x01];
    bytes.extend_from_slice(&(labels.len() as u32).to_be_bytes());
    bytes.extend_from_slice(labels);
    bytes
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    enc.write_all(bytes).unwrap();
    enc.finish().unwrap()
}

#[test]
fn reads_valid_images_and_labels_raw_and_gzip() {
    let raw = idx_images(3, 4, 5);
    let images = parse_images("a", &raw).unwrap();
    assert_eq!((images.count, images.rows, images.cols), (3, 4, 5));
    assert_eq!(images.image(2)[..3], [2, 3, 4]);

    let unzipped = decompress("a.gz", gzip(&raw)).unwrap();
    assert_eq!(unzipped, raw);

    let labels = parse_labels("l", &idx_labels(&[0, 9, 3])).unwrap();
    assert_eq!(labels.labels, vec![0, 9, 3]);
}

#[test]
fn wrong_magic_is_named() {
    // A label file given where images are expected.
    let err = parse_images("x", &idx_labels(&[1, 2])).unwrap_err();
    assert_eq!(
        err,
        DataError::WrongMagic {
            file: "x".into(),
            expected: generativa_core::data::IdxKind::Images,
            found: 0x801,
            wanted: 0x803
        }
    );
    assert!(err.to_string().contains("número mágico 0x00000801"));
}

#[test]
fn truncated_header_and_payload() {
    let raw = idx_images(2, 3, 3);
    assert!(matches!(
        parse_images("t", &raw[..2]).unwrap_err(),
        DataError::Truncated {
            needed: 4,
            found: 2,
            ..
        }
    ));
    assert!(matches!(
        parse_images("t", &raw[..10]).unwrap_err(),
        DataError::Truncated {
            needed: 16,
            found: 10,
            ..
        }
    ));
    // Header complete, payload short: the dims disagree with the byte length.
    assert_eq!(
        parse_images("t", &raw[..raw.len() - 1]).unwrap_err(),
        DataError::LengthMismatch {
            file: "t".into(),
            declared: 18,
            actual: 17
        }
    );
    // And too long.
    let mut long = raw.clone();
    long.push(7);
    assert!(matches!(
        parse_images("t", &long).unwrap_err(),
        DataError::LengthMismatch {
            declared: 18,
            actual: 19,
            ..
        }
    ));
}

#[test]
fn absurd_sizes_are_refused_before_allocating() {
    let mut bytes = vec![0, 0, 0x08, 0x03];
    for d in [u32::MAX, 28, 28] {
        bytes.extend_from_slice(&d.to_be_bytes());
    }
    let err = parse_images("huge", &bytes).unwrap_err();
    assert!(
        matches!(
            err,
            DataError::TooLarge {
                limit: MAX_IDX_BYTES,
                ..
            }
        ),
        "{err:?}"
    );
}

#[test]
fn gzip_bomb_and_corrupt_gzip() {
    let zeros = vec![0u8; (MAX_IDX_BYTES + 10) as usize];
    let bomb = gzip(&zeros);
    assert!(bomb.len() < 1_000_000);
    assert!(matches!(
        decompress("bomb.gz", bomb).unwrap_err(),
        DataError::TooLarge { .. }
    ));

    let mut broken = gzip(&idx_labels(&[1, 2, 3]));
    let n = broken.len();
    broken.truncate(n - 12);
    let err = decompress("broken.gz", broken).unwrap_err();
    assert!(matches!(err, DataError::Gzip { .. }), "{err:?}");
    assert!(err.to_string().contains("broken.gz"));
}

#[test]
fn bad_label_values() {
    assert_eq!(
        parse_labels("l", &idx_labels(&[1, 12])).unwrap_err(),
        DataError::BadLabel {
            file: "l".into(),
            index: 1,
            label: 12
        }
    );
}

#[test]
fn count_mismatch_between_images_and_labels() {
    let files = |file: FashionFile| -> Result<Vec<u8>, DataError> {
        Ok(match file {
            FashionFile::TrainImages => gzip(&idx_images(4, 2, 2)),
            FashionFile::TrainLabels => idx_labels(&[0, 1, 2]),
            FashionFile::TestImages => idx_images(2, 2, 2),
            FashionFile::TestLabels => idx_labels(&[5, 6]),
        })
    };
    let err = FashionMnist::from_files(files, false).unwrap_err();
    assert_eq!(
        err,
        DataError::CountMismatch {
            file: "train-labels-idx1-ubyte.gz".into(),
            images: 4,
            labels: 3
        }
    );
}

#[test]
fn small_generated_set_loads_without_digests_and_fails_with_them() {
    let files = |file: FashionFile| -> Result<Vec<u8>, DataError> {
        Ok(match file {
            FashionFile::TrainImages => gzip(&idx_images(6, 2, 2)),
            FashionFile::TrainLabels => gzip(&idx_labels(&[0, 1, 2, 3, 4, 5])),
            FashionFile::TestImages => idx_images(2, 2, 2),
            FashionFile::TestLabels => idx_labels(&[5, 6]),
        })
    };
    let set = FashionMnist::from_files(files, false).unwrap();
    assert_eq!((set.train.len(), set.test.len()), (6, 2));

    let err = FashionMnist::from_files(files, true).unwrap_err();
    match err {
        DataError::DigestMismatch { file, expected, .. } => {
            assert_eq!(file, "train-images-idx3-ubyte.gz");
            assert_eq!(expected, FashionFile::TrainImages.sha256());
        }
        other => panic!("expected a digest mismatch, got {other:?}"),
    }
}

#[test]
fn missing_directory_names_the_file() {
    let err = FashionMnist::load_dir(&PathBuf::from("/nonexistent/generativa")).unwrap_err();
    assert!(
        matches!(err, DataError::Missing { ref file, .. } if file == "train-images-idx3-ubyte.gz")
    );
}

#[test]
fn sha256_known_vector() {
    assert_eq!(
        sha256_hex(b"abc"),
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
    );
    assert!(verify(FashionFile::TestLabels, b"abc").is_err());
}

/// The real files (see `common::data_dir`).
#[test]
fn real_fashion_mnist_verifies() {
    let Some(dir) = common::data_dir() else {
        return;
    };
    let set = FashionMnist::load_dir(&dir).unwrap();
    assert_eq!(set.train.len(), 60_000);
    assert_eq!(set.test.len(), 10_000);
    assert_eq!((set.train.images.rows, set.train.images.cols), (28, 28));
    assert_eq!(set.train_split_len(), 55_000);
    // Every class appears 6,000 times in training and 1,000 times in test.
    for class in 0..10u8 {
        assert_eq!(
            set.train.labels.iter().filter(|&&l| l == class).count(),
            6_000
        );
        assert_eq!(
            set.test.labels.iter().filter(|&&l| l == class).count(),
            1_000
        );
    }
}
