// `serwist build` (after `next build`): bundles sw/service-worker.ts into public/sw.js with the
// list of the build's static files to precache (https://serwist.pages.dev/docs/next/config).
import { serwist } from '@serwist/next/config';

export default serwist({
  swSrc: 'sw/service-worker.ts',
  swDest: 'public/sw.js',
  // Every staff page is dynamic (it reads the session), so there is nothing prerendered to keep;
  // /till and /kitchen are kept at runtime from their last answer instead.
  precachePrerendered: false,
});
