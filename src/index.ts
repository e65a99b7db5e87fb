import "reflect-metadata";
import { loadConfig } from "./config.js";
import { startServer } from "./server.js";
import { reportFatal } from "./cli/run.js";

try {
  const config = loadConfig();
  const server = await startServer(config);
  console.log(`Dossier is serving GraphQL at ${server.url}`);
  let stopping = false;
  const shutdown = async (signal: NodeJS.Signals) => {
    if (stopping) {
      console.error(`Dossier: ${signal} again, exiting without waiting`);
      process.exit(1);
    }
    stopping = true;
    console.error(`Dossier: ${signal} received, finishing in-flight requests (up to ${config.shutdownGraceMs} ms)`);
    // A last resort should closing the database or Redis hang.
    setTimeout(() => reportFatal("Dossier could not stop in time", new Error("shutdown timed out")), config.shutdownGraceMs + 15_000).unref();
    try {
      await server.stop();
    } catch (error) {
      reportFatal("Dossier could not stop cleanly", error);
    }
    console.error("Dossier stopped");
    process.exit(0);
  };
  process.on("SIGINT", shutdown);
  process.on("SIGTERM", shutdown);
} catch (error) {
  reportFatal("Dossier cannot start", error);
}
