import {pageStyle} from '../report/page-style.js'

const editorStyle = `
.editor{display:grid;grid-template-columns:minmax(0,1fr);gap:.6rem;padding:1rem 2rem 0}
.editor-bar{display:flex;flex-wrap:wrap;gap:.5rem 1.2rem;align-items:center;font-size:.9rem}
#slant-input{width:100%;min-height:11rem;resize:vertical;padding:.8rem 1rem;border:1px solid var(--rule);border-radius:8px;background:#fff;font:16px/1.55 Charter,"Iowan Old Style",Georgia,serif}
#slant-status{color:var(--muted);margin:0}
.intro{padding:1.2rem 2rem;color:var(--muted)}
@media print{.editor{display:none}}
`

/** The editor's page around its bundled script, which reads the draft and draws the findings. */
export function pageHtml(script: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>slant: check a draft</title>
<style>${pageStyle}${editorStyle}</style>
</head>
<body>
<header class="page-head">
<h1>slant</h1>
<p>Paste or type a draft to see loaded wording and unsupported claims. Nothing leaves this page.</p>
</header>
<section class="editor" aria-label="Draft">
<div class="editor-bar">
<label>Open a file <input type="file" id="slant-file" accept=".md,.markdown,.mdx,.html,.htm,.txt,.text"></label>
<label>Format <select id="slant-format"><option value="text">Plain text</option><option value="markdown">Markdown</option><option value="mdx">MDX</option><option value="html">HTML</option></select></label>
<p id="slant-status" role="status"></p>
</div>
<textarea id="slant-input" spellcheck="true" placeholder="Paste or type a draft here." aria-label="Draft"></textarea>
</section>
<div id="slant-filters"></div>
<main id="slant-output"><p class="intro">The draft will appear here, with each finding marked.</p></main>
<script id="slant-page">${script.replaceAll('</script', '<\\/script')}</script>
</body>
</html>
`
}
