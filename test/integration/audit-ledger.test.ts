import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { contract } from '../../src/shared/api/registry'
import { resources } from '../../src/renderer/src/i18n/resources'
import { ID_X, createCustomer } from './fixtures'
import { harness } from './harness'
import type { Harness } from './harness'
import { tripFixtures, validSamples } from '../property/payload-samples'

/*
 * The audit log must read like a ledger in both languages: every action, kind of record and field
 * that main writes has words, never `moveItem`, `participant` or `roommateId`. Every call is run
 * once with its valid sample (the same samples the fuzz test uses, so a new call is covered as soon
 * as it has one), then every distinct action, entity and field in the log is looked up.
 */

let h: Harness
const seen = { action: new Set<string>(), entity: new Set<string>(), field: new Set<string>() }

const keyOf = (s: string) => s.replace(/\./g, '_')
const camel = (s: string) => s.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase())

function has(lang: 'zh-CN' | 'en', group: 'actions' | 'entities' | 'fields', name: string): boolean {
  const audit = (resources[lang].admin as unknown as { audit: Record<string, Record<string, unknown>> }).audit
  return typeof audit[group][name] === 'string'
}

beforeAll(async () => {
  h = await harness()
  const customer = await createCustomer(h, {
    name: '王建国',
    mobile: '13812345678',
    healthConsent: true,
    needs: [{ kind: 'health', note: '高血压' }],
    documents: [{ kind: 'id_card', number: ID_X }],
  })
  const other = await createCustomer(h, { name: '李秀英', mobile: '13911112222' })
  const relation = (
    await h.must('customers.addRelation', { customerId: customer, otherId: other, kind: 'parent' })
  ).id
  const document = (await h.must('customers.get', { id: customer })).documents[0].id
  const staff = (
    await h.must('staff.create', { name: '前台', login: 'fd', role: 'frontdesk', password: 'password-1' })
  ).id
  const trip = await tripFixtures(h, customer, other)
  const samples = validSamples({ customer, other, document, relation, staff, ...trip })
  // removals and sign-out last, so the other calls still find what they point at
  const last = (c: string) => /remove|delete|unlink|signOut|deactivate|purge/i.test(c)
  const channels = Object.keys(samples).sort((a, b) => Number(last(a)) - Number(last(b)))
  for (const channel of channels) await h.call(channel, samples[channel], h.admin)
  await h.app.reminders.idle()
  const rows = await h.app.db.selectFrom('audit_log').select(['action', 'entity', 'fields']).execute()
  for (const r of rows) {
    seen.action.add(keyOf(r.action))
    seen.entity.add(keyOf(r.entity))
    // a row count (rows:N, count:N) or another file's number (mergedFrom:N) has its own label
    for (const f of JSON.parse(r.fields) as string[])
      if (!/^(rows|count|mergedFrom|pairedWith):\d+$/.test(f)) seen.field.add(keyOf(camel(f)))
  }
})
afterAll(async () => {
  await h.close()
})

describe('the audit log in words', () => {
  it('ran enough of the app to mean something', () => {
    expect(Object.keys(contract).length).toBeGreaterThan(5)
    expect(seen.action.size).toBeGreaterThan(15)
    expect(seen.entity.size).toBeGreaterThan(6)
    expect(seen.field.size).toBeGreaterThan(20)
  })

  it.each(['zh-CN', 'en'] as const)('names every action, record kind and field in %s', (lang) => {
    const missing = [
      ...[...seen.action].filter((a) => !has(lang, 'actions', a)).map((a) => `action ${a}`),
      ...[...seen.entity].filter((e) => !has(lang, 'entities', e)).map((e) => `entity ${e}`),
      ...[...seen.field].filter((f) => !has(lang, 'fields', f)).map((f) => `field ${f}`),
    ]
    expect(missing).toEqual([])
  })
})
