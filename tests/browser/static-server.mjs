// A small static server for tests that must stop the site's server or swap its build
// (offline.test.mjs): it serves a folder (changeable while running) with the single-page
// app's fallback to index.html, and can stop and start again on the same port.
import http from "node:http";
import { readFile, stat } from "node:fs/promises";
import path from "node:path";

const TYPES = {
    ".html": "text/html; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".wasm": "application/wasm",
    ".css": "text/css; charset=utf-8",
    ".svg": "image/svg+xml",
    ".json": "application/json",
};

export class StaticServer {
    constructor(root) {
        this.root = root;
        this.server = null;
        this.port = 0;
    }

    get base() {
        return `http://127.0.0.1:${this.port}`;
    }

    async file(urlPath) {
        const clean = path.normalize(decodeURIComponent(urlPath)).replace(/^(\.\.[/\\])+/, "");
        const full = path.join(this.root, clean);
        if (!full.startsWith(this.root)) return null;
        try {
            if ((await stat(full)).isFile()) return full;
        } catch {
            // not a file: maybe a route
        }
        return path.extname(clean) === "" ? path.join(this.root, "index.html") : null;
    }

    async start() {
        this.server = http.createServer(async (req, res) => {
            const urlPath = new URL(req.url, "http://x").pathname;
            const full = await this.file(urlPath);
            if (!full) {
                res.writeHead(404, { "Content-Type": "text/plain" }).end("404");
                return;
            }
            const body = await readFile(full);
            res.writeHead(200, {
                "Content-Type": TYPES[path.extname(full)] ?? "application/octet-stream",
                "Content-Length": body.length,
                "Cache-Control": "no-cache",
            }).end(body);
        });
        await new Promise((resolve) => this.server.listen(this.port, "127.0.0.1", resolve));
        this.port = this.server.address().port;
    }

    async stop() {
        this.server.closeAllConnections();
        await new Promise((resolve) => this.server.close(resolve));
    }
}
