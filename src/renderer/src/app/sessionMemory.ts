/**
 * What a screen remembers while one person is signed in ("back to the list" returns to the same
 * search, filters and page). It belongs to that person: a sign-out, or another person signing in,
 * forgets all of it, so the next clerk never sees someone else's query or result count.
 */
const resets = new Set<() => void>()

export interface SessionMemory<T> {
  get: () => T
  set: (value: T) => void
}

export function sessionMemory<T>(initial: T): SessionMemory<T> {
  let value = initial
  resets.add(() => {
    value = initial
  })
  return {
    get: () => value,
    set: (v) => {
      value = v
    },
  }
}

/** Forgets everything screens remembered for the person who was signed in. */
export function forgetSession(): void {
  for (const reset of resets) reset()
}
