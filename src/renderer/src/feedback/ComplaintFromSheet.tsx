import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, TextField } from '@mui/material'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link as RouterLink } from 'react-router'
import type { SheetRow } from '../../../shared/feedback/feedback.types'
import { api, unwrap } from '../api/client'
import { useFormErrors } from '../components/useFormErrors'
import { useFeedbackLabels } from './labels'

/**
 * The offer to turn a sheet into a complaint: main records it (channel "from a feedback form") with
 * the traveller, the trip and its guides; the text is prefilled from the sheet and can be edited.
 */
export function ComplaintFromSheet({ sheet, onClose }: { sheet: SheetRow; onClose: () => void }) {
  const { t } = useTranslation('feedback')
  const { t: tc } = useTranslation()
  const labels = useFeedbackLabels()
  const errors = useFormErrors()
  const items = [...sheet.problems.map(labels.shortItem), ...sheet.low.map(labels.item)]
  const [text, setText] = useState(
    t('complaint.prefill', { code: sheet.code, items: items.join(tc('listSeparator')) }),
  )
  const [made, setMade] = useState<{ id: number; caseNo: string } | null>(null)

  const create = async () => {
    const r = await errors.capture(() =>
      unwrap(api.feedback.openComplaint({ id: sheet.id, whatHappened: text })),
    )
    if (r) setMade(r)
  }

  return (
    <Dialog open onClose={onClose} maxWidth="sm" fullWidth data-testid="complaint-from-sheet">
      <DialogTitle>{t('complaint.title')}</DialogTitle>
      <DialogContent>
        {made ? (
          <Alert severity="success" data-testid="complaint-made">
            {t('complaint.made', { caseNo: made.caseNo })}
          </Alert>
        ) : (
          <TextField
            label={t('complaint.text')}
            value={text}
            onChange={(e) => setText(e.target.value)}
            fullWidth
            multiline
            minRows={3}
            sx={{ mt: 1 }}
            error={!!errors.fields.whatHappened}
            helperText={errors.fields.whatHappened}
            slotProps={{ htmlInput: { 'data-testid': 'complaint-text', maxLength: 4000 } }}
          />
        )}
        {errors.form && !errors.fields.whatHappened && (
          <Alert severity="error" sx={{ mt: 2 }}>
            {errors.form}
          </Alert>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('entry.close')}</Button>
        {made ? (
          <Button
            variant="contained"
            component={RouterLink}
            to={`/complaints/${made.id}`}
            data-testid="complaint-open"
          >
            {t('complaint.open')}
          </Button>
        ) : (
          <Button variant="contained" onClick={() => void create()} data-testid="complaint-create">
            {t('complaint.create')}
          </Button>
        )}
      </DialogActions>
    </Dialog>
  )
}
