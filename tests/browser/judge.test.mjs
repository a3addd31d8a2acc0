// The judge that scores every generator (issue "Dense GAN lessons 1.29–1.33"): the dense GAN
// scored at the end of an epoch on 1.33 (CPU); the "jump ahead" loading the shipped 50-epoch
// run with its images and one score per epoch (both backends); the VAE's samples scored on 1.3
// on the same scale.
import { test, describe, before, after } from "node:test";
import assert from "node:assert/strict";
import { BASE, dataOf, describeModes, openPage, settledBackend, shot, visit } from "./harness.mjs";

const MODES = [
    { name: "juez · CPU", webgpu: false, query: "?backend=cpu", expect: "cpu" },
    { name: "juez · WebGPU (SwiftShader, forzado)", webgpu: true, query: "?backend=webgpu", expect: "webgpu" },
];

async function loadData(page) {
    await page.getByTestId("data-load").click();
    await page.getByTestId("gan-jump").and(page.locator(":enabled")).waitFor({ timeout: 300_000 });
}

describeModes(describe, before, after, MODES, (mode, browser) => {
    test("the jump ahead loads the shipped 50-epoch GAN: its images and the judge's score of each epoch", async () => {
        const page = await openPage(browser());
        await page.goto(`${BASE}/seccion/1-33${mode.query}`);
        assert.equal(await settledBackend(page), mode.expect);
        await loadData(page);
        await page.getByTestId("gan-jump").click();
        const note = page.getByTestId("gan-shipped");
        await note.waitFor({ timeout: 180_000 });
        assert.match(await note.innerText(), /50 épocas/);
        assert.match(await note.innerText(), /SHA-256 [0-9a-f]{16}/);
        await page.locator('[data-testid="gan-phase"][data-phase="finished"]').waitFor({ timeout: 60_000 });
        assert.equal(await dataOf(page, "gan-progress", "epochs-done"), "50");
        await page.locator('[data-testid="gan-fakes"] .image-row[data-count="8"]').nth(3).waitFor({ timeout: 120_000 });
        await page.locator('[data-testid="gan-film"] .image-row[data-count="8"]').first().waitFor();
        await page.locator('[data-testid="gan-judge-history"][data-count="50"]').waitFor();
        const value = page.getByTestId("gan-judge-value");
        assert.equal(await value.getAttribute("data-epoch"), "50");
        const frechet = Number(await value.getAttribute("data-frechet"));
        assert.ok(frechet > 0 && frechet < 200, `Fréchet ${frechet}`);
        assert.equal(await page.locator('[data-testid="judge-classes"] tr').count(), 10);
        // Once the student has a run of their own, the jump asks first.
        await page.locator('[data-testid="gan-training-lab"] details.settings summary').click();
        await page.getByTestId("gan-epochs").fill("1");
        await page.getByTestId("gan-reset").click();
        await page.locator('[data-testid="gan-phase"][data-phase="running"]').waitFor({ timeout: 120_000 });
        assert.equal(await page.getByTestId("gan-shipped").count(), 0, "a new run is the student's");
        await page.getByTestId("gan-pause").click();
        await page.getByTestId("gan-jump").click();
        await page.getByTestId("gan-jump-confirm").waitFor();
        await shot(page, `judge-jump-${mode.expect}`);
        assert.deepEqual(page.problems, []);
        await page.context().close();
    });

    if (mode.expect === "cpu") {
        test("without its weights file the judge says why, and the run is untouched", async () => {
            const page = await openPage(browser());
            await page.route("**/pretrained/juez-fashion.bin", (route) => route.fulfill({ status: 404, body: "" }));
            await page.goto(`${BASE}/seccion/1-3${mode.query}`);
            await settledBackend(page);
            await page.getByTestId("data-load").click();
            await page.getByTestId("vae-pretrained").waitFor({ timeout: 300_000 });
            await page.getByTestId("vae-score").and(page.locator(":enabled")).click();
            const problem = page.getByTestId("vae-judge-problem");
            await problem.waitFor({ timeout: 60_000 });
            assert.match(await problem.innerText(), /no se pudo descargar su archivo de pesos .*404.*El entrenamiento sigue igual/);
            assert.equal(await page.getByTestId("vae-pretrained").count(), 1, "the shipped VAE is still shown");
            await page.context().close();
        });

        test("an epoch's end on 1.33 brings the judge's score; 1.3 scores the VAE on the same scale", async () => {
            const page = await openPage(browser());
            await page.goto(`${BASE}/seccion/1-33${mode.query}`);
            await settledBackend(page);
            await loadData(page);
            await page.getByTestId("gan-epochs").fill("1");
            await page.getByTestId("gan-start").click();
            const value = page.getByTestId("gan-judge-value");
            await value.waitFor({ timeout: 300_000 });
            assert.equal(await value.getAttribute("data-epoch"), "1");
            const frechet = Number(await value.getAttribute("data-frechet"));
            assert.ok(frechet > 1 && frechet < 1000, `Fréchet ${frechet}`);
            await shot(page, "judge-gan-epoch-1");
            await visit(page, "1-3");
            await page.getByTestId("vae-pretrained").waitFor({ timeout: 120_000 });
            await page.getByTestId("vae-score").and(page.locator(":enabled")).click();
            const vae = page.getByTestId("vae-judge-value");
            await vae.waitFor({ timeout: 120_000 });
            assert.equal(await vae.getAttribute("data-epoch"), "25");
            assert.ok(Number(await vae.getAttribute("data-covered")) >= 8);
            await shot(page, "judge-vae-1-3");
            assert.deepEqual(page.problems, []);
            await page.context().close();
        });
    }
});
