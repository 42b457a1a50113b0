import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/** The gateway: serves GraphQL at /graphql and the runtime config at /config.json. */
const GATEWAY = 'http://127.0.0.1:4000';

const proxy = {
  '/graphql': { target: GATEWAY, changeOrigin: true },
  '/config.json': { target: GATEWAY, changeOrigin: true },
  '/live': { target: GATEWAY, changeOrigin: true },
};

export default defineConfig({
  plugins: [react()],
  base: '/',
  server: { host: '127.0.0.1', port: 5173, strictPort: true, proxy },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true, proxy },
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022', manifest: true },
});
