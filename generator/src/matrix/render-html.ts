// The matrix as one static HTML page: inline CSS and JS, no network. Sticky headers, colour per
// cell state, tooltips with what changed, a filter box.
import type { Cell, Matrix, Row } from "./build-matrix.js";

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

const MARK: Record<Cell["state"], string> = { absent: "", present: "✓", added: "+", removed: "−", changed: "Δ" };

function cellHtml(c: Cell, r: Row): string {
  const tip = [`${r.label} — ONTAP ${c.release}: ${c.present ? "present" : "absent"}${c.state === "added" ? " (new)" : c.state === "removed" ? " (gone)" : ""}`];
  if (c.flags.length) tip.push(`flags: ${c.flags.join(" ")}`);
  tip.push(...c.notes);
  if (c.evidence) {
    tip.push(`evidence: ${c.evidence.status}`);
    tip.push(...c.evidence.notes.map((n) => `  decided: ${n}`));
    tip.push(...c.evidence.sources.map((x) => `  source: ${x}`));
  }
  const flags = c.flags.length ? `<span class="flags">${esc(c.flags.join(" "))}</span>` : "";
  const short = c.state === "changed" && r.kind !== "operation" && c.notes.length === 1 && c.notes[0]!.length <= 22 ? `<span class="note">${esc(c.notes[0]!)}</span>` : "";
  const ev = c.evidence ? ` ev-${c.evidence.status}` : "";
  const evAttr = c.evidence ? ` data-evidence="${c.evidence.status}"` : "";
  return `<td class="c ${c.state}${c.level ? ` lv-${c.level}` : ""}${ev}" data-release="${esc(c.release)}" data-state="${c.state}"${evAttr} title="${esc(tip.join("\n"))}"><span class="mark">${MARK[c.state]}</span>${flags}${short}</td>`;
}

export function renderMatrixHtml(m: Matrix, opts: { title?: string } = {}): string {
  const title = opts.title ?? "ONTAP security API — compatibility matrix";
  const head = `<thead><tr><th class="name">name</th>${m.releases.map((r) => `<th class="rel">${esc(r)}</th>`).join("")}</tr></thead>`;
  const sections = m.sections
    .map((s) => {
      const groups = s.groups
        .map((g) => {
          const rows = g.rows
            .map((r) => {
              const changes = r.cells.some((c) => c.state !== "present") ? " varies" : "";
              const text = `${g.name} ${r.label} ${r.detail ?? ""}`.toLowerCase();
              return `<tr class="row ${r.kind}${changes}" data-key="${esc(r.key)}" data-text="${esc(text)}"><th class="name d${Math.min(r.depth, 4)}" scope="row"><span class="label">${esc(r.label)}</span>${r.detail ? `<span class="detail">${esc(r.detail)}</span>` : ""}</th>${r.cells.map((c) => cellHtml(c, r)).join("")}</tr>`;
            })
            .join("\n");
          return `<tbody class="group" data-group="${esc(g.name)}"><tr class="ghead"><th colspan="${m.releases.length + 1}">${esc(g.title)}</th></tr>\n${rows}\n</tbody>`;
        })
        .join("\n");
      return `<section id="${esc(s.id)}"><h2>${esc(s.title)}</h2><table>${head}\n${groups}</table></section>`;
    })
    .join("\n");
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<style>
:root{--bar:64px;--cols:${m.releases.length}}
*{box-sizing:border-box}
body{margin:0;font:13px/1.35 system-ui,-apple-system,"Segoe UI",sans-serif;color:#1d2733;background:#f6f8fa}
#bar{position:sticky;top:0;height:var(--bar);z-index:5;background:#0b3d62;color:#fff;display:flex;align-items:center;gap:18px;padding:0 20px;box-shadow:0 2px 4px #0004}
#bar h1{font-size:16px;margin:0;white-space:nowrap}
#bar input[type=search]{width:300px;padding:6px 9px;border-radius:5px;border:0;font-size:13px}
#bar label{white-space:nowrap}
#bar nav{display:flex;gap:10px}#bar nav a{color:#cfe6ff;text-decoration:none;white-space:nowrap;font-size:12px}
.legend{display:flex;gap:8px;align-items:center;font-size:12px;margin-left:auto}
.legend span{padding:1px 7px;border-radius:3px;color:#1d2733;white-space:nowrap}
main{padding:0 20px 60px}
h2{margin:22px 0 8px;font-size:17px}
table{table-layout:fixed;width:calc(440px + var(--cols) * 76px);border-collapse:separate;border-spacing:0;background:#fff;border:1px solid #d0d7de;border-radius:6px}
thead th{position:sticky;top:var(--bar);z-index:3;background:#24496b;color:#fff;padding:6px 8px;font-weight:600}
thead th.name{left:0;z-index:4;text-align:left}
th.rel{width:76px}thead th.name{width:440px}
tbody th.name{position:sticky;left:0;z-index:2;background:#fff;text-align:left;font-weight:400;padding:3px 10px;border-bottom:1px solid #eaeef2;max-width:420px}
tbody th.name .label{font-family:ui-monospace,Menlo,Consolas,monospace}
tbody th.name .label{overflow-wrap:anywhere}tbody th.name .detail{display:block;color:#6e7781;font-size:11px;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.d1{padding-left:26px!important}.d2{padding-left:42px!important}.d3,.d4{padding-left:58px!important}
tr.enum-value th.name .label{color:#57606a}
tr.ghead th{background:#eef2f6;text-align:left;padding:5px 10px;font-weight:600;border-bottom:1px solid #d0d7de;position:sticky;left:0}
td.c{text-align:center;padding:3px 4px;border-bottom:1px solid #fff;border-left:1px solid #fff;cursor:default;white-space:nowrap}
td.absent{background:#eceff2;color:#9aa4ae}
td.present{background:#d8f3df;color:#1a7f37}
td.added{background:#7fd898;color:#0b4d1f;font-weight:700}
td.removed{background:#ffc9c6;color:#a40e26;font-weight:700}
td.changed{background:#ffe18c;color:#7a4b00;font-weight:700}
td.changed.lv-breaking{background:#ff9f8f;color:#7d0000}
td.changed.lv-info{background:#fff0b8}
.flags{display:block;font:10px ui-monospace,monospace;font-weight:400;opacity:.8}
.note{display:block;font-size:10px;font-weight:400;white-space:normal;line-height:1.15}
tr.row:hover td,tr.row:hover th{filter:brightness(.95)}
.hidden{display:none}
#tip{position:fixed;right:16px;bottom:16px;max-width:520px;background:#1d2733;color:#fff;padding:10px 12px;border-radius:6px;font-size:12px;white-space:pre-wrap;display:none;z-index:9;box-shadow:0 4px 12px #0005}
#count{font-size:12px;opacity:.85}
td.ev-verified{box-shadow:inset 0 -3px 0 #1a7f37}
td.ev-decided{box-shadow:inset 0 -3px 0 #8250df}
td.ev-unverified{box-shadow:inset 0 -3px 0 #afb8c1}
</style></head><body>
<div id="bar"><h1>${esc(title)}</h1>
<input id="filter" type="search" placeholder="Filter rows: operation, property, error code…" aria-label="Filter rows" autocomplete="off">
<label><input id="varies" type="checkbox"> only rows that vary</label><span id="count"></span>
<nav>${m.sections.map((s) => `<a href="#${esc(s.id)}">${esc(s.id)}</a>`).join("")}</nav>
<div class="legend"><span style="background:#eceff2">absent</span><span style="background:#d8f3df">present</span><span style="background:#7fd898">+ new</span><span style="background:#ffe18c">Δ changed</span><span style="background:#ff9f8f">Δ breaking</span><span style="background:#ffc9c6">− gone</span>${m.evidence ? `<span style="box-shadow:inset 0 -3px 0 #1a7f37">verified</span><span style="box-shadow:inset 0 -3px 0 #8250df">decided</span><span style="box-shadow:inset 0 -3px 0 #afb8c1">unverified</span>` : ""}</div>
</div>
<main>
${sections}
</main>
<div id="tip"></div>
<script>
(function(){
var f=document.getElementById("filter"),v=document.getElementById("varies"),count=document.getElementById("count");
function apply(){var q=f.value.trim().toLowerCase(),only=v.checked,shown=0,total=0;
document.querySelectorAll("tbody.group").forEach(function(g){var any=false;
g.querySelectorAll("tr.row").forEach(function(r){total++;var ok=(!q||r.dataset.text.indexOf(q)>=0)&&(!only||r.classList.contains("varies"));r.classList.toggle("hidden",!ok);if(ok){any=true;shown++;}});
g.classList.toggle("hidden",!any);});
document.querySelectorAll("main section").forEach(function(s){s.classList.toggle("hidden",!s.querySelector("tbody.group:not(.hidden)"));});
count.textContent=(q||only)?shown+" of "+total+" rows":total+" rows";}
f.addEventListener("input",apply);v.addEventListener("change",apply);apply();
var tip=document.getElementById("tip");
document.addEventListener("click",function(e){var td=e.target.closest&&e.target.closest("td.c");if(!td){tip.style.display="none";return;}tip.textContent=td.title;tip.style.display="block";});
})();
</script>
</body></html>
`;
}
