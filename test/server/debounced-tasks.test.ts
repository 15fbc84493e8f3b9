import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest'
import {DebouncedTasks} from '../../src/server/debounced-tasks.js'

// A long session schedules a lint on every keystroke: what stays pending must not grow with them.
describe('DebouncedTasks', () => {
  beforeEach(() => {
    vi.useFakeTimers()
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('keeps one timer per key over 10,000 schedules, and runs only the last task', () => {
    const tasks = new DebouncedTasks()
    const ran: number[] = []
    for (let edit = 1; edit <= 10_000; edit++) tasks.schedule('file:///a.md', 150, () => ran.push(edit))
    expect(vi.getTimerCount()).toBe(1)
    vi.advanceTimersByTime(150)
    expect(ran).toEqual([10_000])
    expect(vi.getTimerCount()).toBe(0)
  })

  it('keeps a timer for each key, and cancelling one leaves the others', () => {
    const tasks = new DebouncedTasks()
    const ran: string[] = []
    for (let edit = 0; edit < 100; edit++) for (const key of ['a', 'b', 'c']) tasks.schedule(key, 150, () => ran.push(key))
    expect(vi.getTimerCount()).toBe(3)
    tasks.cancel('b')
    vi.advanceTimersByTime(150)
    expect(ran).toEqual(['a', 'c'])
    expect(vi.getTimerCount()).toBe(0)
  })
})
