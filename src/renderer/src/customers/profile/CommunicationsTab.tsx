import {
  Button,
  Chip,
  LinearProgress,
  Paper,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TablePagination,
  TableRow,
  Typography,
} from '@mui/material'
import AddIcCallOutlined from '@mui/icons-material/AddIcCallOutlined'
import CallMadeOutlined from '@mui/icons-material/CallMadeOutlined'
import CallReceivedOutlined from '@mui/icons-material/CallReceivedOutlined'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../../api/client'
import { useQuery } from '../../api/hooks'
import { useFormat } from '../../format/format'
import { Empty, NotGiven } from './parts'

const PAGE_SIZE = 20

/** The whole contact history, newest first, a page at a time; refreshed when anything is logged. */
export function CommunicationsTab({ customerId, onLog }: { customerId: number; onLog: () => void }) {
  const { t } = useTranslation('customers')
  const fmt = useFormat()
  const [page, setPage] = useState(0)
  const q = useQuery(
    () => api.customers.communications({ customerId, page, pageSize: PAGE_SIZE }),
    [customerId, page],
    ['customer'],
  )
  const rows = q.data?.rows ?? []

  return (
    <Paper sx={{ p: 2 }} data-testid="profile-communications">
      <Stack direction="row" sx={{ alignItems: 'center', mb: 1 }}>
        <Typography variant="subtitle1" sx={{ fontWeight: 700, flexGrow: 1 }}>
          {t('profile.tabs.communications')}
        </Typography>
        <Button startIcon={<AddIcCallOutlined />} onClick={onLog} data-testid="comm-add">
          {t('profile.logCall')}
        </Button>
      </Stack>
      {q.loading && !q.data && <LinearProgress />}
      {q.data && q.data.total === 0 ? (
        <Empty testId="comm-empty">{t('profile.noCommunications')}</Empty>
      ) : (
        <TableContainer>
          <Table size="small">
            <TableHead>
              <TableRow>
                <TableCell sx={{ width: 150 }}>{t('comm.at')}</TableCell>
                <TableCell sx={{ width: 90 }}>{t('comm.channel')}</TableCell>
                <TableCell sx={{ width: 180 }}>{t('comm.direction')}</TableCell>
                <TableCell sx={{ width: 100 }}>{t('profileExtra.staff')}</TableCell>
                <TableCell>{t('comm.summary')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody data-testid="profile-comm-list">
              {rows.map((m) => (
                <TableRow key={m.id} hover data-testid="comm-row" sx={{ verticalAlign: 'top' }}>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{fmt.dateTime(m.at)}</TableCell>
                  <TableCell>
                    <Chip size="small" label={t(`channel.${m.channel}`)} sx={{ bgcolor: '#eef1f1' }} />
                  </TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>
                    <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center' }}>
                      {m.direction === 'inbound' ? (
                        <CallReceivedOutlined fontSize="small" color="primary" />
                      ) : (
                        <CallMadeOutlined fontSize="small" color="secondary" />
                      )}
                      <Typography variant="body2">{t(`direction.${m.direction}`)}</Typography>
                    </Stack>
                  </TableCell>
                  <TableCell>{m.staff?.name || <NotGiven text={t('profileExtra.system')} />}</TableCell>
                  <TableCell
                    sx={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
                    data-testid="comm-summary-cell"
                  >
                    {m.summary}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          {(q.data?.total ?? 0) > PAGE_SIZE && (
            <TablePagination
              component="div"
              count={q.data?.total ?? 0}
              page={page}
              rowsPerPage={PAGE_SIZE}
              rowsPerPageOptions={[PAGE_SIZE]}
              onPageChange={(_e, p) => setPage(p)}
            />
          )}
        </TableContainer>
      )}
    </Paper>
  )
}
