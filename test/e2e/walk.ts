// The walk of every operation of a release's slice, derived from the slice alone (the mock's engine
// model tells collections, instances, sub-collections, singletons and actions apart): which
// operations each resource has, which example bodies to send, and the inventory of SVMs and
// certificates those examples name, so a new group is walked as soon as its spec lands.
import { createRequire } from "node:module";
import { deref, eachOperation, isObject, type SliceDocument } from "@ontap-sec/slice-model";
import { EngineModel, type ResourceModel } from "../../packages/mock/src/engine/model.js";
import { requestExamples } from "../../packages/mock/src/engine/seed.js";
import { SpecModel } from "../../packages/mock/src/spec-model.js";
import type { SeedOptions } from "@ontap-sec/mock";

const require = createRequire(import.meta.url);

/** The slice the installed client of `release` carries (the one the mock serves). */
export function sliceOf(release: string): SliceDocument {
  return require(`@ontap-sec/client-${release}/openapi.json`) as SliceDocument;
}

export interface Walk {
  spec: SpecModel;
  resources: ResourceModel[];
  /** Every operation of the slice, as "METHOD /path". */
  operations: string[];
}

export function planWalk(doc: SliceDocument): Walk {
  const spec = new SpecModel(structuredClone(doc));
  const model = new EngineModel(spec);
  const operations = [...eachOperation(doc, ["get", "post", "patch", "delete"])].map((o) => `${o.method.toUpperCase()} ${o.path}`);
  return { spec, resources: model.resources, operations };
}

/** The first request-body example of an operation (for a query PATCH without one: the instance PATCH's). */
export function exampleBody(spec: SpecModel, method: string, path: string, fallback?: string): Record<string, unknown> | undefined {
  const own = requestExamples(spec, method, path).find(isObject);
  if (own) return structuredClone(own);
  if (fallback) return exampleBody(spec, method, fallback);
  return undefined;
}

/** Whether an operation declares a query parameter. */
export function declares(spec: SpecModel, method: string, path: string, name: string): boolean {
  return !!spec.op(method, path)?.queryParams.has(name);
}

/** 2xx statuses an operation declares. */
export function successStatuses(spec: SpecModel, method: string, path: string): number[] {
  return Object.keys(spec.op(method, path)?.raw.responses ?? {})
    .filter((k) => /^2\d\d$/.test(k))
    .map(Number);
}

/**
 * The SVMs and certificates the slice's examples name, added to the mock's default inventory: an
 * example body that refers to SVM "svm1" or to a certificate by UUID is then valid on the mock.
 * Certificates named by UUID only are seeded as root CAs (what a CA-certificate body refers to).
 */
export function inventoryFor(doc: SliceDocument): SeedOptions {
  const svms = new Map<string, string | undefined>([["vs0", undefined], ["vs1", undefined]]);
  const certs = new Map<string, string>();
  const seen = new Set<unknown>();
  const visit = (v: unknown, key?: string) => {
    if (Array.isArray(v)) return v.forEach((x) => visit(x));
    if (!isObject(v) || seen.has(v)) return;
    seen.add(v);
    if ((key === "svm" || key === "owner") && typeof v.name === "string" && v.name !== "cluster1") svms.set(v.name, typeof v.uuid === "string" ? v.uuid : svms.get(v.name));
    // An SVM named by UUID only gets a name of its own.
    else if ((key === "svm" || key === "owner") && typeof v.uuid === "string" && ![...svms.values()].includes(v.uuid)) svms.set(`example_svm_${svms.size + 1}`, v.uuid);
    if (key === "certificate" && typeof v.uuid === "string" && typeof v.name !== "string") certs.set(v.uuid, `example_ca_${certs.size + 1}`);
    for (const [k, x] of Object.entries(v)) visit(x, k);
  };
  for (const o of eachOperation(doc, ["post", "patch"])) {
    const body = o.op.requestBody ? deref(doc, o.op.requestBody) : undefined;
    for (const media of Object.values((body as { content?: Record<string, { examples?: Record<string, unknown> }> } | undefined)?.content ?? {}))
      for (const ex of Object.values(media.examples ?? {})) visit((deref(doc, ex) as { value?: unknown }).value);
  }
  const uuids = new Set<string>();
  return {
    seed: 5,
    svms: [...svms].map(([name, uuid]) => (uuid && !uuids.has(uuid) ? (uuids.add(uuid), { name, uuid }) : { name })),
    ipspaces: [{ name: "Default" }, { name: "ips1" }],
    certificates: [
      { name: "ipsec_client_cert", type: "client", svm: "vs0" },
      { name: "ipsec_server_cert", type: "server" },
      { name: "root_ca_1", type: "root_ca" },
      { name: "root_ca_2", type: "root_ca" },
      { name: "server_ca_1", type: "server_ca", svm: "vs0" },
      ...[...certs].map(([uuid, name]) => ({ name, uuid, type: "root_ca" as const })),
    ],
  };
}
