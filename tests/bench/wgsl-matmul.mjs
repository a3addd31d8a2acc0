// What matrix-product speed WebGPU on SwiftShader allows in this Chromium: the VAE's largest
// product ([128, 784] × [784, 152]) with two hand-written WGSL kernels, one output per
// invocation (what burn's kernel measures on SwiftShader, ~0.17 GFLOP/s) and 8 rows × 4 columns
// per invocation. Evidence for replacing burn's matmul on software adapters; not a test.
//
//   node tests/bench/wgsl-matmul.mjs
import { launch } from "../browser/harness.mjs";

const M = 128, K = 784, N = 152;
const KERNELS = {
    "1 salida por invocación": {
        groups: [Math.ceil(N / 16), Math.ceil(M / 4)],
        code: `
@group(0) @binding(0) var<storage, read> a: array<f32>;
@group(0) @binding(1) var<storage, read> b: array<f32>;
@group(0) @binding(2) var<storage, read_write> c: array<f32>;
@compute @workgroup_size(16, 4)
fn main(@builtin(global_invocation_id) g: vec3<u32>) {
  if (g.x >= ${N}u || g.y >= ${M}u) { return; }
  var s = 0.0;
  for (var k = 0u; k < ${K}u; k++) { s += a[g.y * ${K}u + k] * b[k * ${N}u + g.x]; }
  c[g.y * ${N}u + g.x] = s;
}`,
    },
    // Unrolled by hand: eight named accumulators stay in registers (a loop over an array of
    // eight runs at a third of the speed on SwiftShader).
    "8 filas × 4 columnas por invocación": {
        groups: [Math.ceil(N / 4 / 16), Math.ceil(M / 8 / 4)],
        code: `
@group(0) @binding(0) var<storage, read> a: array<f32>;
@group(0) @binding(1) var<storage, read> b: array<vec4<f32>>;
@group(0) @binding(2) var<storage, read_write> c: array<vec4<f32>>;
const N4 = ${N / 4}u;
@compute @workgroup_size(16, 4)
fn main(@builtin(global_invocation_id) g: vec3<u32>) {
  let r0 = g.y * 8u;
  if (g.x >= N4 || r0 >= ${M}u) { return; }
  ${[...Array(8).keys()].map((i) => `var c${i} = vec4<f32>(0.0);`).join(" ")}
  for (var k = 0u; k < ${K}u; k++) {
    let bv = b[k * N4 + g.x];
    ${[...Array(8).keys()].map((i) => `c${i} += a[(r0 + ${i}u) * ${K}u + k] * bv;`).join("\n    ")}
  }
  ${[...Array(8).keys()].map((i) => `c[(r0 + ${i}u) * N4 + g.x] = c${i};`).join("\n  ")}
}`,
    },
};

async function measure(kernels, m, k, n) {
    const adapter = await navigator.gpu.requestAdapter();
    const device = await adapter.requestDevice();
    const out = [`adaptador: ${adapter.info.vendor} ${adapter.info.architecture}`];
    for (const [name, { code, groups }] of Object.entries(kernels)) {
        const pipe = await device.createComputePipelineAsync({ layout: "auto", compute: { module: device.createShaderModule({ code }), entryPoint: "main" } });
        const buffer = (count) => device.createBuffer({ size: count * 4, usage: GPUBufferUsage.STORAGE | GPUBufferUsage.COPY_SRC | GPUBufferUsage.COPY_DST });
        const [a, b, c] = [buffer(m * k), buffer(k * n), buffer(m * n)];
        device.queue.writeBuffer(a, 0, new Float32Array(m * k).fill(1));
        device.queue.writeBuffer(b, 0, new Float32Array(k * n).fill(0.5));
        const group = device.createBindGroup({ layout: pipe.getBindGroupLayout(0), entries: [a, b, c].map((buffer, binding) => ({ binding, resource: { buffer } })) });
        const read = device.createBuffer({ size: 4, usage: GPUBufferUsage.MAP_READ | GPUBufferUsage.COPY_DST });
        const run = async (times) => {
            const encoder = device.createCommandEncoder();
            for (let i = 0; i < times; i++) {
                const pass = encoder.beginComputePass();
                pass.setPipeline(pipe);
                pass.setBindGroup(0, group);
                pass.dispatchWorkgroups(...groups);
                pass.end();
            }
            encoder.copyBufferToBuffer(c, 0, read, 0, 4);
            device.queue.submit([encoder.finish()]);
            await read.mapAsync(GPUMapMode.READ);
            const first = new Float32Array(read.getMappedRange())[0];
            read.unmap();
            return first;
        };
        await run(1);
        const t = performance.now();
        const first = await run(10);
        const ms = (performance.now() - t) / 10;
        out.push(`${name}: ${ms.toFixed(1)} ms, ${((2 * m * k * n) / ms / 1e6).toFixed(2)} GFLOP/s (c[0] = ${first}, debe ser ${k / 2})`);
    }
    return out.join("\n");
}

const browser = await launch({ webgpu: true });
const page = await browser.newPage();
// A local address makes a secure context (WebGPU needs one); nothing is served or fetched.
await page.route("http://127.0.0.1:9/", (route) => route.fulfill({ contentType: "text/html", body: "<!doctype html><title>wgsl</title>" }));
await page.goto("http://127.0.0.1:9/");
console.log(`[${M}, ${K}] × [${K}, ${N}] en WebGPU (Chromium sin interfaz):`);
console.log(await page.evaluate(`(${measure.toString()})(${JSON.stringify(KERNELS)}, ${M}, ${K}, ${N})`));
await browser.close();
