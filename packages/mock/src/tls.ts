// A self-signed certificate for 127.0.0.1 / localhost / ::1. It is its own CA: trust it by
// passing its PEM (`mock.ca`) as the CA of the client. Generated once per process (EC P-256).
import selfsigned from "selfsigned";

export interface KeyPair {
  key: string;
  cert: string;
}

let cached: Promise<KeyPair> | undefined;

export function selfSignedCertificate(): Promise<KeyPair> {
  cached ??= (async () => {
    const notBeforeDate = new Date(Date.now() - 24 * 3600 * 1000);
    const notAfterDate = new Date(Date.now() + 365 * 24 * 3600 * 1000);
    const pems = await selfsigned.generate([{ name: "commonName", value: "ontap-sec mock" }], {
      keyType: "ec",
      curve: "P-256",
      algorithm: "sha256",
      notBeforeDate,
      notAfterDate,
      extensions: [
        { name: "basicConstraints", cA: true, critical: true },
        { name: "keyUsage", digitalSignature: true, keyCertSign: true, critical: true },
        { name: "extKeyUsage", serverAuth: true },
        {
          name: "subjectAltName",
          altNames: [
            { type: 2, value: "localhost" },
            { type: 7, ip: "127.0.0.1" },
            { type: 7, ip: "::1" },
          ],
        },
      ],
    });
    return { key: pems.private, cert: pems.cert };
  })();
  return cached;
}
