import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { harness } from './harness'
import type { Harness } from './harness'
import { auditRows, dbFingerprint } from './fixtures'
import { createTrip, customer, getTrip } from './trips-fixtures'
import type { TripMoney, CustomerPayment } from '../../src/shared/payments/payment.types'

let h: Harness
let trip: number
let dad: number
let kid: number
let pDad: number
let pKid: number
beforeEach(async () => {
  h = await harness() // today 2026-11-25
  // adult ¥3,999.50, child with bed ¥2,999, without bed ¥1,999, 单房差 ¥800
  trip = await createTrip(h, {
    prices: { adult: 3999.5, childBed: 2999, childNoBed: 1999, infant: 300, singleSupplement: 800 },
  })
  dad = await customer(h, '张伟', { birth: { calendar: 'solar', date: '1980-12-04' } })
  // six on 2026-12-03, the day of departure: no longer "without bed" under the default rules
  kid = await customer(h, '张小明', { birth: { calendar: 'solar', date: '2020-12-03' } })
  ;[pDad, pKid] = (await h.must('trips.addParticipants', { tripId: trip, customerIds: [dad, kid] })).ids
})
afterEach(async () => {
  await h.close()
})

const money = () => h.must<TripMoney>('payments.ofTrip', { tripId: trip })
const person = async (id: number) => (await money()).travellers.find((t) => t.participantId === id)!

describe('money per traveller', () => {
  it('prices follow the price type, the age rules suggest it, charges and discounts add up to the fen', async () => {
    let k = await person(pKid)
    expect(k).toMatchObject({ age: 6, priceType: 'adult', suggestedPriceType: 'child_bed', baseFen: 399_950 })
    await h.must('payments.setTraveller', {
      id: pKid,
      version: k.version,
      priceType: 'child_bed',
      depositFen: 100_000,
      charges: [
        { kind: 'insurance', amountFen: 3_000 },
        { kind: 'discount', label: '老客户', amountFen: 10_010 },
      ],
    })
    k = await person(pKid)
    // 2,999.00 + 30.00 − 100.10
    expect(k).toMatchObject({ baseFen: 299_900, dueFen: 292_890, depositFen: 100_000, owedFen: 292_890 })
    expect(k.charges).toEqual([
      { kind: 'insurance', label: null, amountFen: 3_000 },
      { kind: 'discount', label: '老客户', amountFen: 10_010 },
    ])
    // the agency moves the bed line to 7: a six-year-old is now suggested "without bed"
    const policy = await h.must('payments.policy', {})
    await h.must('payments.setPolicy', { ...policy, noBedUnder: 7 })
    expect((await person(pKid)).suggestedPriceType).toBe('child_no_bed')
  })

  it('payments and refunds: owed per traveller and for the trip, exact to the fen; who took it is kept', async () => {
    await h.must('payments.record', {
      participantId: pDad,
      day: '2026-11-20',
      amountFen: 100_010,
      method: 'wechat',
      receiptNo: 'SK-001',
    })
    await h.must('payments.record', {
      participantId: pDad,
      day: '2026-11-24',
      amountFen: 299_940,
      method: 'bank_transfer',
    })
    await h.must('payments.record', {
      participantId: pKid,
      day: '2026-11-24',
      amountFen: 50_000,
      method: 'cash',
    })
    let m = await money()
    expect(m.travellers.map((t) => [t.paidFen, t.owedFen])).toEqual([
      [399_950, 0],
      [50_000, 349_950],
    ])
    expect(m.totals).toMatchObject({ dueFen: 799_900, paidFen: 449_950, owedFen: 349_950 })
    expect(m.payments[0]).toMatchObject({
      method: 'wechat',
      receiptNo: 'SK-001',
      takenBy: { name: '管理员' },
      name: '张伟',
    })

    const manager = await h.signedIn('manager')
    await h.must(
      'payments.refund',
      { participantId: pKid, day: '2026-11-25', amountFen: 20_000, method: 'cash', reason: '少住一晚' },
      manager,
    )
    m = await money()
    expect(m.travellers[1]).toMatchObject({ paidFen: 30_000, owedFen: 369_950 })
    expect(m.payments.at(-1)).toMatchObject({ amountFen: -20_000, reason: '少住一晚' })
    // more than was paid cannot go back
    const before = await dbFingerprint(h.app.db)
    const tooMuch = await h.call(
      'payments.refund',
      { participantId: pKid, day: '2026-11-25', amountFen: 30_001, method: 'cash', reason: 'x' },
      manager,
    )
    expect(tooMuch).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { amountFen: { key: 'errors.refundAbovePaid' } } },
    })
    expect(await dbFingerprint(h.app.db)).toBe(before)

    // the customer profile lists their own payments, newest first
    const mine = await h.must<CustomerPayment[]>('payments.ofCustomer', { customerId: kid })
    expect(mine.map((p) => [p.day, p.amountFen, p.trip.id])).toEqual([
      ['2026-11-25', -20_000, trip],
      ['2026-11-24', 50_000, trip],
    ])
    const audit = (await auditRows(h.app.db)).filter((r) => r.entity === 'payment')
    expect(audit.map((a) => a.action)).toEqual(['create', 'create', 'create', 'refund'])
    expect(JSON.parse(audit[3].fields)).toContain('reason')
  })

  it('a traveller taken off the trip leaves their payments on the trip’s ledger', async () => {
    await h.must('payments.record', {
      participantId: pKid,
      day: '2026-11-24',
      amountFen: 50_000,
      method: 'alipay',
    })
    await h.must('trips.removeParticipant', { id: pKid })
    const m = await money()
    expect(m.unassignedFen).toBe(50_000)
    expect(m.totals.paidFen).toBe(50_000)
    expect(m.payments[0]).toMatchObject({ participantId: null, name: null })
  })

  it('only managers refund or change the age rules; front desk records payments', async () => {
    const desk = await h.signedIn('frontdesk')
    await h.must(
      'payments.record',
      { participantId: pDad, day: '2026-11-24', amountFen: 100, method: 'card' },
      desk,
    )
    const before = await dbFingerprint(h.app.db)
    const refund = await h.call(
      'payments.refund',
      { participantId: pDad, day: '2026-11-24', amountFen: 100, method: 'card', reason: '错收' },
      desk,
    )
    expect(refund).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    const policy = await h.must('payments.policy', {})
    expect(await h.call('payments.setPolicy', { ...policy, childUnder: 14 }, desk)).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    })
    expect(await dbFingerprint(h.app.db)).toBe(before)
  })

  it('a stale money edit is refused and changes nothing', async () => {
    const k = await person(pKid)
    await h.must('trips.updateParticipant', { id: pKid, version: k.version, roomNo: '808' })
    const before = await dbFingerprint(h.app.db)
    const r = await h.call('payments.setTraveller', {
      id: pKid,
      version: k.version,
      priceType: 'child_bed',
      charges: [],
    })
    expect(r).toMatchObject({ ok: false, error: { code: 'STALE' } })
    expect(await dbFingerprint(h.app.db)).toBe(before)
    const policy = await h.must('payments.policy', {})
    await h.must('payments.setPolicy', { ...policy, infantUnder: 3 })
    expect(await h.call('payments.setPolicy', { ...policy, infantUnder: 1 })).toMatchObject({
      ok: false,
      error: { code: 'STALE' },
    })
    expect((await h.must('payments.policy', {})).infantUnder).toBe(3)
  })
})

describe('visas', () => {
  it('an outbound traveller whose visa is not issued close to departure is a must-fix check', async () => {
    const japan = await createTrip(h, {
      routeName: '日本七日游',
      destination: '东京',
      kind: 'outbound',
      departDate: '2026-12-10',
      returnDate: '2026-12-16',
    })
    const [p] = (await h.must('trips.addParticipants', { tripId: japan, customerIds: [dad] })).ids
    const visaChecks = async () =>
      (await h.must('trips.checks', { id: japan })).filter(
        (c: { code: string }) => c.code === 'visa_not_issued',
      )
    expect(await visaChecks()).toEqual([])
    const v = (await getTrip(h, japan)).participants[0].version
    const { version } = await h.must('trips.setVisa', {
      id: p,
      version: v,
      visaStatus: 'submitted',
      visaType: '单次旅游',
    })
    expect(await visaChecks()).toEqual([
      expect.objectContaining({
        severity: 'error',
        params: { name: '张伟', status: 'submitted', neededBy: '2026-12-03' },
      }),
    ])
    await h.must('trips.setVisa', {
      id: p,
      version,
      visaStatus: 'issued',
      visaType: '单次旅游',
      visaNo: 'V123',
      visaValidUntil: '2027-03-01',
    })
    expect(await visaChecks()).toEqual([])
    const m = await h.must<TripMoney>('payments.ofTrip', { tripId: japan })
    expect(m.travellers[0].visa).toEqual({
      status: 'issued',
      type: '单次旅游',
      number: 'V123',
      validUntil: '2027-03-01',
    })
    // a stale visa edit is refused
    expect(await h.call('trips.setVisa', { id: p, version, visaStatus: 'refused' })).toMatchObject({
      ok: false,
      error: { code: 'STALE' },
    })
  })
})

describe('status guardrails', () => {
  it('confirming below the minimum or with must-fix checks needs a reason, kept in the history', async () => {
    const t = await getTrip(h, trip)
    await h.must('trips.update', {
      id: trip,
      version: t.version,
      routeName: t.routeName,
      destination: t.destination,
      kind: t.kind,
      departDate: t.departDate,
      returnDate: t.returnDate,
      minSize: 10,
      prices: t.prices,
    })
    const v = (await getTrip(h, trip)).version
    const before = await dbFingerprint(h.app.db)
    const refused = await h.call('trips.setStatus', { id: trip, version: v, status: 'confirmed' })
    // two people of ten, and both lack an identity document for a domestic trip
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', msg: { key: 'errors.confirmGuardrails', params: { count: 3 } } },
    })
    expect(await dbFingerprint(h.app.db)).toBe(before)
    await h.must('trips.setStatus', {
      id: trip,
      version: v,
      status: 'confirmed',
      confirmAnyway: '老客户包团，证件出发前补',
    })
    const after = await getTrip(h, trip)
    expect(after.status).toBe('confirmed')
    expect(after.history[0]).toMatchObject({ to: 'confirmed', reason: '老客户包团，证件出发前补' })
    const audit = (await auditRows(h.app.db)).filter((r) => r.action === 'status')
    expect(JSON.parse(audit.at(-1)!.fields)).toEqual(['status', 'confirmAnyway'])
  })

  it('a trip without problems is confirmed without a reason, and a reason given anyway is not kept', async () => {
    const empty = await createTrip(h)
    await h.must('trips.setStatus', { id: empty, version: 1, status: 'confirmed', confirmAnyway: '无' })
    expect((await getTrip(h, empty)).history[0]).toMatchObject({ to: 'confirmed', reason: null })
  })
})

describe('full traveller list', () => {
  it('gives managers the document numbers unmasked, audited with the count; front desk is refused', async () => {
    const japan = await createTrip(h, { routeName: '日本七日游', destination: '东京', kind: 'outbound' })
    const mum = await customer(h, '李娜', {
      pinyinName: 'LI NA',
      gender: 'female',
      birth: { calendar: 'solar', date: '1982-03-01' },
      documents: [
        { kind: 'passport', number: 'E11112222', expiryDate: '2029-01-01' },
        { kind: 'passport', number: 'E99998888', expiryDate: '2034-05-01' },
      ],
    })
    await h.must('trips.addParticipants', { tripId: japan, customerIds: [mum, dad, mum] })
    const desk = await h.signedIn('frontdesk')
    const before = await dbFingerprint(h.app.db)
    expect(await h.call('trips.travellerList', { id: japan }, desk)).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    })
    expect(await dbFingerprint(h.app.db)).toBe(before)

    const manager = await h.signedIn('manager')
    const list = await h.must('trips.travellerList', { id: japan }, manager)
    // listed twice, travels once; the passport that lasts longest is the one the airline needs
    expect(list).toEqual([
      expect.objectContaining({
        name: '李娜',
        pinyinName: 'LI NA',
        gender: 'female',
        birthDate: '1982-03-01',
        document: { kind: 'passport', number: 'E99998888', expiryDate: '2034-05-01' },
      }),
      expect.objectContaining({ name: '张伟', birthDate: '1980-12-04', document: null }),
    ])
    const audit = (await auditRows(h.app.db)).filter((r) => r.action === 'printFullList')
    expect(audit).toHaveLength(1)
    expect(audit[0]).toMatchObject({ entity: 'trip', entity_id: japan })
    expect(JSON.parse(audit[0].fields)).toEqual(['rows:2'])
  })
})

describe('payment reminder', () => {
  it('a traveller who still owes on a booked trip gets a reminder a week before departure, gone once paid', async () => {
    const v = (await getTrip(h, trip)).version
    await h.must('trips.setStatus', { id: trip, version: v, status: 'confirmed', confirmAnyway: '证件后补' })
    const due = async () => {
      await h.app.reminders.idle()
      const l = await h.must('reminders.list', { horizonDays: 60 })
      return [...l.overdue, ...l.today, ...l.upcoming]
        .filter((r: { kind: string }) => r.kind === 'payment_due')
        .map((r: { due: string; customer: { name: string } }) => [r.due, r.customer.name])
    }
    expect(await due()).toEqual([
      ['2026-11-26', '张伟'],
      ['2026-11-26', '张小明'],
    ])
    // paid to the fen: his reminder goes, the boy's stays
    await h.must('payments.record', {
      participantId: pDad,
      day: '2026-11-25',
      amountFen: 399_950,
      method: 'cash',
    })
    expect(await due()).toEqual([['2026-11-26', '张小明']])
  })
})
