import type { PlaceDoc } from "../document.js";
import { changedFields, isEmpty } from "../changes.js";
import type { ApplyContext } from "./context.js";
import { places as commands } from "../../write/commands.js";
import { asDocumentProblems } from "./violations.js";

/** Places are matched by slug and may be shared with other articles: a document only fills empty fields. */
export async function applyPlaces(ctx: ApplyContext, places: PlaceDoc[]): Promise<void> {
  for (const [index, place] of places.entries()) {
    const data = {
      name: place.name, countryId: ctx.id("actors", place.country),
      latitude: place.latitude ?? null, longitude: place.longitude ?? null,
    };
    const stored = await ctx.tx.place.findUnique({ where: { slug: place.slug } });
    if (!stored) {
      const { id } = await asDocumentProblems(["places", index], place, () => commands.create(ctx.unit, { slug: place.slug, ...data }));
      ctx.count("place", "created");
      ctx.setId("places", place.key, id);
    } else {
      const changes = changedFields(stored, {
        countryId: stored.countryId ?? data.countryId,
        latitude: stored.latitude ?? data.latitude,
        longitude: stored.longitude ?? data.longitude,
      });
      if (!isEmpty(changes)) await asDocumentProblems(["places", index], place, () => commands.update(ctx.unit, stored.id, changes));
      ctx.count("place", isEmpty(changes) ? "unchanged" : "updated");
      ctx.setId("places", place.key, stored.id);
    }
    const id = ctx.id("places", place.key);
    await ctx.mentions.record("PLACE", place.key, id, {}, stored ? "slug" : "created");
    ctx.resolutions.push({ path: `places[${index}]`, type: "PLACE", key: place.key, outcome: stored ? "matched" : "created", by: stored ? "slug" : "created", id });
    ctx.applied();
  }
}
