// Géron's DCGAN on slide 1.34 (issue "DCGAN lesson 1.34"): a few steps trained from the page
// with the latest fakes and the film strip drawn, Keras' parameter counts, and a guideline
// switch that changes the model (an extra dense layer: more parameters); on both backends.
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
        if (mode.expect === "cpu") {
            // An extra dense hidden layer in each network: a different model.
            await lab.locator("details.settings summary").click();
            await lab.getByTestId("dcgan-no-dense").uncheck();
            assert.equal(await lab.getByTestId("dcgan-switches-state").textContent().then((t) => t.includes("Géron")), false);
            await lab.getByTestId("gan-reset").click();
            await page.locator('[data-testid="gan-progress"][data-generator-params="1029249"]').waitFor({ timeout: 120_000 });
            assert.equal(await dataOf(page, "gan-progress", "discriminator-params"), String(1664 + 204_928 + 6272 * 128 + 128 + 128 + 1));
            await page.getByTestId("gan-pause").click();
        }
        assert.deepEqual(page.problems, []);
        await page.context().close();
    });
});
