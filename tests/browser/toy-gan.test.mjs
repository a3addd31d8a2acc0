// Browser tests of the toy GAN labs (slides 1.14–1.28), run on the CPU fallback and on WebGPU
// over SwiftShader: the calculators reproduce the slides' numbers and react to edits by the
// right amount, the step buttons train only their own network, and a full run ends with X's.
import { test, describe, before, after } from "node:test";
import assert from "node:assert/strict";
import { BASE, dataOf, describeModes, openPage, settledBackend, shot, slide, visit } from "./harness.mjs";

const text = (page, id) => page.getByTestId(id).innerText();
const attr = dataOf;

/** Waits until `id`'s attribute `data-<name>` equals `value`. */
async function attrIs(page, id, name, value, timeout = 60_000) {
    await page.locator(`[data-testid="${id}"][data-${name}="${value}"]`).waitFor({ timeout });
}

const MODES = [
    // On SwiftShader a round costs ~1 s (about a hundred tiny kernel dispatches), so the forced
    // WebGPU run stops at 200 rounds: the seeded run draws X's from round 150 on.
    { name: "GAN de juguete · CPU", webgpu: false, query: "?backend=cpu", expect: "cpu", rounds: 600 },
    { name: "GAN de juguete · WebGPU (SwiftShader, forzado)", webgpu: true, query: "?backend=webgpu", expect: "webgpu", rounds: 200 },
];

describeModes(describe, before, after, MODES, (mode, browser) => {
    test("the discriminator lab reproduces 1.14 and 1.17 and follows edits", async () => {
        const page = await openPage(browser());
        await page.goto(`${BASE}/seccion/1-14${mode.query}`);
        assert.equal(await settledBackend(page), mode.expect);
        assert.equal(await text(page, "disc-positive"), "4.80");
        assert.equal(await text(page, "disc-negative"), "0.40");
        assert.equal(await text(page, "disc-score"), "4.40");
        assert.equal(await attr(page, "disc-verdict", "x"), "true");
        // Paint the top edge (weight −1, value 0.10) full: the score drops by 0.90.
        await slide(page.getByTestId("brush"), 1);
        await page.getByTestId("pixel-1").click();
        assert.equal(await attr(page, "pixel-1", "value"), "1.00");
        assert.equal(await text(page, "disc-negative"), "1.30");
        assert.equal(await text(page, "disc-score"), "3.50");
        assert.equal(await attr(page, "disc-verdict", "x"), "false");
        assert.equal(await text(page, "disc-probability"), "0.971");
        // Emptying a corner (weight +1, value 1.00) takes 1.00 off the positive part.
        await slide(page.getByTestId("brush"), 0);
        await page.getByTestId("pixel-0").click();
        assert.equal(await text(page, "disc-score"), "2.50");
        await shot(page, `toy-1-14-${mode.expect}`);

        await page.goto(`${BASE}/seccion/1-17`);
        assert.equal(await text(page, "disc-positive"), "2.40");
        assert.equal(await text(page, "disc-negative"), "3.80");
        assert.equal(await text(page, "disc-score"), "-1.40");
        assert.equal(await text(page, "disc-probability"), "0.198");
        // Edges: thick solid for +1, thin dashed for −1.
        const edge = (i) => page.getByTestId(`disc-diagram-edge-${i}`);
        assert.ok(Number(await edge(0).getAttribute("stroke-width")) > Number(await edge(1).getAttribute("stroke-width")));
        assert.equal(await edge(1).getAttribute("stroke-dasharray"), "5 4");
        // A weight of 2 on the first corner (value 0.8) adds 0.8; a word is refused with a message.
        await page.getByTestId("disc-weight-0").fill("2");
        assert.equal(await text(page, "disc-score"), "-0.60");
        assert.equal(await edge(0).getAttribute("data-weight"), "2.000");
        await page.getByTestId("disc-weight-0").fill("dos");
        assert.match(await text(page, "disc-weight-0-error"), /escribe un número/);
        assert.equal(await text(page, "disc-score"), "-0.60");
        await shot(page, `toy-1-17-${mode.expect}`);
        assert.deepEqual(page.problems, []);
        await page.context().close();
    });

    test("the generator and loss labs reproduce 1.21 and 1.26–1.27", async () => {
        const page = await openPage(browser());
        await page.goto(`${BASE}/seccion/1-21${mode.query}`);
        assert.equal(await text(page, "gen-z-value"), "0.80");
        assert.equal(await text(page, "gen-score-0"), "1.80");
        assert.equal(await text(page, "gen-score-1"), "-0.20");
        assert.equal(await text(page, "gen-pixel-0"), "0.858");
        assert.equal(await text(page, "gen-pixel-1"), "0.450");
        assert.equal(await attr(page, "gen-always-x", "x"), "true");
        await slide(page.getByTestId("gen-z"), 0);
        assert.equal(await text(page, "gen-score-0"), "1.00");
        assert.equal(await text(page, "gen-pixel-0"), "0.731");
        await shot(page, `toy-1-21-${mode.expect}`);

        await page.goto(`${BASE}/seccion/1-26`);
        assert.equal(await text(page, "loss-p-value"), "0.870");
        assert.equal(await text(page, "loss-d"), "2.040");
        assert.equal(await text(page, "loss-g"), "0.139");
        await slide(page.getByTestId("loss-p"), 0.5);
        assert.equal(await text(page, "loss-d"), "0.693");
        assert.equal(await text(page, "loss-g"), "0.693");
        assert.deepEqual(page.problems, []);
        await page.context().close();
    });

    test("step buttons train only their own network and a full run ends with X's", async () => {
        const page = await openPage(browser());
        await page.goto(`${BASE}/seccion/1-28${mode.query}`);
        assert.equal(await settledBackend(page), mode.expect);
        const counters = "toy-counters";
        await attrIs(page, counters, "rounds", "0", 180_000);
        await page.getByTestId("toy-d-step").and(page.locator(":enabled")).waitFor();
        assert.equal(await text(page, "toy-d-loss"), "—");
        const genEdge = () => page.getByTestId("toy-gen-diagram-edge-0").getAttribute("data-weight");
        const discEdge = () => page.getByTestId("toy-disc-diagram-edge-0").getAttribute("data-weight");
        const [g0, d0] = [await genEdge(), await discEdge()];

        await page.getByTestId("toy-d-step").click();
        await attrIs(page, counters, "d-steps", "1", 120_000);
        assert.equal(await attr(page, counters, "g-steps"), "0");
        const dLoss1 = await text(page, "toy-d-loss");
        assert.match(dLoss1, /^\d+\.\d{3}$/);
        assert.equal(await genEdge(), g0, "a D step must not move the generator");
        assert.notEqual(await discEdge(), d0, "a D step moves the discriminator");

        const d1 = await discEdge();
        await page.getByTestId("toy-g-step").click();
        await attrIs(page, counters, "g-steps", "1", 120_000);
        assert.match(await text(page, "toy-g-loss"), /^\d+\.\d{3}$/);
        assert.equal(await discEdge(), d1, "a G step must not move the discriminator");
        assert.notEqual(await genEdge(), g0, "a G step moves the generator");

        await page.getByTestId("toy-round").click();
        await attrIs(page, counters, "rounds", "1", 120_000);
        assert.equal(await attr(page, counters, "d-steps"), "2");
        assert.equal(await attr(page, counters, "g-steps"), "2");
        assert.notEqual(await text(page, "toy-d-loss"), dLoss1);
        assert.equal(await attr(page, "toy-verdict", "x"), "false");
        await shot(page, `toy-1-28-start-${mode.expect}`);

        // A full run (600 rounds by default) ends with X's for the five fixed z values.
        if (mode.rounds !== 600) {
            await page.locator("details.settings summary").click();
            await page.getByTestId("toy-target").fill(String(mode.rounds));
        }
        const started = Date.now();
        // From the keyboard: the focus follows the controls (train → pause → train again),
        // never falling back to the page.
        await page.getByTestId("toy-train").focus();
        await page.keyboard.press("Enter");
        await page.getByTestId("toy-pause").waitFor();
        await attrIs(page, counters, "rounds", String(mode.rounds), 600_000);
        await page.getByTestId("toy-train").waitFor();
        await page.waitForFunction(() => document.activeElement?.closest('[data-testid="toy-phase"]') !== null, null, { timeout: 5_000 });
        console.log(`    ${mode.rounds} rounds on ${mode.expect}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
        assert.equal(await attr(page, "toy-verdict", "x"), "true");
        for (let k = 0; k < 5; k++) assert.equal(await attr(page, `toy-picture-${k}`, "shape"), "X");
        assert.ok(Number(await page.getByTestId("toy-loss-chart").locator("svg").getAttribute("data-points")) >= mode.rounds);
        await shot(page, `toy-1-28-trained-${mode.expect}`);

        // The run survives leaving the page; 1.24 shows the same run.
        await page.getByTestId("pager-prev").click();
        await page.getByTestId("lesson-heading").and(page.locator("[data-number='1.27']")).waitFor();
        await visit(page, "1-24");
        await attrIs(page, counters, "rounds", String(mode.rounds), 180_000);
        // Reset starts again from random weights (same seed, same start).
        await page.getByTestId("toy-reset").click();
        await attrIs(page, counters, "rounds", "0");
        assert.equal(await genEdge(), g0);
        assert.equal(await text(page, "toy-d-loss"), "—");
        assert.deepEqual(page.problems, []);
        await page.context().close();
    });
});
