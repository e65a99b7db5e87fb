import { execFile } from "node:child_process";
import fs from "node:fs/promises";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);
const bin = "/usr/lib/postgresql/15/bin";

export async function freePort(): Promise<number> {
  const server = net.createServer().listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** A PostgreSQL 15 server of a test's own, in a temporary directory on a free port, to stop, freeze and start again. */
export interface PostgresCluster {
  url: string;
  start(): Promise<void>;
  /** Fast shutdown: sessions are ended, new connections refused. */
  stop(): Promise<void>;
  /** SIGSTOP to every process of the server: connections stay open, nothing answers. */
  freeze(): Promise<void>;
  thaw(): Promise<void>;
  destroy(): Promise<void>;
}

export async function createPostgresCluster(): Promise<PostgresCluster> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "dossier-pg-"));
  const port = await freePort();
  // initdb and postgres refuse to run as root.
  const asOwner = process.getuid?.() === 0 ? ["runuser", "-u", "postgres", "--"] : [];
  if (asOwner.length) await run("chown", ["postgres", dir]);
  const pg = (tool: string, args: string[]) => run(asOwner[0] ?? `${bin}/${tool}`, [...asOwner.slice(1), ...(asOwner.length ? [`${bin}/${tool}`] : []), ...args]);
  const data = path.join(dir, "data");
  await pg("initdb", ["-D", data, "-A", "trust", "-U", "postgres", "--no-sync"]);
  const pids = async () => {
    const postmaster = Number((await fs.readFile(path.join(data, "postmaster.pid"), "utf8")).split("\n")[0]);
    const { stdout } = await run("pgrep", ["-P", String(postmaster)]).catch(() => ({ stdout: "" }));
    return [postmaster, ...stdout.split("\n").filter(Boolean).map(Number)];
  };
  const signal = async (name: NodeJS.Signals) => {
    for (const pid of await pids()) process.kill(pid, name);
  };
  const cluster: PostgresCluster = {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    start: async () => {
      await pg("pg_ctl", ["-D", data, "-w", "-l", path.join(dir, "log"), "-o", `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`, "start"]);
    },
    stop: async () => {
      await pg("pg_ctl", ["-D", data, "-w", "-m", "fast", "stop"]);
    },
    freeze: () => signal("SIGSTOP"),
    thaw: () => signal("SIGCONT"),
    destroy: async () => {
      await cluster.thaw().catch(() => {});
      await pg("pg_ctl", ["-D", data, "-w", "-m", "immediate", "stop"]).catch(() => {});
      await fs.rm(dir, { recursive: true, force: true });
    },
  };
  await cluster.start();
  return cluster;
}
