// The releases and their slices packed with the CLI (data/, written by `pnpm generate`; see the
// README for why the data travels with the CLI). Read on demand: a diff parses two slices only.
import { readFile } from "node:fs/promises";
import { requireRelease } from "../../../generator/src/commands/release-option.js";
import type { CliReleases } from "../../../generator/src/generate/cli-data.js";
import { withoutGeneratedMarker } from "../../../generator/src/generate/header.js";

// Source (src/) and build (dist/) are both one folder below the package root.
const DATA = new URL("../data/", import.meta.url);

let index: Promise<CliReleases> | undefined;
const readIndex = () => (index ??= readFile(new URL("releases.json", DATA), "utf8").then((t) => JSON.parse(t) as CliReleases));

/** The releases this CLI carries, oldest first. */
export async function knownReleases(): Promise<string[]> {
  return (await readIndex()).releases.map((r) => r.release);
}

/** A release named on the command line, checked against the packed ones (9.10.1 is 9.10). */
export async function checkRelease(value: string): Promise<string> {
  return requireRelease(value, await knownReleases(), "this CLI knows");
}

/** The slice of a release: @ontap-sec/client-<release>/openapi.json, less its generated-file marker. */
export async function loadSlice(release: string): Promise<object> {
  const entry = (await readIndex()).releases.find((r) => r.release === release);
  if (!entry) throw new Error(`unknown release "${release}"; this CLI knows ${(await knownReleases()).join(", ")}`);
  return withoutGeneratedMarker(JSON.parse(await readFile(new URL(entry.slice, DATA), "utf8")) as object);
}
