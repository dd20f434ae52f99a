// The generated clients of the roles group, driven through a recording fetch (no cluster, no mock):
// a field the release lacks fails locally, and a privilege's {path} reaches the wire
// percent-encoded as one URL segment.
import { describe, expect, it } from "vitest";
import { createClient as create910, RequestValidationError } from "../../../packages/client-9.10/src/index.js";
import { createClient as create911 } from "../../../packages/client-9.11/src/index.js";

function recorder() {
  const urls: string[] = [];
  const fetch = async (url: string) => {
    urls.push(url);
    return Response.json({ num_records: 0, records: [] }, { status: 201 });
  };
  const options = { host: "cluster1.example.com", auth: { username: "admin", password: "x" }, releaseCheck: "off" as const, logger: {}, fetch };
  return { urls, options };
}

const role = { "owner.uuid": "02c9e252-41be-11e9-81d5-00a0986138f7", name: "vol_admin" };
const commandTuple = { path: "volume move start", access: "all", query: "-vserver vs1" } as const;

describe("roles: a field the release lacks", () => {
  it("is refused by the 9.10 client before anything is sent (privilege query is 9.11+)", async () => {
    const { urls, options } = recorder();
    const client = create910(options);
    const err = await client
      .POST("/security/roles/{owner.uuid}/{name}/privileges", { params: { path: role }, body: commandTuple as never })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RequestValidationError);
    const e = err as RequestValidationError;
    expect(e.operation).toBe("POST /security/roles/{owner.uuid}/{name}/privileges");
    expect(e.problems.map((p) => p.path)).toEqual(["$.query"]);
    expect(e.release).toBe("9.10");
    expect(e.message).toContain("is not valid for ONTAP 9.10: $.query: is not a property of this release's request body");
    expect(urls).toEqual([]);
  });

  it("refuses an access level of a later release inside a role's privileges", async () => {
    const { urls, options } = recorder();
    const client = create910(options);
    const err = await client
      .POST("/security/roles", { body: { name: "r1", privileges: [{ path: "/api/storage/volumes", access: "read_modify" as never }] } })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RequestValidationError);
    expect((err as RequestValidationError).problems.map((p) => p.path)).toEqual(["$.privileges[0].access"]);
    expect(urls).toEqual([]);
  });

  it("is sent by the 9.11 client", async () => {
    const { urls, options } = recorder();
    const client = create911(options);
    await client.POST("/security/roles/{owner.uuid}/{name}/privileges", { params: { path: role }, body: commandTuple });
    await client.POST("/security/roles", { body: { name: "r1", privileges: [{ path: "/api/storage/volumes", access: "read_modify" }] } });
    expect(urls).toEqual([
      "https://cluster1.example.com/api/security/roles/02c9e252-41be-11e9-81d5-00a0986138f7/vol_admin/privileges",
      "https://cluster1.example.com/api/security/roles",
    ]);
  });
});

describe("roles: the {path} of a privilege", () => {
  it.each([
    ["/api/storage/volumes", "%2Fapi%2Fstorage%2Fvolumes"],
    ["volume move start", "volume%20move%20start"],
  ])("%j goes on the wire as %s", async (path, encoded) => {
    const { urls, options } = recorder();
    const client = create911(options);
    await client.DELETE("/security/roles/{owner.uuid}/{name}/privileges/{path}", { params: { path: { ...role, path } } });
    expect(urls).toEqual([`https://cluster1.example.com/api/security/roles/02c9e252-41be-11e9-81d5-00a0986138f7/vol_admin/privileges/${encoded}`]);
  });
});
