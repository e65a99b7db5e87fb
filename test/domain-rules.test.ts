import { expect, it } from "vitest";
import { useTestServer } from "./helpers/server.js";
import { actorId, mutate } from "./helpers/graph.js";

const api = useTestServer();

it("refuses a country that is not a country, for actors and places", async () => {
  const macron = await actorId(api, "Emmanuel Macron");
  const actor = await mutate(api, `mutation($input: ActorInput!) { createActor(input: $input) { actor { id } errors { field code message } } }`, {
    input: { kind: "PERSON", name: "Jean Dupont", slug: "jean-dupont", country: macron },
  });
  expect(actor).toEqual({ actor: null, errors: [{ field: ["input", "country"], code: "INVALID", message: "country must be an actor of kind COUNTRY" }] });
  const place = await mutate(api, `mutation($input: PlaceInput!) { createPlace(input: $input) { place { id } errors { field code } } }`, {
    input: { name: "Élysée Palace", slug: "elysee-palace", country: macron },
  });
  expect(place).toEqual({ place: null, errors: [{ field: ["input", "country"], code: "INVALID" }] });
  const france = await actorId(api, "France");
  const accepted = await mutate(api, `mutation($input: PlaceInput!) { createPlace(input: $input) { place { country { name } } errors { code } } }`, {
    input: { name: "Élysée Palace", slug: "elysee-palace", country: france },
  });
  expect(accepted).toEqual({ place: { country: { name: "France" } }, errors: [] });
});

it("refuses a meeting timing without a meeting", async () => {
  const macron = await actorId(api, "Emmanuel Macron");
  const payload = await mutate(api, `mutation($input: QuoteInput!) { createQuote(input: $input) { quote { id } errors { field code } } }`, {
    input: { kind: "DIRECT", text: "Bonjour.", speaker: macron, meetingTiming: "DURING" },
  });
  expect(payload).toEqual({ quote: null, errors: [{ field: ["input", "meetingTiming"], code: "INVALID" }] });
});
