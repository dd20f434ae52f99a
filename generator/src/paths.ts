// Where things live in the repository, independent of the working directory.
import { fileURLToPath } from "node:url";
import path from "node:path";

export const REPO_ROOT = path.resolve(fileURLToPath(new URL("../../", import.meta.url)));
export const SPEC_ROOT = path.join(REPO_ROOT, "spec", "openapi.yaml");
export const TEMPLATES_DIR = path.join(REPO_ROOT, "templates");
export const PACKAGES_DIR = path.join(REPO_ROOT, "packages");
