// Presenter mode for a projector: `P` or the header's button switches it on (the index and
// footer step aside, the text grows), ←/→ and a clicker's PageUp/PageDown change the section,
// `Esc` leaves; the mode lasts through a reload of the tab. Screenshot at 1920 × 1080.
import { test, describe, before, after } from "node:test";
import assert from "node:assert/strict";
import { BASE, launch, openPage, shot } from "./harness.mjs";

const heading = (page, number) =>
    page.locator(`[data-testid="lesson-heading"][data-number~="${number}"]`);

describe("presenter mode", () => {
    let browser;
    before(async () => {
        browser = await launch({ webgpu: false });
    });
    after(async () => {
        await browser?.close();
    });

    test("keys, clicker and button, at 1920 × 1080", async () => {
        const page = await openPage(browser, { width: 1920, height: 1080 });
        await page.goto(`${BASE}/seccion/1-14`);
        await heading(page, "1.14").waitFor();
        const html = page.locator("html");
        const before = await page.locator(".lesson p").first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));

        await page.keyboard.press("p");
        assert.match((await html.getAttribute("class")) ?? "", /presenter/);
        assert.equal(await page.getByTestId("presenter-toggle").getAttribute("aria-pressed"), "true");
        assert.equal(await page.locator("nav.sidebar").isVisible(), false, "the index steps aside");
        const after = await page.locator(".lesson p").first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
        assert.ok(after >= before * 1.5, `text grows (${before} → ${after} px)`);
        assert.ok(after >= 24, `readable from the back (${after} px)`);
        await shot(page, "presentador-1920x1080");

        // A clicker sends PageDown / PageUp.
        await page.keyboard.press("PageDown");
        await heading(page, "1.15").waitFor();
        await page.keyboard.press("PageUp");
        await heading(page, "1.14").waitFor();
        await page.keyboard.press("ArrowRight");
        await heading(page, "1.15").waitFor();

        // The tab remembers the mode.
        await page.reload();
        await heading(page, "1.15").waitFor();
        assert.match((await html.getAttribute("class")) ?? "", /presenter/);

        await page.keyboard.press("Escape");
        assert.doesNotMatch((await html.getAttribute("class")) ?? "", /presenter/);
        assert.equal(await page.locator("nav.sidebar").isVisible(), true);
        // Outside presenter mode PageDown scrolls instead of navigating.
        await page.keyboard.press("PageDown");
        await heading(page, "1.15").waitFor();

        // The button does the same as the key.
        await page.getByTestId("presenter-toggle").click();
        assert.match((await html.getAttribute("class")) ?? "", /presenter/);
        assert.equal(await page.getByTestId("presenter-fullscreen").isVisible(), true);
        await page.getByTestId("presenter-toggle").click();
        assert.doesNotMatch((await html.getAttribute("class")) ?? "", /presenter/);
        assert.deepEqual(page.problems, []);
        await page.context().close();
    });
});
