import type { settingsCalls, AgencySettings } from '../../shared/settings/settings.api'
import type { Handlers } from '../api/dispatcher'
import type { Ctx } from '../core/context'
import { actor, nowIso } from '../core/context'
import type { Db } from '../db/open'
import { writeAudit } from '../audit/audit.repo'
import { getSetting, setSetting } from './settings.repo'

export async function readAgency(db: Db): Promise<AgencySettings> {
  return {
    agencyName: (await getSetting(db, 'agency_name')) ?? '',
    agencyPhone: await getSetting(db, 'agency_phone'),
    agencyAddress: await getSetting(db, 'agency_address'),
  }
}

export function settingsHandlers(ctx: Ctx): Handlers<{ settings: typeof settingsCalls }>['settings'] {
  const { db } = ctx
  return {
    get: () => readAgency(db),
    async update(input, session) {
      const me = actor(session)
      const before = await readAgency(db)
      const at = nowIso(ctx)
      await db.transaction().execute(async (trx) => {
        await setSetting(trx, 'agency_name', input.agencyName)
        await setSetting(trx, 'agency_phone', input.agencyPhone)
        await setSetting(trx, 'agency_address', input.agencyAddress)
        const fields = (Object.keys(input) as (keyof AgencySettings)[]).filter((k) => before[k] !== input[k])
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
