// The collection engine on a synthetic slice (test/mock/engine/synthetic-slice.ts), over real
// sockets: discovery, composite keys, sub-collections, singletons, jobs, actions, queries, the
// read-only / create-only / unknown-field codes, and secrets never answered or recorded.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startMockOntap, type MockOntap } from "@ontap-sec/mock";
import { EngineModel } from "../../../packages/mock/src/engine/model.js";
import { SpecModel } from "../../../packages/mock/src/spec-model.js";
import { api, type Api } from "../helpers.js";
import { RELEASE, syntheticSlice } from "./synthetic-slice.js";

const PASSWORD = "Pw-0f-j0e-NOT-TO-LEAK";
const WIDGET_SECRET = "widget-s3cret-value";

describe("engine model: what the slice's paths say", () => {
  const model = new EngineModel(new SpecModel(syntheticSlice()));
  const at = (p: string) => model.lookup(p);

  it("finds collections with their instance paths and composite keys", () => {
    const accounts = at("/security/accounts")!.model;
    expect(accounts).toMatchObject({ kind: "collection", instance: "/security/accounts/{owner.uuid}/{name}" });
    expect(accounts.kind === "collection" && accounts.keys.map((k) => k.field)).toEqual(["owner.uuid", "name"]);
    expect(at("/security/accounts/{owner.uuid}/{name}")).toMatchObject({ instance: true, model: accounts });
  });

  it("hangs sub-collections and actions below their parent's instance path", () => {
    const roles = at("/security/roles")!.model;
    const privileges = at("/security/roles/{owner.uuid}/{name}/privileges")!.model;
    expect(privileges).toMatchObject({ kind: "collection", parent: { model: roles, params: ["owner.uuid", "name"] } });
    expect(privileges.kind === "collection" && privileges.keys.map((k) => k.param)).toEqual(["path"]);
    expect(at("/security/widgets/{uuid}/rotate")!.model).toMatchObject({ kind: "action", parent: { model: at("/security/widgets")!.model } });
    expect(at("/security/authentication/password")!.model).toMatchObject({ kind: "action" });
    expect(at("/security/authentication/password")!.model).not.toHaveProperty("parent");
    const keys = at("/security/authentication/publickeys")!.model;
    expect(keys.kind === "collection" && keys.keys.map((k) => k.field)).toEqual(["owner.uuid", "account.name", "index"]);
  });

  it("tells singletons from collections by the GET body, and keyless collections have no instance", () => {
    expect(at("/security/audit")!.model.kind).toBe("singleton");
    expect(at("/security/key-settings")!.model.kind).toBe("singleton");
    expect(at("/security/gadgets")!.model).toMatchObject({ kind: "collection", keys: [] });
    expect(at("/security/gadgets")!.model).not.toHaveProperty("instance");
  });
});

describe("engine over HTTP (synthetic slice)", () => {
  let mock: MockOntap;
  let c: Api;
  let cluster: { name: string; uuid: string };
  beforeAll(async () => {
    mock = await startMockOntap({ release: RELEASE, spec: syntheticSlice(), seed: 3 });
    c = api(mock);
    cluster = mock.state.inventory.cluster;
  });
  afterAll(() => mock.close());
  const vs0 = () => mock.state.inventory.svm({ name: "vs0" })!;
  const acct = (owner: string, name: string) => `/api/security/accounts/${owner}/${encodeURIComponent(name)}`;

  it("seeds the Basic-auth users as cluster admin accounts; a collection GET shows the key fields only", async () => {
    const list = await c.get("/api/security/accounts");
    expect(list.status).toBe(200);
    expect(list.body.records).toEqual([{ name: "admin", owner: { name: cluster.name, uuid: cluster.uuid }, _links: { self: { href: acct(cluster.uuid, "admin") } } }]);
    const full = await c.get(`${acct(cluster.uuid, "admin")}?fields=*`);
    expect(full.body).toMatchObject({ name: "admin", scope: "cluster", role: { name: "admin" }, locked: false });
  });

  it("creates with a composite key: owner completed from the inventory, scope derived, password never answered", async () => {
    const svm = vs0();
    const res = await c.post("/api/security/accounts?return_records=true", { name: "joe", owner: { name: "vs0" }, password: PASSWORD, role: { name: "admin" } });
    expect(res.status).toBe(201);
    expect(res.headers.get("location")).toBe(acct(svm.uuid, "joe"));
    expect(res.body.records[0]).toMatchObject({ name: "joe", owner: { name: "vs0", uuid: svm.uuid }, scope: "svm", locked: false });
    expect(res.body.records[0].applications.map((a: any) => a.application)).toEqual(["http", "ontapi"]);
    const one = await c.get(acct(svm.uuid, "joe"));
    expect(one.status).toBe(200);
    expect(res.text + one.text).not.toContain(PASSWORD);
    expect("password" in one.body).toBe(false);
    // The same key again: ONTAP's generic "exists" (409).
    const again = await c.post("/api/security/accounts", { name: "joe", owner: { uuid: svm.uuid } });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe("1");
    // Another owner, same name: a different key.
    expect((await c.post("/api/security/accounts", { name: "joe", password: PASSWORD })).status).toBe(201);
    expect((await c.get(acct(cluster.uuid, "joe"))).status).toBe(200);
  });

  it("refuses read-only fields in POST, create-only ones in PATCH, unknown ones anywhere, with ONTAP's codes", async () => {
    const ro = await c.post("/api/security/accounts", { name: "ro", scope: "svm" });
    expect([ro.status, ro.body.error.code, ro.body.error.target]).toEqual([400, "262196", "scope"]);
    const co = await c.patch(acct(cluster.uuid, "joe"), { name: "renamed" });
    expect([co.status, co.body.error.code, co.body.error.target]).toEqual([400, "262196", "name"]);
    const unknown = await c.post("/api/security/accounts", { name: "x", nickname: "y" });
    expect([unknown.body.error.code, unknown.body.error.message]).toEqual(["262179", 'Unexpected argument "nickname".']);
    const badField = await c.get("/api/security/accounts?fields=nickname");
    expect([badField.status, badField.body.error.code, badField.body.error.target]).toEqual([400, "262197", "fields"]);
    const badFilter = await c.get("/api/security/accounts?nickname=y");
    expect([badFilter.status, badFilter.body.error.code]).toEqual([400, "262179"]);
    const missing = await c.post("/api/security/accounts", { comment: "no name" });
    expect(missing.body.error).toMatchObject({ code: "262177", target: "name" });
    const reserved = await c.post("/api/security/accounts", { name: "AutoSupport" });
    expect(reserved.body.error.code).toBe("5636126");
  });

  it("modifies through the behaviour's checks (an unknown role is 5636129), 404 for a missing key", async () => {
    const bad = await c.patch(acct(cluster.uuid, "joe"), { role: { name: "no_such_role" } });
    expect([bad.status, bad.body.error.code]).toEqual([400, "5636129"]);
    expect((await c.patch(acct(cluster.uuid, "joe"), { comment: "hello", role: { name: "readonly" } })).status).toBe(200);
    expect((await c.get(`${acct(cluster.uuid, "joe")}?fields=comment,role`)).body).toMatchObject({ comment: "hello", role: { name: "readonly" } });
    const none = await c.get(acct(cluster.uuid, "nobody"));
    expect([none.status, none.body.error.code, none.body.error.target]).toEqual([404, "4", "name"]);
  });

  it("pages with max_records and next links carrying every key field, in order_by order", async () => {
    for (const n of ["pg_c", "pg_a", "pg_e", "pg_b", "pg_d"]) expect((await c.post("/api/security/accounts", { name: n })).status).toBe(201);
    const seen: string[] = [];
    let href: string | undefined = "/api/security/accounts?name=pg_*&order_by=name%20desc&max_records=2";
    let pages = 0;
    while (href) {
      const r = await c.get(href);
      expect(r.status).toBe(200);
      seen.push(...r.body.records.map((x: any) => x.name));
      href = r.body._links.next?.href;
      if (href) expect(href).toMatch(/start\.name=.*start\.owner\.uuid=/);
      pages++;
    }
    expect(seen).toEqual(["pg_e", "pg_d", "pg_c", "pg_b", "pg_a"]);
    expect(pages).toBe(3);
    expect((await c.get("/api/security/accounts?name=pg_*&return_records=false")).body.num_records).toBe(5);
  });

  it("PATCH and DELETE on the collection apply to the records the query selects", async () => {
    expect((await c.patch("/api/security/accounts?name=pg_a|pg_b", { comment: "bulk" })).status).toBe(200);
    const list = await c.get("/api/security/accounts?name=pg_*&fields=comment");
    expect(Object.fromEntries(list.body.records.map((r: any) => [r.name, r.comment ?? null]))).toEqual({ pg_a: "bulk", pg_b: "bulk", pg_c: null, pg_d: null, pg_e: null });
    expect((await c.del("/api/security/accounts?comment=bulk")).status).toBe(200);
    expect((await c.get("/api/security/accounts?name=pg_*")).body.records.map((r: any) => r.name)).toEqual(["pg_c", "pg_d", "pg_e"]);
    const order = await c.patch("/api/security/accounts?name=pg_*&order_by=name", { comment: "x" });
    expect(order.body.error.code).toBe("262179");
  });

  it("changes a password through the action, with the password rules' codes, and never records it", async () => {
    const body = { name: "joe", owner: { name: "vs0" }, password: "An0ther-Passw0rd" };
    expect((await c.post("/api/security/authentication/password", body)).status).toBe(201);
    const same = await c.post("/api/security/authentication/password", body);
    expect([same.status, same.body.error.code]).toEqual([400, "7077925"]);
    const withName = await c.post("/api/security/authentication/password", { ...body, password: "x-joe-123456" });
    expect(withName.body.error.code).toBe("7077918");
    // Without an owner: the only account of that name (a user changing their own password).
    expect((await c.post("/api/security/accounts", { name: "solo", owner: { name: "vs1" }, password: "S0lo-Passw0rd" })).status).toBe(201);
    expect((await c.post("/api/security/authentication/password", { name: "solo", password: "S0lo-Passw0rd" })).body.error.code).toBe("7077925");
    expect((await c.post("/api/security/authentication/password", { name: "solo", password: "Next-Passw0rd" })).status).toBe(201);
    const nobody = await c.post("/api/security/authentication/password", { name: "nobody", password: "Whatever-123" });
    expect([nobody.status, nobody.body.error.code]).toEqual([404, "4"]);
    // A secret in the query string is masked in the request records.
    await c.get(`/api/security/accounts?password=${PASSWORD}`);
    const recorded = JSON.stringify(mock.requests);
    expect(recorded).not.toContain(PASSWORD);
    expect(recorded).not.toContain("An0ther-Passw0rd");
    expect(recorded).toContain("password=");
  });

  it("roles: builtin ones refuse changes; privileges are a sub-collection keyed by a path with slashes", async () => {
    const builtin = await c.del(`/api/security/roles/${cluster.uuid}/admin`);
    expect([builtin.status, builtin.body.error.code]).toEqual([400, "1263347"]);
    const adminPrivs = await c.get(`/api/security/roles/${cluster.uuid}/admin/privileges?fields=*`);
    expect(adminPrivs.body.records).toEqual([expect.objectContaining({ path: "DEFAULT", access: "all" })]);
    const refused = await c.post(`/api/security/roles/${cluster.uuid}/admin/privileges`, { path: "/api/cluster", access: "all" });
    expect(refused.body.error.code).toBe("1263347");

    const created = await c.post("/api/security/roles", { name: "vol_ro", privileges: [{ path: "/api/storage/volumes", access: "readonly" }] });
    expect(created.status).toBe(201);
    const base = `/api/security/roles/${cluster.uuid}/vol_ro`;
    expect((await c.get(`${base}?fields=*`)).body).toMatchObject({ builtin: false, privileges: [{ path: "/api/storage/volumes", access: "readonly" }] });
    const one = `${base}/privileges/${encodeURIComponent("/api/storage/volumes")}`;
    expect((await c.get(one)).body).toMatchObject({ path: "/api/storage/volumes", access: "readonly" });
    expect((await c.patch(one, { access: "all" })).status).toBe(200);
    expect((await c.post(`${base}/privileges`, { path: "/api/svm/svms", access: "readonly" })).status).toBe(201);
    // The role's list follows its sub-collection.
    expect((await c.get(`${base}?fields=privileges`)).body.privileges).toEqual([
      { path: "/api/storage/volumes", access: "all" },
      { path: "/api/svm/svms", access: "readonly" },
    ]);
    const dup = await c.post(`${base}/privileges`, { path: "/api/svm/svms", access: "all" });
    expect([dup.status, dup.body.error.code]).toEqual([409, "1"]);

    // In use by an account: refused; once free, deleting the role removes its privileges.
    expect((await c.post("/api/security/accounts", { name: "vol_user", role: { name: "vol_ro" } })).status).toBe(201);
    expect((await c.del(base)).body.error?.code).toBe("5636172");
    expect((await c.del(acct(cluster.uuid, "vol_user"))).status).toBe(200);
    expect((await c.del(base)).status).toBe(200);
    const orphan = await c.get(`${base}/privileges`);
    expect([orphan.status, orphan.body.error.code]).toEqual([404, "4"]);
    const underMissing = await c.post(`${base}/privileges`, { path: "/api/cluster", access: "all" });
    expect(underMissing.status).toBe(404);
    expect((await c.post("/api/security/roles", { name: "vol_ro" })).status).toBe(201);
    expect((await c.get(`${base}/privileges`)).body.num_records).toBe(0);
  });

  it("public keys: the account must exist, the index is the account's next free one, fingerprints are derived", async () => {
    const svm = vs0();
    const key = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIFakeKeyForTests joe@host";
    const none = await c.post("/api/security/authentication/publickeys", { account: { name: "nobody" }, owner: { name: "vs0" }, public_key: key });
    expect([none.status, none.body.error.code]).toEqual([400, "5832722"]);
    for (const i of [0, 1]) {
      const r = await c.post("/api/security/authentication/publickeys?return_records=true", { account: { name: "joe" }, owner: { name: "vs0" }, public_key: `${key}${i}` });
      expect(r.status).toBe(201);
      expect(r.body.records[0]).toMatchObject({ index: i, owner: { uuid: svm.uuid }, scope: "svm" });
      expect(r.body.records[0].sha_fingerprint).toMatch(/^SHA256:[A-Za-z0-9+/]{43}$/);
      expect(r.body.records[0].obfuscated_fingerprint).toMatch(/^([0-9a-f]{2}:){15}[0-9a-f]{2}$/);
    }
    const base = `/api/security/authentication/publickeys/${svm.uuid}/joe`;
    const before = (await c.get(`${base}/1?fields=sha_fingerprint`)).body.sha_fingerprint;
    expect((await c.patch(`${base}/1`, { public_key: `${key}X` })).status).toBe(200);
    expect((await c.get(`${base}/1?fields=sha_fingerprint`)).body.sha_fingerprint).not.toBe(before);
    const dup = await c.post("/api/security/authentication/publickeys", { account: { name: "joe" }, owner: { name: "vs0" }, index: 0, public_key: key });
    expect([dup.status, dup.body.error.code]).toEqual([409, "5832705"]);
    expect((await c.del(`${base}/0`)).status).toBe(200);
    const next = await c.post("/api/security/authentication/publickeys?return_records=true", { account: { name: "joe" }, owner: { name: "vs0" }, public_key: key });
    expect(next.body.records[0].index).toBe(0);
  });

  it("certificates: installed ones seeded from the inventory, self-signed ones made, keys never answered; signing and CSRs", async () => {
    const roots = mock.state.inventory.certificates.filter((x) => x.type === "root_ca");
    const list = await c.get("/api/security/certificates?type=root_ca");
    expect(list.body.records.map((r: any) => r.uuid).sort()).toEqual(roots.map((x) => x.uuid).sort());
    const KEY = "-----BEGIN PRIVATE KEY-----\nNOT-TO-LEAK-0123\n-----END PRIVATE KEY-----\n";
    const installed = await c.post("/api/security/certificates?return_records=true", { type: "server", public_certificate: "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n", private_key: KEY });
    expect(installed.status).toBe(201);
    const uuid = installed.body.records[0].uuid;
    expect((await c.get(`/api/security/certificates/${uuid}?fields=*`)).text + installed.text).not.toContain("NOT-TO-LEAK");
    // Installed certificates are what IPsec and others can refer to.
    expect(mock.state.inventory.certificate(uuid)).toMatchObject({ type: "server" });
    const noKey = await c.post("/api/security/certificates", { type: "server", public_certificate: "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n" });
    expect(noKey.body.error.code).toBe("3735693");
    const caKey = await c.post("/api/security/certificates", { type: "server_ca", public_certificate: "x", private_key: KEY });
    expect(caKey.body.error.code).toBe("3735618");
    expect(caKey.text).not.toContain("NOT-TO-LEAK");
    const self = await c.post("/api/security/certificates?return_records=true", { type: "root_ca", common_name: "ca.example.com" });
    expect(self.body.records[0]).toMatchObject({ common_name: "ca.example.com", scope: "cluster", key_size: 2048 });
    expect(self.body.records[0].public_certificate).toMatch(/^-----BEGIN CERTIFICATE-----\n[A-Za-z0-9+/\n]+-----END CERTIFICATE-----\n$/);
    expect(self.body.records[0].name).toMatch(/^ca\.example\.com_[0-9A-F]{16}$/);
    const csr = "-----BEGIN CERTIFICATE REQUEST-----\nAAAA\n-----END CERTIFICATE REQUEST-----\n";
    const signed = await c.post(`/api/security/certificates/${self.body.records[0].uuid}/sign`, { signing_request: csr });
    expect(signed.status).toBe(200);
    expect(signed.body.public_certificate).toMatch(/^-----BEGIN CERTIFICATE-----/);
    expect((await c.post(`/api/security/certificates/${uuid}/sign`, { signing_request: csr })).body.error.code).toBe("3735628");
    const req = await c.post("/api/security/certificate-signing-request", { subject_name: "CN=test.example.com" });
    expect(req.body.csr).toMatch(/^-----BEGIN CERTIFICATE REQUEST-----/);
    expect(req.body.generated_private_key).toMatch(/^-----BEGIN PRIVATE KEY-----/);
    expect(req.body.subject_name).toBe("CN=test.example.com");
    expect((await c.post("/api/security/certificate-signing-request", {})).body.error.code).toBe("3735715");
    expect((await c.del(`/api/security/certificates/${uuid}`)).status).toBe(200);
    expect(mock.state.inventory.certificate(uuid)).toBeUndefined();
  });

  it("SSH, login messages, audit destinations and messages: seeded per SVM, defaults held to the release's enums, their codes", async () => {
    const svms = mock.state.inventory.svms;
    // Only the algorithms this (synthetic) release lists.
    expect((await c.get("/api/security/ssh")).body).toMatchObject({ ciphers: ["aes256_ctr", "aes128_ctr"], mac_algorithms: ["hmac_sha2_256"], max_authentication_retry_count: 4 });
    expect((await c.patch("/api/security/ssh", { ciphers: [] })).body.error.code).toBe("10682373");
    const perSvm = await c.get("/api/security/ssh/svms");
    expect(perSvm.body.records.map((r: any) => r.svm.name).sort()).toEqual(svms.map((x) => x.name).sort());
    expect((await c.patch(`/api/security/ssh/svms/${svms[0]!.uuid}`, { ciphers: [] })).body.error.code).toBe("10682373");

    const messages = await c.get("/api/security/login/messages?fields=scope,svm.name");
    expect(messages.body.records.map((r: any) => r.svm?.name ?? r.scope).sort()).toEqual(["cluster", ...svms.map((x) => x.name)].sort());
    expect((await c.post("/api/security/login/messages", { banner: "x" })).status).toBe(405);
    expect((await c.patch("/api/security/login/messages?scope=svm", { banner: "Authorized users only." })).status).toBe(200);
    const banners = await c.get("/api/security/login/messages?fields=banner,scope");
    expect(banners.body.records.map((r: any) => [r.scope, r.banner]).sort()).toEqual([["cluster", ""], ...svms.map(() => ["svm", "Authorized users only."])].sort());

    const d = await c.post("/api/security/audit/destinations?return_records=true", { address: "192.0.2.9" });
    expect(d.headers.get("location")).toBe("/api/security/audit/destinations/192.0.2.9/514");
    expect(d.body.records[0]).toMatchObject({ address: "192.0.2.9", port: 514, protocol: "udp_unencrypted", verify_server: false });
    expect((await c.post("/api/security/audit/destinations", { address: "192.0.2.9", port: 514 })).status).toBe(409);
    expect((await c.post("/api/security/audit/destinations", { address: "192.0.2.9", port: 6514, protocol: "tcp_encrypted", verify_server: true })).status).toBe(201);
    expect((await c.patch("/api/security/audit/destinations/192.0.2.9/514", { verify_server: true })).body.error.code).toBe("4522285");
    expect((await c.get("/api/security/audit/destinations/192.0.2.9/6514?fields=verify_server")).body.verify_server).toBe(true);
    expect((await c.del("/api/security/audit/destinations/192.0.2.9/514")).status).toBe(200);

    const log = await c.get("/api/security/audit/messages?fields=*&order_by=index%20desc&max_records=2");
    expect(log.body.records.map((r: any) => r.index)).toEqual([3, 2]);
    expect(log.body._links.next.href).toContain("start.index=1");
    expect((await c.get(log.body._links.next.href)).body.records.map((r: any) => r.application)).toEqual(["http"]);
  });

  it("the last unlocked admin account cannot be deleted", async () => {
    for (const r of (await c.get("/api/security/accounts?role.name=admin&name=!admin")).body.records)
      expect((await c.del(acct(r.owner.uuid, r.name))).status).toBe(200);
    const last = await c.del(acct(cluster.uuid, "admin"));
    expect([last.status, last.body.error.code]).toEqual([400, "5636098"]);
  });

  it("singletons: GET and PATCH; a PATCH the slice answers with 202 runs as a job", async () => {
    expect((await c.get("/api/security/audit")).body).toMatchObject({ cli: true, http: false, ontapi: false });
    expect((await c.patch("/api/security/audit", { http: true })).status).toBe(200);
    expect((await c.get("/api/security/audit?fields=http")).body).toEqual({ http: true, _links: { self: { href: "/api/security/audit" } } });
    expect((await c.patch("/api/security/audit", { syslog: true })).body.error.code).toBe("262179");

    expect((await c.get("/api/security/key-settings")).body).toMatchObject({ rotation_days: 90, enabled: true });
    const p = await c.patch("/api/security/key-settings", { rotation_days: 30 });
    expect(p.status).toBe(202);
    const job = p.body.job.uuid;
    expect((await c.get("/api/security/key-settings")).body.rotation_days).toBe(90);
    let state = "";
    for (let i = 0; i < 5 && state !== "success"; i++) state = (await c.get(`/api/cluster/jobs/${job}`)).body.state;
    expect(state).toBe("success");
    expect((await c.get("/api/security/key-settings")).body.rotation_days).toBe(30);
  });

  it("a collection without a behaviour: seeded from its examples, uuid generated, secrets kept but never answered", async () => {
    const list = await c.get("/api/security/widgets?fields=*");
    expect(list.body.records.map((r: any) => [r.name, r.size])).toEqual([["w1", 3], ["w2", 5]]);
    const made = await c.post("/api/security/widgets?return_records=true", { name: "w9", size: 2, secret: WIDGET_SECRET });
    expect(made.status).toBe(201);
    const uuid = made.body.records[0].uuid;
    expect(uuid).toMatch(/^[0-9a-f-]{36}$/);
    expect(made.text + (await c.get(`/api/security/widgets/${uuid}?fields=*`)).text).not.toContain(WIDGET_SECRET);
    expect((await c.post("/api/security/widgets", { name: "w", uuid })).body.error).toMatchObject({ code: "262196", target: "uuid" });
    const badSecret = await c.post("/api/security/widgets", { name: "w", secret: { nested: WIDGET_SECRET } });
    expect(badSecret.body.error).toMatchObject({ code: "262197", target: "secret" });
    expect(badSecret.text).not.toContain(WIDGET_SECRET);
    expect((await c.post("/api/security/widgets", { name: "w", size: 11 })).body.error).toMatchObject({ code: "262197", target: "size" });
    expect((await c.patch(`/api/security/widgets/${uuid}`, { secret: "new" })).body.error).toMatchObject({ code: "262196", target: "secret" });
    expect((await c.patch(`/api/security/widgets/${uuid}`, { color: "blue" })).status).toBe(200);
    const rotated = await c.post(`/api/security/widgets/${uuid}/rotate`, undefined);
    expect([rotated.status, rotated.body]).toEqual([200, { rotated_at: "2024-05-01T00:00:00Z" }]);
    expect((await c.post("/api/security/widgets/00000000-0000-4000-8000-00000000dead/rotate", undefined)).status).toBe(404);
    expect((await c.del(`/api/security/widgets/${uuid}`)).status).toBe(200);
    expect((await c.get(`/api/security/widgets/${uuid}`)).status).toBe(404);
  });

  it("a read-only collection without examples gets a record synthesized from its schema", async () => {
    const list = await c.get("/api/security/gadgets?fields=*");
    expect(list.status).toBe(200);
    expect(list.body.records).toEqual([{ index: 1, node: "node1", state: "on" }]);
    expect((await c.post("/api/security/gadgets", {})).status).toBe(405);
  });

  it("reset() brings back the seeded state", async () => {
    mock.reset();
    expect((await c.get("/api/security/widgets")).body.num_records).toBe(2);
    expect((await c.get("/api/security/accounts")).body.records.map((r: any) => r.name)).toEqual(["admin"]);
  });
});
