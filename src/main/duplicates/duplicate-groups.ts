import type { Dbx } from '../trips/trips.repo'
import type { DuplicateFile, DuplicateGroup, DuplicateReason } from '../../shared/duplicates/duplicates.types'
import { groupLinks } from '../../shared/duplicates/merge-rules'
import { maskDocNumber } from '../../shared/customers/mask'
import { BIRTH_COLUMNS, birthOf } from '../customers/customers.repo'
import { chunks } from '../reminders/rules/types'

/*
 * One grouped query per rule, each answered from an index (customers_mobile, customer_documents_number,
 * customers_name_birth, customers_name_lunar_birth), then the few files involved are read by id. A number shared by very many files
 * (an office's switchboard, a placeholder like 00000000) is not a person: such keys are left out, or
 * one key would make a group of hundreds nobody can compare.
 */
const MAX_PER_KEY = 12

type Link = { a: number; b: number; reason: DuplicateReason }

function linksOf(ids: number[], reason: DuplicateReason, into: Link[]): void {
  // a chain is enough for union-find: 1–2, 2–3 puts 1, 2, 3 in one group
  for (let i = 1; i < ids.length; i++) into.push({ a: ids[i - 1], b: ids[i], reason })
}

async function sharedKeyLinks(db: Dbx): Promise<Link[]> {
  const links: Link[] = []
  const mobiles = await db
    .selectFrom('customers')
    .select('mobile')
    .where('mobile', 'is not', null)
    .groupBy('mobile')
    .having((eb) => eb.fn.countAll(), '>', 1)
    .having((eb) => eb.fn.countAll(), '<=', MAX_PER_KEY)
    .execute()
  for (const part of chunks(mobiles.map((m) => m.mobile!))) {
    const rows = await db
      .selectFrom('customers')
      .select(['id', 'mobile'])
      .where('mobile', 'in', part)
      .orderBy('mobile')
      .orderBy('id')
      .execute()
    eachRun(
      rows,
      (r) => r.mobile,
      (ids) => linksOf(ids, 'mobile', links),
    )
  }

  const numbers = await db
    .selectFrom('customer_documents')
    .select('number')
    .groupBy('number')
    .having((eb) => eb.fn.count('customer_id').distinct(), '>', 1)
    .having((eb) => eb.fn.count('customer_id').distinct(), '<=', MAX_PER_KEY)
    .execute()
  for (const part of chunks(numbers.map((n) => n.number))) {
    const rows = await db
      .selectFrom('customer_documents')
      .select(['customer_id as id', 'number'])
      .where('number', 'in', part)
      .orderBy('number')
      .orderBy('customer_id')
      .execute()
    eachRun(
      rows,
      (r) => r.number,
      (ids) => linksOf([...new Set(ids)], 'document', links),
    )
  }

  const named = await db
    .selectFrom('customers')
    .select(['name', 'birth_date'])
    .where('birth_date', 'is not', null)
    .groupBy(['name', 'birth_date'])
    .having((eb) => eb.fn.countAll(), '>', 1)
    .having((eb) => eb.fn.countAll(), '<=', MAX_PER_KEY)
    .execute()
  for (const part of chunks(named, 200)) {
    const rows = await db
      .selectFrom('customers')
      .select(['id', 'name', 'birth_date'])
      .where((eb) =>
        eb.or(part.map((p) => eb.and([eb('name', '=', p.name), eb('birth_date', '=', p.birth_date)]))),
      )
      .orderBy('name')
      .orderBy('birth_date')
      .orderBy('id')
      .execute()
    eachRun(
      rows,
      (r) => `${r.name}\u0000${r.birth_date}`,
      (ids) => linksOf(ids, 'nameBirth', links),
    )
  }
  await lunarBirthLinks(db, links)
  return links
}

/**
 * The same rule for a lunar birthday (农历生日), which many older customers know instead of the solar
 * date: same name, lunar year, month, day and leap-month flag (customers_name_lunar_birth). A lunar
 * birthday without its year is not enough to say two files are one person.
 */
async function lunarBirthLinks(db: Dbx, links: Link[]): Promise<void> {
  const lunar = await db
    .selectFrom('customers')
    .select(['name', 'lunar_year', 'lunar_month', 'lunar_day', 'lunar_leap'])
    .where('birth_calendar', '=', 'lunar')
    .where('lunar_year', 'is not', null)
    .groupBy(['name', 'lunar_year', 'lunar_month', 'lunar_day', 'lunar_leap'])
    .having((eb) => eb.fn.countAll(), '>', 1)
    .having((eb) => eb.fn.countAll(), '<=', MAX_PER_KEY)
    .execute()
  for (const part of chunks(lunar, 100)) {
    const rows = await db
      .selectFrom('customers')
      .select(['id', 'name', 'lunar_year', 'lunar_month', 'lunar_day', 'lunar_leap'])
      .where('birth_calendar', '=', 'lunar')
      .where('lunar_year', 'is not', null)
      .where((eb) =>
        eb.or(
          part.map((p) =>
            eb.and([
              eb('name', '=', p.name),
              eb('lunar_year', '=', p.lunar_year),
              eb('lunar_month', '=', p.lunar_month),
              eb('lunar_day', '=', p.lunar_day),
              eb('lunar_leap', '=', p.lunar_leap),
            ]),
          ),
        ),
      )
      .orderBy('name')
      .orderBy('lunar_year')
      .orderBy('lunar_month')
      .orderBy('lunar_day')
      .orderBy('lunar_leap')
      .orderBy('id')
      .execute()
    eachRun(
      rows,
      (r) => [r.name, r.lunar_year, r.lunar_month, r.lunar_day, r.lunar_leap].join('\u0000'),
      (ids) => linksOf(ids, 'nameBirth', links),
    )
  }
}

/** Calls `f` with the ids of each run of rows sharing a key (rows come sorted by key). */
function eachRun<T extends { id: number }>(rows: T[], key: (r: T) => unknown, f: (ids: number[]) => void) {
  let start = 0
  for (let i = 1; i <= rows.length; i++) {
    if (i === rows.length || key(rows[i]) !== key(rows[start])) {
      if (i - start > 1) f(rows.slice(start, i).map((r) => r.id))
      start = i
    }
  }
}

async function dismissedPairs(db: Dbx): Promise<Set<string>> {
  const rows = await db.selectFrom('customer_pair_dismissals').select(['a_id', 'b_id']).execute()
  return new Set(rows.map((r) => `${r.a_id}-${r.b_id}`))
}

/** The groups of files that look like one person, minus pairs dismissed as different people. */
export async function duplicateIdGroups(db: Dbx) {
  return groupLinks(await sharedKeyLinks(db), await dismissedPairs(db))
}

/** The facts shown side by side for these files, by id. */
export async function duplicateFiles(db: Dbx, ids: number[]): Promise<Map<number, DuplicateFile>> {
  const out = new Map<number, DuplicateFile>()
  for (const part of chunks(ids)) {
    const rows = await db
      .selectFrom('customers')
      .select([
        'id',
        'version',
        'name',
        'mobile',
        'created_at',
        ...BIRTH_COLUMNS,
      ])
      .where('id', 'in', part)
      .execute()
    const docs = await db
      .selectFrom('customer_documents')
      .select(['customer_id', 'kind', 'number'])
      .where('customer_id', 'in', part)
      .orderBy('id')
      .execute()
    const trips = await db
      .selectFrom('trip_participants')
      .select(['customer_id', (eb) => eb.fn.count('trip_id').distinct().as('n')])
      .where('customer_id', 'in', part)
      .groupBy('customer_id')
      .execute()
    const contacts = await db
      .selectFrom('communications')
      .select(['customer_id', (eb) => eb.fn.max('at').as('last')])
      .where('customer_id', 'in', part)
      .groupBy('customer_id')
      .execute()
    for (const r of rows) {
      out.set(r.id, {
        id: r.id,
        version: r.version,
        name: r.name,
        mobile: r.mobile,
        documents: docs
          .filter((d) => d.customer_id === r.id)
          .map((d) => ({ kind: d.kind, masked: maskDocNumber(d.number) })),
        birth: birthOf(r),
        tripsCount: Number(trips.find((t) => t.customer_id === r.id)?.n ?? 0),
        lastContactAt: contacts.find((c) => c.customer_id === r.id)?.last ?? null,
        createdAt: r.created_at,
      })
    }
  }
  return out
}

export async function listDuplicateGroups(
  db: Dbx,
  limit: number,
): Promise<{ groups: DuplicateGroup[]; total: number }> {
  const all = await duplicateIdGroups(db)
  const shown = all.slice(0, limit)
  const files = await duplicateFiles(
    db,
    shown.flatMap((g) => g.ids),
  )
  return {
    total: all.length,
    groups: shown.map((g) => ({
      key: g.ids.join('-'),
      reasons: g.reasons,
      files: g.ids.map((id) => files.get(id)!).filter(Boolean),
    })),
  }
}
