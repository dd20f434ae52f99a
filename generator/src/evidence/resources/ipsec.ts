// /security and the IPsec groups (the original five resources).
import { op, type ResourceDef } from "../resource-def.js";

const policies = "/security/ipsec/policies";
const sas = "/security/ipsec/security-associations";
const cas = "/security/ipsec/ca-certificates";

export const IPSEC_RESOURCES: ResourceDef[] = [
  {
    id: "security",
    model: "security_config",
    pythonModule: "security_config",
    operations: [op("get", "/security", "security_config_get"), op("patch", "/security", "security_config_modify")],
    sides: { get: op("get", "/security", "security_config_get"), patch: op("patch", "/security", "security_config_modify") },
  },
  {
    id: "ipsec",
    model: "ipsec",
    pythonModule: "ipsec",
    operations: [op("get", "/security/ipsec", "ipsec_get"), op("patch", "/security/ipsec", "ipsec_modify")],
    sides: { get: op("get", "/security/ipsec", "ipsec_get"), patch: op("patch", "/security/ipsec", "ipsec_modify") },
  },
  {
    id: "ipsec-policies",
    model: "ipsec_policy",
    pythonModule: "ipsec_policy",
    operations: [
      op("get", policies, "ipsec_policy_collection_get"),
      op("post", policies, "ipsec_policy_create"),
      op("get", `${policies}/{uuid}`, "ipsec_policy_get"),
      op("patch", `${policies}/{uuid}`, "ipsec_policy_modify"),
      op("delete", `${policies}/{uuid}`, "ipsec_policy_delete"),
      // Query-based PATCH/DELETE on the collection, declared from 9.16.
      op("patch", policies, "ipsec_policy_modify_collection"),
      op("delete", policies, "ipsec_policy_delete_collection"),
    ],
    sides: {
      get: op("get", `${policies}/{uuid}`, "ipsec_policy_get"),
      post: op("post", policies, "ipsec_policy_create"),
      patch: op("patch", `${policies}/{uuid}`, "ipsec_policy_modify"),
    },
  },
  {
    id: "ipsec-security-associations",
    model: "security_association",
    pythonModule: "security_association",
    operations: [op("get", sas, "security_association_collection_get"), op("get", `${sas}/{uuid}`, "security_association_get")],
    sides: { get: op("get", `${sas}/{uuid}`, "security_association_get") },
  },
  {
    id: "ipsec-ca-certificates",
    model: "ipsec_ca_certificate",
    pythonModule: "ipsec_ca_certificate",
    operations: [
      op("get", cas, "ipsec_ca_certificate_collection_get"),
      op("post", cas, "ipsec_ca_certificate_create"),
      op("get", `${cas}/{certificate.uuid}`, "ipsec_ca_certificate_get"),
      op("delete", `${cas}/{certificate.uuid}`, "ipsec_ca_certificate_delete"),
      op("delete", cas, "ipsec_ca_certificate_delete_collection"),
    ],
    sides: {
      get: op("get", `${cas}/{certificate.uuid}`, "ipsec_ca_certificate_get"),
      post: op("post", cas, "ipsec_ca_certificate_create"),
    },
  },
];
