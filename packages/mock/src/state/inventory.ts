// What the security endpoints refer to but do not manage: SVMs, IPspaces, nodes and the
// certificates installed with /security/certificates. Seeded deterministically; tests can read
// them from `mock.state.inventory`.
import { mulberry32, uuidFrom } from "./rng.js";

export interface Ref {
  name: string;
  uuid: string;
}
export interface Svm extends Ref {
  ipspace: string; // IPspace name
}
export type CertificateType = "root_ca" | "server_ca" | "client_ca" | "client" | "server";
export interface InstalledCertificate extends Ref {
  type: CertificateType;
  /** Owning SVM name; absent for cluster-scoped certificates. */
  svm?: string;
}

export interface InventorySeed {
  svms?: Array<{ name: string; uuid?: string; ipspace?: string }>;
  ipspaces?: Array<{ name: string; uuid?: string }>;
  certificates?: Array<{ name: string; uuid?: string; type: CertificateType; svm?: string }>;
  nodes?: Array<{ name: string; uuid?: string }>;
}

export class Inventory {
  readonly svms: Svm[] = [];
  readonly ipspaces: Ref[] = [];
  readonly nodes: Ref[] = [];
  readonly certificates: InstalledCertificate[] = [];
  readonly cluster: Ref;

  constructor(seed: number, s: InventorySeed = {}) {
    const rand = mulberry32(seed ^ 0x1f2e3d4c);
    const id = (given?: string) => given ?? uuidFrom(rand);
    this.cluster = { name: "cluster1", uuid: id() };
    for (const i of s.ipspaces ?? [{ name: "Default" }, { name: "ips1" }]) this.ipspaces.push({ name: i.name, uuid: id(i.uuid) });
    for (const v of s.svms ?? [{ name: "vs0" }, { name: "vs1" }, { name: "svm_ips1", ipspace: "ips1" }])
      this.svms.push({ name: v.name, uuid: id(v.uuid), ipspace: v.ipspace ?? "Default" });
    for (const n of s.nodes ?? [{ name: "node1" }, { name: "node2" }]) this.nodes.push({ name: n.name, uuid: id(n.uuid) });
    const certs = s.certificates ?? [
      { name: "ipsec_client_cert", type: "client" as const, svm: "vs0" },
      { name: "ipsec_server_cert", type: "server" as const },
      { name: "root_ca_1", type: "root_ca" as const },
      { name: "root_ca_2", type: "root_ca" as const },
      { name: "server_ca_1", type: "server_ca" as const, svm: "vs0" },
    ];
    for (const c of certs) this.certificates.push({ name: c.name, uuid: id(c.uuid), type: c.type, ...(c.svm ? { svm: c.svm } : {}) });
  }

  svm(by: { name?: string; uuid?: string }): Svm | undefined {
    return this.svms.find((s) => (by.uuid === undefined || s.uuid === by.uuid) && (by.name === undefined || s.name === by.name));
  }
  ipspace(by: { name?: string; uuid?: string }): Ref | undefined {
    return this.ipspaces.find((s) => (by.uuid === undefined || s.uuid === by.uuid) && (by.name === undefined || s.name === by.name));
  }
  certificate(uuid: string): InstalledCertificate | undefined {
    return this.certificates.find((c) => c.uuid === uuid);
  }
  certificateByName(name: string): InstalledCertificate | undefined {
    return this.certificates.find((c) => c.name === name);
  }
}

export const svmRef = (s: Ref) => ({ name: s.name, uuid: s.uuid, _links: { self: { href: `/api/svm/svms/${s.uuid}` } } });
export const ipspaceRef = (s: Ref) => ({ name: s.name, uuid: s.uuid, _links: { self: { href: `/api/network/ipspaces/${s.uuid}` } } });
export const nodeRef = (s: Ref) => ({ name: s.name, uuid: s.uuid, _links: { self: { href: `/api/cluster/nodes/${s.uuid}` } } });
export const certificateRef = (c: { uuid: string; name?: string }) => ({
  ...(c.name ? { name: c.name } : {}),
  uuid: c.uuid,
  _links: { self: { href: `/api/security/certificates/${c.uuid}` } },
});
