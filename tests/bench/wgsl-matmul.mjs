// What matrix-product speed WebGPU on SwiftShader allows in this Chromium, for the VAE's three
// product shapes (forward [128, 784] × [784, 150]; backward dA = dC·Bᵀ and dB = Aᵀ·dC, read
// through strides): one output per invocation (what burn 0.22's own matmul measures there,
// ~0.17 GFLOP/s), and the 8 × 8 register block of `crates/core/src/dense_product/cube.rs`,
// written by hand in WGSL. Evidence for the dense layers' own product; not a test.
//
//   node tests/bench/wgsl-matmul.mjs
import { launch } from "../browser/harness.mjs";

const PARAMS = `struct P { m: u32, n: u32, k: u32, sa0: u32, sa1: u32, sb0: u32, sb1: u32 }
@group(0) @binding(0) var<storage, read> a: array<f32>;
@group(0) @binding(1) var<storage, read> b: array<f32>;
@group(0) @binding(2) var<storage, read_write> c: array<f32>;
@group(0) @binding(3) var<uniform> p: P;`;

/// One output per invocation.
const naive = `${PARAMS}
@compute @workgroup_size(16, 4)
fn main(@builtin(global_invocation_id) g: vec3<u32>) {
  if (g.x >= p.n || g.y >= p.m) { return; }
  var s = 0.0;
  for (var k = 0u; k < p.k; k++) { s += a[g.y * p.sa0 + k * p.sa1] * b[k * p.sb0 + g.x * p.sb1]; }
  c[g.y * p.n + g.x] = s;
}`;

/// `rows × cols` outputs per invocation, the sums in a local array indexed by constants.
function block(rows, cols) {
    const range = (n) => [...Array(n).keys()];
    const body = [
        ...range(cols).map((j) => `let b${j} = b[k * p.sb0 + (c0 + ${j}u) * p.sb1];`),
        ...range(rows).flatMap((i) => [
            `let a${i} = a[(r0 + ${i}u) * p.sa0 + k * p.sa1];`,
            ...range(cols).map((j) => `s[${i * cols + j}] += a${i} * b${j};`),
        ]),
    ];
    const store = range(rows).flatMap((i) =>
        range(cols).map((j) => `if (r0 + ${i}u < p.m && c0 + ${j}u < p.n) { c[(r0 + ${i}u) * p.n + c0 + ${j}u] = s[${i * cols + j}]; }`),
    );
    return `${PARAMS}
@compute @workgroup_size(16, 4)
fn main(@builtin(global_invocation_id) g: vec3<u32>) {
  let r0 = g.y * ${rows}u;
  let c0 = g.x * ${cols}u;
  if (r0 >= p.m || c0 >= p.n) { return; }
  var s: array<f32, ${rows * cols}>;
  for (var k = 0u; k < p.k; k++) {
    ${body.join("\n    ")}
  }
  ${store.join("\n  ")}
}`;
}

const KERNELS = [
    { name: "1 salida por invocación", code: naive, rows: 1, cols: 1 },
    { name: "bloque de 8 × 8 por invocación", code: block(8, 8), rows: 8, cols: 8 },
];
// [m, k, n, A transpuesta, B transpuesta]
const SHAPES = [
    [128, 784, 150, false, false],
    [128, 150, 784, false, true],
    [784, 128, 150, true, false],
];

async function measure(kernels, shapes) {
    const adapter = await navigator.gpu.requestAdapter();
    const device = await adapter.requestDevice();
    const out = [`adaptador: ${adapter.info.vendor} ${adapter.info.architecture}`];
    const buffer = (count, usage) => device.createBuffer({ size: count * 4, usage });
    const storage = GPUBufferUsage.STORAGE | GPUBufferUsage.COPY_SRC | GPUBufferUsage.COPY_DST;
    for (const { name, code, rows, cols } of kernels) {
        const pipe = await device.createComputePipelineAsync({ layout: "auto", compute: { module: device.createShaderModule({ code }), entryPoint: "main" } });
        for (const [m, k, n, ta, tb] of shapes) {
            const [a, b, c] = [buffer(m * k, storage), buffer(k * n, storage), buffer(m * n, storage)];
            const params = buffer(7, GPUBufferUsage.UNIFORM | GPUBufferUsage.COPY_DST);
            const [sa0, sa1] = ta ? [1, m] : [k, 1];
            const [sb0, sb1] = tb ? [1, k] : [n, 1];
            device.queue.writeBuffer(params, 0, new Uint32Array([m, n, k, sa0, sa1, sb0, sb1]));
            device.queue.writeBuffer(a, 0, new Float32Array(m * k).fill(1));
            device.queue.writeBuffer(b, 0, new Float32Array(k * n).fill(0.5));
            const group = device.createBindGroup({ layout: pipe.getBindGroupLayout(0), entries: [a, b, c, params].map((buffer, binding) => ({ binding, resource: { buffer } })) });
            const read = buffer(1, GPUBufferUsage.MAP_READ | GPUBufferUsage.COPY_DST);
            const groups = [Math.ceil(n / cols / 16), Math.ceil(m / rows / 4)];
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
            const shape = `[${m}, ${k}]${ta ? "ᵀ" : ""} × [${k}, ${n}]${tb ? "ᵀ" : ""}`;
            out.push(`${name}, ${shape}: ${ms.toFixed(1)} ms, ${((2 * m * k * n) / ms / 1e6).toFixed(2)} GFLOP/s (c[0] = ${first}, debe ser ${k / 2})`);
        }
    }
    return out.join("\n");
}

const browser = await launch({ webgpu: true });
const page = await browser.newPage();
// A local address makes a secure context (WebGPU needs one); nothing is served or fetched.
await page.route("http://127.0.0.1:9/", (route) => route.fulfill({ contentType: "text/html", body: "<!doctype html><title>wgsl</title>" }));
await page.goto("http://127.0.0.1:9/");
console.log("Productos del VAE en WebGPU (Chromium sin interfaz):");
console.log(await page.evaluate(`(${measure.toString()})(${JSON.stringify(KERNELS)}, ${JSON.stringify(SHAPES)})`));
await browser.close();
