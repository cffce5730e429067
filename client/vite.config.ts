import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// In development, API and WebSocket calls go to a running Accord server.
const target = process.env.ACCORD_URL ?? 'http://127.0.0.1:8787';

export default defineConfig({
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true },
  server: {
    proxy: {
      '/api': target,
      '/collab': { target: target.replace(/^http/, 'ws'), ws: true },
    },
  },
});
