import {Transform} from 'node:stream'

const headerLine = /^[^:\r\n]+:[^\r\n]*$/
const contentLength = /^content-length:[ \t]*(\d+)[ \t]*$/im

/**
 * Passes on only well-formed LSP frames: a valid header and a JSON body. The protocol library
 * stops reading at a malformed header until more bytes arrive, which can leave a client waiting
 * forever, and drops invalid JSON without a word; here a bad frame costs that one message, the
 * rest of the stream stays in step, and the reason is reported.
 */
export function validFrames(onDropped: (reason: string) => void): Transform {
  let pending: Buffer = Buffer.alloc(0)
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      pending = pending.length === 0 ? chunk : Buffer.concat([pending, chunk])
      for (;;) {
        const headerEnd = pending.indexOf('\r\n\r\n')
        if (headerEnd === -1) break
        const header = pending.subarray(0, headerEnd).toString('latin1')
        const length = contentLength.exec(header)?.[1]
        const bodyEnd = headerEnd + 4 + Number(length ?? 0)
        const headerProblem = length === undefined || !header.split('\r\n').every((line) => headerLine.test(line))
        if (length !== undefined && pending.length < bodyEnd) break
        const problem = headerProblem ? `a malformed header ${JSON.stringify(header.slice(0, 200))}` : bodyProblem(pending.subarray(headerEnd + 4, bodyEnd))
        if (problem) onDropped(`slant dropped a message with ${problem}`)
        else this.push(pending.subarray(0, bodyEnd))
        pending = pending.subarray(length === undefined ? headerEnd + 4 : bodyEnd)
      }
      done()
    }
  })
}

function bodyProblem(body: Buffer): string | undefined {
  try {
    JSON.parse(body.toString('utf8'))
    return undefined
  } catch (error) {
    return `invalid JSON (${(error as Error).message})`
  }
}
