import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { useTestServer } from "./helpers/server.js";

const api = useTestServer();

/** Runs the example client as a developer would, against the test server. */
async function runExample(...args: string[]) {
  const script = new URL("../examples/client/actor-report.ts", import.meta.url).pathname;
  return promisify(execFile)(process.execPath, ["--import", "@swc-node/register/esm-register", script, api.url, ...args], {
    cwd: new URL("..", import.meta.url).pathname,
  });
}

describe("the example typed client (examples/client)", () => {
  it("prints what an actor said, through the generated documents and graphql-request", async () => {
    const { stdout } = await runExample("donald-trump");
    const [heading, ...quotes] = stdout.trim().split("\n");
    expect(heading).toMatch(/^Donald Trump \(person, United States\): 4 quote\(s\)$/);
    expect(quotes).toContain(
      "- 2025-09-03: “I’m having a conversation with him very shortly, and I’ll know pretty much what we’re going to be doing.” " +
        "(Donald Trump meets Polish President Karol Nawrocki at the White House)",
    );
  });

  it("exits with 1 and a message for an actor that does not exist", async () => {
    await expect(runExample("nobody-at-all")).rejects.toMatchObject({ code: 1, stderr: 'No actor with slug "nobody-at-all"\n' });
  });
});
