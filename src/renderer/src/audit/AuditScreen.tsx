import {
  Alert,
  Box,
  Button,
  Chip,
  LinearProgress,
  Link,
  MenuItem,
  Paper,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TablePagination,
  TableRow,
  TextField,
} from '@mui/material'
import { useTranslation } from 'react-i18next'
import { useNavigate, useSearchParams } from 'react-router'
import { auditEntities } from '../../../shared/audit/audit.api'
import type { AuditEntry } from '../../../shared/audit/audit.api'
import { api } from '../api/client'
import { useQuery } from '../api/hooks'
import { msgText } from '../components/useFormErrors'
import { useFormat } from '../format/format'
import { ScreenHeader } from '../staff/ScreenHeader'
import { actionColor, actionLabel, auditActions, entityLabel, fieldLabels } from './auditLabels'

const PAGE_SIZE = 50
type Entity = (typeof auditEntities)[number]

/**
 * Manager/admin: who did what, newest first, paged by main. Filters live in the address
 * (#/audit?entity=customer&entityId=12) so other screens can link to one record's history.
 */
export function AuditScreen() {
  const { t } = useTranslation('admin')
  const [params, setParams] = useSearchParams()
  const entity = (auditEntities as readonly string[]).includes(params.get('entity') ?? '')
    ? (params.get('entity') as Entity)
    : null
  const action = params.get('action') || null
  const entityId = Number(params.get('entityId')) || null
  const page = Math.max(0, Number(params.get('page')) || 0)

  const log = useQuery(
    () => api.audit.list({ entity, action, entityId: entity ? entityId : null, page, pageSize: PAGE_SIZE }),
    [entity, action, entityId, page],
    ['customer', 'staff', 'settings'],
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
  const filtered = !!(entity || action)
  const rows = log.data?.rows ?? []

  return (
    <Box sx={{ maxWidth: 1200 }}>
      <ScreenHeader title={t('audit.title')} intro={t('audit.intro')} />
      <Stack
        direction="row"
        spacing={1.5}
        sx={{ mb: 2, alignItems: 'center', flexWrap: 'wrap', rowGap: 1.5 }}
      >
        <TextField
          select
          fullWidth={false}
          label={t('audit.filters.entity')}
          value={entity ?? ''}
          onChange={(e) => set({ entity: e.target.value, entityId: null })}
          slotProps={{
            htmlInput: { 'data-testid': 'audit-entity' },
            select: { displayEmpty: true },
            inputLabel: { shrink: true },
          }}
          sx={{ minWidth: 160 }}
        >
          <MenuItem value="">{t('audit.filters.all')}</MenuItem>
          {auditEntities.map((en) => (
            <MenuItem key={en} value={en}>
              {entityLabel(t, en)}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          select
          fullWidth={false}
          label={t('audit.filters.action')}
          value={action ?? ''}
          onChange={(e) => set({ action: e.target.value })}
          slotProps={{
            htmlInput: { 'data-testid': 'audit-action' },
            select: { displayEmpty: true },
            inputLabel: { shrink: true },
          }}
          sx={{ minWidth: 200 }}
        >
          <MenuItem value="">{t('audit.filters.all')}</MenuItem>
          {auditActions.map((a) => (
            <MenuItem key={a} value={a}>
              {actionLabel(t, a)}
            </MenuItem>
          ))}
        </TextField>
        {entity && entityId && (
          <Chip
            label={t('audit.filters.onlyRecord', { entity: entityLabel(t, entity), id: entityId })}
            onDelete={() => set({ entityId: null })}
            color="primary"
            variant="outlined"
          />
        )}
        {filtered && (
          <Button
            onClick={() => set({ entity: null, action: null, entityId: null })}
            data-testid="audit-clear"
          >
            {t('audit.filters.clear')}
          </Button>
        )}
      </Stack>
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
          <Table size="small" data-testid="audit-table">
            <TableHead>
              <TableRow>
                <TableCell sx={{ width: 160 }}>{t('audit.columns.at')}</TableCell>
                <TableCell sx={{ width: 110 }}>{t('audit.columns.staff')}</TableCell>
                <TableCell sx={{ width: 170 }}>{t('audit.columns.action')}</TableCell>
                <TableCell sx={{ width: 150 }}>{t('audit.columns.entity')}</TableCell>
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

function AuditRow({ entry: r }: { entry: AuditEntry }) {
  const { t } = useTranslation('admin')
  const fmt = useFormat()
  const navigate = useNavigate()
  const fields = fieldLabels(t, r.fields).join(t('audit.fieldSeparator'))
  const linkable = r.entity === 'customer' && r.entityId != null && r.action !== 'delete'
  const showId = r.entityId != null && r.entity !== 'session'

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
      <TableCell sx={{ whiteSpace: 'nowrap' }}>
        {entityLabel(t, r.entity)}
        {showId && ' '}
        {showId &&
          (linkable ? (
            <Link
              component="button"
              type="button"
              underline="hover"
              title={t('audit.openCustomer')}
              onClick={() => navigate(`/customers/${r.entityId}`)}
              sx={{ verticalAlign: 'baseline', fontSize: 'inherit' }}
              data-testid={`audit-customer-${r.entityId}`}
            >
              #{r.entityId}
            </Link>
          ) : (
            <Box component="span" sx={{ color: 'text.secondary' }}>
              #{r.entityId}
            </Box>
          ))}
      </TableCell>
      <TableCell sx={{ color: 'text.secondary' }} data-testid="audit-fields">
        {fields || '—'}
      </TableCell>
    </TableRow>
  )
}
