// PostGraphile v4 on DATABASE_URL as the peer of `npm run bench`: schema `public` (Dossier's tables),
// a pool of 10, production options (no watch mode, no GraphiQL, no query log, no mutations), plus
// the many-to-many plugin so an actor's meetings (through Attendance) are one connection ordered by
// the meeting's columns, as Dossier's `Actor.meetings` is. Prints the line the bench waits for.
import http from "node:http";
import PgManyToManyPlugin from "@graphile-contrib/pg-many-to-many";
import pg from "pg";
import { postgraphile } from "postgraphile";

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
const handler = postgraphile(pool, "public", {
  appendPlugins: [PgManyToManyPlugin],
  disableDefaultMutations: true,
  setofFunctionsContainNulls: false,
  dynamicJson: true,
  graphiql: false,
  watchPg: false,
  disableQueryLog: true,
  retryOnInitFail: false,
});
const server = http.createServer(handler);
server.listen(Number(process.env.PORT ?? 0), process.env.HOST ?? "127.0.0.1", () => {
  const { address, port } = server.address();
  console.log(`PostGraphile is serving GraphQL at http://${address}:${port}/graphql`);
});
process.on("SIGTERM", () => server.close(() => pool.end().then(() => process.exit(0))));
