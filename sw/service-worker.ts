/// <reference lib="webworker" />
// The till's and kitchen screen's service worker (issue 12), bundled by `serwist build` into
// public/sw.js after `next build`. It keeps a till usable with the network down:
// - the build's JS, CSS, icons and fonts are precached, so the shell never needs the network (and
//   a newer build's files are kept as they are fetched, for a page kept while an update waits);
// - /till and /kitchen pages go to the network first (5 s), falling back to the copy kept from the
//   last answer, so a reload offline shows the screen as it was;
// - nothing else is cached: the API, the office and the customer's pages always use the network.
// A new version waits (no skipWaiting): the till announces it and applies it at the next sign-in,
// never under a cashier mid-order.
import {
  CacheableResponsePlugin,
  CacheFirst,
  ExpirationPlugin,
  NetworkFirst,
  type PrecacheEntry,
  Serwist,
  type SerwistGlobalConfig,
} from 'serwist';

declare global {
  // Declaration merging with the worker's global scope needs an interface.
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  interface WorkerGlobalScope extends SerwistGlobalConfig {
    __SW_MANIFEST: (PrecacheEntry | string)[] | undefined;
  }
}
declare const self: ServiceWorkerGlobalScope;

/** The staff screens that must open offline; their query string (`?locked=idle`) is not part of the key. */
const SCREENS = new Set(['/till', '/kitchen']);
const SCREENS_CACHE = 'fynlo-screens';

const serwist = new Serwist({
  precacheEntries: self.__SW_MANIFEST,
  skipWaiting: false,
  // The first install takes over the open till at once, so its page is kept from the first visit.
  clientsClaim: true,
  navigationPreload: false,
  runtimeCaching: [
    {
      // A newer build's files, fetched while an update still waits (its page may be the one kept
      // below): kept too, so that page opens offline. Their names carry their content's hash.
      matcher: ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith('/_next/static/'),
      handler: new CacheFirst({
        cacheName: 'fynlo-static',
        plugins: [
          new CacheableResponsePlugin({ statuses: [200] }),
          new ExpirationPlugin({ maxEntries: 400, maxAgeSeconds: 30 * 24 * 60 * 60 }),
        ],
      }),
    },
    {
      // A navigation, or the page's own request to keep a fresh copy (an HTML GET without Next's
      // RSC header: an RSC answer is not a page).
      matcher: ({ request, url, sameOrigin }) =>
        sameOrigin &&
        request.method === 'GET' &&
        SCREENS.has(url.pathname) &&
        !request.headers.has('RSC') &&
        (request.mode === 'navigate' || (request.headers.get('accept') ?? '').includes('text/html')),
      handler: new NetworkFirst({
        cacheName: SCREENS_CACHE,
        networkTimeoutSeconds: 5,
        // Vary (Next varies pages on its router headers) must not hide the kept page from a reload.
        matchOptions: { ignoreSearch: true, ignoreVary: true },
        plugins: [new CacheableResponsePlugin({ statuses: [200] })],
      }),
    },
  ],
});

serwist.addEventListeners();
