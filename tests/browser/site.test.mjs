// Browser tests of the site shell, run twice: on the CPU fallback (no WebGPU flag) and on
// WebGPU over SwiftShader (--enable-unsafe-webgpu, ?backend=webgpu). They check every lesson
// route, the backend badge and its reason, the start-up computation's values, the data
// loader (60,000 + 10,000 verified images, then from storage, then broken files), and the
// keyboard navigation.
import { test, describe, before, after } from "node:test";
import assert from "node:assert/strict";
import { BASE, SECTIONS, launch, openPage, settledBackend, shot } from "./harness.mjs";

const MODES = [
    { name: "CPU (sin WebGPU)", webgpu: false, query: "", expect: "cpu" },
    { name: "WebGPU (SwiftShader, forzado)", webgpu: true, query: "?backend=webgpu", expect: "webgpu" },
];

for (const mode of MODES) {
    describe(mode.name, () => {
        let browser;
        before(async () => {
            browser = await launch({ webgpu: mode.webgpu });
        });
        after(async () => {
            await browser?.close();
        });

        test("the badge names the backend and the start-up computation is right", async () => {
            const page = await openPage(browser);
            await page.goto(`${BASE}/diagnostico${mode.query}`);
            assert.equal(await settledBackend(page), mode.expect);
            const badge = await page.getByTestId("backend-badge").innerText();
            if (mode.expect === "webgpu") {
                assert.match(badge, /WebGPU \(forzado\)/);
                assert.equal(await page.getByTestId("diag-backend").innerText(), "WebGPU");
            } else {
                assert.match(badge, /^CPU/);
                // No flag: either no navigator.gpu or no adapter; the badge says which.
                assert.match(await page.getByTestId("backend-reason").innerText(), /navigator\.gpu|ningún adaptador/);
            }
            const status = page.getByTestId("diag-status");
            await status.waitFor({ timeout: 180_000 });
            assert.equal(await status.getAttribute("data-correct"), "true");
            assert.equal(await page.getByTestId("diag-product").innerText(), "[-0.25, 3] [0.5, 9]");
            assert.equal(await page.getByTestId("diag-gradient").innerText(), "[5, 5] [7, 7] [9, 9]");
            assert.equal(await page.getByTestId("diag-input-gradient").innerText(), "[1.5, 1, -0.25] [1.5, 1, -0.25]");
            await shot(page, `diagnostico-${mode.expect}`);
            assert.deepEqual(page.problems, []);
            await page.context().close();
        });

        test("every lesson route renders its heading with no console error", async () => {
            const page = await openPage(browser);
            // The forced backend persists for the browser session: set it once.
            await page.goto(`${BASE}/${mode.query}`);
            assert.equal(await settledBackend(page), mode.expect);
            for (const slug of SECTIONS) {
                await page.goto(`${BASE}/seccion/${slug}`);
                const heading = page.getByTestId("lesson-heading");
                await heading.waitFor({ timeout: 20_000 });
                const numbers = (await heading.getAttribute("data-number")).split(" ");
                assert.ok(numbers.includes(slug.replace("-", ".")), `${slug}: heading is for ${numbers}`);
                assert.ok((await heading.innerText()).length > 3, `${slug}: empty heading`);
                if (["1-5", "1-7", "1-17", "agenda"].includes(slug)) await shot(page, `seccion-${slug}-${mode.expect}`);
            }
            // Still the same backend after 41 reloads.
            assert.equal(await settledBackend(page), mode.expect);
            // Math is MathML, code is highlighted.
            await page.goto(`${BASE}/seccion/1-5`);
            await page.getByTestId("lesson-heading").waitFor();
            assert.ok((await page.locator("math").count()) >= 3, "1.5 shows its equations as MathML");
            await page.goto(`${BASE}/seccion/1-6`);
            await page.getByTestId("lesson-heading").waitFor();
            assert.ok((await page.locator(".code .tok-kw").count()) >= 2, "1.6 shows highlighted code");
            assert.deepEqual(page.problems, []);
            await page.context().close();
        });

        test("the table of contents lists every page and an unknown section says so", async () => {
            const page = await openPage(browser);
            await page.goto(`${BASE}/seccion/1-1${mode.query}`);
            await page.getByTestId("lesson-heading").waitFor();
            const links = page.getByTestId("toc").locator("a");
            assert.equal(await links.count(), 38);
            await page.goto(`${BASE}/seccion/1-99`);
            await page.getByTestId("not-found").waitFor();
            assert.deepEqual(page.problems, []);
            await page.context().close();
        });

        test("← and → move between sections; repeated slides are one page", async () => {
            const page = await openPage(browser);
            await page.goto(`${BASE}/seccion/1-5${mode.query}`);
            await page.getByTestId("lesson-heading").waitFor();
            await page.keyboard.press("ArrowRight");
            await page.waitForURL(`${BASE}/seccion/1-6`);
            await page.locator('[data-testid="lesson-heading"][data-number="1.6"]').waitFor();
            await page.keyboard.press("ArrowLeft");
            await page.waitForURL(`${BASE}/seccion/1-5`);
            await page.goto(`${BASE}/seccion/1-16`);
            await page.getByTestId("lesson-heading").waitFor();
            await page.keyboard.press("ArrowRight");
            await page.waitForURL(`${BASE}/seccion/1-17`);
            const shared = page.locator('[data-testid="lesson-heading"][data-number="1.17 1.18"]');
            await shared.waitFor();
            assert.match(await shared.innerText(), /1\.17 – 1\.18/);
            await page.keyboard.press("ArrowRight");
            await page.waitForURL(`${BASE}/seccion/1-19`);
            await page.getByTestId("pager-prev").click();
            await page.waitForURL(`${BASE}/seccion/1-17`);
            // A key pressed on a control stays with it: ← / → on a pixel of 1.14's editor do
            // not leave the section (and its edits).
            await page.goto(`${BASE}/seccion/1-14${mode.query}`);
            await page.getByTestId("pixel-4").first().focus();
            await page.keyboard.press("ArrowRight");
            await page.keyboard.press("ArrowLeft");
            await page.waitForTimeout(300);
            assert.equal(new URL(page.url()).pathname, "/seccion/1-14");
            // The first Tab reaches the skip link, which leads to the lesson.
            await page.goto(`${BASE}/seccion/1-14${mode.query}`);
            await page.getByTestId("lesson-heading").waitFor();
            await page.keyboard.press("Tab");
            assert.equal(await page.evaluate(() => document.activeElement?.className), "skip-link");
            await page.keyboard.press("Enter");
            assert.equal(await page.evaluate(() => document.activeElement?.id), "contenido");
            assert.deepEqual(page.problems, []);
            await page.context().close();
        });

        test("the data loader reports 60,000 + 10,000 verified images, then serves them from storage", async () => {
            const page = await openPage(browser);
            await page.goto(`${BASE}/diagnostico${mode.query}`);
            await page.getByTestId("data-load").click();
            const summary = page.getByTestId("data-summary");
            await summary.waitFor({ timeout: 180_000 });
            assert.equal(await summary.getAttribute("data-train"), "60000");
            assert.equal(await summary.getAttribute("data-test"), "10000");
            assert.equal(await summary.getAttribute("data-verified"), "true");
            assert.equal(await summary.getAttribute("data-from-cache"), "false");
            assert.match(await summary.innerText(), /60\u202f000 \+ 10\u202f000 imágenes verificadas/);
            await summary.scrollIntoViewIfNeeded();
            await shot(page, `datos-${mode.expect}`);
            // A reload takes the files from the browser's storage.
            await page.reload();
            await page.getByTestId("data-load").click();
            await summary.waitFor({ timeout: 180_000 });
            assert.equal(await summary.getAttribute("data-from-cache"), "true");
            assert.equal(await summary.getAttribute("data-train"), "60000");
            assert.deepEqual(page.problems, []);
            await page.context().close();
        });

        test("missing or corrupt data files get a clear message naming the file, and lose nothing", async () => {
            const page = await openPage(browser);
            // A good copy first: the broken folders below must not cost it.
            await page.goto(`${BASE}/diagnostico${mode.query}`);
            await page.getByTestId("data-load").click();
            await page.getByTestId("data-summary").waitFor({ timeout: 180_000 });
            const cases = [
                ["/__test__/corrupt/", /t10k-labels-idx1-ubyte\.gz.*SHA-256/],
                ["/__test__/truncated/", /t10k-images-idx3-ubyte\.gz.*(corrupto|gzip)/],
                ["/__test__/nada/", /falta el archivo «train-labels-idx1-ubyte\.gz».*HTTP 404/],
                ["https://example.invalid/", /mismo sitio/],
            ];
            for (const [folder, message] of cases) {
                const q = mode.query ? `${mode.query}&` : "?";
                await page.goto(`${BASE}/diagnostico${q}datos=${encodeURIComponent(folder)}`);
                await page.getByTestId("data-load").click();
                const error = page.getByTestId("data-error");
                await error.waitFor({ timeout: 120_000 });
                assert.match(await error.innerText(), message, folder);
                // The page still works: the retry button is there.
                assert.equal(await page.getByTestId("data-load").innerText(), "Reintentar");
            }
            await page.getByTestId("data-error").scrollIntoViewIfNeeded();
            await shot(page, `datos-error-${mode.expect}`);
            // The stored good copy survived every failure.
            await page.goto(`${BASE}/diagnostico`);
            await page.getByTestId("data-load").click();
            const summary = page.getByTestId("data-summary");
            await summary.waitFor({ timeout: 180_000 });
            assert.equal(await summary.getAttribute("data-from-cache"), "true");
            // Failed loads are not console errors, and nothing was fetched from elsewhere.
            assert.deepEqual(page.problems, []);
            await page.context().close();
        });
    });
}

describe("WebGPU flag without forcing", () => {
    test("a software adapter means CPU, and the badge says why", async () => {
        const browser = await launch({ webgpu: true });
        try {
            const page = await openPage(browser);
            await page.goto(`${BASE}/diagnostico?backend=auto`);
            assert.equal(await settledBackend(page), "cpu");
            assert.match(await page.getByTestId("backend-reason").innerText(), /software/);
            assert.match(await page.getByTestId("diag-adapter").innerText(), /swiftshader/i);
            await shot(page, "diagnostico-software-adapter");
            // Forcing the CPU is remembered across reloads and navigation, and shown.
            await page.goto(`${BASE}/seccion/1-3?backend=cpu`);
            assert.equal(await settledBackend(page), "cpu");
            await page.goto(`${BASE}/seccion/1-4`);
            assert.equal(await settledBackend(page), "cpu");
            assert.match(await page.getByTestId("backend-badge").innerText(), /CPU \(forzado\)/);
            assert.deepEqual(page.problems, []);
        } finally {
            await browser.close();
        }
    });
});
