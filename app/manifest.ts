import type { MetadataRoute } from 'next';

/** Installs the till to an iPad home screen (Share → Add to Home Screen) as a full-screen app. */
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: 'Fynlo POS',
    short_name: 'Fynlo',
    description: 'Till, kitchen display and back office',
    start_url: '/till',
    scope: '/',
    display: 'standalone',
    orientation: 'landscape',
    background_color: '#f4f6f8',
    theme_color: '#0b5cad',
    icons: [
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  };
}
