/**
 * Node-side cost of one request, side by side: starts one production server per source tree given
 * (`--tree DIR`, repeatable; default this tree) on DATABASE_URL, warms each up, then in interleaved
 * rounds drives each with autocannon and reads, from the probe preloaded into it, the CPU time and
 * bytes allocated over the round. Prints medians per tree: CPU and allocation per request, req/s.
 *
 *   DATABASE_URL=postgres://… node --import @swc-node/register/esm-register scripts/node-overhead/run.ts \
 *     [--tree /other/checkout] [--rounds 5] [--seconds 10] [--connections 10] [--query nested|actors|meeting]
 */
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import autocannon from "autocannon";

const queries: Record<string, string> = {
  nested: `{ meetings(first: 20) { edges { node { title
    attendees { edges { node { role actor { name } } } }
    statements(first: 100) { edges { node { text speaker { name } } } } } } } }`,
  actors: `{ actors(first: 100) { edges { node { name kind } } } }`,
};

const { values } = parseArgs({
  options: {
    tree: { type: "string", multiple: true },
    rounds: { type: "string", default: "5" },
    seconds: { type: "string", default: "10" },
    connections: { type: "string", default: "10" },
    query: { type: "string", default: "nested" },
  },
});
const trees = (values.tree ?? [process.cwd()]).map((tree) => path.resolve(tree));
const probe = path.resolve(import.meta.dirname, "probe.mjs");
const body = JSON.stringify({ query: queries[values.query!] });

interface Server { tree: string; url: string; child: ChildProcess; probeFile: string }

async function start(tree: string, index: number): Promise<Server> {
  const probeFile = path.join(os.tmpdir(), `node-overhead-${process.pid}-${index}.json`);
  const child = spawn(process.execPath, ["--import", "@swc-node/register/esm-register", "--import", probe, "src/index.ts"], {
    cwd: tree,
    env: { ...process.env, NODE_ENV: "production", PORT: "0", RATE_LIMIT_ANONYMOUS: "0", PROBE_FILE: probeFile, LOG_LEVEL: process.env.LOG_LEVEL ?? "info" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let seen = "";
    child.stdout!.on("data", (chunk: Buffer) => {
      if (seen.length > 10_000) return;
      seen += chunk.toString();
      const match = /serving GraphQL at (\S+)/.exec(seen);
      if (match) resolve(match[1]);
    });
    child.once("exit", (code) => reject(new Error(`server in ${tree} exited with ${code}`)));
  });
  child.stdout!.resume();
  return { tree, url, child, probeFile };
}

const signal = (server: Server) => server.child.kill("SIGUSR2");

async function drive(server: Server, seconds: number) {
  const result = await autocannon({
    url: server.url, method: "POST", body, headers: { "content-type": "application/json" },
    connections: Number(values.connections), duration: seconds,
  });
  if (result.non2xx || result.errors) throw new Error(`${server.tree}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  return result;
}

async function round(server: Server) {
  fs.rmSync(server.probeFile, { force: true });
  signal(server);
  const result = await drive(server, Number(values.seconds));
  signal(server);
  while (!fs.existsSync(server.probeFile)) await new Promise((resolve) => setTimeout(resolve, 50));
  const probed = JSON.parse(fs.readFileSync(server.probeFile, "utf8")) as { cpuMs: number; allocated: number; gcMs: number };
  const requests = result.requests.total;
  return { cpuMs: probed.cpuMs / requests, kb: probed.allocated / requests / 1024, gcMs: probed.gcMs / requests, rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99 };
}

const median = (numbers: number[]) => [...numbers].sort((a, b) => a - b)[Math.floor(numbers.length / 2)];

const servers: Server[] = [];
try {
  for (const [index, tree] of trees.entries()) servers.push(await start(tree, index));
  for (const server of servers) {
    const answer = await (await fetch(server.url, { method: "POST", body, headers: { "content-type": "application/json" } })).text();
    if (!answer.startsWith('{"data"') || answer.includes('"errors"')) throw new Error(`${server.tree} answers ${answer.slice(0, 300)}`);
    console.error(`${server.tree}: a ${answer.length}-byte answer`);
    await drive(server, 5);
  }
  const results = servers.map(() => [] as Awaited<ReturnType<typeof round>>[]);
  for (let r = 0; r < Number(values.rounds); r++) {
    for (const [index, server] of servers.entries()) {
      const measured = await round(server);
      results[index].push(measured);
      console.error(`round ${r + 1} ${server.tree}: ${JSON.stringify(measured)}`);
    }
  }
  console.log(`query ${values.query}, ${values.connections} connections, ${values.rounds} rounds of ${values.seconds} s, medians:`);
  console.log("| tree | CPU ms/request | KB allocated/request | GC pauses ms/request | req/s | p50 ms | p99 ms |\n|---|---|---|---|---|---|---|");
  for (const [index, server] of servers.entries()) {
    const of = (key: keyof (typeof results)[0][0]) => median(results[index].map((each) => each[key]));
    console.log(`| ${server.tree} | ${of("cpuMs").toFixed(2)} | ${of("kb").toFixed(0)} | ${of("gcMs").toFixed(2)} | ${of("rps").toFixed(1)} | ${of("p50")} | ${of("p99")} |`);
  }
} finally {
  for (const server of servers) server.child.kill("SIGTERM");
}
