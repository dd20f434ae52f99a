// A path the release lacks fails on the path argument, with a message naming the path and the
// release, even when the call also omits an init the other paths would need. Each expect-error is
// paired with the same call on a release that has the path. The message texts themselves are
// asserted through the compiler API in path-messages.test.ts.
import { c99, c910, c915 } from "./shared.js";

export async function missingPathWithoutInit() {
  // Positive: 9.10 has the path; the same call with its required init compiles.
  await c910.DELETE("/security/ipsec/ca-certificates/{certificate.uuid}", { params: { path: { "certificate.uuid": "u" } } });
  // @ts-expect-error "/security/ipsec/ca-certificates/{certificate.uuid} is not in ONTAP 9.9"
  await c99.DELETE("/security/ipsec/ca-certificates/{certificate.uuid}");
  // @ts-expect-error "/security/ipsec/ca-certificates/{certificate.uuid} is not in ONTAP 9.9" (with an init too)
  await c99.DELETE("/security/ipsec/ca-certificates/{certificate.uuid}", { params: { path: { "certificate.uuid": "u" } } });
}

export async function missingPathPost() {
  await c910.POST("/security/ipsec/ca-certificates", { body: { certificate: { uuid: "u" } } });
  // @ts-expect-error "/security/ipsec/ca-certificates is not in ONTAP 9.9"
  await c99.POST("/security/ipsec/ca-certificates");
}

export async function methodThePathLacks() {
  await c910.PATCH("/security/ipsec", { body: { enabled: true } });
  // @ts-expect-error "ONTAP 9.10 has /security/ipsec but no POST on it"
  await c910.POST("/security/ipsec", { body: { enabled: true } });
}

export async function paginateMissingPath() {
  for await (const cert of c910.paginate("/security/ipsec/ca-certificates")) return cert.certificate?.uuid;
  // @ts-expect-error "/security/ipsec/ca-certificates is not in ONTAP 9.9"
  c99.paginate("/security/ipsec/ca-certificates");
}

export async function knownPathStillNeedsItsInit() {
  // A path the release has keeps its arity check: its path parameter is required.
  await c915.GET("/security/ipsec/policies/{uuid}", { params: { path: { uuid: "u" } } });
  // @ts-expect-error Expected 2 arguments: {uuid} needs params.path
  await c915.GET("/security/ipsec/policies/{uuid}");
}

export function releaseIsLiteral() {
  const r: "9.15" = c915.release;
  // @ts-expect-error a 9.15 client is not a 9.10 one
  const wrong: "9.10" = c915.release;
  return [r, wrong];
}
