import { spawn, type ChildProcess } from "node:child_process";

export interface BenchServer {
  url: string;
  stop(): Promise<void>;
}

/**
 * Starts `npm start` on `databaseUrl` as a child process (its own process group, so the server and
 * npm stop together), on a free port, and resolves with its GraphQL URL once it serves.
 */
export function startBenchServer(databaseUrl: string): Promise<BenchServer> {
  const child: ChildProcess = spawn("npm", ["start", "--silent"], {
    env: { ...process.env, DATABASE_URL: databaseUrl, HOST: "127.0.0.1", PORT: "0", SEED: "false", NODE_ENV: "production" },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) process.kill(-child.pid!, "SIGTERM");
    await exited;
  };
  return new Promise((resolve, reject) => {
    let output = "";
    const timeout = setTimeout(() => { void stop(); reject(new Error(`server on ${databaseUrl} did not start in 120 s: ${output}`)); }, 120_000);
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /serving GraphQL at (\S+)/.exec(output);
      if (match) {
        clearTimeout(timeout);
        resolve({ url: match[1], stop });
      }
    };
    child.stdout!.on("data", collect);
    child.stderr!.on("data", collect);
    child.once("exit", (code) => { clearTimeout(timeout); reject(new Error(`server on ${databaseUrl} exited with ${code}: ${output.trim()}`)); });
  });
}
