import type { Role } from '../../shared/api/contract'

/** The signed-in staff member of one window (or one test-host page). Lives only in main. */
export interface Session {
  staff: { id: number; name: string; login: string; role: Role } | null
  /** when the staff record was last re-read for this session (see app.ts) */
  checked?: { generation: number; at: number }
}

export function newSession(): Session {
  return { staff: null }
}
