// Generates src/Comparison.Site/Map/europe-map.json: projected SVG paths for the 48 Parties to
// CETS 197, grey context shapes, and label/marker positions. Run: npm ci && node generate.mjs
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";
import { feature, merge } from "topojson-client";
import { presimplify, quantile, simplify } from "topojson-simplify";
import { geoAzimuthalEqualArea, geoContains, geoPath } from "d3-geo";

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const OUT = resolve(here, "../../src/Comparison.Site/Map/europe-map.json");

export const WIDTH = 1000;
export const HEIGHT = 850;
const MIN_RING_AREA = 2; // px²; smaller rings are dropped (except for the small states)
const SIMPLIFY_QUANTILE = 0.6; // keep the 40% most significant points of the 1:50m arcs

// The 48 Parties: ISO 3166-1 alpha-2 -> [ISO 3166-1 numeric ids in world-atlas, English name].
// Names follow content/countries/*.yaml. Åland (248) is an autonomous region of Finland and is
// drawn as part of Finland.
const PARTIES = {
  AL: [["008"], "Albania"],
  AD: [["020"], "Andorra"],
  AM: [["051"], "Armenia"],
  AT: [["040"], "Austria"],
  AZ: [["031"], "Azerbaijan"],
  BE: [["056"], "Belgium"],
  BA: [["070"], "Bosnia and Herzegovina"],
  BG: [["100"], "Bulgaria"],
  HR: [["191"], "Croatia"],
  CY: [["196"], "Cyprus"],
  CZ: [["203"], "Czech Republic"],
  DK: [["208"], "Denmark"],
  EE: [["233"], "Estonia"],
  FI: [["246", "248"], "Finland"],
  FR: [["250"], "France"],
  GE: [["268"], "Georgia"],
  DE: [["276"], "Germany"],
  GR: [["300"], "Greece"],
  HU: [["348"], "Hungary"],
  IS: [["352"], "Iceland"],
  IE: [["372"], "Ireland"],
  IT: [["380"], "Italy"],
  LV: [["428"], "Latvia"],
  LI: [["438"], "Liechtenstein"],
  LT: [["440"], "Lithuania"],
  LU: [["442"], "Luxembourg"],
  MT: [["470"], "Malta"],
  MD: [["498"], "Republic of Moldova"],
  MC: [["492"], "Monaco"],
  ME: [["499"], "Montenegro"],
  NL: [["528"], "Netherlands"],
  MK: [["807"], "North Macedonia"],
  NO: [["578"], "Norway"],
  PL: [["616"], "Poland"],
  PT: [["620"], "Portugal"],
  RO: [["642"], "Romania"],
  SM: [["674"], "San Marino"],
  RS: [["688"], "Serbia"],
  SK: [["703"], "Slovakia"],
  SI: [["705"], "Slovenia"],
  ES: [["724"], "Spain"],
  SE: [["752"], "Sweden"],
  CH: [["756"], "Switzerland"],
  TR: [["792"], "Türkiye"],
  UA: [["804"], "Ukraine"],
  GB: [["826"], "United Kingdom"],
  BY: [["112"], "Belarus"],
  IL: [["376"], "Israel"],
};

// Natural Earth 1:50m as packaged in world-atlas 2.0.2 draws Crimea as part of Russia. The map
// follows the internationally recognised borders (UN General Assembly resolution 68/262): the
// Russian polygon containing this point is moved to Ukraine before anything is drawn.
const TRANSFERS = [{ what: "Crimea", from: "643", to: "804", point: [34.1, 44.95] }];

// Too small to click: the site draws a circle at `centroid`. The capital is the fallback
// position when the 50m data has no usable shape.
const SMALL = {
  AD: [1.52, 42.51], // Andorra la Vella
  LI: [9.52, 47.14], // Vaduz
  LU: [6.13, 49.61], // Luxembourg
  MT: [14.51, 35.9], // Valletta
  MC: [7.42, 43.74], // Monaco
  SM: [12.45, 43.94], // San Marino
};

// The United Kingdom has three criminal-law jurisdictions, answered separately.
const MARKERS = [
  { id: "gb-eaw", iso: "GB", name: "England and Wales", lonlat: [-1.5, 52.6] },
  { id: "gb-sct", iso: "GB", name: "Scotland", lonlat: [-4.2, 56.8] },
  { id: "gb-nir", iso: "GB", name: "Northern Ireland", lonlat: [-6.7, 54.6] },
];

// Points the frame must contain: Iceland, Portugal, North Cape, the Caucasus, Türkiye, Israel.
const FRAME_POINTS = [
  [-24.6, 65.5], [-22.0, 63.3], [-13.6, 65.0],  // Iceland
  [-9.5, 38.8], [-9.0, 36.9],                     // Portugal
  [25.8, 71.2], [31.1, 70.4],                     // northern Norway
  [50.4, 40.4], [48.0, 38.4], [46.6, 41.9],       // Azerbaijan
  [44.8, 37.0],                                   // south-east Türkiye
  [34.9, 29.5], [32.3, 34.7],                     // Eilat, western Cyprus
];

export function makeProjection() {
  return geoAzimuthalEqualArea()
    .rotate([-16, -52])
    .fitExtent([[12, 10], [WIDTH - 12, HEIGHT - 10]], { type: "MultiPoint", coordinates: FRAME_POINTS })
    .clipExtent([[0, 0], [WIDTH, HEIGHT]]);
}

const r1 = (v) => Math.round(v);
const fmt = (v) => String(r1(v) === 0 ? 0 : r1(v));

// Collect projected, clipped rings as arrays of [x, y] via a geoPath context.
function rings(projection, object) {
  const out = [];
  let ring = null;
  const ctx = {
    beginPath() {},
    moveTo(x, y) { ring = [[x, y]]; out.push(ring); },
    lineTo(x, y) { ring.push([x, y]); },
    closePath() { ring = null; },
    arc() {},
  };
  geoPath(projection, ctx)(object);
  return out;
}

function area(ring) {
  let a = 0;
  for (let i = 0, n = ring.length, j = n - 1; i < n; j = i++) {
    a += ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1];
  }
  return a / 2;
}

// Round to whole pixels, drop repeated and collinear points.
function clean(ring) {
  const pts = [];
  for (const [x, y] of ring) {
    const p = [r1(x), r1(y)];
    const q = pts[pts.length - 1];
    if (!q || q[0] !== p[0] || q[1] !== p[1]) pts.push(p);
  }
  while (pts.length > 1 && pts[0][0] === pts[pts.length - 1][0] && pts[0][1] === pts[pts.length - 1][1]) pts.pop();
  let changed = true;
  while (changed && pts.length > 3) {
    changed = false;
    for (let i = 0; i < pts.length && pts.length > 3; i++) {
      const a = pts[(i + pts.length - 1) % pts.length], b = pts[i], c = pts[(i + 1) % pts.length];
      const cross = (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]);
      if (cross === 0) { pts.splice(i, 1); i--; changed = true; }
    }
  }
  return pts;
}

// Absolute move, then relative line steps: small numbers, fewer characters.
function toPath(rs) {
  return rs.map((r) => {
    let d = "M" + fmt(r[0][0]) + "," + fmt(r[0][1]) + "l";
    for (let i = 1; i < r.length; i++) {
      const dx = r[i][0] - r[i - 1][0], dy = r[i][1] - r[i - 1][1];
      d += (i > 1 && dx >= 0 ? " " : "") + dx + (dy >= 0 ? " " : "") + dy;
    }
    return d + "z";
  }).join("");
}

function pathFor(projection, object, keepTiny) {
  const kept = [];
  for (const raw of rings(projection, object)) {
    const r = clean(raw);
    if (r.length < 3) continue;
    const a = Math.abs(area(r));
    if (a === 0) continue;
    if (a < MIN_RING_AREA && !keepTiny) continue;
    kept.push(r);
  }
  return kept;
}

function inside([x, y], rs) {
  // even-odd rule over all rings (holes included)
  let c = false;
  for (const r of rs) {
    for (let i = 0, j = r.length - 1; i < r.length; j = i++) {
      const [xi, yi] = r[i], [xj, yj] = r[j];
      if ((yi > y) !== (yj > y) && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) c = !c;
    }
  }
  return c;
}

function distToEdges([x, y], rs) {
  let d = Infinity;
  for (const r of rs) {
    for (let i = 0, j = r.length - 1; i < r.length; j = i++) {
      const [ax, ay] = r[j], [bx, by] = r[i];
      const dx = bx - ax, dy = by - ay;
      const t = dx || dy ? Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy))) : 0;
      d = Math.min(d, Math.hypot(x - ax - t * dx, y - ay - t * dy));
    }
  }
  return d;
}

// The interior point farthest from the border (grid search, then refinement).
function interiorPoint(rs) {
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  for (const r of rs) for (const [x, y] of r) { x0 = Math.min(x0, x); y0 = Math.min(y0, y); x1 = Math.max(x1, x); y1 = Math.max(y1, y); }
  let best = null, bestD = -1, step = Math.max(x1 - x0, y1 - y0) / 50;
  const probe = (p) => { if (inside(p, rs)) { const d = distToEdges(p, rs); if (d > bestD) { bestD = d; best = p; } } };
  for (let x = x0; x <= x1; x += step) for (let y = y0; y <= y1; y += step) probe([x, y]);
  for (let k = 0; k < 6 && best; k++) {
    const [bx, by] = best; step /= 3;
    for (let dx = -3; dx <= 3; dx++) for (let dy = -3; dy <= 3; dy++) probe([bx + dx * step, by + dy * step]);
  }
  return best;
}

export function generate() {
  // Topology-preserving simplification (shared borders stay shared), then whole-pixel
  // coordinates: the map is drawn about 800 px wide, so finer detail only costs page weight.
  const raw = presimplify(JSON.parse(readFileSync(require.resolve("world-atlas/countries-50m.json"), "utf8")));
  const topo = simplify(raw, quantile(raw, SIMPLIFY_QUANTILE));
  const geoms = topo.objects.countries.geometries;
  const notes = [];
  for (const { what, from, to, point } of TRANSFERS) {
    const src = geoms.find((g) => g.id === from);
    if (src?.type !== "MultiPolygon") throw new Error(`${what}: geometry ${from} is not a MultiPolygon`);
    const i = src.arcs.findIndex((arcs) => geoContains(feature(topo, { type: "Polygon", arcs }), point));
    if (i < 0) throw new Error(`${what}: no polygon of ${from} contains ${point}`);
    const [moved] = src.arcs.splice(i, 1);
    geoms.push({ type: "Polygon", id: to, arcs: moved, properties: { name: what } });
    notes.push(`${what}: moved from ${from} to ${to}`);
  }
  const projection = makeProjection();
  const path = geoPath(projection);

  const partyIds = new Set(Object.values(PARTIES).flatMap(([ids]) => ids));
  for (const id of partyIds) {
    if (!geoms.some((g) => g.id === id)) throw new Error(`world-atlas has no geometry with id ${id}`);
  }

  const parties = [];
  for (const [iso, [ids, name]] of Object.entries(PARTIES)) {
    const parts = geoms.filter((g) => ids.includes(g.id));
    const shape = parts.length === 1 ? feature(topo, parts[0]) : { type: "Feature", properties: {}, geometry: merge(topo, parts) };
    const small = iso in SMALL;
    const rs = pathFor(projection, shape, small);
    let d = toPath(rs);
    let centroid;
    if (rs.length === 0) {
      if (!small) throw new Error(`${iso} has no shape inside the frame`);
      d = "";
      centroid = projection(SMALL[iso]);
      notes.push(`${iso}: no usable shape at 1:50m after rounding; marker at the capital, empty d`);
    } else {
      // d3 geoPath.centroid of the part(s) in frame; if it falls outside the country (multi-part or
      // crescent-shaped states), the centroid of the largest part; failing that, the interior
      // point farthest from the border.
      centroid = path.centroid(shape);
      if (!small && !inside(centroid, rs)) {
        const polys = shape.geometry.type === "MultiPolygon" ? shape.geometry.coordinates : [shape.geometry.coordinates];
        const largest = polys
          .map((coordinates) => ({ type: "Polygon", coordinates }))
          .reduce((a, b) => (path.area(b) > path.area(a) ? b : a));
        const c2 = path.centroid(largest);
        const largestRings = pathFor(projection, largest, false);
        const how = inside(c2, largestRings) ? "centroid of largest part" : "interior point";
        centroid = how === "interior point" ? interiorPoint(largestRings) : c2;
        notes.push(`${iso}: whole-shape centroid falls outside the country; used ${how}`);
      }
    }
    parties.push({ iso, name, d, centroid: centroid.map(r1), small });
  }

  // Context: every other shape that reaches into the frame, merged into one path.
  const contextGeoms = geoms.filter((g) => !partyIds.has(g.id) && g.type && path.area(feature(topo, g)) > 0);
  const contextRings = pathFor(projection, merge(topo, contextGeoms), false);
  const context = [{ d: toPath(contextRings) }];
  notes.push(`context: ${contextGeoms.map((g) => g.properties.name).join(", ")}`);

  const markers = MARKERS.map(({ id, iso, name, lonlat }) => {
    const [x, y] = projection(lonlat);
    return { id, iso, name, x: r1(x), y: r1(y) };
  });

  const out = {
    source: "Natural Earth 1:50m via world-atlas 2.0.2 (public domain)",
    viewBox: `0 0 ${WIDTH} ${HEIGHT}`,
    parties,
    context,
    markers,
  };
  return { out, notes, projection };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { out, notes } = generate();
  mkdirSync(dirname(OUT), { recursive: true });
  const json = JSON.stringify(out) + "\n";
  writeFileSync(OUT, json);
  for (const n of notes) console.log(n);
  console.log(`wrote ${OUT} (${Buffer.byteLength(json)} bytes, ${out.parties.length} parties)`);
}
