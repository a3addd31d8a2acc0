//! The IDX format of (Fashion-)MNIST: a big-endian header (magic number, then one `u32` per
//! dimension) followed by unsigned bytes. Files may be gzip-compressed; both forms are read.

use std::io::Read;

use super::{DataError, IdxKind};

/// Largest decompressed IDX file accepted (the training images are 47,040,016 bytes).
pub const MAX_IDX_BYTES: u64 = 64 * 1024 * 1024;

const MAGIC_IMAGES: u32 = 0x0000_0803;
const MAGIC_LABELS: u32 = 0x0000_0801;

/// A stack of grey-level images, row-major, one byte per pixel (0 = white paper, 255 = ink).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IdxImages {
    /// Number of images.
    pub count: usize,
    /// Rows per image.
    pub rows: usize,
    /// Columns per image.
    pub cols: usize,
    /// `count * rows * cols` pixels.
    pub pixels: Vec<u8>,
}

impl IdxImages {
    /// Pixels of image `index`.
    pub fn image(&self, index: usize) -> &[u8] {
        let size = self.rows * self.cols;
        &self.pixels[index * size..(index + 1) * size]
    }
}

/// A vector of class labels.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IdxLabels {
    /// One label per image.
    pub labels: Vec<u8>,
}

/// Decompresses `bytes` if they are gzip (magic `1f 8b`), else returns them unchanged.
/// Output beyond [`MAX_IDX_BYTES`] is refused, so a small "zip bomb" cannot exhaust memory.
pub fn decompress(file: &str, bytes: Vec<u8>) -> Result<Vec<u8>, DataError> {
    if bytes.len() < 2 || bytes[0] != 0x1f || bytes[1] != 0x8b {
        return Ok(bytes);
    }
    let mut out = Vec::with_capacity(bytes.len().saturating_mul(2));
    let decoder = flate2::read::GzDecoder::new(bytes.as_slice());
    decoder
        .take(MAX_IDX_BYTES + 1)
        .read_to_end(&mut out)
        .map_err(|e| DataError::Gzip {
            file: file.to_owned(),
            detail: e.to_string(),
        })?;
    if out.len() as u64 > MAX_IDX_BYTES {
        return Err(DataError::TooLarge {
            file: file.to_owned(),
            declared: out.len() as u64,
            limit: MAX_IDX_BYTES,
        });
    }
    Ok(out)
}

/// Reads the header: checks the magic number and returns the dimensions and the payload.
fn header<'a>(
    file: &str,
    bytes: &'a [u8],
    wanted: u32,
    expected: IdxKind,
) -> Result<(Vec<usize>, &'a [u8]), DataError> {
    let truncated = |needed: usize| DataError::Truncated {
        file: file.to_owned(),
        needed,
        found: bytes.len(),
    };
    let word = |at: usize| -> Option<u32> {
        bytes
            .get(at..at + 4)
            .map(|w| u32::from_be_bytes([w[0], w[1], w[2], w[3]]))
    };
    let magic = word(0).ok_or_else(|| truncated(4))?;
    if magic != wanted {
        return Err(DataError::WrongMagic {
            file: file.to_owned(),
            expected,
            found: magic,
            wanted,
        });
    }
    let ndims = (wanted & 0xff) as usize;
    let header_len = 4 + 4 * ndims;
    let mut dims = Vec::with_capacity(ndims);
    let mut declared: u64 = 1;
    for d in 0..ndims {
        let dim = word(4 + 4 * d).ok_or_else(|| truncated(header_len))?;
        declared = declared.saturating_mul(u64::from(dim));
        dims.push(dim as usize);
    }
    if declared > MAX_IDX_BYTES {
        return Err(DataError::TooLarge {
            file: file.to_owned(),
            declared,
            limit: MAX_IDX_BYTES,
        });
    }
    let payload = &bytes[header_len..];
    if payload.len() as u64 != declared {
        return Err(DataError::LengthMismatch {
            file: file.to_owned(),
            declared,
            actual: payload.len() as u64,
        });
    }
    Ok((dims, payload))
}

/// Parses an IDX image file (magic `0x00000803`: unsigned bytes, three dimensions).
pub fn parse_images(file: &str, bytes: &[u8]) -> Result<IdxImages, DataError> {
    let (dims, payload) = header(file, bytes, MAGIC_IMAGES, IdxKind::Images)?;
    Ok(IdxImages {
        count: dims[0],
        rows: dims[1],
        cols: dims[2],
        pixels: payload.to_vec(),
    })
}

/// Parses an IDX label file (magic `0x00000801`: unsigned bytes, one dimension); every label
/// must be a class number 0–9.
pub fn parse_labels(file: &str, bytes: &[u8]) -> Result<IdxLabels, DataError> {
    let (_, payload) = header(file, bytes, MAGIC_LABELS, IdxKind::Labels)?;
    if let Some((index, &label)) = payload.iter().enumerate().find(|&(_, &l)| l > 9) {
        return Err(DataError::BadLabel {
            file: file.to_owned(),
            index,
            label,
        });
    }
    Ok(IdxLabels {
        labels: payload.to_vec(),
    })
}
