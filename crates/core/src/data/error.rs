//! Typed errors of the data pipeline, each naming what is wrong in words a student can act on.

use serde::{Deserialize, Serialize};
use thiserror::Error;

/// The two kinds of IDX file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum IdxKind {
    /// Images (magic 0x803).
    Images,
    /// Labels (magic 0x801).
    Labels,
}

impl std::fmt::Display for IdxKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            IdxKind::Images => "imágenes",
            IdxKind::Labels => "etiquetas",
        })
    }
}

/// Everything that can go wrong while reading, decompressing or verifying a data file. It
/// crosses from the engine to the page as data (the page words it in its language); the
/// `Display` wording is the command line's (Spanish).
#[derive(Debug, Error, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum DataError {
    /// The file is not there (or could not be fetched).
    #[error("falta el archivo «{file}»: {detail}")]
    Missing {
        /// File name.
        file: String,
        /// What the file system or the network said.
        detail: String,
    },
    /// The file could not be read.
    #[error("no se pudo leer «{file}»: {detail}")]
    Io {
        /// File name.
        file: String,
        /// What the file system said.
        detail: String,
    },
    /// The file starts like gzip but does not decompress.
    #[error("«{file}» está corrupto: la descompresión gzip falló ({detail})")]
    Gzip {
        /// File name.
        file: String,
        /// What the decoder said.
        detail: String,
    },
    /// The first four bytes are not the IDX magic number expected for this kind of file.
    #[error(
        "«{file}» no es un archivo IDX de {expected}: número mágico 0x{found:08x}, se esperaba 0x{wanted:08x}"
    )]
    WrongMagic {
        /// File name.
        file: String,
        /// What kind of IDX file was expected.
        expected: IdxKind,
        /// The magic number found.
        found: u32,
        /// The magic number expected.
        wanted: u32,
    },
    /// The file ends before its header does.
    #[error("«{file}» está truncado: tiene {found} bytes y su cabecera necesita {needed}")]
    Truncated {
        /// File name.
        file: String,
        /// Bytes needed.
        needed: usize,
        /// Bytes present.
        found: usize,
    },
    /// The header's dimensions do not match the number of bytes that follow it.
    #[error(
        "«{file}»: la cabecera declara {declared} bytes de datos pero el archivo trae {actual}"
    )]
    LengthMismatch {
        /// File name.
        file: String,
        /// Bytes declared by the header dimensions.
        declared: u64,
        /// Bytes present after the header.
        actual: u64,
    },
    /// The header declares an absurd size; refused before allocating anything.
    #[error(
        "«{file}»: la cabecera declara {declared} bytes, más que el límite de {limit}; se rechaza sin reservar memoria"
    )]
    TooLarge {
        /// File name.
        file: String,
        /// Bytes declared (or decompressed so far).
        declared: u64,
        /// The limit.
        limit: u64,
    },
    /// Images and labels disagree in count.
    #[error("hay {images} imágenes pero {labels} etiquetas en «{file}»")]
    CountMismatch {
        /// Label file name.
        file: String,
        /// Number of images.
        images: usize,
        /// Number of labels.
        labels: usize,
    },
    /// A label outside 0..=9.
    #[error(
        "«{file}»: la etiqueta {label} en la posición {index} no es una clase de Fashion-MNIST (0–9)"
    )]
    BadLabel {
        /// File name.
        file: String,
        /// Index of the label.
        index: usize,
        /// Its value.
        label: u8,
    },
    /// The decompressed bytes are not the published Fashion-MNIST file.
    #[error(
        "«{file}» no es el archivo oficial de Fashion-MNIST: SHA-256 {actual}, se esperaba {expected}"
    )]
    DigestMismatch {
        /// File name.
        file: String,
        /// Expected SHA-256 (hex).
        expected: String,
        /// Actual SHA-256 (hex).
        actual: String,
    },
    /// A kept reference file (not the data set) is not the one the project names.
    #[error(
        "«{file}» no es el archivo de referencia guardado: SHA-256 {actual}, se esperaba {expected}"
    )]
    ReferenceMismatch {
        /// File name.
        file: String,
        /// Expected SHA-256 (hex).
        expected: String,
        /// Actual SHA-256 (hex).
        actual: String,
    },
}
