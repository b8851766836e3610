import type { TFunction } from 'i18next'
import { api, unwrap } from '../api/client'
import { parseSheetCode } from '../../../shared/feedback/return-rate'

export type FoundKind = 'customer' | 'trip' | 'guide' | 'supplier' | 'complaint' | 'feedback'

/** One hit of the finder: what it is, how it reads, and where it opens. */
export interface Found {
  kind: FoundKind
  path: string
  title: string
  detail: string
}

export interface FindSource {
  kind: FoundKind
  find(q: string, t: TFunction): Promise<Found[]>
}

const LIMIT = 5

/*
 * Each kind is searched by the call its own list uses (customers by pinyin, initials, mobile and ID
 * tail; trips by 团号, route and destination), so the finder finds exactly what the lists find.
 * A feature that adds a searchable record adds one source here.
 */
export const findSources: FindSource[] = [
  {
    kind: 'customer',
    find: async (q, t) => {
      const page = await unwrap(api.customers.search({ q, pageSize: LIMIT, sort: 'name', dir: 'asc' }))
      return page.rows.map((c) => ({
        kind: 'customer',
        path: `/customers/${c.id}`,
        title: c.name,
        detail: [c.pinyinName, c.mobile, c.age !== null ? t('shell:find.age', { age: c.age }) : null]
          .filter(Boolean)
          .join(' · '),
      }))
    },
  },
  {
    kind: 'trip',
    find: async (q, t) => {
      const page = await unwrap(api.trips.search({ q, pageSize: LIMIT }))
      return page.rows.map((r) => ({
        kind: 'trip',
        path: `/trips/${r.id}`,
        title: `${r.code} ${r.routeName}`,
        detail: `${r.departDate} – ${r.returnDate} · ${t(`trips:status.${r.status}`)}`,
      }))
    },
  },
  {
    kind: 'guide',
    find: async (q) => {
      const rows = await unwrap(api.guides.list({ q }))
      return rows.slice(0, LIMIT).map((g) => ({
        kind: 'guide',
        path: `/guides/${g.id}`,
        title: g.name,
        detail: [g.licenceNo, g.mobile].filter(Boolean).join(' · '),
      }))
    },
  },
  {
    kind: 'supplier',
    find: async (q, t) => {
      const rows = await unwrap(api.suppliers.list({ q }))
      return rows.slice(0, LIMIT).map((s) => ({
        kind: 'supplier',
        path: `/suppliers/${s.id}`,
        title: s.name,
        detail: [t(`resources:supplierKind.${s.kind}`), s.contactPerson, s.phone].filter(Boolean).join(' · '),
      }))
    },
  },
  {
    // case number, complainant or 团号; newest first, as the complaints list
    kind: 'complaint',
    find: async (q, t) => {
      const page = await unwrap(api.complaints.list({ q, page: 0, pageSize: LIMIT }))
      return page.rows.map((c) => ({
        kind: 'complaint',
        path: `/complaints/${c.id}`,
        title: [c.caseNo, c.complainant].filter(Boolean).join(' '),
        detail: [c.trip?.code, t(`complaints:status.${c.status}`), t(`complaints:cause.${c.cause}`)]
          .filter(Boolean)
          .join(' · '),
      }))
    },
  },
  {
    // a printed sheet's code (typed, or scanned into the box) opens that sheet on its trip's tab
    kind: 'feedback',
    find: async (q, t) => {
      if (!parseSheetCode(q)) return []
      const s = await unwrap(api.feedback.open({ code: q })).catch(() => null)
      if (!s) return []
      return [
        {
          kind: 'feedback',
          path: `/trips/${s.tripId}?tab=feedback&sheet=${s.id}`,
          title: s.code,
          detail: [s.name, s.routeName, t(`feedback:list.${s.status}`)].filter(Boolean).join(' · '),
        },
      ]
    },
  },
]
