// Save, download, load and resume a run (issue "One training run for every model"): a seeded
// toy GAN and a seeded VAE saved mid-run, loaded into a fresh page, go on bit for bit like the
// run that was never interrupted (CPU backend); a checkpoint saved on the CPU loads into a
// WebGPU page and its first step matches to 1e-4; every kind of bad file gets its message and
// the run the student had stays as it was.
import { test, describe, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { BASE, bothBrowsers, dataOf, openPage, reaches, settledBackend, shot } from "./harness.mjs";

const counters = "toy-counters";

async function attrIs(page, id, name, value, timeout = 120_000) {
    await page.locator(`[data-testid="${id}"][data-${name}="${value}"]`).waitFor({ timeout });
}

/** 1.28 with the default toy run started; `rounds` set as the run's target. */
async function openToy(browser, query) {
    const page = await openPage(browser);
    await page.goto(`${BASE}/seccion/1-28${query}`);
    await settledBackend(page);
    await attrIs(page, counters, "rounds", "0");
    await page.locator("details.settings summary").click();
    return page;
}

async function trainToy(page, rounds) {
    await page.getByTestId("toy-target").fill(String(rounds));
    await page.getByTestId("toy-train").click();
    await attrIs(page, counters, "rounds", String(rounds), 300_000);
    await page.getByTestId("toy-train").waitFor();
}

async function oneDStep(page) {
    const before = Number(await dataOf(page, counters, "d-steps"));
    await page.getByTestId("toy-d-step").click();
    await attrIs(page, counters, "d-steps", String(before + 1));
    return Number(await dataOf(page, counters, "last-d-loss"));
}

/** Clicks "Guardar" and returns the downloaded file's name and bytes. */
async function save(page, prefix) {
    const [download] = await Promise.all([
        page.waitForEvent("download", { timeout: 60_000 }),
        page.getByTestId(`${prefix}-save`).click(),
    ]);
    const path = await download.path();
    return { name: download.suggestedFilename(), bytes: readFileSync(path) };
}

async function load(page, prefix, name, bytes) {
    await page.getByTestId(`${prefix}-load`).setInputFiles({ name, mimeType: "application/octet-stream", buffer: bytes });
}

describe("checkpoints", () => {
    const browsers = bothBrowsers(before, after);

    let toyFile;
    let toyNext;
    let vaeFile;

    test("toy GAN: saved at round 100, loaded into a fresh page, goes on bit for bit (CPU)", async () => {
        const a = await openToy(browsers.cpu, "?backend=cpu");
        await trainToy(a, 100);
        toyFile = await save(a, "toy-file");
        assert.match(toyFile.name, /^generativa-toy-gan-round-100\.ckpt$/);
        assert.match(await a.getByTestId("toy-file-file-note").innerText(), /Guardado como/);
        toyNext = await oneDStep(a);
        await trainToy(a, 200);
        const straight = [await dataOf(a, counters, "last-d-loss"), await dataOf(a, counters, "last-g-loss")];

        const b = await openToy(browsers.cpu, "?backend=cpu");
        await trainToy(b, 3); // a different run, replaced by the file
        await load(b, "toy-file", toyFile.name, toyFile.bytes);
        await attrIs(b, counters, "rounds", "100");
        await b.getByTestId("toy-file-file-note").filter({ hasText: "Cargado" }).waitFor();
        assert.equal(await oneDStep(b), toyNext, "the first step after loading");
        await trainToy(b, 200);
        assert.deepEqual([await dataOf(b, counters, "last-d-loss"), await dataOf(b, counters, "last-g-loss")], straight);
        await shot(b, "checkpoint-toy-loaded");
        assert.deepEqual(a.problems, []);
        assert.deepEqual(b.problems, []);
    });

    test("toy GAN: every bad file is refused with its reason and the run stays", async () => {
        const page = await openToy(browsers.cpu, "?backend=cpu");
        await trainToy(page, 7);
        const good = toyFile.bytes;
        const flipped = Buffer.from(good);
        flipped[Math.floor(flipped.length / 2)] ^= 0x10;
        const version = Buffer.from(good);
        version[8] = 99;
        const huge = Buffer.from(good);
        huge.writeBigUInt64LE(0xffffffffffffn, 16);
        const cases = [
            ["foto.png", Buffer.from("\x89PNG\r\n\x1a\n not a checkpoint at all"), /no es un punto de control/],
            ["cortado.ckpt", good.subarray(0, Math.floor(good.length / 2)), /incompleto/],
            ["dañado.ckpt", flipped, /dañado/],
            ["futuro.ckpt", version, /formato 99/],
            ["enorme.ckpt", huge, /declara/],
            ["largo.ckpt", Buffer.concat([good, Buffer.from([0])]), /le sobran/],
        ];
        if (vaeFile) cases.push(["vae.ckpt", vaeFile.bytes, /del modelo «vae»/]);
        for (const [name, bytes, message] of cases) {
            await load(page, "toy-file", name, bytes);
            const error = page.getByTestId("toy-error");
            await error.filter({ hasText: message }).waitFor({ timeout: 60_000 });
            assert.match(await error.innerText(), /sigue como estaba/);
            assert.equal(await dataOf(page, counters, "rounds"), "7", `${name} left the run as it was`);
        }
        await shot(page, "checkpoint-toy-refused");
        // The run still trains.
        await trainToy(page, 9);
        assert.deepEqual(page.problems, []);
    });

    test("VAE: saved mid-epoch, loaded into a fresh page, ends the epoch bit for bit (CPU)", async () => {
        const open = async () => {
            const page = await openPage(browsers.cpu);
            await page.goto(`${BASE}/seccion/1-10?backend=cpu`);
            await settledBackend(page);
            await page.getByTestId("data-load").click();
            await page.getByTestId("vae-start").and(page.locator(":enabled")).waitFor({ timeout: 180_000 });
            return page;
        };
        const a = await open();
        await a.getByTestId("vae-epochs").fill("1");
        await a.getByTestId("vae-seed").fill("7");
        await a.getByTestId("vae-start").click();
        await reaches(a, "vae-progress", "steps", 40, 180_000);
        await a.getByTestId("vae-pause").click();
        await a.locator('[data-testid="vae-phase"][data-phase="paused"][data-busy="false"]').waitFor({ timeout: 60_000 });
        vaeFile = await save(a, "vae-file");
        assert.match(vaeFile.name, /^generativa-vae-epoch-0-step-\d+\.ckpt$/);
        await a.getByTestId("vae-resume").click();
        await a.getByTestId("vae-finished").waitFor({ timeout: 300_000 });
        const straight = [await dataOf(a, "vae-progress", "last-loss"), await dataOf(a, "vae-progress", "last-valid")];

        const b = await open();
        await load(b, "vae-file", vaeFile.name, vaeFile.bytes);
        await b.getByTestId("vae-resume").waitFor({ timeout: 60_000 });
        assert.equal(await b.getByTestId("vae-seed").inputValue(), "7", "the form shows the loaded run's settings");
        await b.getByTestId("vae-resume").click();
        await b.getByTestId("vae-finished").waitFor({ timeout: 300_000 });
        assert.deepEqual([await dataOf(b, "vae-progress", "last-loss"), await dataOf(b, "vae-progress", "last-valid")], straight);
        await shot(b, "checkpoint-vae-loaded");
        assert.deepEqual(a.problems, []);
        assert.deepEqual(b.problems, []);
    });

    test("a reload offers the run this browser kept; «Borrarlo» removes it", async () => {
        const page = await openToy(browsers.cpu, "?backend=cpu");
        await trainToy(page, 30); // reaching the target keeps the run
        await attrIs(page, "toy-file-stored", "steps", "30");
        await page.reload();
        await attrIs(page, "toy-file-stored", "steps", "30");
        await attrIs(page, counters, "rounds", "0"); // the page started a fresh run meanwhile
        await page.getByTestId("toy-file-restore").click();
        await attrIs(page, counters, "rounds", "30");
        await page.getByTestId("toy-file-file-note").filter({ hasText: "Cargado" }).waitFor();
        await shot(page, "checkpoint-toy-restored");
        await page.getByTestId("toy-file-forget").click();
        await page.getByTestId("toy-file-stored").waitFor({ state: "detached" });
        await page.reload();
        await attrIs(page, counters, "rounds", "0");
        await page.waitForTimeout(1000);
        assert.equal(await page.getByTestId("toy-file-stored").count(), 0);
        assert.deepEqual(page.problems, []);
    });

    test("WebGPU: a CPU checkpoint loads and its first step matches to 1e-4; a WebGPU run saves too", async () => {
        const page = await openToy(browsers.gpu, "?backend=webgpu");
        await load(page, "toy-file", toyFile.name, toyFile.bytes);
        await attrIs(page, counters, "rounds", "100");
        const first = await oneDStep(page);
        assert.ok(Math.abs(first - toyNext) <= 1e-4 * Math.abs(toyNext), `${first} vs ${toyNext}`);
        // Saving reads the weights asynchronously, so a WebGPU run saves like a CPU one; the
        // file goes on in a CPU page like the WebGPU run does.
        const saved = await save(page, "toy-file");
        assert.match(saved.name, /^generativa-toy-gan-round-100\.ckpt$/);
        const dSteps = await dataOf(page, counters, "d-steps");
        const gpuNext = await oneDStep(page);
        const cpu = await openToy(browsers.cpu, "?backend=cpu");
        await load(cpu, "toy-file", saved.name, saved.bytes);
        await attrIs(cpu, counters, "d-steps", dSteps);
        const cpuNext = await oneDStep(cpu);
        assert.ok(Math.abs(cpuNext - gpuNext) <= 1e-4 * Math.abs(gpuNext), `${cpuNext} vs ${gpuNext}`);
        assert.deepEqual(page.problems, []);
        assert.deepEqual(cpu.problems, []);
        await cpu.context().close();
    });
});
