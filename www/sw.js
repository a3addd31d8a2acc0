// Generativa's service worker (template: `cargo xtask` writes dist/sw.js from it after
// `trunk build`, filling in the build's id and the list of its files with their SHA-256).
// After one visit the site works with the network off: the page, its styles and the engine
// come from this build's cache, always together (a new build waits until the page asks for it,
// so an old page never meets a new engine). Shipped checkpoints join the cache the first time
// a page fetches them; the data set has its own store (the page's data loader).
"use strict";

const BUILD = "__GENERATIVA_BUILD__";
/** [path, SHA-256] of every file of the build. */
const FILES = __GENERATIVA_FILES__;
const CACHE = `generativa-build-${BUILD}`;
const PRECACHE = FILES.map(([path]) => path);

self.addEventListener("install", (event) => {
    event.waitUntil(
        (async () => {
            const cache = await caches.open(CACHE);
            // "no-cache": revalidate with the server (a 304 reuses what the page just
            // downloaded), so a build's cache never holds another build's file.
            await cache.addAll(PRECACHE.map((path) => new Request(path, { cache: "no-cache" })));
        })(),
    );
});

self.addEventListener("activate", (event) => {
    event.waitUntil(
        (async () => {
            for (const key of await caches.keys()) {
                if (key.startsWith("generativa-build-") && key !== CACHE) await caches.delete(key);
            }
            await self.clients.claim();
        })(),
    );
});

self.addEventListener("message", (event) => {
    if (event.data === "generativa-update") self.skipWaiting();
    if (event.data === "generativa-build" && event.source) event.source.postMessage({ build: BUILD });
});

/** This build's copy, else the network (and, for shipped files, keep what came). */
async function fromBuild(request, keep) {
    const cache = await caches.open(CACHE);
    const hit = await cache.match(request, { ignoreSearch: true });
    if (hit) return hit;
    const response = await fetch(request);
    if (keep && response.ok) await cache.put(request, response.clone());
    return response;
}

self.addEventListener("fetch", (event) => {
    const request = event.request;
    if (request.method !== "GET") return;
    const url = new URL(request.url);
    if (url.origin !== self.location.origin) return;
    if (request.mode === "navigate") {
        // Every route of the single-page app is the build's page.
        event.respondWith(fromBuild(new Request("/"), false).catch(() => fetch(request)));
    } else if (PRECACHE.includes(url.pathname)) {
        event.respondWith(fromBuild(request, false));
    } else if (url.pathname.startsWith("/pretrained/")) {
        event.respondWith(fromBuild(request, true));
    }
});
