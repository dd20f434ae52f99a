// What each release's slice holds, checked against the curated per-release facts.
import { createConfig, lintFromString } from "@redocly/openapi-core";
import { describe, expect, it } from "vitest";
import { loadCheckedSpec } from "../../generator/src/curated-spec/check-spec.js";
import { sliceSpec } from "../../generator/src/slice/slice-spec.js";
import { SPEC_ROOT } from "../../generator/src/paths.js";
import { compareReleases } from "../../generator/src/releases.js";
import { realSlices } from "./slice-helpers.js";

const { releases, slices } = await realSlices();
const from = (r: string, first: string) => compareReleases(r, first) >= 0;
const schemas = (r: string) => slices.get(r)!.components.schemas;
const props = (r: string, name: string) => Object.keys(schemas(r)[name]?.properties ?? {});
const operations = (r: string) =>
  Object.entries<any>(slices.get(r)!.paths).flatMap(([p, item]) =>
    Object.keys(item)
      .filter((m) => m !== "parameters")
      .map((m) => `${m.toUpperCase()} ${p}`),
  );

it("covers the releases of the spec, 9.8 to 9.19, in order", () => {
  expect(releases[0]).toBe("9.8");
  expect(releases.at(-1)).toBe("9.19");
  expect(releases).toHaveLength(12);
  expect([...releases].sort(compareReleases)).toEqual(releases);
});

describe.each(releases)("release %s", (r) => {
  const slice = slices.get(r)!;
  const hasCa = from(r, "9.10");
  const hasBulk = from(r, "9.16");

  it("has the operations of its release (/security and IPsec; the wave-1 groups are checked in test/groups)", () => {
    const ops = operations(r).filter((o) => / \/security(\/ipsec(\/|$)|$)/.test(o));
    expect(ops).toHaveLength((hasCa ? 15 : 11) + (hasBulk ? 3 : 0));
    for (const op of ["PATCH /security/ipsec/policies", "DELETE /security/ipsec/policies", "DELETE /security/ipsec/ca-certificates"]) expect(ops.includes(op)).toBe(hasBulk);
    expect(ops).toContain("PATCH /security");
    expect(ops).toContain("DELETE /security/ipsec/policies/{uuid}");
    expect(ops.includes("POST /security/ipsec/ca-certificates")).toBe(hasCa);
    expect(ops.includes("DELETE /security/ipsec/ca-certificates/{certificate.uuid}")).toBe(hasCa);
  });

  it("has the additions of 9.16 (offload, encryption state), 9.17 (ppk), 9.18 (keepsa) and 9.19 (TLS offload)", () => {
    expect(props(r, "ipsec").includes("offload_enabled")).toBe(from(r, "9.16"));
    const inbound = schemas(r).security_association.properties.ipsec.properties.inbound.properties;
    expect("offload_packets" in inbound).toBe(from(r, "9.16"));
    const sde = schemas(r).security_config.properties.software_data_encryption.properties;
    expect("encryption_state" in sde).toBe(from(r, "9.16"));
    expect(props(r, "ipsec_policy_modify").includes("ppk")).toBe(from(r, "9.17"));
    if (from(r, "9.17")) {
      const ppk = schemas(r).ipsec_policy_create.properties.ppk.properties;
      expect([ppk.identity.minLength, ppk.identity.maxLength, ppk.shared_key.minLength, ppk.shared_key.maxLength]).toEqual([6, 64, 18, 128]);
      expect(ppk.shared_key["x-ontap-sensitive"]).toBe(true);
    }
    expect(props(r, "ipsec_policy").includes("certificate_modify_keepsa")).toBe(from(r, "9.18"));
    // ppk.shared_key: postable only (never returned, never patched); rekey: patchable, never returned.
    expect("ppk" in (schemas(r).ipsec_policy.properties ?? {}) && "shared_key" in schemas(r).ipsec_policy.properties.ppk.properties).toBe(false);
    if (from(r, "9.16")) expect("rekey" in sde).toBe(false);
    expect("offload_enabled" in (schemas(r).security_config.properties.tls?.properties ?? {})).toBe(from(r, "9.19"));
  });

  it("keeps no release annotation", () => {
    const text = JSON.stringify(slice);
    for (const k of ["x-ontap-introduced", "x-ontap-removed", "x-ontap-changes", "x-ontap-enum", "x-ontap-source", "x-ontap-releases"])
      expect(text).not.toContain(`"${k}"`);
    expect(slice.info.version).toBe(r);
  });

  it("shapes the policy per side: no read-only field in requests, no write-only in responses", () => {
    expect(props(r, "ipsec_policy")).not.toContain("secret_key");
    expect(props(r, "ipsec_policy_create")).toContain("secret_key");
    for (const ro of ["uuid", "scope", "_links"]) {
      expect(props(r, "ipsec_policy_create")).not.toContain(ro);
      expect(props(r, "ipsec_policy_modify")).not.toContain(ro);
    }
    expect(props(r, "ipsec_policy")).toContain("uuid");
    expect(schemas(r).ipsec_policy_create.additionalProperties).toBe(false);
    expect(schemas(r).ipsec_policy.additionalProperties).toBeUndefined();
    expect(schemas(r).ipsec_policy_create.required).toEqual(["name", "local_endpoint", "remote_endpoint"]);
    expect(schemas(r).ipsec_policy_modify.required).toBeUndefined();
  });

  it("keeps create-only fields out of PATCH bodies", () => {
    const modify = props(r, "ipsec_policy_modify");
    for (const co of ["svm", "action", "secret_key"]) expect(modify).not.toContain(co);
    // authentication_method: patchable in the 9.10.1-9.14.1 clients, not in 9.15.1.
    expect(modify.includes("authentication_method")).toBe(hasCa && !from(r, "9.15"));
    // name and ipspace: patchable in the 9.8.0 and 9.13.1 clients, create-only in 9.15.1.
    expect(modify.includes("name")).toBe(!from(r, "9.15"));
    expect(modify.includes("ipspace")).toBe(!from(r, "9.15"));
    expect(props(r, "ipsec_policy_create")).toContain("svm");
  });

  it("has the PKI fields from 9.10", () => {
    for (const s of ["ipsec_policy", "ipsec_policy_create"]) {
      expect(props(r, s).includes("authentication_method")).toBe(hasCa);
      expect(props(r, s).includes("certificate")).toBe(hasCa);
    }
    if (hasCa) expect(schemas(r).ipsec_policy_create.properties.authentication_method.enum).toEqual(["none", "psk", "pki"]);
  });

  it("has the release's policy actions", () => {
    const action = schemas(r).ipsec_policy_create.properties.action;
    // esp_udp: not in the 9.8.0 client, in the 9.9.1 swagger and later.
    expect(action.enum).toEqual(from(r, "9.9") ? ["bypass", "discard", "esp_transport", "esp_udp"] : ["bypass", "discard", "esp_transport"]);
    expect(props(r, "ipsec_policy").includes("action")).toBe(from(r, "9.15"));
  });

  it("limits the pre-shared key and marks it secret", () => {
    const key = schemas(r).ipsec_policy_create.properties.secret_key;
    expect(key).toMatchObject({ type: "string", minLength: 18, maxLength: 128, writeOnly: true, "x-ontap-sensitive": true });
  });

  it("has identities, ipspace and ports in every release, identity limits only up to 9.9", () => {
    const create = props(r, "ipsec_policy_create");
    for (const f of ["local_identity", "remote_identity", "ipspace"]) expect(create).toContain(f);
    const endpoint = schemas(r).ipsec_endpoint_create ?? schemas(r).ipsec_endpoint;
    expect(Object.keys(endpoint.properties)).toContain("port");
    const id = schemas(r).ipsec_policy_create.properties.local_identity;
    expect([id.minLength, id.maxLength]).toEqual(from(r, "9.10") ? [undefined, undefined] : [8, 64]);
  });

  it("limits the policy name from 9.15 only", () => {
    const name = schemas(r).ipsec_policy_create.properties.name;
    expect([name.minLength, name.maxLength]).toEqual(from(r, "9.15") ? [1, 64] : [undefined, undefined]);
  });

  it("has software_data_encryption.disabled_by_default in every release, encryption_state from 9.16", () => {
    // rekey is write-only, so the read shape never has it.
    expect(Object.keys(schemas(r).security_config.properties.software_data_encryption.properties)).toEqual(
      from(r, "9.16") ? ["conversion_enabled", "disabled_by_default", "encryption_state"] : ["conversion_enabled", "disabled_by_default"],
    );
  });

  it("has /security tls and management_protocols from 9.10", () => {
    expect(props(r, "security_config").includes("tls")).toBe(hasCa);
    expect(props(r, "security_config").includes("management_protocols")).toBe(hasCa);
  });

  it("types security-association ike.version by release", () => {
    const ike = schemas(r).security_association.properties.ike;
    // A string in the 9.8.0 client and the 9.9.1 swagger, an integer from the 9.10.1 swagger.
    expect(ike.properties.version.type).toBe(from(r, "9.10") ? "integer" : "string");
    expect(schemas(r).security_association.properties.cipher_suite.enum).toEqual(["suite_aescbc", "suiteb_gcm256", "suiteb_gmac256"]);
  });

  it("answers PATCH /security with a job and creations with a Location", () => {
    const patch = slice.paths["/security"].patch;
    expect(Object.keys(patch.responses)).toContain("202");
    const post = slice.paths["/security/ipsec/policies"].post;
    expect(post.responses["201"].headers.Location).toBeDefined();
  });

  it("lists each operation's ONTAP error codes, ca-certificate codes only where they exist", () => {
    const post = slice.paths["/security/ipsec/policies"].post["x-ontap-errors"];
    expect(post.map((e: any) => e.code)).toContain("66257104");
    expect(post.find((e: any) => e.code === "66257104")).toMatchObject({ message: "IPsec policy with same name already exists in this SVM.", status: 409 });
    const catalog = slice["x-ontap-error-catalog"];
    // POST /security/ipsec/ca-certificates answers 66257296 up to 9.15 and 66257304 from 9.16 (its error tables).
    expect(["66257296", "66257304"].some((c) => Object.keys(catalog).includes(c))).toBe(hasCa);
    expect(catalog["262179"]).toMatchObject({ common: true, status: 400 });
    for (const code of Object.keys(catalog)) expect(code).toMatch(/^\d+$/);
  });
});

it("has the 57 error codes of the seeds and the common ones", () => {
  const all = new Set(releases.flatMap((r) => Object.keys(slices.get(r)!["x-ontap-error-catalog"])));
  const seedCodes = ["196608081", "196608082", "52428830", "52559974", "66256898", "66256899", "66257096", "66257097", "66257099", "66257100", "66257101", "66257102", "66257104", "66257107", "66257109", "66257110", "66257112", "66257113", "66257114", "66257115", "66257117", "66257118", "66257119", "66257120", "66257121", "66257125", "66257126", "66257127", "66257128", "66257129", "66257130", "66257131", "66257132", "66257133", "66257134", "66257135", "66257136", "66257137", "66257138", "66257139", "66257140", "66257142", "66257143", "66257144", "66257148", "66257199", "66257200", "66257201", "66257202", "66257203", "66257204", "66257205", "66257298", "66257303", "66257304", "66257305", "66257396"];
  expect(seedCodes).toHaveLength(57);
  for (const c of seedCodes) expect(all, c).toContain(c);
  for (const c of ["1", "2", "4", "6", "262179", "262197", "2621573"]) expect(all, c).toContain(c);
});

it("slices deterministically", async () => {
  const { spec } = await loadCheckedSpec(SPEC_ROOT);
  for (const r of releases) expect(JSON.stringify(sliceSpec(spec.root, r))).toBe(JSON.stringify(slices.get(r)));
});

it("every slice passes Redocly's recommended ruleset with no errors", async () => {
  // Redocly's linter (openapi-core, which the spec lint uses too) with its recommended ruleset, the
  // redocly CLI's default, so the workspace needs one Redocly, not the CLI as well.
  const config = await createConfig({ extends: ["recommended"] });
  const errorsOf = async (name: string, doc: unknown) =>
    (await lintFromString({ source: JSON.stringify(doc), absoluteRef: `/${name}.json`, config })).filter((p) => p.severity === "error");
  // The ruleset does reject a broken document, so a clean result below means something.
  expect((await errorsOf("broken", { openapi: "3.1.0", paths: {} })).length).toBeGreaterThan(0);
  for (const r of releases) expect(await errorsOf(r, slices.get(r)), r).toEqual([]);
}, 120_000);
