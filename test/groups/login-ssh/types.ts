// Type-level facts of the login-messages / SSH group, release by release. Only type-checked
// (typecheck.test.ts runs tsc on this folder); every @ts-expect-error is load-bearing.
import type { Client as Client99 } from "../../../packages/client-9.9/src/index.js";
import type { Client as Client910 } from "../../../packages/client-9.10/src/index.js";
import type { Client as Client915 } from "../../../packages/client-9.15/src/index.js";
import type { Client as Client916 } from "../../../packages/client-9.16/src/index.js";
import type { Client as Client918 } from "../../../packages/client-9.18/src/index.js";
import type { Client as Client919 } from "../../../packages/client-9.19/src/index.js";
import type { LoginMessagesModify as LmModify913 } from "../../../packages/client-9.13/src/index.js";
import type { LoginMessagesModify as LmModify914 } from "../../../packages/client-9.14/src/index.js";
import type { ClusterSshServerModify as SshModify915 } from "../../../packages/client-9.15/src/index.js";
import type { ClusterSshServerModify as SshModify916, SshCipher as Cipher916 } from "../../../packages/client-9.16/src/index.js";
import type { ClusterSshServerModify as SshModify918, SshHostKeyAlgorithm as HostKey918 } from "../../../packages/client-9.18/src/index.js";
import type { ClusterSshServerModify as SshModify919, SshHostKeyAlgorithm as HostKey919 } from "../../../packages/client-9.19/src/index.js";

declare const c99: Client99;
declare const c910: Client910;
declare const c915: Client915;
declare const c916: Client916;
declare const c918: Client918;
declare const c919: Client919;

const svm = { params: { path: { "svm.uuid": "02c9e252-41be-11e9-81d5-00a0986138f7" } } } as const;

export async function svmSshFrom910() {
  await c910.GET("/security/ssh/svms/{svm.uuid}", svm);
  // @ts-expect-error /security/ssh/svms is 9.10+ (absent from the 9.9.1 bindings)
  await c99.GET("/security/ssh/svms");
}

export async function hostKeysFrom916() {
  await c916.PATCH("/security/ssh", { body: { host_key_algorithms: ["ecdsa_sha2_nistp256"], is_rsa_in_publickey_algorithms_enabled: false } });
  await c915.PATCH("/security/ssh", {
    body: {
      // @ts-expect-error host_key_algorithms is 9.16+ (absent from the 9.15.1 client)
      host_key_algorithms: ["ecdsa_sha2_nistp256"],
    },
  });
  const ok: SshModify916 = { is_rsa_in_publickey_algorithms_enabled: true };
  // @ts-expect-error is_rsa_in_publickey_algorithms_enabled is 9.16+
  const bad: SshModify915 = { is_rsa_in_publickey_algorithms_enabled: true };
  void [ok, bad];
}

export function loginGraceTimeFrom919() {
  const ok: SshModify919 = { login_grace_time: 60 };
  // @ts-expect-error login_grace_time is 9.19 only (absent from 9.17.1, no 9.18 artifact)
  const bad: SshModify918 = { login_grace_time: 60 };
  void [ok, bad];
}

export function cipherEnumsPerRelease() {
  const cbc915: SshModify915 = { ciphers: ["aes256_cbc", "3des_cbc"], mac_algorithms: ["hmac_sha1"] };
  // @ts-expect-error the CBC ciphers are gone from the 9.16.1 swagger
  const cbc916: Cipher916 = "aes256_cbc";
  const kex916: SshModify916 = { key_exchange_algorithms: ["curve25519-sha256", "diffie_hellman_group18_sha512"] };
  const kex915: SshModify915 = {
    // @ts-expect-error curve25519-sha256 is 9.16+
    key_exchange_algorithms: ["curve25519-sha256"],
  };
  const rsa919: HostKey919 = "rsa_sha2_512";
  // @ts-expect-error rsa_sha2_* host keys are 9.19 (not in 9.17.1; 9.18 unverified)
  const rsa918: HostKey918 = "rsa_sha2_512";
  void [cbc915, cbc916, kex916, kex915, rsa919, rsa918];
}

export function loginMessagesScope() {
  // scope: patchable in the 9.8.0 and 9.13.1 clients, not in the 9.14.1 one (read-only from 9.14).
  const before: LmModify913 = { scope: "svm" };
  // @ts-expect-error scope is read-only from 9.14
  const after: LmModify914 = { scope: "svm" };
  // @ts-expect-error uuid is read-only in every release
  const id: LmModify913 = { uuid: "2581e5aa-9fe3-11e8-b309-005056bbef18" };
  void [before, after, id];
}

export async function loginMessagesPatch() {
  await c919.PATCH("/security/login/messages/{uuid}", { params: { path: { uuid: "2581e5aa-9fe3-11e8-b309-005056bbef18" } }, body: { banner: "" } });
  await c918.PATCH("/security/login/messages/{uuid}", {
    params: { path: { uuid: "2581e5aa-9fe3-11e8-b309-005056bbef18" } },
    // @ts-expect-error the svm of a record is not changed by PATCH (create-only, and there is no POST)
    body: { svm: { name: "svm1" } },
  });
}

export async function queryPatchFrom916() {
  // One body applied to every record the filters select (x-ontap-query-operations).
  await c916.PATCH("/security/login/messages", { params: { query: { scope: "svm", show_cluster_message: false } }, body: { show_cluster_message: true } });
  await c919.PATCH("/security/ssh/svms", { params: { query: { "svm.name": "svm*", continue_on_failure: true } }, body: { max_authentication_retry_count: 4 } });
  // @ts-expect-error query-based PATCH is declared from 9.16 (not in the 9.12.1 bindings)
  await c915.PATCH("/security/login/messages", { body: { banner: "" } });
  // @ts-expect-error the login_grace_time filter is 9.19 only
  await c918.PATCH("/security/ssh/svms", { params: { query: { login_grace_time: 60 } }, body: {} });
}
