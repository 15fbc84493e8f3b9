import type {Reporter, TestModule, Vitest} from 'vitest/node'

/**
 * After the run, one line for each thing a skipped test needed and this machine lacked
 * (describeUnless in test/helpers.ts), so a newcomer's run says what it left out and why.
 */
export class SkipSummary implements Reporter {
  private vitest?: Vitest

  onInit(vitest: Vitest) {
    this.vitest = vitest
  }

  onTestRunEnd(testModules: ReadonlyArray<TestModule>) {
    const skippedFor = new Map<string, number>()
    for (const testModule of testModules) {
      for (const test of testModule.children.allTests('skipped')) {
        const {missing} = test.meta()
        if (missing !== undefined) skippedFor.set(missing, (skippedFor.get(missing) ?? 0) + 1)
      }
    }
    for (const [missing, count] of skippedFor) {
      this.vitest?.logger.log(`skipped: ${count} ${count === 1 ? 'test that needs' : 'tests that need'} ${missing}`)
    }
  }
}
