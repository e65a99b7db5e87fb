import { spawn, type ChildProcess } from "node:child_process";
import net from "node:net";
import { afterAll, beforeAll, expect, it } from "vitest";
import { useTestServer } from "./helpers/server.js";
import { actorId, mutate } from "./helpers/graph.js";

/** A Redis server of this test's own, so that stopping it disturbs nobody else. */
let redis: ChildProcess | undefined;
const env: NodeJS.ProcessEnv = {};

async function freePort(): Promise<number> {
  const server = net.createServer().listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

beforeAll(async () => {
  const port = await freePort();
  redis = spawn("redis-server", ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"], { stdio: "ignore" });
  for (let tries = 0; ; tries++) {
    const up = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, "127.0.0.1", () => resolve(true)).once("error", () => resolve(false));
      socket.once("connect", () => socket.end());
    });
    if (up) break;
    if (tries > 50) throw new Error("redis-server did not start");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  env.REDIS_URL = `redis://127.0.0.1:${port}`;
});
afterAll(() => {
  redis?.kill("SIGKILL");
});

const api = useTestServer(env);

it("keeps serving, and keeps recording quotes, while Redis is down", async () => {
  redis!.kill("SIGKILL");
  const macron = await actorId(api, "Emmanuel Macron");
  const QUOTE = `mutation($input: QuoteInput!) { createQuote(input: $input) { quote { text } errors { code } } }`;
  expect(await mutate(api, QUOTE, { input: { kind: "DIRECT", text: "Said while Redis was down.", speaker: macron } })).toEqual({
    quote: { text: "Said while Redis was down." },
    errors: [],
  });
  // ioredis gives up on the queued publish after its retries (about ten seconds); the server must outlive that.
  await new Promise((resolve) => setTimeout(resolve, 15_000));
  const { data } = await api.query(`{ quotes(filter: { search: "Redis" }) { edges { node { text } } } }`);
  expect(data.quotes.edges).toEqual([{ node: { text: "Said while Redis was down." } }]);
});
