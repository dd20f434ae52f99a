// The resources the spec covers, as NetApp's artifacts name them: the swagger model of the record,
// the operations (and the spec operation whose body gives each side of a field).

export interface ResourceOperation {
  method: "get" | "post" | "patch" | "delete";
  path: string;
  /** go-swagger operation id (Trident client file `<id>_parameters.go`). */
  id: string;
}

export interface ResourceDef {
  /** File name of the evidence, e.g. `ipsec-policies`. */
  id: string;
  /** swagger definition of the record (Trident `models/<model>.go`). */
  model: string;
  /** netapp_ontap resource module (`resources/<module>.py`). */
  pythonModule: string;
  operations: ResourceOperation[];
  /** Spec operations whose schema gives the GET / POST / PATCH side of the record's fields. */
  sides: { get: ResourceOperation; post?: ResourceOperation; patch?: ResourceOperation };
}

const op = (method: ResourceOperation["method"], path: string, id: string): ResourceOperation => ({ method, path, id });

const policies = "/security/ipsec/policies";
const sas = "/security/ipsec/security-associations";
const cas = "/security/ipsec/ca-certificates";

export const RESOURCES: ResourceDef[] = [
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

/** Paths the spec covers: an operation the artifacts show on one of them is a fact about the spec. */
export const COVERED_PATHS = [...new Set(RESOURCES.flatMap((r) => r.operations.map((o) => o.path)))];

export const operationSubject = (method: string, path: string) => `operation:${method.toUpperCase()} ${path}`;
export const parameterSubject = (method: string, path: string, name: string) => `parameter:${method.toUpperCase()} ${path}?${name}`;
export const fieldSubject = (dotted: string) => `field:${dotted}`;
