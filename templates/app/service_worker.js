// The diary's service worker: static files from a cache, and a page saying "you are offline"
// when a page cannot be reached. Pages themselves (health data) are never cached.
const CACHE = "diary-static-" + {{ version|safe }};
const FILES = {{ files|safe }};
const OFFLINE = {{ offline|safe }};
const STATIC_PREFIX = {{ static_prefix|safe }};
const HASHED = {{ hashed|safe }};

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches.open(CACHE).then(async (cache) => {
      await cache.addAll(FILES);
      // The offline page is the same for everyone: fetched without the session cookie.
      await cache.put(OFFLINE, await fetch(OFFLINE, { credentials: "omit" }));
    }).then(() => self.skipWaiting()),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(
        keys.filter((key) => key.startsWith("diary-") && key !== CACHE)
          .map((key) => caches.delete(key)),
      ))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.mode === "navigate") {
    // Always from the network; only when that fails, the offline page.
    event.respondWith(fetch(request).catch(() => caches.match(OFFLINE)));
    return;
  }
  if (url.pathname.startsWith(STATIC_PREFIX)) {
    event.respondWith(
      HASHED
        ? caches.match(request).then((cached) => cached || fetch(request))
        : fetch(request).catch(() => caches.match(request)),
    );
  }
});
