import Database from 'better-sqlite3'
import { nameSortKey } from '../src/main/customers/search-index'
import { rng } from '../src/main/customers/synthetic'
import { tripStatuses } from '../src/shared/trips/trip.schema'
import { TODAY } from './load'
import { msSince, now } from './stats'

/** The group whose checks are timed: trip 1, customers 1…50, with a few families. */
export const CHECK_GROUP = 50

const ROUTES = [
  ['云南六日游', '昆明 大理 丽江', 'domestic'],
  ['海南双飞五日', '三亚', 'domestic'],
  ['北京故宫长城', '北京', 'domestic'],
  ['日本本州七日', '东京 大阪', 'outbound'],
  ['泰国普吉岛', '普吉', 'outbound'],
  ['欧洲四国十二日', '巴黎 罗马', 'outbound'],
  ['港澳五日', '香港 澳门', 'hmt'],
  ['台湾环岛八日', '台北 高雄', 'hmt'],
] as const
const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗'
const GIVEN = '伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英'

const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10)
const DAY = 86_400_000

/** Customers, guides, trips, participants and assignments straight into SQLite, in one transaction. */
export function bulkLoad(file: string, tripCount: number, participantCount: number, staffId: number): number {
  const db = new Database(file)
  db.pragma('journal_mode = WAL')
  db.pragma('foreign_keys = ON')
  const r = rng(20261125)
  const pick = <T>(a: readonly T[]): T => a[Math.floor(r() * a.length)]
  const char = (s: string): string => s[Math.floor(r() * s.length)]
  const at = `${TODAY}T02:00:00.000Z`
  const customerCount = Math.max(CHECK_GROUP * 2, Math.round(participantCount / 20))

  const insCustomer = db.prepare(`INSERT INTO customers (name, name_sort, gender, birth_calendar, birth_date,
    preferences, created_at, updated_at, created_by, updated_by, tier, tier_rank, marketing_consent,
    do_not_contact, health_consent) VALUES (?, ?, ?, 'solar', ?, '{}', ?, ?, ?, ?, 'none', 0, 0, 0, 0)`)
  const insDoc =
    db.prepare(`INSERT INTO customer_documents (customer_id, kind, number, expiry_date, created_at,
    updated_at) VALUES (?, ?, ?, ?, ?, ?)`)
  const insRelation = db.prepare(
    `INSERT INTO customer_relations (a_id, b_id, kind, created_at) VALUES (?, ?, ?, ?)`,
  )
  const insGuide = db.prepare(`INSERT INTO guides (name, name_sort, search_keys, licence_no, licence_expiry,
    created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)`)
  const insTrip =
    db.prepare(`INSERT INTO trips (code, route_name, destination, search_text, kind, type, status,
    status_rank, depart_date, return_date, min_size, capacity, price_adult, created_at, updated_at, created_by,
    updated_by) VALUES (?, ?, ?, ?, ?, 'group', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
  const insHistory = db.prepare(
    `INSERT INTO trip_status_history (trip_id, from_status, to_status, at, staff_id) VALUES (?, NULL, ?, ?, ?)`,
  )
  const insParticipant =
    db.prepare(`INSERT INTO trip_participants (trip_id, customer_id, price_type, roommate_id,
    created_at, updated_at) VALUES (?, ?, 'adult', NULL, ?, ?)`)
  const insTripGuide = db.prepare(
    `INSERT INTO trip_guides (trip_id, guide_id, role, created_at) VALUES (?, ?, ?, ?)`,
  )

  const t0 = now()
  db.transaction(() => {
    for (let i = 1; i <= customerCount; i++) {
      const name = char(SURNAMES) + char(GIVEN) + (r() < 0.5 ? char(GIVEN) : '')
      const birth = iso(Date.parse('1950-01-01') + Math.floor(r() * 60 * 365) * DAY)
      insCustomer.run(name, nameSortKey(name), r() < 0.5 ? 'male' : 'female', birth, at, at, staffId, staffId)
      insDoc.run(i, 'id_card', `1101${String(i).padStart(14, '0')}`, null, at, at)
      insDoc.run(
        i,
        'passport',
        `E${String(i).padStart(8, '0')}`,
        iso(Date.parse('2026-01-01') + Math.floor(r() * 3000) * DAY),
        at,
        at,
      )
    }
    const guides = 200
    for (let g = 1; g <= guides; g++) {
      const name = char(SURNAMES) + char(GIVEN) + '导'
      const expiry = iso(Date.parse('2026-06-01') + Math.floor(r() * 1200) * DAY)
      insGuide.run(name, nameSortKey(name), name, `D-${g}`, expiry, at, at)
    }
    const counters = new Map<string, number>()
    const start = Date.parse('2022-01-01')
    let placed = 0
    for (let t = 1; t <= tripCount; t++) {
      const [routeName, destination, kind] = pick(ROUTES)
      const depart = start + Math.floor(r() * 7 * 365) * DAY
      const days = 2 + Math.floor(r() * 10)
      const departDate = iso(depart)
      const ymd = departDate.replace(/-/g, '')
      const n = (counters.get(ymd) ?? 0) + 1
      counters.set(ymd, n)
      const code = `TD-${ymd}-${String(n).padStart(2, '0')}`
      // older trips have run; newer ones are still being sold
      const status =
        departDate < '2026-10-01'
          ? pick(['closed', 'closed', 'returned', 'cancelled'] as const)
          : pick(tripStatuses)
      insTrip.run(
        code,
        routeName,
        destination,
        [code, routeName, destination].join(' | ').toLowerCase(),
        kind,
        status,
        tripStatuses.indexOf(status),
        departDate,
        iso(depart + (days - 1) * DAY),
        10,
        40,
        399900,
        at,
        at,
        staffId,
        staffId,
      )
      insHistory.run(t, status, at, staffId)
      // the first trip is the 50-person group whose checks are timed
      const left = participantCount - placed
      const fair = left / (tripCount - t + 1)
      const size = Math.min(
        customerCount - 1,
        t === 1 ? CHECK_GROUP : t === tripCount ? left : Math.round(fair * (0.5 + r())),
      )
      const first = t === 1 ? 1 : 1 + Math.floor(r() * (customerCount - size))
      for (let p = 0; p < size; p++, placed++) insParticipant.run(t, first + p, at, at)
      insTripGuide.run(t, 1 + Math.floor(r() * guides), 'local_guide', at)
      if (r() < 0.4) insTripGuide.run(t, 1 + Math.floor(r() * guides), 'national_escort', at)
    }
    // families in the timed group: parents with their children
    for (let c = 1; c + 1 <= CHECK_GROUP; c += 5) insRelation.run(c, c + 1, 'child', at)
    return placed
  })()
  const loadMs = msSince(t0)
  db.pragma('wal_checkpoint(TRUNCATE)')
  db.close()
  return loadMs
}
