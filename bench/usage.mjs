// Preloaded into a measured process (`node --import`): on exit, write the CPU time and the
// peak resident memory of the whole process, every thread included, to $SLANT_BENCH_USAGE.
import {writeFileSync} from 'node:fs'

const target = process.env.SLANT_BENCH_USAGE
if (target) {
  process.on('exit', () => {
    const usage = process.resourceUsage()
    writeFileSync(target, JSON.stringify({cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000, maxRssKb: usage.maxRSS}))
  })
}
