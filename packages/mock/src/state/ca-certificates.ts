// CA certificates added to IPsec (9.10+): references to certificates installed on the cluster.
import type { Errors } from "../errors.js";
import { isObj, valueAt } from "../json.js";
import { MapCollection } from "../query/paging.js";
import { certificateRef, type Inventory, svmRef } from "./inventory.js";

export type CaRecord = Record<string, unknown> & { certificate: { uuid: string } };

export class CaCertificates extends MapCollection<CaRecord> {
  constructor(private readonly inventory: Inventory) {
    super("certificate.uuid");
  }

  add(body: Record<string, unknown>, errors: Errors): CaRecord {
    // The body has passed checkBody: certificate.uuid, svm.name and svm.uuid are strings if present.
    const uuid = valueAt(body, "certificate.uuid") as string | undefined;
    if (uuid === undefined) throw errors.missing("certificate.uuid");
    const cert = this.inventory.certificate(uuid);
    if (!cert || !cert.type.endsWith("_ca")) throw errors.pick("66257304", "4", { target: "certificate.uuid" });
    let svm;
    if (isObj(body.svm)) {
      const given = body.svm as { name?: string; uuid?: string };
      svm = this.inventory.svm({ name: given.name, uuid: given.uuid });
      if (!svm) throw errors.invalid(given.uuid !== undefined ? "svm.uuid" : "svm.name", given.uuid ?? given.name);
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
