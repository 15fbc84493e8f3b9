import {describe, expect, it} from 'vitest'
import {LineIndex} from '../../src/engine/line-index.js'
import {fixture} from '../helpers.js'

const story = fixture('harbour-summit.txt')

// The straightforward way: walk the text and count line endings (LF, CRLF, lone CR).
function pointsByWalking(text: string) {
  const points = []
  let line = 1
  let column = 1
  for (let offset = 0; offset <= text.length; offset++) {
    points.push({line, column, offset})
    if (text[offset] === '\n' || (text[offset] === '\r' && text[offset + 1] !== '\n')) {
      line++
      column = 1
    } else column++
  }
  return points
}

describe('line index', () => {
  const texts = {
    'a story': story,
    'the story with CRLF': story.replaceAll('\n', '\r\n'),
    'the story with lone CRs': story.replaceAll('\n', '\r'),
    'mixed endings, blank lines, an ending at each end': '\nA despot.\r\n\r\nA tyrant.\rThe regime\n\r\n',
    'no line ending': 'One line only.',
    'empty text': ''
  }
  for (const [name, text] of Object.entries(texts)) {
    it(`gives every offset of ${name} the line and column a walk gives`, () => {
      const index = new LineIndex(text)
      const points = pointsByWalking(text)
      expect(points.map(({offset}) => index.point(offset))).toEqual(points)
      for (const {line, column, offset} of points) expect(index.offset(line, column)).toBe(offset)
    })
  }
})
