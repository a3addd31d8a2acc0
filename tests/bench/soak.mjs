// The benchmark's soak mode (`cargo xtask bench soak 30`): a class-long session in headless
// Chromium on the CPU backend. The VAE trains for the given minutes, then each image GAN (dense,
// DCGAN, progressive) for a sixth of them; every minute it samples the engine's wasm memory (as
// the lab shows it) and the page's JS heap after a forced garbage collection (Chrome DevTools
// Protocol), and it watches the main thread's long tasks. It prints each run's growth from the
// end of its warm-up (a sixth of its time: minute 5 of 30) to its end, against a 5 % goal.
// Prints figures; asserts nothing. The toy GAN is left out: its runs end within seconds.
import { BASE, launch, openPage, settledBackend, visit } from "../browser/harness.mjs";

const MINUTES = Number(process.env.SOAK_MINUTES || 30);
const GOAL = 5; // % growth allowed after the warm-up

const RUNS = [
    { name: "VAE (1.10)", slug: "1-10", minutes: MINUTES, start: "vae-start", memory: ["vae-progress", "data-memory-mb", 1e6] },
    { name: "GAN densa (1.33)", slug: "1-33", minutes: MINUTES / 6, start: "gan-start", memory: ["speed-line", "data-memory", 1] },
    { name: "DCGAN (1.34)", slug: "1-34", minutes: MINUTES / 6, start: "gan-start", memory: ["speed-line", "data-memory", 1] },
    { name: "GAN progresiva (1.35)", slug: "1-35", minutes: MINUTES / 6, start: "progan-start", memory: ["progan-progress", "data-memory", 1] },
];

const mb = (bytes) => `${(bytes / 1e6).toFixed(1)} MB`;
const growth = (from, to) => (from > 0 ? ((to - from) / from) * 100 : 0);

const browser = await launch({ webgpu: false });
const page = await openPage(browser);
const cdp = await page.context().newCDPSession(page);
// Every run asks for as many epochs as its settings allow, so none ends during the soak.
await page.goto(`${BASE}/seccion/1-10?backend=cpu&epochs=1000`);
await settledBackend(page, 900_000);
await page.getByTestId("data-load").click();
await page.evaluate(() => {
    window.__longest = 0;
    new PerformanceObserver((list) => {
        for (const e of list.getEntries()) window.__longest = Math.max(window.__longest, e.duration);
    }).observe({ type: "longtask", buffered: false });
});

/** The engine's memory (bytes, as the lab shows it) and the JS heap after a forced collection. */
async function sample(run) {
    const [id, attr, scale] = run.memory;
    const engine = Number(await page.getByTestId(id).first().getAttribute(attr)) * scale || 0;
    const training = (await page.locator('[data-testid$="-phase"][data-phase="running"]').count()) > 0;
    await cdp.send("HeapProfiler.collectGarbage");
    const { usedSize } = await cdp.send("Runtime.getHeapUsage");
    return { engine, heap: usedSize, training };
}

console.log(`\nPrueba de resistencia: ${MINUTES} min del VAE y ${(MINUTES / 6).toFixed(1)} min de cada GAN, en la CPU`);
const results = [];
for (const run of RUNS) {
    if (run.slug !== "1-10") await visit(page, run.slug);
    const start = page.getByTestId(run.start).and(page.locator(":enabled"));
    await start.waitFor({ timeout: 600_000 });
    await start.click();
    const samples = [];
    const began = Date.now();
    const end = began + run.minutes * 60_000;
    const every = Math.min(60_000, (run.minutes * 60_000) / 5);
    while (Date.now() < end) {
        await page.waitForTimeout(Math.min(every, end - Date.now()));
        const s = await sample(run);
        samples.push({ minute: (Date.now() - began) / 60_000, ...s });
        console.log(`  ${run.name} min ${samples.at(-1).minute.toFixed(1)}: motor ${mb(s.engine)}, montón JS ${mb(s.heap)}${s.training ? "" : " (¡no entrena!)"}`);
    }
    const pause = page.locator('[data-testid$="-pause"]:visible').first();
    if (await pause.count()) await pause.click();
    const warm = samples.find((s) => s.minute >= run.minutes / 6 - 0.01) ?? samples[0];
    const last = samples.at(-1);
    results.push({ run, warm, last });
}
const longest = await page.evaluate(() => window.__longest);
console.log(`\nCrecimiento desde el fin del calentamiento (meta < ${GOAL} %):`);
for (const { run, warm, last } of results) {
    const e = growth(warm.engine, last.engine);
    const h = growth(warm.heap, last.heap);
    const ok = e < GOAL && h < GOAL ? "cumple" : "NO cumple";
    console.log(`  ${run.name.padEnd(22)} min ${warm.minute.toFixed(1)} → ${last.minute.toFixed(1)}: motor ${mb(warm.engine)} → ${mb(last.engine)} (${e.toFixed(1)} %), montón JS ${mb(warm.heap)} → ${mb(last.heap)} (${h.toFixed(1)} %) · ${ok}`);
}
// The Long Tasks API reports only tasks over 50 ms.
console.log(`  tarea más larga del hilo principal   ${longest ? `${longest.toFixed(0)} ms` : "ninguna de más de 50 ms"} en toda la sesión`);
console.log(`  problemas en la consola              ${page.problems.length ? page.problems.join("; ") : "ninguno"}`);
await browser.close();
