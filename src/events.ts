import { createPubSub } from "@graphql-yoga/subscription";
import { createRedisEventTarget } from "@graphql-yoga/redis-event-target";
import { Redis } from "ioredis";
import type { PubSub } from "type-graphql";

/** A quote or incident was recorded; `actorIds` are who it concerns (speaker, participants). */
export interface FactRecorded {
  id: string;
  actorIds: string[];
}

export type MeetingChangeKind = "CREATED" | "UPDATED" | "DELETED";

/** A meeting or its attendance changed; `actorIds` are its attendees (before and after the change). */
export interface MeetingChanged {
  meetingId: string;
  change: MeetingChangeKind;
  actorIds: string[];
}

/** A start-up failure that deserves one clear line, not a stack trace. */
export class RedisUnavailableError extends Error {}

/** Connects a Redis client; once connected, a lost connection is reported in one line while it reconnects. */
export async function connectRedis(url: string): Promise<Redis> {
  const client = new Redis(url, { lazyConnect: true });
  let connected = false;
  let failure: Error | undefined;
  client.on("error", (error: Error) => {
    if (connected) console.error(`Redis: ${error.message}`);
    else failure ??= error;
  });
  try {
    await client.connect();
    connected = true;
    return client;
  } catch (error) {
    client.disconnect();
    throw new RedisUnavailableError(`Cannot connect to Redis at ${new URL(url).host}: ${(failure ?? (error as Error)).message}`);
  }
}

/**
 * Closes a Redis client: politely (QUIT, after what is queued) while connected; at once while Redis
 * is unreachable, where QUIT would wait in the offline queue through every reconnection attempt
 * and then fail.
 */
export async function closeRedis(client: Redis): Promise<void> {
  if (client.status !== "ready") return client.disconnect();
  await client.quit().catch(() => client.disconnect());
}

export const topics = { quoteRecorded: "quoteRecorded", incidentRecorded: "incidentRecorded", meetingChanged: "meetingChanged" } as const;

/** An event a unit of work collected, published once it has committed. */
export type Announcement =
  | { topic: "quoteRecorded" | "incidentRecorded"; event: FactRecorded }
  | { topic: "meetingChanged"; event: MeetingChanged };

export interface Events {
  /** For buildSchema: what `@Subscription` resolvers subscribe to. */
  pubSub: PubSub;
  quoteRecorded(event: FactRecorded): void;
  incidentRecorded(event: FactRecorded): void;
  meetingChanged(event: MeetingChanged): void;
  /** Resolves when Redis (if configured) answers. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

/**
 * The client as the Redis event target uses it, with failed commands logged: the event target
 * neither awaits nor catches them, and an unhandled rejection during a Redis outage would end the
 * process instead of losing the event.
 */
function loggingFailures(client: Redis): Redis {
  const report = (command: string, channel: string) => (error: Error) => console.error(`Redis ${command} on ${channel} failed: ${error.message}`);
  const adapter = {
    publish: (channel: string, message: string) => client.publish(channel, message).catch(report("publish", channel)),
    subscribe: (channel: string) => client.subscribe(channel).catch(report("subscribe", channel)),
    unsubscribe: (channel: string) => client.unsubscribe(channel).catch(report("unsubscribe", channel)),
    on: client.on.bind(client),
  };
  return adapter as unknown as Redis;
}

/**
 * Subscription events: in-process, or through Redis pub/sub when `redisUrl` is set, so a
 * subscriber on one instance hears a change made through another. Channels are named
 * `<prefix><topic>`, so deployments (or test runs) sharing one Redis stay apart.
 */
export async function createEvents(config: { redisUrl: string | undefined; redisPrefix: string }): Promise<Events> {
  const clients = config.redisUrl ? [await connectRedis(config.redisUrl), await connectRedis(config.redisUrl)] : [];
  const inner = createPubSub<Record<string, [unknown]>>({
    eventTarget: clients.length ? createRedisEventTarget({ publishClient: loggingFailures(clients[0]), subscribeClient: loggingFailures(clients[1]) }) : undefined,
  });
  const pubSub: PubSub = {
    publish: (topic, payload) => inner.publish(config.redisPrefix + topic, payload),
    subscribe: (topic) => inner.subscribe(config.redisPrefix + topic),
  };
  return {
    pubSub,
    quoteRecorded: (event) => pubSub.publish(topics.quoteRecorded, event),
    incidentRecorded: (event) => pubSub.publish(topics.incidentRecorded, event),
    meetingChanged: (event) => pubSub.publish(topics.meetingChanged, event),
    ping: async () => {
      await Promise.all(clients.map((client) => client.ping()));
    },
    close: async () => {
      await Promise.all(clients.map(closeRedis));
    },
  };
}

/** Publishes what a committed unit of work announced. */
export function publish(events: Pick<Events, "quoteRecorded" | "incidentRecorded" | "meetingChanged">, announcements: Announcement[]): void {
  for (const announcement of announcements) {
    if (announcement.topic === "meetingChanged") events.meetingChanged(announcement.event);
    else events[announcement.topic](announcement.event);
  }
}
