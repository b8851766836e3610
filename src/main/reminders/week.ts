import type { Kysely } from 'kysely'
import type { DB } from '../db/schema'
import { addDays } from '../../shared/common/dates'
import { ageReached, lunarBirthdaysOn, solarBirthdaysOn } from '../../shared/reminders/festivals'
import type { TripStatus } from '../../shared/trips/trip.schema'
import type { WeekBirthday, WeekTrip, WeekView } from '../../shared/reminders/reminder.types'
import { BIRTH_COLUMNS, birthOf } from '../customers/customers.repo'

const LIMIT = 100

async function tripsOn(db: Kysely<DB>, column: 'depart_date' | 'return_date', from: string, to: string) {
  const rows = await db
    .selectFrom('trips as t')
    .select(['t.id', 't.code', 't.route_name', 't.depart_date', 't.return_date', 't.status'])
    .select((eb) =>
      eb
        .selectFrom('trip_participants as p')
        .select((e) => e.fn.countAll<number>().as('n'))
        .whereRef('p.trip_id', '=', 't.id')
        .as('participants'),
    )
    .where(`t.${column}`, '>=', from)
    .where(`t.${column}`, '<=', to)
    .where('t.status', '!=', 'cancelled')
    .orderBy(`t.${column}`)
    .orderBy('t.code')
    .limit(LIMIT)
    .execute()
  return rows.map((r): WeekTrip => ({
    id: r.id,
    code: r.code,
    routeName: r.route_name,
    departDate: r.depart_date,
    returnDate: r.return_date,
    status: r.status as TripStatus,
    participants: Number(r.participants ?? 0),
  }))
}

const birthColumns = [
  'id',
  'name',
  'marketing_consent',
  'do_not_contact',
  ...BIRTH_COLUMNS,
] as const

/** Birthdays celebrated on a day (lunar ones converted), every customer, with why a greeting is left out. */
async function birthdaysOn(db: Kysely<DB>, day: string): Promise<WeekBirthday[]> {
  const lunar = lunarBirthdaysOn(day)
  const rows = await db
    .selectFrom('customers')
    .select([...birthColumns])
    .where((eb) =>
      eb.or([
        eb.and([
          eb('birth_calendar', '=', 'solar'),
          eb.or(solarBirthdaysOn(day).map((md) => eb('birth_date', 'like', `%-${md}`))),
        ]),
        ...lunar.map((b) =>
          eb.and([
            eb('birth_calendar', '=', 'lunar'),
            eb('lunar_month', '=', b.month),
            eb('lunar_day', '=', b.day),
            eb('lunar_leap', '=', b.leap ? 1 : 0),
          ]),
        ),
      ]),
    )
    .orderBy('name_sort')
    .limit(LIMIT)
    .execute()
  return rows.map((c) => {
    return {
      customerId: c.id,
      name: c.name,
      date: day,
      calendar: c.birth_calendar === 'lunar' ? 'lunar' : 'solar',
      age: ageReached(birthOf(c), day),
      leftOut:
        c.do_not_contact === 1 ? 'do_not_contact' : c.marketing_consent !== 1 ? 'no_marketing_consent' : null,
    }
  })
}

/** The home screen's week: today and the six days after it. */
export async function weekView(db: Kysely<DB>, today: string): Promise<WeekView> {
  const to = addDays(today, 6)
  const days: string[] = []
  for (let d = today; d <= to; d = addDays(d, 1)) days.push(d)
  const [departures, returns, ...perDay] = await Promise.all([
    tripsOn(db, 'depart_date', today, to),
    tripsOn(db, 'return_date', today, to),
    ...days.map((d) => birthdaysOn(db, d)),
  ])
  return { from: today, to, departures, returns, birthdays: perDay.flat().slice(0, LIMIT) }
}
