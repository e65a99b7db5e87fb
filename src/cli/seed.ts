import { migrate } from "../db/migrate.js";
import { seed } from "../db/seed.js";
import { runWithDatabase } from "./run.js";

await runWithDatabase("db:seed", async (database) => {
  await migrate(database);
  const results = await seed(database.prisma);
  const created = results.filter((result) => result.created).length;
  console.log(`Seeded ${created} new article(s); ${results.length - created} already present`);
});
