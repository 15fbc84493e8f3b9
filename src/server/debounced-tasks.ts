/** At most one pending task per key: scheduling again replaces the task that has not run yet. */
export class DebouncedTasks {
  private readonly timers = new Map<string, NodeJS.Timeout>()

  schedule(key: string, delay: number, task: () => void) {
    this.cancel(key)
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key)
        task()
      }, delay)
    )
  }

  cancel(key: string) {
    clearTimeout(this.timers.get(key))
    this.timers.delete(key)
  }
}
