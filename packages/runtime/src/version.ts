/** Kept in sync with package.json by a test; a JSON import would drag the manifest into bundles. */
export const VERSION = "0.1.0";
