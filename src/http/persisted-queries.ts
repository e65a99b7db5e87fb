import { createHash } from "node:crypto";
import fs from "node:fs/promises";
import type { Redis } from "ioredis";
import { ErrorsAreMissesCache, InMemoryLRUCache, PrefixingKeyValueCache, type KeyValueCache } from "@apollo/utils.keyvaluecache";
import { ConfigError } from "../config.js";

/** How long a registered persisted query stays in Redis when Apollo gives no TTL. */
const REDIS_TTL_SECONDS = 24 * 60 * 60;

/** The hash automatic persisted queries name a document by: sha256, in hex. */
export const documentHash = (document: string) => createHash("sha256").update(document).digest("hex");

/** Apollo's cache interface over ioredis. While Redis is unreachable it misses rather than waits. */
class RedisDocumentCache implements KeyValueCache<string> {
  constructor(private readonly redis: Redis, private readonly prefix: string) {}

  async get(key: string): Promise<string | undefined> {
    if (this.redis.status !== "ready") return undefined;
    return (await this.redis.get(this.prefix + key)) ?? undefined;
  }

  async set(key: string, value: string, options?: { ttl?: number | null }): Promise<void> {
    if (this.redis.status !== "ready") return;
    await this.redis.set(this.prefix + key, value, "EX", options?.ttl ?? REDIS_TTL_SECONDS);
  }

  async delete(key: string): Promise<void> {
    await this.redis.del(this.prefix + key);
  }
}

/**
 * The operations a server in allow-list mode runs: a persisted-documents file as the client
 * preset of GraphQL Code Generator writes it (`{ "sha256:<hex>": "<document>" }`).
 */
export class OperationAllowList {
  private constructor(private readonly documents: Map<string, string>) {}

  static async load(file: string): Promise<OperationAllowList> {
    let entries: [string, unknown][];
    try {
      entries = Object.entries(JSON.parse(await fs.readFile(file, "utf8")) as object);
    } catch (error) {
      throw new ConfigError(`OPERATION_ALLOW_LIST ${file} cannot be read as JSON: ${(error as Error).message}`);
    }
    const documents = new Map<string, string>();
    for (const [key, document] of entries) {
      const hash = key.replace(/^sha256:/, "");
      if (typeof document !== "string" || documentHash(document) !== hash) {
        throw new ConfigError(`OPERATION_ALLOW_LIST ${file}: entry ${JSON.stringify(key)} is not a document under its sha256 hash`);
      }
      documents.set(hash, document);
    }
    return new OperationAllowList(documents);
  }

  has(hash: string): boolean {
    return this.documents.has(hash);
  }

  /**
   * As Apollo's persisted-query cache: registered documents are found by hash, and nothing new is
   * registered. Marked so that Apollo looks hashes up as they are, without its "apq:" key prefix.
   */
  asCache(): KeyValueCache<string> {
    return PrefixingKeyValueCache.cacheDangerouslyDoesNotNeedPrefixesForIsolation({
      get: async (hash: string) => this.documents.get(hash),
      set: async () => {},
      delete: async () => {},
    });
  }
}

/**
 * Where automatic persisted queries are kept: the allow-list's documents only, in allow-list
 * mode; otherwise Redis, shared by every instance, when configured; otherwise the process.
 */
export function persistedQueryCache(allowList: OperationAllowList | undefined, redis: Redis | undefined, redisPrefix: string): KeyValueCache<string> {
  if (allowList) return allowList.asCache();
  // Apollo prefixes the keys with "apq:".
  if (redis) return new ErrorsAreMissesCache(new RedisDocumentCache(redis, redisPrefix));
  return new InMemoryLRUCache<string>();
}
