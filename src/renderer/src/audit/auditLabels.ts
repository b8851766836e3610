import type { TFunction } from 'i18next'

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
] as const

/** i18next reads dots as nesting, so "signin.failed" is stored as "signin_failed". */
const keyOf = (s: string) => s.replace(/\./g, '_')

/** snake_case column names ("pinyin_name") and camelCase input names ("pinyinName") share labels. */
const camel = (s: string) => s.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase())

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
    // an export's or a printed list's row count is the one figure the log keeps (rows:N; count:N in
    // entries written before the two were spelled alike)
    const rows = /^(?:rows|count):(\d+)$/.exec(f)
    if (rows) return t('admin:audit.rows', { n: Number(rows[1]) })
    const other = /^(mergedFrom|pairedWith):(\d+)$/.exec(f)
    if (other) return t(`admin:audit.${other[1]}`, { id: Number(other[2]) })
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
