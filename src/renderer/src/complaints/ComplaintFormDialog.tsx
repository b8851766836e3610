import {
  Button,
  DialogActions,
  DialogContent,
  DialogTitle,
  Grid,
  MenuItem,
  Stack,
  TextField,
} from '@mui/material'
import { useState } from 'react'
import { flushSync } from 'react-dom'
import { useTranslation } from 'react-i18next'
import {
  complaintCauses,
  complaintChannels,
  complaintFieldsSchema,
  severities,
} from '../../../shared/complaints/complaint.schema'
import type { ComplaintCause, ComplaintChannel, Severity } from '../../../shared/complaints/complaint.schema'
import type { TripDetail } from '../../../shared/trips/trip.types'
import { api, unwrap } from '../api/client'
import { useQuery } from '../api/hooks'
import { useFormErrors } from '../components/useFormErrors'
import { SubjectPicker } from '../reminders/SubjectPicker'
import type { PickedSubject } from '../reminders/SubjectPicker'
import { InvolvedPicker } from './InvolvedPicker'
import type { Person } from './PersonFields'
import { ComplainantsSection } from './ComplainantsSection'
import type { FileRef } from './ComplainantsSection'
import { GuardedCancel, GuardedDialog, useDirty } from '../components/GuardedDialog'
import { ErrorSummary } from '../components/ErrorSummary'
import { limitsOf } from '../components/limits'

/** The longest text each field takes, read from the schema main checks with. */
const complaintMax = limitsOf(complaintFieldsSchema)

/**
 * Records a complaint: from the list, from a trip page (the group given, its travellers, guides and
 * suppliers offered) or from a customer profile (the customer given as complainant). Complainants
 * are customer files found by the usual search, travellers of the group, or people without a file.
 */
export function ComplaintFormDialog({
  trip: givenTrip,
  customer,
  onClose,
  onCreated,
}: {
  trip?: TripDetail
  customer?: { id: number; name: string }
  onClose: () => void
  onCreated: (id: number, caseNo: string) => void
}) {
  const { t } = useTranslation('complaints')
  const { t: tc } = useTranslation()
  const errors = useFormErrors()
  const [channel, setChannel] = useState<ComplaintChannel>('counter')
  const [cause, setCause] = useState<ComplaintCause>('guide_service')
  const [severity, setSeverity] = useState<Severity>('medium')
  const [picked, setPicked] = useState<PickedSubject | null>(
    givenTrip ? { id: givenTrip.id, label: givenTrip.code, detail: givenTrip.routeName } : null,
  )
  const [files, setFiles] = useState<FileRef[]>(customer ? [customer] : [])
  const [people, setPeople] = useState<Person[]>([])
  const [guideIds, setGuideIds] = useState<number[]>([])
  const [supplierIds, setSupplierIds] = useState<number[]>([])
  const [text, setText] = useState({
    contractNo: '',
    eventAt: '',
    eventPlace: '',
    whatHappened: '',
    request: '',
  })
  const [busy, setBusy] = useState(false)
  const [saved, setSaved] = useState(false)
  const dirty = useDirty({
    channel,
    cause,
    severity,
    picked: picked?.id,
    files,
    people,
    guideIds,
    supplierIds,
    text,
  })
  const loaded = useQuery(
    () =>
      picked && picked.id !== givenTrip?.id
        ? api.trips.get({ id: picked.id })
        : Promise.resolve({ ok: true as const, value: givenTrip ?? null }),
    [picked?.id],
  )
  const trip = picked ? (loaded.data?.id === picked.id ? loaded.data : null) : null
  const tf = (k: keyof typeof text, multiline = false) => ({
    label: t(`form.${k}`),
    value: text[k],
    onChange: (e: { target: { value: string } }) => setText((s) => ({ ...s, [k]: e.target.value })),
    fullWidth: true,
    size: 'small' as const,
    multiline,
    minRows: multiline ? 3 : undefined,
    ...errors.fieldProps(k),
    slotProps: { htmlInput: { 'data-testid': `complaint-form-${k}`, maxLength: complaintMax(k) } },
  })

  const save = async () => {
    setBusy(true)
    const r = await errors.capture(() =>
      unwrap(
        api.complaints.create({
          channel,
          cause,
          severity,
          tripId: trip?.id ?? null,
          contractNo: text.contractNo || null,
          eventAt: text.eventAt || null,
          eventPlace: text.eventPlace || null,
          whatHappened: text.whatHappened,
          request: text.request || null,
          complainants: [
            ...files.map((f) => ({ customerId: f.id })),
            ...people.map((p) => ({
              ...p,
              nationality: p.nationality || null,
              address: p.address || null,
              postcode: p.postcode || null,
              phone: p.phone || null,
            })),
          ],
          guideIds: trip ? guideIds : [],
          supplierIds: trip ? supplierIds : [],
        }),
      ),
    )
    setBusy(false)
    if (!r) return
    // saved: nothing is at stake any more, and the guard must be gone before the case page opens
    flushSync(() => setSaved(true))
    onCreated(r.id, r.caseNo)
  }

  const select = <T extends string>(
    label: string,
    value: T,
    values: readonly T[],
    ns: string,
    set: (v: T) => void,
    id: string,
  ) => (
    <TextField
      select
      size="small"
      fullWidth
      label={label}
      value={value}
      onChange={(e) => set(e.target.value as T)}
      data-testid={`complaint-form-${id}`}
    >
      {values.map((v) => (
        <MenuItem key={v} value={v}>
          {t(`${ns}.${v}`)}
        </MenuItem>
      ))}
    </TextField>
  )

  return (
    <GuardedDialog open dirty={dirty && !saved} busy={busy} onClose={onClose} maxWidth="md" fullWidth>
      <DialogTitle>{t('form.title')}</DialogTitle>
      <DialogContent dividers>
        <Stack spacing={2}>
          <ErrorSummary form={errors.form} fields={errors.fields} testId="complaint-form-error" />
          <Grid container spacing={2}>
            <Grid size={{ xs: 12, sm: 4 }}>
              {select(t('form.channel'), channel, complaintChannels, 'channel', setChannel, 'channel')}
            </Grid>
            <Grid size={{ xs: 12, sm: 4 }}>
              {select(t('form.cause'), cause, complaintCauses, 'cause', setCause, 'cause')}
            </Grid>
            <Grid size={{ xs: 12, sm: 4 }}>
              {select(t('form.severity'), severity, severities, 'severity', setSeverity, 'severity')}
            </Grid>
            <Grid size={{ xs: 12, sm: 6 }}>
              {givenTrip ? (
                <TextField
                  size="small"
                  fullWidth
                  label={t('form.trip')}
                  value={`${givenTrip.code} ${givenTrip.routeName}`}
                  disabled
                />
              ) : (
                <SubjectPicker kind="trip" value={picked} onChange={setPicked} testId="complaint-form-trip" />
              )}
            </Grid>
            <Grid size={{ xs: 12, sm: 6 }}>
              <TextField {...tf('contractNo')} />
            </Grid>
            <Grid size={{ xs: 12, sm: 6 }}>
              <TextField
                {...tf('eventAt')}
                type="datetime-local"
                slotProps={{
                  inputLabel: { shrink: true },
                  htmlInput: { 'data-testid': 'complaint-form-eventAt' },
                }}
              />
            </Grid>
            <Grid size={{ xs: 12, sm: 6 }}>
              <TextField {...tf('eventPlace')} />
            </Grid>
            <Grid size={12}>
              <TextField {...tf('whatHappened', true)} required />
            </Grid>
            <Grid size={12}>
              <TextField {...tf('request', true)} />
            </Grid>
          </Grid>

          <ComplainantsSection
            trip={trip}
            files={files}
            setFiles={setFiles}
            people={people}
            setPeople={setPeople}
            errors={errors.fields}
          />

          <InvolvedPicker
            trip={trip}
            guideIds={guideIds}
            supplierIds={supplierIds}
            onGuides={setGuideIds}
            onSuppliers={setSupplierIds}
          />
        </Stack>
      </DialogContent>
      <DialogActions>
        <GuardedCancel>{tc('actions.cancel')}</GuardedCancel>
        <Button
          variant="contained"
          disabled={busy}
          onClick={() => void save()}
          data-testid="complaint-form-save"
        >
          {t('form.save')}
        </Button>
      </DialogActions>
    </GuardedDialog>
  )
}
