// The shared run engine's last parts (issue "One training run for every model"): the shipped
// pre-trained VAE on slides 1.1–1.3 before the student has a run (1.10 still starts from
// scratch), and each run on its faster backend — the toy GAN always on the CPU, the VAE where a
// calibration says (CI has no hardware GPU: `?calibracion=` is the test hook that lets the
// software adapter stand in for one, with the outcome fixed or really measured).
import { test, describe, before, after } from "node:test";
import assert from "node:assert/strict";
import { BASE, bothBrowsers, dataOf, openPage, reaches, settledBackend, shot, visit } from "./harness.mjs";

/** Clicks «Cargar Fashion-MNIST» and waits for what the slide shows once the data is in. */
async function loadData(page, then) {
    await page.getByTestId("data-load").click();
    await then.waitFor({ timeout: 300_000 });
}

describe("run engine", () => {
    const browsers = bothBrowsers(before, after);

    test("1.1–1.3 show the shipped pre-trained VAE until the student trains their own", async () => {
        const page = await openPage(browsers.cpu);
        await page.goto(`${BASE}/seccion/1-1?backend=cpu`);
        await settledBackend(page);
        const note = page.getByTestId("vae-pretrained");
        await loadData(page, note);
        assert.match(await note.innerText(), /Modelo preentrenado: 25 épocas/);
        await page.getByTestId("vae-twice").click();
        await page.getByTestId("vae-twice-result").waitFor({ timeout: 60_000 });
        await visit(page, "1-3");
        await page.locator('[data-testid="vae-latent-map"][data-points="1000"]').waitFor({ timeout: 60_000 });
        await page.getByTestId("vae-pretrained").waitFor();
        await shot(page, "pretrained-1-3");
        // 1.10 trains from scratch: no progress of the shipped run, a start button.
        await visit(page, "1-10");
        await page.getByTestId("vae-start").waitFor();
        assert.equal(await page.getByTestId("vae-progress").count(), 0);
        assert.equal(await dataOf(page, "vae-phase", "phase"), "idle");
        await page.getByTestId("vae-start").click();
        await reaches(page, "vae-progress", "steps", 1, 120_000);
        assert.equal(await dataOf(page, "vae-progress", "epochs-done"), "0");
        await page.getByTestId("vae-pause").click();
        await visit(page, "1-1");
        await page.getByTestId("vae-twice-lab").waitFor();
        assert.equal(await page.getByTestId("vae-pretrained").count(), 0, "the student's own run now");
        assert.deepEqual(page.problems, []);
        await page.context().close();
    });

    test("tiny models train on the CPU, the VAE where the calibration says (fixed outcome)", async () => {
        const page = await openPage(browsers.gpu);
        await page.goto(`${BASE}/seccion/1-28?backend=auto&calibracion=webgpu`);
        assert.equal(await settledBackend(page), "webgpu", "the hook lets the software adapter stand in");
        const toy = page.getByTestId("toy-runs-on");
        await toy.waitFor({ timeout: 120_000 });
        assert.equal(await toy.getAttribute("data-backend"), "cpu");
        assert.equal(await toy.getAttribute("data-reason"), "tiny");
        await visit(page, "1-10");
        await loadData(page, page.getByTestId("vae-start").and(page.locator(":enabled")));
        await page.getByTestId("vae-start").click();
        const vae = page.getByTestId("vae-runs-on");
        await vae.waitFor({ timeout: 120_000 });
        assert.equal(await vae.getAttribute("data-backend"), "webgpu");
        assert.equal(await vae.getAttribute("data-reason"), "hook");
        await reaches(page, "vae-progress", "steps", 1, 300_000);
        await page.getByTestId("vae-pause").click();
        const runs = await dataOf(page, "backend-badge", "runs");
        assert.match(runs, /toy-gan:cpu/);
        assert.match(runs, /vae:webgpu/);
        await shot(page, "run-backends-hook");
        assert.deepEqual(page.problems, []);
        await page.context().close();
    });

    test("the calibration times both backends and picks the faster (SwiftShader: the CPU)", async () => {
        const page = await openPage(browsers.gpu);
        await page.goto(`${BASE}/seccion/1-10?backend=auto&calibracion=medir`);
        await settledBackend(page);
        await loadData(page, page.getByTestId("vae-start").and(page.locator(":enabled")));
        await page.getByTestId("vae-start").click();
        const vae = page.getByTestId("vae-runs-on");
        await vae.waitFor({ timeout: 300_000 });
        assert.equal(await vae.getAttribute("data-reason"), "measured");
        assert.equal(await vae.getAttribute("data-backend"), "cpu");
        assert.match(await vae.innerText(), /ms por paso en CPU, [\d.]+ ms en WebGPU/);
        await reaches(page, "vae-progress", "steps", 1, 120_000);
        await page.getByTestId("vae-pause").click();
        await page.goto(`${BASE}/diagnostico?calibracion=medir`);
        await page.getByTestId("lesson-heading").waitFor();
        assert.deepEqual(page.problems, []);
        await page.context().close();
    });
});
