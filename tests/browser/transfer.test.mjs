// A classroom's first visit (issue "The classroom", part "A classroom's network"): the site's
// server sends the build's precompressed copies, so opening the home page and getting the
// engine ready transfers at most 5 MB before the data set (it was 19.2 MB uncompressed).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { BASE, launch, openPage, settledBackend } from "./harness.mjs";

let browser;
before(async () => {
    browser = await launch({ webgpu: false });
});
after(async () => {
    await browser?.close();
});

test("the first visit transfers at most 5 MB, the engine compressed", async () => {
    const page = await openPage(browser);
    const sizes = [];
    page.context().on("requestfinished", async (request) => {
        const response = await request.response();
        const s = await request.sizes();
        sizes.push({
            url: request.url(),
            bytes: s.responseBodySize + s.responseHeadersSize,
            encoding: response ? await response.headerValue("content-encoding") : null,
        });
    });
    await page.goto(`${BASE}/?backend=cpu`);
    assert.equal(await settledBackend(page), "cpu");
    await page.waitForTimeout(500);
    const engine = sizes.find((s) => s.url.endsWith(".wasm") && s.url.includes("worker"));
    assert.ok(engine, `the engine's download is counted: ${sizes.map((s) => s.url).join(", ")}`);
    assert.equal(engine.encoding, "br", "the engine comes Brotli-compressed");
    const total = sizes.reduce((sum, s) => sum + s.bytes, 0);
    console.log(`first visit: ${(total / 1e6).toFixed(2)} MB in ${sizes.length} responses (engine ${(engine.bytes / 1e6).toFixed(2)} MB)`);
    assert.ok(total <= 5_000_000, `first visit transferred ${total} bytes`);
    assert.deepEqual(page.problems, []);
    await page.context().close();
});
