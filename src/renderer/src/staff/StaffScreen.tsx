import {
  Alert,
  Box,
  Button,
  Chip,
  Paper,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Tooltip,
  Typography,
} from '@mui/material'
import { NoticeSnackbar } from '../components/NoticeSnackbar'
import PersonAddOutlined from '@mui/icons-material/PersonAddOutlined'
import EditOutlined from '@mui/icons-material/EditOutlined'
import KeyOutlined from '@mui/icons-material/KeyOutlined'
import BlockOutlined from '@mui/icons-material/BlockOutlined'
import RestoreOutlined from '@mui/icons-material/RestoreOutlined'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { StaffView } from '../../../shared/staff/staff.api'
import { api } from '../api/client'
import { useQuery } from '../api/hooks'
import { useSession } from '../app/session'
import { msgText } from '../components/useFormErrors'
import { useFormat } from '../format/format'
import { ScreenHeader } from './ScreenHeader'
import { StaffFormDialog } from './StaffFormDialog'
import { ConfirmActiveDialog, ResetPasswordDialog } from './StaffDialogs'

type Open =
  | { kind: 'add' }
  | { kind: 'edit'; id: number }
  | { kind: 'reset'; row: StaffView }
  | { kind: 'active'; row: StaffView }
  | null

/** Admin: who may use TourDesk, in which role. */
export function StaffScreen() {
  const { t } = useTranslation('admin')
  const fmt = useFormat()
  const { status } = useSession()
  const me = status.staff?.id
  const staff = useQuery(() => api.staff.list({}), [], ['staff'])
  const [open, setOpen] = useState<Open>(null)
  const [notice, setNotice] = useState<string | null>(null)

  const rows = staff.data ?? []
  const done = (message: string) => {
    setOpen(null)
    setNotice(message)
    staff.reload()
  }
  const editing = open?.kind === 'edit' ? rows.find((r) => r.id === open.id) : undefined

  return (
    <Box sx={{ maxWidth: 1100 }}>
      <ScreenHeader
        title={t('staff.title')}
        intro={t('staff.intro')}
        action={
          <Button
            variant="contained"
            startIcon={<PersonAddOutlined />}
            onClick={() => setOpen({ kind: 'add' })}
            data-testid="staff-add"
            data-shortcut="new"
          >
            {t('staff.add')}
          </Button>
        }
      />
      {staff.error && (
        <Alert
          severity="error"
          sx={{ mb: 2 }}
          action={
            <Button color="inherit" size="small" onClick={staff.reload}>
              {t('common:actions.retry')}
            </Button>
          }
        >
          {t('staff.loadFailed')} · {msgText(t, staff.error.error.msg)}
        </Alert>
      )}
      <TableContainer component={Paper}>
        <Table size="small" data-testid="staff-table">
          <TableHead>
            <TableRow>
              <TableCell>{t('staff.columns.name')}</TableCell>
              <TableCell>{t('staff.columns.login')}</TableCell>
              <TableCell>{t('staff.columns.role')}</TableCell>
              <TableCell>{t('staff.columns.status')}</TableCell>
              <TableCell>{t('staff.columns.lastSignIn')}</TableCell>
              <TableCell align="right">{t('staff.columns.actions')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((r) => (
              <TableRow key={r.id} hover data-testid={`staff-row-${r.login}`}>
                <TableCell sx={{ fontWeight: 600, color: r.active ? undefined : 'text.disabled' }}>
                  {r.name}
                  {r.id === me && (
                    <Chip label={t('staff.you')} size="small" variant="outlined" sx={{ ml: 1 }} />
                  )}
                </TableCell>
                <TableCell sx={{ fontFamily: 'monospace', color: r.active ? undefined : 'text.disabled' }}>
                  {r.login}
                </TableCell>
                <TableCell>{t(`common:roles.${r.role}`)}</TableCell>
                <TableCell>
                  <Chip
                    size="small"
                    label={r.active ? t('staff.active') : t('staff.inactive')}
                    color={r.active ? 'success' : 'default'}
                    variant={r.active ? 'filled' : 'outlined'}
                    data-testid={`staff-status-${r.login}`}
                  />
                </TableCell>
                <TableCell sx={{ color: r.lastSignInAt ? undefined : 'text.secondary' }}>
                  {r.lastSignInAt ? fmt.dateTime(r.lastSignInAt) : t('staff.never')}
                </TableCell>
                <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                  <RowActions row={r} self={r.id === me} onOpen={setOpen} />
                </TableCell>
              </TableRow>
            ))}
            {!staff.loading && !staff.error && rows.length === 0 && (
              <TableRow>
                <TableCell colSpan={6} align="center" sx={{ py: 4, color: 'text.secondary' }}>
                  {t('staff.empty')}
                </TableCell>
              </TableRow>
            )}
          </TableBody>
        </Table>
      </TableContainer>
      {rows.length > 0 && (
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1.5 }} data-testid="staff-count">
          {t('staff.count', { count: rows.length, active: rows.filter((r) => r.active).length })}
        </Typography>
      )}

      {open?.kind === 'add' && <StaffFormDialog row={null} onClose={() => setOpen(null)} onDone={done} />}
      {editing && <StaffFormDialog row={editing} onClose={() => setOpen(null)} onDone={done} />}
      {open?.kind === 'reset' && (
        <ResetPasswordDialog row={open.row} onClose={() => setOpen(null)} onDone={done} />
      )}
      {open?.kind === 'active' && (
        <ConfirmActiveDialog row={open.row} onClose={() => setOpen(null)} onDone={done} />
      )}
      <NoticeSnackbar notice={notice} onClose={() => setNotice(null)} testId="staff-notice" />
    </Box>
  )
}

function RowActions({ row, self, onOpen }: { row: StaffView; self: boolean; onOpen: (o: Open) => void }) {
  const { t } = useTranslation('admin')
  const toggle = (
    <Button
      size="small"
      color={row.active ? 'error' : 'primary'}
      startIcon={row.active ? <BlockOutlined /> : <RestoreOutlined />}
      disabled={self && row.active}
      sx={{ minWidth: 104, justifyContent: 'flex-start' }}
      onClick={() => onOpen({ kind: 'active', row })}
      data-testid={`staff-toggle-${row.login}`}
    >
      {row.active ? t('staff.deactivate') : t('staff.activate')}
    </Button>
  )
  return (
    <Stack direction="row" spacing={0.5} sx={{ justifyContent: 'flex-end' }}>
      <Button
        size="small"
        startIcon={<EditOutlined />}
        onClick={() => onOpen({ kind: 'edit', id: row.id })}
        data-testid={`staff-edit-${row.login}`}
      >
        {t('staff.edit')}
      </Button>
      <Button
        size="small"
        startIcon={<KeyOutlined />}
        onClick={() => onOpen({ kind: 'reset', row })}
        data-testid={`staff-reset-${row.login}`}
      >
        {t('staff.resetPassword')}
      </Button>
      {self && row.active ? (
        <Tooltip title={t('staff.selfHint')}>
          <span>{toggle}</span>
        </Tooltip>
      ) : (
        toggle
      )}
    </Stack>
  )
}
