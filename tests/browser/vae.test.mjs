// Browser tests of the VAE pages (slides 1.1–1.10), on the CPU fallback and on WebGPU over
// SwiftShader: train a few steps from 1.10 (the loss falls, the pictures and charts render),
// pause and resume, leave for other slides and come back to the same run, and the labs of
// 1.1, 1.3, 1.5, 1.6 and 1.7 work on that run.
import { test, describe, before, after } from "node:test";
import assert from "node:assert/strict";
import { BASE, dataOf, describeModes, openPage, reaches, settledBackend, shot, visit } from "./harness.mjs";

const attr = dataOf;

const MODES = [
    { name: "VAE · CPU", webgpu: false, query: "?backend=cpu", expect: "cpu", steps: 30 },
    { name: "VAE · WebGPU (SwiftShader, forzado)", webgpu: true, query: "?backend=webgpu", expect: "webgpu", steps: 4 },
];

/** A fresh page on 1.10 with the data loaded, ready to start. */
async function openTrainingLab(browser, mode) {
    const page = await openPage(browser);
    await page.goto(`${BASE}/seccion/1-10${mode.query}`);
    assert.equal(await settledBackend(page), mode.expect);
    await page.getByTestId("data-load").click();
    await page.getByTestId("vae-start").and(page.locator(":enabled")).waitFor({ timeout: 180_000 });
    return page;
}

describeModes(describe, before, after, MODES, (mode, browser) => {
    test("train from 1.10, pause, resume, visit other slides and keep the run", async () => {
        const page = await openTrainingLab(browser(), mode);
        // A bad value gets a message and is not used.
        await page.getByTestId("vae-epochs").fill("0");
        assert.match(await page.getByTestId("vae-epochs-error").innerText(), /entre 1 y 1000/);
        await page.getByTestId("vae-epochs").fill("25");
        await page.getByTestId("vae-start").click();
        const started = Date.now();
        await reaches(page, "vae-progress", "steps", 1, 180_000);
        console.log(`    first step on ${mode.expect} after ${((Date.now() - started) / 1000).toFixed(1)} s`);
        await reaches(page, "vae-progress", "steps", mode.steps, 300_000);
        const first = Number(await attr(page, "vae-progress", "first-loss"));
        const last = Number(await attr(page, "vae-progress", "last-loss"));
        assert.ok(last < first, `the loss should fall: ${first} → ${last}`);
        // plot_reconstructions (10 over 10), generated images, charts.
        await page.locator('[data-testid="vae-reconstructions"] .image-row[data-count="10"]').nth(1).waitFor({ timeout: 180_000 });
        assert.equal(await page.locator('[data-testid="vae-generated"] .image-row[data-count="24"]').count(), 1);
        assert.ok(Number(await page.getByTestId("vae-step-chart").locator("svg").getAttribute("data-points")) >= mode.steps);
        await shot(page, `vae-1-10-${mode.expect}`);

        // Pause: nothing moves; resume: it goes on.
        await page.getByTestId("vae-pause").click();
        await page.locator('[data-testid="vae-phase"][data-phase="paused"][data-busy="false"]').waitFor({ timeout: 60_000 });
        await page.getByTestId("vae-resume").waitFor();
        const paused = Number(await attr(page, "vae-progress", "steps"));
        await page.waitForTimeout(mode.webgpu ? 4000 : 1500);
        assert.equal(Number(await attr(page, "vae-progress", "steps")), paused);
        await page.getByTestId("vae-resume").click();
        await reaches(page, "vae-progress", "steps", paused + 1, 120_000);

        // Other slides read the same run.
        await visit(page, "1-3");
        await page.locator('[data-testid="vae-latent-map"][data-points="1000"]').waitFor({ timeout: 60_000 });
        await visit(page, "1-1");
        await page.getByTestId("vae-twice").click();
        await page.getByTestId("vae-twice-result").waitFor({ timeout: 120_000 });
        assert.notEqual(await page.getByTestId("vae-twice-z1").innerText(), await page.getByTestId("vae-twice-z2").innerText());
        await visit(page, "1-7");
        assert.equal(await page.locator('[data-testid="vae-summary-encoder"] [data-testid="vae-total-params"]').innerText(), "134\u202f870");
        await visit(page, "1-10");
        const back = Number(await attr(page, "vae-progress", "steps"));
        assert.ok(back > paused, "the run kept training while away");
        await page.getByTestId("vae-pause").click();
        await page.locator('[data-testid="vae-phase"][data-phase="paused"]').waitFor({ timeout: 60_000 });
        assert.deepEqual(page.problems, []);
        await page.context().close();
    });

    test("a loss that becomes NaN stops training with an explanation and a reset button", async () => {
        const page = await openTrainingLab(browser(), mode);
        // Learning rate 1 (the largest accepted) blows the weights up within a few steps.
        await page.getByTestId("vae-lr").fill("1");
        await page.getByTestId("vae-start").click();
        const error = page.getByTestId("vae-error");
        await error.waitFor({ timeout: 300_000 });
        assert.match(await error.innerText(), /dejó de ser un número finito/);
        await page.locator('[data-testid="vae-phase"][data-phase="paused"][data-busy="false"]').waitFor({ timeout: 60_000 });
        const stopped = Number(await attr(page, "vae-progress", "steps"));
        await page.waitForTimeout(1500);
        assert.equal(Number(await attr(page, "vae-progress", "steps")), stopped, "nothing trains after the NaN");
        assert.equal(await page.getByTestId("vae-resume").count(), 0, "a diverged run cannot be resumed");
        await shot(page, `vae-nan-${mode.expect}`);
        // A sensible rate and the reset button start a fresh run.
        const lab = page.getByTestId("vae-training-lab");
        if (!(await lab.locator("details.settings").evaluate((d) => d.open))) await lab.locator("details.settings summary").click();
        await page.getByTestId("vae-lr").fill("0.001");
        await page.getByTestId("vae-error-reset").click();
        await reaches(page, "vae-progress", "steps", 2, 300_000);
        assert.equal(await page.getByTestId("vae-error").count(), 0);
        assert.ok(Number.isFinite(Number(await attr(page, "vae-progress", "last-loss"))));
        await page.getByTestId("vae-pause").click();
        assert.deepEqual(page.problems, []);
        await page.context().close();
    });

    test("the latent loss and sampling labs of 1.5 and 1.6", async () => {
        const page = await openPage(browser());
        await page.goto(`${BASE}/seccion/1-5${mode.query}`);
        assert.equal(await settledBackend(page), mode.expect);
        // μ = 1, σ = 2: −½(1 + ln 4 − 4 − 1) = 2 − ln 2 in both forms.
        assert.equal(await page.getByTestId("kl-by-sigma").innerText(), "1.3069");
        assert.equal(await page.getByTestId("kl-by-gamma").innerText(), "1.3069");
        await page.goto(`${BASE}/seccion/1-6`);
        await page.getByTestId("sampling-draw-many").and(page.locator(":enabled")).waitFor({ timeout: 120_000 });
        await page.getByTestId("sampling-draw-many").click();
        await page.locator('[data-testid="sampling-histogram"][data-count="5000"]').waitFor({ timeout: 120_000 });
        // μ = 1, γ = −1: σ = e^(−1/2) ≈ 0.607.
        const stats = await page.getByTestId("sampling-stats").innerText();
        const [mean, sd] = [...stats.matchAll(/media (-?[\d.]+)|estándar (-?[\d.]+)/g)].map((m) => Number(m[1] ?? m[2]));
        assert.ok(Math.abs(mean - 1) < 0.05 && Math.abs(sd - 0.607) < 0.05, stats);
        await shot(page, `vae-1-6-${mode.expect}`);
        assert.deepEqual(page.problems, []);
        await page.context().close();
    });
});
