import type {LintResult, SlantMessage} from '../lint.js'

/** Keep the messages that pass, in both views of a result (its messages and its vfile's). */
export function keepMessages(result: LintResult, keep: (message: SlantMessage, index: number) => boolean) {
  const kept = result.messages.map(keep)
  result.messages = result.messages.filter((_, index) => kept[index])
  result.file.messages = result.file.messages.filter((_, index) => kept[index])
}
