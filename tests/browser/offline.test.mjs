// Offline: after one visit with the network on, the site works with its server stopped —
// reload, navigate, load the data set from the browser's store and train a few VAE steps. And
// an update: with the server swapped to a build that differs only in its id, the open page
// keeps its own build (page and engine together) until the student accepts the new one.
import { test, describe, before, after } from "node:test";
import assert from "node:assert/strict";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { launch, openPage, reaches, settledBackend, shot } from "./harness.mjs";
import { StaticServer } from "./static-server.mjs";

const DIST = process.env.DIST ?? path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../dist");
const buildOf = (page) => page.locator('meta[name="generativa-build"]').getAttribute("content");
const heading = (page, number) => page.locator(`[data-testid="lesson-heading"][data-number~="${number}"]`);

describe("offline", () => {
    let browser;
    before(async () => {
        browser = await launch({ webgpu: false });
    });
    after(async () => {
        await browser?.close();
    });

    test("one visit, then no server: reload, navigate, load the data, train the VAE", async () => {
        const server = new StaticServer(DIST);
        await server.start();
        const base = server.base;
        const page = await openPage(browser, undefined, { serviceWorkers: "allow", base });
        await page.goto(`${base}/seccion/1-10`);
        await settledBackend(page);
        await page.getByTestId("offline-ready").waitFor({ timeout: 120_000 });
        await page.getByTestId("data-load").click();
        await page.getByTestId("vae-start").and(page.locator(":enabled")).waitFor({ timeout: 180_000 });

        await server.stop();
        await page.reload();
        await heading(page, "1.10").waitFor({ timeout: 30_000 });
        assert.equal(await settledBackend(page), "cpu", "the engine starts from the cache");
        await page.getByTestId("toc").locator('a[href="/seccion/1-1"]').click();
        await heading(page, "1.1").waitFor();
        await page.getByTestId("toc").locator('a[href="/seccion/1-10"]').click();
        await heading(page, "1.10").waitFor();
        // The data set comes back from the browser's store (the server is gone).
        if (await page.getByTestId("data-load").isVisible()) await page.getByTestId("data-load").click();
        await page.getByTestId("vae-start").and(page.locator(":enabled")).waitFor({ timeout: 180_000 });
        await page.getByTestId("vae-start").click();
        await reaches(page, "vae-progress", "steps", 3, 180_000);
        await page.getByTestId("vae-pause").click();
        await shot(page, "sin-red-vae");
        // A request outside the cache would have failed loudly: nothing should have.
        assert.deepEqual(page.problems, []);
        await page.context().close();
    });

    test("a new build waits until the student takes it, then page and engine change together", async () => {
        const copy = mkdtempSync(path.join(tmpdir(), "generativa-build-b-"));
        cpSync(DIST, copy, { recursive: true });
        const server = new StaticServer(DIST);
        await server.start();
        const base = server.base;
        try {
            const page = await openPage(browser, undefined, { serviceWorkers: "allow", base });
            await page.goto(`${base}/seccion/1-1`);
            await settledBackend(page);
            await page.getByTestId("offline-ready").waitFor({ timeout: 120_000 });
            const first = await buildOf(page);
            assert.match(first, /^[0-9a-f]{16}$/);

            // The copy differs only in its build id (page and worker).
            const second = "b".repeat(16);
            for (const name of ["index.html", "sw.js"]) {
                const file = path.join(copy, name);
                writeFileSync(file, readFileSync(file, "utf8").replaceAll(first, second));
            }
            server.root = copy;
            await page.reload();
            await heading(page, "1.1").waitFor();
            assert.equal(await buildOf(page), first, "the open page keeps its build");
            await page.getByTestId("update-ready").waitFor({ timeout: 120_000 });
            await shot(page, "actualizacion-lista");
            await Promise.all([page.waitForEvent("load", { timeout: 60_000 }), page.getByTestId("update-apply").click()]);
            await heading(page, "1.1").waitFor();
            assert.equal(await buildOf(page), second, "after the update, the new build");
            assert.equal(await settledBackend(page), "cpu");
            const served = await page.evaluate(
                () =>
                    new Promise((resolve) => {
                        navigator.serviceWorker.addEventListener("message", (e) => resolve(e.data.build), { once: true });
                        navigator.serviceWorker.controller.postMessage("generativa-build");
                    }),
            );
            assert.equal(served, second, "the worker serving the page is the new build's");
            assert.deepEqual(page.problems, []);
            await page.context().close();
        } finally {
            await server.stop();
            rmSync(copy, { recursive: true, force: true });
        }
    });
});
