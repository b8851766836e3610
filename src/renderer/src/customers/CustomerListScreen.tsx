import { Alert, Box, Button, Paper, Stack, TablePagination, Typography } from '@mui/material'
import { NoticeSnackbar } from '../components/NoticeSnackbar'
import PersonAddAlt1Outlined from '@mui/icons-material/PersonAddAlt1Outlined'
import UploadFileOutlined from '@mui/icons-material/UploadFileOutlined'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { api, unwrap } from '../api/client'
import { useQuery } from '../api/hooks'
import { useListKeyboard } from '../components/useListKeyboard'
import { SearchBox } from '../components/SearchBox'
import { useFormErrors } from '../components/useFormErrors'
import { CustomerFilters } from './list/CustomerFilters'
import { CustomerTable } from './list/CustomerTable'
import { hasFilters, rememberList, rememberedList, toSearch } from './list/listState'
import type { ListState } from './list/listState'
import { ExportButton } from '../exports/ExportButton'
import { DuplicatesButton } from '../duplicates/DuplicatesButton'
import { prefillFromSearch } from './form/prefill'

export function CustomerListScreen() {
  const { t } = useTranslation('customers')
  const navigate = useNavigate()
  const [s, setS] = useState<ListState>(rememberedList)
  const [toast, setToast] = useState<string | null>(null)
  const errors = useFormErrors()
  const set = (p: Partial<ListState>) => {
    setS((prev) => ({ ...prev, ...p }))
  }

  useEffect(() => rememberList(s), [s])
  const result = useQuery(() => api.customers.search(toSearch(s)), [JSON.stringify(s)], ['customer'])
  const rows = result.data?.rows ?? []
  const total = result.data?.total ?? 0
  const { search, current, setActive, onSearchKey } = useListKeyboard(
    rows.length,
    JSON.stringify(s),
    (i) => navigate(`/customers/${rows[i].id}`),
    () => set({ q: '', page: 0 }),
  )

  const loadSample = async () => {
    const r = await errors.capture(() => unwrap(api.customers.loadSample({})))
    if (r) setToast(t('sampleLoaded', { count: r.created, trips: r.trips }))
  }

  const emptyDb = result.data && total === 0 && !s.q && !hasFilters(s)

  return (
    <Stack spacing={1.5}>
      <Stack direction="row" sx={{ alignItems: 'center', gap: 2 }}>
        <Typography variant="h5" component="h1" sx={{ fontWeight: 700 }}>
          {t('title')}
        </Typography>
        {result.data && (
          <Typography color="text.secondary" data-testid="customer-count">
            {t('count', { count: total })}
          </Typography>
        )}
        <Box sx={{ flexGrow: 1 }} />
        <ExportButton
          testId="customer-export"
          idNumbers
          onExport={(c) => {
            // the list's own search and filters, every matching row rather than this page
            const { page: _p, pageSize: _s, ...search } = toSearch(s)
            return api.exports.customers({
              format: c.format,
              lang: c.lang,
              fullIdNumbers: c.fullIdNumbers,
              search,
            })
          }}
        />
        <Button
          startIcon={<UploadFileOutlined />}
          onClick={() => navigate('/customers/import')}
          data-testid="customer-import"
        >
          {t('imports:open')}
        </Button>
        <DuplicatesButton />
        <Button
          variant="contained"
          startIcon={<PersonAddAlt1Outlined />}
          onClick={() => navigate('/customers/new')}
          data-testid="customer-new"
          data-shortcut="new"
        >
          {t('new')}
        </Button>
      </Stack>
      {errors.form && <Alert severity="error">{errors.form}</Alert>}
      <Paper sx={{ p: 1.5 }}>
        <SearchBox
          inputRef={search}
          value={s.q}
          placeholder={t('searchPlaceholder')}
          help={t('searchHelp')}
          testId="customer-search"
          onChange={(q) => set({ q, page: 0 })}
          onKeyDown={onSearchKey}
        />
        <CustomerFilters s={s} set={set} />
      </Paper>
      {emptyDb ? (
        <Paper sx={{ p: 6, textAlign: 'center' }} data-testid="customer-empty">
          <Typography variant="h6">{t('empty')}</Typography>
          <Typography color="text.secondary" sx={{ mt: 1, mb: 3 }}>
            {t('emptyHint')}
          </Typography>
          <Stack direction="row" spacing={2} sx={{ justifyContent: 'center' }}>
            <Button variant="contained" onClick={() => navigate('/customers/new')}>
              {t('new')}
            </Button>
            <Button variant="outlined" onClick={loadSample} data-testid="load-sample">
              {t('loadSample')}
            </Button>
          </Stack>
        </Paper>
      ) : (
        <Paper sx={{ overflow: 'hidden' }}>
          {result.data && rows.length === 0 ? (
            <Typography
              sx={{ p: 4, textAlign: 'center' }}
              color="text.secondary"
              data-testid="customer-no-match"
            >
              {t('noMatch')}
              {s.q.trim() && (
                // no dead end: what was searched for starts the new file
                <Button
                  variant="outlined"
                  sx={{ ml: 2 }}
                  onClick={() => navigate('/customers/new', { state: { prefill: prefillFromSearch(s.q) } })}
                  data-testid="customer-new-from-search"
                >
                  {t('forms:deadEnds.newCustomer', { name: s.q.trim() })}
                </Button>
              )}
            </Typography>
          ) : (
            // the list scrolls inside the window, so the header, filters and pager stay in view;
            // 316 px: the header and filters above the table, the pager and the margin below it
            <Box sx={{ maxHeight: 'calc(100vh - 316px)', minHeight: 200, overflow: 'auto' }}>
              <CustomerTable
                rows={rows}
                s={s}
                active={current}
                onHover={setActive}
                onOpen={(id) => navigate(`/customers/${id}`)}
                onSort={(k) =>
                  set({ sort: k, dir: s.sort === k && s.dir === 'asc' ? 'desc' : 'asc', page: 0 })
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
            sx={{ '& .MuiTablePagination-toolbar': { minHeight: 44 } }}
            onPageChange={(_e, page) => set({ page })}
            onRowsPerPageChange={(e) => set({ pageSize: Number(e.target.value), page: 0 })}
          />
        </Paper>
      )}
      <NoticeSnackbar notice={toast} onClose={() => setToast(null)} />
    </Stack>
  )
}
