import type { TFunction } from 'i18next'
import { api, unwrap } from '../api/client'

export type FoundKind = 'customer' | 'trip' | 'guide' | 'supplier'

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
]
