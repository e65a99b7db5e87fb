import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    // graphql 16 has no exports map: without this Vite loads index.mjs for our code and index.js
    // for packages, two copies of graphql that reject each other's schema objects.
    alias: [{ find: /^graphql$/, replacement: "graphql/index.js" }],
  },
  test: {
    include: ["test/**/*.test.ts"],
    // Migrates and seeds template databases once; each test file starts from a copy.
    globalSetup: ["test/helpers/templates.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // PGlite is CPU-bound WebAssembly and the machine has two cores.
    maxWorkers: 2,
  },
});
