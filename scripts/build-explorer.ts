// Builds GraphiQL into dist/explorer for /graphiql; the postinstall step of `npm ci` runs it, so a
// fresh clone serves the explorer after `npm ci && npm start`. Installs without the dev
// dependencies (`npm ci --omit=dev`) have no bundler: they skip the build and GraphiQL answers 503.
import { fileURLToPath } from "node:url";

let vite: typeof import("vite");
try {
  vite = await import("vite");
} catch {
  console.warn("GraphiQL not built: vite (a dev dependency) is not installed");
  process.exit(0);
}
await vite.build({ configFile: fileURLToPath(new URL("../explorer/vite.config.ts", import.meta.url)) });
