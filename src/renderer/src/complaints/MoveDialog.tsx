import {
  Alert,
  Autocomplete,
  Button,
  DialogActions,
  DialogContent,
  DialogTitle,
  Stack,
  TextField,
} from '@mui/material'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ComplaintDetail } from '../../../shared/complaints/complaint.types'
import type { ComplaintStatus } from '../../../shared/complaints/status'
import { setStatusSchema } from '../../../shared/complaints/complaint.schema'
import { api, unwrap } from '../api/client'
import { useQuery } from '../api/hooks'
import { limitsOf } from '../components/limits'
import { useFormErrors } from '../components/useFormErrors'
import { GuardedCancel, GuardedDialog, useDirty } from '../components/GuardedDialog'

/** One status move, asking for the reason (不予受理) or the original case (重复) where needed. */
/** the schema's own text limits: a text longer than main accepts cannot be typed */
const moveMax = limitsOf(setStatusSchema)

export function MoveDialog({
  c,
  to,
  onClose,
  onDone,
}: {
  c: ComplaintDetail
  to: ComplaintStatus
  onClose: () => void
  onDone: () => void
}) {
  const { t } = useTranslation('complaints')
  const { t: tc } = useTranslation()
  const errors = useFormErrors()
  const [note, setNote] = useState('')
  const [original, setOriginal] = useState<{ id: number; caseNo: string } | null>(null)
  // a duplicate usually repeats a case of the same group; otherwise one of the recent cases
  const others = useQuery(
    () =>
      to === 'duplicate'
        ? api.complaints.list({ tripId: c.trip?.id ?? null, pageSize: 100 })
        : Promise.resolve({ ok: true as const, value: { total: 0, rows: [] } }),
    [to, c.trip?.id],
  )
  const options = (others.data?.rows ?? [])
    .filter((r) => r.id !== c.id)
    .map((r) => ({ id: r.id, caseNo: r.caseNo }))
  // a manager's typed reasons are not dropped by Escape or a click beside the dialog
  const dirty = useDirty({ note, original })
  const save = async () => {
    const r = await errors.capture(() =>
      unwrap(
        api.complaints.setStatus({
          id: c.id,
          version: c.version,
          status: to,
          note: note || null,
          duplicateOfId: original?.id ?? null,
        }),
      ),
    )
    if (r) onDone()
  }
  return (
    <GuardedDialog open dirty={dirty} onClose={onClose} maxWidth="sm" fullWidth>
      <DialogTitle>{t('move.title', { status: t(`status.${to}`) })}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          {errors.form && (
            <Alert severity="error" data-testid="complaint-move-error">
              {errors.form}
            </Alert>
          )}
          {to === 'duplicate' && (
            <Autocomplete
              options={options}
              value={original}
              getOptionLabel={(o) => o.caseNo}
              isOptionEqualToValue={(a, b) => a.id === b.id}
              onChange={(_e, v) => setOriginal(v)}
              renderInput={(p) => (
                <TextField
                  {...p}
                  size="small"
                  label={t('move.duplicateOf')}
                  {...errors.fieldProps('duplicateOfId')}
                />
              )}
            />
          )}
          <TextField
            label={t('move.note')}
            value={note}
            onChange={(e) => setNote(e.target.value)}
            multiline
            minRows={2}
            required={to === 'rejected'}
            {...errors.fieldProps('note', to === 'rejected' ? t('move.noteRequired') : undefined)}
            slotProps={{ htmlInput: { 'data-testid': 'complaint-move-note', maxLength: moveMax('note') } }}
          />
        </Stack>
      </DialogContent>
      <DialogActions>
        <GuardedCancel>{tc('actions.cancel')}</GuardedCancel>
        <Button variant="contained" onClick={() => void save()} data-testid="complaint-move-confirm">
          {t('move.confirm')}
        </Button>
      </DialogActions>
    </GuardedDialog>
  )
}
