// Wave 1 of the /security surface: installed certificates, signing with a CA certificate, and
// certificate signing requests.
import { op, type ResourceDef } from "../resource-def.js";

const certs = "/security/certificates";
const sign = "/security/certificates/{ca.uuid}/sign";
const csr = "/security/certificate-signing-request";

export const CERTIFICATES_RESOURCES: ResourceDef[] = [
  {
    id: "certificates",
    model: "security_certificate",
    pythonModule: "security_certificate",
    operations: [
      op("get", certs, "security_certificate_collection_get"),
      op("post", certs, "security_certificate_create"),
      op("get", `${certs}/{uuid}`, "security_certificate_get"),
      op("delete", `${certs}/{uuid}`, "security_certificate_delete"),
      // Query-based DELETE on the collection, declared from 9.16 (no PATCH in any release).
      op("delete", certs, "security_certificate_delete_collection"),
    ],
    sides: {
      get: op("get", `${certs}/{uuid}`, "security_certificate_get"),
      post: op("post", certs, "security_certificate_create"),
    },
  },
  {
    // The request of the sign action (swagger definition security_certificate_sign). Its answer is
    // another definition (security_certificate_sign_response), checked as the resource below. There
    // is no read of a sign request: the "get" side names an operation the spec does not have, so
    // only the POST body is compared with this model.
    id: "certificate-sign",
    model: "security_certificate_sign",
    pythonModule: "security_certificate_sign",
    operations: [op("post", sign, "security_certificate_sign")],
    sides: {
      get: op("get", sign, "security_certificate_sign"),
      post: op("post", sign, "security_certificate_sign"),
    },
  },
  {
    // The 200 answer of the sign action: the "get" side is that POST, whose response body the
    // evidence compares (spec-facts reads the 200 response for the get side).
    id: "certificate-sign-response",
    model: "security_certificate_sign_response",
    pythonModule: "security_certificate_sign_response",
    operations: [],
    sides: { get: op("post", sign, "security_certificate_sign") },
  },
  {
    // One swagger definition serves the request (algorithm, subject, ...) and the answer (csr and
    // generated_private_key, read-only): the same POST gives both sides.
    id: "certificate-signing-request",
    model: "certificate_signing_request",
    pythonModule: "certificate_signing_request",
    operations: [op("post", csr, "create_certificate_signing_request")],
    sides: {
      get: op("post", csr, "create_certificate_signing_request"),
      post: op("post", csr, "create_certificate_signing_request"),
    },
  },
];
