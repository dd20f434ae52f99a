// The releases of the spec (its x-ontap-releases), so figures that pick "the newest release"
// follow the spec instead of naming one.
import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { ROOT } from "./paths.js";

const RELEASES: readonly string[] = (parse(readFileSync(path.join(ROOT, "spec", "openapi.yaml"), "utf8")) as { "x-ontap-releases": string[] })["x-ontap-releases"];
export const NEWEST = RELEASES[RELEASES.length - 1]!;
