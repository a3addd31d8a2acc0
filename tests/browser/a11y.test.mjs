// Accessibility: axe-core on every page of the site, in one in-app navigation pass (in both
// languages' first page and all pages in Spanish), with no serious or critical violation; and
// a lab with its data loaded (more controls on screen).
import { test, describe, before, after } from "node:test";
import assert from "node:assert/strict";
import AxeBuilder from "@axe-core/playwright";
import { BASE, SECTIONS, launch, openPage, settledBackend } from "./harness.mjs";

/** The serious and critical violations on the page now, one line each. */
async function violations(page, where) {
    const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    return result.violations
        .filter((v) => v.impact === "serious" || v.impact === "critical")
        .map((v) => `${where}: ${v.id} (${v.impact}) × ${v.nodes.length}: ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(" | ")}`);
}

describe("accessibility (axe-core)", () => {
    let browser;
    before(async () => {
        browser = await launch({ webgpu: false });
    });
    after(async () => {
        await browser?.close();
    });

    test("every page has no serious or critical violation", async () => {
        const page = await openPage(browser);
        await page.goto(`${BASE}/`);
        await settledBackend(page);
        const found = [];
        for (const slug of SECTIONS) {
            const link = page.getByTestId("toc").locator(`a[href="/seccion/${slug}"]`);
            if ((await link.count()) === 0) continue; // a repeated slide shares its page
            await link.click();
            const number = slug === "agenda" || slug === "preguntas" ? slug : slug.replace("-", ".");
            await page.locator(`[data-testid="lesson-heading"][data-number~="${number}"]`).waitFor();
            found.push(...(await violations(page, slug)));
        }
        await page.getByRole("link", { name: /Diagnóstico/ }).click();
        await page.getByTestId("diag-backend").waitFor();
        found.push(...(await violations(page, "diagnostico")));
        await page.getByTestId("lang-en").click();
        await page.getByTestId("diag-backend").waitFor();
        found.push(...(await violations(page, "diagnostico (en)")));
        await page.goto(`${BASE}/seccion/no-existe`);
        found.push(...(await violations(page, "404")));
        assert.deepEqual(found, [], found.join("\n"));
        // No page broke the Content Security Policy (each violation is logged as a problem).
        assert.deepEqual(page.problems, []);
        await page.context().close();
    });

    test("a lab with its data loaded, and presenter mode", async () => {
        const page = await openPage(browser);
        await page.goto(`${BASE}/seccion/1-34`);
        await settledBackend(page);
        await page.getByTestId("data-load").click();
        await page.getByTestId("dcgan-lab").getByTestId("gan-start").and(page.locator(":enabled")).waitFor({ timeout: 180_000 });
        const found = await violations(page, "1-34 con datos");
        await page.keyboard.press("p");
        found.push(...(await violations(page, "1-34 presentación")));
        assert.deepEqual(found, [], found.join("\n"));
        await page.context().close();
    });
});
