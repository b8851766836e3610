import { Alert, Box, Button, CircularProgress, Stack, TextField, Typography } from '@mui/material'
import Grid from '@mui/material/Grid'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate, useParams } from 'react-router'
import { api, ApiFailure, unwrap } from '../api/client'
import { useQuery } from '../api/hooks'
import { useFormErrors } from '../components/useFormErrors'
import { ErrorSummary } from '../components/ErrorSummary'
import { DraftNotices } from '../components/DraftNotices'
import { readDraft, useFormDraft } from '../components/useFormDraft'
import { useUnsavedGuard } from '../components/useUnsavedGuard'
import { useSession } from '../app/session'
import { Section } from '../customers/form/Section'
import { addDays, dayCount, isIsoDate } from './shell/dates'
import { BasicSection } from './form/BasicSection'
import { DatesSection } from './form/DatesSection'
import { DropDaysDialog } from './form/DropDaysDialog'
import { PastTripDialog } from './form/PastTripDialog'
import { today } from '../format/formatters'
import { SizePriceSection } from './form/SizePriceSection'
import { TemplateSection } from './form/TemplateSection'
import type { RouteSummary } from './form/TemplateSection'
import { draftFromTrip, draftToInput, emptyTripDraft, tripMax } from './form/formState'
import type { TripDraft } from './form/formState'

const noCode = Promise.resolve({ ok: true as const, value: { code: '' } })
const noRoutes = Promise.resolve({ ok: true as const, value: [] as RouteSummary[] })

/** Create (`/trips/new`) and edit (`/trips/:id/edit`) a trip's own fields. */
export function TripFormScreen() {
  const { t } = useTranslation('trips')
  const navigate = useNavigate()
  const params = useParams()
  const editId = params.id ? Number(params.id) : null
  const errors = useFormErrors()
  const staffId = useSession().status.staff?.id
  // typing survives a closed window: a new trip's draft is its first state, an edit's comes back
  // only if the trip has not changed since (the same rule as the customer form)
  const [leftOver] = useState(() =>
    editId ? null : readDraft<{ d: TripDraft; version: number }>(staffId, 'trip:new'),
  )
  const [d, setD] = useState<TripDraft | null>(editId ? null : (leftOver?.value.d ?? emptyTripDraft()))
  const [saved, setSaved] = useState<TripDraft | null>(editId ? null : emptyTripDraft())
  const [version, setVersion] = useState(0)
  const [restoredAt, setRestoredAt] = useState<number | null>(leftOver?.savedAt ?? null)
  const [outdated, setOutdated] = useState(false)
  const dirty = d !== null && saved !== null && JSON.stringify(d) !== JSON.stringify(saved)
  const draft = useFormDraft(editId ? `trip:${editId}` : 'trip:new', d && { d, version }, dirty)
  // discarding also makes the form clean, so a render before it unmounts cannot write the draft back
  const guard = useUnsavedGuard(dirty, () => {
    draft.clear()
    setSaved(d)
  })
  const [busy, setBusy] = useState(false)
  const [drop, setDrop] = useState<{ from: number; days: string } | null>(null)
  const [askPast, setAskPast] = useState(false)

  useEffect(() => {
    if (!editId) return
    void errors.capture(async () => {
      const trip = await unwrap(api.trips.get({ id: editId }))
      const left = draft.load()
      const stored = left && left.value.version === trip.version ? left : null
      if (left && !stored) {
        draft.clear()
        setOutdated(true)
      }
      setSaved(draftFromTrip(trip))
      setD(stored?.value.d ?? draftFromTrip(trip))
      setRestoredAt(stored?.savedAt ?? null)
      setVersion(trip.version)
    })
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [editId])

  const depart = d?.departDate ?? ''
  const wantCode = !editId && !!d && !d.code.trim() && isIsoDate(depart)
  const suggestion = useQuery(
    () => (wantCode ? api.trips.suggestCode({ departDate: depart }) : noCode),
    [wantCode, depart],
    ['trip', 'settings'],
  )
  const routes = useQuery(() => (editId ? noRoutes : api.routes.list({})), [editId], ['route'])

  if (!d) {
    return errors.form ? <Alert severity="error">{errors.form}</Alert> : <CircularProgress />
  }
  // Editing a field clears its message from the last save; the dates clear each other's.
  const set = (p: Partial<TripDraft>) => {
    setD({ ...d, ...p })
    const touched = Object.keys(p).flatMap((k) =>
      k === 'prices' ? Object.keys(p.prices ?? {}).map((x) => `prices.${x}`) : [k],
    )
    if (p.departDate !== undefined || p.returnDate !== undefined) touched.push('departDate', 'returnDate')
    if (p.minSize !== undefined || p.capacity !== undefined) touched.push('minSize', 'capacity')
    if (touched.some((k) => errors.fields[k])) {
      errors.setFields((f) => Object.fromEntries(Object.entries(f).filter(([k]) => !touched.includes(k))))
    }
  }
  const template = routes.data?.find((r) => r.id === d.fromRouteId) ?? null
  const suggestedCode = wantCode && suggestion.data?.code ? suggestion.data.code : null

  // A template fixes the length; otherwise moving the departure keeps the trip's length.
  const onDepart = (date: string) => {
    const len = template ? template.dayCount : dayCount(d.departDate, d.returnDate)
    const ret = len && isIsoDate(date) ? addDays(date, len - 1) : d.returnDate
    set({ departDate: date, returnDate: ret })
  }
  const onTemplate = (r: RouteSummary | null) => {
    if (!r) return set({ fromRouteId: null })
    set({
      fromRouteId: r.id,
      routeName: r.name,
      destination: r.destination,
      kind: r.kind,
      returnDate: isIsoDate(d.departDate) ? addDays(d.departDate, r.dayCount - 1) : d.returnDate,
    })
  }

  const back = () => navigate(editId ? `/trips/${editId}` : '/trips')
  // saved: nothing left to ask about, and no draft left behind
  const leave = (id: number) => {
    setSaved(d)
    guard.release()
    draft.clear()
    navigate(`/trips/${id}`, { replace: true })
  }

  const save = async (dropDays = false, pastOk = false) => {
    // a new trip dated before today is asked about first (late entry of a trip that left, or a typo)
    if (!editId && !pastOk && isIsoDate(d.departDate) && d.departDate < today()) {
      setAskPast(true)
      return
    }
    setBusy(true)
    errors.clear()
    try {
      const input = draftToInput(d)
      if (editId) {
        const { fromRouteId: _r, ...fields } = input
        await unwrap(api.trips.update({ ...fields, id: editId, version, dropDays }))
        leave(editId)
      } else {
        const { id } = await unwrap(api.trips.create(input))
        leave(id)
      }
    } catch (e) {
      if (
        e instanceof ApiFailure &&
        e.error.code === 'CONFLICT' &&
        e.error.msg.key === 'errors.daysWouldDrop'
      ) {
        // main names the days that have plans; everything after the new last day goes
        setDrop({
          from: (dayCount(d.departDate, d.returnDate) ?? 0) + 1,
          days: String(e.error.msg.params?.days ?? ''),
        })
      } else {
        errors.show(e)
      }
    } finally {
      setBusy(false)
    }
  }

  const props = { d, set, err: errors.fieldProps }
  const actions = (testId?: string) => (
    <>
      <Button onClick={back} data-testid={testId ? 'trip-cancel' : undefined}>
        {t('common:actions.cancel')}
      </Button>
      <Button type="submit" variant="contained" disabled={busy} data-testid={testId}>
        {editId ? t('common:actions.save') : t('form.create')}
      </Button>
    </>
  )

  return (
    <Box
      component="form"
      noValidate
      onSubmit={(e) => (e.preventDefault(), void save())}
      sx={{ maxWidth: 1100 }}
    >
      <Stack direction="row" sx={{ alignItems: 'center', mb: 2, gap: 2 }}>
        <Typography variant="h5" component="h1" sx={{ fontWeight: 700, flexGrow: 1 }}>
          {editId ? t('form.editTitle', { code: d.code }) : t('form.newTitle')}
        </Typography>
        {actions('trip-save')}
      </Stack>
      <DraftNotices
        restoredAt={dirty ? restoredAt : null}
        outdated={outdated}
        onDiscard={() => {
          draft.clear()
          setD(saved)
          setRestoredAt(null)
        }}
        onDismissOutdated={() => setOutdated(false)}
      />
      <ErrorSummary form={errors.form} fields={errors.fields} />
      <Stack spacing={2}>
        {!editId && (
          <TemplateSection routes={routes.data ?? []} value={d.fromRouteId} onChange={onTemplate} />
        )}
        <BasicSection {...props} suggestedCode={suggestedCode} editing={!!editId} />
        <DatesSection {...props} onDepart={onDepart} />
        <SizePriceSection {...props} />
        <Section title={t('fields.notes')}>
          <Grid size={12}>
            <TextField
              multiline
              minRows={3}
              aria-label={t('fields.notes')}
              placeholder={t('form.notesPlaceholder')}
              value={d.notes}
              onChange={(e) => set({ notes: e.target.value })}
              {...errors.fieldProps('notes')}
              slotProps={{ htmlInput: { 'data-testid': 'trip-field-notes', maxLength: tripMax('notes') } }}
            />
          </Grid>
        </Section>
      </Stack>
      <Stack direction="row" spacing={2} sx={{ justifyContent: 'flex-end', mt: 2 }}>
        {actions()}
      </Stack>
      {guard.dialog}
      {askPast && (
        <PastTripDialog
          departDate={d.departDate}
          onCancel={() => setAskPast(false)}
          onConfirm={() => {
            setAskPast(false)
            void save(false, true)
          }}
        />
      )}
      {drop && (
        <DropDaysDialog
          fromDay={drop.from}
          daysWithPlans={drop.days}
          onCancel={() => setDrop(null)}
          onConfirm={() => {
            setDrop(null)
            void save(true)
          }}
        />
      )}
    </Box>
  )
}
