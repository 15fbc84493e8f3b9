/**
 * What the report and the editor's page do in the browser, by delegation, so content replaced
 * after a lint keeps working: a finding's details beside the mark under the pointer or the
 * keyboard, its note in the side list brought into view, the filters by family and severity,
 * and the filter of a many-file report's index. The HTML report inlines this function's source,
 * so it uses nothing from outside its body.
 */
export function pageBehaviour(document: Document) {
  const tip = document.createElement('div')
  tip.id = 'slant-tip'
  tip.setAttribute('role', 'tooltip')
  tip.hidden = true
  document.body.append(tip)

  const markOf = (target: EventTarget | null): HTMLElement | null => {
    const mark = target instanceof Element ? target.closest('mark') : null
    if (!mark) return null
    const first = mark.dataset.continues ? document.getElementById('mark-' + mark.dataset.continues) : mark
    return first?.dataset.rule ? first : null
  }

  const show = (mark: HTMLElement, anchor: Element) => {
    const {rule, message, suggest, note, source} = mark.dataset
    const line = (tag: string, text: string | undefined, className: string) => {
      if (!text) return
      const element = document.createElement(tag)
      element.className = className
      element.textContent = text
      tip.append(element)
    }
    tip.replaceChildren()
    line('b', rule, 'tip-rule')
    line('p', message, 'tip-message')
    line('p', suggest, 'tip-suggest')
    line('p', note, 'tip-note')
    line('p', source && 'Source: ' + source, 'tip-source')
    tip.hidden = false
    const box = anchor.getBoundingClientRect()
    const width = Math.min(384, window.innerWidth - 16)
    tip.style.left = Math.max(8, Math.min(box.left, window.innerWidth - width - 8)) + 'px'
    tip.style.top = (box.bottom + 6 + tip.offsetHeight > window.innerHeight ? Math.max(8, box.top - 6 - tip.offsetHeight) : box.bottom + 6) + 'px'
  }

  const noteFor = (mark: HTMLElement) => {
    for (const current of document.querySelectorAll('.notes li.current')) current.classList.remove('current')
    const item = document.getElementById('note-' + mark.id.slice('mark-'.length))
    if (item) {
      item.classList.add('current')
      item.scrollIntoView({block: 'nearest'})
    }
  }

  document.addEventListener('mouseover', (event) => {
    const mark = markOf(event.target)
    if (mark) show(mark, event.target as Element)
    else if (!(event.target instanceof Element && event.target.closest('#slant-tip'))) tip.hidden = true
  })
  document.addEventListener('focusin', (event) => {
    const mark = markOf(event.target)
    if (!mark) return
    show(mark, mark)
    noteFor(mark)
  })
  document.addEventListener('focusout', () => {
    tip.hidden = true
  })
  document.addEventListener('change', (event) => {
    const input = event.target
    if (input instanceof HTMLInputElement && input.dataset.filter) document.body.classList.toggle('hide-' + input.dataset.filter, !input.checked)
  })
  document.addEventListener('input', (event) => {
    const input = event.target
    if (!(input instanceof HTMLInputElement) || input.id !== 'file-filter') return
    const wanted = input.value.trim().toLowerCase()
    for (const row of document.querySelectorAll<HTMLElement>('[data-path]')) row.hidden = wanted !== '' && !row.dataset.path!.toLowerCase().includes(wanted)
  })
}
