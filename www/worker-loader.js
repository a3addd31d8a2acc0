// Generativa: bootstrap of the training engine's Web Worker. It downloads the engine's wasm
// with visible progress (messages in the same JSON form as generativa-protocol's FromEngine),
// then starts it; the engine itself then answers with {"type":"EngineReady"}.
"use strict";

const post = (message) => self.postMessage(JSON.stringify(message));

try {
    importScripts("/generativa-worker.js");
} catch (error) {
    post({ type: "EngineFailed", message: "no se pudo cargar generativa-worker.js: " + error });
}

(async () => {
    try {
        const response = await fetch("/generativa-worker_bg.wasm");
        if (!response.ok) {
            throw new Error("HTTP " + response.status + " al descargar el motor");
        }
        // A precompressed engine: Content-Length counts the compressed bytes, while the reader
        // below counts decoded ones; the server says the decoded size (else: no total).
        const encoded = response.headers.get("content-encoding");
        const total = Number(response.headers.get(encoded ? "x-decoded-length" : "content-length")) || 0;
        const reader = response.body.getReader();
        const chunks = [];
        let loaded = 0;
        let reported = 0;
        post({ type: "EngineDownload", loaded: 0, total });
        for (;;) {
            const { done, value } = await reader.read();
            if (done) break;
            chunks.push(value);
            loaded += value.length;
            if (loaded - reported > 131072) {
                reported = loaded;
                post({ type: "EngineDownload", loaded, total });
            }
        }
        const bytes = new Uint8Array(loaded);
        let offset = 0;
        for (const chunk of chunks) {
            bytes.set(chunk, offset);
            offset += chunk.length;
        }
        post({ type: "EngineDownload", loaded, total: loaded });
        await wasm_bindgen({ module_or_path: bytes });
    } catch (error) {
        post({ type: "EngineFailed", message: String((error && error.message) || error) });
    }
})();
