import {
  Alert,
  Button,
  DialogActions,
  DialogContent,
  DialogTitle,
  MenuItem,
  Stack,
  TextField,
} from '@mui/material'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { moneyRemedies, remedyKinds, remedySchema } from '../../../shared/complaints/complaint.schema'
import type { RemedyKind } from '../../../shared/complaints/complaint.schema'
import type { ComplaintDetail } from '../../../shared/complaints/complaint.types'
import { api, unwrap } from '../api/client'
import { limitsOf } from '../components/limits'
import { useFormErrors } from '../components/useFormErrors'
import { useFormat } from '../format/format'
import { Calculator, factsInput, preview } from './Calculator'
import type { FactsForm } from './Calculator'
import { GuardedCancel, GuardedDialog, useDirty } from '../components/GuardedDialog'

/** Adds a remedy; compensation goes through the calculator, and a different amount needs a reason. */
/** the schema's own text limits: a text longer than main accepts cannot be typed */
const remedyMax = limitsOf(remedySchema)

export function RemedyDialog({
  c,
  tourPrice,
  onClose,
  onDone,
}: {
  c: ComplaintDetail
  /** the group's adult price, as the calculator's first guess at the tour price */
  tourPrice: number | null
  onClose: () => void
  onDone: () => void
}) {
  const { t } = useTranslation('complaints')
  const { t: tc } = useTranslation()
  const fmt = useFormat()
  const errors = useFormErrors()
  const [kind, setKind] = useState<RemedyKind>('compensation')
  const [amount, setAmount] = useState('')
  const [reason, setReason] = useState('')
  const [notes, setNotes] = useState('')
  const [facts, setFacts] = useState<FactsForm>({
    scope: c.trip && c.trip.kind !== 'domestic' ? 'outbound' : 'domestic',
    tourPrice: tourPrice ? String(tourPrice) : '',
    cancelNoticeDays: '',
    transferredWithoutConsent: false,
    missedTransportLoss: '',
    belowGradeDifference: '',
    guideBelowStandardPct: '',
    missedServices: '',
    missedFreeSights: '',
    extraShoppingStops: '',
    forcedShoppingStops: c.cause === 'shopping' ? '1' : '',
    serviceSuspended: false,
  })
  const dirty = useDirty({ kind, amount, reason, notes, facts })
  const money = moneyRemedies.includes(kind)
  const proposedFen = kind === 'compensation' ? preview(facts).totalFen : null
  const amountNum = amount.trim() === '' ? null : Number(amount)
  const overriding = proposedFen !== null && amountNum !== null && Math.round(amountNum * 100) !== proposedFen

  const save = async () => {
    const r = await errors.capture(() =>
      unwrap(
        api.complaints.addRemedy({
          complaintId: c.id,
          kind,
          amount: money ? amountNum : null,
          facts: kind === 'compensation' ? factsInput(facts) : null,
          overrideReason: overriding ? reason || null : null,
          notes: notes || null,
        }),
      ),
    )
    if (r) onDone()
  }

  return (
    <GuardedDialog open dirty={dirty} onClose={onClose} maxWidth="md" fullWidth>
      <DialogTitle>{t('remedy.add')}</DialogTitle>
      <DialogContent dividers>
        <Stack spacing={2}>
          {errors.form && (
            <Alert severity="error" data-testid="remedy-error">
              {errors.form}
            </Alert>
          )}
          <TextField
            select
            size="small"
            label={t('remedy.kind')}
            value={kind}
            onChange={(e) => setKind(e.target.value as RemedyKind)}
            data-testid="remedy-kind"
          >
            {remedyKinds.map((k) => (
              <MenuItem key={k} value={k}>
                {t(`remedyKind.${k}`)}
              </MenuItem>
            ))}
          </TextField>
          {kind === 'compensation' && <Calculator value={facts} onChange={setFacts} errors={errors.fields} />}
          {money && (
            <TextField
              size="small"
              type="number"
              label={t('remedy.amount')}
              value={amount}
              onChange={(e) => setAmount(e.target.value)}
              {...errors.fieldProps(
                'amount',
                kind === 'compensation' && proposedFen
                  ? `${t('remedy.amountHint')} · ${t('remedy.proposed', { amount: fmt.money(proposedFen / 100) })}`
                  : undefined,
              )}
              slotProps={{ htmlInput: { 'data-testid': 'remedy-amount', min: 0 } }}
            />
          )}
          {overriding && (
            <TextField
              size="small"
              required
              label={t('remedy.override')}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              {...errors.fieldProps('overrideReason', t('remedy.overrideHint'))}
              slotProps={{
                htmlInput: { 'data-testid': 'remedy-override', maxLength: remedyMax('overrideReason') },
              }}
            />
          )}
          <TextField
            size="small"
            label={t('remedy.notes')}
            value={notes}
            onChange={(e) => setNotes(e.target.value)}
            {...errors.fieldProps('notes')}
            slotProps={{ htmlInput: { 'data-testid': 'remedy-notes', maxLength: remedyMax('notes') } }}
          />
        </Stack>
      </DialogContent>
      <DialogActions>
        <GuardedCancel>{tc('actions.cancel')}</GuardedCancel>
        <Button variant="contained" onClick={() => void save()} data-testid="remedy-save">
          {t('remedy.save')}
        </Button>
      </DialogActions>
    </GuardedDialog>
  )
}
