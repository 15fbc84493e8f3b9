import {severities} from '../engine/rule-pack.js'
import {families} from './finding-text.js'

// A filter unchecked hides its findings' notes and takes the colour off their marks.
const filterRules = [...families.map((family) => `f-${family.id}`), ...severities.map((severity) => `s-${severity}`)]
  .map((filter) => `body.hide-${filter} mark.${filter}{background:none;border-color:transparent;cursor:auto}body.hide-${filter} .notes li.${filter}{display:none}`)
  .join('\n')

/** The stylesheet of the HTML report and the editor's page, print included. */
export const pageStyle = `
:root{--ink:#1d1d1f;--muted:#6b6b70;--paper:#fbfaf7;--rule:#e4e1da;
--loaded:#f7c873;--loaded-ink:#b26b00;--claims:#a9cdf5;--claims-ink:#2163b0;
--context:#d5c2f2;--context-ink:#6c3fb4;--equality:#aee3c4;--equality-ink:#1f7a4a}
*{box-sizing:border-box}
body{margin:0;background:var(--paper);color:var(--ink);font:15px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif}
a{color:inherit}
.page-head{display:flex;flex-wrap:wrap;gap:.6rem 2rem;align-items:baseline;padding:1rem 2rem;border-bottom:1px solid var(--rule);background:#fff}
.page-head h1{margin:0;font-size:1.25rem;letter-spacing:.01em}
.page-head p{margin:0;color:var(--muted)}
.filters{display:flex;flex-wrap:wrap;gap:.4rem 1.5rem;padding:.6rem 2rem;border-bottom:1px solid var(--rule);background:#fff;font-size:.88rem}
.filters fieldset{border:0;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:.2rem .9rem;align-items:center}
.filters legend{float:left;margin-right:.6rem;font-weight:600}
.filter-count{color:var(--muted);font-variant-numeric:tabular-nums}
.index{padding:1rem 2rem 0}
.index table{border-collapse:collapse;background:#fff;border:1px solid var(--rule);font-size:.9rem}
.index th,.index td{padding:.3rem .8rem;border-bottom:1px solid var(--rule);text-align:right;font-variant-numeric:tabular-nums}
.index th:first-child,.index td:first-child{text-align:left;font-family:ui-monospace,Menlo,Consolas,monospace}
.index label{display:block;margin-bottom:.5rem}
.file{padding:1.2rem 2rem 2rem}
.file h2{font-size:1.05rem;margin:0 0 .8rem;font-family:ui-monospace,Menlo,Consolas,monospace;word-break:break-all}
.summary{display:flex;flex-wrap:wrap;gap:1rem 3rem;align-items:center;background:#fff;border:1px solid var(--rule);border-radius:8px;padding:1rem 1.2rem;margin-bottom:1.2rem}
.chart{list-style:none;margin:0;padding:0;flex:1 1 26rem;max-width:36rem}
.bar{display:grid;grid-template-columns:11rem 1fr 2.5rem;align-items:center;gap:.6rem;margin:.25rem 0}
.bar-label{font-size:.9rem}
.bar-track{height:.8rem;background:#f0eee9;border-radius:4px;overflow:hidden}
.bar-fill{display:block;height:100%;border-radius:4px}
.bar-count{text-align:right;font-variant-numeric:tabular-nums;font-weight:600}
.f-loaded .bar-fill{background:var(--loaded-ink)}.f-claims .bar-fill{background:var(--claims-ink)}
.f-context .bar-fill{background:var(--context-ink)}.f-equality .bar-fill{background:var(--equality-ink)}
.density{margin:0;color:var(--muted)}
.density strong{display:block;font-size:2rem;line-height:1.1;color:var(--ink)}
.layout{display:grid;grid-template-columns:minmax(0,46rem) minmax(16rem,1fr);gap:2rem;align-items:start}
.draft{background:#fff;border:1px solid var(--rule);border-radius:8px;padding:1.5rem 1.8rem;overflow-wrap:anywhere;font:17px/1.7 Charter,"Iowan Old Style",Georgia,serif}
.draft .plain{white-space:pre-wrap}
.draft>:first-child{margin-top:0}
.draft h1,.draft h2,.draft h3,.draft h4{font-family:system-ui,sans-serif;line-height:1.3}
.draft blockquote{margin:1rem 0;padding-left:1rem;border-left:3px solid var(--rule);color:#3a3a3e}
.draft code,.draft pre{font:14px/1.5 ui-monospace,Menlo,Consolas,monospace;background:#f4f2ee;border-radius:4px}
.draft pre{padding:.6rem .8rem;overflow:auto}
.draft .markup{color:var(--muted)}
.draft .alt{color:var(--muted);font-style:italic}
.draft table{border-collapse:collapse}.draft td,.draft th{border:1px solid var(--rule);padding:.2rem .5rem}
mark{color:inherit;border-radius:3px;padding:0 .1em;border-bottom:2px solid;cursor:help}
mark mark{padding:0}
mark.f-loaded{background:var(--loaded);border-color:var(--loaded-ink)}
mark.f-claims{background:var(--claims);border-color:var(--claims-ink)}
mark.f-context{background:var(--context);border-color:var(--context-ink)}
mark.f-equality{background:var(--equality);border-color:var(--equality-ink)}
mark.s-info{background:transparent;border-bottom-style:dashed}
mark.s-error{border-bottom-width:3px}
#slant-tip{position:fixed;z-index:10;max-width:24rem;overflow-wrap:anywhere;background:#1d1d1f;color:#fff;font:13px/1.45 system-ui,sans-serif;padding:.55rem .7rem;border-radius:6px;box-shadow:0 4px 14px rgba(0,0,0,.25);pointer-events:none}
#slant-tip p{margin:.2rem 0 0}
#slant-tip .tip-suggest{font-weight:600}
#slant-tip .tip-note,#slant-tip .tip-source{color:#d6d6db}
.notes{position:sticky;top:1rem;max-height:calc(100vh - 2rem);overflow:auto}
.notes h3{font-size:.95rem;margin:0 0 .4rem}
.family-count{color:var(--muted);font-weight:400}
.notes ol{list-style:none;margin:0 0 1rem;padding:0}
.notes li{background:#fff;border:1px solid var(--rule);border-left:4px solid;border-radius:6px;padding:.5rem .7rem;margin-bottom:.5rem;font-size:.88rem}
.notes li.f-loaded{border-left-color:var(--loaded-ink)}.notes li.f-claims{border-left-color:var(--claims-ink)}
.notes li.f-context{border-left-color:var(--context-ink)}.notes li.f-equality{border-left-color:var(--equality-ink)}
.notes li:target,.notes li.current{outline:2px solid var(--ink)}
.notes .place{font-family:ui-monospace,Menlo,monospace;color:var(--muted);text-decoration:none}
.notes .rule{font-weight:600}
.notes .severity{color:var(--muted);font-size:.8rem}
.notes p{margin:.25rem 0 0}
.notes .try{font-weight:600}
.notes .why,.notes .cite{color:var(--muted)}
.clean{color:var(--muted)}
[hidden]{display:none!important}
${filterRules}
@media (max-width:900px){.layout{grid-template-columns:1fr}.notes{position:static;max-height:none}}
@media print{
body{background:#fff;font-size:11pt}
.filters,.index label,#slant-tip,.no-print{display:none!important}
.page-head,.file{padding:0 0 1rem}
.layout{display:block}
.draft{border:0;padding:0;font-size:12pt}
.notes{position:static;max-height:none;overflow:visible;margin-top:1rem}
.notes li{break-inside:avoid}
.notes .cite a::after{content:" (" attr(href) ")";word-break:break-all}
.file{break-before:page}.file:first-of-type{break-before:auto}
mark,.bar-fill{-webkit-print-color-adjust:exact;print-color-adjust:exact}
}
`
