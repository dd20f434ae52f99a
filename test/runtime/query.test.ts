import { describe, expect, it } from "vitest";
import { serializeQuery } from "../../packages/runtime/src/index.ts";

describe("serializeQuery", () => {
  it("flattens nested filters into ONTAP's dotted names and skips empty values", () => {
    expect(serializeQuery({ svm: { name: "vs 1" }, fields: [], max_records: 5, x: undefined, y: null, flag: false })).toBe(
      "svm.name=vs%201&max_records=5&flag=false",
    );
  });
  it("keeps a comma inside one array element distinguishable from the separator", () => {
    expect(serializeQuery({ name: ["a,b", "c"] })).toBe("name=a%2Cb,c");
  });
  it("writes spaces as %20, dates as ISO 8601, and nested filters at any depth", () => {
    expect(serializeQuery({ order_by: ["name desc"], since: new Date("2025-01-02T03:04:05Z"), svm: { peer: { name: "a&b" } } })).toBe(
      "order_by=name%20desc&since=2025-01-02T03%3A04%3A05.000Z&svm.peer.name=a%26b",
    );
  });
});
