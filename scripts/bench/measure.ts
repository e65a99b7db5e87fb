import autocannon from "autocannon";
import type { BenchServer } from "./server.js";

export interface Measurement {
  requestsPerSecond: number;
  p50: number;
  p99: number;
}

/** What the server answered, as sent (its size) and parsed. */
export interface Answer {
  bytes: number;
  json: { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] };
}

/** Sends the request once; throws with the server's first error unless it answers with data and no errors. */
export async function answer(url: string, body: string): Promise<Answer> {
  const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body });
  const text = await response.text();
  let json: Answer["json"];
  try {
    json = JSON.parse(text) as Answer["json"];
  } catch {
    throw new Error(`HTTP ${response.status}: ${text.slice(0, 200)}`);
  }
  if (json.errors?.length) throw new Error(`${json.errors[0].extensions?.code ?? "ERROR"}: ${json.errors[0].message}`);
  if (!response.ok || json.data == null) throw new Error(`HTTP ${response.status} without data`);
  return { bytes: Buffer.byteLength(text), json };
}

/** The value below which `share` of the sorted `values` fall (nearest rank). */
function percentile(sorted: Float64Array, share: number): number {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)] : NaN;
}

/**
 * Throughput and latency percentiles of `connections` clients posting `body` for `seconds`. The
 * latencies are autocannon's own per-response times (fractional milliseconds), kept here: its
 * histogram stores whole milliseconds, and a p50 of 0 against 1 ms says nothing of a ratio.
 */
export async function measure(url: string, body: string, options: { connections: number; seconds: number }): Promise<Measurement> {
  const latencies: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const run = autocannon({
      url, method: "POST", headers: { "content-type": "application/json" }, body,
      connections: options.connections, duration: options.seconds,
      // The machine may be shared and busy: a slow answer is a measurement, not an error.
      timeout: 60,
    }, (error, finished) => (error ? reject(error) : resolve(finished)));
    run.on("response", (_client, status, _bytes, milliseconds) => {
      if (status >= 200 && status < 300) latencies.push(milliseconds);
    });
  });
  if (result.errors > 0 || result.non2xx > 0) {
    throw new Error(`${result.errors} connection errors and ${result.non2xx} non-2xx responses from ${url}`);
  }
  const sorted = Float64Array.from(latencies).sort();
  return { requestsPerSecond: result.requests.average, p50: percentile(sorted, 0.5), p99: percentile(sorted, 0.99) };
}

/** How long and how hard each round measures each query on each server. */
export interface RoundOptions {
  rounds: number;
  seconds: number;
  connections: number;
}

/** One query on one server for one window: the client's measurement and, per request, the server's. */
export interface Sample extends Measurement {
  cpuMs: number;
  databaseCpuMs: number;
  allocatedBytes: number;
  statements: number;
}

/** Measures `body` on `server` for `seconds`, with the server's own counts in the same window. */
export async function sample(server: BenchServer, body: string, options: { connections: number; seconds: number }): Promise<Sample> {
  await server.startWindow();
  const result = await measure(server.url, body, options);
  const window = await server.endWindow();
  const perRequest = (value: number) => value / window.responses;
  return {
    ...result, cpuMs: perRequest(window.cpuMs), databaseCpuMs: perRequest(window.databaseCpuMs),
    allocatedBytes: perRequest(window.allocatedBytes), statements: perRequest(window.statements),
  };
}

/** A sample as a line of the bench's log. */
export function describe(s: Sample): string {
  return `${Math.round(s.requestsPerSecond)} req/s, p50 ${s.p50.toFixed(2)} ms, p99 ${s.p99.toFixed(2)} ms; per request ${s.cpuMs.toFixed(2)} ms CPU `
    + `(PostgreSQL ${s.databaseCpuMs.toFixed(2)} ms), ${(s.allocatedBytes / 2 ** 20).toFixed(2)} MiB allocated, ${s.statements.toFixed(2)} statements`;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** The median of each number over the samples. */
export function medians(samples: Sample[]): Sample {
  const of = (key: keyof Sample) => median(samples.map((s) => s[key]));
  return {
    requestsPerSecond: of("requestsPerSecond"), p50: of("p50"), p99: of("p99"), cpuMs: of("cpuMs"),
    databaseCpuMs: of("databaseCpuMs"), allocatedBytes: of("allocatedBytes"), statements: of("statements"),
  };
}
