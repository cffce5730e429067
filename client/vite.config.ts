import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

// In development, API and WebSocket calls go to a running Accord server.
const target = process.env.ACCORD_URL ?? 'http://127.0.0.1:8787';

export default defineConfig({
  plugins: [
    react(),
    // A service worker so the app opens without the network (src/sw.ts: the shell precached,
    // the few API reads an open document needs kept for when the network fails). The page
    // registers it itself (main.tsx).
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src',
      filename: 'sw.ts',
      registerType: 'autoUpdate',
      injectRegister: false,
      manifest: {
        name: 'Accord',
        short_name: 'Accord',
        description: 'Collaborative drafting by consensus',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#ffffff',
        icons: [],
      },
      injectManifest: {
        globPatterns: ['**/*.{js,css,html,svg,png,ico,woff,woff2,webmanifest}'],
        // The document page's chunk (the editor and Yjs) is larger than Workbox's 2 MiB default would allow someday.
        maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
        // Unminified (a few KB): the minifier would rename `self.__WB_MANIFEST`, the injection point.
        minify: false,
      },
    }),
  ],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    rolldownOptions: {
      // Modules run in source order even when a chunk split moves them apart: csp.ts must set
      // zod's jitless before any schema is built, or zod's eval probe trips the CSP on every page.
      output: { strictExecutionOrder: true },
    },
  },
  server: {
    proxy: {
      '/api': target,
      '/collab': { target: target.replace(/^http/, 'ws'), ws: true },
    },
  },
});
