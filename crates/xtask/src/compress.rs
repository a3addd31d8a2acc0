//! Precompressed copies of the built site (Brotli and gzip) beside each wasm, JavaScript, CSS,
//! HTML and SVG file of `dist/`, so a classroom's thirty first visits share one Wi-Fi: the
//! project's server sends the copy the browser accepts, with its `Content-Encoding`; a static
//! host can do the same (README).

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::Result;

/// The extensions that get precompressed copies (the data set and checkpoints are already
/// compressed or do not shrink).
const KINDS: [&str; 5] = ["wasm", "js", "css", "html", "svg"];

/// The encodings written, best first, with their file suffixes and `Content-Encoding` names.
pub const ENCODINGS: [(&str, &str); 2] = [("br", ".br"), ("gzip", ".gz")];

/// Bytes before and after compression, over every file compressed.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Totals {
    /// The files as built.
    pub raw: u64,
    /// Their Brotli copies.
    pub brotli: u64,
    /// Their gzip copies.
    pub gzip: u64,
}

fn files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            files(&path, out);
        } else if path
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| KINDS.contains(&e))
        {
            out.push(path);
        }
    }
}

/// Brotli at quality 9 (11 squeezes ~8 % more out of the engine but takes minutes).
pub fn brotli(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    {
        let mut writer = brotli::CompressorWriter::new(&mut out, 1 << 16, 9, 24);
        writer.write_all(bytes).expect("writing to memory");
    }
    out
}

/// gzip at its best level.
pub fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    encoder.write_all(bytes).expect("writing to memory");
    encoder.finish().expect("writing to memory")
}

/// Writes `name.br` and `name.gz` beside every file of `dist` that compresses.
pub fn precompress(dist: &Path) -> Result<Totals> {
    let mut list = Vec::new();
    files(dist, &mut list);
    let mut totals = Totals::default();
    for file in list {
        let bytes = std::fs::read(&file).map_err(|e| format!("{}: {e}", file.display()))?;
        let copies = [brotli(&bytes), gzip(&bytes)];
        totals.raw += bytes.len() as u64;
        totals.brotli += copies[0].len() as u64;
        totals.gzip += copies[1].len() as u64;
        for ((_, suffix), copy) in ENCODINGS.iter().zip(copies) {
            let mut name = file.clone().into_os_string();
            name.push(suffix);
            std::fs::write(&name, copy).map_err(|e| format!("{}: {e}", file.display()))?;
        }
    }
    Ok(totals)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn copies_decompress_to_the_file() {
        let text: Vec<u8> = (0..50_000u32)
            .flat_map(|i| (i % 97).to_le_bytes())
            .collect();
        let br = brotli(&text);
        let mut back = Vec::new();
        brotli::BrotliDecompress(&mut br.as_slice(), &mut back).unwrap();
        assert_eq!(back, text);
        assert!(br.len() < text.len() / 4);
        let gz = gzip(&text);
        let mut back = Vec::new();
        std::io::Read::read_to_end(&mut flate2::read::GzDecoder::new(gz.as_slice()), &mut back)
            .unwrap();
        assert_eq!(back, text);
    }
}
