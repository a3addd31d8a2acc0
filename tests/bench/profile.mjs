// Where a DCGAN training step's time goes on the CPU backend in headless Chromium: the core built
// for wasm with its function names (tests/bench/step-profile, by `cargo xtask bench profile`),
// a few warm-up steps, then Chromium's sampling profiler over STEPS steps; prints each
// function's share of the self time, the largest first. Prints figures; asserts nothing.
//
// Environment: PROFILE_PKG (wasm-bindgen's output folder), DATA_DIR (the four .gz files),
// CHROMIUM, STEPS (default 20), TOP (default 25).
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { launch } from "../browser/harness.mjs";

const ORIGIN = "http://step-profile.localhost";
const STEPS = Number(process.env.STEPS || 20);
const TOP = Number(process.env.TOP || 25);
const FILES = ["train-images-idx3-ubyte.gz", "train-labels-idx1-ubyte.gz", "t10k-images-idx3-ubyte.gz", "t10k-labels-idx1-ubyte.gz"];

const browser = await launch({ webgpu: false });
try {
    const page = await browser.newPage();
    // Everything the page asks for comes from disk: the profile needs no server.
    await page.route(`${ORIGIN}/**`, async (route) => {
        const name = new URL(route.request().url()).pathname.slice(1);
        if (name === "") {
            return route.fulfill({ contentType: "text/html", body: "<!doctype html><title>perfil</title>" });
        }
        const dir = FILES.includes(name) ? process.env.DATA_DIR : process.env.PROFILE_PKG;
        const type = name.endsWith(".wasm") ? "application/wasm" : name.endsWith(".js") ? "text/javascript" : "application/octet-stream";
        return route.fulfill({ contentType: type, body: await readFile(join(dir, name)) });
    });
    await page.goto(`${ORIGIN}/`);
    const started = await page.evaluate(async (files) => {
        const m = await import("/step_profile.js");
        await m.default();
        const bytes = await Promise.all(files.map(async (f) => new Uint8Array(await (await fetch(`/${f}`)).arrayBuffer())));
        m.start(...bytes);
        globalThis.profiled = m;
        const t = performance.now();
        m.steps(3);
        return (performance.now() - t) / 3;
    }, FILES);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Profiler.enable");
    await cdp.send("Profiler.setSamplingInterval", { interval: 250 });
    await cdp.send("Profiler.start");
    const perStep = await page.evaluate((n) => {
        const t = performance.now();
        globalThis.profiled.steps(n);
        return (performance.now() - t) / n;
    }, STEPS);
    const { profile } = await cdp.send("Profiler.stop");

    const byId = new Map(profile.nodes.map((node) => [node.id, node]));
    const self = new Map();
    for (const id of profile.samples) {
        const frame = byId.get(id).callFrame;
        const name = (frame.functionName || "(sin nombre)").replace(/::h[0-9a-f]{16}$/, "");
        self.set(name, (self.get(name) || 0) + 1);
    }
    const total = profile.samples.length;
    console.log(`DCGAN de Géron, CPU (flex, wasm sin LTO): ${started.toFixed(0)} ms/paso al calentar, ${perStep.toFixed(0)} ms/paso con el perfilador (${STEPS} pasos)`);
    console.log(`${"% propio".padStart(8)} ${"ms/paso".padStart(8)}  función`);
    for (const [name, count] of [...self].sort((a, b) => b[1] - a[1]).slice(0, TOP)) {
        const share = count / total;
        console.log(`${(100 * share).toFixed(1).padStart(8)} ${(share * perStep).toFixed(1).padStart(8)}  ${name.slice(0, 120)}`);
    }
} finally {
    await browser.close();
}
