import { sql } from 'kysely'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { harness } from './harness'
import type { Harness } from './harness'
import { auditRows, dbFingerprint } from './fixtures'
import { addItem, createTrip, watchChanges } from './trips-fixtures'
import type { GuideView, SupplierView } from '../../src/shared/trips/trip.types'

let h: Harness
beforeEach(async () => {
  h = await harness()
})
afterEach(async () => {
  await h.close()
})

const guide = {
  name: '张伟',
  mobile: '138 0013 1234',
  licenceNo: 'D-5300-00123',
  level: 'senior',
  licenceExpiry: '2028-06-30',
  languages: ['普通话', 'English'],
  roles: ['local_guide', 'tour_leader', 'local_guide'],
  passportNo: 'E1234567',
  active: true,
  notes: '熟悉滇西北',
}

const names = async (channel: string, input: Record<string, unknown>) =>
  (await h.must<{ name: string }[]>(channel, input)).map((r) => r.name)

describe('guides', () => {
  it('are created and shown back, recording who created and changed them', async () => {
    const seen = watchChanges(h)
    const { id } = await h.must('guides.create', guide)
    const g = await h.must<GuideView & { trips: unknown[] }>('guides.get', { id })
    expect(g).toEqual({
      id,
      version: 1,
      name: '张伟',
      mobile: '13800131234',
      licenceNo: 'D-5300-00123',
      level: 'senior',
      licenceExpiry: '2028-06-30',
      languages: ['普通话', 'English'],
      roles: ['local_guide', 'tour_leader'],
      passportNoMasked: 'E****567',
      permitNoMasked: null,
      active: true,
      notes: '熟悉滇西北',
      trips: [],
    })
    expect(seen).toContainEqual({ entity: 'guide', id })
    const fd = await h.signedIn('frontdesk')
    expect(await h.must('guides.update', { ...guide, id, version: 1, level: 'special' }, fd)).toEqual({
      version: 2,
    })
    const row = (
      await sql<{
        created_by: number
        updated_by: number
      }>`SELECT created_by, updated_by FROM guides`.execute(h.app.db)
    ).rows[0]
    expect(row.created_by).toBe(h.admin.staff!.id)
    expect(row.updated_by).toBe(fd.staff!.id)
    const audit = (await auditRows(h.app.db)).filter((r) => r.entity === 'guide')
    expect(audit.map((r) => [r.action, r.entity_id, JSON.parse(r.fields)])).toEqual([
      [
        'create',
        id,
        [
          'name',
          'mobile',
          'licenceNo',
          'level',
          'licenceExpiry',
          'languages',
          'roles',
          'passportNo',
          'active',
          'notes',
        ],
      ],
      ['update', id, ['level']],
    ])
    expect(JSON.stringify(audit)).not.toContain('13800131234')
  })

  it('refuses a stale edit and bad input, changing nothing', async () => {
    const { id } = await h.must('guides.create', guide)
    await h.must('guides.update', { ...guide, id, version: 1, notes: '新' })
    const before = await dbFingerprint(h.app.db)
    expect(await h.call('guides.update', { ...guide, id, version: 1, notes: '旧' })).toMatchObject({
      error: { code: 'STALE' },
    })
    expect(await h.call('guides.update', { ...guide, id: 999, version: 1 })).toMatchObject({
      error: { code: 'NOT_FOUND' },
    })
    expect(await h.call('guides.create', { ...guide, mobile: '12345' })).toMatchObject({
      error: { code: 'VALIDATION', fields: { mobile: { key: 'errors.phone' } } },
    })
    expect(await h.call('guides.create', { ...guide, licenceExpiry: '2028-02-30' })).toMatchObject({
      error: { code: 'VALIDATION', fields: { licenceExpiry: { key: 'errors.date' } } },
    })
    expect(await dbFingerprint(h.app.db)).toBe(before)
  })

  it('are found the way the desk types: characters, pinyin, initials, mixed, phone tail, licence', async () => {
    await h.must('guides.create', guide)
    await h.must('guides.create', { name: '吕红', mobile: '13900000000' })
    await h.must('guides.create', { name: '单田芳' })
    await h.must('guides.create', { name: 'Jean Dupont' })
    for (const [q, want] of [
      ['张', ['张伟']],
      ['张伟', ['张伟']],
      ['zhangwei', ['张伟']],
      ['ZW', ['张伟']],
      ['zhangw', ['张伟']],
      ['1234', ['张伟']],
      ['d-5300', ['张伟']],
      ['lv', ['吕红']],
      ['shantian', ['单田芳']],
      ['dupont', ['Jean Dupont']],
      ['%', []],
      ['', ['Jean Dupont', '吕红', '单田芳', '张伟']],
    ] as const) {
      expect(await names('guides.list', { q }), q).toEqual(want)
    }
  })

  it('deactivated guides leave the pickers but stay listed on request', async () => {
    const { id } = await h.must('guides.create', guide)
    await h.must('guides.update', { ...guide, id, version: 1, active: false })
    expect(await names('guides.list', {})).toEqual([])
    expect(await names('guides.list', { includeInactive: true })).toEqual(['张伟'])
  })

  it('show the trips they served, newest first', async () => {
    const { id } = await h.must('guides.create', guide)
    const older = await createTrip(h, { departDate: '2026-10-01', returnDate: '2026-10-05' })
    const newer = await createTrip(h)
    await createTrip(h, { departDate: '2027-01-01', returnDate: '2027-01-02' })
    for (const tripId of [older, newer]) {
      await h.must('trips.assignGuide', { tripId, guideId: id, role: 'local_guide' })
    }
    const g = await h.must('guides.get', { id })
    expect(g.trips.map((t: { id: number }) => t.id)).toEqual([newer, older])
    expect(g.trips[0]).toMatchObject({ code: 'TD-20261203-01', departDate: '2026-12-03', status: 'inquiry' })
  })
})

const supplier = {
  kind: 'ground_operator',
  name: '昆明春城地接社',
  licenceNo: 'L-YN-00123',
  contactPerson: '王经理',
  phone: '0871-6512 3456',
  address: '昆明市五华区',
  notes: '合作多年',
}

describe('suppliers', () => {
  it('are created, edited with a version, audited, and filtered by kind', async () => {
    const { id } = await h.must('suppliers.create', supplier)
    await h.must('suppliers.create', { kind: 'hotel', name: '翠湖宾馆' })
    expect(await h.must<SupplierView>('suppliers.get', { id })).toMatchObject({
      ...supplier,
      active: true,
      trips: [],
    })
    expect(await h.must('suppliers.update', { ...supplier, id, version: 1, phone: '0871-1' })).toEqual({
      version: 2,
    })
    expect(await h.call('suppliers.update', { ...supplier, id, version: 1 })).toMatchObject({
      error: { code: 'STALE' },
    })
    expect(await names('suppliers.list', { kind: 'hotel' })).toEqual(['翠湖宾馆'])
    expect(await names('suppliers.list', {})).toEqual(['翠湖宾馆', '昆明春城地接社'])
    const audit = (await auditRows(h.app.db)).filter((r) => r.entity === 'supplier')
    expect(audit.map((r) => [r.action, JSON.parse(r.fields)])).toEqual([
      ['create', ['kind', 'name', 'licenceNo', 'contactPerson', 'phone', 'address', 'notes', 'active']],
      ['create', ['kind', 'name', 'active']],
      ['update', ['phone']],
    ])
  })

  it('are found by name, pinyin, initials, contact person and phone; inactive ones on request', async () => {
    const { id } = await h.must('suppliers.create', supplier)
    await h.must('suppliers.create', { kind: 'coach', name: '滇运车队', active: false })
    for (const [q, want] of [
      ['春城', ['昆明春城地接社']],
      ['kunming', ['昆明春城地接社']],
      ['kmcc', ['昆明春城地接社']],
      ['wangjingli', ['昆明春城地接社']],
      ['3456', ['昆明春城地接社']],
      ['dianyun', []],
    ] as const) {
      expect(await names('suppliers.list', { q }), q).toEqual(want)
    }
    expect(await names('suppliers.list', { q: 'dianyun', includeInactive: true })).toEqual(['滇运车队'])
    await h.must('suppliers.update', { ...supplier, id, version: 1, name: '大理风花雪月地接社' })
    expect(await names('suppliers.list', { q: 'dali' })).toEqual(['大理风花雪月地接社'])
    expect(await names('suppliers.list', { q: 'kunming' })).toEqual([])
  })

  it('show the trips they served through a booking or an itinerary item, newest first', async () => {
    const s = (await h.must('suppliers.create', supplier)).id
    const a = await createTrip(h, { departDate: '2026-10-01', returnDate: '2026-10-05' })
    const b = await createTrip(h)
    await createTrip(h, { departDate: '2027-02-01', returnDate: '2027-02-03' })
    await h.must('trips.addBooking', { tripId: a, supplierId: s })
    await addItem(h, b, 1, '接机', { supplierId: s })
    expect((await h.must('suppliers.get', { id: s })).trips.map((t: { id: number }) => t.id)).toEqual([b, a])
    expect(await h.call('suppliers.get', { id: 999 })).toMatchObject({ error: { code: 'NOT_FOUND' } })
  })
})
