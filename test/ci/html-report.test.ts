import {describe, expect, it} from 'vitest'
import {project, slantInProcess} from '../helpers.js'

async function htmlReport(files: Record<string, string>, paths = Object.keys(files)): Promise<string> {
  const run = await slantInProcess(['--no-config', '-f', 'html', ...paths], {cwd: project(files)})
  return run.stdout
}

/** The draft as the report shows it: the article element's markup, marks' attributes left out. */
function draftOf(html: string, index = 0): string {
  const drafts = [...html.matchAll(/<article class="draft"[^>]*>([\s\S]*?)<\/article>/g)].map((match) => match[1])
  return drafts[index].replace(/<mark [^>]*>/g, '<mark>')
}

describe('--format html, drawn as the editor’s page draws a draft', () => {
  it('renders Markdown, marking findings inside its emphasis, links and lists', async () => {
    const html = await htmlReport({'story.md': '# The summit\n\nThe *despots* met, and [the regime](https://example.org) spoke.\n\n- A tyrant waved.\n'})
    expect(draftOf(html)).toBe(
      '<h1>The summit</h1><p>The <em><mark>despots</mark></em> met, and <a href="https://example.org" rel="noreferrer">the <mark>regime</mark></a> spoke.</p><ul><li><p>A <mark>tyrant</mark> waved.</p></li></ul>'
    )
  })

  it('keeps code out of the prose, and a quotation mark in code is no scare quote', async () => {
    const html = await htmlReport({'guide.md': 'Run `slant --mode "draft"` on the despots.\n'})
    expect(draftOf(html)).toBe('<p>Run <code>slant --mode &quot;draft&quot;</code> on the <mark>despots</mark>.</p>')
  })

  it('runs nothing from the draft: scripts are text, javascript: links lose their target, HTML keeps no attributes', async () => {
    const markdown = await htmlReport({'x.md': '[the despots](javascript:alert(1)) <script>alert(1)</script>\n'})
    expect(draftOf(markdown)).toBe('<p><a>the <mark>despots</mark></a> <code class="markup">&lt;script&gt;</code>alert(1)<code class="markup">&lt;/script&gt;</code></p>')
    const page = await htmlReport({'x.html': '<p onclick="alert(1)" style="color:red">The <b>despots</b> <img src="https://example.org/x.png" alt="a picture"></p><script>alert("despots")</script>'})
    expect(draftOf(page)).toBe('<p>The <b><mark>despots</mark></b> <span class="alt">[a picture]</span></p>')
    expect(page).not.toMatch(/https:\/\/example\.org|onclick|alert\("despots"\)/)
  })

  it('shows plain text as written, and marks a finding inside another', async () => {
    const html = await htmlReport({'x.txt': 'The despots & the "regime".\n\nThey left <b>.\n'})
    expect(draftOf(html)).toBe('<div class="plain">The <mark>despots</mark> &amp; the <mark>&quot;<mark>regime</mark>&quot;</mark>.\n\nThey left &lt;b&gt;.\n</div>')
  })

  it('gives each finding’s rule link, suggestions, note and source', async () => {
    const html = await htmlReport({'x.txt': 'The despots left.\n'})
    expect(html).toContain('<a class="rule" href="https://github.com/slant-lint/slant/blob/main/docs/rules.md#despot" rel="noreferrer">loaded-label</a>')
    expect(html).toContain('<p class="try">Try: leaders, rulers, heads of state</p>')
    expect(html).toMatch(/<p class="cite">Source: <a href="https:\/\/en\.wikipedia\.org\/wiki\/Wikipedia:Manual_of_Style\/Words_to_watch#Contentious_labels" rel="noreferrer">Wikipedia, Manual of Style\/Words to watch: Contentious labels \(MOS:LABEL\)<\/a><\/p>/)
    expect(html).toMatch(/<mark [^>]*data-rule="loaded-label"[^>]*data-suggest="Try: leaders, rulers, heads of state"[^>]*data-note="[^"]+"[^>]*data-source="Wikipedia[^"]+"/)
  })

  it('tells a scare quote to drop its quotation marks rather than repeating the quoted words', async () => {
    const html = await htmlReport({'x.txt': "Putin waved to his 'fiery friend' Kim.\n"})
    expect(html).toContain('<p class="try">Drop the quotation marks.</p>')
    expect(html).not.toMatch(/Try: .?fiery friend/)
  })

  it('indexes many files with their counts, and filters them by path', async () => {
    const html = await htmlReport({'a.txt': 'The despots left.\n', 'b/c.md': 'Nothing to see.\n'})
    expect(html).toContain('<input type="search" id="file-filter">')
    expect(html).toContain('<tr data-path="a.txt"><td><a href="#file-0">a.txt</a></td><td>3</td><td>1</td><td>0</td><td>333.3</td></tr>')
    expect(html).toContain('<tr data-path="b/c.md"><td><a href="#file-1">b/c.md</a></td><td>3</td><td>0</td><td>0</td><td>0.0</td></tr>')
    expect(html).toContain('<section class="file" id="file-1" data-path="b/c.md">')
    const single = await htmlReport({'a.txt': 'The despots left.\n'})
    expect(single).not.toContain('id="file-filter"')
  })

  it('filters by family and severity, and has a print style', async () => {
    const html = await htmlReport({'a.txt': 'The despots left.\n'})
    expect(html).toContain('<input type="checkbox" checked data-filter="f-loaded"> Loaded wording <span class="filter-count">1</span>')
    expect(html).toContain('<input type="checkbox" checked data-filter="s-info"> info <span class="filter-count">0</span>')
    expect(html).toContain('body.hide-f-loaded .notes li.f-loaded{display:none}')
    expect(html).toMatch(/@media print\{[^@]*\.filters[^@]*display:none/)
  })
})
