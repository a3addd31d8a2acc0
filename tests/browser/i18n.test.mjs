// The page's language: Spanish by default, English by the header's switch or `?lang=en`; the
// choice persists, `<html lang>` follows it, numbers keep their decimal point in both, and the
// English pages hold no Spanish left behind (one in-app pass over every page).
import { test, describe, before, after } from "node:test";
import assert from "node:assert/strict";
import { BASE, SECTIONS, launch, openPage, shot } from "./harness.mjs";

/** Words that only Spanish prose has (checked as whole words, outside code). */
const SPANISH = /(?<![\p{L}\d_-])(el|los|las|del|que|una|para|pero|también|aquí|está|están|puede|época|épocas|imágenes|imagen|pérdida|entrenamiento|entrenar|datos|motor|capa|capas|codificación|según|porque|cada|esta|este|sus|hay)(?![\p{L}\d_-])/giu;

/** The visible prose of the page: main content and the index, without code, maths or pictures. */
async function prose(page) {
    return page.evaluate(() => {
        const parts = [];
        for (const root of document.querySelectorAll("main, nav.sidebar, header, footer")) {
            const copy = root.cloneNode(true);
            copy.querySelectorAll("pre, code, math, svg text, script, style, [lang='es']").forEach((el) => el.remove());
            parts.push(copy.innerText);
        }
        return parts.join("\n");
    });
}

function spanishIn(text) {
    const found = new Set();
    for (const m of text.matchAll(SPANISH)) {
        const at = m.index ?? 0;
        found.add(text.slice(Math.max(0, at - 30), at + m[0].length + 30).replace(/\s+/g, " "));
    }
    return [...found];
}

describe("English and Spanish", () => {
    let browser;
    before(async () => {
        browser = await launch({ webgpu: false });
    });
    after(async () => {
        await browser?.close();
    });

    test("the switch, ?lang=, <html lang> and a number in both languages", async () => {
        const page = await openPage(browser);
        await page.goto(`${BASE}/seccion/1-10?lang=en`);
        await page.getByTestId("lesson-heading").waitFor();
        assert.equal(await page.locator("html").getAttribute("lang"), "en");
        assert.equal(await page.getByTestId("lang-en").getAttribute("aria-pressed"), "true");
        assert.match(await page.locator(".brand-sub").innerText(), /Week 14/);
        const lr = page.getByTestId("vae-lr");
        await lr.evaluate((el) => el.closest("details")?.setAttribute("open", ""));
        assert.equal(await lr.inputValue(), "0.001");
        await lr.fill("2");
        assert.match(await page.getByTestId("vae-lr-error").innerText(), /write a number from 0\.000001 to 1/);
        await shot(page, "idioma-en-1-10");

        await page.getByTestId("lang-es").click();
        assert.equal(await page.locator("html").getAttribute("lang"), "es");
        assert.match(await page.locator(".brand-sub").innerText(), /Semana 14/);
        assert.match(page.url(), /lang=es/, "a ?lang= address follows the switch");
        const lrEs = page.getByTestId("vae-lr");
        await lrEs.evaluate((el) => el.closest("details")?.setAttribute("open", ""));
        assert.equal(await lrEs.inputValue(), "0.001");
        await lrEs.fill("2");
        assert.match(await page.getByTestId("vae-lr-error").innerText(), /escribe un número entre 0\.000001 y 1/);

        // The choice persists without the address saying it.
        await page.getByTestId("lang-en").click();
        await page.goto(`${BASE}/seccion/1-1`);
        await page.getByTestId("lesson-heading").waitFor();
        assert.equal(await page.locator("html").getAttribute("lang"), "en");
        // An unknown language in the address falls back to the stored choice.
        await page.goto(`${BASE}/seccion/1-1?lang=fr`);
        await page.getByTestId("lesson-heading").waitFor();
        assert.equal(await page.locator("html").getAttribute("lang"), "en");
        assert.deepEqual(page.problems, []);
        await page.context().close();
    });

    test("every English page, in one in-app pass, has no Spanish left", async () => {
        const page = await openPage(browser);
        await page.goto(`${BASE}/?lang=en`);
        await page.getByTestId("lesson-heading").waitFor();
        const left = [];
        for (const slug of SECTIONS) {
            const link = page.getByTestId("toc").locator(`a[href="/seccion/${slug}"]`);
            if ((await link.count()) === 0) continue; // a repeated slide shares its page
            await link.click();
            const number = slug === "agenda" || slug === "preguntas" ? slug : slug.replace("-", ".");
            await page.locator(`[data-testid="lesson-heading"][data-number~="${number}"]`).waitFor();
            const words = spanishIn(await prose(page));
            if (words.length > 0) left.push(`${slug}: ${words.slice(0, 6).join(" | ")}`);
        }
        await page.goto(`${BASE}/diagnostico`);
        await page.getByTestId("diag-backend").waitFor();
        const diag = spanishIn(await prose(page));
        if (diag.length > 0) left.push(`diagnostico: ${diag.slice(0, 6).join(" | ")}`);
        assert.deepEqual(left, [], `Spanish on English pages:\n${left.join("\n")}`);
        assert.deepEqual(page.problems, []);
        await page.context().close();
    });
});
