// PATCH /security/ipsec/policies/{uuid}: no svm, no create-only field of the release.
import type { IpsecPolicyModify as Modify914 } from "../../packages/client-9.14/src/index.js";
import type { IpsecPolicyModify as Modify915 } from "../../packages/client-9.15/src/index.js";
import { c98, c910, c911, c912, c915 } from "./shared.js";

const params = { params: { path: { uuid: "1cd8a442-86d1-11e0-ae1c-123478563412" } } } as const;

export async function modifyBodies() {
  // Positive: what PATCH takes.
  await c910.PATCH("/security/ipsec/policies/{uuid}", { ...params, body: { enabled: false, protocol: "udp" } });
  await c915.PATCH("/security/ipsec/policies/{uuid}", { ...params, body: { certificate: { name: "cert2" } } });
  // svm: given at creation only (every release). Positive pair: POST takes it.
  await c910.POST("/security/ipsec/policies", {
    body: { name: "p", svm: { name: "svm1" }, local_endpoint: { address: "a" }, remote_endpoint: { address: "b" } },
  });
  await c910.PATCH("/security/ipsec/policies/{uuid}", {
    ...params,
    body: {
      // @ts-expect-error svm cannot be patched
      svm: { name: "svm1" },
    },
  });
  await c98.PATCH("/security/ipsec/policies/{uuid}", {
    ...params,
    body: {
      // @ts-expect-error svm cannot be patched
      svm: { name: "svm1" },
    },
  });
  // Create-only in every release: action, secret_key.
  await c98.PATCH("/security/ipsec/policies/{uuid}", {
    ...params,
    body: {
      // @ts-expect-error action is create-only
      action: "bypass",
    },
  });
  await c910.PATCH("/security/ipsec/policies/{uuid}", {
    ...params,
    body: {
      // @ts-expect-error secret_key is create-only
      secret_key: "0123456789abcdefghij",
    },
  });
  // authentication_method: patchable in 9.10-9.14 (netapp_ontap 9.10.1-9.14.1), create-only from 9.15.
  await c910.PATCH("/security/ipsec/policies/{uuid}", { ...params, body: { authentication_method: "psk" } });
  await c915.PATCH("/security/ipsec/policies/{uuid}", {
    ...params,
    body: {
      // @ts-expect-error authentication_method is create-only from 9.15
      authentication_method: "psk",
    },
  });
  // name and ipspace: patchable in the 9.8.0 and 9.13.1 clients, create-only in 9.15.1.
  await c98.PATCH("/security/ipsec/policies/{uuid}", { ...params, body: { name: "renamed", ipspace: { name: "Default" } } });
  await c911.PATCH("/security/ipsec/policies/{uuid}", { ...params, body: { name: "renamed", ipspace: { name: "Default" } } });
  await c912.PATCH("/security/ipsec/policies/{uuid}", { ...params, body: { name: "renamed" } });
  const ok914: Modify914 = { name: "renamed", ipspace: { name: "Default" } };
  await c915.PATCH("/security/ipsec/policies/{uuid}", {
    ...params,
    body: {
      // @ts-expect-error name is create-only from 9.15
      name: "renamed",
    },
  });
  const bad915: Modify915 = {
    // @ts-expect-error ipspace is create-only from 9.15
    ipspace: { name: "Default" },
  };
  return [ok914, bad915];
}
