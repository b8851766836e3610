import fs from 'node:fs'
import pg from 'pg'
import type { Session, TourDeskApp } from '../src/main/app'
import type { CustomerProfile } from '../src/shared/customers/customer.types'
import { benchServer, loadCustomersPg, openBenchDesk } from './pg-server'
import { rng } from '../src/main/customers/synthetic'
import { msSince, now, stats, ms, table } from './stats'

/*
 * Ten desks on one office server: each desk is its own TourDesk (own pool, own change feed) doing what
 * a front desk does — search as the clerk types, open files, edit them with versions (a STALE answer
 * is the desk warning its clerk: re-open and edit again), add travellers to trips, log calls — for a
 * fixed time. Then it checks nothing was lost: every accepted edit raised its customer's version by
 * exactly one, and the participant and call rows are exactly the accepted ones.
 */
const SEED_CUSTOMERS = 5000
const TRIPS = 20
/** a few files many desks edit at once (the contended case), beside the whole database */
const HOT = 50

/** What the edit form sends back: the profile's editable fields (test/integration/fixtures.ts). */
function editable(p: CustomerProfile) {
  return {
    id: p.id,
    version: p.version,
    name: p.name,
    pinyinName: p.pinyinName,
    gender: p.gender,
    birth: p.birth,
    mobile: p.mobile,
    wechat: p.wechat,
    email: p.email,
    address: p.address,
    occupation: p.occupation,
    employer: p.employer,
    source: p.source,
    referrerId: p.referrer?.id ?? null,
    tags: p.tags,
    tier: p.tier,
    marketingConsent: p.marketingConsent,
    doNotContact: p.doNotContact,
    healthConsent: p.healthConsent,
    notes: p.notes,
    preferences: p.preferences,
    needs: p.needs
      .filter((n) => n.kind !== 'confidential')
      .map((n) => ({ kind: n.kind, note: n.note, keepNote: n.noteHidden })),
    emergencyContacts: p.emergencyContacts,
  }
}

interface Tally {
  times: Map<string, number[]>
  errors: string[]
  stale: number
  /** accepted edits per customer id */
  edits: Map<number, number>
  participants: number
  calls: number
}

async function deskLoop(
  app: TourDeskApp,
  s: Session,
  seed: number,
  until: number,
  t: Tally,
  names: string[],
) {
  const r = rng(seed)
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)]
  const call = async <T>(
    channel: string,
    input: unknown,
  ): Promise<{ ok: boolean; code?: string; value?: T }> => {
    const t0 = now()
    const res = await app.dispatch(channel, input, s)
    const list = t.times.get(channel) ?? []
    list.push(msSince(t0))
    t.times.set(channel, list)
    if (res.ok) return { ok: true, value: res.value as T }
    if (res.error.code !== 'STALE') t.errors.push(`${channel}: ${res.error.code} ${res.error.msg.key}`)
    return { ok: false, code: res.error.code }
  }
  const customerId = () => (r() < 0.5 ? 1 + Math.floor(r() * HOT) : 1 + Math.floor(r() * SEED_CUSTOMERS))
  while (Date.now() < until) {
    const x = r()
    if (x < 0.4) {
      // typing a name: one search per keystroke, then the file is opened
      const name = [...pick(names)]
      let found: { rows: { id: number }[] } | undefined
      for (let i = 1; i <= Math.min(3, name.length); i++) {
        found = (
          await call<{ rows: { id: number }[] }>('customers.search', {
            q: name.slice(0, i).join(''),
            pageSize: 50,
          })
        ).value
      }
      if (found?.rows.length) await call('customers.get', { id: found.rows[0].id })
    } else if (x < 0.55) {
      await call('customers.get', { id: customerId() })
    } else if (x < 0.8) {
      const id = customerId()
      for (let attempt = 0; attempt < 5; attempt++) {
        const p = await call<CustomerProfile>('customers.get', { id })
        if (!p.value) break
        const form = { ...editable(p.value), notes: `desk ${seed} edit ${r().toString(36).slice(2, 8)}` }
        const u = await call('customers.update', form)
        if (u.ok) {
          t.edits.set(id, (t.edits.get(id) ?? 0) + 1)
          break
        }
        if (u.code === 'STALE') t.stale++
        else break
      }
    } else if (x < 0.9) {
      const tripId = 1 + Math.floor(r() * TRIPS)
      const ids = [customerId(), customerId()]
      if ((await call('trips.addParticipants', { tripId, customerIds: ids })).ok) t.participants += ids.length
    } else {
      const res = await call('customers.logCommunication', {
        customerId: customerId(),
        channel: 'phone',
        direction: 'outbound',
        summary: '电话确认出行时间',
      })
      if (res.ok) t.calls++
    }
  }
}

export async function runDeskLoad(opts: { desks: number; seconds: number }): Promise<{ ok: boolean }> {
  const server = await benchServer()
  const first = await openBenchDesk(server.connection, true)
  const desks = [first]
  const admin = new pg.Client(server.connection)
  try {
    await loadCustomersPg(first.app, first.admin.staff!.id, SEED_CUSTOMERS)
    for (let i = 0; i < TRIPS; i++) {
      const res = await first.app.dispatch(
        'trips.create',
        {
          routeName: `线路${i}`,
          destination: '昆明',
          kind: 'domestic',
          departDate: '2026-12-10',
          returnDate: '2026-12-15',
        },
        first.admin,
      )
      if (!res.ok) throw new Error(JSON.stringify(res.error))
    }
    while (desks.length < opts.desks) desks.push(await openBenchDesk(server.connection))
    await admin.connect()
    const before = new Map<number, number>(
      (await admin.query('SELECT id, version FROM customers')).rows.map(
        (x: { id: number; version: number }) => [x.id, x.version],
      ),
    )
    const names = (await admin.query('SELECT name FROM customers ORDER BY id LIMIT 500')).rows.map(
      (x: { name: string }) => x.name,
    )
    const t: Tally = { times: new Map(), errors: [], stale: 0, edits: new Map(), participants: 0, calls: 0 }
    const t0 = now()
    const until = Date.now() + opts.seconds * 1000
    await Promise.all(desks.map((d, i) => deskLoop(d.app, d.admin, 1000 + i, until, t, names)))
    const elapsed = msSince(t0) / 1000

    // verification, straight from the server
    const after = new Map<number, number>(
      (await admin.query('SELECT id, version FROM customers')).rows.map(
        (x: { id: number; version: number }) => [x.id, x.version],
      ),
    )
    let lost = 0
    for (const [id, v] of after) if (v - (before.get(id) ?? v) !== (t.edits.get(id) ?? 0)) lost++
    const participants = Number((await admin.query('SELECT count(*) AS n FROM trip_participants')).rows[0].n)
    const calls = Number((await admin.query('SELECT count(*) AS n FROM communications')).rows[0].n)
    const missing = Math.abs(participants - t.participants) + Math.abs(calls - t.calls)

    const rows = [['call', 'n', 'p50 ms', 'p95 ms', 'max ms']]
    let total = 0
    for (const [ch, list] of [...t.times].sort()) {
      const st = stats(list)
      total += st.n
      rows.push([ch, String(st.n), ms(st.p50), ms(st.p95), ms(st.max)])
    }
    console.log(
      `${opts.desks} desks × ${elapsed.toFixed(1)} s: ${total} calls (${Math.round(total / elapsed)}/s)`,
    )
    console.log(table(rows))
    const edits = [...t.edits.values()].reduce((a, b) => a + b, 0)
    console.log(
      `  accepted edits ${edits} (${t.stale} STALE answers re-opened and redone), participants added ${t.participants}, calls logged ${t.calls}`,
    )
    const ok = t.errors.length === 0 && lost === 0 && missing === 0
    console.log(
      `Summary desks: errors ${t.errors.length}, lost updates ${lost}, missing/extra rows ${missing}: ${ok ? 'PASS' : 'MISS'}`,
    )
    for (const e of [...new Set(t.errors)].slice(0, 10)) console.log(`  ERROR ${e}`)
    return { ok }
  } finally {
    await admin.end().catch(() => {})
    for (const d of desks) {
      await d.app.close()
      fs.rmSync(d.dir, { recursive: true, force: true })
    }
    server.stop()
  }
}
