//! The site offline: after `trunk build`, writes `dist/sw.js` (from `www/sw.js`) with the
//! build's id and every file of the build with its SHA-256, and stamps the id into
//! `index.html` (`<meta name="generativa-build">`). Trunk 0.21 neither writes service workers
//! nor hashes the engine's file names, so the list is made here, from the bytes.

use std::path::Path;

use generativa_core::data::sha256_hex;

use crate::Result;

/// Where the template lives (in the repository) and where the worker goes (in `dist/`).
pub const TEMPLATE: &str = "www/sw.js";
/// The service worker's file in `dist/`.
pub const WORKER: &str = "sw.js";

/// The files a visit needs, as URL paths with their SHA-256, in a stable order: everything at
/// the top of `dist/` except the data set, shipped checkpoints (cached when first used),
/// compressed copies, the worker itself and dot-files.
pub fn files(dist: &Path) -> Result<Vec<(String, String)>> {
    let mut out = Vec::new();
    let entries = std::fs::read_dir(dist).map_err(|e| format!("{}: {e}", dist.display()))?;
    for entry in entries.flatten() {
        let path = entry.path();
        let name = entry.file_name().to_string_lossy().into_owned();
        let skip = !path.is_file()
            || name.starts_with('.')
            || name == WORKER
            || crate::compress::ENCODINGS
                .iter()
                .any(|(_, suffix)| name.ends_with(suffix));
        if skip {
            continue;
        }
        let bytes = std::fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        let url = if name == "index.html" {
            "/".to_owned()
        } else {
            format!("/{name}")
        };
        out.push((url, sha256_hex(&bytes)));
    }
    out.sort();
    Ok(out)
}

/// The build's id: a digest of its files' digests (the page and the worker both carry it).
pub fn build_id(files: &[(String, String)]) -> String {
    let joined: String = files.iter().map(|(p, h)| format!("{p} {h}\n")).collect();
    sha256_hex(joined.as_bytes())[..16].to_owned()
}

/// Stamps `index.html` and writes `sw.js`; returns the build id.
pub fn write(root: &Path, dist: &Path) -> Result<String> {
    let index = dist.join("index.html");
    let page = std::fs::read_to_string(&index).map_err(|e| format!("{}: {e}", index.display()))?;
    // The id is taken before the stamp (the stamp would change what it digests).
    let unstamped = files(dist)?;
    let id = build_id(&unstamped);
    let stamped = page.replacen(
        "</head>",
        &format!("    <meta name=\"generativa-build\" content=\"{id}\">\n</head>"),
        1,
    );
    std::fs::write(&index, stamped).map_err(|e| format!("{}: {e}", index.display()))?;
    let list = files(dist)?;
    let json: Vec<String> = list
        .iter()
        .map(|(p, h)| format!("[\"{p}\", \"{h}\"]"))
        .collect();
    let template =
        std::fs::read_to_string(root.join(TEMPLATE)).map_err(|e| format!("{TEMPLATE}: {e}"))?;
    let worker = template.replace("__GENERATIVA_BUILD__", &id).replace(
        "__GENERATIVA_FILES__",
        &format!("[\n    {},\n]", json.join(",\n    ")),
    );
    std::fs::write(dist.join(WORKER), worker).map_err(|e| format!("{WORKER}: {e}"))?;
    Ok(id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_the_build_and_changes_id_with_any_byte() {
        let dir = std::env::temp_dir().join(format!("generativa-offline-{}", std::process::id()));
        let dist = dir.join("dist");
        std::fs::create_dir_all(dist.join("data")).unwrap();
        std::fs::create_dir_all(dir.join("www")).unwrap();
        std::fs::write(
            dir.join(TEMPLATE),
            "const BUILD = \"__GENERATIVA_BUILD__\";\nconst FILES = __GENERATIVA_FILES__;\n",
        )
        .unwrap();
        std::fs::write(dist.join("index.html"), "<html><head></head></html>").unwrap();
        std::fs::write(dist.join("engine.wasm"), "wasm").unwrap();
        std::fs::write(dist.join("engine.wasm.br"), "br").unwrap();
        std::fs::write(dist.join(".generativa-build"), "x").unwrap();
        std::fs::write(dist.join("data/a.gz"), "data").unwrap();
        let id = write(&dir, &dist).unwrap();
        let worker = std::fs::read_to_string(dist.join(WORKER)).unwrap();
        assert!(worker.contains(&format!("const BUILD = \"{id}\"")));
        assert!(worker.contains(&format!("[\"/engine.wasm\", \"{}\"]", sha256_hex(b"wasm"))));
        assert!(worker.contains("[\"/\", "));
        assert!(
            !worker.contains(".br") && !worker.contains("a.gz") && !worker.contains(".generativa")
        );
        let page = std::fs::read_to_string(dist.join("index.html")).unwrap();
        assert!(page.contains(&format!(
            "<meta name=\"generativa-build\" content=\"{id}\">"
        )));
        // Another engine, another id.
        std::fs::write(dist.join("index.html"), "<html><head></head></html>").unwrap();
        std::fs::write(dist.join("engine.wasm"), "wasm2").unwrap();
        assert_ne!(write(&dir, &dist).unwrap(), id);
        std::fs::remove_dir_all(dir).unwrap();
    }
}
