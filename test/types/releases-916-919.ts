// What 9.16 to 9.19 add, at the type level: each field is accepted from its release on and a
// type error before it (every expect-error is load-bearing).
import type { Client as Client916 } from "../../packages/client-9.16/src/index.js";
import type { IpsecPolicy as Policy917 } from "../../packages/client-9.17/src/index.js";
import type { Client as Client917 } from "../../packages/client-9.17/src/index.js";
import type { Client as Client918 } from "../../packages/client-9.18/src/index.js";
import type { Client as Client919 } from "../../packages/client-9.19/src/index.js";
import type { SecurityAssociation as Sa915 } from "../../packages/client-9.15/src/index.js";
import type { SecurityAssociation as Sa916, SecurityConfigModify as SecModify916 } from "../../packages/client-9.16/src/index.js";
import type { IpsecPolicy as Policy918, SecurityConfigModify as SecModify918 } from "../../packages/client-9.18/src/index.js";
import type { IpsecPolicy as Policy919, SecurityConfigModify as SecModify919 } from "../../packages/client-9.19/src/index.js";
import { c915, endpoints } from "./shared.js";

declare const c916: Client916;
declare const c917: Client917;
declare const c918: Client918;
declare const c919: Client919;

const params = { params: { path: { uuid: "1cd8a442-86d1-11e0-ae1c-123478563412" } } } as const;

export async function ipsecOffload() {
  await c916.PATCH("/security/ipsec", { body: { offload_enabled: true } });
  await c915.PATCH("/security/ipsec", {
    body: {
      // @ts-expect-error offload_enabled is 9.16+
      offload_enabled: true,
    },
  });
  const on: boolean | undefined = (await c919.GET("/security/ipsec")).data?.offload_enabled;
  void on;
}

export function saOffloadCounters(sa916: Sa916, sa915: Sa915) {
  const n: number | undefined = sa916.ipsec?.inbound?.offload_bytes;
  void n;
  // @ts-expect-error no offload counters before 9.16
  void sa915.ipsec?.inbound?.offload_bytes;
}

export function softwareDataEncryption(m: SecModify916) {
  const ok: SecModify916 = { software_data_encryption: { rekey: true } };
  // @ts-expect-error encryption_state is read-only: never in a PATCH body
  const bad: SecModify916 = { software_data_encryption: { encryption_state: "encrypted" } };
  void [ok, bad, m];
}

export function tlsOffload() {
  const ok: SecModify919 = { tls: { offload_enabled: true } };
  // @ts-expect-error TLS offload is 9.19 only (absent from 9.17.1, unverified in 9.18)
  const bad: SecModify918 = { tls: { offload_enabled: true } };
  void [ok, bad];
}

export async function policyPpk() {
  const ppk = { identity: "ppk-id", shared_key: "0123456789abcdefghij" };
  await c917.POST("/security/ipsec/policies", { body: { name: "p", ...endpoints, ppk } });
  await c918.PATCH("/security/ipsec/policies/{uuid}", { ...params, body: { ppk: { identity: "ppk-id-2" } } });
  await c916.POST("/security/ipsec/policies", {
    body: {
      name: "p",
      ...endpoints,
      // @ts-expect-error ppk is 9.17+
      ppk,
    },
  });
}

export async function certificateModifyKeepsa(p919: Policy919, p918: Policy918, p917: Policy917) {
  await c919.PATCH("/security/ipsec/policies/{uuid}", { ...params, body: { certificate_modify_keepsa: true } });
  await c918.PATCH("/security/ipsec/policies/{uuid}", { ...params, body: { certificate_modify_keepsa: true } });
  await c917.PATCH("/security/ipsec/policies/{uuid}", {
    ...params,
    body: {
      // @ts-expect-error certificate_modify_keepsa is 9.18+
      certificate_modify_keepsa: true,
    },
  });
  const keep: boolean | undefined = p919.certificate_modify_keepsa ?? p918.certificate_modify_keepsa;
  // @ts-expect-error not in the 9.17 read shape
  void p917.certificate_modify_keepsa;
  void keep;
}

export async function ppkSharedKeyIsCreateOnly(p917: Policy917) {
  await c917.PATCH("/security/ipsec/policies/{uuid}", {
    ...params,
    body: {
      ppk: {
        identity: "ppk-id",
        // @ts-expect-error shared_key is postable only
        shared_key: "0123456789abcdefghij",
      },
    },
  });
  // @ts-expect-error never returned
  void p917.ppk?.shared_key;
}
