// The floor for any retext linter: read each file and parse it with retext-english, nothing else.
import {readFileSync} from 'node:fs'
import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {VFile} from 'vfile'

const processor = unified().use(retextEnglish).freeze()
for (const path of process.argv.slice(2)) {
  const file = new VFile({path, value: readFileSync(path, 'utf8')})
  processor.runSync(processor.parse(file), file)
}
