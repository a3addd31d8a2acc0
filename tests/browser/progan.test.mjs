// The small progressive GAN of slides 1.35–1.39 (issue "Progressive GAN lessons 1.35–1.39"), on
// both backends: a whole growth with tiny phases (4 → 8 → 16 → 32) trained from the page, each
// level's pictures kept, the time per level and the judge's score; then, on the same run, the
// fade-in's α slider (the blend is the old path at 0 and the new one at 1), the minibatch
// standard deviation of a collapsed batch (≈ 10⁻⁴) and pixel normalisation (RMS 1 after).
// Then, on a fresh page, 1.37's jump ahead loads the lecture's grown network.
import { test, describe, before, after } from "node:test";
import assert from "node:assert/strict";
import { BASE, dataOf, describeModes, openPage, settledBackend, shot, slide, visit } from "./harness.mjs";

const MODES = [
    { name: "ProGAN · CPU", webgpu: false, query: "?backend=cpu&duracion=diminutas", expect: "cpu" },
    { name: "ProGAN · WebGPU (SwiftShader, forzado)", webgpu: true, query: "?backend=webgpu&duracion=diminutas", expect: "webgpu" },
];

/** The pixels of a canvas, as a data URL. */
const pixels = (page, id) => page.getByTestId(id).evaluate((c) => c.toDataURL());

describeModes(describe, before, after, MODES, (mode, browser) => {
    test("a tiny growth from 1.35, then the looks of 1.37–1.39 on its networks", async () => {
        const page = await openPage(browser());
        await page.goto(`${BASE}/seccion/1-35${mode.query}`);
        assert.equal(await settledBackend(page), mode.expect);
        await page.getByTestId("data-load").click();
        const lab = page.getByTestId("progan-lab");
        assert.equal(await lab.getByTestId("progan-preset").inputValue(), "diminutas");
        const start = lab.getByTestId("progan-start").and(page.locator(":enabled"));
        await start.waitFor({ timeout: 180_000 });
        await start.click();
        await page.locator('[data-testid="progan-progress"][data-finished="true"]').waitFor({ timeout: 900_000 });
        assert.equal(await dataOf(page, "progan-progress", "level"), "3");
        assert.equal(await dataOf(page, "progan-progress", "images"), String(7 * 64));
        await page.locator('[data-testid="progan-levels"][data-count="4"]').waitFor({ timeout: 120_000 });
        const sides = await page.getByTestId("progan-level-row").evaluateAll((cs) => cs.map((c) => c.dataset.side));
        assert.deepEqual(sides, ["4", "8", "16", "32"]);
        assert.equal(await dataOf(page, "progan-now", "side"), "32");
        assert.equal(await page.locator('[data-testid="progan-level-times"] tbody tr').count(), 4);
        assert.equal(await page.locator('[data-testid="progan-diagram"] [data-state="current"]').count(), 2);
        await page.getByTestId("progan-judge-value").waitFor({ timeout: 600_000 });
        assert.ok(Number(await dataOf(page, "progan-judge-value", "frechet")) > 0);
        await shot(page, `progan-1-35-${mode.expect}`);
        const fadeLevel = "2";
        const fadeSide = "16";
        const pixelLevel = "1";

        // 1.37: the blend is the old path at α = 0 and the new one at α = 1.
        await visit(page, "1-37");
        await page.getByTestId("progan-fade-level").selectOption({ value: fadeLevel });
        await slide(page.getByTestId("progan-fade-alpha"), 0);
        await page.locator(`[data-testid="progan-fade-state"][data-level="${fadeLevel}"][data-alpha="0.00"]`).waitFor({ timeout: 120_000 });
        assert.equal(await dataOf(page, "progan-fade-blend", "side"), fadeSide);
        assert.equal(await pixels(page, "progan-fade-blend"), await pixels(page, "progan-fade-old"));
        assert.notEqual(await pixels(page, "progan-fade-blend"), await pixels(page, "progan-fade-new"));
        await slide(page.getByTestId("progan-fade-alpha"), 1);
        await page.locator('[data-testid="progan-fade-state"][data-alpha="1.00"]').waitFor({ timeout: 120_000 });
        assert.equal(await pixels(page, "progan-fade-blend"), await pixels(page, "progan-fade-new"));
        await slide(page.getByTestId("progan-fade-alpha"), 0.5);
        await page.locator('[data-testid="progan-fade-state"][data-alpha="0.50"]').waitFor({ timeout: 120_000 });
        await shot(page, `progan-1-37-${mode.expect}`);

        // 1.38: one image repeated gives √ε = 10⁻⁴; real images vary far more.
        await visit(page, "1-38");
        await page.getByTestId("progan-std").waitFor({ timeout: 120_000 });
        const collapsed = Number(await dataOf(page, "progan-std-collapsed", "value"));
        const real = Number(await dataOf(page, "progan-std-real", "value"));
        assert.ok(Math.abs(collapsed - 1e-4) < 2e-5, `collapsed ${collapsed}`);
        assert.ok(real > 10 * collapsed, `real ${real}`);
        await shot(page, `progan-1-38-${mode.expect}`);

        // 1.39: after pixel normalisation every position has RMS 1.
        await visit(page, "1-39");
        await page.getByTestId("progan-pixel-level").selectOption({ value: pixelLevel });
        await page.locator(`[data-testid="progan-pixel"][data-level="${pixelLevel}"]`).waitFor({ timeout: 120_000 });
        for (const end of ["min", "max"]) {
            const rms = Number(await dataOf(page, "progan-pixel", `rms-after-${end}`));
            assert.ok(Math.abs(rms - 1) < 1e-3, `RMS after (${end}) ${rms}`);
        }
        assert.equal(await dataOf(page, "progan-pixel", "channels"), "32");
        await shot(page, `progan-1-39-${mode.expect}`);
        assert.deepEqual(page.problems, []);
        await page.context().close();
    });

    test("1.37 with no run: the jump ahead loads the lecture's grown network, and the looks work on it", async () => {
        const page = await openPage(browser());
        await page.goto(`${BASE}/seccion/1-37${mode.query}`);
        assert.equal(await settledBackend(page), mode.expect);
        await page.getByTestId("progan-fade-needs-run").waitFor();
        await page.getByTestId("data-load").click();
        const jump = page.getByTestId("progan-jump").and(page.locator(":enabled"));
        await jump.waitFor({ timeout: 300_000 });
        assert.match(await jump.textContent(), /32 × 32.*2\.1 MB/);
        await jump.click();
        const note = page.getByTestId("progan-shipped");
        await note.waitFor({ timeout: 300_000 });
        assert.match(await note.textContent(), /cargo xtask pretrain progan/);
        assert.match(await note.textContent(), /SHA-256 820d58cf0f20939a/);
        assert.equal(await page.getByTestId("progan-fade-needs-run").count(), 0);
        await page.getByTestId("progan-fade-level").selectOption({ value: "3" });
        await slide(page.getByTestId("progan-fade-alpha"), 1);
        await page.locator('[data-testid="progan-fade-state"][data-level="3"][data-alpha="1.00"]').waitFor({ timeout: 300_000 });
        assert.equal(await dataOf(page, "progan-fade-blend", "side"), "32");
        // On 1.35 the loaded run is the grown one, with its levels and the judge's score.
        await visit(page, "1-35");
        assert.equal(await dataOf(page, "progan-progress", "finished"), "true");
        await page.locator('[data-testid="progan-levels"][data-count="4"]').waitFor({ timeout: 120_000 });
        assert.ok(Number(await dataOf(page, "progan-judge-value", "frechet")) < 100);
        await shot(page, `progan-jump-${mode.expect}`);
        assert.deepEqual(page.problems, []);
        await page.context().close();
    });
});
