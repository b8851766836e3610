import type { TFunction } from 'i18next'
import type { ImportTarget } from '../../../shared/imports/import-fields'
import type { ImportField } from '../../../shared/imports/resource-fields'

/** the customer wizard's own keys, kept where they were; guides and suppliers have theirs under targets.* */
const customerKeys = {
  title: 'title',
  back: 'back',
  groupsTitle: 'review.groupsTitle',
  noGroups: 'review.noGroups',
  existing: 'review.existing',
  created: 'report.created',
  updated: 'report.updated',
  confirm: 'history.confirm',
  /** a history row: for a sign-up sheet "updated" is a kept file used for the trip, not changed */
  counts: 'history.counts',
} as const
export type TargetWord = keyof typeof customerKeys

/** the wizard's words that name what is imported: 客户档案, 导游 or 供应商 */
export function targetWord(
  t: TFunction,
  target: ImportTarget,
  word: TargetWord,
  options: Record<string, unknown> = {},
): string {
  const key = target === 'customers' ? customerKeys[word] : `targets.${target}.${word}`
  return t(`imports:${key}`, options)
}

/** a column's field: a supplier's "name" is 名称, a guide's 导游姓名, a customer's 姓名 */
export function fieldLabel(t: TFunction, target: ImportTarget, field: ImportField | 'row'): string {
  if (target === 'customers' || field === 'row') return t(`imports:fields.${field}`)
  return t(`imports:targets.${target}.fields.${field}`)
}

export const listPathOf: Record<ImportTarget, string> = {
  customers: '/customers',
  guides: '/guides',
  suppliers: '/suppliers',
  participants: '/trips',
}

/** the data.changed entity whose broadcast reloads the history */
export const entityOf = {
  customers: 'customer',
  guides: 'guide',
  suppliers: 'supplier',
  participants: 'trip',
} as const
