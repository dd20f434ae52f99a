// The callbacks the annotation lint hands its per-topic checks (./lint-error-catalog.js among them),
// in a module of their own so that the checks do not import the lint that calls them.
import type { Release } from "../releases.js";

/** Records a finding at `keys` below `node`. */
export type Report = (node: object, keys: (string | number)[], rule: string, message: string) => void;
/** Reads a release annotation at `keys` below `node`, reporting it when it is not a known release. */
export type CheckRelease = (node: object, keys: (string | number)[], value: unknown) => Release | undefined;
/** Checks the source ids at `node[...keys][key]` (`x-ontap-source` by default): present when `needed`, each one known. */
export type CheckSource = (node: object, keys: (string | number)[], needed: boolean, key?: string) => void;
