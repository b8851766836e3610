import { Alert, Box, Button, Paper, Stack, TablePagination, Typography } from '@mui/material'
import { NoticeSnackbar } from '../components/NoticeSnackbar'
import FlightTakeoffOutlined from '@mui/icons-material/FlightTakeoffOutlined'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import type { TripStatus } from '../../../shared/trips/trip.schema'
import type { TripRow } from '../../../shared/trips/trip.types'
import { useListKeyboard } from '../components/useListKeyboard'
import { SearchBox } from '../components/SearchBox'
import { api } from '../api/client'
import { useQuery } from '../api/hooks'
import { msgText } from '../components/useFormErrors'
import { TripFilters } from './list/TripFilters'
import { TripTable } from './list/TripTable'
import { hasTripFilters, rememberedTripList, rememberTripList, toTripSearch } from './list/listState'
import type { TripListState } from './list/listState'
import { StatusDialog } from './shell/StatusDialog'
import { TripsHeader } from './shell/TripsHeader'

/** All trips: search by 团号, route or destination; filter; server-side paging; keyboard to open. */
export function TripListScreen() {
  const { t } = useTranslation('trips')
  const { t: tc } = useTranslation()
  const navigate = useNavigate()
  const [s, setS] = useState<TripListState>(rememberedTripList)
  const [suggest, setSuggest] = useState<{ row: TripRow; to: TripStatus } | null>(null)
  const [toast, setToast] = useState<string | null>(null)
  const set = (p: Partial<TripListState>) => {
    setS((prev) => ({ ...prev, ...p }))
  }

  useEffect(() => rememberTripList(s), [s])
  const result = useQuery(() => api.trips.search(toTripSearch(s)), [JSON.stringify(s)], ['trip', 'guide'])
  const rows = result.data?.rows ?? []
  const total = result.data?.total ?? 0
  const { search, current, setActive, onSearchKey } = useListKeyboard(
    rows.length,
    JSON.stringify(s),
    (i) => navigate(`/trips/${rows[i].id}`),
    () => set({ q: '', page: 0 }),
  )

  const emptyDb = result.data && total === 0 && !s.q && !hasTripFilters(s)

  return (
    <Stack spacing={2}>
      <TripsHeader
        view="list"
        extra={
          result.data && (
            <Typography color="text.secondary" data-testid="trip-count">
              {t('count', { count: total })}
            </Typography>
          )
        }
      />
      {result.error && (
        <Alert
          severity="error"
          action={
            <Button color="inherit" size="small" onClick={result.reload}>
              {tc('actions.retry')}
            </Button>
          }
        >
          {msgText(tc, result.error.error.msg)}
        </Alert>
      )}
      <Paper sx={{ p: 2 }}>
        <SearchBox
          inputRef={search}
          value={s.q}
          placeholder={t('searchPlaceholder')}
          help={t('searchHelp')}
          testId="trip-search"
          onChange={(q) => set({ q, page: 0 })}
          onKeyDown={onSearchKey}
        />
        <TripFilters s={s} set={set} />
      </Paper>
      {emptyDb ? (
        <Paper sx={{ p: 6, textAlign: 'center' }} data-testid="trip-empty">
          <FlightTakeoffOutlined sx={{ fontSize: 48, color: 'text.disabled' }} />
          <Typography variant="h6" sx={{ mt: 1 }}>
            {t('empty')}
          </Typography>
          <Typography color="text.secondary" sx={{ mt: 1, mb: 3 }}>
            {t('emptyHint')}
          </Typography>
          <Button variant="contained" onClick={() => navigate('/trips/new')}>
            {t('new')}
          </Button>
        </Paper>
      ) : (
        <Paper sx={{ overflow: 'hidden' }}>
          {result.data && rows.length === 0 ? (
            <Typography sx={{ p: 4, textAlign: 'center' }} color="text.secondary" data-testid="trip-no-match">
              {t('noMatch')}
            </Typography>
          ) : (
            <Box sx={{ maxHeight: 'calc(100vh - 360px)', minHeight: 240, overflow: 'auto' }}>
              <TripTable
                rows={rows}
                s={s}
                active={current}
                onHover={setActive}
                onOpen={(id) => navigate(`/trips/${id}`)}
                onSuggest={(row) => row.suggestedStatus && setSuggest({ row, to: row.suggestedStatus })}
                onSort={(k) =>
                  set({ sort: k, dir: s.sort === k ? (s.dir === 'asc' ? 'desc' : 'asc') : 'asc', page: 0 })
                }
              />
            </Box>
          )}
          <TablePagination
            component="div"
            count={total}
            page={Math.min(s.page, Math.max(0, Math.ceil(total / s.pageSize) - 1))}
            rowsPerPage={s.pageSize}
            rowsPerPageOptions={[25, 50, 100, 200]}
            onPageChange={(_e, page) => set({ page })}
            onRowsPerPageChange={(e) => set({ pageSize: Number(e.target.value), page: 0 })}
          />
        </Paper>
      )}
      {suggest && (
        <StatusDialog
          trip={suggest.row}
          to={suggest.to}
          onClose={() => setSuggest(null)}
          onDone={(to) => {
            setSuggest(null)
            setToast(t('statusChanged', { code: suggest.row.code, status: t(`status.${to}`) }))
            result.reload()
          }}
        />
      )}
      <NoticeSnackbar notice={toast} onClose={() => setToast(null)} testId="trip-toast" />
    </Stack>
  )
}
