//! The checkpoint file: one run saved whole (config, weights, optimizer state, random
//! generator, data cursor, curves), in a small container that is checked completely before any
//! of its bytes reach burn.
//!
//! Layout (integers little-endian):
//!
//! | bytes | what |
//! | --- | --- |
//! | 8 | [`MAGIC`] |
//! | 4 | format version ([`CHECKPOINT_VERSION`]) |
//! | 4 | header length H |
//! | 8 | sections' total length P |
//! | H | header, JSON: model id, config, state, and each section's name and length |
//! | P | the sections, one after the other (burn's own records of weights and optimizer state) |
//! | 32 | SHA-256 of everything above |

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use thiserror::Error;

/// The file's first bytes.
pub const MAGIC: &[u8; 8] = b"GNRTVCKP";
/// The format version this build writes and reads.
pub const CHECKPOINT_VERSION: u32 = 1;
/// The largest checkpoint accepted (refused before anything is allocated for it).
pub const MAX_CHECKPOINT_BYTES: u64 = 256 << 20;
/// The largest header accepted.
const MAX_HEADER_BYTES: u64 = 16 << 20;
/// Magic, version, header length, sections' length.
const PREAMBLE: usize = 8 + 4 + 4 + 8;
/// The SHA-256 at the end.
const DIGEST: usize = 32;

/// Why a file is not a checkpoint this run can load. Numbers, not sentences: the page words it.
#[derive(Debug, Error, Clone, PartialEq, Serialize, Deserialize)]
pub enum CheckpointError {
    /// The file does not start with the checkpoint's magic bytes.
    #[error("not a Generativa checkpoint")]
    NotACheckpoint,
    /// Written by a format version this build does not read.
    #[error("checkpoint format version {found}; this site reads version {supported}")]
    Version {
        /// The file's version.
        found: u32,
        /// The version this build reads.
        supported: u32,
    },
    /// The file ends early.
    #[error("the checkpoint is truncated: {found} bytes, {needed} needed")]
    Truncated {
        /// Bytes present.
        found: u64,
        /// Bytes the preamble announces.
        needed: u64,
    },
    /// The file is longer than it says (bytes appended or a wrong length).
    #[error("the checkpoint has {found} bytes, {expected} expected")]
    Length {
        /// Bytes present.
        found: u64,
        /// Bytes the preamble announces.
        expected: u64,
    },
    /// A declared size is absurd; refused without allocating.
    #[error("the checkpoint declares {declared} bytes, more than the limit of {limit}")]
    TooLarge {
        /// Bytes declared.
        declared: u64,
        /// The limit.
        limit: u64,
    },
    /// The SHA-256 at the end does not match the bytes: damaged in transit or edited.
    #[error("the checkpoint is corrupted (its SHA-256 does not match its contents)")]
    Corrupted,
    /// A checkpoint of another model.
    #[error("this checkpoint is of the model «{found}», not «{expected}»")]
    WrongModel {
        /// The file's model id.
        found: String,
        /// The model id expected.
        expected: String,
    },
    /// A part is missing or unreadable although the digest matched.
    #[error("the checkpoint's {part} is missing or unreadable")]
    Malformed {
        /// Which part.
        part: String,
    },
    /// A tensor of the weights or of the optimizer state has the wrong shape, or is missing,
    /// or is one the model does not have.
    #[error("tensor «{name}»: expected shape {expected:?}, found {found:?}")]
    Tensor {
        /// The tensor's name in the record.
        name: String,
        /// The shape the model needs (empty when the model has no such tensor).
        expected: Vec<usize>,
        /// The shape in the file (empty when the file lacks it).
        found: Vec<usize>,
    },
}

/// One named part of a checkpoint's binary payload.
#[derive(Debug, Clone, PartialEq)]
pub struct Section {
    /// Its name (e.g. `"model"`, `"optimizer"`).
    pub name: String,
    /// Its bytes.
    pub bytes: Vec<u8>,
}

impl Section {
    /// Sections from their names and bytes, in that order.
    pub fn all<const N: usize>(names: [&str; N], bytes: [Vec<u8>; N]) -> Vec<Section> {
        names
            .into_iter()
            .zip(bytes)
            .map(|(name, bytes)| Section {
                name: name.into(),
                bytes,
            })
            .collect()
    }
}

/// A whole checkpoint, in memory.
#[derive(Debug, Clone, PartialEq)]
pub struct Checkpoint {
    /// The model id (e.g. `"vae"`).
    pub model: String,
    /// The run's config (the family's own JSON).
    pub config: serde_json::Value,
    /// The run's state besides the tensors: random generator, data cursor, counters, curves.
    pub state: serde_json::Value,
    /// The binary sections.
    pub sections: Vec<Section>,
}

#[derive(Serialize, Deserialize)]
struct Header {
    model: String,
    config: serde_json::Value,
    state: serde_json::Value,
    sections: Vec<(String, u64)>,
}

fn u32_at(bytes: &[u8], at: usize) -> u32 {
    u32::from_le_bytes(bytes[at..at + 4].try_into().expect("4 bytes"))
}

fn u64_at(bytes: &[u8], at: usize) -> u64 {
    u64::from_le_bytes(bytes[at..at + 8].try_into().expect("8 bytes"))
}

impl Checkpoint {
    /// The file's bytes.
    pub fn to_bytes(&self) -> Vec<u8> {
        let header = Header {
            model: self.model.clone(),
            config: self.config.clone(),
            state: self.state.clone(),
            sections: self
                .sections
                .iter()
                .map(|s| (s.name.clone(), s.bytes.len() as u64))
                .collect(),
        };
        let header = serde_json::to_vec(&header).expect("a JSON value always serialises");
        let payload: usize = self.sections.iter().map(|s| s.bytes.len()).sum();
        let mut out = Vec::with_capacity(PREAMBLE + header.len() + payload + DIGEST);
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&CHECKPOINT_VERSION.to_le_bytes());
        out.extend_from_slice(&(header.len() as u32).to_le_bytes());
        out.extend_from_slice(&(payload as u64).to_le_bytes());
        out.extend_from_slice(&header);
        for s in &self.sections {
            out.extend_from_slice(&s.bytes);
        }
        let digest = Sha256::digest(&out);
        out.extend_from_slice(&digest);
        out
    }

    /// Reads and checks a file: magic, version, sizes, digest, header, and that it is a
    /// checkpoint of `model`. Nothing is handed to burn here.
    pub fn from_bytes(bytes: &[u8], model: &str) -> Result<Self, CheckpointError> {
        let found = bytes.len() as u64;
        if bytes.len() < MAGIC.len() || &bytes[..MAGIC.len()] != MAGIC {
            return Err(CheckpointError::NotACheckpoint);
        }
        if bytes.len() < PREAMBLE {
            return Err(CheckpointError::Truncated {
                found,
                needed: PREAMBLE as u64,
            });
        }
        let version = u32_at(bytes, 8);
        if version != CHECKPOINT_VERSION {
            return Err(CheckpointError::Version {
                found: version,
                supported: CHECKPOINT_VERSION,
            });
        }
        let header_len = u64::from(u32_at(bytes, 12));
        let payload_len = u64_at(bytes, 16);
        if header_len > MAX_HEADER_BYTES {
            return Err(CheckpointError::TooLarge {
                declared: header_len,
                limit: MAX_HEADER_BYTES,
            });
        }
        if payload_len > MAX_CHECKPOINT_BYTES {
            return Err(CheckpointError::TooLarge {
                declared: payload_len,
                limit: MAX_CHECKPOINT_BYTES,
            });
        }
        let expected = PREAMBLE as u64 + header_len + payload_len + DIGEST as u64;
        if found < expected {
            return Err(CheckpointError::Truncated {
                found,
                needed: expected,
            });
        }
        if found > expected {
            return Err(CheckpointError::Length { found, expected });
        }
        let body = bytes.len() - DIGEST;
        if Sha256::digest(&bytes[..body]).as_slice() != &bytes[body..] {
            return Err(CheckpointError::Corrupted);
        }
        let header_end = PREAMBLE + header_len as usize;
        let header: Header =
            serde_json::from_slice(&bytes[PREAMBLE..header_end]).map_err(|_| {
                CheckpointError::Malformed {
                    part: "header".into(),
                }
            })?;
        if header.model != model {
            return Err(CheckpointError::WrongModel {
                found: header.model,
                expected: model.to_owned(),
            });
        }
        let declared: u64 = header.sections.iter().map(|(_, n)| *n).sum();
        if declared != payload_len {
            return Err(CheckpointError::Malformed {
                part: "sections".into(),
            });
        }
        let mut at = header_end;
        let sections = header
            .sections
            .into_iter()
            .map(|(name, len)| {
                let end = at + len as usize;
                let section = Section {
                    name,
                    bytes: bytes[at..end].to_vec(),
                };
                at = end;
                section
            })
            .collect();
        Ok(Self {
            model: header.model,
            config: header.config,
            state: header.state,
            sections,
        })
    }

    /// The bytes of section `name`.
    pub fn section(&self, name: &str) -> Result<&[u8], CheckpointError> {
        self.sections
            .iter()
            .find(|s| s.name == name)
            .map(|s| s.bytes.as_slice())
            .ok_or_else(|| CheckpointError::Malformed {
                part: format!("section {name}"),
            })
    }

    /// The config, read as the family's own type.
    pub fn config_as<T: serde::de::DeserializeOwned>(&self) -> Result<T, CheckpointError> {
        serde_json::from_value(self.config.clone()).map_err(|_| CheckpointError::Malformed {
            part: "config".into(),
        })
    }

    /// The state, read as the family's own type.
    pub fn state_as<T: serde::de::DeserializeOwned>(&self) -> Result<T, CheckpointError> {
        serde_json::from_value(self.state.clone()).map_err(|_| CheckpointError::Malformed {
            part: "state".into(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Checkpoint {
        Checkpoint {
            model: "vae".into(),
            config: serde_json::json!({"epochs": 3}),
            state: serde_json::json!({"rng": 5}),
            sections: vec![
                Section {
                    name: "model".into(),
                    bytes: vec![1, 2, 3],
                },
                Section {
                    name: "optimizer".into(),
                    bytes: vec![4; 10],
                },
            ],
        }
    }

    #[test]
    fn round_trip() {
        let c = sample();
        let bytes = c.to_bytes();
        assert_eq!(Checkpoint::from_bytes(&bytes, "vae").unwrap(), c);
        assert_eq!(
            Checkpoint::from_bytes(&bytes, "vae")
                .unwrap()
                .section("optimizer")
                .unwrap(),
            &[4; 10]
        );
    }

    #[test]
    fn every_bad_file_is_named() {
        let good = sample().to_bytes();
        let err = |b: &[u8], m: &str| Checkpoint::from_bytes(b, m).unwrap_err();
        assert_eq!(err(b"hello", "vae"), CheckpointError::NotACheckpoint);
        assert_eq!(
            err(b"\x89PNG\r\n\x1a\nrest of an image", "vae"),
            CheckpointError::NotACheckpoint
        );
        assert!(matches!(
            err(&good[..good.len() - 1], "vae"),
            CheckpointError::Truncated { .. }
        ));
        assert!(matches!(
            err(&good[..12], "vae"),
            CheckpointError::Truncated { .. }
        ));
        let mut longer = good.clone();
        longer.push(0);
        assert!(matches!(
            err(&longer, "vae"),
            CheckpointError::Length { .. }
        ));
        let mut flipped = good.clone();
        let k = flipped.len() - 40;
        flipped[k] ^= 1;
        assert_eq!(err(&flipped, "vae"), CheckpointError::Corrupted);
        let mut version = good.clone();
        version[8] = 9;
        assert_eq!(
            err(&version, "vae"),
            CheckpointError::Version {
                found: 9,
                supported: 1
            }
        );
        let mut huge = good.clone();
        huge[16..24].copy_from_slice(&u64::MAX.to_le_bytes());
        assert!(matches!(
            err(&huge, "vae"),
            CheckpointError::TooLarge { .. }
        ));
        assert_eq!(
            err(&good, "toy-gan"),
            CheckpointError::WrongModel {
                found: "vae".into(),
                expected: "toy-gan".into()
            }
        );
        assert!(matches!(
            Checkpoint::from_bytes(&good, "vae")
                .unwrap()
                .section("nope"),
            Err(CheckpointError::Malformed { .. })
        ));
    }
}
