import type { Db } from '../db/open'
import type { EventBus } from '../api/events'
import type { Effects } from '../effects'
import type { Session } from '../api/session'
import { AppError } from '../../shared/api/envelope'

/** What every service gets: the database, the clock, the event bus, the side effects. */
export interface Ctx {
  db: Db
  clock: () => Date
  events: EventBus
  effects: Effects
}

export function nowIso(ctx: Pick<Ctx, 'clock'>): string {
  return ctx.clock().toISOString()
}

/** The signed-in staff member; the dispatcher has already refused calls without one. */
export function actor(session: Session): NonNullable<Session['staff']> {
  if (!session.staff) throw new AppError('UNAUTHENTICATED', 'errors.signInRequired')
  return session.staff
}

export function notFound(): AppError {
  return new AppError('NOT_FOUND', 'errors.notFound')
}

export function stale(): AppError {
  return new AppError('STALE', 'errors.stale')
}

export const bool = (v: number | null | undefined): boolean => v === 1
export const int = (v: boolean): number => (v ? 1 : 0)
