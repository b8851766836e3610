import type { Db } from '../db/open'
import type { CustomerProfile, StaffRef } from '../../shared/customers/customer.types'
import type {
  Channel,
  Direction,
  DocKind,
  Gender,
  NeedKind,
  RelationKind,
  Source,
  Tier,
} from '../../shared/customers/customer.schema'
import { CONFIDENTIAL_NEED, inverseRelation, sensitiveNeeds } from '../../shared/customers/customer.schema'
import { needsShown } from '../../shared/customers/needs-shown'
import { maskDocNumber } from '../../shared/customers/mask'
import { ageFromBirth, nextBirthday } from '../../shared/customers/birthday'
import { notFound } from '../core/context'
import { birthOf, preferencesOf } from './customers.repo'

export const RECENT_COMMUNICATIONS = 50

async function staffNames(db: Db, ids: (number | null)[]): Promise<Map<number, string>> {
  const wanted = [...new Set(ids.filter((i): i is number => i != null))]
  if (!wanted.length) return new Map()
  const rows = await db.selectFrom('staff').select(['id', 'name']).where('id', 'in', wanted).execute()
  return new Map(rows.map((r) => [r.id, r.name]))
}

function ref(names: Map<number, string>, id: number | null): StaffRef | null {
  return id == null ? null : { id, name: names.get(id) ?? '' }
}

/** The whole file as the profile screen shows it: identity numbers masked, health notes hidden. */
export async function loadProfile(
  db: Db,
  id: number,
  today: string,
  seesHealth: boolean,
): Promise<CustomerProfile> {
  const c = await db.selectFrom('customers').selectAll().where('id', '=', id).executeTakeFirst()
  if (!c) throw notFound()
  const [tags, needs, contacts, docs, relA, relB, comms, referrer] = await Promise.all([
    db.selectFrom('customer_tags').select('tag').where('customer_id', '=', id).orderBy('tag').execute(),
    db.selectFrom('customer_needs').selectAll().where('customer_id', '=', id).execute(),
    db
      .selectFrom('customer_contacts')
      .selectAll()
      .where('customer_id', '=', id)
      .orderBy('position')
      .execute(),
    db.selectFrom('customer_documents').selectAll().where('customer_id', '=', id).orderBy('id').execute(),
    db
      .selectFrom('customer_relations as r')
      .innerJoin('customers as o', 'o.id', 'r.b_id')
      .select(['r.id', 'r.kind', 'o.id as otherId', 'o.name as otherName'])
      .where('r.a_id', '=', id)
      .execute(),
    db
      .selectFrom('customer_relations as r')
      .innerJoin('customers as o', 'o.id', 'r.a_id')
      .select(['r.id', 'r.kind', 'o.id as otherId', 'o.name as otherName'])
      .where('r.b_id', '=', id)
      .execute(),
    db
      .selectFrom('communications')
      .selectAll()
      .where('customer_id', '=', id)
      .orderBy('at', 'desc')
      .orderBy('id', 'desc')
      .limit(RECENT_COMMUNICATIONS)
      .execute(),
    c.referrer_id
      ? db.selectFrom('customers').select(['id', 'name']).where('id', '=', c.referrer_id).executeTakeFirst()
      : undefined,
  ])
  const names = await staffNames(db, [c.created_by, c.updated_by, ...comms.map((m) => m.staff_id)])
  const birth = birthOf(c)
  return {
    id: c.id,
    version: c.version,
    name: c.name,
    pinyinName: c.pinyin_name,
    gender: c.gender as Gender,
    birth,
    nextBirthday: nextBirthday(birth, today),
    age: ageFromBirth(birth, today),
    mobile: c.mobile,
    wechat: c.wechat,
    email: c.email,
    address: c.address,
    occupation: c.occupation,
    employer: c.employer,
    source: c.source as Source | null,
    referrer: referrer ?? null,
    tags: tags.map((t) => t.tag),
    tier: c.tier as Tier,
    marketingConsent: c.marketing_consent === 1,
    doNotContact: c.do_not_contact === 1,
    healthConsent: c.health_consent === 1,
    healthConsentAt: c.health_consent_at,
    notes: c.notes,
    preferences: preferencesOf(c.preferences),
    // roles without health rights get one 'confidential' in place of health and pregnancy
    needs: needsShown(
      needs.map((n) => n.kind as NeedKind),
      seesHealth,
    ).map((kind) => {
      const note = needs.find((n) => n.kind === kind)?.note ?? null
      const hidden = kind === CONFIDENTIAL_NEED || (sensitiveNeeds.includes(kind) && !!note)
      return { kind, note: hidden ? null : note, noteHidden: hidden }
    }),
    emergencyContacts: contacts.map((k) => ({ name: k.name, relation: k.relation, phone: k.phone })),
    documents: docs.map((d) => ({
      id: d.id,
      kind: d.kind as DocKind,
      numberMasked: maskDocNumber(d.number),
      issueDate: d.issue_date,
      issuePlace: d.issue_place,
      expiryDate: d.expiry_date,
      version: d.version,
    })),
    relations: [
      ...relA.map((r) => ({
        id: r.id,
        kind: r.kind as RelationKind,
        other: { id: r.otherId, name: r.otherName },
      })),
      ...relB.map((r) => ({
        id: r.id,
        kind: inverseRelation[r.kind as RelationKind],
        other: { id: r.otherId, name: r.otherName },
      })),
    ],
    communications: comms.map((m) => ({
      id: m.id,
      at: m.at,
      channel: m.channel as Channel,
      direction: m.direction as Direction,
      summary: m.summary,
      staff: ref(names, m.staff_id),
    })),
    createdAt: c.created_at,
    createdBy: ref(names, c.created_by),
    updatedAt: c.updated_at,
    updatedBy: ref(names, c.updated_by),
  }
}
