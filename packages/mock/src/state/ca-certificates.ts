// CA certificates added to IPsec (9.10+): references to certificates installed on the cluster.
import type { Errors } from "../errors.js";
import { MapCollection } from "../query/paging.js";
import { certificateRef, type Inventory, svmRef } from "./inventory.js";

export type CaRecord = Record<string, any> & { certificate: { uuid: string } };

export class CaCertificates extends MapCollection<CaRecord> {
  constructor(private readonly inventory: Inventory) {
    super("certificate.uuid");
  }

  add(body: Record<string, any>, errors: Errors): CaRecord {
    const uuid: string = body.certificate?.uuid;
    if (uuid === undefined) throw errors.missing("certificate.uuid");
    const cert = this.inventory.certificate(uuid);
    if (!cert || !cert.type.endsWith("_ca")) throw errors.pick("66257304", "4", { target: "certificate.uuid" });
    let svm;
    if (body.svm) {
      svm = this.inventory.svm({ name: body.svm.name, uuid: body.svm.uuid });
      if (!svm) throw errors.invalid(body.svm.uuid !== undefined ? "svm.uuid" : "svm.name", body.svm.uuid ?? body.svm.name);
    }
    if (this.map.has(uuid)) throw errors.make("1", { target: "certificate.uuid" });
    const rec: CaRecord = {
      certificate: certificateRef({ uuid }),
      scope: svm ? "svm" : "cluster",
      ...(svm ? { svm: svmRef(svm) } : {}),
    };
    this.map.set(uuid, rec);
    return rec;
  }

  remove(uuid: string, errors: Errors): void {
    if (!this.map.delete(uuid)) throw errors.pick("66257303", "4", { target: "certificate.uuid" });
  }
}
