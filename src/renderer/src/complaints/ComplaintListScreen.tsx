import {
  Alert,
  Box,
  Button,
  Chip,
  MenuItem,
  Paper,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TablePagination,
  TableRow,
  TextField,
  Typography,
} from '@mui/material'
import AddOutlined from '@mui/icons-material/AddOutlined'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link as RouterLink, useNavigate, useSearchParams } from 'react-router'
import { complaintCauses } from '../../../shared/complaints/complaint.schema'
import type { ComplaintCause } from '../../../shared/complaints/complaint.schema'
import { complaintStatuses } from '../../../shared/complaints/status'
import type { ComplaintStatus } from '../../../shared/complaints/status'
import { api } from '../api/client'
import { useQuery } from '../api/hooks'
import { msgText } from '../components/useFormErrors'
import { useFormat } from '../format/format'
import { SubjectPicker } from '../reminders/SubjectPicker'
import type { PickedSubject } from '../reminders/SubjectPicker'
import { ComplaintFormDialog } from './ComplaintFormDialog'
import { ParetoPanel } from './ParetoPanel'
import { ClockChip, ComplaintStatusChip } from './parts'

type Due = 'overdue' | 'due_soon' | 'missed'
interface Filters {
  status: ComplaintStatus | ''
  due: Due | ''
  cause: ComplaintCause | ''
  trip: PickedSubject | null
  from: string
  to: string
  page: number
}
const empty: Filters = { status: '', due: '', cause: '', trip: null, from: '', to: '', page: 0 }
const PAGE_SIZE = 50

/**
 * All complaints, newest first, with the written-reply clock on every row, the filters the desk
 * asks for (status, deadline, cause, guide, supplier, group, period) and the Pareto of causes.
 * A guide's or supplier's page links here with `?guideId=` / `?supplierId=`.
 */
export function ComplaintListScreen() {
  const { t } = useTranslation('complaints')
  const { t: tc } = useTranslation()
  const fmt = useFormat()
  const navigate = useNavigate()
  const [params, setParams] = useSearchParams()
  const guideId = Number(params.get('guideId')) || null
  const supplierId = Number(params.get('supplierId')) || null
  const [f, setF] = useState<Filters>(empty)
  const [creating, setCreating] = useState(false)
  const set = (p: Partial<Filters>) => setF((prev) => ({ ...prev, page: 0, ...p }))
  const day = (v: string) => (/^\d{4}-\d{2}-\d{2}$/.test(v) ? v : null)
  const input = {
    statuses: f.status ? [f.status] : [],
    due: f.due || null,
    cause: f.cause || null,
    tripId: f.trip?.id ?? null,
    guideId,
    supplierId,
    from: day(f.from),
    to: day(f.to),
    page: f.page,
    pageSize: PAGE_SIZE,
  }
  const q = useQuery(() => api.complaints.list(input), [JSON.stringify(input)], ['complaint'])
  const guide = useQuery(
    () => (guideId ? api.guides.get({ id: guideId }) : Promise.resolve({ ok: true as const, value: null })),
    [guideId],
  )
  const supplier = useQuery(
    () =>
      supplierId
        ? api.suppliers.get({ id: supplierId })
        : Promise.resolve({ ok: true as const, value: null }),
    [supplierId],
  )
  const rows = q.data?.rows ?? []
  const select = (key: 'status' | 'due' | 'cause', values: readonly string[], label: string, ns: string) => (
    <TextField
      select
      size="small"
      label={label}
      value={f[key]}
      onChange={(e) => set({ [key]: e.target.value } as Partial<Filters>)}
      sx={{ width: 170 }}
      data-testid={`complaint-filter-${key}`}
    >
      <MenuItem value="">{t('filter.any')}</MenuItem>
      {values.map((v) => (
        <MenuItem key={v} value={v}>
          {t(`${ns}.${v}`)}
        </MenuItem>
      ))}
    </TextField>
  )

  return (
    <Stack spacing={2} data-testid="complaint-list">
      <Stack direction="row" sx={{ alignItems: 'center' }}>
        <Box sx={{ flexGrow: 1 }}>
          <Typography variant="h5" sx={{ fontWeight: 700 }}>
            {t('list.title')}
          </Typography>
          <Typography variant="body2" color="text.secondary">
            {t('list.intro')}
          </Typography>
        </Box>
        <Button
          variant="contained"
          startIcon={<AddOutlined />}
          onClick={() => setCreating(true)}
          data-testid="complaint-new"
        >
          {t('list.new')}
        </Button>
      </Stack>
      <Paper sx={{ p: 2 }}>
        <Stack direction="row" spacing={1.5} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center' }}>
          {select('status', complaintStatuses, t('filter.status'), 'status')}
          {select('due', ['overdue', 'due_soon', 'missed'], t('filter.due'), 'due')}
          {select('cause', complaintCauses, t('filter.cause'), 'cause')}
          <Box sx={{ width: 220 }}>
            <SubjectPicker
              kind="trip"
              value={f.trip}
              onChange={(v) => set({ trip: v })}
              testId="complaint-filter-trip"
            />
          </Box>
          {(['from', 'to'] as const).map((k) => (
            <TextField
              key={k}
              type="date"
              size="small"
              label={t(`filter.${k}`)}
              value={f[k]}
              onChange={(e) => set({ [k]: e.target.value })}
              slotProps={{ inputLabel: { shrink: true } }}
              sx={{ width: 170 }}
              data-testid={`complaint-filter-${k}`}
            />
          ))}
          {guide.data && (
            <Chip label={t('filter.guide', { name: guide.data.name })} onDelete={() => setParams({})} />
          )}
          {supplier.data && (
            <Chip label={t('filter.supplier', { name: supplier.data.name })} onDelete={() => setParams({})} />
          )}
          <Button
            onClick={() => {
              setF(empty)
              setParams({})
            }}
          >
            {t('filter.clear')}
          </Button>
        </Stack>
      </Paper>
      {q.error && <Alert severity="error">{msgText(tc, q.error.error.msg)}</Alert>}
      <Paper>
        <Table size="small" data-testid="complaint-table">
          <TableHead>
            <TableRow>
              {(
                [
                  'caseNo',
                  'receivedAt',
                  'complainant',
                  'trip',
                  'cause',
                  'status',
                  'reply',
                  'assignee',
                ] as const
              ).map((c) => (
                <TableCell key={c}>{t(`list.col.${c}`)}</TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((r) => (
              <TableRow
                key={r.id}
                hover
                sx={{ cursor: 'pointer' }}
                onClick={() => navigate(`/complaints/${r.id}`)}
                data-testid={`complaint-row-${r.caseNo}`}
              >
                <TableCell sx={{ fontWeight: 600, whiteSpace: 'nowrap' }}>
                  <RouterLink to={`/complaints/${r.id}`} onClick={(e) => e.stopPropagation()}>
                    {r.caseNo}
                  </RouterLink>
                </TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{fmt.dateTime(r.receivedAt)}</TableCell>
                <TableCell>
                  {r.complainant ?? '—'}
                  {r.complainantCount > 1 && ` ${t('list.more', { count: r.complainantCount - 1 })}`}
                </TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{r.trip?.code ?? '—'}</TableCell>
                <TableCell>{t(`cause.${r.cause}`)}</TableCell>
                <TableCell>
                  <ComplaintStatusChip status={r.status} />
                </TableCell>
                <TableCell>
                  <ClockChip clock={r.reply} />
                </TableCell>
                <TableCell>{r.assignee?.name ?? '—'}</TableCell>
              </TableRow>
            ))}
            {q.data && rows.length === 0 && (
              <TableRow>
                <TableCell colSpan={8} sx={{ textAlign: 'center', py: 4, color: 'text.secondary' }}>
                  {t('list.empty')}
                </TableCell>
              </TableRow>
            )}
          </TableBody>
        </Table>
        <TablePagination
          component="div"
          count={q.data?.total ?? 0}
          page={f.page}
          rowsPerPage={PAGE_SIZE}
          rowsPerPageOptions={[PAGE_SIZE]}
          onPageChange={(_e, page) => setF((p) => ({ ...p, page }))}
        />
      </Paper>
      <ParetoPanel />
      {creating && (
        <ComplaintFormDialog
          onClose={() => setCreating(false)}
          onCreated={(id) => navigate(`/complaints/${id}`)}
        />
      )}
    </Stack>
  )
}
