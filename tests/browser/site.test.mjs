// Browser tests of the site shell, run twice: on the CPU fallback (no WebGPU flag) and on
// WebGPU over SwiftShader (--enable-unsafe-webgpu, ?backend=webgpu). They check every lesson
// route, the backend badge and its reason, the start-up computation's values, the data
// loader (60,000 + 10,000 verified images, then from storage, then broken files), and the
// keyboard navigation.
import { test, describe, before, after } from "node:test";
import assert from "node:assert/strict";
import { BASE, SECTIONS, launch, loadData, withBrowser, openPage, settledBackend, shot } from "./harness.mjs";

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
            // The DCGAN's "same" convolutions (the project's own kernels on WebGPU), outputs and
            // gradients, against the CPU backend's.
            const gap = Number(await page.getByTestId("diag-convolution-gap").innerText());
            assert.ok(gap <= 1e-4, `convolution gap ${gap}`);
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
                // Each visit restarts the engine: wait for it, not for a fixed budget.
                await loadData(page);
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
        await withBrowser({ webgpu: true }, async (browser) => {
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
            // Remembered, not in this address: the reason says so, and how to forget it.
            assert.match(await page.getByTestId("backend-reason").innerText(), /antes en esta sesión.*\?backend=auto/);
            assert.deepEqual(page.problems, []);
        });
    });
});

describe("Content Security Policy", () => {
    test("every page carries the policy, the server adds frame-ancestors, and nothing violates it", async () => {
        await withBrowser({ webgpu: false }, async (browser) => {
            const page = await openPage(browser);
            const answer = await page.goto(`${BASE}/`);
            const header = answer.headers()["content-security-policy"] ?? "";
            for (const directive of ["default-src 'self'", "'wasm-unsafe-eval'", "connect-src 'self'", "worker-src 'self'",
                "img-src 'self' blob: data:", "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'"]) {
                assert.ok(header.includes(directive), `header has ${directive}: ${header}`);
            }
            assert.match(header, /script-src 'self' 'wasm-unsafe-eval' 'sha256-[A-Za-z0-9+/]+=*'/);
            assert.doesNotMatch(header, /unsafe-inline/);
            const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
            assert.equal(`${meta}; frame-ancestors 'none'`, header);
            // The engine starts, trains and draws under the policy: the toy GAN's default run on
            // 1.24, and a few lessons with computed styles (bars, charts, pixels).
            for (const slug of ["1-3", "1-13", "1-24", "1-30", "1-33", "1-35", "1-38"]) {
                await page.goto(`${BASE}/seccion/${slug}`);
                await page.getByTestId("lesson-heading").waitFor();
            }
            assert.equal(await settledBackend(page), "cpu");
            assert.deepEqual(page.problems, []);
        });
    });
});

describe("Browser storage", () => {
    test("a browser that will not store the data still loads them, says so, and the site works", async () => {
        await withBrowser({ webgpu: false }, async (browser) => {
            const page = await openPage(browser);
            await page.goto(`${BASE}/diagnostico`);
            // A quota of 1 MB for the site: the 30 MB of Fashion-MNIST cannot be kept.
            const cdp = await page.context().newCDPSession(page);
            await cdp.send("Storage.overrideQuotaForOrigin", { origin: new URL(BASE).origin, quotaSize: 1_000_000 });
            await loadData(page);
            const summary = page.getByTestId("data-summary");
            await summary.waitFor({ timeout: 300_000 });
            assert.equal(await summary.getAttribute("data-kept"), "false");
            assert.equal(await summary.getAttribute("data-train"), "60000");
            assert.match(await page.getByTestId("data-not-kept").innerText(), /no dejó guardar una copia.*en memoria/);
            // The site still trains on the data in memory: the VAE's first steps on 1.10.
            await page.getByTestId("toc").locator('a[href="/seccion/1-10"]').click();
            const start = page.getByTestId("vae-start").and(page.locator(":enabled"));
            await start.waitFor({ timeout: 120_000 });
            await start.click();
            await page.waitForFunction(
                () => Number(document.querySelector('[data-testid="vae-progress"]')?.getAttribute("data-steps") ?? 0) >= 1,
                null,
                { timeout: 120_000 },
            );
            assert.deepEqual(page.problems, []);
        });
    });
});

describe("Odd addresses", () => {
    test("values the site does not understand are said, a forced WebGPU that fell back says so, a huge address gets 431", async () => {
        await withBrowser({ webgpu: false }, async (browser) => {
            const page = await openPage(browser);
            // No navigator.gpu here: asking for WebGPU ends on the CPU, and the badge says
            // what was asked and what happened.
            await page.goto(`${BASE}/diagnostico?backend=webgpu`);
            assert.equal(await settledBackend(page), "cpu");
            assert.match(await page.getByTestId("backend-badge").innerText(), /CPU \(se pidió WebGPU\)/);
            assert.equal(await page.getByTestId("address-note").count(), 0);
            // Not understood: said at the top of the page, with what happens instead.
            await page.goto(`${BASE}/seccion/1-3?backend=zzz&lang=klingon`);
            await page.getByTestId("lesson-heading").waitFor();
            const backend = page.locator('[data-testid="address-note"][data-param="backend"]');
            assert.match(await backend.innerText(), /«\?backend=zzz».*no se entiende.*cpu, webgpu o auto/);
            const lang = page.locator('[data-testid="address-note"][data-param="lang"]');
            assert.match(await lang.innerText(), /«\?lang=klingon».*no es un idioma del sitio.*sigue en español/);
            // A value of 10,000 characters is shown short, and the page still works.
            await page.goto(`${BASE}/seccion/1-33?epochs=${"9".repeat(2_000)}&backend=${"z".repeat(5_000)}`);
            await page.getByTestId("lesson-heading").waitFor();
            assert.ok((await backend.innerText()).length < 400);
            // Past 8 KB the project's server answers 431 with a page that says why.
            const answer = await page.goto(`${BASE}/seccion/1-5?epochs=${"9".repeat(20_000)}`);
            assert.equal(answer.status(), 431);
            assert.match(await page.locator("h1").innerText(), /demasiado larga/);
            await page.goto(`${BASE}/seccion/1-5`);
            await page.getByTestId("lesson-heading").waitFor();
            // The 431 itself is the one console line ("Failed to load resource").
            assert.deepEqual(page.problems.filter((p) => !/431/.test(p)), []);
        });
    });
});
