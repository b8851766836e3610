import type { Role } from '../../shared/api/contract'

/** The signed-in staff member of one window (or one test-host page). Lives only in main. */
export interface Session {
  staff: { id: number; name: string; login: string; role: Role } | null
}

export function newSession(): Session {
  return { staff: null }
}
