import { fail } from "./errors.js";

interface Page {
  records?: unknown[];
  _links?: { self?: { href?: string }; next?: { href?: string } };
}

/**
 * Every record of a collection (`get()` the first page, `get(href)` the next ones), page by page
 * along `_links.next.href`, which carries the original query plus the `start.*` cursor, so nothing
 * is re-specified. Only the current page is held: records are yielded as they arrive and the page
 * is dropped before the next one is fetched. A `next` naming a page already fetched (a `next` or
 * `self` seen before) would loop forever, so it is an error rather than a silent stop. The set of
 * seen links grows by one short string per page.
 */
export async function* paginate<T>(get: (href?: string) => Promise<unknown>): AsyncGenerator<T, void, undefined> {
  const seen = new Set<string>();
  let page = (await get()) as Page | undefined;
  for (;;) {
    let records = page?.records;
    const href = page?._links?.next?.href;
    const self = page?._links?.self?.href;
    if (typeof self === "string") seen.add(self);
    // Dropping the references before yielding and before the next fetch keeps one page in memory.
    // eslint-disable-next-line no-useless-assignment
    page = undefined;
    if (Array.isArray(records)) yield* records as T[];
    // eslint-disable-next-line no-useless-assignment
    records = undefined;
    if (typeof href !== "string" || href === "") return;
    if (seen.has(href)) throw fail(`pagination repeated the page ${href}; stopping instead of looping`, { kind: "pagination", href });
    seen.add(href);
    page = (await get(href)) as Page | undefined;
  }
}

/** The path below `/api` of a `_links.next` href, which must stay on the cluster's origin. */
export function hrefPath(href: string, origin: string): string {
  const url = new URL(href, origin);
  if (url.origin !== origin || !url.pathname.startsWith("/api/")) {
    throw fail(`refusing to follow ${href}: it leads away from ${origin}/api`, { kind: "pagination", href });
  }
  return url.pathname.slice(4) + url.search;
}
