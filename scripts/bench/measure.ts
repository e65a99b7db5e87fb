import autocannon from "autocannon";

export interface Measurement {
  requestsPerSecond: number;
  p50: number;
  p99: number;
}

/** Sends the query once; returns the server's first error message, or null when it answers with data. */
export async function firstError(url: string, body: string): Promise<string | null> {
  const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body });
  const text = await response.text();
  try {
    const json = JSON.parse(text) as { errors?: { message: string; extensions?: { code?: string } }[] };
    if (json.errors?.length) return `${json.errors[0].extensions?.code ?? "ERROR"}: ${json.errors[0].message}`;
  } catch {
    return `HTTP ${response.status}: ${text.slice(0, 200)}`;
  }
  return response.ok ? null : `HTTP ${response.status}`;
}

/** Throughput and latency percentiles of `connections` clients posting `body` for `seconds`. */
export async function measure(url: string, body: string, options: { connections: number; seconds: number }): Promise<Measurement> {
  const result = await autocannon({
    url, method: "POST", headers: { "content-type": "application/json" }, body,
    connections: options.connections, duration: options.seconds,
  });
  if (result.errors > 0 || result.non2xx > 0) {
    throw new Error(`${result.errors} connection errors and ${result.non2xx} non-2xx responses from ${url}`);
  }
  return { requestsPerSecond: result.requests.average, p50: result.latency.p50, p99: result.latency.p99 };
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
