import type { Kysely, Transaction } from 'kysely'
import type { settingsCalls, AgencySettings } from '../../shared/settings/settings.api'
import { DEFAULT_CODE_PATTERN } from '../../shared/trips/status'
import type { Handlers } from '../api/dispatcher'
import type { Ctx } from '../core/context'
import { actor, nowIso, stale } from '../core/context'
import type { Db } from '../db/open'
import type { DB } from '../db/schema'
import { writeAudit } from '../audit/audit.repo'
import { onUniqueClash } from '../db/errors'
import { getSetting, setSetting } from './settings.repo'

/** The agency's 团号 pattern; the default until an administrator sets one. */
export async function readCodePattern(db: Kysely<DB> | Transaction<DB>): Promise<string> {
  return (await getSetting(db, 'trip_code_pattern')) ?? DEFAULT_CODE_PATTERN
}

export async function readAgency(db: Db): Promise<AgencySettings> {
  return {
    agencyName: (await getSetting(db, 'agency_name')) ?? '',
    agencyPhone: await getSetting(db, 'agency_phone'),
    agencyAddress: await getSetting(db, 'agency_address'),
    tripCodePattern: await readCodePattern(db),
    version: Number((await getSetting(db, 'agency_version')) ?? 1),
  }
}

/**
 * The agency settings are key/value rows, not one record with a version column, so they get their
 * own version row, guarded the same way as updateVersioned: the check is part of the write (a
 * conditional UPDATE, or for the very first save an INSERT that a racing first save clashes with).
 */
async function bumpAgencyVersion(trx: Transaction<DB>, version: number): Promise<number> {
  const r = await trx
    .updateTable('settings')
    .set({ value: String(version + 1) })
    .where('key', '=', 'agency_version')
    .where('value', '=', String(version))
    .executeTakeFirst()
  if (Number(r.numUpdatedRows) === 1) return version + 1
  const stored = await trx
    .selectFrom('settings')
    .select('key')
    .where('key', '=', 'agency_version')
    .executeTakeFirst()
  if (version !== 1 || stored) throw stale()
  await onUniqueClash(
    () => trx.insertInto('settings').values({ key: 'agency_version', value: '2' }).execute(),
    stale,
  )
  return 2
}

export function settingsHandlers(ctx: Ctx): Handlers<{ settings: typeof settingsCalls }>['settings'] {
  const { db } = ctx
  return {
    get: () => readAgency(db),
    async update(input, session) {
      const me = actor(session)
      const before = await readAgency(db)
      const { version, ...form } = input
      const next: Omit<AgencySettings, 'version'> = {
        ...form,
        tripCodePattern: input.tripCodePattern ?? before.tripCodePattern,
      }
      const at = nowIso(ctx)
      await db.transaction().execute(async (trx) => {
        await bumpAgencyVersion(trx, version)
        await setSetting(trx, 'agency_name', next.agencyName)
        await setSetting(trx, 'agency_phone', next.agencyPhone)
        await setSetting(trx, 'agency_address', next.agencyAddress)
        if (next.tripCodePattern !== before.tripCodePattern) {
          await setSetting(trx, 'trip_code_pattern', next.tripCodePattern)
        }
        const fields = (Object.keys(next) as (keyof typeof next)[]).filter((k) => before[k] !== next[k])
        await writeAudit(trx, {
          at,
          staffId: me.id,
          action: 'update',
          entity: 'settings',
          entityId: null,
          fields,
        })
      })
      ctx.events.broadcast('data.changed', { entity: 'settings' })
      return readAgency(db)
    },
  }
}
