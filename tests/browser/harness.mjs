// Generativa's browser-test harness: launches Debian's Chromium headless through
// playwright-core, with or without WebGPU (SwiftShader), and records console errors, page
// errors and any request to another origin.
import { chromium } from "playwright-core";
import { mkdirSync } from "node:fs";

export const BASE = process.env.BASE_URL ?? "http://127.0.0.1:8080";
const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";
const SHOTS = process.env.SCREENSHOTS;

/** The 41 section names of the lecture, as their URL slugs. */
export const SECTIONS = [
    "agenda",
    ...Array.from({ length: 39 }, (_, i) => `1-${i + 1}`),
    "preguntas",
];

/** Starts a browser. `webgpu`: expose WebGPU (SwiftShader in headless Chromium). */
export async function launch({ webgpu }) {
    const args = [
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
        "--disable-dev-shm-usage",
    ];
    if (process.getuid && process.getuid() === 0) args.push("--no-sandbox");
    if (webgpu) args.push("--enable-unsafe-webgpu");
    const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args });
    return browser;
}

/** Runs `body(browser)` with a browser launched with `options`, closing it whatever happens. */
export async function withBrowser(options, body) {
    const browser = await launch(options);
    try {
        return await body(browser);
    } finally {
        await browser.close();
    }
}

/** The page's training engine (its Web Worker), once it runs. */
export async function engineWorker(page) {
    for (let i = 0; i < 600; i++) {
        const worker = page.workers().find((w) => w.url().endsWith("/worker-loader.js"));
        if (worker) return worker;
        await page.waitForTimeout(100);
    }
    throw new Error("the engine's worker never started");
}

/** A fresh context and page that record problems in `page.problems`. `base`: the origin the
 * page may talk to (another test server's). */
export async function openPage(browser, viewport = { width: 1280, height: 900 }, { serviceWorkers = "block", base = BASE } = {}) {
    // The site's service worker is left out unless a test asks for it (offline.test.mjs): it
    // would answer requests that other tests intercept (page.route) from its cache.
    const context = await browser.newContext({ viewport, serviceWorkers });
    // Every Content Security Policy violation is a problem the tests see (Chromium also logs
    // most of them as console errors; the event catches the rest, e.g. reports of blocked
    // inline styles).
    await context.addInitScript(() => {
        document.addEventListener("securitypolicyviolation", (e) => {
            console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI || "inline"} (${e.sourceFile}:${e.lineNumber})`);
        });
    });
    const page = await context.newPage();
    page.problems = [];
    const origin = new URL(base).origin;
    page.on("console", (msg) => {
        if (msg.type() === "error") page.problems.push(`console: ${msg.text()}`);
    });
    page.on("pageerror", (err) => page.problems.push(`pageerror: ${err.message}`));
    context.on("request", (req) => {
        const url = req.url();
        if (!url.startsWith(origin) && !url.startsWith("data:") && !url.startsWith("blob:")) {
            page.problems.push(`foreign request: ${url}`);
        }
    });
    return page;
}

/** Saves a screenshot when SCREENSHOTS is set. */
export async function shot(page, name) {
    if (!SHOTS) return;
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: false });
}

/** Waits until the badge names a backend (not loading) and returns its data-backend. */
export async function settledBackend(page, timeout = 120_000) {
    const badge = page.getByTestId("backend-badge");
    await badge.and(page.locator(":not([data-backend='loading'])")).waitFor({ timeout });
    return badge.getAttribute("data-backend");
}

/**
 * Clicks "load the data" once the engine is ready (its badge has settled), so the wait that
 * follows measures the loading, not the engine's start-up, which on a busy machine (and with
 * SwiftShader's start-up check) can take minutes.
 */
export async function loadData(page) {
    await settledBackend(page, 900_000);
    await page.getByTestId("data-load").click();
}

/** The value of `data-<name>` on the element with `data-testid` `id`. */
export const dataOf = (page, id, name) => page.getByTestId(id).getAttribute(`data-${name}`);

/** Waits until `id`'s numeric `data-<name>` reaches `min`. */
export async function reaches(page, id, name, min, timeout) {
    await page.waitForFunction(
        ([id, name, min]) => Number(document.querySelector(`[data-testid="${id}"]`)?.getAttribute(`data-${name}`) ?? -1) >= min,
        [id, name, min],
        { timeout },
    );
}

/** Client-side navigation through the table of contents (the engine and its runs stay). */
export async function visit(page, slug) {
    await page.getByTestId("toc").locator(`a[href="/seccion/${slug}"]`).click();
    await page.locator(`[data-testid="lesson-heading"][data-number~="${slug.replace("-", ".")}"]`).waitFor();
}

/** Moves a range input to `value` the way a user's drag does (an `input` event). */
export async function slide(locator, value) {
    await locator.evaluate((el, v) => {
        el.value = String(v);
        el.dispatchEvent(new Event("input", { bubbles: true }));
    }, value);
}

/** Both browsers (CPU-only and WebGPU on SwiftShader) for a `describe`: `{ cpu, gpu }`. */
export function bothBrowsers(before, after) {
    const browsers = {};
    before(async () => {
        browsers.cpu = await launch({ webgpu: false });
        browsers.gpu = await launch({ webgpu: true });
    });
    after(async () => {
        await browsers.cpu?.close();
        await browsers.gpu?.close();
    });
    return browsers;
}

/** One `describe` per mode, each with its own browser: `body(mode, browser)` declares tests. */
export function describeModes(describe, before, after, modes, body) {
    for (const mode of modes) {
        describe(mode.name, () => {
            const browser = { current: null };
            before(async () => {
                browser.current = await launch({ webgpu: mode.webgpu });
            });
            after(async () => {
                await browser.current?.close();
            });
            body(mode, () => browser.current);
        });
    }
}
