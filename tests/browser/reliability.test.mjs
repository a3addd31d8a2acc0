// Reliability (issue 15): a lost WebGPU device, a crashed engine, storage that refuses or holds
// an older build's run, and two tabs training at once. The dense GAN on 1.33 is the run under
// test (its CPU steps take milliseconds, its checkpoints weigh a few MB).
import { test, describe } from "node:test";
import assert from "node:assert/strict";
import { BASE, dataOf, engineWorker, loadData, openPage, reaches, settledBackend, shot, withBrowser } from "./harness.mjs";

const LONG = 300_000;

/** Opens 1.33 with `query`, loads the data and starts the dense GAN. */
async function startGan(browser, query, { quota } = {}) {
    const page = await openPage(browser);
    if (quota) {
        const cdp = await page.context().newCDPSession(page);
        await cdp.send("Storage.overrideQuotaForOrigin", { origin: new URL(BASE).origin, quotaSize: quota });
    }
    await page.goto(`${BASE}/seccion/1-33${query}`);
    await loadData(page);
    const start = page.getByTestId("gan-start").and(page.locator(":enabled"));
    await start.waitFor({ timeout: LONG });
    await start.click();
    return page;
}

/** Pauses (which keeps the run) and waits until it is kept; returns the kept steps. */
async function pauseAndKeep(page) {
    await page.getByTestId("gan-pause").click();
    await page.locator('[data-testid="gan-phase"][data-phase="paused"][data-busy="false"]').waitFor({ timeout: LONG });
    const steps = await dataOf(page, "gan-progress", "steps");
    await page.locator(`[data-testid="gan-file-stored"][data-steps="${steps}"]`).waitFor({ timeout: LONG });
    return Number(steps);
}

/** After a restart: the error box offers the kept run; continuing loads it and trains on. */
async function continueKept(page, kept, pattern) {
    const box = page.getByTestId("gan-error");
    await box.waitFor({ timeout: LONG });
    assert.match(await box.innerText(), pattern);
    const go = page.getByTestId("gan-error-continue").and(page.locator(":enabled"));
    await go.waitFor({ timeout: LONG });
    await go.click();
    await page.getByTestId("gan-resume").waitFor({ timeout: LONG });
    assert.equal(Number(await dataOf(page, "gan-progress", "steps")), kept, "the run goes on from what was kept");
    await page.getByTestId("gan-resume").click();
    await reaches(page, "gan-progress", "steps", kept + 5, LONG);
    await page.getByTestId("gan-pause").click();
}

/** Makes the engine fail the way a trap or an exhausted memory does: an error escapes it. */
async function crashEngine(page) {
    const worker = await engineWorker(page);
    await worker.evaluate(() => setTimeout(() => {
        throw new Error("prueba: el motor se cayó");
    }));
}

/** The test's own crash, as the browser logs it from the worker, is not a problem. */
const unexpected = (problems) => problems.filter((p) => !/prueba: el motor se cayó/.test(p));

describe("A lost GPU, a crashed engine", () => {
    test("WebGPU: a lost device restarts the engine on the CPU and the run continues from its last kept checkpoint", async () => {
        await withBrowser({ webgpu: true }, async (browser) => {
            const page = await startGan(browser, "?backend=webgpu");
            assert.equal(await settledBackend(page), "webgpu");
            await reaches(page, "gan-progress", "steps", 2, LONG);
            const kept = await pauseAndKeep(page);
            await page.getByTestId("gan-resume").click();
            await reaches(page, "gan-progress", "steps", kept + 1, LONG);
            // The test hook: the loader keeps the engine's devices; destroy them as a driver
            // reset would.
            const worker = await engineWorker(page);
            assert.ok(await worker.evaluate(() => self.generativaDevices.length) >= 1);
            await worker.evaluate(() => self.generativaDevices.forEach((d) => d.destroy()));
            await page.locator('[data-testid="backend-badge"][data-backend="cpu"]').waitFor({ timeout: LONG });
            assert.match(await page.getByTestId("backend-badge").innerText(), /CPU \(se perdió la GPU\)/);
            await page.locator('[data-testid="engine-restarted"][data-gpu="true"]').waitFor();
            await shot(page, "reliability-gpu-lost");
            await continueKept(page, kept, /se perdió la GPU.*volvió a empezar en la CPU/s);
            assert.equal(await settledBackend(page), "cpu");
            assert.deepEqual(page.problems, []);
        });
    });

    test("a crashed engine is restarted; a run the storage refused is held by the page and continues too", async () => {
        await withBrowser({ webgpu: false }, async (browser) => {
            // 1 MB for the site: neither the data set nor a checkpoint can be stored.
            const page = await startGan(browser, "?backend=cpu", { quota: 1_000_000 });
            await reaches(page, "gan-progress", "steps", 20, LONG);
            const kept = await pauseAndKeep(page);
            const stored = page.getByTestId("gan-file-stored");
            assert.equal(await stored.getAttribute("data-in-page"), "true");
            assert.match(await stored.innerText(), /no dejó guardar.*en memoria/);
            await page.getByTestId("gan-resume").click();
            await reaches(page, "gan-progress", "steps", kept + 20, LONG);
            await crashEngine(page);
            const note = page.locator('[data-testid="engine-restarted"][data-gpu="false"][data-restarts="1"]');
            await note.waitFor({ timeout: LONG });
            await continueKept(page, kept, /se detuvo por un error interno/);
            await page.getByTestId("engine-restarted-dismiss").click();
            await note.waitFor({ state: "detached" });
            await shot(page, "reliability-engine-restarted");
            assert.deepEqual(unexpected(page.problems), []);
        });
    });
});

describe("A crashed engine and the toy GAN", () => {
    test("after a restart the toy GAN offers its kept run instead of starting a fresh one", async () => {
        await withBrowser({ webgpu: false }, async (browser) => {
            const page = await openPage(browser);
            await page.goto(`${BASE}/seccion/1-28?backend=cpu`);
            await settledBackend(page);
            const counters = page.getByTestId("toy-counters");
            await counters.waitFor({ timeout: LONG });
            await page.locator("details.settings summary").click();
            await page.getByTestId("toy-target").fill("40");
            await page.getByTestId("toy-train").click();
            await page.locator('[data-testid="toy-counters"][data-rounds="40"]').waitFor({ timeout: LONG });
            // Reaching the target pauses the run, which keeps it.
            await page.waitForFunction(async () => {
                const store = await caches.open("generativa-runs-v1");
                return (await store.match("/__runs__/toy-gan.ckpt")) !== undefined;
            }, null, { timeout: LONG, polling: 200 });
            await crashEngine(page);
            await page.locator('[data-testid="engine-restarted"][data-restarts="1"]').waitFor({ timeout: LONG });
            const go = page.getByTestId("toy-error-continue").and(page.locator(":enabled"));
            await go.waitFor({ timeout: LONG });
            // A fresh run, had one been started on the restarted engine, answers within this.
            await page.waitForTimeout(2_000);
            assert.notEqual(await counters.getAttribute("data-rounds"), "0", "no fresh run took the kept one's place");
            await go.click();
            await page.locator('[data-testid="toy-counters"][data-rounds="40"]').waitFor({ timeout: LONG });
            await shot(page, "reliability-toy-continued");
            assert.deepEqual(unexpected(page.problems), []);
        });
    });
});

describe("Browser storage", () => {
    test("a run kept by an older build is refused with a message and removed; older stores go; the site trains", async () => {
        await withBrowser({ webgpu: false }, async (browser) => {
            const page = await openPage(browser);
            await page.goto(`${BASE}/seccion/1-33?backend=cpu`);
            await settledBackend(page);
            await page.evaluate(async () => {
                const headers = { "x-generativa-steps": "1234", "x-generativa-epochs": "0", "x-generativa-saved": String(Date.now()) };
                const current = await caches.open("generativa-runs-v1");
                await current.put("/__runs__/dense-gan.ckpt", new Response(new Uint8Array(4096).fill(7), { headers }));
                const older = await caches.open("generativa-runs-v0");
                await older.put("/__runs__/dense-gan.ckpt", new Response("old layout", { headers }));
            });
            await page.reload();
            await loadData(page);
            await page.locator('[data-testid="gan-file-stored"][data-steps="1234"]').waitFor({ timeout: LONG });
            const restore = page.getByTestId("gan-file-restore").and(page.locator(":enabled"));
            await restore.waitFor({ timeout: LONG });
            await restore.click();
            const box = page.getByTestId("gan-error");
            await box.waitFor({ timeout: LONG });
            assert.match(await box.innerText(), /ya no se puede cargar.*se borró/);
            await page.getByTestId("gan-file-stored").waitFor({ state: "detached" });
            assert.deepEqual(await page.evaluate(() => caches.keys().then((k) => k.filter((n) => n.startsWith("generativa-runs-")))), ["generativa-runs-v1"]);
            const start = page.getByTestId("gan-start").and(page.locator(":enabled"));
            await start.click();
            await reaches(page, "gan-progress", "steps", 5, LONG);
            await shot(page, "reliability-older-store");
            assert.deepEqual(page.problems, []);
        });
    });

    test("two tabs train at once and a reload mid-training: each kept run loads, state is clear", async () => {
        await withBrowser({ webgpu: false }, async (browser) => {
            const a = await startGan(browser, "?backend=cpu");
            // A second tab of the same browser profile (same storage).
            const b = await a.context().newPage();
            b.problems = [];
            b.on("console", (m) => m.type() === "error" && b.problems.push(`console: ${m.text()}`));
            await b.goto(`${BASE}/seccion/1-33?backend=cpu`);
            await loadData(b);
            const start = b.getByTestId("gan-start").and(b.locator(":enabled"));
            await start.waitFor({ timeout: LONG });
            await start.click();
            // Both keep their runs over and over (each pause writes under the storage lock).
            for (let round = 0; round < 3; round++) {
                await reaches(a, "gan-progress", "steps", 10 * (round + 1), LONG);
                await reaches(b, "gan-progress", "steps", 10 * (round + 1), LONG);
                await Promise.all([pauseAndKeep(a), pauseAndKeep(b)]);
                await Promise.all([a.getByTestId("gan-resume").click(), b.getByTestId("gan-resume").click()]);
            }
            // A reload while both train: the reloaded tab offers the last run kept (by either
            // tab: one per model), and it loads.
            await a.reload();
            await loadData(a);
            const stored = a.getByTestId("gan-file-stored");
            await stored.waitFor({ timeout: LONG });
            const steps = Number(await stored.getAttribute("data-steps"));
            assert.ok(steps >= 30, `a run of ≥ 30 steps is kept: ${steps}`);
            const restore = a.getByTestId("gan-file-restore").and(a.locator(":enabled"));
            await restore.waitFor({ timeout: LONG });
            await restore.click();
            await a.getByTestId("gan-file-file-note").filter({ hasText: "Cargado" }).waitFor({ timeout: LONG });
            assert.equal(Number(await dataOf(a, "gan-progress", "steps")), steps);
            assert.equal(await a.getByTestId("gan-error").count(), 0);
            // The other tab trained on, untouched.
            const before = Number(await dataOf(b, "gan-progress", "steps"));
            await reaches(b, "gan-progress", "steps", before + 5, LONG);
            await shot(a, "reliability-two-tabs");
            assert.deepEqual(a.problems, []);
            assert.deepEqual(b.problems, []);
        });
    });
});
