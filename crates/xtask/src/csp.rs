//! The site's Content Security Policy, written by the build: scripts only from the site (plus
//! WebAssembly compilation), no inline script but Trunk's module loader — whose text changes
//! with every build, so its SHA-256 is computed here — styles only from the stylesheet (the
//! pages set the few computed styles through the CSSOM, which a policy does not block), data
//! and checkpoints fetched only from the site, images also from `blob:`/`data:` (PNG export),
//! no plugins, no `<base>`, no framing.
//!
//! The policy goes into `index.html` as a `<meta>` tag (so any static host applies it) and into
//! `dist/csp.txt`, which the project's server sends as a header on every answer, with
//! `frame-ancestors 'none'` added (browsers ignore that directive in a `<meta>` tag; a static
//! host must send it as a header itself — the README says so).

use std::path::Path;

use generativa_core::data::sha256_hex;

use crate::Result;

/// The file the server reads the header's policy from.
pub const FILE: &str = "csp.txt";

/// What only a header can say.
const HEADER_ONLY: &str = "frame-ancestors 'none'";

/// Standard Base64 of `bytes`.
fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::new();
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, &b)| n | u32::from(b) << (16 - 8 * i));
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(ALPHABET[(n >> (18 - 6 * i) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// The SHA-256 of `text` as CSP writes it: `'sha256-<base64>'`.
fn hash_source(text: &str) -> String {
    let hex = sha256_hex(text.as_bytes());
    let bytes: Vec<u8> = (0..hex.len())
        .step_by(2)
        .filter_map(|i| u8::from_str_radix(&hex[i..i + 2], 16).ok())
        .collect();
    format!("'sha256-{}'", base64(&bytes))
}

/// The texts of the page's inline scripts (`<script>` without `src`).
fn inline_scripts(html: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find("<script") {
        let after = &rest[start..];
        let Some(open_end) = after.find('>') else {
            break;
        };
        let tag = &after[..open_end];
        let body_start = open_end + 1;
        let Some(close) = after[body_start..].find("</script>") else {
            break;
        };
        if !tag.contains(" src=") {
            out.push(&after[body_start..body_start + close]);
        }
        rest = &after[body_start + close..];
    }
    out
}

/// The policy for a page whose inline scripts are `scripts` (without the header-only part).
pub fn policy(scripts: &[&str]) -> String {
    let hashes: Vec<String> = scripts.iter().map(|s| hash_source(s)).collect();
    format!(
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'{}; style-src 'self'; \
         img-src 'self' blob: data:; connect-src 'self'; worker-src 'self'; \
         object-src 'none'; base-uri 'none'; form-action 'self'",
        hashes.iter().map(|h| format!(" {h}")).collect::<String>()
    )
}

/// Writes the policy into `dist/index.html` and `dist/csp.txt`; returns it.
pub fn write(dist: &Path) -> Result<String> {
    let path = dist.join("index.html");
    let html = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    if html.contains("http-equiv=\"Content-Security-Policy\"") {
        return Err("index.html ya tiene una política de seguridad".into());
    }
    let policy = policy(&inline_scripts(&html));
    let tag = format!("<meta http-equiv=\"Content-Security-Policy\" content=\"{policy}\">");
    let Some(head) = html.find("<head>") else {
        return Err("index.html sin <head>".into());
    };
    let at = head + "<head>".len();
    let html = format!("{}\n    {tag}{}", &html[..at], &html[at..]);
    std::fs::write(&path, html).map_err(|e| e.to_string())?;
    let header = format!("{policy}; {HEADER_ONLY}");
    std::fs::write(dist.join(FILE), &header).map_err(|e| e.to_string())?;
    Ok(header)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_and_hashes_match_known_values() {
        assert_eq!(base64(b""), "");
        assert_eq!(base64(b"f"), "Zg==");
        assert_eq!(base64(b"fo"), "Zm8=");
        assert_eq!(base64(b"foo"), "Zm9v");
        assert_eq!(base64(b"foobar"), "Zm9vYmFy");
        // The value browsers print for `<script>alert('Hello, world.');</script>`.
        assert_eq!(
            hash_source("alert('Hello, world.');"),
            "'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='"
        );
    }

    #[test]
    fn only_inline_scripts_are_hashed_and_the_policy_goes_first_in_head() {
        let dir = std::env::temp_dir().join(format!("generativa-csp-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let page = "<html><head><script src=\"/a.js\"></script><title>t</title>\
                    <script type=\"module\">init('/x.wasm');</script></head><body></body></html>";
        std::fs::write(dir.join("index.html"), page).unwrap();
        let header = write(&dir).unwrap();
        assert!(header.contains(&hash_source("init('/x.wasm');")));
        assert_eq!(header.matches("'sha256-").count(), 1);
        assert!(header.ends_with("frame-ancestors 'none'"));
        let html = std::fs::read_to_string(dir.join("index.html")).unwrap();
        assert!(html.starts_with("<html><head>\n    <meta http-equiv=\"Content-Security-Policy\""));
        assert!(!html.contains("frame-ancestors"));
        assert!(write(&dir).is_err(), "a second policy is refused");
        std::fs::remove_dir_all(dir).unwrap();
    }
}
