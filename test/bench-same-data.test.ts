import { describe, expect, it } from "vitest";
import { firstDifference } from "../scripts/bench/same-data.js";

describe("the bench's same-data check", () => {
  const page = { meetings: { edges: [{ node: { title: "Summit", attendees: { edges: [{ node: { role: "HOST", actor: { name: "A" } } }] } } }] } };

  it("finds equal answers equal", () => {
    expect(firstDifference(page, structuredClone(page))).toBeNull();
  });

  it("names the path and both values of the first differing scalar", () => {
    const other = structuredClone(page);
    other.meetings.edges[0].node.attendees.edges[0].node.actor.name = "B";
    expect(firstDifference(page, other)).toBe('$.meetings.edges[0].node.attendees.edges[0].node.actor.name: "A" against "B"');
  });

  it("tells lists of different lengths and in a different order apart", () => {
    expect(firstDifference({ list: [1, 2] }, { list: [1, 2, 3] })).toBe("$.list: 2 items against 3");
    expect(firstDifference({ list: [1, 2] }, { list: [2, 1] })).toBe("$.list[0]: 1 against 2");
  });

  it("tells a missing field and a null apart", () => {
    expect(firstDifference({ a: null }, {})).toBe("$.a: only on the first side");
    expect(firstDifference({ a: null }, { a: {} })).toBe("$.a: null against {}");
  });
});
