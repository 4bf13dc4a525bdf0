/**
 * The page's style sheet: a light dashboard that fits any screen from a
 * phone to a wide monitor, status tones shared with the charts.
 * @module
 */

import { toneColors } from "./_figure.ts";

/** Background tints of the status tones (pills, card edges). */
const toneTints: Readonly<Record<keyof typeof toneColors, string>> = {
  passed: "#dafbe1",
  warn: "#fff1d6",
  block: "#ffebe9",
  neutral: "#eaeef2",
  raw: "#ddf4ff",
  none: "#f0f2f4",
};

const toneRules = Object.entries(toneColors)
  .map(([tone, color]) => `.tone-${tone}{--tone:${color};--tint:${toneTints[tone as keyof typeof toneTints]}}`)
  .join("\n");

/** The page's CSS. */
export const styles = `
*,*::before,*::after{box-sizing:border-box}
:root{--bg:#f4f6f8;--panel:#fff;--text:#1f2328;--muted:#59636e;--line:#d8dee4;--soft:#eef1f4;--accent:#3b5bdb;
  --font:Inter,system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;--mono:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}
${toneRules}
html{background:var(--bg);color:var(--text);font:14px/1.5 var(--font)}
body{margin:0}
h1,h2,h3,h4,h5,h6{margin:0;line-height:1.25}
code{font-family:var(--mono);font-size:.92em}
.top{background:#161b26;color:#e6edf3;padding:20px 32px 0}
.top .inner,main{max-width:1480px;margin:0 auto}
.brand{font-size:12px;letter-spacing:.08em;text-transform:uppercase;color:#9aa5b1}
.title-row{display:flex;align-items:center;gap:16px;flex-wrap:wrap;margin:6px 0 4px}
.title-row h1{font-size:22px;font-weight:650;word-break:break-all}
.job{color:#9aa5b1;font-size:13px;overflow-wrap:anywhere}
.job code{color:#c9d1d9}
.summary{display:flex;flex-wrap:wrap;gap:8px;margin:14px 0 0;padding:0;list-style:none}
.summary li{display:flex;align-items:center;gap:6px;background:#222a38;border:1px solid #2f3a4b;border-radius:999px;padding:3px 12px 3px 8px;font-size:13px}
.summary .swatch{width:10px;height:10px;border-radius:50%;background:var(--tone)}
.summary strong{font-variant-numeric:tabular-nums}
.top nav{display:flex;flex-wrap:wrap;gap:0 4px;margin-top:14px}
.top nav a{color:#c9d1d9;text-decoration:none;padding:8px 12px;border-bottom:2px solid transparent;font-size:13px}
.top nav a:hover{color:#fff;border-bottom-color:#58a6ff}
.top nav .count{color:#8b949e;margin-left:4px}
.pill{display:inline-flex;align-items:center;gap:6px;border-radius:999px;padding:1px 10px 1px 8px;font-size:12px;font-weight:600;color:var(--tone);background:var(--tint);white-space:nowrap}
.pill::before{content:"";width:8px;height:8px;border-radius:50%;background:var(--tone)}
.pill.large{font-size:14px;padding:4px 14px 4px 10px}
.importance{display:inline-block;border:1px solid var(--line);border-radius:999px;padding:0 8px;font-size:12px;color:var(--muted);white-space:nowrap;background:var(--panel)}
.importance-5{border-color:#cf222e66;color:#a40e26}
.importance-4{border-color:#b86e0066;color:#8a5300}
main{padding:24px 32px 48px}
main>section,main>details{margin-bottom:28px}
h2{font-size:16px;font-weight:650;margin-bottom:12px;display:flex;align-items:center;gap:8px}
h2 .count{font-size:12px;font-weight:600;color:var(--muted);background:var(--soft);border-radius:999px;padding:1px 8px}
.problems{background:var(--panel);border:1px solid var(--line);border-left:4px solid #b86e00;border-radius:8px;padding:14px 18px}
.problems.has-errors{border-left-color:#cf222e}
.problems.clear{border-left-color:#1a7f37;color:#1a7f37;padding:10px 18px}
.problems.clear p{margin:0}
.problems ul{margin:0;padding:0;list-style:none;max-height:320px;overflow:auto}
.problem{display:flex;gap:10px;align-items:baseline;padding:5px 0;border-top:1px solid var(--soft)}
.problem:first-child{border-top:0}
.problem .severity{font-size:11px;font-weight:700;text-transform:uppercase;letter-spacing:.04em;min-width:62px}
.problem.error .severity{color:#cf222e}
.problem.warning .severity{color:#b86e00}
.problem .rule{background:var(--soft);border-radius:4px;padding:0 6px;white-space:nowrap}
.problem-text{display:flex;flex-wrap:wrap;gap:4px 8px;align-items:baseline}
.cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(min(100%,440px),1fr));gap:16px;align-items:start}
.cards>[data-width=full]{grid-column:1/-1}
.cards.packed{display:block;position:relative}
.cards.packed>*{position:absolute}
.card{background:var(--panel);border:1px solid var(--line);border-top:3px solid var(--tone);border-radius:8px;padding:14px 16px 12px;min-width:0;box-shadow:0 1px 2px #1f23280a}
.card-head{display:flex;justify-content:space-between;gap:12px;align-items:flex-start}
.card-title{min-width:0}
.card-title h3{font-size:15px;font-weight:650;overflow-wrap:anywhere}
.card-title .type{font-size:12px;color:var(--muted)}
.badges{display:flex;gap:6px;flex-wrap:wrap;justify-content:flex-end}
.description{margin:8px 0 0;color:#3d444d}
.hidden-reason{margin:6px 0 0;font-size:12px;color:var(--muted);font-style:italic}
.tags{display:flex;flex-wrap:wrap;gap:4px;margin:8px 0 0;padding:0;list-style:none}
.tags li{font-size:12px;background:var(--soft);border-radius:4px;padding:0 6px;color:#3d444d}
.tag-key{color:var(--muted)}
.tag-key::after{content:": "}
.card-body{margin-top:10px}
.chart{min-height:160px;width:100%}
.big-value{font-size:34px;font-weight:650;margin:6px 0 2px;color:var(--tone);font-variant-numeric:tabular-nums;overflow-wrap:anywhere}
.big-value .unit{font-size:16px;font-weight:500;color:var(--muted)}
.missing{color:var(--muted);font-size:18px;font-style:italic}
.source,.thresholds,.note{margin:4px 0 0;font-size:12px;color:var(--muted)}
.thresholds{color:#a40e26}
.note{border-top:1px dashed var(--line);padding-top:6px;margin-top:8px}
.summary-table{border-collapse:collapse;width:100%;font-variant-numeric:tabular-nums}
.summary-table th,.summary-table td{text-align:left;padding:5px 8px;border-bottom:1px solid var(--soft)}
.summary-table tbody th{overflow-wrap:anywhere}
.summary-table thead th{font-size:12px;color:var(--muted);font-weight:600}
.summary-table .number{text-align:right}
.cannot-draw{margin:0;padding:14px;border:1px dashed #cf222e88;border-radius:6px;background:#fff8f7;color:#a40e26}
.empty{margin:0;padding:14px;border:1px dashed var(--line);border-radius:6px;color:var(--muted)}
.image{margin:0}
.image img{display:block;width:100%;height:auto;max-height:420px;object-fit:contain;border-radius:6px;border:1px solid var(--soft);background:var(--soft)}
.image figcaption{font-size:12px;color:var(--muted);margin-top:4px}
.image .file{color:#8c959f}
.placeholder{display:flex;align-items:center;justify-content:center;min-height:140px;padding:12px;border:1px dashed #b86e00aa;border-radius:6px;background:repeating-linear-gradient(45deg,#fffaf0,#fffaf0 10px,#fff4e0 10px,#fff4e0 20px);color:#8a5300;font-family:var(--mono);font-size:12px;text-align:center;overflow-wrap:anywhere}
.gallery{display:grid;grid-template-columns:repeat(auto-fill,minmax(220px,1fr));gap:12px}
.markdown{overflow-wrap:anywhere}
.markdown>:first-child{margin-top:0}
.markdown p,.markdown ul,.markdown ol,.markdown pre,.markdown table,.markdown blockquote{margin:0 0 8px}
.markdown h4,.markdown h5,.markdown h6{margin:10px 0 6px}
.markdown pre{background:var(--soft);padding:8px 10px;border-radius:6px;overflow:auto}
.markdown blockquote{border-left:3px solid var(--line);padding-left:10px;color:var(--muted)}
.markdown table{border-collapse:collapse;display:block;max-width:100%;overflow-x:auto}
.markdown th,.markdown td{border:1px solid var(--line);padding:3px 8px;overflow-wrap:normal}
.markdown a{color:var(--accent)}
.events{background:var(--panel);border:1px solid var(--line);border-radius:8px;padding:14px 18px}
.timeline{position:relative;margin:10px 8px 8px}
.timeline .track{position:absolute;left:0;right:0;top:9px;height:2px;background:var(--line)}
.timeline .tick{position:absolute;bottom:0;transform:translateX(-50%);font-size:11px;color:var(--muted);white-space:nowrap}
.event-marker{position:absolute;transform:translateX(-10px);display:flex;align-items:center;gap:6px;border:0;background:none;padding:0;cursor:pointer;font:inherit;color:var(--text);white-space:nowrap;max-width:40%}
.event-marker .dot{width:20px;height:20px;border-radius:50%;background:var(--tone);border:3px solid var(--panel);box-shadow:0 0 0 1px var(--tone);flex:none}
.event-marker.flip{flex-direction:row-reverse;transform:translateX(calc(-100% + 10px))}
.event-marker .label{font-size:12px;overflow:hidden;text-overflow:ellipsis;background:#ffffffcc;padding:0 4px;border-radius:4px}
.event-marker:hover .label,.event-marker[aria-pressed=true] .label{font-weight:650}
.event-marker[aria-pressed=true] .dot{box-shadow:0 0 0 3px var(--tone)}
.event-list{width:100%;border-collapse:collapse;margin-top:8px}
.event-list th,.event-list td{text-align:left;padding:6px 8px;border-top:1px solid var(--soft);vertical-align:top}
.event-list thead th{font-size:12px;color:var(--muted);font-weight:600;border-top:0}
.event-list .time,.event-list .number{font-variant-numeric:tabular-nums;white-space:nowrap;color:var(--muted)}
.event-list .tags{margin-top:4px}
.event-link{border:0;background:none;padding:0;font:inherit;font-weight:600;color:var(--accent);cursor:pointer;text-align:left;overflow-wrap:anywhere}
.event-link:hover{text-decoration:underline}
.event-link[aria-pressed=true]{color:var(--text)}
.event-list tr:has([aria-pressed=true]){background:#f6f8ff}
.event-panels{margin-top:12px}
.hint{margin:0;color:var(--muted);font-size:13px}
.event-panel{border-top:3px solid var(--tone);padding-top:12px}
.event-head{display:flex;align-items:center;gap:10px;flex-wrap:wrap}
.event-head h3{min-width:0;overflow-wrap:anywhere}
.event-head .time{color:var(--muted);font-variant-numeric:tabular-nums}
.event-panel>.tags,.event-panel>.description{margin-bottom:12px}
.event-panel .cards{margin-top:12px}
details.hidden-metrics>summary{cursor:pointer;font-weight:650;font-size:16px;margin-bottom:12px}
details.hidden-metrics>summary .count{font-size:12px;font-weight:600;color:var(--muted);background:var(--soft);border-radius:999px;padding:1px 8px;margin-left:6px}
.empty-page{color:var(--muted)}
footer{max-width:1480px;margin:0 auto;padding:0 32px 32px;color:var(--muted);font-size:12px}
@media (max-width:720px){.top{padding:16px 16px 0}main{padding:16px}footer{padding:0 16px 24px}.card-head{flex-direction:column}.badges{justify-content:flex-start}
  .events,.problems{padding:12px 14px}
  .event-list thead{display:none}
  .event-list,.event-list tbody{display:block}
  .event-list tr{display:flex;flex-wrap:wrap;align-items:baseline;gap:4px 10px;padding:8px 6px;border-top:1px solid var(--soft)}
  .event-list td{padding:0;border:0}
  .event-list td:nth-child(2){flex:1 1 60%;min-width:0}}
`;
