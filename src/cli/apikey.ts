import { parseArgs } from "node:util";
import { migrate } from "../db/migrate.js";
import { ApiKeyRole } from "../generated/prisma/enums.js";
import { createApiKey, listApiKeys, revokeApiKey } from "../modules/auth/api-key.service.js";
import { runWithDatabase } from "./run.js";

const usage = `Usage:
  npm run apikey -- create --role editor|admin --name "<who uses it>"   prints the new key once
  npm run apikey -- list                                               lists keys (never the keys themselves)
  npm run apikey -- revoke <id | prefix>                               revokes a key at once`;

function fail(message: string): never {
  console.error(`${message}\n\n${usage}`);
  process.exit(2);
}

const { positionals, values } = (() => {
  try {
    return parseArgs({ allowPositionals: true, options: { role: { type: "string" }, name: { type: "string" } } });
  } catch (error) {
    return fail((error as Error).message);
  }
})();
const [command, target] = positionals;
const role = values.role?.toUpperCase();
if (command === "create" && !(role && role in ApiKeyRole)) fail("create needs --role editor or --role admin");
if (command === "create" && !values.name?.trim()) fail("create needs --name");
if (command === "revoke" && !target) fail("revoke needs the key's id or prefix");
if (!["create", "list", "revoke"].includes(command ?? "")) fail(command ? `Unknown command "${command}"` : "No command given");

await runWithDatabase("apikey", async (database) => {
  await migrate(database);
  const prisma = database.prisma;
  if (command === "create") {
    const { key, apiKey } = await createApiKey(prisma, values.name!.trim(), role as ApiKeyRole);
    console.log(`Created ${apiKey.role} key "${apiKey.name}" (id ${apiKey.id}, prefix ${apiKey.prefix}).`);
    console.log("The key is shown only now; keep it secret:");
    console.log(key);
  } else if (command === "list") {
    const keys = await listApiKeys(prisma);
    if (!keys.length) console.log("No API keys.");
    for (const key of keys) {
      const state = key.revokedAt ? `revoked ${key.revokedAt.toISOString()}` : `last used ${key.lastUsedAt?.toISOString() ?? "never"}`;
      console.log([key.id, key.prefix, key.role, JSON.stringify(key.name), `created ${key.createdAt.toISOString()}`, state].join("  "));
    }
  } else {
    const revoked = await revokeApiKey(prisma, target!);
    if (!revoked) {
      console.error(`No API key has the id or prefix "${target}"`);
      process.exitCode = 1;
    } else {
      console.log(`Revoked key "${revoked.name}" (${revoked.prefix}) at ${revoked.revokedAt!.toISOString()}.`);
    }
  }
});
