import "reflect-metadata";
import { loadConfig } from "./config.js";
import { startServer } from "./server.js";
import { reportFatal } from "./cli/run.js";

try {
  const server = await startServer(loadConfig());
  console.log(`Dossier is serving GraphQL at ${server.url}`);
  const shutdown = async () => {
    await server.stop();
    process.exit(0);
  };
  process.once("SIGINT", shutdown);
  process.once("SIGTERM", shutdown);
} catch (error) {
  reportFatal("Dossier cannot start", error);
}
