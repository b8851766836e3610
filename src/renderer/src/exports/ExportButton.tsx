import {
  Alert,
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  FormControl,
  FormControlLabel,
  FormLabel,
  Radio,
  RadioGroup,
  Stack,
} from '@mui/material'
import FileDownloadOutlined from '@mui/icons-material/FileDownloadOutlined'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Envelope } from '../../../shared/api/envelope'
import type { ExportFormat, ExportLanguage, ExportResult } from '../../../shared/exports/exports.api'
import { fullNumberRoles } from '../../../shared/exports/exports.api'
import { unwrap } from '../api/client'
import { useSession } from '../app/session'
import { useFormErrors } from '../components/useFormErrors'
import { NoticeSnackbar } from '../components/NoticeSnackbar'

export interface ExportChoice {
  format: ExportFormat
  lang: ExportLanguage
  fullIdNumbers: boolean
  /** the list chosen among `lists`, when there are several (insurer / ground operator) */
  list: string | null
}

/**
 * One export button for every list: format, which list (when there are several), and — only for
 * roles that may reveal them — full identity numbers, unticked by default and said to be audited.
 * Main writes the file and asks where to save it.
 */
export function ExportButton({
  testId,
  idNumbers = false,
  lists,
  note,
  onExport,
}: {
  testId: string
  /** whether the list holds identity numbers (the full-number choice is offered) */
  idNumbers?: boolean
  lists?: { value: string; label: string }[]
  /** what the user should know before exporting this list (e.g. that the export is audited) */
  note?: string
  onExport: (c: ExportChoice) => Promise<Envelope<ExportResult>>
}) {
  const { t, i18n } = useTranslation('exports')
  const { status } = useSession()
  const errors = useFormErrors()
  const [open, setOpen] = useState(false)
  const [busy, setBusy] = useState(false)
  const [format, setFormat] = useState<ExportFormat>('xlsx')
  const [list, setList] = useState<string | null>(lists?.[0]?.value ?? null)
  const [full, setFull] = useState(false)
  const [notice, setNotice] = useState<string | null>(null)
  const mayReveal = !!status.staff && (fullNumberRoles as readonly string[]).includes(status.staff.role)

  const run = async () => {
    setBusy(true)
    const lang: ExportLanguage = i18n.language === 'en' ? 'en' : 'zh-CN'
    const r = await errors.capture(() =>
      unwrap(onExport({ format, lang, fullIdNumbers: mayReveal && idNumbers && full, list })),
    )
    setBusy(false)
    if (!r) return
    setOpen(false)
    setFull(false)
    if (r.done) setNotice(t('done', { count: r.rows }))
  }

  return (
    <>
      <Button
        variant="outlined"
        startIcon={<FileDownloadOutlined />}
        onClick={() => {
          errors.clear()
          setOpen(true)
        }}
        data-testid={testId}
      >
        {t('button')}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} maxWidth="xs" fullWidth>
        <DialogTitle>{t('title')}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            {errors.form && <Alert severity="error">{errors.form}</Alert>}
            {lists && (
              <FormControl>
                <FormLabel>{t('list')}</FormLabel>
                <RadioGroup value={list} onChange={(e) => setList(e.target.value)}>
                  {lists.map((l) => (
                    <FormControlLabel
                      key={l.value}
                      value={l.value}
                      control={<Radio />}
                      label={l.label}
                      data-testid={`export-list-${l.value}`}
                    />
                  ))}
                </RadioGroup>
              </FormControl>
            )}
            <FormControl>
              <FormLabel>{t('format')}</FormLabel>
              <RadioGroup row value={format} onChange={(e) => setFormat(e.target.value as ExportFormat)}>
                <FormControlLabel
                  value="xlsx"
                  control={<Radio />}
                  label={t('xlsx')}
                  data-testid="export-xlsx"
                />
                <FormControlLabel value="csv" control={<Radio />} label={t('csv')} data-testid="export-csv" />
              </RadioGroup>
            </FormControl>
            {idNumbers &&
              (mayReveal ? (
                <FormControlLabel
                  control={
                    <Checkbox
                      checked={full}
                      onChange={(e) => setFull(e.target.checked)}
                      data-testid="export-full"
                    />
                  }
                  label={t('full')}
                />
              ) : (
                <Alert severity="info">{t('masked')}</Alert>
              ))}
            {full && <Alert severity="warning">{t('fullWarning')}</Alert>}
            {note && <Alert severity="info">{note}</Alert>}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setOpen(false)}>{t('cancel')}</Button>
          <Button variant="contained" onClick={run} disabled={busy} data-testid="export-run">
            {t('run')}
          </Button>
        </DialogActions>
      </Dialog>
      <NoticeSnackbar notice={notice} onClose={() => setNotice(null)} testId="export-done" />
    </>
  )
}
