import { readFileSync } from "node:fs";
import { extractArticle } from "./src/extract/extract.js";
import { validateDocument } from "./src/ingest/validate.js";
const doc = JSON.parse(readFileSync(process.argv[2] ?? "prisma/seed/coalition-of-the-willing-2025-09-04.json", "utf8"));
const d = extractArticle(doc.article);
try { validateDocument(d); console.log("VALID"); } catch (e: any) { console.log(JSON.stringify(e.problems ?? e.message, null, 1)); }
const { extraction, article, ...rest } = d;
console.log(JSON.stringify({ actors: rest.actors?.map(a => `${a.key}:${a.kind}`), roles: rest.roles?.map(r => `${r.holder} ${r.title} ${r.of}`), meetings: rest.meetings?.map(m => `${m.status} ${m.startsAt} ${m.place} ${m.attendees?.map(a => a.actor)}`), incidents: rest.incidents?.map(i => ({k: i.kind, d: i.startsAt, f: i.figures?.map(f => `${f.value} ${f.metric} ${f.unit} ${f.claimant} [${f.qualifier}]`)})), quotes: rest.quotes?.map(q => `${q.kind} ${q.speaker ?? q.speakerDescription} ${q.meeting ?? ""} ${q.saidAt ?? ""}: ${q.text.slice(0, 60)}`) }, null, 1));
