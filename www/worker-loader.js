// Generativa: bootstrap of the training engine's Web Worker. It downloads the engine's wasm
// with visible progress (messages in the same JSON form as generativa-protocol's FromEngine),
// then starts it; the engine itself then answers with {"type":"EngineReady"}.
"use strict";

const post = (message) => self.postMessage(JSON.stringify(message));

// Every WebGPU device the engine opens is watched: when the browser loses one (a driver reset,
// a GPU taken back), the page hears it at once and restarts the engine on the CPU from the run's
// last kept checkpoint, rather than waiting for the next failed read. The devices are also kept
// in `self.generativaDevices`: the browser tests destroy them there to lose a device on purpose
// (the page cannot reach the worker's device).
self.generativaDevices = [];
if (self.GPUAdapter && GPUAdapter.prototype.requestDevice) {
    const requestDevice = GPUAdapter.prototype.requestDevice;
    GPUAdapter.prototype.requestDevice = async function (...args) {
        const device = await requestDevice.apply(this, args);
        self.generativaDevices.push(device);
        device.lost.then((info) => {
            self.generativaDevices = self.generativaDevices.filter((d) => d !== device);
            post({ type: "DeviceLost", message: `${info.reason}: ${info.message}` });
        });
        return device;
    };
}

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
