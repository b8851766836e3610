import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { contract } from '../../src/shared/api/registry'
import type { CallDef } from '../../src/shared/api/contract'
import type { Envelope } from '../../src/shared/api/envelope'
import type { Session } from '../../src/main/app'
import { harness } from '../integration/harness'
import type { Harness } from '../integration/harness'
import { ID_X, createCustomer, dbFingerprint } from '../integration/fixtures'
import { emptyPayloadOutcome, tripFixtures, validSamples } from './payload-samples'

/*
 * Every call, signed in as admin, gets payloads a buggy or hostile renderer could send. Each one must
 * be refused with VALIDATION (field messages the form can show) — never INTERNAL, never a crash — and
 * must leave the database exactly as it was.
 */
const NUM_RUNS = Number(process.env.FUZZ_RUNS ?? 60)
const EACH = process.env.FUZZ_EACH === '1'

const calls = Object.entries(contract).flatMap(([ns, defs]) =>
  Object.entries(defs as Record<string, CallDef>).map(([m, def]) => ({ channel: `${ns}.${m}`, def })),
)

type Path = (string | number)[]
type Expected = 'VALIDATION' | 'ok' | 'CONFLICT' | 'NOT_FOUND'
interface Bad {
  what: string
  payload: unknown
  expected: Expected
}

const ODD = [
  '\ud800',
  '\udfff',
  '\u202e',
  '\u200f',
  '\u200d',
  '\u200b',
  '\ufeff',
  '\u0000',
  '\u0301',
  '\uffff',
]
const ODD_WHOLE = ['😀', '👨‍👩‍👧', '𠀀', '王', ' ']
// at least one odd character must survive `trim()`: a value of only '\ufeff' and spaces is a blank
// field, which an optional phone or date rightly accepts as "none" (and the call then writes)
const oddUnicode = fc
  .array(fc.constantFrom(...ODD, ...ODD_WHOLE), { minLength: 1, maxLength: 24 })
  .map((a) => a.join(''))
  .filter((s) => [...s.trim()].some((c) => ODD.includes(c)))
const hugeString = fc.constantFrom('x', '王', '\u202e', '😀', '0').map((c) => c.repeat(100_000))
const values = {
  string: fc.oneof(fc.string({ maxLength: 12 }), oddUnicode),
  number: fc.oneof(fc.integer(), fc.double()),
  boolean: fc.boolean(),
  array: fc.array(fc.anything({ maxDepth: 1 }), { maxLength: 3 }),
  object: fc.dictionary(fc.string({ maxLength: 6 }), fc.anything({ maxDepth: 1 }), { maxKeys: 3 }),
}
type Kind = keyof typeof values
const kindOf = (v: unknown): Kind =>
  Array.isArray(v) ? 'array' : v !== null && typeof v === 'object' ? 'object' : (typeof v as Kind)

/** Any value of another JSON type than `v` (never null/undefined: optional fields accept those). */
const wrongTypeFor = (v: unknown) =>
  fc.oneof(
    ...(Object.keys(values) as Kind[])
      .filter((k) => k !== kindOf(v))
      .map((k) => values[k] as fc.Arbitrary<unknown>),
  )

function pathsOf(v: unknown, prefix: Path = []): Path[] {
  if (v === null || typeof v !== 'object') return []
  // null leaves are skipped: a nullable field accepts a value of its own type in their place
  return Object.entries(v).flatMap(([k, child]) => {
    if (child === null) return []
    const p = [...prefix, Array.isArray(v) ? Number(k) : k]
    return [p, ...pathsOf(child, p)]
  })
}
const at = (v: unknown, p: Path): unknown => p.reduce((o: any, k) => o[k], v)
function withAt(v: unknown, p: Path, x: unknown): unknown {
  const copy = structuredClone(v) as any
  const parent = at(copy, p.slice(0, -1)) as any
  parent[p[p.length - 1]] = x
  return copy
}
function withOwnKey(v: Record<string, unknown>, key: string, x: unknown): Record<string, unknown> {
  const copy = structuredClone(v)
  // defineProperty: '__proto__' must become an own key, as JSON.parse or structured clone would make it
  Object.defineProperty(copy, key, { value: x, enumerable: true, writable: true, configurable: true })
  return copy
}

function badPayloads(def: CallDef, channel: string, sample: Record<string, unknown>): fc.Arbitrary<Bad> {
  const accepts = (p: unknown) => def.input.safeParse(p).success
  const shape = (
    def.input as unknown as { shape: Record<string, { safeParse(v: unknown): { success: boolean } }> }
  ).shape
  const required = Object.keys(shape).filter((k) => !shape[k].safeParse(undefined).success)
  const paths = pathsOf(sample)
  // free-text strings may legitimately hold odd characters; put them where the schema wants an
  // enum, a date, a number, an object… (a leaf that accepts neither 'x' nor 'abcdefghij')
  const oddPaths = paths.filter((p) => {
    if (typeof at(sample, p) !== 'string') return true
    return !accepts(withAt(sample, p, 'x')) && !accepts(withAt(sample, p, 'abcdefghij'))
  })
  const label = (p: Path) => p.join('.')
  const invalid = (what: string, payload: unknown): Bad => ({ what, payload, expected: 'VALIDATION' })

  const arbs: fc.Arbitrary<Bad>[] = [
    fc
      .oneof(fc.integer(), fc.double(), fc.string(), oddUnicode, hugeString, fc.boolean(), fc.constant(null))
      .map((p) => invalid('whole payload of a wrong type', p)),
    fc.array(fc.anything({ maxDepth: 1 }), { maxLength: 4 }).map((p) => invalid('array payload', p)),
    fc
      .tuple(
        fc.oneof(
          fc.string({ minLength: 1, maxLength: 10 }),
          oddUnicode,
          fc.constantFrom('__proto__', 'constructor', 'ID'),
        ),
        fc.anything({ maxDepth: 1 }),
      )
      .filter(([k]) => !(k in shape))
      .map(([k, v]) => invalid(`extra key ${JSON.stringify(k)}`, withOwnKey(sample, k, v))),
  ]
  if (paths.length) {
    const path = fc.constantFrom(...paths)
    arbs.push(
      path.chain((p) =>
        wrongTypeFor(at(sample, p)).map((v) => invalid(`wrong type at ${label(p)}`, withAt(sample, p, v))),
      ),
    )
  }
  // a field that takes a file's bytes as base64 (complaint evidence) rightly accepts 100k characters
  const hugePaths = paths.filter((p) => !accepts(withAt(sample, p, 'x'.repeat(100_000))))
  if (hugePaths.length) {
    arbs.push(
      fc
        .constantFrom(...hugePaths)
        .chain((p) => hugeString.map((v) => invalid(`100k chars at ${label(p)}`, withAt(sample, p, v)))),
    )
  }
  if (oddPaths.length) {
    arbs.push(
      fc
        .constantFrom(...oddPaths)
        .chain((p) => oddUnicode.map((v) => invalid(`odd unicode at ${label(p)}`, withAt(sample, p, v)))),
    )
  }
  if (required.length) {
    arbs.push(
      fc.subarray(required, { minLength: 1 }).map((keys) => {
        const copy = structuredClone(sample)
        for (const k of keys) delete copy[k]
        return invalid(`missing ${keys.join(', ')}`, copy)
      }),
    )
  } else {
    const outcome = emptyPayloadOutcome[channel]
    arbs.push(
      fc
        .constantFrom({}, undefined)
        .map((payload) => ({ what: 'empty payload', payload, expected: outcome })),
    )
  }
  return fc.oneof(...arbs)
}

let h: Harness
let baseline: string
let samples: Record<string, Record<string, unknown>>
const asAdmin = (): Session => ({ staff: { ...h.admin.staff! } })

beforeAll(async () => {
  h = await harness()
  const customer = await createCustomer(h, {
    name: '王建国',
    mobile: '13812345678',
    tags: ['VIP'],
    healthConsent: true,
    needs: [{ kind: 'health', note: '高血压' }],
    documents: [{ kind: 'id_card', number: ID_X }],
  })
  const other = await createCustomer(h, { name: '李秀英', mobile: '13911112222' })
  await createCustomer(h, { name: '欧阳娜娜', referrerId: customer })
  const relation = (
    await h.must('customers.addRelation', { customerId: customer, otherId: other, kind: 'parent' })
  ).id
  await h.must('customers.logCommunication', {
    customerId: customer,
    channel: 'phone',
    direction: 'inbound',
    summary: '咨询',
  })
  const document = (await h.must('customers.get', { id: customer })).documents[0].id
  const staff = (
    await h.must('staff.create', { name: '前台', login: 'fd', role: 'frontdesk', password: 'password-1' })
  ).id
  const trip = await tripFixtures(h, customer, other)
  samples = validSamples({ customer, other, document, relation, staff, ...trip })
  // the reminder engine's first scan of the day writes; it runs before the baseline, not during the fuzz
  await h.must('reminders.counts', {})
  await h.app.reminders.idle()
  baseline = await dbFingerprint(h.app.db)
})
afterAll(async () => {
  await h.close()
})

describe('every call refuses malformed payloads and changes nothing', () => {
  it('has a valid sample for every call, and for no call that does not exist', () => {
    expect(Object.keys(samples).sort()).toEqual(calls.map((c) => c.channel).sort())
    for (const { channel, def } of calls) {
      const r = def.input.safeParse(samples[channel])
      expect(r.success, `${channel}: ${JSON.stringify(r.error?.issues)}`).toBe(true)
    }
  })

  it.each(calls)('$channel', async ({ channel, def }) => {
    const sample = samples[channel]
    expect(sample, `add a sample payload for ${channel} to test/property/payload-samples.ts`).toBeDefined()
    await fc.assert(
      fc.asyncProperty(badPayloads(def, channel, sample), async (bad) => {
        const r: Envelope<unknown> = await h.app.dispatch(channel, bad.payload, asAdmin())
        const got = r.ok ? 'ok' : r.error.code
        expect(got, bad.what).toBe(bad.expected)
        if (!r.ok && r.error.code === 'VALIDATION') {
          const fields = Object.values(r.error.fields ?? {})
          expect(fields.length, bad.what).toBeGreaterThan(0)
          for (const f of fields) expect(f.key, bad.what).toMatch(/^errors\./)
        }
        if (EACH) expect(await dbFingerprint(h.app.db), `database changed by ${bad.what}`).toBe(baseline)
      }),
      { numRuns: NUM_RUNS },
    )
    // a write persists, so one comparison after the call's payloads finds it; FUZZ_EACH=1 compares
    // after every payload to name the one that wrote (the comparison cost 70 s of the suite on PostgreSQL)
    expect(await dbFingerprint(h.app.db), `database changed by a payload of ${channel}`).toBe(baseline)
  })

  it('the app still answers normally afterwards', async () => {
    expect(await h.must('customers.search', { q: '建国' })).toMatchObject({
      total: 1,
      rows: [{ name: '王建国' }],
    })
    expect(await dbFingerprint(h.app.db)).toBe(baseline)
  })
})
