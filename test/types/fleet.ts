// @ontap-sec/client: connect()'s result is a union discriminated by `release`; narrowing it gives
// the exact client (and package) of that release. Each expect-error has its positive pair.
import { connect, RELEASES, type Connection, type KnownRelease, type ReleaseConnection } from "../../packages/client/src/index.js";
import { endpoints } from "./shared.js";

declare const c: Connection;

export async function narrowsByRelease() {
  if (c.release === "9.15") {
    // 9.15 has the CA certificates and IPsec policies with an authentication method.
    await c.client.GET("/security/ipsec/ca-certificates");
    await c.client.POST("/security/ipsec/policies", {
      body: { name: "p", svm: { name: "vs1" }, authentication_method: "psk", secret_key: "k".repeat(20), ...endpoints },
    });
    const code: "9.15" = c.module.release;
    return code;
  }
  if (c.release === "9.9") {
    // @ts-expect-error no ca-certificates before 9.10
    await c.client.GET("/security/ipsec/ca-certificates");
    await c.client.POST("/security/ipsec/policies", {
      // @ts-expect-error no authentication_method on a 9.9 policy
      body: { name: "p", svm: { name: "vs1" }, authentication_method: "psk", ...endpoints },
    });
    // Positive pair: the same policy without the field is fine on 9.9.
    await c.client.POST("/security/ipsec/policies", { body: { name: "p", svm: { name: "vs1" }, ...endpoints } });
    // @ts-expect-error the 9.9 package is not the 9.15 one
    const wrong: "9.15" = c.module.release;
    return wrong;
  }
  return undefined;
}

export function releaseIsTheUnionOfKnownReleases() {
  const r: KnownRelease = c.release;
  const all: readonly KnownRelease[] = RELEASES;
  // @ts-expect-error "9.7" has no package
  const old: Connection["release"] = "9.7";
  // Positive pair: the oldest package's release is one.
  const oldest: Connection["release"] = "9.8";
  return [r, all, old, oldest];
}

export async function withoutNarrowing() {
  const conn = await connect({ host: "cluster1", auth: { username: "admin", password: "x" } });
  // Fields of every member: readable as they are.
  const cluster: string = conn.clusterRelease;
  const source: "cluster" | "stated" = conn.releaseSource;
  // @ts-expect-error a call needs the release narrowed first: each release has its own paths
  await conn.client.GET("/security/ipsec/ca-certificates", {});
  // Positive pair, narrowed.
  if (conn.release === "9.10") await conn.client.GET("/security/ipsec/ca-certificates", {});
  return [cluster, source];
}

export function perReleaseType(x: ReleaseConnection<"9.12">) {
  const r: "9.12" = x.release;
  // @ts-expect-error a 9.12 connection is not a 9.13 one
  const other: ReleaseConnection<"9.13"> = x;
  // Positive pair: it is a Connection.
  const conn: Connection = x;
  return [r, other, conn];
}

export async function options() {
  await connect({ host: "h", auth: { token: "t" }, statedRelease: "9.14", newerCluster: "refuse" });
  // @ts-expect-error newerCluster is "warn" or "refuse"
  await connect({ host: "h", auth: { token: "t" }, newerCluster: "newest" });
  // @ts-expect-error releaseCheck is connect()'s business: it picks the package from the cluster
  await connect({ host: "h", auth: { token: "t" }, releaseCheck: "refuse" });
}
