import type { TFunction } from 'i18next'
import { camelKey as camel, otherFileOf, rowCountOf, wordKey as keyOf } from '../../../shared/audit/audit-words'

/** The actions main writes today; the filter offers these, unknown ones still show (raw). */
export const auditActions = [
  'create',
  'update',
  'delete',
  'reveal',
  'link',
  'unlink',
  'communication',
  'signin',
  'signin.failed',
  'signin.locked',
  'signout',
  'password.change',
  'password.reset',
  'activate',
  'deactivate',
  'setup',
  'status',
  'addParticipants',
  'removeParticipant',
  'assignGuide',
  'unassignGuide',
  'addItem',
  'updateItem',
  'removeItem',
  'moveItem',
  'addRemedy',
  'approveRemedy',
  'close',
  'reopen',
  'export',
  'restore',
  'merge',
  'notDuplicate',
  'exportLog',
] as const

export function actionLabel(t: TFunction, action: string): string {
  return t(`admin:audit.actions.${keyOf(action)}`, { defaultValue: action })
}

export function entityLabel(t: TFunction, entity: string): string {
  return t(`admin:audit.entities.${keyOf(entity)}`, { defaultValue: entity })
}

/**
 * Field names in the user's language, duplicates merged (tier and its sort rank read the same). A
 * name shared by several kinds of record ("kind" of a document, a trip, a supplier) is said per record.
 */
export function fieldLabels(t: TFunction, fields: string[], entity?: string): string[] {
  const labels = fields.map((f) => {
    const rows = rowCountOf(f)
    if (rows !== null) return t('admin:audit.rows', { count: rows })
    const other = otherFileOf(f)
    if (other) return t(`admin:audit.${other.key}`, { id: other.id })
    const k = keyOf(camel(f))
    const general = t(`admin:audit.fields.${k}`, { defaultValue: f })
    return entity ? t(`admin:audit.fieldsBy.${keyOf(entity)}.${k}`, { defaultValue: general }) : general
  })
  return [...new Set(labels)]
}

/** Only what deserves a second look stands out: failed sign-ins, deletions, looks at sensitive data. */
export function actionColor(action: string): 'default' | 'error' | 'warning' {
  if (action === 'signin.failed' || action === 'signin.locked' || action === 'delete') return 'error'
  if (action === 'reveal' || action === 'deactivate' || action === 'password.reset') return 'warning'
  return 'default'
}
