import { migrate } from "../db/migrate.js";
import { runWithDatabase } from "./run.js";

await runWithDatabase("db:migrate", async (database) => {
  const applied = await migrate(database);
  console.log(applied.length ? `Applied ${applied.join(", ")}` : "Database is up to date");
});
