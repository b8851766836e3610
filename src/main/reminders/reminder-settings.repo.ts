import type { Kysely, Transaction } from 'kysely'
import type { DB } from '../db/schema'
import { festivals, ruleKinds } from '../../shared/reminders/reminder.types'
import type { Festival, RuleKind } from '../../shared/reminders/reminder.types'
import type { ReminderSettings } from '../../shared/reminders/reminder-settings'
import { reminderSettingsSchema } from '../../shared/reminders/reminder-settings'

type Dbx = Kysely<DB> | Transaction<DB>

/** Stored as one JSON value in the settings table; its version lives inside it. */
const KEY = 'reminder_settings'

const defaultDays: Record<RuleKind, number> = {
  departure_notice: 3,
  return_call: 1,
  return_visit: 0,
  document_gap: 30,
  birthday: 1,
  festival: 1,
  document_expiry: 90,
  stay_in_touch: 0,
  guide_licence: 60,
  supplier_licence: 60,
}

/*
 * Greeting templates are the agency's own words to its customers, stored as data the agency edits
 * (Settings → 提醒), not interface text: a clerk working in English still greets customers in Chinese.
 */
const festivalNames: Record<Festival, string> = {
  spring_festival: '春节',
  lantern: '元宵节',
  dragon_boat: '端午节',
  mid_autumn: '中秋节',
  double_ninth: '重阳节',
  national_day: '国庆节',
  new_year: '元旦',
}
const festivalWishes: Record<Festival, string> = {
  spring_festival: '新春快乐，阖家幸福，万事如意！',
  lantern: '元宵佳节，团团圆圆，幸福美满！',
  dragon_boat: '端午安康，身体健康！',
  mid_autumn: '中秋快乐，花好月圆，阖家团圆！',
  double_ninth: '重阳安康，福寿绵长！',
  national_day: '国庆快乐，出行顺利！',
  new_year: '元旦快乐，新年新气象！',
}

export function festivalName(f: Festival): string {
  return festivalNames[f]
}

export function defaultReminderSettings(): ReminderSettings {
  return {
    rules: Object.fromEntries(ruleKinds.map((k) => [k, { enabled: true, days: defaultDays[k] }])) as Record<
      RuleKind,
      { enabled: boolean; days: number }
    >,
    returnVisitPlan: [
      { amount: 1, unit: 'week' },
      { amount: 3, unit: 'month' },
      { amount: 1, unit: 'year' },
    ],
    stayInTouchMonths: 6,
    elderlyAge: 60,
    quietHours: { enabled: true, start: '21:00', end: '08:00' },
    templates: {
      birthday: '{name}，您好！{agency}祝您生日快乐，身体健康，万事如意！',
      festivals: Object.fromEntries(
        festivals.map((f) => [f, `{name}，您好！${festivalWishes[f]}——{agency}`]),
      ) as Record<Festival, string>,
    },
    version: 1,
  }
}

export async function loadReminderSettings(db: Dbx): Promise<ReminderSettings> {
  const row = await db.selectFrom('settings').select('value').where('key', '=', KEY).executeTakeFirst()
  if (!row) return defaultReminderSettings()
  const parsed = reminderSettingsSchema.safeParse(JSON.parse(row.value))
  // a value this version cannot read (written by a newer TourDesk) falls back to the defaults
  // rather than stopping every reminder; its version is kept so a save is not silently lost
  if (!parsed.success)
    return { ...defaultReminderSettings(), version: Number(JSON.parse(row.value)?.version) || 1 }
  return parsed.data
}

/**
 * Saves settings edited from version `seen`. The check is part of the write (the stored text must
 * still be the one of that version, or absent for the defaults' version 1), so two managers saving
 * at once cannot both win. false: someone else saved first (STALE).
 */
export async function saveReminderSettings(
  db: Dbx,
  seen: ReminderSettings,
  next: ReminderSettings,
): Promise<boolean> {
  const value = JSON.stringify(next)
  const row = await db.selectFrom('settings').select('value').where('key', '=', KEY).executeTakeFirst()
  if (!row) {
    if (seen.version !== 1) return false
    const r = await db
      .insertInto('settings')
      .values({ key: KEY, value })
      .onConflict((oc) => oc.column('key').doNothing())
      .executeTakeFirst()
    return Number(r.numInsertedOrUpdatedRows ?? 0) === 1
  }
  const stored = await loadReminderSettings(db)
  if (stored.version !== seen.version) return false
  const r = await db
    .updateTable('settings')
    .set({ value })
    .where('key', '=', KEY)
    .where('value', '=', row.value)
    .executeTakeFirst()
  return Number(r.numUpdatedRows) === 1
}

/** The day each rule's daily scan has reached, per rule (so two engines share the work done). */
export function scanMarkKey(kind: string): string {
  return `reminder_scan.${kind}`
}
