import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

/**
 * `npm run example:web` serves the app on http://localhost:5173 and forwards /graphql to the
 * Dossier server at DOSSIER_URL (http://localhost:4000 unless set), so the browser talks to one origin.
 */
export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  server: {
    port: 5173,
    proxy: { "/graphql": { target: process.env.DOSSIER_URL ?? "http://localhost:4000", changeOrigin: true } },
  },
  build: { outDir: fileURLToPath(new URL("../../dist/example-web", import.meta.url)), emptyOutDir: true },
});
