// Géron's DCGAN on slide 1.34 (issue "DCGAN lesson 1.34"): a few steps trained from the page
// with the latest fakes and the film strip drawn, Keras' parameter counts, and a guideline
// switch that changes the model (an extra dense layer: more parameters), and the shipped
// 10-epoch checkpoint loaded with its scores; on both backends. On the CPU also: the
// architecture read off the live model, the transposed convolutions' maps, and a small run
// that becomes a row of the experiment table (kept across a reload; ~300 steps, hours on a
// software WebGPU adapter).
import { test, describe, before, after } from "node:test";
import assert from "node:assert/strict";
import { BASE, dataOf, describeModes, openPage, reaches, settledBackend, shot } from "./harness.mjs";

const MODES = [
    { name: "DCGAN · CPU", webgpu: false, query: "?backend=cpu", expect: "cpu", steps: 3 },
    { name: "DCGAN · WebGPU (SwiftShader, forzado)", webgpu: true, query: "?backend=webgpu", expect: "webgpu", steps: 1 },
];

describeModes(describe, before, after, MODES, (mode, browser) => {
    test("train from 1.34: Géron's model, its fakes and film strip; a switch changes the model", async () => {
        const page = await openPage(browser());
        await page.goto(`${BASE}/seccion/1-34${mode.query}`);
        assert.equal(await settledBackend(page), mode.expect);
        await page.getByTestId("data-load").click();
        const lab = page.getByTestId("dcgan-lab");
        const start = lab.getByTestId("gan-start").and(page.locator(":enabled"));
        await start.waitFor({ timeout: 180_000 });
        assert.equal(await lab.getByTestId("dcgan-switches-state").textContent().then((t) => t.includes("Géron")), true);
        await start.click();
        await reaches(page, "gan-progress", "steps", mode.steps, 600_000);
        assert.equal(await dataOf(page, "gan-progress", "steps-per-epoch"), "1718");
        // Keras' summary: 840,705 (G, running statistics included) and 212,865 (D).
        assert.equal(await dataOf(page, "gan-progress", "generator-params"), "840705");
        assert.equal(await dataOf(page, "gan-progress", "discriminator-params"), "212865");
        const first = Number(await dataOf(page, "gan-progress", "first-d-loss"));
        assert.ok(Math.abs(first - Math.LN2) < 0.3, `first D loss ${first} should be near ln 2`);
        await page.locator('[data-testid="gan-fakes"] .image-row[data-count="8"]').nth(3).waitFor({ timeout: 300_000 });
        await page.locator('[data-testid="gan-film"] .image-row[data-count="8"]').first().waitFor();
        await page.getByTestId("gan-pause").click();
        await page.locator('[data-testid="gan-phase"][data-phase="paused"][data-busy="false"]').waitFor({ timeout: 300_000 });
        await shot(page, `dcgan-1-34-${mode.expect}`);
        // An extra dense hidden layer in each network: a different model.
        await lab.locator("details.settings summary").click();
        await lab.getByTestId("dcgan-no-dense").uncheck();
        assert.equal(await lab.getByTestId("dcgan-switches-state").textContent().then((t) => t.includes("Géron")), false);
        await lab.getByTestId("gan-reset").click();
        await page.locator('[data-testid="gan-progress"][data-generator-params="1029249"]').waitFor({ timeout: 300_000 });
        assert.equal(await dataOf(page, "gan-progress", "discriminator-params"), String(1664 + 204_928 + 6272 * 128 + 128 + 128 + 1));
        await page.getByTestId("gan-pause").click();
        assert.deepEqual(page.problems, []);
        await page.context().close();
    });

    test("1.34's architecture, maps and experiment table", { skip: mode.expect !== "cpu" }, async () => {
        const page = await openPage(browser());
        await page.goto(`${BASE}/seccion/1-34${mode.query}`);
        assert.equal(await settledBackend(page), mode.expect);
        // The architecture, as Keras' summary() lists it; a switch redraws it.
        const g = page.locator('[data-testid="dcgan-arch-generator"]');
        await g.and(page.locator('[data-params="840705"]')).waitFor({ timeout: 120_000 });
        assert.equal(await g.getAttribute("data-layers"), "6");
        assert.equal(await page.getByTestId("dcgan-arch-discriminator").getAttribute("data-params"), "212865");
        const lab = page.getByTestId("dcgan-lab");
        await lab.locator("details.settings").evaluate((d) => { d.open = true; });
        await lab.getByTestId("dcgan-g-transposed").uncheck();
        await g.and(page.locator('[data-layers="8"]')).waitFor({ timeout: 60_000 });
        assert.match(await g.textContent(), /UpSampling2D/);
        await lab.getByTestId("dcgan-geron").click();
        await g.and(page.locator('[data-layers="6"]')).waitFor({ timeout: 60_000 });
        // A small run: 312 steps over 10,000 images, scored, then a row of the table.
        await page.getByTestId("data-load").click();
        const small = page.getByTestId("dcgan-small-run").and(page.locator(":enabled"));
        await small.waitFor({ timeout: 180_000 });
        await page.evaluate(() => localStorage.removeItem("generativa-dcgan-experiments"));
        await small.click();
        await page.locator('[data-testid="gan-progress"][data-steps-per-epoch="312"]').waitFor({ timeout: 120_000 });
        // The maps of the run's generator, for fixed coding 3.
        await page.getByTestId("dcgan-maps-coding").selectOption({ value: "2" });
        await page.locator('[data-testid="dcgan-maps-state"][data-coding="2"]').waitFor({ timeout: 120_000 });
        assert.equal(await dataOf(page, "dcgan-maps-small", "count"), "128");
        assert.equal(await dataOf(page, "dcgan-maps-middle", "count"), "64");
        assert.equal(await dataOf(page, "dcgan-maps-image", "count"), "1");
        await page.getByTestId("dcgan-maps-lab").scrollIntoViewIfNeeded();
        await shot(page, "dcgan-1-34-maps");
        const row = page.getByTestId("dcgan-experiment-row");
        await row.first().waitFor({ timeout: 900_000 });
        assert.equal(await row.count(), 1);
        assert.equal(await row.first().getAttribute("data-generator-params"), "840705");
        assert.ok(Number(await row.first().getAttribute("data-frechet")) > 0);
        await page.locator('[data-testid="dcgan-experiment-images"] .image-row[data-count="8"]').waitFor();
        await page.locator('[data-testid="dcgan-maps-state"][data-epochs="1"]').waitFor({ timeout: 60_000 });
        await page.getByTestId("dcgan-experiments").scrollIntoViewIfNeeded();
        await shot(page, "dcgan-1-34-experiments");
        // Kept in the browser: still there after a reload.
        await page.reload();
        await page.getByTestId("dcgan-experiment-row").first().waitFor({ timeout: 60_000 });
        assert.deepEqual(page.problems, []);
        await page.context().close();
    });

    test("1.34's jump ahead loads the shipped 10-epoch DCGAN with its ten scores", async () => {
        const page = await openPage(browser());
        await page.goto(`${BASE}/seccion/1-34${mode.query}`);
        assert.equal(await settledBackend(page), mode.expect);
        await page.getByTestId("data-load").click();
        const lab = page.getByTestId("dcgan-lab");
        const jump = lab.getByTestId("gan-jump");
        await jump.and(page.locator(":enabled")).waitFor({ timeout: 300_000 });
        assert.match(await jump.innerText(), /10 épocas/);
        await jump.click();
        const note = lab.getByTestId("gan-shipped");
        await note.waitFor({ timeout: 180_000 });
        assert.match(await note.innerText(), /dcgan-10-epocas\.ckpt/);
        assert.match(await note.innerText(), /SHA-256 [0-9a-f]{16}/);
        await page.locator('[data-testid="gan-phase"][data-phase="finished"]').waitFor({ timeout: 120_000 });
        assert.equal(await dataOf(page, "gan-progress", "epochs-done"), "10");
        await page.locator('[data-testid="gan-fakes"] .image-row[data-count="8"]').first().waitFor({ timeout: 300_000 });
        await page.locator('[data-testid="gan-film"] .image-row[data-count="8"]').first().waitFor({ timeout: 120_000 });
        await page.locator('[data-testid="gan-judge-history"][data-count="10"]').waitFor({ timeout: 60_000 });
        const frechet = Number(await page.getByTestId("gan-judge-value").getAttribute("data-frechet"));
        // The shipped dense GAN after its 50 epochs scores 28.8; this one 17.7 (README).
        assert.ok(frechet > 0 && frechet < 28.8, `Fréchet ${frechet} (dense GAN after 50 epochs: 28.8)`);
        await shot(page, `dcgan-jump-${mode.expect}`);
        assert.deepEqual(page.problems, []);
        await page.context().close();
    });
});
