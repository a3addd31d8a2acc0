// Generativa's benchmark in headless Chromium: for each backend, the time to a usable page,
// to a ready engine, to the start-up computation's result, to verified Fashion-MNIST, the toy
// GAN's default run, and the lecture's VAE: first step, median ms per step, steps per second,
// epoch time, the engine's memory and the longest main-thread task while training; the dense
// GAN's step and epoch beside TensorFlow.js, the judge's time to score 2,000 images, and the
// DCGAN's step beside Keras'; the progressive GAN's step at each level and the class growth's
// time it implies; beside the DCGAN, its work per step and one core's SIMD ceiling in this browser
// (the floor that ceiling puts under the step).
// Prints figures; asserts nothing about speed.
import { readFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { BASE, launch, openPage, reaches, settledBackend, visit } from "../browser/harness.mjs";

const PEERS = join(dirname(fileURLToPath(import.meta.url)), "peers");

const MODES = [
    { name: "CPU (flex, wasm)", webgpu: false, query: "?backend=cpu", steps: 100, fullEpoch: true, rounds: 600 },
    { name: "WebGPU (SwiftShader)", webgpu: true, query: "?backend=webgpu", steps: 30, fullEpoch: false, rounds: 30 },
];

// `cargo xtask bench <family>` measures one family (the engine's start-up and the data always).
const FAMILY = process.env.BENCH_FAMILY || "all";
const wants = (model) => FAMILY === "all" || FAMILY === model;

const num = async (page, id, name) => Number(await page.getByTestId(id).getAttribute(`data-${name}`));



for (const mode of MODES) {
    const browser = await launch({ webgpu: mode.webgpu });
    const page = await openPage(browser);
    const t0 = Date.now();
    await page.goto(`${BASE}/diagnostico${mode.query}`);
    await page.getByTestId("lesson-heading").waitFor();
    const textMs = Date.now() - t0;
    await settledBackend(page);
    const engineMs = Date.now() - t0;
    await page.getByTestId("diag-status").waitFor({ timeout: 300_000 });
    const diagMs = Date.now() - t0;
    const t1 = Date.now();
    await page.getByTestId("data-load").click();
    await page.getByTestId("data-summary").waitFor({ timeout: 300_000 });
    const dataMs = Date.now() - t1;
    await page.reload();
    const t2 = Date.now();
    await page.getByTestId("data-load").click();
    await page.getByTestId("data-summary").waitFor({ timeout: 300_000 });
    const cachedMs = Date.now() - t2;

    console.log(`\n${mode.name}`);
    console.log(`  texto de la lección visible        ${textMs} ms`);
    console.log(`  motor listo (backend elegido)      ${engineMs} ms`);
    console.log(`  cálculo de prueba terminado        ${diagMs} ms`);
    console.log(`  Fashion-MNIST desde la red         ${dataMs} ms`);
    console.log(`  Fashion-MNIST desde el almacén     ${cachedMs} ms`);
    if (wants("toy-gan")) await toyGan(page, mode);
    if (wants("vae")) await vae(page, mode);
    if (wants("dense-gan")) await denseGan(page, mode);
    if (wants("dcgan")) await dcgan(page, mode);
    if (wants("progan")) await progan(page, mode);
    await browser.close();
}

// The progressive GAN on slide 1.35: a short growth (20 steps of batch 16 per phase; on
// SwiftShader the 4 × 4 and 8 × 8 levels only, where a 32 × 32 step takes minutes) timed level
// by level, and what that means for the class preset (16,000 images per phase: 1,000 steps at
// 4 × 4, 2,000 at each later level, fade-in and stable) against the issue's 20 minutes.
async function progan(page, mode) {
    const phase = 320;
    const batch = 16;
    await page.goto(`${BASE}/seccion/1-35${mode.query}&duracion=medida&fase=${phase}`);
    await settledBackend(page);
    await page.getByTestId("data-load").click();
    const lab = page.getByTestId("progan-lab");
    const start = lab.getByTestId("progan-start").and(page.locator(":enabled"));
    await start.waitFor({ timeout: 300_000 });
    const t = Date.now();
    await start.click();
    const levels = mode.webgpu ? 2 : 4;
    await page.locator(`[data-testid="progan-levels"][data-count="${levels}"]`).waitFor({ timeout: 2_400_000 });
    const wallMs = Date.now() - t;
    if (mode.webgpu) await lab.getByTestId("progan-pause").click();
    const rows = await page.locator('[data-testid="progan-level-times"] tbody tr')
        .evaluateAll((rs) => rs.map((r) => [Number(r.dataset.level), Number(r.dataset.ms)]));
    const memory = (await num(page, "progan-progress", "memory")) || 0;
    let classMs = 0;
    for (const [level, ms] of rows.slice(0, levels)) {
        const steps = ((level === 0 ? 1 : 2) * phase) / batch;
        const perStep = ms / steps;
        const classSteps = ((level === 0 ? 1 : 2) * 16_000) / batch;
        classMs += perStep * classSteps;
        const side = 4 << level;
        console.log(`  GAN progresiva ${side} × ${side}: ${perStep.toFixed(1).padStart(7)} ms/paso · ${((batch * 1000) / perStep).toFixed(0).padStart(5)} imágenes/s · nivel de la clase ${(perStep * classSteps / 60000).toFixed(1)} min`);
    }
    console.log(`  GAN progresiva: ${levels === 4 ? "crecimiento" : "niveles 4 y 8"} corto (${phase} imágenes/fase) ${(wallMs / 1000).toFixed(0)} s con imágenes y juez`);
    if (levels === 4) {
        console.log(`  GAN progresiva: crecimiento de la clase estimado ${(classMs / 60000).toFixed(1)} min (meta ≤ 20; nativo 7,5 min)`);
    }
    if (memory) console.log(`  GAN progresiva: memoria del motor   ${(memory / 1e6).toFixed(0)} MB`);
}

// Géron's DCGAN on slide 1.34: the engine's first step and the median per step (both phases,
// batch 32), beside the figures of the issue "DCGAN lesson 1.34" (Keras natively 140–152 ms;
// TF.js cannot train it on wasm and took > 15 s per step over SwiftShader here).
async function dcgan(page, mode) {
    await visit(page, "1-34");
    const lab = page.getByTestId("dcgan-lab");
    const start = lab.getByTestId("gan-start").and(page.locator(":enabled"));
    await start.waitFor({ timeout: 300_000 });
    const t = Date.now();
    await start.click();
    await reaches(page, "gan-progress", "steps", 1, 600_000);
    const firstMs = Date.now() - t;
    await reaches(page, "gan-progress", "steps", mode.webgpu ? 4 : 30, 1_200_000);
    const median = await num(page, "gan-progress", "median-ms");
    await lab.getByTestId("gan-pause").click();
    const dispatches = mode.webgpu ? await dispatchesPerStep(page) : null;
    console.log(`  DCGAN: primer paso                 ${firstMs} ms (meta ≤ ${mode.webgpu ? "informar" : "2 000"})`);
    console.log(`  DCGAN: mediana por paso            ${median.toFixed(1)} ms (meta ≤ ${mode.webgpu ? "informar" : 250}; Keras nativo 140–152 ms; TF.js ${mode.webgpu ? "> 15 000 ms" : "no puede entrenarla"})`);
    console.log(`  DCGAN: época estimada              ~${((median * 1718) / 60000).toFixed(1)} min`);
    if (dispatches) {
        console.log(`  DCGAN: kernels de WebGPU/paso       ${dispatches.dispatches.toFixed(1)} (en ${dispatches.steps} pasos; ${dispatches.submits.toFixed(1)} envíos a la cola por paso)`);
    }
    const gflop = dcganStepGflop();
    console.log(`  DCGAN: trabajo por paso            ${gflop.toFixed(2)} GFLOP → ${(gflop / (median / 1000)).toFixed(1)} GFLOP/s sostenidos`);
    if (!mode.webgpu && process.env.SIMD_CEILING_WASM) {
        const ceiling = await simdCeiling(page, await readFile(process.env.SIMD_CEILING_WASM));
        if (!ceiling) {
            console.log("  techo de un núcleo (SIMD128)       no medible: este navegador no carga SIMD relajado");
            return;
        }
        const floor = (rate) => ((gflop / rate) * 1000).toFixed(0);
        console.log(`  techo de un núcleo (SIMD128)       ${ceiling.mulAdd.toFixed(1)} GFLOP/s multiplicar + sumar; ${ceiling.fused.toFixed(1)} con FMA relajada`);
        console.log(`  DCGAN: paso mínimo a ese techo     ${floor(ceiling.mulAdd)} ms (${floor(ceiling.fused)} ms con FMA), aunque todo lo demás fuera gratis (meta 250)`);
    }
}

// Multiply-adds of one training step of Géron's DCGAN (batch 32, both phases of slide 1.32's
// loop), counted layer by layer: a k × k convolution to an h × w map does h·w·c_in·c_out·k²
// per image (a transposed one the same, counted on its input), and each backward product costs
// what its forward does. Phase 1: G makes 32 fakes, D judges 64 images and gets the gradients
// of all its weights and of every input but the pixels'. Phase 2: G makes 32 more, D judges
// them and passes the gradient back to the pixels (no weight gradients: frozen), and G gets the
// gradients of all its weights and of every input but the codings'. Two flops per multiply-add.
function dcganStepGflop() {
    const d = { conv1: 14 * 14 * 1 * 64 * 25, conv2: 7 * 7 * 64 * 128 * 25, dense: 7 * 7 * 128 };
    const g = { dense: 100 * 7 * 7 * 128, convT1: 7 * 7 * 128 * 64 * 25, convT2: 14 * 14 * 64 * 1 * 25 };
    const dAll = d.conv1 + d.conv2 + d.dense;
    const gAll = g.dense + g.convT1 + g.convT2;
    const phase1 = 32 * gAll + 64 * dAll + 64 * dAll + 64 * (d.conv2 + d.dense);
    const phase2 = 32 * gAll + 32 * dAll + 32 * dAll + 32 * gAll + 32 * (g.convT1 + g.convT2);
    return (2 * (phase1 + phase2)) / 1e9;
}

// One core's arithmetic ceiling in this browser: the benchmark's own 6 × 8 register block of a
// matrix product (tests/bench/simd-ceiling), on operands in the first-level cache, with f32x4
// multiply + add and with relaxed SIMD's fused multiply-add (null where the browser cannot load
// relaxed SIMD).
async function simdCeiling(page, wasm) {
    return page.evaluate(async (bytes) => {
        if (!WebAssembly.validate(new Uint8Array(bytes))) return null;
        const { instance } = await WebAssembly.instantiate(new Uint8Array(bytes));
        const e = instance.exports;
        const base = e.scratch();
        const k = 512;
        const values = new Float32Array(e.memory.buffer, base, 6 * k + 8 * k + 48);
        for (let i = 0; i < values.length; i++) values[i] = ((i * 7919) % 1000) / 1000 - 0.5;
        const [a, b, c] = [base, base + 4 * 6 * k, base + 4 * 14 * k];
        const rate = (kernel) => {
            kernel(a, b, c, k, 100);
            let best = Infinity;
            for (let round = 0; round < 7; round++) {
                const t = performance.now();
                kernel(a, b, c, k, 8000);
                best = Math.min(best, performance.now() - t);
            }
            return (2 * 6 * 8 * k * 8000) / best / 1e6;
        };
        return { mulAdd: rate(e.mul_add), fused: rate(e.fused) };
    }, [...wasm]);
}

// The lecture's dense GAN on slide 1.33: first step, median per step (both phases, batch 32),
// an epoch's time with the judge's score at its end (CPU), beside TensorFlow.js' figures
// measured on this machine (issue "Dense GAN lessons 1.29–1.33").
async function denseGan(page, mode) {
    await visit(page, "1-33");
    await page.evaluate(() => {
        window.__longest = 0;
        new PerformanceObserver((list) => {
            for (const e of list.getEntries()) window.__longest = Math.max(window.__longest, e.duration);
        }).observe({ type: "longtask", buffered: false });
    });
    const start = page.getByTestId("gan-start").and(page.locator(":enabled"));
    await start.waitFor({ timeout: 300_000 });
    const t = Date.now();
    await start.click();
    await reaches(page, "gan-progress", "steps", 1, 300_000);
    const firstMs = Date.now() - t;
    await reaches(page, "gan-progress", "steps", mode.fullEpoch ? 1718 : 20, 900_000);
    let epochMs = null;
    if (mode.fullEpoch) {
        // The epoch's last progress comes after its pictures and the judge's score.
        epochMs = Date.now() - t;
        await page.getByTestId("gan-judge-value").waitFor({ timeout: 300_000 });
    }
    const median = await num(page, "gan-progress", "median-ms");
    await page.getByTestId("gan-pause").click();
    const longest = await page.evaluate(() => window.__longest);
    const dispatches = mode.webgpu ? await dispatchesPerStep(page) : null;
    const tfjs = mode.webgpu ? 576 : 25.6;
    console.log(`  GAN densa: primer paso             ${firstMs} ms (meta ≤ ${mode.webgpu ? "5 000" : "1 000"})`);
    console.log(`  GAN densa: mediana por paso        ${median.toFixed(1)} ms (meta ≤ ${mode.webgpu ? 200 : 5}; TF.js ${tfjs} ms en la máquina del issue)`);
    const peer = await tfjsDenseGan(page, mode);
    if (peer) {
        console.log(`  TF.js 4.22 (${peer.backend}${peer.simd ? ", SIMD" : ""}), misma GAN, mismo Chromium, ahora: primer paso ${peer.firstMs.toFixed(0)} ms, mediana ${peer.medianMs.toFixed(1)} ms por paso`);
        console.log(`  GAN densa: Generativa ${(peer.medianMs / median).toFixed(1)} × más rápida que TF.js aquí (meta ≥ 5 ×); la meta de ${mode.webgpu ? 200 : 5} ms a la velocidad de esta máquina: ${(peer.medianMs / (mode.webgpu ? 576 / 200 : 25.6 / 5)).toFixed(1)} ms`);
    }
    if (epochMs) console.log(`  GAN densa: época (1 718 pasos)     ${(epochMs / 1000).toFixed(1)} s, con las imágenes y la calificación del juez al final`);
    else console.log(`  GAN densa: época estimada          ~${((median * 1718) / 1000).toFixed(0)} s`);
    console.log(`  tarea más larga del hilo principal ${longest.toFixed(0)} ms mientras entrena la GAN densa`);
    if (dispatches) {
        console.log(`  GAN densa: kernels de WebGPU/paso   ${dispatches.dispatches.toFixed(1)} (en ${dispatches.steps} pasos; ${dispatches.submits.toFixed(1)} envíos a la cola por paso)`);
    }
    // The judge: 2,000 of the shipped VAE's samples on 1.3 (generated on the run's backend,
    // scored on the CPU; the first time also fetches the weights and the test images' features).
    await visit(page, "1-3");
    // The shipped VAE loads unless the benchmark trained one of its own (either is scored).
    await page.getByTestId("vae-score").and(page.locator(":enabled")).waitFor({ timeout: 300_000 });
    for (const label of ["primera vez", "otra vez  "]) {
        const button = page.getByTestId("vae-score").and(page.locator(":enabled"));
        if ((await button.count()) === 0) break;
        const tj = Date.now();
        await button.click();
        await button.waitFor({ timeout: 120_000 });
        console.log(`  juez: 2000 muestras del VAE, ${label} ${Date.now() - tj} ms (meta ≤ 2 000)`);
    }
}

// The peer, run now in the same Chromium: the lecture's dense GAN in TensorFlow.js 4.22 on its
// wasm-SIMD backend (CPU mode) or its WebGPU backend, trained with the same two-phase step
// (tests/bench/peers/dense-gan.js). `cargo xtask bench` installs TF.js in tests/bench/peers
// (never shipped with the site); its files are served from the site's own origin by
// intercepting /__peer/ requests, so nothing loads from another origin here either.
async function tfjsDenseGan(sitePage, mode) {
    // Its own page beside the site's (whose run is paused), so the site's page stays as it is.
    const page = await openPage(sitePage.context().browser());
    const modules = join(PEERS, "node_modules", "@tensorflow");
    const files = {
        "dense-gan.html": join(PEERS, "dense-gan.html"),
        "dense-gan.js": join(PEERS, "dense-gan.js"),
        "tfjs/tf.min.js": join(modules, "tfjs/dist/tf.min.js"),
        "wasm/tf-backend-wasm.min.js": join(modules, "tfjs-backend-wasm/dist/tf-backend-wasm.min.js"),
        "webgpu/tf-backend-webgpu.min.js": join(modules, "tfjs-backend-webgpu/dist/tf-backend-webgpu.min.js"),
    };
    for (const wasm of ["tfjs-backend-wasm.wasm", "tfjs-backend-wasm-simd.wasm", "tfjs-backend-wasm-threaded-simd.wasm"]) {
        files[`wasm/${wasm}`] = join(modules, "tfjs-backend-wasm/dist", wasm);
    }
    const types = { html: "text/html", js: "text/javascript", wasm: "application/wasm" };
    await page.route(`${BASE}/__peer/**`, async (route) => {
        const name = new URL(route.request().url()).pathname.replace(/^\/__peer\//, "");
        const path = files[name];
        if (!path) return route.fulfill({ status: 404, body: "" });
        try {
            const body = await readFile(path);
            await route.fulfill({ status: 200, body, contentType: types[name.split(".").pop()] });
        } catch {
            await route.fulfill({ status: 404, body: "" });
        }
    });
    try {
        await page.goto(`${BASE}/__peer/dense-gan.html`);
        await page.locator("#status", { hasText: "ready" }).waitFor({ timeout: 60_000 });
        return await page.evaluate(
            ([backend, steps]) => window.timeDenseGan(backend, steps),
            [mode.webgpu ? "webgpu" : "wasm", mode.webgpu ? 12 : 60],
        );
    } catch (e) {
        console.log(`  TF.js: no se pudo medir (${String(e.message ?? e).split("\n")[0]}); ¿falta «npm install» en tests/bench/peers?`);
        return null;
    } finally {
        await page.context().close();
    }
}

// WebGPU kernel dispatches (and queue submissions) per dense-GAN step: the engine's worker
// gets counters on `GPUComputePassEncoder.dispatchWorkgroups` and `GPUQueue.submit` (the
// wasm's calls go through these prototypes); then the paused run trains a few more steps and
// is paused again, so both counts cover whole steps. On SwiftShader each dispatch costs about
// a millisecond, which is why the step's kernels are fused where they can be.
async function dispatchesPerStep(page) {
    const worker = page.workers()[0];
    if (!worker) return null;
    await worker.evaluate(() => {
        if (self.__gpuCounts) return;
        self.__gpuCounts = { dispatches: 0, submits: 0 };
        const pass = GPUComputePassEncoder.prototype;
        for (const name of ["dispatchWorkgroups", "dispatchWorkgroupsIndirect"]) {
            const original = pass[name];
            pass[name] = function (...args) {
                self.__gpuCounts.dispatches += 1;
                return original.apply(this, args);
            };
        }
        const submit = GPUQueue.prototype.submit;
        GPUQueue.prototype.submit = function (...args) {
            self.__gpuCounts.submits += 1;
            return submit.apply(this, args);
        };
    });
    const settled = async () => {
        await page.getByTestId("gan-resume").and(page.locator(":enabled")).waitFor({ timeout: 120_000 });
        await page.waitForTimeout(500);
        const steps = await num(page, "gan-progress", "steps");
        const counts = await worker.evaluate(() => ({ ...self.__gpuCounts }));
        return { steps, ...counts };
    };
    const before = await settled();
    await page.getByTestId("gan-resume").click();
    await reaches(page, "gan-progress", "steps", before.steps + 10, 300_000);
    await page.getByTestId("gan-pause").click();
    const after = await settled();
    const steps = after.steps - before.steps;
    if (steps <= 0) return null;
    return {
        steps,
        dispatches: (after.dispatches - before.dispatches) / steps,
        submits: (after.submits - before.submits) / steps,
    };
}

// The toy GAN on slide 1.28 (the default 600 rounds; fewer on SwiftShader, extrapolated).
async function toyGan(page, mode) {
    await visit(page, "1-28");
    await page.locator('[data-testid="toy-counters"][data-rounds="0"]').waitFor({ timeout: 120_000 });
    await page.getByTestId("toy-train").and(page.locator(":enabled")).waitFor();
    if (mode.rounds !== 600) {
        await page.locator("details.settings summary").click();
        await page.getByTestId("toy-target").fill(String(mode.rounds));
    }
    const t3 = Date.now();
    await page.getByTestId("toy-train").click();
    await page.locator(`[data-testid="toy-counters"][data-rounds="${mode.rounds}"]`).waitFor({ timeout: 900_000 });
    const toyMs = ((Date.now() - t3) * 600) / mode.rounds;
    console.log(`  GAN de juguete, 600 rondas         ${(toyMs / 1000).toFixed(1)} s${mode.rounds !== 600 ? ` (extrapolado de ${mode.rounds})` : ""}`);
}

// The VAE on slide 1.10, with a watch on the main thread's long tasks.
async function vae(page, mode) {
    await visit(page, "1-10");
    await page.evaluate(() => {
        window.__longest = 0;
        new PerformanceObserver((list) => {
            for (const e of list.getEntries()) window.__longest = Math.max(window.__longest, e.duration);
        }).observe({ type: "longtask", buffered: false });
    });
    const t4 = Date.now();
    await page.getByTestId("vae-start").click();
    await reaches(page, "vae-progress", "steps", 1, 300_000);
    const firstStepMs = Date.now() - t4;
    await reaches(page, "vae-progress", "steps", mode.steps, 900_000);
    let epochMs = null;
    if (mode.fullEpoch) {
        await reaches(page, "vae-progress", "epochs-done", 1, 900_000);
        epochMs = Date.now() - t4;
    }
    // Moving between slides while it trains counts too: 1.3 (the latent map) and back.
    await visit(page, "1-3");
    await page.waitForTimeout(2000);
    await visit(page, "1-10");
    await page.waitForTimeout(2000);
    const median = await num(page, "vae-progress", "median-ms");
    const memory = await num(page, "vae-progress", "memory-mb");
    const spe = await num(page, "vae-progress", "steps-per-epoch");
    const valid = await page.getByTestId("vae-progress").getAttribute("data-first-valid");
    await page.getByTestId("vae-pause").click();
    const longest = await page.evaluate(() => window.__longest);
    const heap = await page.evaluate(() => (performance.memory ? performance.memory.usedJSHeapSize : 0));

    console.log(`  VAE: primer paso                   ${firstStepMs} ms (desde «Empezar», incluye crear el modelo)`);
    console.log(`  VAE: mediana por paso (lote 128)   ${median.toFixed(1)} ms  (${(1000 / median).toFixed(1)} pasos/s)`);
    console.log(`  VAE: época (${spe} pasos)            ${epochMs ? `${(epochMs / 1000).toFixed(1)} s medida (con validación y el primer paso)` : `~${((median * spe) / 1000).toFixed(0)} s estimada por la mediana`}`);
    if (valid) console.log(`  VAE: pérdida de validación, época 1  ${Number(valid).toFixed(4)} (Keras: 0.0381)`);
    console.log(`  VAE: 25 épocas                     ~${((median * spe * 25) / 60000).toFixed(0)} min estimados`);
    console.log(`  memoria del motor (wasm)           ${memory.toFixed(0)} MB`);
    console.log(`  tarea más larga del hilo principal ${longest.toFixed(0)} ms mientras entrena (con una visita a 1.3)`);
    console.log(`  montón JS de la página             ${(heap / 1e6).toFixed(1)} MB`);
}
