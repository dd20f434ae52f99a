// Paths a release does not have are not callable.
import { c98, c99, c910, c915 } from "./shared.js";

export async function caCertificates() {
  await c910.GET("/security/ipsec/ca-certificates");
  await c915.GET("/security/ipsec/ca-certificates/{certificate.uuid}", { params: { path: { "certificate.uuid": "u" } } });
  // @ts-expect-error no ca-certificates before 9.10
  await c98.GET("/security/ipsec/ca-certificates");
  // @ts-expect-error no ca-certificates before 9.10
  await c99.GET("/security/ipsec/ca-certificates");
  // @ts-expect-error no ca-certificates before 9.10
  await c99.POST("/security/ipsec/ca-certificates", { body: { certificate: { uuid: "u" } } });
  // Positive pair of the 9.8/9.9 calls: the policies are there.
  await c98.GET("/security/ipsec/policies");
  await c99.GET("/security/ipsec/policies");
}

export async function responses() {
  const { data } = await c910.GET("/security/ipsec/policies/{uuid}", { params: { path: { uuid: "u" } } });
  const name: string | undefined = data.name;
  // @ts-expect-error secret_key is write-only: never in a response
  const key = data.secret_key;
  return [name, key];
}

export async function defaults() {
  // replay_window has a `default`: it stays optional, in a PATCH body as in a response.
  await c910.PATCH("/security/ipsec", { body: { enabled: true } });
  await c98.PATCH("/security/ipsec", { body: { enabled: false } });
  const { data } = await c910.GET("/security/ipsec");
  const w: number | undefined = data.replay_window;
  await c910.PATCH("/security/ipsec", {
    body: {
      // @ts-expect-error replay_window is a number
      replay_window: "64",
    },
  });
  return w;
}
