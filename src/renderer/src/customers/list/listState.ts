import type { CustomerSearch, CustomerSortKey } from '../../../../shared/customers/customers.api'
import type { NeedShown, Tier } from '../../../../shared/customers/customer.schema'
import { sessionMemory } from '../../app/sessionMemory'

export interface ListState {
  q: string
  tag: string | null
  tier: Tier | null
  need: NeedShown | null
  birthdayThisMonth: boolean
  consent: 'marketing' | 'doNotContact' | null
  sort: CustomerSortKey
  dir: 'asc' | 'desc'
  page: number
  pageSize: number
}

export const initialList: ListState = {
  q: '',
  tag: null,
  tier: null,
  need: null,
  birthdayThisMonth: false,
  consent: null,
  sort: 'updatedAt',
  dir: 'desc',
  page: 0,
  pageSize: 50,
}

/** Kept while one person is signed in so "back to the list" returns to the same search, filters and page. */
const remembered = sessionMemory(initialList)
export const rememberedList = remembered.get
export const rememberList = remembered.set

export function toSearch(s: ListState): CustomerSearch {
  return {
    q: s.q,
    tag: s.tag,
    tier: s.tier,
    need: s.need,
    birthdayThisMonth: s.birthdayThisMonth,
    consent: s.consent,
    sort: s.sort,
    dir: s.dir,
    page: s.page,
    pageSize: s.pageSize,
  }
}

export const hasFilters = (s: ListState) => !!(s.tag || s.tier || s.need || s.birthdayThisMonth || s.consent)
