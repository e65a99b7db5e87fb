import { describe, expect, it } from "vitest";
import { useTestServer } from "./helpers/server.js";

// One connection each, so the session a test reads is the one the requests ran on.
const limited = useTestServer({ DATABASE_POOL_SIZE: "1", DATABASE_PREPARED_STATEMENTS: "2" });
const api = useTestServer({ DATABASE_POOL_SIZE: "1" });

const prepared = () =>
  limited.server.database.withSession((session) => session.query<{ name: string; statement: string }>("SELECT name, statement FROM pg_prepared_statements"));

const shapes = [
  `{ actors(first: 3) { edges { node { name } } } }`,
  `{ places(first: 3) { edges { node { name } } } }`,
  `{ meetings(first: 3) { edges { node { title } } } }`,
];

describe("prepared statements", () => {
  it("prepares repeated statements on PostgreSQL, no more of them than DATABASE_PREPARED_STATEMENTS, none on PGlite", async () => {
    for (const query of shapes) {
      const answers = [];
      for (let run = 0; run < 3; run++) answers.push(await limited.query(query));
      for (const answer of answers) expect(answer.errors).toBeUndefined();
      expect(answers[0].data).toBeTruthy();
      expect(answers[1].data).toEqual(answers[0].data);
      expect(answers[2].data).toEqual(answers[0].data);
    }
    const statements = await prepared();
    if (limited.server.database.kind === "server") {
      // Three repeated shapes, each of at least one statement: the limit is what holds them back.
      expect(statements).toHaveLength(2);
      expect(statements.every((statement) => statement.name.startsWith("dossier_"))).toBe(true);
    } else {
      // PGlite's connections share one session, where one connection's name would be taken for the next.
      expect(statements).toEqual([]);
    }
  });

  it("answers a repeated query after a migration changed the columns it reads", async () => {
    // `t.*` of a list: once prepared, PostgreSQL refuses the statement after the table gains a column.
    const query = `{ actors(first: 2) { edges { node { name kind } } } }`;
    const answer = async () => {
      const { data, errors } = await api.query(query);
      return { data, errors };
    };
    const before = await answer();
    expect(before.errors).toBeUndefined();
    expect(before.data.actors.edges).toHaveLength(2);
    expect(await answer()).toEqual(before);
    await api.server.database.withSession((session) => session.exec(`ALTER TABLE "Actor" ADD COLUMN "probe" integer`));
    try {
      expect(await answer()).toEqual(before);
      expect(await answer()).toEqual(before);
    } finally {
      await api.server.database.withSession((session) => session.exec(`ALTER TABLE "Actor" DROP COLUMN "probe"`));
    }
    expect(await answer()).toEqual(before);
  });

  it("runs a statement of Database.read once more, under a new name, when a schema change made its prepared plan stale", async () => {
    const { database } = api.server;
    const statement = { text: `SELECT * FROM "Actor" WHERE slug = $1`, values: ["emmanuel-macron"] };
    // From its second run on, the text is prepared (on PostgreSQL); `*` then changes the result type.
    for (let run = 0; run < 2; run++) expect(await database.read(statement)).toHaveLength(1);
    await database.withSession((session) => session.exec(`ALTER TABLE "Actor" ADD COLUMN "probe" integer`));
    try {
      const before = database.statements.count;
      const [row] = await database.read<Record<string, unknown>>(statement);
      expect(row).toHaveProperty("probe", null);
      expect(database.statements.count - before).toBe(database.kind === "server" ? 2 : 1);
    } finally {
      await database.withSession((session) => session.exec(`ALTER TABLE "Actor" DROP COLUMN "probe"`));
    }
  });
});
