// Sharing and exporting: a lab's settings live in the address (opening it restores them, a bad
// value gets the form's own message and the default stays), the copy-link button gives that
// address; every chart downloads as SVG and PNG and every image grid as a PNG of 28 × 28
// pixels per image times the stated scale, named after slide, model and epoch.
import { test, describe, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { BASE, launch, openPage, settledBackend, shot } from "./harness.mjs";

/** Width and height of a PNG file (its IHDR chunk). */
function pngSize(path) {
    const bytes = readFileSync(path);
    assert.equal(bytes.toString("latin1", 1, 4), "PNG");
    return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

async function download(page, testid) {
    const [file] = await Promise.all([page.waitForEvent("download"), page.getByTestId(testid).click()]);
    return { name: file.suggestedFilename(), path: await file.path() };
}

describe("share and export", () => {
    let browser;
    before(async () => {
        browser = await launch({ webgpu: false });
    });
    after(async () => {
        await browser?.close();
    });

    test("a shared link restores a lab; a bad value in it gets the form's message", async () => {
        const page = await openPage(browser);
        await page.goto(`${BASE}/seccion/1-10?epochs=5&lr=0.002&seed=3&optimizer=adam&loss=bce`);
        await page.getByTestId("vae-epochs").waitFor();
        assert.equal(await page.getByTestId("vae-epochs").inputValue(), "5");
        assert.equal(await page.getByTestId("vae-lr").inputValue(), "0.002");
        assert.equal(await page.getByTestId("vae-seed").inputValue(), "3");
        assert.equal(await page.getByTestId("vae-optimizer").inputValue(), "adam");
        assert.equal(await page.getByTestId("vae-reconstruction").inputValue(), "bce");
        // A change goes into the address; the copy button hands that address out.
        await page.getByTestId("vae-epochs").fill("7");
        await page.waitForURL(/epochs=7/);
        await page.getByTestId("vae-share").click();
        await page.waitForFunction(() => /epochs=7/.test(document.querySelector('[data-testid="vae-share-note"]')?.textContent ?? ""));
        assert.match(await page.getByTestId("vae-share-note").innerText(), /seed=3/);

        // The same message as typing it, and the default stays for the run.
        await page.goto(`${BASE}/seccion/1-10?epochs=0&lr=abc`);
        await page.getByTestId("vae-epochs-error").waitFor();
        assert.match(await page.getByTestId("vae-epochs-error").innerText(), /escribe un número entero entre 1 y 1000; se conserva el valor anterior/);
        assert.match(await page.getByTestId("vae-lr-error").innerText(), /escribe un número entre 0\.000001 y 1/);
        await page.getByTestId("vae-epochs").fill("25");
        await page.getByTestId("vae-lr").fill("0.001");
        assert.equal(await page.getByTestId("vae-epochs-error").count(), 0);

        // Other labs read their own settings.
        await page.goto(`${BASE}/seccion/1-24?lr=0.05&seed=9&rounds=300&o=1`);
        await page.getByTestId("toy-lr").waitFor({ state: "attached" });
        assert.equal(await page.getByTestId("toy-lr").inputValue(), "0.05");
        assert.equal(await page.getByTestId("toy-seed").inputValue(), "9");
        assert.equal(await page.getByTestId("toy-target").inputValue(), "300");
        assert.equal(await page.getByTestId("toy-with-o").isChecked(), true);
        await page.goto(`${BASE}/seccion/1-33?epochs=3&lr_g=0.0005&optimizer=nadam`);
        await page.getByTestId("gan-epochs").waitFor();
        assert.equal(await page.getByTestId("gan-epochs").inputValue(), "3");
        assert.equal(await page.getByTestId("gan-lr-g").inputValue(), "0.0005");
        assert.equal(await page.getByTestId("gan-optimizer").inputValue(), "nadam");
        // The DCGAN's guideline switches: 1/0 in the address; anything else is named and ignored.
        await page.goto(`${BASE}/seccion/1-34?g_bn=0&dropout=0&d_bn=1&g_relu=maybe`);
        const lab = page.getByTestId("dcgan-lab");
        await lab.getByTestId("dcgan-g-bn").waitFor({ state: "attached" });
        assert.equal(await lab.getByTestId("dcgan-g-bn").isChecked(), false);
        assert.equal(await lab.getByTestId("dcgan-dropout").isChecked(), false);
        assert.equal(await lab.getByTestId("dcgan-d-bn").isChecked(), true);
        assert.equal(await lab.getByTestId("dcgan-g-relu").isChecked(), true);
        assert.match(await lab.getByTestId("dcgan-g-relu-error").innerText(), /g_relu=maybe: en la dirección no es 1 \(sí\) ni 0 \(no\)/);
        assert.equal(await lab.getByTestId("dcgan-switches-state").textContent().then((t) => t.includes("Géron")), false);
        await lab.getByTestId("dcgan-g-transposed").uncheck();
        await page.waitForURL(/g_transposed=0/);
        await lab.getByTestId("dcgan-geron").click();
        await page.waitForFunction(() => !/g_bn|g_transposed|dropout/.test(location.search));
        assert.equal(await lab.getByTestId("dcgan-g-bn").isChecked(), true);
        assert.deepEqual(page.problems, []);
        await page.context().close();
    });

    test("a chart as SVG and PNG, an image grid as PNG: names and sizes", async () => {
        const page = await openPage(browser);
        await page.goto(`${BASE}/seccion/1-5`);
        await page.getByTestId("kl-chart").waitFor();
        const svg = await download(page, "kl-chart-svg");
        assert.equal(svg.name, "generativa_1-5_kl-chart.svg");
        const text = readFileSync(svg.path, "utf8");
        assert.match(text, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
        assert.match(text, /<polyline/);
        const png = await download(page, "kl-chart-png");
        assert.equal(png.name, "generativa_1-5_kl-chart.png");
        const [w, h] = pngSize(png.path);
        assert.equal(w, 1280, "the chart at twice its 640-unit width");
        assert.ok(h >= 480, `height ${h}`);

        // The shipped VAE's new images on 1.3 (25 epochs), once the data set is loaded.
        await page.goto(`${BASE}/seccion/1-3`);
        await settledBackend(page);
        await page.getByTestId("data-load").click();
        const row = page.locator('[data-testid="vae-samples"] .image-row').first();
        await row.waitFor({ timeout: 180_000 });
        const count = Number(await row.getAttribute("data-count"));
        const grid = await download(page, "vae-samples-png");
        assert.equal(grid.name, "generativa_1-3_vae-samples_epoca-25_x4.png");
        const cols = Math.min(count, 12);
        const lines = Math.ceil(count / 12);
        assert.deepEqual(pngSize(grid.path), [cols * 28 * 4 + (cols - 1) * 4, lines * 28 * 4 + (lines - 1) * 4]);
        assert.match(await page.getByTestId("vae-samples-png").getAttribute("title"), /28 × 28 píxeles por imagen, ampliados ×4/);
        await shot(page, "descargas-1-3");
        assert.deepEqual(page.problems, []);
        await page.context().close();
    });
});
