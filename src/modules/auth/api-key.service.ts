import { createHash, randomBytes } from "node:crypto";
import type { PrismaClient } from "../../generated/prisma/client.js";
import type { ApiKeyRole } from "../../generated/prisma/enums.js";
import { UUID } from "../../common/node-id.js";

/** Who makes a change: the API key it was made with. */
export interface Editor {
  id: string;
  name: string;
  role: ApiKeyRole;
}

// Keys are 32 random bytes, so a fast unsalted hash is enough: there is nothing to brute-force.
export const hashApiKey = (key: string) => createHash("sha256").update(key).digest("hex");

/** Creates a key and returns it in clear; only its hash and prefix are stored. */
export async function createApiKey(prisma: PrismaClient, name: string, role: ApiKeyRole) {
  const prefix = `dsk_${randomBytes(4).toString("hex")}`;
  const key = `${prefix}_${randomBytes(32).toString("base64url")}`;
  const apiKey = await prisma.apiKey.create({ data: { name, role, prefix, hash: hashApiKey(key) } });
  return { key, apiKey };
}

export function listApiKeys(prisma: PrismaClient) {
  return prisma.apiKey.findMany({ orderBy: { createdAt: "asc" }, omit: { hash: true } });
}

/** Revokes the key with this id or prefix; null when there is none. Revoking twice keeps the first date. */
export async function revokeApiKey(prisma: PrismaClient, idOrPrefix: string) {
  const isId = UUID.test(idOrPrefix);
  const apiKey = await prisma.apiKey.findUnique({ where: isId ? { id: idOrPrefix } : { prefix: idOrPrefix } });
  if (!apiKey || apiKey.revokedAt) return apiKey;
  return prisma.apiKey.update({ where: { id: apiKey.id }, data: { revokedAt: new Date() } });
}

/** The editor a live key belongs to, noting its use; null for an unknown or revoked key. */
export async function authenticate(prisma: PrismaClient, key: string): Promise<Editor | null> {
  const [editor] = await prisma.$queryRaw<Editor[]>`
    UPDATE "ApiKey" SET "lastUsedAt" = now()
    WHERE hash = ${hashApiKey(key)} AND "revokedAt" IS NULL
    RETURNING id, name, role::text AS role`;
  return editor ?? null;
}
