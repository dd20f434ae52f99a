import { createClient } from "@ontap-sec/client-9.15";
const c = createClient({ host: "cluster1", auth: { username: "admin", password: "pw" } });
const d = <T>(r: { data: T }): T => r.data;
export async function all() {
  const uuid = "1cd8a442-86d1-11e0-ae1c-123478563412";
  const sec = await c.GET("/security", { params: { query: { fields: ["fips", "tls"] } } });
  const fips: boolean | undefined = d(sec)?.fips?.enabled;
  await c.PATCH("/security", { body: { fips: { enabled: true } } });
  const ipsec = await c.GET("/security/ipsec");
  const rw: number | undefined = d(ipsec)?.replay_window;
  await c.PATCH("/security/ipsec", { body: { enabled: true, replay_window: 64 } });
  const list = await c.GET("/security/ipsec/policies", { params: { query: { fields: ["name", "svm"], max_records: 100, "svm.name": "vs1" } } });
  const names: (string | undefined)[] = (d(list)?.records ?? []).map((p) => p.name);
  await c.POST("/security/ipsec/policies", {
    body: {
      name: "p1",
      svm: { name: "vs1" },
      local_endpoint: { address: "10.1.1.1", netmask: "24" },
      remote_endpoint: { address: "10.1.2.1", netmask: "24" },
      action: "esp_transport",
      secret_key: "0123456789abcdef0123",
    },
  });
  const one = await c.GET("/security/ipsec/policies/{uuid}", { params: { path: { uuid }, query: { fields: ["name"] } } });
  const addr: string | undefined = d(one)?.local_endpoint?.address;
  await c.PATCH("/security/ipsec/policies/{uuid}", { params: { path: { uuid } }, body: { enabled: false, local_identity: "identity-1" } });
  await c.DELETE("/security/ipsec/policies/{uuid}", { params: { path: { uuid } } });
  const sas = await c.GET("/security/ipsec/security-associations", { params: { query: { max_records: 1000, type: "ipsec" } } });
  const spis = (d(sas)?.records ?? []).map((s) => s.ipsec?.inbound?.security_parameter_index);
  const sa = await c.GET("/security/ipsec/security-associations/{uuid}", { params: { path: { uuid } } });
  const life: number | undefined = d(sa)?.lifetime;
  const cas = await c.GET("/security/ipsec/ca-certificates", { params: { query: { "svm.name": "vs1" } } });
  const caIds = (d(cas)?.records ?? []).map((r) => r.certificate?.uuid);
  await c.POST("/security/ipsec/ca-certificates", { body: { certificate: { uuid }, svm: { name: "vs1" } } });
  const ca = await c.GET("/security/ipsec/ca-certificates/{certificate.uuid}", { params: { path: { "certificate.uuid": uuid } } });
  const scope = d(ca)?.scope;
  await c.DELETE("/security/ipsec/ca-certificates/{certificate.uuid}", { params: { path: { "certificate.uuid": uuid } } });
  return [fips, rw, names, addr, spis, life, caIds, scope];
}
