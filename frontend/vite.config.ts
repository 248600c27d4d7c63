/// <reference types="vitest/config" />
import type { IncomingMessage, ServerResponse } from 'node:http';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

/** The SPA's runtime settings; in docker an nginx entrypoint writes the same file. */
function runtimeConfig() {
  return {
    oidcAuthority: process.env.OPORA_OIDC_AUTHORITY ?? 'http://localhost:8180/realms/opora',
    oidcClientId: process.env.OPORA_OIDC_CLIENT_ID ?? 'opora-spa',
    apiBaseUrl: '',
  };
}

function serveRuntimeConfig(): Plugin {
  const handler = (req: IncomingMessage, res: ServerResponse, next: () => void) => {
    if (req.url?.split('?')[0] !== '/config.json') return next();
    res.setHeader('Content-Type', 'application/json; charset=utf-8');
    res.setHeader('Cache-Control', 'no-store');
    res.end(JSON.stringify(runtimeConfig()));
  };
  return {
    name: 'opora-runtime-config',
    configureServer(server) {
      server.middlewares.use(handler);
    },
    configurePreviewServer(server) {
      server.middlewares.use(handler);
    },
  };
}

const apiProxy = {
  '/api': { target: process.env.OPORA_API_URL ?? 'http://localhost:8080', changeOrigin: false },
};

export default defineConfig({
  plugins: [react(), serveRuntimeConfig()],
  server: { proxy: apiProxy },
  preview: { proxy: apiProxy },
  build: {
    // antd's shared core is one ~650 kB chunk; route-level lazy loading keeps page-specific parts out of it.
    chunkSizeWarningLimit: 800,
  },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    testTimeout: 20000,
    // The default leaves one core to Vitest's main process, i.e. a single worker on the 2-core CI machine; the main
    // process only transforms files, so a worker per core runs the suite in about half the time there.
    maxWorkers: '100%',
    css: false,
    // jsdom has no layout: antd's autosize and scrollbar measuring complain about it on every render.
    onConsoleLog: (log) => !/invalid value for the `height` css style property|Could not parse CSS stylesheet/.test(log),
  },
});
