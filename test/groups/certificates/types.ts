// The certificates group at the type level: each field and value is accepted from its release on
// and a type error before it, and secrets never show in a read shape. Only type-checked
// (`pnpm typecheck`): every @ts-expect-error below is load-bearing.
import { expectTypeOf } from "vitest";
import type { Client as Client98 } from "../../../packages/client-9.8/src/index.js";
import type { Client as Client99 } from "../../../packages/client-9.9/src/index.js";
import type { Client as Client912 } from "../../../packages/client-9.12/src/index.js";
import type { Client as Client913 } from "../../../packages/client-9.13/src/index.js";
import type {
  Client as Client914,
  SecurityCertificate as Certificate914,
  SecurityCertificateCreate as CertificateCreate914,
} from "../../../packages/client-9.14/src/index.js";
import type { Client as Client915, CreateCertificateSigningRequestErrorCode as CsrErrors915 } from "../../../packages/client-9.15/src/index.js";
import type {
  CertificateSigningRequest as Csr916,
  CertificateSigningRequestCreate as CsrCreate916,
  Client as Client916,
  CreateCertificateSigningRequestErrorCode as CsrErrors916,
  SecurityCertificate as Certificate916,
  SecurityCertificateCreateErrorCode as CreateErrors916,
} from "../../../packages/client-9.16/src/index.js";
import type { SecurityCertificateCreateErrorCode as CreateErrors915 } from "../../../packages/client-9.15/src/index.js";

declare const c98: Client98;
declare const c99: Client99;
declare const c912: Client912;
declare const c913: Client913;
declare const c914: Client914;
declare const c915: Client915;
declare const c916: Client916;

const selfSigned = { common_name: "www.example.com", type: "server" } as const;

export async function subjectAlternativesFrom916() {
  await c916.POST("/security/certificates", { body: { ...selfSigned, subject_alternatives: { dns: ["www.example.com"] } } });
  await c915.POST("/security/certificates", {
    body: {
      ...selfSigned,
      // @ts-expect-error subject_alternatives is 9.16+
      subject_alternatives: { dns: ["www.example.com"] },
    },
  });
}

export async function azureFrom914() {
  const azure = { key_vault: "https://vault1.vault.azure.net/", client_id: "id", tenant_id: "tenant" };
  await c914.POST("/security/certificates", { body: { name: "cert1", type: "server", azure } });
  await c913.POST("/security/certificates", {
    body: {
      name: "cert1",
      type: "server",
      // @ts-expect-error azure is 9.14+
      azure,
    },
  });
}

export function secretsNeverRead(cert914: Certificate914, cert916: Certificate916, create914: CertificateCreate914) {
  // private_key is write-only: in the POST body, never in what a GET returns.
  const install: CertificateCreate914 = { type: "server", public_certificate: "-----BEGIN CERTIFICATE-----", private_key: "-----BEGIN PRIVATE KEY-----" };
  // @ts-expect-error private_key is not part of a read
  void cert916.private_key;
  // @ts-expect-error from 9.14 intermediate certificates are not returned either
  void cert914.intermediate_certificates;
  // @ts-expect-error the Azure client secret is never returned
  void cert916.azure?.client_secret;
  // @ts-expect-error uuid is read-only: never in a request body
  const withUuid: CertificateCreate914 = { type: "server", uuid: "dad2363b-8ac0-11e8-9058-005056b482fc" };
  void [install, withUuid, create914];
}

export async function csrFrom99() {
  const body = { subject_name: "CN=test.domain.com", algorithm: "rsa", security_strength: 128 } as const;
  const { data } = await c99.POST("/security/certificate-signing-request", { body });
  const key: string | undefined = data?.generated_private_key;
  void key;
  // @ts-expect-error 9.8 has no certificate-signing-request endpoint
  await c98.POST("/security/certificate-signing-request", { body });
}

export async function csrAlgorithmRenamedIn916() {
  await c916.POST("/security/certificate-signing-request", { body: { algorithm: "ec" } });
  await c912.POST("/security/certificate-signing-request", { body: { algorithm: "ecc" } });
  // @ts-expect-error 9.16 spells it ec
  await c916.POST("/security/certificate-signing-request", { body: { algorithm: "ecc" } });
  // @ts-expect-error 9.12 spells it ecc
  await c912.POST("/security/certificate-signing-request", { body: { algorithm: "ec" } });
}

export function csrShapes(read: Csr916) {
  // The generated key and the CSR come back; they cannot be sent.
  expectTypeOf(read.generated_private_key).toEqualTypeOf<string | undefined>();
  // @ts-expect-error generated_private_key is read-only
  const bad: CsrCreate916 = { generated_private_key: "-----BEGIN PRIVATE KEY-----" };
  void bad;
}

// Error codes per operation and release.
expectTypeOf<"3735750">().toExtend<CsrErrors916>(); // "critical" as the only extension value, 9.16+
expectTypeOf<"3735750">().not.toExtend<CsrErrors915>();
expectTypeOf<"3735700">().toExtend<CreateErrors916>(); // key size not supported: on create from 9.16
expectTypeOf<"3735700">().not.toExtend<CreateErrors915>();
expectTypeOf<"3735700">().toExtend<CsrErrors915>(); // ... on the CSR since 9.9
