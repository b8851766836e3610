import { Alert, Box, Button, Paper, Stack, Typography } from '@mui/material'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { Query } from '../api/hooks'
import { msgText } from '../components/useFormErrors'
import { NoticeSnackbar } from '../components/NoticeSnackbar'
import { ScreenHeader } from '../staff/ScreenHeader'

/**
 * The page around a guide or supplier list: header with the add button, load error with retry,
 * toolbar, first-run empty state, "no match", the table, its count and the saved toast.
 * `prefix` names the data-testids (`guide-…`), `ns` the translation keys (`guides.…`).
 */
export function ResourceListFrame({
  prefix,
  ns,
  addIcon,
  onAdd,
  list,
  toolbar,
  showEmpty,
  tableMaxHeight,
  table,
  notice,
  onNoticeClose,
  importButton,
  exportButton,
  children,
}: {
  prefix: 'guide' | 'supplier'
  ns: 'guides' | 'suppliers'
  addIcon: ReactNode
  onAdd: () => void
  list: Query<unknown[]>
  toolbar: ReactNode
  showEmpty: boolean
  tableMaxHeight: string
  table: ReactNode
  notice: string | null
  onNoticeClose: () => void
  /** the list's export, beside the add button */
  importButton?: ReactNode
  exportButton?: ReactNode
  children?: ReactNode
}) {
  const { t } = useTranslation('resources')
  const count = list.data?.length ?? 0

  return (
    <Box sx={{ maxWidth: 1400 }}>
      <ScreenHeader
        title={t(`${ns}.title`)}
        intro={t(`${ns}.intro`)}
        action={
          <Stack direction="row" sx={{ gap: 1 }}>
            {importButton}
            {exportButton}
            <Button
              variant="contained"
              startIcon={addIcon}
              onClick={onAdd}
              data-testid={`${prefix}-add`}
              data-shortcut="new"
            >
              {t(`${ns}.add`)}
            </Button>
          </Stack>
        }
      />
      {list.error && (
        <Alert
          severity="error"
          sx={{ mb: 2 }}
          action={
            <Button color="inherit" size="small" onClick={list.reload}>
              {t('common:actions.retry')}
            </Button>
          }
        >
          {t('shared.loadFailed')} · {msgText(t, list.error.error.msg)}
        </Alert>
      )}
      {toolbar}
      {showEmpty ? (
        <Paper sx={{ p: 6, textAlign: 'center' }} data-testid={`${prefix}-empty`}>
          <Typography variant="h6">{t(`${ns}.empty`)}</Typography>
          <Typography color="text.secondary" sx={{ mt: 1, mb: 3 }}>
            {t(`${ns}.emptyHint`)}
          </Typography>
          <Button variant="contained" onClick={onAdd}>
            {t(`${ns}.add`)}
          </Button>
        </Paper>
      ) : (
        <Paper sx={{ overflow: 'hidden' }}>
          {list.data && count === 0 ? (
            <Typography
              sx={{ p: 4, textAlign: 'center' }}
              color="text.secondary"
              data-testid={`${prefix}-no-match`}
            >
              {t('shared.noMatch')}
            </Typography>
          ) : (
            <Box sx={{ maxHeight: tableMaxHeight, overflow: 'auto' }}>{table}</Box>
          )}
        </Paper>
      )}
      {list.data && count > 0 && (
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1.5 }} data-testid={`${prefix}-count`}>
          {t(`${ns}.count`, { count })}
        </Typography>
      )}

      {children}
      <NoticeSnackbar notice={notice} onClose={onNoticeClose} testId={`${prefix}-notice`} />
    </Box>
  )
}
