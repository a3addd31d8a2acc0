// Slides 1.29–1.32 of the dense GAN (issue "Dense GAN lessons 1.29–1.33"): the step mode of
// 1.32 (phase 1 then phase 2: the batch, its targets, D's outputs, both losses, the loop line
// highlighted) with 1.31's fingerprints showing D frozen in phase 2, on both backends; and on
// the CPU the generator of 1.29 (a coding, a walk), D's verdicts of 1.30, RMSprop on one weight
// and the buffer shuffle of 1.31.
import { test, describe, before, after } from "node:test";
import assert from "node:assert/strict";
import { BASE, dataOf, describeModes, openPage, settledBackend, shot, visit } from "./harness.mjs";

const MODES = [
    { name: "lecciones GAN · CPU", webgpu: false, query: "?backend=cpu", expect: "cpu" },
    { name: "lecciones GAN · WebGPU (SwiftShader, forzado)", webgpu: true, query: "?backend=webgpu", expect: "webgpu" },
];

const changed = (page, network) => dataOf(page, `gan-fingerprint-${network}`, "changed");

describeModes(describe, before, after, MODES, (mode, browser) => {
    test("step mode on 1.32: phase 1, then phase 2, each shown and each moving only its network", async () => {
        const page = await openPage(browser());
        await page.goto(`${BASE}/seccion/1-32${mode.query}`);
        assert.equal(await settledBackend(page), mode.expect);
        await page.getByTestId("data-load").click();
        const one = page.getByTestId("gan-phase-1").and(page.locator(":enabled"));
        await one.waitFor({ timeout: 300_000 });
        assert.match(await page.getByTestId("gan-step-session").innerText(), /GAN nuevo/);
        assert.ok(await page.getByTestId("gan-phase-2").isDisabled(), "phase 2 waits for phase 1");
        await one.click();
        await page.locator('[data-testid="gan-phase-1-batch"][data-count="64"]').waitFor({ timeout: 120_000 });
        assert.equal(await dataOf(page, "gan-step-code", "highlight"), "1");
        const batch = await page.getByTestId("gan-phase-1-batch").innerText();
        assert.equal((batch.match(/y = 0/g) ?? []).length, 32);
        assert.equal((batch.match(/y = 1/g) ?? []).length, 32);
        const dLoss = Number(await dataOf(page, "gan-phase-1-loss", "loss"));
        assert.ok(Math.abs(dLoss - Math.LN2) < 0.3, `first D loss ${dLoss} near ln 2`);
        assert.equal(await changed(page, "generator"), "false", "phase 1 leaves G");
        assert.equal(await changed(page, "discriminator"), "true");
        await page.getByTestId("gan-phase-2").and(page.locator(":enabled")).click();
        await page.locator('[data-testid="gan-phase-2-batch"][data-count="32"]').waitFor({ timeout: 120_000 });
        assert.equal(await dataOf(page, "gan-step-code", "highlight"), "2");
        assert.equal(((await page.getByTestId("gan-phase-2-batch").innerText()).match(/y = 1/g) ?? []).length, 32);
        assert.ok(Number.isFinite(Number(await dataOf(page, "gan-phase-2-loss", "loss"))));
        assert.equal(Number(await dataOf(page, "gan-phase-2-loss", "d-loss")), dLoss, "the step keeps phase 1's loss");
        assert.equal(await changed(page, "discriminator"), "false", "phase 2 leaves D: trainable = False");
        assert.equal(await changed(page, "generator"), "true");
        assert.equal(await dataOf(page, "gan-step-session", "step"), "2");
        await shot(page, `gan-1-32-steps-${mode.expect}`);
        // 1.31 shows the same copy's fingerprints.
        await visit(page, "1-31");
        await page.getByTestId("gan-frozen-1").and(page.locator(":enabled")).click();
        await page.locator('[data-testid="gan-fingerprint-generator"][data-changed="false"]').waitFor({ timeout: 120_000 });
        assert.deepEqual(page.problems, []);
        await page.context().close();
    });

    if (mode.expect === "cpu") {
        test("1.29's generator, 1.30's verdicts and 1.31's RMSprop and buffer", async () => {
            const page = await openPage(browser());
            await page.goto(`${BASE}/seccion/1-29${mode.query}`);
            await settledBackend(page);
            await page.getByTestId("gan-needs-run").waitFor();
            assert.equal(await dataOf(page, "gan-generator-summary", "total"), "136634");
            assert.equal(await dataOf(page, "gan-discriminator-summary", "total"), "132951");
            await page.getByTestId("data-load").click();
            await page.getByTestId("gan-jump").and(page.locator(":enabled")).click({ timeout: 300_000 });
            await page.locator('[data-testid="gan-generated"][data-epochs="50"]').waitFor({ timeout: 120_000 });
            await page.locator('[data-testid="gan-walk"] .image-row[data-count="8"]').waitFor();
            await page.getByTestId("gan-new-coding").click();
            await shot(page, "gan-1-29");
            await visit(page, "1-30");
            await page.locator('[data-testid="gan-verdicts-reals"][data-count="8"]').waitFor({ timeout: 60_000 });
            await page.locator('[data-testid="gan-verdicts-fakes"][data-count="8"]').waitFor();
            const real = Number(await dataOf(page, "gan-verdicts", "mean-real"));
            const fake = Number(await dataOf(page, "gan-verdicts", "mean-fake"));
            assert.ok(real >= 0 && real <= 1 && fake >= 0 && fake <= 1, `${real} ${fake}`);
            await shot(page, "gan-1-30");
            await visit(page, "1-31");
            await page.getByTestId("gan-rmsprop-five").click();
            const w5 = Number(await page.getByTestId("gan-rmsprop-w-5").innerText());
            assert.ok(Math.abs(w5 - 0.989392638) < 1e-6, `w after 5 steps ${w5}`);
            const order = (await dataOf(page, "gan-buffer-order", "order")).split(",").map(Number);
            assert.deepEqual([...order].sort((a, b) => a - b), [...Array(20).keys()], "each image once");
            await page.getByTestId("gan-buffer-size").selectOption("1");
            assert.equal(await dataOf(page, "gan-buffer-order", "order"), [...Array(20).keys()].join(","));
            await shot(page, "gan-1-31");
            assert.deepEqual(page.problems, []);
            await page.context().close();
        });
    }
});
