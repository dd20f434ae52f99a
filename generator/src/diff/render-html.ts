// A single static HTML page (inline CSS and JS, no network) of one diff.
import type { DiffResult } from "./model.js";
import { describeLocation, groupByLevelAndOperation, headline, LEVEL_TITLE, summaryLine } from "./render-common.js";

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
/** `code` spans in messages become <code>. */
const rich = (s: string) => esc(s).replace(/`([^`]+)`/g, "<code>$1</code>");

export function renderHtml(d: DiffResult): string {
  const sections = groupByLevelAndOperation(d)
    .map(({ level, groups }) => {
      const body = groups
        .map(
          (g) => `<section class="op" data-text="${esc(`${g.label} ${g.operationId ?? ""}`.toLowerCase())}">
<h3><span class="label">${esc(g.label)}</span>${g.operationId ? ` <span class="opid">${esc(g.operationId)}</span>` : ""}</h3>
<ul>${g.changes
            .map(
              (c) =>
                `<li class="${c.level}" data-text="${esc(`${c.id} ${c.location} ${c.path ?? ""} ${c.message}`.toLowerCase())}"><span class="where">${esc(describeLocation(c.location))}</span> ${rich(c.message)} <span class="rule">${esc(c.id)}</span></li>`,
            )
            .join("\n")}</ul>
</section>`,
        )
        .join("\n");
      return `<h2 class="${level}">${LEVEL_TITLE[level]} <span class="count">${groups.reduce((n, g) => n + g.changes.length, 0)}</span></h2>\n${body}`;
    })
    .join("\n");
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(`ONTAP ${d.from} → ${d.to}`)}</title>
<style>
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0;color:#1d2733;background:#f6f8fa}
header{position:sticky;top:0;background:#0b3d62;color:#fff;padding:12px 24px;box-shadow:0 2px 4px #0003;z-index:2}
header h1{font-size:18px;margin:0 0 4px}
header .sum span{display:inline-block;padding:1px 8px;border-radius:10px;margin-right:6px;font-weight:600}
.b{background:#d73a49}.w{background:#e3a008;color:#1d2733}.i{background:#6a737d}
header input{margin-top:8px;width:min(480px,90%);padding:5px 8px;border-radius:4px;border:0}
main{padding:8px 24px 40px;max-width:1100px}
h2{margin:24px 0 8px;padding-left:8px;border-left:6px solid}
h2.breaking{border-color:#d73a49}h2.warning{border-color:#e3a008}h2.info{border-color:#6a737d}
.count{font-size:13px;color:#57606a}
.op{background:#fff;border:1px solid #d0d7de;border-radius:6px;margin:8px 0;padding:4px 12px}
.op h3{font-size:14px;margin:6px 0;font-family:ui-monospace,Menlo,monospace}.opid{color:#57606a;font-weight:400}
ul{margin:4px 0 8px;padding-left:18px}li{margin:2px 0}
li.breaking::marker{color:#d73a49}li.warning::marker{color:#e3a008}
.where{color:#57606a}.rule{font:11px ui-monospace,monospace;color:#8c959f;margin-left:6px}
code{background:#eff1f3;padding:0 3px;border-radius:3px}
.downgrade{background:#fff3cd;border:1px solid #e3a008;padding:8px 12px;border-radius:6px;margin-top:12px}
.hidden{display:none}
</style></head><body>
<header><h1>${esc(headline(d))}</h1>
<div class="sum"><span class="b">${d.summary.breaking} breaking</span><span class="w">${d.summary.warning} warning</span><span class="i">${d.summary.info} info</span></div>
<input id="filter" type="search" placeholder="Filter by operation, property, rule…" aria-label="Filter"></header>
<main>
${d.direction === "downgrade" ? `<p class="downgrade"><strong>Downgrade.</strong> ${esc(d.to)} is older than ${esc(d.from)}.</p>` : ""}
${d.changes.length === 0 ? "<p>No changes.</p>" : sections}
<p class="count">${esc(summaryLine(d))}</p>
</main>
<script>
const f=document.getElementById("filter");
f.addEventListener("input",()=>{const q=f.value.trim().toLowerCase();
for(const s of document.querySelectorAll("section.op")){let any=false;const head=s.dataset.text.includes(q);
for(const li of s.querySelectorAll("li")){const show=!q||head||li.dataset.text.includes(q);li.classList.toggle("hidden",!show);any||=show;}
s.classList.toggle("hidden",!any);}});
</script>
</body></html>
`;
}
