// Preloaded (`node --import`) into both benchmarked servers, Dossier and PostGraphile, so the same code
// measures both. It counts, from the moment the bench sends "start" over the IPC channel until it sends
// "stop": HTTP responses served, SQL statements sent (`pg` Client#query, which both servers use), and
// bytes allocated on the V8 heap. Allocation is not a counter V8 exposes, so it is derived: what was
// allocated in a window is what the heap grew by plus what every garbage collection in it freed, read
// from `v8.GCProfiler` (heap used before and after each collection).
import http from "node:http";
import { createRequire } from "node:module";
import path from "node:path";
import v8 from "node:v8";

// The `pg` the server itself loads: the one its working directory resolves.
const pg = createRequire(path.join(process.cwd(), "noop.js"))("pg");
let statements = 0;
const query = pg.Client.prototype.query;
pg.Client.prototype.query = function countedQuery(...args) {
  statements++;
  return query.apply(this, args);
};

let responses = 0;
const emit = http.Server.prototype.emit;
http.Server.prototype.emit = function countResponses(event, request, response) {
  if (event === "request") response.once("close", () => responses++);
  return emit.apply(this, [event, request, response]);
};

let window = null;
process.on("message", (message) => {
  if (message === "start") {
    const profiler = new v8.GCProfiler();
    profiler.start();
    window = { profiler, heapUsed: v8.getHeapStatistics().used_heap_size, statements, responses };
    process.send({ started: true });
  } else if (message === "stop" && window) {
    const { statistics } = window.profiler.stop();
    const freed = statistics.reduce((sum, gc) => sum + gc.beforeGC.heapStatistics.usedHeapSize - gc.afterGC.heapStatistics.usedHeapSize, 0);
    const grown = v8.getHeapStatistics().used_heap_size - window.heapUsed;
    process.send({
      responses: responses - window.responses,
      statements: statements - window.statements,
      allocatedBytes: grown + freed,
    });
    window = null;
  }
});
process.channel?.unref();
