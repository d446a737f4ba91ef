// The eventwire page: map, timeline, list and evidence, from the REST API only (works offline).
"use strict";
const COLORS = {
  "Battles": "#e63946", "Explosions/Remote violence": "#f4a261", "Violence against civilians": "#9d4edd",
  "Protests": "#2a9d8f", "Riots": "#264653", "Strategic developments": "#8d99ae",
};
let EVENTS = [];
const svgNS = "http://www.w3.org/2000/svg";

function el(tag, attrs, parent) {
  const node = document.createElementNS(svgNS, tag);
  for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, v);
  if (parent) parent.appendChild(node);
  return node;
}
function esc(s) { return String(s ?? "").replace(/[&<>"]/g, c => ({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;"}[c])); }

async function load() {
  const params = new URLSearchParams();
  for (const [k, v] of new FormData(document.getElementById("filters"))) if (v) params.set(k, v);
  const resp = await fetch("/api/events?" + params.toString());
  EVENTS = resp.ok ? await resp.json() : [];
  document.getElementById("count").textContent = EVENTS.length + " events";
  drawMap(); drawTimeline(); drawList();
}

function drawMap() {
  const svg = document.getElementById("map");
  svg.innerHTML = "";
  const pts = EVENTS.filter(e => e.latitude !== null && e.longitude !== null);
  let [w, s, e, n] = [-180, -90, 180, 90];
  if (pts.length) {
    w = Math.min(...pts.map(p => p.longitude)) - 2; e = Math.max(...pts.map(p => p.longitude)) + 2;
    s = Math.min(...pts.map(p => p.latitude)) - 2; n = Math.max(...pts.map(p => p.latitude)) + 2;
    const span = Math.max(e - w, (n - s) * 2);
    const cx = (w + e) / 2, cy = (s + n) / 2;
    w = cx - span / 2; e = cx + span / 2; s = cy - span / 4; n = cy + span / 4;
  }
  const x = lon => (lon - w) / (e - w) * 720, y = lat => (n - lat) / (n - s) * 360;
  const step = (e - w) > 60 ? 30 : (e - w) > 15 ? 5 : 1;
  for (let lon = Math.ceil(w / step) * step; lon <= e; lon += step) {
    el("line", {x1: x(lon), x2: x(lon), y1: 0, y2: 360, class: "grid"}, svg);
    el("text", {x: x(lon) + 2, y: 356, class: "label"}, svg).textContent = lon + "°";
  }
  for (let lat = Math.ceil(s / step) * step; lat <= n; lat += step) {
    el("line", {x1: 0, x2: 720, y1: y(lat), y2: y(lat), class: "grid"}, svg);
    el("text", {x: 2, y: y(lat) - 2, class: "label"}, svg).textContent = lat + "°";
  }
  const named = new Set();
  for (const ev of pts) {
    const c = el("circle", {cx: x(ev.longitude), cy: y(ev.latitude), r: 4 + Math.min(8, Math.sqrt(ev.fatalities || 0)),
      fill: COLORS[ev.event_type] || "#999", class: "ev", "data-id": ev.event_id_cnty}, svg);
    el("title", {}, c).textContent = `${ev.event_date} ${ev.sub_event_type} — ${ev.location}`;
    c.addEventListener("click", () => select(ev.event_id_cnty));
    if (ev.location && !named.has(ev.location) && named.size < 25) {
      named.add(ev.location);
      el("text", {x: x(ev.longitude) + 6, y: y(ev.latitude) + 3, class: "label"}, svg).textContent = ev.location;
    }
  }
}

function drawTimeline() {
  const svg = document.getElementById("timeline");
  svg.innerHTML = "";
  const dated = EVENTS.filter(e => e.event_date);
  if (!dated.length) return;
  const days = dated.map(e => Date.parse(e.event_date));
  const lo = Math.min(...days), hi = Math.max(...days) + 86400000;
  const nDays = Math.max(1, Math.round((hi - lo) / 86400000));
  const perDay = {};
  for (const ev of dated) (perDay[ev.event_date] ||= []).push(ev);
  const max = Math.max(...Object.values(perDay).map(l => l.length));
  const bw = Math.max(2, 700 / nDays);
  for (const [day, list] of Object.entries(perDay)) {
    const i = Math.round((Date.parse(day) - lo) / 86400000);
    const h = 90 * list.length / max;
    const r = el("rect", {x: 10 + i * 700 / nDays, y: 100 - h, width: bw - 1, height: h, class: "bar"}, svg);
    el("title", {}, r).textContent = `${day}: ${list.length} event(s)`;
    r.addEventListener("click", () => select(list[0].event_id_cnty));
  }
  el("text", {x: 10, y: 115, class: "label"}, svg).textContent = new Date(lo).toISOString().slice(0, 10);
  el("text", {x: 640, y: 115, class: "label"}, svg).textContent = new Date(hi - 86400000).toISOString().slice(0, 10);
}

function drawList() {
  const body = document.querySelector("#events tbody");
  body.innerHTML = "";
  for (const ev of EVENTS) {
    const tr = document.createElement("tr");
    tr.dataset.id = ev.event_id_cnty;
    tr.innerHTML = `<td>${esc(ev.event_date)}</td><td>${esc(ev.sub_event_type)}</td>` +
      `<td>${esc(ev.actor1)}${ev.actor2 ? " vs " + esc(ev.actor2) : ""}</td>` +
      `<td>${esc(ev.location || ev.admin1 || ev.country)}</td><td>${ev.fatalities}</td>` +
      `<td>${ev.flags.map(f => `<span class="flag">${esc(f)}</span>`).join("")}</td>`;
    tr.addEventListener("click", () => select(ev.event_id_cnty));
    body.appendChild(tr);
  }
}

function highlight(text, spans) {
  // spans: [{start, end, field}] -> text with <mark>s, overlapping spans merged
  spans.sort((a, b) => a.start - b.start);
  let out = "", pos = 0;
  for (const sp of spans) {
    if (sp.start < pos) continue;
    out += esc(text.slice(pos, sp.start)) + `<mark title="${esc(sp.field)}">${esc(text.slice(sp.start, sp.end))}<sup>${esc(sp.field)}</sup></mark>`;
    pos = sp.end;
  }
  return out + esc(text.slice(pos));
}

async function select(id) {
  document.querySelectorAll(".sel").forEach(n => n.classList.remove("sel"));
  document.querySelectorAll(`[data-id="${id}"]`).forEach(n => n.classList.add("sel"));
  const ev = EVENTS.find(e => e.event_id_cnty === id);
  if (!ev) return;
  const fields = ["event_date", "time_precision", "event_type", "sub_event_type", "actor1", "assoc_actor_1", "actor2",
    "assoc_actor_2", "interaction", "country", "admin1", "location", "latitude", "longitude", "geo_precision",
    "uncertainty_km", "fatalities", "fatalities_low", "fatalities_high", "corroboration", "confidence", "context"];
  let html = `<h2>${esc(ev.event_id_cnty)}</h2><p>${esc(ev.notes)}</p><dl>`;
  for (const f of fields) if (ev[f] !== null && ev[f] !== "") html += `<dt>${f}</dt><dd>${esc(ev[f])}</dd>`;
  html += `</dl><p>${ev.flags.map(f => `<span class="flag">${esc(f)}</span>`).join("")}</p>`;
  if (ev.claims.length) {
    html += `<h2>Claims</h2><table><tr><th>quantity</th><th>words</th><th>range</th><th>source</th><th>hedges</th></tr>`;
    for (const c of ev.claims) html += `<tr><td>${esc(c.quantity)}</td><td>${esc(c.text)}</td><td>${c.low ?? "?"}–${c.high ?? "?"}</td>` +
      `<td>${esc(c.source ? c.source.name + " (" + c.source.kind + ")" : "")}</td><td>${esc(c.hedges.join("; "))}</td></tr>`;
    html += `</table>`;
  }
  for (const aid of ev.article_ids) {
    const resp = await fetch("/api/articles/" + aid);
    if (!resp.ok) continue;
    const art = await resp.json();
    const spans = [];
    for (const [field, list] of Object.entries(ev.evidence)) for (const sp of list) if (sp.article_id === aid) spans.push({...sp, field});
    html += `<h2>Evidence: ${esc(art.title || aid)} ${art.publication_date ? "(" + esc(art.publication_date) + ")" : ""}</h2>` +
      `<div class="text">${highlight(art.text, spans)}</div>`;
  }
  document.getElementById("detail").innerHTML = html;
}

document.getElementById("filters").addEventListener("submit", e => { e.preventDefault(); load(); });
load();
