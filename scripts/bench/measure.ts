import autocannon from "autocannon";

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
