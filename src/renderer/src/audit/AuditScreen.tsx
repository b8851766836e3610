import {
  Alert,
  Box,
  Button,
  LinearProgress,
  Paper,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TablePagination,
  TableRow,
} from '@mui/material'
import { useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router'
import { auditEntities } from '../../../shared/audit/audit.api'
import { api } from '../api/client'
import { useQuery } from '../api/hooks'
import { msgText } from '../components/useFormErrors'
import { ScreenHeader } from '../staff/ScreenHeader'
import { useSession } from '../app/session'
import { ExportButton } from '../exports/ExportButton'
import { AuditFilters } from './AuditFilters'
import type { AuditFilterState } from './AuditFilters'
import { AuditRow } from './AuditRow'

const PAGE_SIZE = 50
type Entity = (typeof auditEntities)[number]

/**
 * Manager/admin: who did what, newest first, paged by main — a ledger an inspector can read. Filters
 * live in the address (#/audit?entity=customer&entityId=12&staffId=3&from=2026-11-01) so other
 * screens can link to one record's history.
 */
export function AuditScreen() {
  const { t } = useTranslation('admin')
  const { status } = useSession()
  const [params, setParams] = useSearchParams()
  const entity = (auditEntities as readonly string[]).includes(params.get('entity') ?? '')
    ? (params.get('entity') as Entity)
    : null
  const day = (k: string) => (/^\d{4}-\d{2}-\d{2}$/.test(params.get(k) ?? '') ? params.get(k) : null)
  const f: AuditFilterState = {
    entity,
    entityId: entity ? Number(params.get('entityId')) || null : null,
    action: params.get('action') || null,
    staffId: Number(params.get('staffId')) || null,
    from: day('from'),
    to: day('to'),
  }
  const page = Math.max(0, Number(params.get('page')) || 0)

  const log = useQuery(
    () => api.audit.list({ ...f, entity, page, pageSize: PAGE_SIZE }),
    [entity, f.entityId, f.action, f.staffId, f.from, f.to, page],
    ['customer', 'staff', 'settings', 'trip'],
  )

  const set = (changes: Record<string, string | number | null>) => {
    const next = new URLSearchParams(params)
    for (const [k, v] of Object.entries(changes)) {
      if (v === null || v === '') next.delete(k)
      else next.set(k, String(v))
    }
    if (!('page' in changes)) next.delete('page')
    setParams(next, { replace: true })
  }
  const rows = log.data?.rows ?? []

  return (
    <Box sx={{ maxWidth: 1280 }}>
      <ScreenHeader
        title={t('audit.title')}
        intro={t('audit.intro')}
        action={
          // an inspection's copy of what the filters show: administrators only, and itself audited
          status.staff?.role === 'admin' && (
            <ExportButton
              testId="audit-export"
              note={t('audit.exportNote')}
              onExport={(c) => api.exports.audit({ format: c.format, lang: c.lang, ...f, entity })}
            />
          )
        }
      />
      <AuditFilters f={f} set={set} />
      {log.error && (
        <Alert
          severity="error"
          sx={{ mb: 2 }}
          action={
            <Button color="inherit" size="small" onClick={log.reload}>
              {t('common:actions.retry')}
            </Button>
          }
        >
          {t('audit.loadFailed')} · {msgText(t, log.error.error.msg)}
        </Alert>
      )}
      <Paper>
        <Box sx={{ height: 4 }}>{log.loading && <LinearProgress />}</Box>
        <TableContainer>
          <Table size="small" data-testid="audit-table" sx={{ '& th': { whiteSpace: 'nowrap' } }}>
            <TableHead>
              <TableRow>
                <TableCell sx={{ width: 150 }}>{t('audit.columns.at')}</TableCell>
                <TableCell sx={{ width: 100 }}>{t('audit.columns.staff')}</TableCell>
                <TableCell sx={{ width: 150 }}>{t('audit.columns.action')}</TableCell>
                <TableCell sx={{ width: 300 }}>{t('audit.columns.entity')}</TableCell>
                <TableCell>{t('audit.columns.fields')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.map((r) => (
                <AuditRow key={r.id} entry={r} />
              ))}
              {!log.loading && !log.error && rows.length === 0 && (
                <TableRow>
                  <TableCell colSpan={5} align="center" sx={{ py: 5, color: 'text.secondary' }}>
                    {t('audit.empty')}
                  </TableCell>
                </TableRow>
              )}
            </TableBody>
          </Table>
        </TableContainer>
        <TablePagination
          component="div"
          count={log.data?.total ?? 0}
          page={log.data && page * PAGE_SIZE >= log.data.total ? 0 : page}
          rowsPerPage={PAGE_SIZE}
          rowsPerPageOptions={[PAGE_SIZE]}
          onPageChange={(_, p) => set({ page: p || null })}
          labelDisplayedRows={({ from, to, count }) => t('common:pagination.displayed', { from, to, count })}
          data-testid="audit-pagination"
        />
      </Paper>
    </Box>
  )
}
