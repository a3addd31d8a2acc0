//! A small static file server for the built site (`dist/`): correct MIME types (wasm streams),
//! Content-Length for progress bars, the build's precompressed copies (Brotli or gzip, as the
//! browser accepts; `X-Decoded-Length` says the size after decoding), validators (`ETag`, a
//! `304` when the browser's copy is current) and the single-page-app fallback to `index.html`.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::{Component, Path, PathBuf};

use crate::Result;

/// Binds 127.0.0.1:`port` (0 picks a free port).
pub fn bind(port: u16) -> Result<(TcpListener, SocketAddr)> {
    let listener = TcpListener::bind(("127.0.0.1", port))
        .map_err(|e| format!("no se pudo abrir 127.0.0.1:{port}: {e}"))?;
    let addr = listener.local_addr().map_err(|e| e.to_string())?;
    Ok((listener, addr))
}

/// Serves `root` on `listener`, one thread per connection, forever.
pub fn serve_forever(listener: TcpListener, root: PathBuf) {
    for stream in listener.incoming().flatten() {
        let root = root.clone();
        std::thread::spawn(move || {
            let _ = handle(stream, &root);
        });
    }
}

fn mime(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()).unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "wasm" => "application/wasm",
        "css" => "text/css; charset=utf-8",
        "svg" => "image/svg+xml",
        "json" => "application/json",
        "png" => "image/png",
        "gz" => "application/gzip",
        "txt" | "md" => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}

fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%'
            && i + 2 < bytes.len()
            && let Ok(v) = u8::from_str_radix(&text[i + 1..i + 3], 16)
        {
            out.push(v);
            i += 3;
            continue;
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Maps a URL path to a file under `root`, refusing anything that climbs out of it.
fn resolve(root: &Path, url_path: &str) -> Option<PathBuf> {
    let decoded = percent_decode(url_path);
    let relative = Path::new(decoded.trim_start_matches('/'));
    if relative
        .components()
        .any(|c| !matches!(c, Component::Normal(_)))
    {
        return None;
    }
    let file = root.join(relative);
    if file.is_file() {
        return Some(file);
    }
    if file.is_dir() && file.join("index.html").is_file() {
        return Some(file.join("index.html"));
    }
    // Routes of the single-page app have no extension: serve the page.
    let last = relative.file_name().and_then(|n| n.to_str()).unwrap_or("");
    (!last.contains('.')).then(|| root.join("index.html"))
}

/// Whether an `Accept-Encoding` value accepts `name` (not with `q=0`).
fn accepts(accepted: &str, name: &str) -> bool {
    accepted.split(',').any(|part| {
        let mut pieces = part.split(';').map(str::trim);
        pieces.next() == Some(name) && !pieces.any(|p| p.replace(' ', "") == "q=0")
    })
}

/// The bytes to send for `file`: its best precompressed copy the browser accepts, with the
/// encoding's name, or the file itself.
fn encoded(file: &Path, accepted: &str) -> std::io::Result<(Vec<u8>, Option<&'static str>)> {
    for (name, suffix) in crate::compress::ENCODINGS {
        let mut copy = file.as_os_str().to_owned();
        copy.push(suffix);
        let copy = PathBuf::from(copy);
        if accepts(accepted, name) && copy.is_file() {
            return Ok((std::fs::read(copy)?, Some(name)));
        }
    }
    Ok((std::fs::read(file)?, None))
}

/// A validator for `file` as sent with `encoding`: its size and modification time.
fn etag(file: &Path, encoding: Option<&str>) -> std::io::Result<String> {
    let meta = std::fs::metadata(file)?;
    let modified = meta
        .modified()?
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or(0);
    Ok(format!(
        "\"{:x}-{modified:x}{}\"",
        meta.len(),
        encoding.map(|e| format!("-{e}")).unwrap_or_default()
    ))
}

/// The longest request line (method, address, version) and the most header bytes read; an
/// address longer than this gets 431 instead of being read into memory.
const MAX_LINE: u64 = 8 * 1024;
const MAX_HEADERS: usize = 32 * 1024;

/// One line of at most `MAX_LINE` bytes; `None` when it is longer (or not text).
fn bounded_line(reader: &mut impl BufRead) -> std::io::Result<Option<String>> {
    let mut line = Vec::new();
    reader
        .by_ref()
        .take(MAX_LINE)
        .read_until(b'\n', &mut line)?;
    if line.len() as u64 == MAX_LINE && !line.ends_with(b"\n") {
        return Ok(None);
    }
    Ok(String::from_utf8(line).ok())
}

/// The answer to a request whose address or headers are too long: 431, with a short page that
/// says so in both languages. The rest of the request is read first (up to 1 MB), so that
/// closing the connection does not reset it before the browser reads the answer.
fn too_long(reader: &mut impl BufRead, mut out: TcpStream) -> std::io::Result<()> {
    let _ = out.set_read_timeout(Some(std::time::Duration::from_millis(500)));
    let mut skipped = 0;
    let mut line = Vec::new();
    while skipped < 1 << 20 {
        line.clear();
        let n = reader
            .by_ref()
            .take(MAX_LINE)
            .read_until(b'\n', &mut line)
            .unwrap_or(0);
        skipped += n;
        if n == 0 || line == b"\r\n" || line == b"\n" {
            break;
        }
    }
    let body = "<!doctype html><html lang=\"es\"><meta charset=\"utf-8\"><title>431</title>\
        <link rel=\"icon\" href=\"/favicon.svg\" type=\"image/svg+xml\">\
        <h1>Dirección demasiado larga</h1><p>La dirección (o sus cabeceras) pasa de 8 KB: \
        vuelve a <a href=\"/\">la portada</a>.</p><p lang=\"en\">The address (or its headers) \
        is over 8 KB: go back to <a href=\"/\">the start page</a>.</p></html>\n";
    write!(
        out,
        "HTTP/1.1 431 Request Header Fields Too Large\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    )?;
    out.flush()
}

/// The build's Content Security Policy as a header line (with `frame-ancestors`, which only a
/// header can carry), or nothing for a folder without `csp.txt`.
fn policy_header(root: &Path) -> String {
    std::fs::read_to_string(root.join(crate::csp::FILE))
        .ok()
        .map(|p| p.trim().to_owned())
        .filter(|p| !p.is_empty() && !p.contains(['\r', '\n']))
        .map(|p| format!("Content-Security-Policy: {p}\r\n"))
        .unwrap_or_default()
}

fn handle(stream: TcpStream, root: &Path) -> std::io::Result<()> {
    let mut reader = BufReader::new(stream.try_clone()?);
    let Some(request_line) = bounded_line(&mut reader)? else {
        return too_long(&mut reader, stream);
    };
    let mut accepted = String::new();
    let mut if_none_match = String::new();
    let mut header_bytes = 0;
    loop {
        let Some(header) = bounded_line(&mut reader)? else {
            return too_long(&mut reader, stream);
        };
        header_bytes += header.len();
        if header_bytes > MAX_HEADERS {
            return too_long(&mut reader, stream);
        }
        if header.is_empty() || header == "\r\n" || header == "\n" {
            break;
        }
        if let Some((name, value)) = header.split_once(':') {
            let name = name.trim();
            if name.eq_ignore_ascii_case("accept-encoding") {
                accepted = value.trim().to_ascii_lowercase();
            } else if name.eq_ignore_ascii_case("if-none-match") {
                if_none_match = value.trim().to_owned();
            }
        }
    }
    let mut parts = request_line.split_whitespace();
    let method = parts.next().unwrap_or("");
    let target = parts.next().unwrap_or("/");
    let url_path = target.split(['?', '#']).next().unwrap_or("/");
    let mut out = stream;
    if method != "GET" && method != "HEAD" {
        return out.write_all(
            b"HTTP/1.1 405 Method Not Allowed\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
        );
    }
    let Some(file) = resolve(root, url_path) else {
        let body = b"404: no existe\n";
        write!(
            out,
            "HTTP/1.1 404 Not Found\r\nContent-Type: text/plain\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
            body.len()
        )?;
        return if method == "GET" {
            out.write_all(body)
        } else {
            Ok(())
        };
    };
    let (body, encoding) = encoded(&file, &accepted)?;
    let tag = etag(&file, encoding)?;
    if if_none_match.split(',').any(|t| t.trim() == tag) {
        // The browser's copy is current: the service worker's precache of what the page just
        // downloaded costs a few bytes.
        return write!(
            out,
            "HTTP/1.1 304 Not Modified\r\nETag: {tag}\r\nVary: Accept-Encoding\r\nCache-Control: no-cache\r\nConnection: close\r\n\r\n"
        );
    }
    let coding = match encoding {
        Some(name) => format!(
            "Content-Encoding: {name}\r\nX-Decoded-Length: {}\r\n",
            std::fs::metadata(&file)?.len()
        ),
        None => String::new(),
    };
    write!(
        out,
        "HTTP/1.1 200 OK\r\nContent-Type: {}\r\nContent-Length: {}\r\n{coding}ETag: {tag}\r\nVary: Accept-Encoding\r\nCache-Control: no-cache\r\nX-Content-Type-Options: nosniff\r\n{}Connection: close\r\n\r\n",
        mime(&file),
        body.len(),
        policy_header(root)
    )?;
    if method == "GET" {
        out.write_all(&body)?;
    }
    out.flush()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resolves_files_routes_and_refuses_escapes() {
        let dir = std::env::temp_dir().join(format!("generativa-server-{}", std::process::id()));
        std::fs::create_dir_all(dir.join("data")).unwrap();
        std::fs::write(dir.join("index.html"), "x").unwrap();
        std::fs::write(dir.join("data/a.gz"), "y").unwrap();
        assert_eq!(resolve(&dir, "/data/a.gz"), Some(dir.join("data/a.gz")));
        assert_eq!(resolve(&dir, "/seccion/1-5"), Some(dir.join("index.html")));
        assert_eq!(resolve(&dir, "/missing.wasm"), None);
        assert_eq!(resolve(&dir, "/../etc/passwd"), None);
        assert_eq!(resolve(&dir, "/%2e%2e/etc/passwd"), None);
        assert_eq!(mime(Path::new("a.wasm")), "application/wasm");
        std::fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn sends_the_best_copy_the_browser_accepts() {
        let dir = std::env::temp_dir().join(format!("generativa-enc-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let file = dir.join("e.wasm");
        std::fs::write(&file, "raw").unwrap();
        std::fs::write(dir.join("e.wasm.br"), "br").unwrap();
        std::fs::write(dir.join("e.wasm.gz"), "gz").unwrap();
        let sent = |accepted: &str| encoded(&file, accepted).unwrap();
        assert_eq!(
            sent("gzip, deflate, br, zstd"),
            (b"br".to_vec(), Some("br"))
        );
        assert_eq!(sent("gzip, br;q=0"), (b"gz".to_vec(), Some("gzip")));
        assert_eq!(sent("identity"), (b"raw".to_vec(), None));
        assert_eq!(sent(""), (b"raw".to_vec(), None));
        std::fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn a_very_long_address_gets_431_and_a_normal_one_is_served() {
        let dir = std::env::temp_dir().join(format!("generativa-431-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("index.html"), "hola").unwrap();
        let (listener, addr) = bind(0).unwrap();
        let root = dir.clone();
        std::thread::spawn(move || serve_forever(listener, root));
        let ask = |target: &str| {
            let mut stream = TcpStream::connect(addr).unwrap();
            write!(stream, "GET {target} HTTP/1.1\r\nHost: x\r\n\r\n").unwrap();
            let mut answer = String::new();
            let _ = stream.read_to_string(&mut answer);
            answer
        };
        let long = format!("/seccion/1-5?epochs={}", "9".repeat(20_000));
        assert!(ask(&long).starts_with("HTTP/1.1 431 "), "a 20 KB address");
        assert!(ask("/seccion/1-5?epochs=5").starts_with("HTTP/1.1 200 "));
        std::fs::remove_dir_all(dir).unwrap();
    }
}
