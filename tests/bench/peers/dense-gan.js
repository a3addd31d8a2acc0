// The lecture's dense GAN (slides 1.29–1.32) written with TensorFlow.js' layers API, trained
// with the slide's two-phase step on batches of 32, and timed step by step: the peer figure the
// benchmark prints beside Generativa's. The images are random pixels in [0, 1] (the time of a
// step does not depend on them), so the page needs no data set.
/* global tf */
"use strict";

const CODINGS = 30;
const BATCH = 32;

function models() {
    const generator = tf.sequential({
        layers: [
            tf.layers.dense({ inputShape: [CODINGS], units: 100, activation: "relu", kernelInitializer: "heNormal" }),
            tf.layers.dense({ units: 150, activation: "relu", kernelInitializer: "heNormal" }),
            tf.layers.dense({ units: 28 * 28, activation: "sigmoid" }),
            tf.layers.reshape({ targetShape: [28, 28] }),
        ],
    });
    const discriminator = tf.sequential({
        layers: [
            tf.layers.flatten({ inputShape: [28, 28] }),
            tf.layers.dense({ units: 150, activation: "relu", kernelInitializer: "heNormal" }),
            tf.layers.dense({ units: 100, activation: "relu", kernelInitializer: "heNormal" }),
            tf.layers.dense({ units: 1, activation: "sigmoid" }),
        ],
    });
    // Keras' RMSprop: lr 0.001, rho 0.9, no momentum, epsilon 1e-7.
    const rmsprop = () => tf.train.rmsprop(0.001, 0.9, 0, 1e-7);
    discriminator.compile({ loss: "binaryCrossentropy", optimizer: rmsprop() });
    discriminator.trainable = false;
    const gan = tf.sequential({ layers: [generator, discriminator] });
    gan.compile({ loss: "binaryCrossentropy", optimizer: rmsprop() });
    return { generator, discriminator, gan };
}

// One step of `train_gan`: phase 1 (D on 32 fakes and 32 reals), phase 2 (G through frozen D).
async function step({ generator, discriminator, gan }, reals) {
    const [x1, y1] = tf.tidy(() => {
        const fakes = generator.predict(tf.randomNormal([BATCH, CODINGS]));
        return [
            tf.concat([fakes, reals]),
            tf.concat([tf.zeros([BATCH, 1]), tf.ones([BATCH, 1])]),
        ];
    });
    // TF.js reads `trainable` at every call (Keras at compile time): D is unfrozen for its own
    // phase and frozen again for the GAN's.
    discriminator.trainable = true;
    await discriminator.trainOnBatch(x1, y1);
    discriminator.trainable = false;
    tf.dispose([x1, y1]);
    const [x2, y2] = tf.tidy(() => [tf.randomNormal([BATCH, CODINGS]), tf.ones([BATCH, 1])]);
    await gan.trainOnBatch(x2, y2);
    tf.dispose([x2, y2]);
}

// Times `steps` steps on `backend` ("wasm" or "webgpu"); resolves to the first step's time and
// the median of the others, in milliseconds.
window.timeDenseGan = async (backend, steps) => {
    if (backend === "wasm") tf.wasm.setWasmPaths(new URL("wasm/", location.href).href);
    if (!(await tf.setBackend(backend))) throw new Error(`TF.js backend ${backend} unavailable`);
    await tf.ready();
    const nets = models();
    const reals = tf.randomUniform([BATCH, 28, 28]);
    const times = [];
    for (let i = 0; i < steps; i += 1) {
        const t = performance.now();
        await step(nets, reals);
        times.push(performance.now() - t);
    }
    const rest = times.slice(1).sort((a, b) => a - b);
    return {
        backend: tf.getBackend(),
        simd: backend === "wasm" ? await tf.env().getAsync("WASM_HAS_SIMD_SUPPORT") : null,
        firstMs: times[0],
        medianMs: rest[Math.floor(rest.length / 2)],
    };
};
document.getElementById("status").textContent = "ready";
