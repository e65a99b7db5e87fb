import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

/** Builds GraphiQL into dist/explorer, which the server serves at /graphiql (`npm run build:explorer`). */
export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  base: "./",
  logLevel: "warn",
  build: {
    outDir: fileURLToPath(new URL("../dist/explorer", import.meta.url)),
    emptyOutDir: true,
    // Monaco's editor and workers are large by nature; the page is served locally.
    chunkSizeWarningLimit: 5000,
    rolldownOptions: {
      // React libraries mark their modules "use client", which means nothing outside a server-components bundler.
      onwarn(warning, warn) {
        if (warning.code !== "MODULE_LEVEL_DIRECTIVE") warn(warning);
      },
    },
  },
});
