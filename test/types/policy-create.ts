// POST /security/ipsec/policies: what each release's create body accepts.
import type { IpsecPolicyCreate as Create98 } from "../../packages/client-9.8/src/index.js";
import type { IpsecPolicyCreate as Create99 } from "../../packages/client-9.9/src/index.js";
import type { IpsecPolicyCreate as Create910 } from "../../packages/client-9.10/src/index.js";
import type { IpsecPolicyCreate as Create915 } from "../../packages/client-9.15/src/index.js";
import { c98, c99, c910, c915, endpoints } from "./shared.js";

export async function createBodies() {
  // 9.10 and later: authentication_method and certificate exist (positive cases for the errors below).
  await c910.POST("/security/ipsec/policies", {
    body: { name: "p", ...endpoints, authentication_method: "pki", certificate: { name: "cert" } },
  });
  await c915.POST("/security/ipsec/policies", {
    body: { name: "p", ...endpoints, authentication_method: "psk", certificate: { name: "cert" } },
  });
  const ok910: Create910 = { name: "p", ...endpoints, authentication_method: "pki", certificate: { name: "cert" } };
  const ok915: Create915 = { name: "p", ...endpoints, authentication_method: "none" };

  // 9.8 / 9.9: neither exists.
  await c98.POST("/security/ipsec/policies", {
    body: {
      name: "p",
      ...endpoints,
      // @ts-expect-error authentication_method is 9.10+
      authentication_method: "psk",
    },
  });
  await c98.POST("/security/ipsec/policies", {
    body: {
      name: "p",
      ...endpoints,
      // @ts-expect-error certificate is 9.10+
      certificate: { name: "cert" },
    },
  });
  await c99.POST("/security/ipsec/policies", {
    body: {
      name: "p",
      ...endpoints,
      // @ts-expect-error authentication_method is 9.10+
      authentication_method: "psk",
    },
  });
  await c99.POST("/security/ipsec/policies", {
    body: {
      name: "p",
      ...endpoints,
      // @ts-expect-error certificate is 9.10+
      certificate: { name: "cert" },
    },
  });
  const bad98: Create98 = {
    name: "p",
    ...endpoints,
    // @ts-expect-error authentication_method is 9.10+
    authentication_method: "psk",
  };
  const bad99: Create99 = {
    name: "p",
    ...endpoints,
    // @ts-expect-error certificate is 9.10+
    certificate: { name: "cert" },
  };
  // …while the same body without them is fine in 9.8 / 9.9.
  await c98.POST("/security/ipsec/policies", { body: { name: "p", ...endpoints, secret_key: "0123456789abcdefghij" } });
  await c99.POST("/security/ipsec/policies", { body: { name: "p", ...endpoints, local_identity: "local.example" } });
  return [ok910, ok915, bad98, bad99];
}

export async function actions() {
  await c910.POST("/security/ipsec/policies", { body: { name: "p", ...endpoints, action: "esp_transport" } });
  await c98.POST("/security/ipsec/policies", { body: { name: "p", ...endpoints, action: "bypass" } });
  await c910.POST("/security/ipsec/policies", {
    body: {
      name: "p",
      ...endpoints,
      // @ts-expect-error not an action
      action: "foo",
    },
  });
  const bad: Create98 = {
    name: "p",
    ...endpoints,
    // @ts-expect-error not an action
    action: "foo",
  };
  return bad;
}

export async function requiredFields() {
  // name, local_endpoint and remote_endpoint are required when creating.
  // @ts-expect-error name is missing
  const bad: Create910 = { ...endpoints };
  const ok: Create910 = { name: "p", ...endpoints };
  return [bad, ok];
}
