// Writes a preview SVG of src/Comparison.Site/Map/europe-map.json (not committed).
// Usage: node preview.mjs [out.svg]   (default /tmp/map.svg)
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const map = JSON.parse(readFileSync(resolve(here, "../../src/Comparison.Site/Map/europe-map.json"), "utf8"));
const out = process.argv[2] ?? "/tmp/map.svg";
const [, , w, h] = map.viewBox.split(" ");
const esc = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");

const svg = [
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${map.viewBox}" width="${w}" height="${h}">`,
  `<rect width="${w}" height="${h}" fill="#eef4f8"/>`,
  ...map.context.map((c) => `<path d="${c.d}" fill="#d4d4d4" stroke="#fff" stroke-width="0.5"/>`),
  ...map.parties.map((p) => `<path d="${p.d}" fill="#4a7fb5" stroke="#fff" stroke-width="0.5"><title>${esc(p.name)}</title></path>`),
  ...map.parties.filter((p) => p.small).map((p) => `<circle cx="${p.centroid[0]}" cy="${p.centroid[1]}" r="4" fill="#e07b00" stroke="#fff"/>`),
  ...map.markers.map((m) => `<circle cx="${m.x}" cy="${m.y}" r="4" fill="#c0392b" stroke="#fff"/>`),
  ...map.parties.map((p) => `<text x="${p.centroid[0]}" y="${p.centroid[1] - 5}" font-size="9" font-family="sans-serif" text-anchor="middle" fill="#111">${p.iso}</text>`),
  ...map.parties.map((p) => `<circle cx="${p.centroid[0]}" cy="${p.centroid[1]}" r="1.2" fill="#000"/>`),
  `</svg>`,
].join("\n");
writeFileSync(out, svg);
console.log(`wrote ${out}`);
