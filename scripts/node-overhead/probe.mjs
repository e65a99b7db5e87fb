// Preloaded into a server (`node --import ./scripts/node-overhead/probe.mjs …`): the first SIGUSR2
// starts a measurement, the next one writes the CPU time and the bytes allocated on the JS heap
// since then, and the time spent in GC pauses, to $PROBE_FILE. Bytes allocated = heap growth + what each GC freed (v8.GCProfiler).
import fs from "node:fs";
import v8 from "node:v8";

let running;
process.on("SIGUSR2", () => {
  if (!running) {
    const profiler = new v8.GCProfiler();
    profiler.start();
    running = { profiler, cpu: process.cpuUsage(), heap: v8.getHeapStatistics().used_heap_size };
    return;
  }
  const { statistics } = running.profiler.stop();
  const cpu = process.cpuUsage(running.cpu);
  const freed = statistics.reduce((sum, gc) => sum + gc.beforeGC.heapStatistics.usedHeapSize - gc.afterGC.heapStatistics.usedHeapSize, 0);
  const gcMs = statistics.reduce((sum, gc) => sum + gc.cost, 0) / 1000;
  const allocated = v8.getHeapStatistics().used_heap_size - running.heap + freed;
  // Written aside, then renamed: the reader never sees half a file.
  fs.writeFileSync(`${process.env.PROBE_FILE}.part`, JSON.stringify({ cpuMs: (cpu.user + cpu.system) / 1000, allocated, gcMs }));
  fs.renameSync(`${process.env.PROBE_FILE}.part`, process.env.PROBE_FILE);
  running = undefined;
});
