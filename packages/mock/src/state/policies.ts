// IPsec policies: ONTAP's create / modify semantics, with each rule raising the code the
// release's operation documents (rules whose code a release lacks fall back to ONTAP's generic
// codes or do not apply). Stored in the representation ONTAP returns (see quirks.ts).
import type { Errors } from "../errors.js";
import { isObj, type JsonObject } from "../json.js";
import { MapCollection } from "../query/paging.js";
import { familyOf, normalizeNetmask, normalizePort, normalizeProtocol, QuirkError, validAddress } from "../quirks.js";
import type { Schema, SpecModel } from "../spec-model.js";
import { certificateRef, type Inventory, ipspaceRef, type Svm, svmRef } from "./inventory.js";
import { uuidFrom } from "./rng.js";

/** A name and / or UUID reference, as a body gives it. */
interface RefBody {
  name?: string;
  uuid?: string;
}

/** What an endpoint in a body may carry (its values are judged here: quirks.ts normalizes them). */
interface EndpointBody {
  address?: unknown;
  netmask?: unknown;
  port?: unknown;
}

/** An endpoint as stored: ONTAP's representation. */
interface Endpoint extends JsonObject {
  address: string;
  family: string;
  netmask: string;
  port?: string;
}

/**
 * A policy body once checkBody has held it to the release's create or modify shape: the fields the
 * rules below read, typed as every release's slice has them.
 */
interface PolicyBody {
  name?: string;
  enabled?: boolean;
  svm?: RefBody;
  ipspace?: RefBody;
  local_endpoint?: EndpointBody;
  remote_endpoint?: EndpointBody;
  protocol?: unknown;
  action?: string;
  authentication_method?: string;
  certificate?: RefBody;
  local_identity?: string;
  remote_identity?: string;
  secret_key?: string;
  certificate_modify_keepsa?: boolean;
  ppk?: unknown;
}

export interface PolicyRecord extends JsonObject {
  uuid: string;
  name: string;
  svm?: { name: string; uuid: string };
  local_endpoint: Endpoint;
  remote_endpoint: Endpoint;
  authentication_method?: string;
  ppk?: { identity: unknown };
  ppk_shared_key?: unknown;
}

type Side = "local" | "remote";
const CODES = {
  multiplePorts: { local: "66257100", remote: "66257101" },
  multipleSubnets: { local: "66257113", remote: "66257114" },
  needsNetmask: { local: "66257125", remote: "66257126" },
};

/** A policy UUID the cluster does not have: 66257116 where the operation documents it (9.9 – 9.14), else 4. */
export const policyNotFound = (errors: Errors) => errors.pick("66257116", "4", { target: "uuid" });

/**
 * A protective action without any authentication: 66257144 from 9.15; before, 66257111, whose
 * wording names ESP transport only, so an esp_udp policy then gets the generic code.
 */
const needsAuthentication = (action: string): string[] => (action === "esp_transport" ? ["66257144", "66257111"] : ["66257144"]);

export interface PolicyEnv {
  spec: SpecModel;
  inventory: Inventory;
  rand: () => number;
  /** The create shape of the release (POST body), to know which fields exist. */
  createSchema?: Schema;
}


export class Policies extends MapCollection<PolicyRecord> {
  constructor(private readonly env: PolicyEnv) {
    super("uuid");
  }

  private has(field: string): boolean {
    return !!this.env.spec.at(this.env.createSchema, field);
  }

  create(checked: JsonObject, errors: Errors): PolicyRecord {
    const body = checked as PolicyBody;
    const { inventory } = this.env;
    const svm = body.svm ? this.resolveSvm(body.svm, errors) : undefined;
    const ipspace = this.resolveIpspace(body.ipspace, svm, errors);
    this.checkUniqueName(body.name!, svm, undefined, errors, "66257104");
    const local = this.endpoint("local", body.local_endpoint, undefined, errors);
    const remote = this.endpoint("remote", body.remote_endpoint, undefined, errors);
    this.checkSubnets(local, remote, errors);
    const protocol = this.protocol(body.protocol, errors);

    const action: string = body.action ?? "esp_transport";
    const protective = action.startsWith("esp");
    let auth: string | undefined = body.authentication_method;
    if (!protective) {
      if (auth && auth !== "none" && errors.documents("66257112")) throw errors.make("66257112", { target: "authentication_method" });
      auth = "none";
    } else if (this.has("authentication_method")) {
      auth ??= body.certificate ? "pki" : body.secret_key ? "psk" : undefined;
      if (auth === undefined || auth === "none") throw errors.pick(needsAuthentication(action), "262177", { target: "action" });
      if (auth === "psk" && !body.secret_key) throw errors.pick("66257133", "262177", { target: "secret_key" });
      if (auth === "psk" && body.certificate) throw errors.pick("66257136", "262197", { target: "certificate" });
      if (auth === "pki" && !body.certificate) throw errors.pick("66257134", "262177", { target: "certificate.uuid" });
      if (auth === "pki" && body.secret_key) throw errors.pick("66257137", "262197", { target: "secret_key" });
    } else if (!body.secret_key) {
      // Before authentication methods existed, protection always used a pre-shared key.
      throw errors.pick(needsAuthentication(action), "262177", { target: "secret_key" });
    }
    if (action === "esp_udp" && (local.family === "ipv6" || remote.family === "ipv6")) throw errors.make("66257131", { target: "action" });
    if (body.secret_key) this.checkSecret(body.secret_key, errors);
    const certificate = body.certificate ? this.resolveCertificate(body.certificate, svm, errors) : undefined;

    const uuid = uuidFrom(this.env.rand);
    const rec: PolicyRecord = {
      uuid,
      name: body.name!,
      enabled: body.enabled ?? true,
      scope: svm ? "svm" : "cluster",
      ...(svm ? { svm: svmRef(svm) } : {}),
      ipspace: ipspaceRef(ipspace),
      local_endpoint: local,
      remote_endpoint: remote,
      protocol,
      action,
      ...(auth !== undefined && this.has("authentication_method") ? { authentication_method: auth } : {}),
      ...(certificate ? { certificate } : {}),
      ...(body.local_identity !== undefined ? { local_identity: body.local_identity } : {}),
      ...(body.remote_identity !== undefined ? { remote_identity: body.remote_identity } : {}),
      // write-only: kept to model the cluster, never rendered (the read shape lacks it)
      ...(body.secret_key !== undefined ? { secret_key: body.secret_key } : {}),
      ...(this.has("certificate_modify_keepsa") ? { certificate_modify_keepsa: body.certificate_modify_keepsa ?? false } : {}),
      ...this.ppk(body.ppk, undefined, errors),
    };
    void inventory;
    this.map.set(uuid, rec);
    return rec;
  }

  modify(uuid: string, checked: JsonObject, errors: Errors): PolicyRecord {
    const body = checked as PolicyBody;
    const cur = this.map.get(uuid);
    if (!cur) throw policyNotFound(errors);
    const next: PolicyRecord = structuredClone(cur);
    const svm = cur.svm ? this.env.inventory.svm({ uuid: cur.svm.uuid }) : undefined;
    if (body.name !== undefined && body.name !== cur.name) {
      this.checkUniqueName(body.name, svm, uuid, errors, "66257104");
      next.name = body.name;
    }
    if (body.ipspace !== undefined) next.ipspace = ipspaceRef(this.resolveIpspace(body.ipspace, svm, errors));
    if (body.local_endpoint !== undefined) next.local_endpoint = this.endpoint("local", body.local_endpoint, cur.local_endpoint, errors);
    if (body.remote_endpoint !== undefined) next.remote_endpoint = this.endpoint("remote", body.remote_endpoint, cur.remote_endpoint, errors);
    if (body.local_endpoint !== undefined || body.remote_endpoint !== undefined) this.checkSubnets(next.local_endpoint, next.remote_endpoint, errors);
    if (body.protocol !== undefined) next.protocol = this.protocol(body.protocol, errors);
    if (body.enabled !== undefined) next.enabled = body.enabled;
    if (body.local_identity !== undefined) next.local_identity = body.local_identity;
    if (body.remote_identity !== undefined) next.remote_identity = body.remote_identity;
    if (body.certificate !== undefined) {
      if (cur.authentication_method === "psk") throw errors.pick("66257136", "262197", { target: "certificate" });
      next.certificate = this.resolveCertificate(body.certificate, svm, errors);
    }
    if (body.certificate_modify_keepsa !== undefined) next.certificate_modify_keepsa = body.certificate_modify_keepsa;
    if (body.ppk !== undefined) Object.assign(next, this.ppk(body.ppk, cur, errors));
    this.map.set(uuid, next);
    return next;
  }

  /**
   * The post-quantum pre-shared key (9.17+): the identity is shown, the key itself is kept aside
   * like secret_key (outside the read shape), so no response ever carries it.
   */
  private ppk(given: unknown, current: PolicyRecord | undefined, errors: Errors): JsonObject {
    if (!isObj(given)) return {};
    const out: JsonObject = {};
    const identity = given.identity ?? current?.ppk?.identity;
    const key = given.shared_key ?? current?.ppk_shared_key;
    // The identity and the key only make sense together (9.17+ codes 66257153 / 66257154).
    if (identity !== undefined && key === undefined) throw errors.pick("66257153", "262177", { target: "ppk.shared_key" });
    if (key !== undefined && identity === undefined) throw errors.pick("66257154", "262177", { target: "ppk.identity" });
    if (identity !== undefined) out.ppk = { identity };
    if (key !== undefined) out.ppk_shared_key = key;
    return out;
  }

  remove(uuid: string, errors: Errors): void {
    if (!this.map.delete(uuid)) throw policyNotFound(errors);
  }

  private resolveSvm(ref: RefBody, errors: Errors): Svm {
    const { inventory } = this.env;
    if (ref.uuid !== undefined) {
      const s = inventory.svm({ uuid: ref.uuid });
      if (!s) throw errors.pick("66257203", "262197", { target: "svm.uuid" });
      if (ref.name !== undefined && s.name !== ref.name) throw errors.pick("66257202", "262197", { target: "svm.name" });
      return s;
    }
    if (ref.name !== undefined) {
      const s = inventory.svm({ name: ref.name });
      if (!s) throw errors.pick("66257202", "262197", { target: "svm.name" });
      return s;
    }
    throw errors.missing("svm.name");
  }

  private resolveIpspace(ref: RefBody | undefined, svm: Svm | undefined, errors: Errors) {
    const { inventory } = this.env;
    let ips = svm ? inventory.ipspace({ name: svm.ipspace }) : inventory.ipspace({ name: "Default" });
    if (ref && (ref.name !== undefined || ref.uuid !== undefined)) {
      const byUuid = ref.uuid !== undefined ? inventory.ipspace({ uuid: ref.uuid }) : undefined;
      const byName = ref.name !== undefined ? inventory.ipspace({ name: ref.name }) : undefined;
      if (ref.uuid !== undefined && !byUuid) throw errors.invalid("ipspace.uuid", ref.uuid);
      if (ref.name !== undefined && !byName) throw errors.invalid("ipspace.name", ref.name);
      if (byUuid && byName && byUuid !== byName) throw errors.pick("66257204", "262197", { target: "ipspace" });
      ips = byUuid ?? byName;
      if (svm && ips && svm.ipspace !== ips.name) throw errors.pick("66257205", "262197", { target: "ipspace" });
    }
    return ips ?? inventory.ipspaces[0]!;
  }

  private checkUniqueName(name: string, svm: Svm | undefined, self: string | undefined, errors: Errors, code: string) {
    for (const p of this.map.values()) {
      if (p.uuid === self) continue;
      if (p.name === name && (p.svm?.uuid ?? null) === (svm?.uuid ?? null)) throw errors.pick(code, "1", { target: "name" });
    }
  }

  private endpoint(side: Side, given: EndpointBody | undefined, current: Endpoint | undefined, errors: Errors): Endpoint {
    const f = `${side}_endpoint`;
    const merged: EndpointBody = { ...(current ?? {}), ...(given ?? {}) };
    const address: unknown = merged.address;
    if (address === undefined || address === "") throw errors.pick("66257143", "262177", { target: `${f}.address` });
    if (typeof address === "string" && address.includes(",")) throw errors.pick(CODES.multipleSubnets[side], "262197", { target: `${f}.address` });
    if (typeof address !== "string" || !validAddress(address)) throw errors.invalid(`${f}.address`, address);
    const family = familyOf(address);
    if (given?.address !== undefined && given.netmask === undefined && !(current && current.address === given.address))
      throw errors.pick(CODES.needsNetmask[side], "262177", { target: `${f}.netmask` });
    if (merged.netmask === undefined) throw errors.pick(CODES.needsNetmask[side], "262177", { target: `${f}.netmask` });
    let netmask: string;
    try {
      netmask = normalizeNetmask(String(merged.netmask), family);
    } catch {
      throw errors.invalid(`${f}.netmask`, merged.netmask);
    }
    const out: Endpoint = { address, family, netmask };
    if (this.has(`${f}.port`)) {
      try {
        out.port = normalizePort(merged.port as string | undefined);
      } catch (e) {
        const kind = (e as QuirkError).kind;
        if (kind === "multiple") throw errors.pick(CODES.multiplePorts[side], "262197", { target: `${f}.port` });
        if (kind === "range") throw errors.pick("66257115", "262197", { target: `${f}.port` });
        throw errors.pick("66257132", "262197", { target: `${f}.port` });
      }
    }
    return out;
  }

  private checkSubnets(local: Endpoint, remote: Endpoint, errors: Errors) {
    const zero = (e: Endpoint) => e.netmask === "0" && /^(0\.0\.0\.0|::)$/.test(e.address);
    if (zero(local)) throw errors.pick("66257127", "262197", { target: "local_endpoint.address" });
    if (zero(remote) && (local.port ?? "0-0") === "0-0" && (remote.port ?? "0-0") === "0-0" && this.has("local_endpoint.port"))
      throw errors.pick("66257129", "262197", { target: "remote_endpoint.port" });
  }

  private protocol(v: unknown, errors: Errors): string {
    try {
      return normalizeProtocol(v === undefined ? undefined : String(v));
    } catch (e) {
      if ((e as QuirkError).kind === "multiple") throw errors.pick("66257099", "262197", { target: "protocol" });
      throw errors.invalid("protocol", v);
    }
  }

  private checkSecret(key: string, errors: Errors) {
    if (/^0x/i.test(key) && !/^0x[0-9a-f]+$/i.test(key)) throw errors.pick("66257107", "262197", { target: "secret_key" });
    if (/^0s/.test(key) && !/^0s[A-Za-z0-9+/]+={0,2}$/.test(key)) throw errors.pick("66257109", "262197", { target: "secret_key" });
  }

  private resolveCertificate(ref: RefBody, svm: Svm | undefined, errors: Errors) {
    const { inventory } = this.env;
    const cert = ref.uuid !== undefined ? inventory.certificate(ref.uuid) : ref.name !== undefined ? inventory.certificateByName(ref.name) : undefined;
    if (!cert) throw errors.pick("66257139", "4", { target: "certificate.uuid" });
    if (ref.uuid !== undefined && ref.name !== undefined && cert.name !== ref.name)
      throw errors.pick("66257305", "262197", { target: "certificate.name" });
    if (cert.type !== "client" && cert.type !== "server") throw errors.pick("66257140", "262197", { target: "certificate.uuid" });
    if (cert.svm && cert.svm !== svm?.name) throw errors.pick("66257135", "4", { target: "certificate.uuid" });
    return certificateRef(cert);
  }
}
