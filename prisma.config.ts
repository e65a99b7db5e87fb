import { defineConfig } from "prisma/config";

// Prisma's native schema engine cannot be downloaded on machines without its binaries host.
// `prisma generate` only checks that this path exists; migrations go through src/db/migrate.ts
// and scripts/create-migration.ts (the WebAssembly schema engine), never the native binary.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= "package.json";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
