/**
 * SVG chart of the speed-up ratios: one group of horizontal bars per
 * program (plus the geometric mean), on a logarithmic axis centred on 1×,
 * so "slower than the reference" bars grow to the left and "faster" bars to
 * the right. Plain string building with escaping; no dependencies.
 */

import { RATIO_LABELS, RATIO_NAMES, type RatioName, type Report } from "./report.js";

const COLORS: Readonly<Record<RatioName, string>> = {
  jitSpeedup: "#2b6cb0",
  interpVsCpython: "#9c9c9c",
  jitVsCpython: "#dd6b20",
  jitVsJs: "#38a169",
};

function esc(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function fmt(v: number): string {
  return v >= 10 ? v.toFixed(1) : v.toFixed(2);
}

export function renderSvg(report: Report): string {
  const series = RATIO_NAMES.filter((k) => report.rows.some((r) => r.ratios[k] !== undefined));
  const groups = [
    ...report.rows.map((r) => ({ name: r.ok ? r.name : `${r.name} (failed)`, ratios: r.ratios, bold: false })),
    { name: "geometric mean", ratios: report.geomean, bold: true },
  ];
  const values = groups.flatMap((g) => series.map((k) => g.ratios[k])).filter((v): v is number => v !== undefined);
  const lo = Math.floor(Math.log10(Math.min(0.5, ...values)));
  const hi = Math.ceil(Math.log10(Math.max(2, ...values)));

  const left = 170;
  const plotWidth = 620;
  const barH = 9;
  const groupH = Math.max(1, series.length) * barH + 10;
  const top = 76;
  const height = top + groups.length * groupH + 40;
  const width = left + plotWidth + 40;
  const xOf = (v: number): number => left + ((Math.log10(v) - lo) / (hi - lo)) * plotWidth;

  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="11">`,
  );
  out.push(`<rect width="100%" height="100%" fill="white"/>`);
  const m = report.machine;
  out.push(
    `<text x="10" y="18" font-size="14" font-weight="bold">${esc(`pyvm speed-ups (${report.size} size, higher is better)`)}</text>`,
  );
  out.push(`<text x="10" y="34" fill="#555">${esc(`Node ${m.node}, ${m.cpu}, commit ${m.commit}`)}</text>`);
  // legend
  series.forEach((k, i) => {
    const lx = 10 + (i % 2) * 300;
    const ly = 42 + Math.floor(i / 2) * 14;
    out.push(`<rect x="${lx}" y="${ly}" width="10" height="10" fill="${COLORS[k]}"/>`);
    out.push(`<text x="${lx + 14}" y="${ly + 9}">${esc(RATIO_LABELS[k])}</text>`);
  });
  // grid
  for (let e = lo; e <= hi; e++) {
    for (const mult of e === hi ? [1] : [1, 2, 5]) {
      const v = Number((mult * 10 ** e).toPrecision(3));
      const gx = xOf(v).toFixed(1);
      const strong = v === 1;
      out.push(
        `<line x1="${gx}" y1="${top - 4}" x2="${gx}" y2="${height - 30}" stroke="${strong ? "#000" : "#ddd"}" stroke-width="${strong ? 1.5 : 1}"/>`,
      );
      out.push(`<text x="${gx}" y="${height - 16}" text-anchor="middle" fill="#555">${esc(`${v}×`)}</text>`);
    }
  }
  // bars
  groups.forEach((g, gi) => {
    const gy = top + gi * groupH;
    out.push(
      `<text x="${left - 8}" y="${gy + groupH / 2 + 2}" text-anchor="end"${g.bold ? ' font-weight="bold"' : ""}>${esc(g.name)}</text>`,
    );
    series.forEach((k, si) => {
      const v = g.ratios[k];
      if (v === undefined) return;
      const y = gy + 4 + si * barH;
      const x1 = xOf(1);
      const x2 = xOf(v);
      const bx = Math.min(x1, x2);
      const bw = Math.max(1, Math.abs(x2 - x1));
      out.push(
        `<rect x="${bx.toFixed(1)}" y="${y}" width="${bw.toFixed(1)}" height="${barH - 1}" fill="${COLORS[k]}"><title>${esc(`${g.name}: ${RATIO_LABELS[k]} = ${fmt(v)}×`)}</title></rect>`,
      );
      const tx = v >= 1 ? x2 + 3 : x2 - 3;
      out.push(
        `<text x="${tx.toFixed(1)}" y="${y + barH - 1}" font-size="9" text-anchor="${v >= 1 ? "start" : "end"}" fill="#333">${fmt(v)}</text>`,
      );
    });
  });
  if (values.length === 0) {
    out.push(`<text x="${left}" y="${top + 14}" fill="#a00">no ratios measured (see latest.md)</text>`);
  }
  out.push("</svg>");
  return `${out.join("\n")}\n`;
}
