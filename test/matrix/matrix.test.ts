// The compatibility matrix: its data, its Markdown, and its HTML page as a person sees it in Chromium.
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadCheckedSpec } from "../../generator/src/curated-spec/check-spec.js";
import { sliceSpec } from "../../generator/src/slice/slice-spec.js";
import { SPEC_ROOT } from "../../generator/src/paths.js";
import { buildMatrix, type Matrix } from "../../generator/src/matrix/build-matrix.js";
import { renderMatrixMarkdown } from "../../generator/src/matrix/render-md.js";
import { renderMatrixHtml } from "../../generator/src/matrix/render-html.js";

const CHROMIUM = "/usr/bin/chromium";
const CA = "op:GET /security/ipsec/ca-certificates";
let matrix: Matrix;
let releases: string[];

beforeAll(async () => {
  const loaded = await loadCheckedSpec(SPEC_ROOT);
  releases = loaded.releases;
  matrix = buildMatrix(releases, new Map(releases.map((r) => [r, sliceSpec(loaded.spec.root, r)])));
});

const rowOf = (key: string) => matrix.sections.flatMap((s) => s.groups.flatMap((g) => g.rows)).find((r) => r.key === key)!;

describe("matrix data", () => {
  it("marks the ca-certificates operations absent in 9.8/9.9 and present from 9.10", () => {
    const row = rowOf(CA);
    expect(row.cells.map((c) => [c.release, c.state])).toEqual(releases.map((r) => [r, r === "9.8" || r === "9.9" ? "absent" : r === "9.10" ? "added" : "present"]));
  });
  it("notes constraint changes in property cells", () => {
    const name = rowOf("prop:ipsec_policy.name");
    const c915 = name.cells.find((c) => c.release === "9.15")!;
    expect(c915.state).toBe("changed");
    expect(c915.notes).toContain("create-only: no→yes");
    expect(rowOf("enum:ipsec_policy.action=esp_udp").cells.find((c) => c.release === "9.9")!.state).toBe("added");
  });
  it("marks the breaking PATCH change of 9.15 on the operation", () => {
    const c = rowOf("op:PATCH /security/ipsec/policies/{uuid}").cells.find((x) => x.release === "9.15")!;
    expect(c.level).toBe("breaking");
  });
  it("covers every release of the spec, 9.16 to 9.19 included", () => {
    expect(releases).toEqual(expect.arrayContaining(["9.16", "9.17", "9.18", "9.19"]));
    for (const row of matrix.sections.flatMap((s) => s.groups.flatMap((g) => g.rows))) expect(row.cells.map((c) => c.release)).toEqual(releases);
  });
  it("places the 9.16+ additions: IPsec offload at 9.16, ppk at 9.17, keepsa at 9.18, TLS offload at 9.19", () => {
    const firstPresent = (key: string) => rowOf(key).cells.find((c) => c.state !== "absent")?.release;
    expect(firstPresent("prop:ipsec.offload_enabled")).toBe("9.16");
    expect(firstPresent("prop:ipsec_policy.ppk")).toBe("9.17");
    expect(firstPresent("prop:ipsec_policy.certificate_modify_keepsa")).toBe("9.18");
    expect(firstPresent("prop:security_config.tls.offload_enabled")).toBe("9.19");
    expect(rowOf("prop:ipsec_policy.ppk").cells.find((c) => c.release === "9.18")!.state).toBe("present");
  });
  it("renders Markdown deterministically", () => {
    const md = renderMatrixMarkdown(matrix);
    expect(md).toBe(renderMatrixMarkdown(matrix));
    expect(md).toMatch(/\| `GET \/security\/ipsec\/ca-certificates` \| · \| · \| \*\*\+\*\* \| ✓ \|/);
  });
});

const haveChromium = existsSync(CHROMIUM);
const skip = !haveChromium && !process.env.CI;
if (skip) console.warn(`[matrix] skipping the headless-browser test: ${CHROMIUM} is missing (run scripts/ensure-chromium.sh; in CI it is required)`);

describe.skipIf(skip)("matrix page in headless Chromium", { timeout: 120_000 }, () => {
  let browser: import("playwright-core").Browser;
  let page: import("playwright-core").Page;
  beforeAll(async () => {
    if (!haveChromium) throw new Error(`CI is set but ${CHROMIUM} is missing: run scripts/ensure-chromium.sh`);
    const { chromium } = await import("playwright-core");
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });
    const file = path.join(mkdtempSync(path.join(tmpdir(), "ontap-matrix-")), "matrix.html");
    writeFileSync(file, renderMatrixHtml(matrix));
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const requests: string[] = [];
    page.on("request", (r) => requests.push(r.url()));
    await page.goto(pathToFileURL(file).href);
    expect(requests.filter((u) => !u.startsWith("file:"))).toEqual([]);
  });
  afterAll(async () => {
    await browser?.close();
  });

  const row = (key: string) => page.locator(`tr[data-key="${key}"]`);

  it("shows the ca-certificates row absent for 9.8/9.9 and present from 9.10", async () => {
    await page.screenshot({ path: "/tmp/ontap-matrix-top.png" });
    const states = await row(CA).locator("td").evaluateAll((tds) => tds.map((td) => [(td as HTMLElement).dataset.release, (td as HTMLElement).dataset.state, getComputedStyle(td).backgroundColor]));
    expect(states.map(([r, s]) => [r, s])).toEqual(releases.map((r) => [r, r === "9.8" || r === "9.9" ? "absent" : r === "9.10" ? "added" : "present"]));
    // Absent and present cells look different.
    expect(states[0]![2]).not.toBe(states[3]![2]);
    expect(await row(CA).locator("td").nth(2).innerText()).toBe("+");
    expect(await row(CA).locator("td").nth(0).getAttribute("title")).toContain("absent");
  });

  it("keeps the header visible after scrolling (sticky)", async () => {
    await page.evaluate(() => window.scrollTo(0, 1600));
    await page.waitForTimeout(100);
    const th = page.locator("#operations thead th.rel").first();
    const bar = await page.locator("#bar").boundingBox();
    expect(bar!.y).toBe(0);
    await page.evaluate(() => document.querySelector('tr[data-key="prop:ipsec_policy.name"]')!.scrollIntoView({ block: "center" }));
    await page.waitForTimeout(100);
    const propsHead = await page.locator("#properties thead th.rel").first().boundingBox();
    expect(propsHead!.y).toBeGreaterThanOrEqual(bar!.height - 1);
    expect(propsHead!.y).toBeLessThan(bar!.height + 40);
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(1000);
    await page.screenshot({ path: "/tmp/ontap-matrix-scrolled.png" });
    expect(await th.count()).toBe(1);
  });

  it("hides rows that do not match the filter", async () => {
    await page.evaluate(() => window.scrollTo(0, 0));
    const visible = () => page.locator("tr.row:not(.hidden)").count();
    const before = await visible();
    await page.locator("#filter").fill("ca-certificates");
    const after = await visible();
    expect(after).toBeGreaterThanOrEqual(4);
    expect(after).toBeLessThan(before);
    expect(await row(CA).isVisible()).toBe(true);
    expect(await row("op:GET /security").isVisible()).toBe(false);
    expect(await page.locator("#count").innerText()).toContain(`${after} of ${before}`);
    await page.screenshot({ path: "/tmp/ontap-matrix-filtered.png" });
    await page.locator("#filter").fill("");
    expect(await visible()).toBe(before);
  });

  it("shows what changed when a cell is clicked", async () => {
    const cell = row("prop:ipsec_policy.name").locator('td[data-release="9.15"]');
    await cell.scrollIntoViewIfNeeded();
    await cell.click();
    expect(await page.locator("#tip").innerText()).toContain("create-only: no→yes");
  });
});
