import {
  Alert,
  Button,
  Checkbox,
  DialogActions,
  DialogContent,
  DialogTitle,
  FormControlLabel,
  FormGroup,
  FormLabel,
  MenuItem,
  Stack,
  TextField,
} from '@mui/material'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { closeSchema, correctiveActions } from '../../../shared/complaints/complaint.schema'
import type { CorrectiveAction } from '../../../shared/complaints/complaint.schema'
import type { ComplaintDetail } from '../../../shared/complaints/complaint.types'
import { api, unwrap } from '../api/client'
import { limitsOf } from '../components/limits'
import { useFormErrors } from '../components/useFormErrors'
import { GuardedCancel, GuardedDialog, useDirty } from '../components/GuardedDialog'

/** Closing a case: what the agency learned and what it changes (a manager's decision). */
/** the schema's own text limits: a text longer than main accepts cannot be typed */
const closeMax = limitsOf(closeSchema)

export function CloseDialog({
  c,
  onClose,
  onDone,
}: {
  c: ComplaintDetail
  onClose: () => void
  onDone: () => void
}) {
  const { t } = useTranslation('complaints')
  const { t: tc } = useTranslation()
  const errors = useFormErrors()
  const [lessons, setLessons] = useState('')
  const [actions, setActions] = useState<CorrectiveAction[]>([])
  const [satisfied, setSatisfied] = useState<'yes' | 'no' | ''>('')
  // a manager's typed reasons are not dropped by Escape or a click beside the dialog
  const dirty = useDirty({ lessons, actions, satisfied })
  const save = async () => {
    const r = await errors.capture(() =>
      unwrap(
        api.complaints.close({
          id: c.id,
          version: c.version,
          lessons,
          correctiveActions: actions,
          customerSatisfied: satisfied === '' ? null : satisfied === 'yes',
        }),
      ),
    )
    if (r) onDone()
  }
  return (
    <GuardedDialog open dirty={dirty} onClose={onClose} maxWidth="sm" fullWidth>
      <DialogTitle>{t('close.title', { caseNo: c.caseNo })}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          {errors.form && (
            <Alert severity="error" data-testid="complaint-close-error">
              {errors.form}
            </Alert>
          )}
          <TextField
            label={t('close.lessons')}
            value={lessons}
            onChange={(e) => setLessons(e.target.value)}
            multiline
            minRows={3}
            required
            {...errors.fieldProps('lessons')}
            slotProps={{
              htmlInput: { 'data-testid': 'complaint-close-lessons', maxLength: closeMax('lessons') },
            }}
          />
          <FormGroup>
            <FormLabel>{t('close.actions')}</FormLabel>
            {correctiveActions.map((a) => (
              <FormControlLabel
                key={a}
                label={t(`corrective.${a}`)}
                control={
                  <Checkbox
                    checked={actions.includes(a)}
                    onChange={() => setActions((l) => (l.includes(a) ? l.filter((x) => x !== a) : [...l, a]))}
                    data-testid={`complaint-close-action-${a}`}
                  />
                }
              />
            ))}
          </FormGroup>
          <TextField
            select
            size="small"
            label={t('close.satisfied')}
            value={satisfied}
            onChange={(e) => setSatisfied(e.target.value as 'yes' | 'no' | '')}
            data-testid="complaint-close-satisfied"
          >
            <MenuItem value="">{t('page.satisfiedUnknown')}</MenuItem>
            <MenuItem value="yes">{t('page.satisfiedYes')}</MenuItem>
            <MenuItem value="no">{t('page.satisfiedNo')}</MenuItem>
          </TextField>
        </Stack>
      </DialogContent>
      <DialogActions>
        <GuardedCancel>{tc('actions.cancel')}</GuardedCancel>
        <Button variant="contained" onClick={() => void save()} data-testid="complaint-close-save">
          {t('close.save')}
        </Button>
      </DialogActions>
    </GuardedDialog>
  )
}
