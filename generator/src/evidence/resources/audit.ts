// Wave 1 of the /security surface: the audit group (audit settings, log forwarding destinations,
// audit log messages).
import { op, type ResourceDef } from "../resource-def.js";

const audit = "/security/audit";
const destinations = "/security/audit/destinations";
const destination = `${destinations}/{address}/{port}`;
const messages = "/security/audit/messages";

export const AUDIT_RESOURCES: ResourceDef[] = [
  {
    id: "audit",
    model: "security_audit",
    pythonModule: "security_audit",
    operations: [op("get", audit, "security_audit_get"), op("patch", audit, "security_audit_modify")],
    sides: { get: op("get", audit, "security_audit_get"), patch: op("patch", audit, "security_audit_modify") },
  },
  {
    id: "audit-destinations",
    model: "security_audit_log_forward",
    pythonModule: "security_audit_log_forward",
    operations: [
      op("get", destinations, "audit_log_forwarding_get"),
      op("post", destinations, "security_log_forwarding_create"),
      op("get", destination, "security_log_forwarding_get"),
      op("patch", destination, "security_log_forwarding_modify"),
      op("delete", destination, "security_log_forwarding_delete"),
      // Query-based PATCH/DELETE on the collection, declared from 9.16.
      op("patch", destinations, "security_log_forwarding_modify_collection"),
      op("delete", destinations, "security_log_forwarding_delete_collection"),
    ],
    sides: {
      get: op("get", destination, "security_log_forwarding_get"),
      post: op("post", destinations, "security_log_forwarding_create"),
      patch: op("patch", destination, "security_log_forwarding_modify"),
    },
  },
  {
    // A collection with no instance path: the only body that describes a message is the
    // collection GET's, so the record is read from the collection model (`records.*`), the shape
    // the spec's GET side has. The netapp_ontap resource describes the bare record and would not
    // line up with it; no module of that name exists, so it contributes no rows here.
    id: "audit-messages",
    model: "security_audit_log_response",
    pythonModule: "security_audit_log_response",
    operations: [op("get", messages, "security_audit_log_collection_get")],
    sides: { get: op("get", messages, "security_audit_log_collection_get") },
  },
];
