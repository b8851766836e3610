import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ID_2, ID_3, ID_X, createCustomer, dbFingerprint } from './fixtures'
import { harness } from './harness'
import type { Harness } from './harness'
import { customerRefs } from '../../src/main/duplicates/customer-refs'

/*
 * The duplicates list and the merge of two customer files, on both stores: what is grouped, what a
 * merge moves (every table of customerRefs), the same trip twice, stale versions, who may merge, the
 * one audit entry, and that the merged-away file leaves nothing behind in search.
 */
// one database for the file (setting one up is the slow part); each test makes its own files
let h: Harness
beforeAll(async () => {
  h = await harness()
})
afterAll(async () => {
  await h.close()
})

const version = async (id: number) => (await h.must('customers.get', { id })).version as number

describe('the duplicates list', () => {
  it('groups files by mobile, document number and name + birth date, and forgets dismissed pairs', async () => {
    const a = await createCustomer(h, { name: '王建国', mobile: '13812345678' })
    const b = await createCustomer(h, { name: '王建國', mobile: '13812345678' })
    const c = await createCustomer(h, { name: '李秀英', documents: [{ kind: 'id_card', number: ID_X }] })
    const d = await createCustomer(h, { name: '李秀莹', documents: [{ kind: 'id_card', number: ID_X }] })
    const birth = { calendar: 'solar', date: '1958-03-17' }
    const e = await createCustomer(h, { name: '张伟', birth })
    const f = await createCustomer(h, { name: '张伟', birth })
    await createCustomer(h, { name: '张伟', birth: { calendar: 'solar', date: '1960-01-01' } })
    await createCustomer(h, { name: '赵敏', mobile: '13900001111' })

    const r = await h.must('duplicates.groups', {})
    expect(r.total).toBe(3)
    expect(r.groups.map((g: any) => [g.files.map((x: any) => x.id), g.reasons])).toEqual([
      [[a, b], ['mobile']],
      [[c, d], ['document']],
      [[e, f], ['nameBirth']],
    ])
    // identity numbers travel masked, even to an administrator
    expect(r.groups[1].files[0].documents[0].masked).toBe(`110***********${ID_X.slice(-4)}`)
    expect(await h.must('duplicates.count', {})).toEqual({ groups: 3 })

    const desk = await h.signedIn('frontdesk')
    expect((await h.must('duplicates.groups', {}, desk)).total).toBe(3)
    const refused = await h.call('duplicates.dismiss', { aId: d, bId: c }, desk)
    expect(refused.ok ? null : refused.error.code).toBe('FORBIDDEN')

    await h.must('duplicates.dismiss', { aId: d, bId: c })
    const after = await h.must('duplicates.groups', {})
    expect(after.groups.map((g: any) => g.key)).toEqual([`${a}-${b}`, `${e}-${f}`])
    const audit = await h.app.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'notDuplicate')
      .execute()
    expect(audit.map((x) => [x.entity_id, JSON.parse(x.fields)])).toEqual([[c, [`pairedWith:${d}`]]])
  })
})

/** Two files of one person with something in every table that points at a customer. */
async function twoFiles(mobile: string) {
  const keep = await createCustomer(h, {
    name: '王建国',
    mobile,
    tags: ['VIP'],
    documents: [{ kind: 'id_card', number: ID_3 }],
    emergencyContacts: [{ name: '王芳', relation: '女儿', phone: '13700000001' }],
  })
  const gone = await createCustomer(h, {
    name: '王建國',
    mobile,
    email: 'wjg@example.com',
    tags: ['VIP', '老客户'],
    needs: [{ kind: 'elderly', note: '走路慢' }],
    documents: [
      { kind: 'id_card', number: ID_3 },
      { kind: 'passport', number: 'E12345678' },
    ],
    emergencyContacts: [
      { name: '王芳', relation: '女儿', phone: '13700000001' },
      { name: '王强', relation: '儿子', phone: '13700000002' },
    ],
  })
  const friend = await createCustomer(h, { name: '李秀英', referrerId: gone })
  await h.must('customers.addRelation', { customerId: gone, otherId: friend, kind: 'friend' })
  await h.must('customers.addRelation', { customerId: keep, otherId: friend, kind: 'friend' })
  await h.must('customers.addRelation', { customerId: gone, otherId: keep, kind: 'other' })
  const third = await createCustomer(h, { name: '赵敏' })
  await h.must('customers.addRelation', { customerId: third, otherId: gone, kind: 'sibling' })
  for (const [id, summary] of [
    [keep, '咨询云南'],
    [gone, '问日本签证'],
  ] as const)
    await h.must('customers.logCommunication', {
      customerId: id,
      channel: 'phone',
      direction: 'inbound',
      summary,
    })
  const trip = (
    await h.must('trips.create', {
      routeName: '云南六日游',
      destination: '昆明',
      kind: 'domestic',
      departDate: '2026-12-03',
      returnDate: '2026-12-08',
    })
  ).id
  const other = (
    await h.must('trips.create', {
      routeName: '日本七日游',
      destination: '东京',
      kind: 'outbound',
      departDate: '2027-03-03',
      returnDate: '2027-03-09',
    })
  ).id
  const [, goneRow] = (await h.must('trips.addParticipants', { tripId: trip, customerIds: [keep, gone] })).ids
  await h.must('trips.addParticipants', { tripId: other, customerIds: [gone] })
  await h.must('payments.record', {
    participantId: goneRow,
    day: '2026-11-20',
    amountFen: 50_000,
    method: 'cash',
  })
  await h.must('complaints.create', {
    channel: 'counter',
    tripId: trip,
    whatHappened: '酒店太吵',
    cause: 'accommodation',
    complainants: [{ customerId: gone }],
  })
  const staff = (await h.must('staff.list', {}))[0].id
  await h.must('reminders.createTask', {
    assigneeId: staff,
    due: '2026-12-04',
    note: '回电话',
    customerId: gone,
  })
  await h.must('reminders.setStayInTouch', { customerId: gone, enabled: true })
  return { keep, gone, friend, third, trip, other, goneRow }
}

const merge = (ids: { keep: number; gone: number }, take: string[] = [], versions?: [number, number]) =>
  (async () => {
    const [kv, gv] = versions ?? [await version(ids.keep), await version(ids.gone)]
    return h.call('duplicates.merge', {
      keepId: ids.keep,
      keepVersion: kv,
      mergeId: ids.gone,
      mergeVersion: gv,
      take,
    })
  })()

describe('merging two files', () => {
  it('moves everything to the survivor, keeps one place on a shared trip, and leaves no trace of the other', async () => {
    const ids = await twoFiles('13812340002')
    const { keep, gone, friend, third, trip } = ids
    // an import that created the merged file, and a colleague's old "not the same" decision about it
    const run = await h.app.db
      .insertInto('import_runs')
      .values({
        target: 'customers',
        file_name: 'a.csv',
        encoding: 'utf-8',
        created_at: '2026-11-01T00:00:00Z',
        created_count: 1,
        updated_count: 0,
        skipped_count: 0,
        rejected_count: 0,
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    await h.app.db
      .insertInto('import_items')
      .values({ import_id: run.id, customer_id: gone, action: 'created', version_after: 1 })
      .execute()
    await h.must('duplicates.dismiss', { aId: gone, bId: third })

    const r = await merge(ids, ['email', 'name'])
    expect(r.ok, JSON.stringify(r)).toBe(true)
    const result = r.ok ? r.value : null
    const tripCode = (await h.must('trips.get', { id: trip })).code
    expect(result).toMatchObject({ id: keep, sameTrips: [tripCode] })

    // nothing in any table of the list still points at the merged file
    for (const ref of customerRefs) {
      if (ref.table === 'customer_search' && h.store === 'sqlite') continue
      const n = await sql<{ n: number }>`SELECT count(*) AS n FROM ${sql.table(ref.table)}
        WHERE ${sql.ref(ref.column)} = ${gone}`.execute(h.app.db)
      expect(Number(n.rows[0].n), `${ref.table}.${ref.column}`).toBe(0)
    }

    const p = await h.must('customers.get', { id: keep })
    expect(p.name).toBe('王建國')
    expect(p.email).toBe('wjg@example.com')
    expect(p.tags.sort()).toEqual(['VIP', '老客户'])
    expect(p.needs.map((n: any) => n.kind)).toEqual(['elderly'])
    expect(p.documents.map((d: any) => d.kind).sort()).toEqual(['id_card', 'passport'])
    expect(p.emergencyContacts.map((c: any) => c.phone)).toEqual(['13700000001', '13700000002'])
    // no self-link, no second link to the same friend; the sibling link moved
    const rel = await h.app.db
      .selectFrom('customer_relations')
      .select(['a_id', 'b_id'])
      .where((eb) =>
        eb.or([eb('a_id', 'in', [keep, friend, third]), eb('b_id', 'in', [keep, friend, third])]),
      )
      .execute()
    expect(rel.filter((x) => x.a_id === x.b_id)).toEqual([])
    expect(rel.filter((x) => [x.a_id, x.b_id].includes(friend))).toHaveLength(1)
    expect(rel.some((x) => x.a_id === third && x.b_id === keep)).toBe(true)
    const comms = await h.must('customers.communications', { customerId: keep })
    expect(comms.rows.map((c: any) => c.summary).sort()).toEqual(['咨询云南', '问日本签证'])
    expect(
      (
        await h.app.db
          .selectFrom('customers')
          .select('referrer_id')
          .where('id', '=', friend)
          .executeTakeFirst()
      )?.referrer_id,
    ).toBe(keep)

    // one place on the shared trip, holding the money paid on the removed one; the other trip moved
    const places = await h.app.db
      .selectFrom('trip_participants')
      .select(['id', 'trip_id'])
      .where('customer_id', '=', keep)
      .orderBy('trip_id')
      .execute()
    expect(places.map((x) => x.trip_id)).toEqual([trip, ids.other])
    const paid = await h.app.db
      .selectFrom('trip_payments')
      .select('participant_id')
      .where('trip_id', '=', trip)
      .execute()
    expect(paid).toEqual([{ participant_id: places[0].id }])
    const removed = await h.app.db
      .selectFrom('trip_roster_events')
      .select(['kind', 'customer_id'])
      .where('trip_id', '=', trip)
      .execute()
    expect(removed).toContainEqual({ kind: 'removed', customer_id: keep })

    const planned = (await h.must('reminders.ofCustomer', { customerId: keep })).planned
    expect(planned.map((x: { note: string | null }) => x.note)).toContain('回电话')
    expect(await h.must('reminders.stayInTouch', { customerId: keep })).toEqual({ enabled: true })
    // the dismissal now concerns the survivor
    const dis = await h.app.db
      .selectFrom('customer_pair_dismissals')
      .select(['a_id', 'b_id'])
      .where((eb) => eb.or([eb('a_id', '=', keep), eb('b_id', '=', keep)]))
      .execute()
    expect(dis).toEqual([{ a_id: Math.min(keep, third), b_id: Math.max(keep, third) }])

    // the merged file is gone, and says where it went
    const opened = await h.call('customers.get', { id: gone })
    expect(opened.ok ? null : opened.error.code).toBe('NOT_FOUND')
    expect(await h.must('duplicates.mergedInto', { id: gone })).toEqual({ id: keep, name: '王建國' })
    expect(await h.must('duplicates.mergedInto', { id: friend })).toBeNull()

    // one audit entry names both files and the fields taken from the merged one
    const audit = await h.app.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'merge')
      .where('entity_id', '=', keep)
      .execute()
    expect(audit.map((x) => [x.entity, x.entity_id, JSON.parse(x.fields)])).toEqual([
      ['customer', keep, [`mergedFrom:${gone}`, 'name', 'email']],
    ])
    const left = (await h.must('duplicates.groups', {})).groups.flatMap((g: any) =>
      g.files.map((x: any) => x.id),
    )
    expect(left).not.toContain(keep)
  })

  it('leaves no trace of the merged file in search', async () => {
    const keep = await createCustomer(h, { name: '欧阳娜娜', mobile: '13812340003' })
    const gone = await createCustomer(h, {
      name: '欧阳纳纳',
      mobile: '13911112222',
      documents: [{ kind: 'id_card', number: ID_2 }],
    })
    const found = async (q: string) =>
      (await h.must('customers.search', { q })).rows.map((x: { id: number }) => x.id)
    expect(await found('欧阳纳纳')).toEqual([gone])
    const r = await merge({ keep, gone })
    expect(r.ok).toBe(true)
    expect(await found('欧阳纳纳')).toEqual([])
    expect(await found('ouyangnana')).toEqual([keep])
    expect(await found('13911112222')).toEqual([])
    // the moved document is the survivor's now, found by its tail
    expect(await found(ID_2.slice(-6))).toEqual([keep])
    const left =
      h.store === 'sqlite'
        ? await sql<{ n: number }>`SELECT count(*) AS n FROM customer_fts WHERE rowid = ${gone}`.execute(
            h.app.db,
          )
        : await sql<{ n: number }>`SELECT count(*) AS n FROM customer_search WHERE id = ${gone}`.execute(
            h.app.db,
          )
    expect(Number(left.rows[0].n)).toBe(0)
    const grams = await h.app.db
      .selectFrom('customer_grams')
      .select('gram')
      .where('customer_id', '=', gone)
      .execute()
    expect(grams).toEqual([])
  })

  it('refuses stale versions and people who may not merge, changing nothing', async () => {
    const ids = await twoFiles('13812340004')
    await h.app.reminders.idle()
    const before = await dbFingerprint(h.app.db)
    const kv = await version(ids.keep)
    const gv = await version(ids.gone)

    const staleKeep = await merge(ids, [], [kv - 1 || 99, gv])
    expect(staleKeep.ok ? null : staleKeep.error.code).toBe('STALE')
    const staleGone = await merge(ids, [], [kv, gv + 1])
    expect(staleGone.ok ? null : staleGone.error.code).toBe('STALE')

    const desk = await h.signedIn('frontdesk')
    await h.app.reminders.idle()
    const withDesk = await dbFingerprint(h.app.db)
    const payload = { keepId: ids.keep, keepVersion: kv, mergeId: ids.gone, mergeVersion: gv, take: [] }
    const forbidden = await h.call('duplicates.merge', payload, desk)
    expect(forbidden.ok ? null : forbidden.error.code).toBe('FORBIDDEN')
    const self = await h.call('duplicates.merge', { ...payload, mergeId: ids.keep })
    expect(self.ok ? null : self.error.code).toBe('VALIDATION')
    expect(await dbFingerprint(h.app.db)).toBe(withDesk)
    expect(before).not.toBe(withDesk)

    const manager = await h.signedIn('manager')
    const ok = await h.call('duplicates.merge', payload, manager)
    expect(ok.ok).toBe(true)
  })
})
