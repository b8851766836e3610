import {
  Alert,
  Autocomplete,
  Button,
  DialogActions,
  DialogContent,
  DialogTitle,
  TextField,
} from '@mui/material'
import SwapHorizOutlined from '@mui/icons-material/SwapHorizOutlined'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { GuideView, TripGuideView } from '../../../shared/trips/trip.types'
import { api, unwrap } from '../api/client'
import { useQuery } from '../api/hooks'
import { useFormErrors } from '../components/useFormErrors'
import { GuardedCancel, GuardedDialog } from '../components/GuardedDialog'

/** "换导游" on a guide's row of a trip opened from a case: the role stays, the guide is swapped. */
export function SwapGuideButton({
  g,
  complaintId,
  onDone,
}: {
  g: TripGuideView
  complaintId: number
  onDone: (name: string) => void
}) {
  const { t } = useTranslation('caseWork')
  const { t: tr } = useTranslation()
  const errors = useFormErrors()
  const [open, setOpen] = useState(false)
  const [text, setText] = useState('')
  const [guide, setGuide] = useState<GuideView | null>(null)
  const q = text.trim()
  const found = useQuery(() => api.guides.list({ q }), [q], ['guide'])
  const options = (found.data ?? []).filter((x) => x.active && x.id !== g.guide.id)
  // only a chosen guide is at stake (the search text alone is not worth a question)
  const dirty = guide !== null
  const close = () => {
    setOpen(false)
    setGuide(null)
    setText('')
    errors.clear()
  }
  const save = async () => {
    if (!guide) {
      errors.setFields({ guideId: tr('errors:required') })
      return
    }
    const ok = await errors.capture(() =>
      unwrap(
        api.complaints.changeGuide({
          complaintId,
          assignmentId: g.id,
          fromGuideId: g.guide.id,
          guideId: guide.id,
        }),
      ).then(() => true),
    )
    if (ok) {
      onDone(guide.name)
      close()
    }
  }
  return (
    <>
      <Button
        size="small"
        startIcon={<SwapHorizOutlined />}
        onClick={() => setOpen(true)}
        data-testid={`trip-guide-swap-${g.id}`}
      >
        {t('swap.button')}
      </Button>
      <GuardedDialog
        open={open}
        dirty={dirty}
        onClose={close}
        fullWidth
        maxWidth="xs"
        data-testid="swap-guide-dialog"
      >
        <DialogTitle>{t('swap.title', { name: g.guide.name })}</DialogTitle>
        <DialogContent>
          <Autocomplete
            options={options}
            value={guide}
            onChange={(_e, v) => setGuide(v)}
            inputValue={text}
            onInputChange={(_e, v) => setText(v)}
            getOptionLabel={(o) => o.name}
            isOptionEqualToValue={(a, b) => a.id === b.id}
            filterOptions={(x) => x}
            renderInput={(params) => (
              <TextField
                {...params}
                autoFocus
                margin="dense"
                label={t('swap.to')}
                error={!!errors.fields.guideId}
                helperText={errors.fields.guideId ?? t('swap.hint')}
                slotProps={{
                  ...params.slotProps,
                  htmlInput: { ...params.slotProps.htmlInput, 'data-testid': 'swap-guide-input' },
                }}
              />
            )}
          />
          {errors.form && (
            <Alert severity="error" sx={{ mt: 1 }}>
              {errors.form}
            </Alert>
          )}
        </DialogContent>
        <DialogActions>
          <GuardedCancel>{tr('common:actions.cancel')}</GuardedCancel>
          <Button variant="contained" onClick={() => void save()} data-testid="swap-guide-save">
            {t('swap.save')}
          </Button>
        </DialogActions>
      </GuardedDialog>
    </>
  )
}
