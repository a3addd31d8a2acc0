// Generativa's benchmark in headless Chromium: for each backend, the time to a usable page,
// to a ready engine, to the start-up computation's result, and to verified Fashion-MNIST.
// Prints figures; asserts nothing about speed.
import { BASE, launch, openPage, settledBackend } from "../browser/harness.mjs";

const MODES = [
    { name: "CPU (flex, wasm)", webgpu: false, query: "?backend=cpu" },
    { name: "WebGPU (SwiftShader)", webgpu: true, query: "?backend=webgpu" },
];

for (const mode of MODES) {
    const browser = await launch({ webgpu: mode.webgpu });
    const page = await openPage(browser);
    const t0 = Date.now();
    await page.goto(`${BASE}/diagnostico${mode.query}`);
    await page.getByTestId("lesson-heading").waitFor();
    const textMs = Date.now() - t0;
    await settledBackend(page);
    const engineMs = Date.now() - t0;
    await page.getByTestId("diag-status").waitFor({ timeout: 300_000 });
    const diagMs = Date.now() - t0;
    const t1 = Date.now();
    await page.getByTestId("data-load").click();
    await page.getByTestId("data-summary").waitFor({ timeout: 300_000 });
    const dataMs = Date.now() - t1;
    await page.reload();
    const t2 = Date.now();
    await page.getByTestId("data-load").click();
    await page.getByTestId("data-summary").waitFor({ timeout: 300_000 });
    const cachedMs = Date.now() - t2;
    const memory = await page.evaluate(() => (performance.memory ? performance.memory.usedJSHeapSize : 0));
    console.log(`\n${mode.name}`);
    console.log(`  texto de la lección visible      ${textMs} ms`);
    console.log(`  motor listo (backend elegido)    ${engineMs} ms`);
    console.log(`  cálculo de prueba terminado      ${diagMs} ms`);
    console.log(`  Fashion-MNIST desde la red       ${dataMs} ms`);
    console.log(`  Fashion-MNIST desde el almacén   ${cachedMs} ms`);
    console.log(`  montón JS de la página           ${(memory / 1e6).toFixed(1)} MB`);
    await browser.close();
}
