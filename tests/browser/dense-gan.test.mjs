// The lecture's dense GAN on slide 1.33 (issue "Dense GAN lessons 1.29–1.33", first part):
// training from the page moves the discriminator's loss away from its start (≈ ln 2), draws
// the curves, the latest fakes in rows of 8 and the film strip of the fixed codings; pause and
// resume; on both backends.
import { test, describe, before, after } from "node:test";
import assert from "node:assert/strict";
import { BASE, dataOf, describeModes, openPage, reaches, settledBackend, shot } from "./harness.mjs";

const MODES = [
    { name: "GAN denso · CPU", webgpu: false, query: "?backend=cpu", expect: "cpu", steps: 300 },
    { name: "GAN denso · WebGPU (SwiftShader, forzado)", webgpu: true, query: "?backend=webgpu", expect: "webgpu", steps: 6 },
];

describeModes(describe, before, after, MODES, (mode, browser) => {
    test("train from 1.33: both phases' numbers, the fakes and the film strip; pause and resume", async () => {
        const page = await openPage(browser());
        await page.goto(`${BASE}/seccion/1-33${mode.query}`);
        assert.equal(await settledBackend(page), mode.expect);
        await page.getByTestId("data-load").click();
        const start = page.getByTestId("gan-start").and(page.locator(":enabled"));
        await start.waitFor({ timeout: 180_000 });
        await start.click();
        await reaches(page, "gan-progress", "steps", mode.steps, 300_000);
        assert.equal(await dataOf(page, "gan-progress", "steps-per-epoch"), "1718");
        const first = Number(await dataOf(page, "gan-progress", "first-d-loss"));
        assert.ok(Math.abs(first - Math.LN2) < 0.3, `first D loss ${first} should be near ln 2`);
        // The untrained generator's fakes: 32 in rows of 8, and the film strip's first frame.
        await page.locator('[data-testid="gan-fakes"] .image-row[data-count="8"]').nth(3).waitFor({ timeout: 120_000 });
        await page.locator('[data-testid="gan-film"] .image-row[data-count="8"]').first().waitFor();
        await page.getByTestId("gan-pause").click();
        await page.locator('[data-testid="gan-phase"][data-phase="paused"][data-busy="false"]').waitFor({ timeout: 120_000 });
        const paused = Number(await dataOf(page, "gan-progress", "steps"));
        const last = Number(await dataOf(page, "gan-progress", "last-d-loss"));
        assert.ok(Number.isFinite(last));
        if (mode.expect === "cpu") {
            assert.ok(Math.abs(last - first) > 0.05, `D's loss moved: ${first} → ${last}`);
        }
        await page.waitForTimeout(1000);
        assert.equal(Number(await dataOf(page, "gan-progress", "steps")), paused, "nothing trains while paused");
        await page.getByTestId("gan-resume").click();
        await reaches(page, "gan-progress", "steps", paused + 1, 300_000);
        await page.getByTestId("gan-pause").click();
        await shot(page, `gan-1-33-${mode.expect}`);
        assert.deepEqual(page.problems, []);
        await page.context().close();
    });
});
