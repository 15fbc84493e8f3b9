import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {provideJudgeModel, type JudgeModel} from './judge.js'

// Node only: the judge's model, read from disk the first time a configuration turns the judge on,
// so a run with the model off never parses it. Importing this module provides it to the engine.

/** Where train/judge.mjs writes the model, in src/; the build copies it beside this module in dist/. */
export const judgeModelFile = fileURLToPath(new URL('judge-model.json', import.meta.url))

/** The model as train/judge.mjs wrote it. */
export function readJudgeModelFile(): JudgeModel {
  return JSON.parse(readFileSync(judgeModelFile, 'utf8')) as JudgeModel
}

provideJudgeModel(readJudgeModelFile)
