import type { Dbx } from '../trips/trips.repo'
import { notFound } from '../core/context'
import type { ExportLanguage } from '../../shared/exports/exports.api'
import { exportLabels, labelOf } from '../../shared/exports/export-labels'
import { CONFIDENTIAL_NEED, sensitiveNeeds } from '../../shared/customers/customer.schema'
import type { NeedKind } from '../../shared/customers/customer.schema'
import { copyLabels } from '../../shared/privacy/copy-labels'
import type { CopySection, PersonCopy } from '../../shared/privacy/privacy.api'
import { birthCell } from '../exports/export-rows'
import { yesNo } from '../exports/export-save'
import { birthOf } from '../customers/customers.repo'
import { dayIn, wallClock } from '../../shared/common/dates'

export interface CopyOptions {
  lang: ExportLanguage
  madeAt: string
  /** identity numbers as the caller may see them: masked, or whole for the roles that may reveal */
  number: (n: string | null) => string
  fullIdNumbers: boolean
  seesHealth: boolean
}

const s = (v: string | number | null | undefined): string => (v === null || v === undefined ? '' : String(v))
const yuan = (fen: number): string => (fen / 100).toFixed(2)

/**
 * Everything TourDesk holds about one customer (PIPL art. 45), as titled tables: the file, documents,
 * communications, family links, trips with their participant rows, payments, complaints, feedback
 * sheets and reminders. Every kind is present even when empty, so the person sees it was looked at.
 * Also the sealed record of a restricted file (restriction.ts), with whole numbers.
 */
export async function personCopy(db: Dbx, customerId: number, o: CopyOptions): Promise<PersonCopy> {
  const c = await db.selectFrom('customers').selectAll().where('id', '=', customerId).executeTakeFirst()
  if (!c) throw notFound()
  const L = copyLabels[o.lang]
  const X = exportLabels[o.lang]
  const col = L.col
  const [tags, needs, contacts, docs, comms] = await Promise.all([
    db
      .selectFrom('customer_tags')
      .select('tag')
      .where('customer_id', '=', customerId)
      .orderBy('tag')
      .execute(),
    db
      .selectFrom('customer_needs')
      .selectAll()
      .where('customer_id', '=', customerId)
      .orderBy('kind')
      .execute(),
    db
      .selectFrom('customer_contacts')
      .selectAll()
      .where('customer_id', '=', customerId)
      .orderBy('position')
      .execute(),
    db
      .selectFrom('customer_documents')
      .selectAll()
      .where('customer_id', '=', customerId)
      .orderBy('id')
      .execute(),
    db
      .selectFrom('communications')
      .selectAll()
      .where('customer_id', '=', customerId)
      .orderBy('at')
      .orderBy('id')
      .execute(),
  ])
  const relations = await relationsOf(db, customerId)
  const needText = needs
    .map((n) => {
      const hidden = sensitiveNeeds.includes(n.kind as NeedKind) && !o.seesHealth
      if (hidden) return labelOf(X.need, CONFIDENTIAL_NEED)
      return n.note ? `${labelOf(X.need, n.kind)}（${n.note}）` : labelOf(X.need, n.kind)
    })
    .filter((v, i, all) => all.indexOf(v) === i)
    .join('、')
  const prefs = Object.entries(JSON.parse(c.preferences || '{}') as Record<string, unknown>)
    // the form's "no preference" values say nothing about the person
    .filter(([, v]) => v !== null && v !== '' && v !== false && v !== 'any' && v !== 'none')
    .filter(([, v]) => !(Array.isArray(v) && !v.length))
    .map(([k, v]) => `${k}: ${Array.isArray(v) ? v.join('、') : String(v)}`)
    .join('；')
  const F = L.field
  const file: [string, string][] = [
    [F.name, c.name],
    [F.pinyinName, s(c.pinyin_name)],
    [F.gender, labelOf(X.gender, c.gender)],
    [F.birth, birthCell(birthOf(c), o.lang)],
    [F.mobile, s(c.mobile)],
    [F.wechat, s(c.wechat)],
    [F.email, s(c.email)],
    [F.address, s(c.address)],
    [F.occupation, s(c.occupation)],
    [F.employer, s(c.employer)],
    [F.source, s(c.source)],
    [F.tier, labelOf(X.tier, c.tier)],
    [F.tags, tags.map((t) => t.tag).join('、')],
    [F.marketingConsent, yesNo(c.marketing_consent, X)],
    [F.doNotContact, yesNo(c.do_not_contact, X)],
    [F.healthConsent, yesNo(c.health_consent, X)],
    [F.needs, needText],
    [
      F.contacts,
      contacts.map((k) => `${k.name} ${s(k.relation)} ${k.phone}`.replace(/\s+/g, ' ')).join('；'),
    ],
    [F.preferences, prefs],
    [F.notes, s(c.notes)],
    [F.createdAt, dayIn(new Date(c.created_at))],
  ]
  const sections: CopySection[] = [
    { key: 'file', title: L.section.file, columns: [col.field, col.value], rows: file },
    {
      key: 'documents',
      title: L.section.documents,
      columns: [col.kind, col.number, col.issueDate, col.issuePlace, col.expiryDate],
      rows: docs.map((d) => [
        labelOf(X.docKind, d.kind),
        o.number(d.number),
        s(d.issue_date),
        s(d.issue_place),
        s(d.expiry_date),
      ]),
    },
    {
      key: 'communications',
      title: L.section.communications,
      columns: [col.at, col.channel, col.direction, col.summary],
      rows: comms.map((m) => [
        wallClock(m.at).replace('T', ' '),
        labelOf(L.channel, m.channel),
        labelOf(L.direction, m.direction),
        m.summary,
      ]),
    },
    {
      key: 'relations',
      title: L.section.relations,
      columns: [col.relation, col.person],
      rows: relations.map((r) => [r.kind, r.name]),
    },
    ...(await tripSections(db, customerId, o)),
  ]
  return { customerId, name: c.name, madeAt: o.madeAt, fullIdNumbers: o.fullIdNumbers, sections }
}

async function relationsOf(db: Dbx, id: number): Promise<{ kind: string; name: string }[]> {
  const [a, b] = await Promise.all([
    db
      .selectFrom('customer_relations as r')
      .innerJoin('customers as o', 'o.id', 'r.b_id')
      .select(['r.kind', 'o.name'])
      .where('r.a_id', '=', id)
      .orderBy('r.id')
      .execute(),
    db
      .selectFrom('customer_relations as r')
      .innerJoin('customers as o', 'o.id', 'r.a_id')
      .select(['r.kind', 'o.name'])
      .where('r.b_id', '=', id)
      .orderBy('r.id')
      .execute(),
  ])
  return [...a, ...b]
}

/** Trips with the participant rows, then the money, complaints, feedback and reminders tied to the person. */
async function tripSections(db: Dbx, customerId: number, o: CopyOptions): Promise<CopySection[]> {
  const L = copyLabels[o.lang]
  const X = exportLabels[o.lang]
  const col = L.col
  const places = await db
    .selectFrom('trip_participants as p')
    .innerJoin('trips as t', 't.id', 'p.trip_id')
    .select([
      'p.id',
      't.code',
      't.route_name',
      't.depart_date',
      't.return_date',
      'p.contract_no',
      'p.price_type',
      'p.room_no',
      'p.seat',
      'p.insurance_no',
      'p.visa_status',
      'p.visa_no',
    ])
    .where('p.customer_id', '=', customerId)
    .orderBy('t.depart_date')
    .orderBy('p.id')
    .execute()
  const placeIds = places.map((p) => p.id)
  const payments = placeIds.length
    ? await db
        .selectFrom('trip_payments as m')
        .innerJoin('trips as t', 't.id', 'm.trip_id')
        .select(['t.code', 'm.day', 'm.amount_fen', 'm.method', 'm.receipt_no'])
        .where('m.participant_id', 'in', placeIds)
        .orderBy('m.day')
        .orderBy('m.id')
        .execute()
    : []
  const complaints = await db
    .selectFrom('complaints as k')
    .select(['k.case_no', 'k.received_at', 'k.status', 'k.what_happened', 'k.request'])
    .where('k.id', 'in', (eb) =>
      eb.selectFrom('complaint_complainants').select('complaint_id').where('customer_id', '=', customerId),
    )
    .orderBy('k.received_at')
    .execute()
  const sheets = await db
    .selectFrom('feedback_sheets as f')
    .innerJoin('trips as t', 't.id', 'f.trip_id')
    .select(['t.code', 'f.sheet_no', 'f.status', 'f.comment'])
    .where((eb) =>
      eb.or([
        eb('f.customer_id', '=', customerId),
        ...(placeIds.length ? [eb('f.participant_id', 'in', placeIds)] : []),
      ]),
    )
    .orderBy('t.code')
    .orderBy('f.sheet_no')
    .execute()
  const reminders = await db
    .selectFrom('reminders')
    .select(['kind', 'due', 'status', 'note'])
    .where('customer_id', '=', customerId)
    .orderBy('due')
    .orderBy('id')
    .execute()
  return [
    {
      key: 'trips',
      title: L.section.trips,
      columns: [
        col.tripCode,
        col.route,
        col.depart,
        col.return,
        col.contractNo,
        col.priceType,
        col.room,
        col.seat,
        col.insuranceNo,
        col.visa,
      ],
      rows: places.map((p) => [
        p.code,
        p.route_name,
        p.depart_date,
        p.return_date,
        s(p.contract_no),
        labelOf(X.priceType, p.price_type),
        s(p.room_no),
        s(p.seat),
        s(p.insurance_no),
        [s(p.visa_status), p.visa_no ? o.number(p.visa_no) : ''].filter(Boolean).join(' '),
      ]),
    },
    {
      key: 'payments',
      title: L.section.payments,
      columns: [col.tripCode, col.day, col.amount, col.method, col.receiptNo],
      rows: payments.map((m) => [m.code, m.day, yuan(m.amount_fen), m.method, s(m.receipt_no)]),
    },
    {
      key: 'complaints',
      title: L.section.complaints,
      columns: [col.caseNo, col.received, col.status, col.what, col.request],
      rows: complaints.map((k) => [
        k.case_no,
        dayIn(new Date(k.received_at)),
        labelOf(L.status, k.status),
        k.what_happened,
        s(k.request),
      ]),
    },
    {
      key: 'feedback',
      title: L.section.feedback,
      columns: [col.tripCode, col.sheetNo, col.status, col.comment],
      rows: sheets.map((f) => [f.code, String(f.sheet_no), labelOf(L.status, f.status), s(f.comment)]),
    },
    {
      key: 'reminders',
      title: L.section.reminders,
      columns: [col.kind, col.due, col.status, col.note],
      rows: reminders.map((r) => [
        labelOf(L.reminderKind, r.kind),
        r.due,
        labelOf(L.status, r.status),
        s(r.note),
      ]),
    },
  ]
}
