import { Box, Chip, Link, TableCell, TableRow } from '@mui/material'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import type { AuditEntry, AuditLink } from '../../../shared/audit/audit.api'
import { useFormat } from '../format/format'
import { actionColor, actionLabel, entityLabel, fieldLabels } from './auditLabels'

const pathOf = (l: AuditLink): string | null =>
  l.entity === 'staff' ? null : `/${l.entity === 'complaint' ? 'complaints' : `${l.entity}s`}/${l.id}`

/**
 * One line of the ledger: when, who, what was done, to which record — named as people know it
 * (团号 and route, the customer's name) and opening it — and which fields, in words.
 */
export function AuditRow({ entry: r }: { entry: AuditEntry }) {
  const { t } = useTranslation('admin')
  const fmt = useFormat()
  const navigate = useNavigate()
  const fields = fieldLabels(t, r.fields, r.entity).join(t('audit.fieldSeparator'))
  const path = r.record?.link ? pathOf(r.record.link) : null
  const gone = r.entityId != null && r.entity !== 'session' && r.entity !== 'settings' && !r.record

  return (
    <TableRow hover data-testid="audit-row">
      <TableCell sx={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>
        {fmt.dateTime(r.at)}
      </TableCell>
      <TableCell sx={{ whiteSpace: 'nowrap' }}>
        {r.staff ? r.staff.name : <Box sx={{ color: 'text.secondary' }}>{t('audit.system')}</Box>}
      </TableCell>
      <TableCell>
        <Chip
          size="small"
          label={actionLabel(t, r.action)}
          color={actionColor(r.action)}
          variant={actionColor(r.action) === 'default' ? 'outlined' : 'filled'}
          data-testid={`audit-action-${r.action}`}
        />
      </TableCell>
      <TableCell sx={{ whiteSpace: 'nowrap' }} data-testid="audit-record">
        <Box component="span" sx={{ color: 'text.secondary', mr: 0.75 }}>
          {entityLabel(t, r.entity)}
        </Box>
        {r.record &&
          (path ? (
            <Link
              component="button"
              type="button"
              underline="hover"
              onClick={() => navigate(path)}
              sx={{ verticalAlign: 'baseline', fontSize: 'inherit' }}
              data-testid={`audit-${r.record.link!.entity}-${r.record.link!.id}`}
            >
              {r.record.label}
            </Link>
          ) : (
            <span>{r.record.label}</span>
          ))}
        {gone && (
          <Box component="span" sx={{ color: 'text.secondary' }}>
            {t('audit.gone')}
          </Box>
        )}
      </TableCell>
      <TableCell sx={{ color: 'text.secondary' }} data-testid="audit-fields">
        {fields || '—'}
      </TableCell>
    </TableRow>
  )
}
