import {
  Alert,
  Box,
  Button,
  Checkbox,
  DialogActions,
  DialogContent,
  DialogTitle,
  FormControlLabel,
  MenuItem,
  Switch,
  TextField,
  Typography,
} from '@mui/material'
import Grid from '@mui/material/Grid'
import { useState } from 'react'
import type { FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { travellerName } from '../travellerName'
import { participantFieldsSchema, priceTypes } from '../../../../shared/trips/trip.schema'
import type { PriceType } from '../../../../shared/trips/trip.schema'
import type { ParticipantView } from '../../../../shared/trips/trip.types'
import { api, ApiFailure, unwrap } from '../../api/client'
import { limitsOf } from '../../components/limits'
import { useFormErrors } from '../../components/useFormErrors'
import { GuardedCancel, GuardedDialog, useDirty } from '../../components/GuardedDialog'
import { hasNeeds, NeedChips } from './participantParts'
import { blankToNull } from './parts'

type Fields = Omit<ParticipantView, 'id' | 'version' | 'customer'>

const fieldsOf = (p: ParticipantView): Fields => ({
  priceType: p.priceType,
  contractNo: p.contractNo,
  roomNo: p.roomNo,
  roommateId: p.roommateId,
  singleRoom: p.singleRoom,
  bed: p.bed,
  seat: p.seat,
  insuranceNo: p.insuranceNo,
  representative: p.representative,
  notes: p.notes,
})

const save = (p: ParticipantView, f: Partial<Fields>) =>
  unwrap(api.trips.updateParticipant({ ...fieldsOf(p), ...f, id: p.id, version: p.version }))

/**
 * Edit one participant. Choosing a roommate can also set the roommate's side (same room, naming
 * this person back) so the rooming list stays consistent.
 */
const participantMax = limitsOf(participantFieldsSchema)
const fieldOf: Record<string, string> = { contract: 'contractNo', room: 'roomNo', insurance: 'insuranceNo' }

export function ParticipantDialog({
  open,
  participant: p,
  all,
  onClose,
  onSaved,
  onReload,
}: {
  open: boolean
  participant: ParticipantView
  all: ParticipantView[]
  onClose: () => void
  onSaved: () => void
  onReload: () => void
}) {
  const { t } = useTranslation('tripPage')
  const { t: tr } = useTranslation()
  const errors = useFormErrors()
  const [busy, setBusy] = useState(false)
  const [stale, setStale] = useState(false)
  const [d, setD] = useState(() => ({
    ...fieldsOf(p),
    contractNo: p.contractNo ?? '',
    roomNo: p.roomNo ?? '',
    seat: p.seat ?? '',
    insuranceNo: p.insuranceNo ?? '',
    notes: p.notes ?? '',
  }))
  const [sync, setSync] = useState(true)
  const set = (x: Partial<typeof d>) => setD((s) => ({ ...s, ...x }))
  const dirty = useDirty(d)
  const others = all.filter((x) => x.id !== p.id)
  const mate = others.find((x) => x.id === d.roommateId) ?? null
  const mateNeedsSync = !!mate && (mate.roommateId !== p.id || (mate.roomNo ?? '') !== d.roomNo.trim())
  // the input's id → the schema's field: a text longer than main accepts cannot be typed
  const tid = (id: string) => ({
    htmlInput: { 'data-testid': `participant-${id}`, maxLength: participantMax(fieldOf[id] ?? id) },
  })

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    setBusy(true)
    const ok = await errors.capture(async () => {
      try {
        await save(p, {
          ...d,
          contractNo: blankToNull(d.contractNo),
          roomNo: blankToNull(d.roomNo),
          seat: blankToNull(d.seat),
          insuranceNo: blankToNull(d.insuranceNo),
          notes: blankToNull(d.notes),
          singleRoom: d.singleRoom,
        })
        if (sync && mate && mateNeedsSync)
          await save(mate, { roommateId: p.id, roomNo: blankToNull(d.roomNo) })
        const old = others.find((x) => x.id === p.roommateId)
        if (sync && old && old.id !== d.roommateId && old.roommateId === p.id)
          await save(old, { roommateId: null })
      } catch (err) {
        if (err instanceof ApiFailure && err.error.code === 'STALE') setStale(true)
        throw err
      }
      return true
    })
    setBusy(false)
    if (ok) onSaved()
  }

  return (
    <GuardedDialog open={open} dirty={dirty} busy={busy} onClose={onClose} maxWidth="sm" fullWidth>
      <form onSubmit={submit} noValidate data-testid="participant-dialog">
        <DialogTitle>{t('participants.editTitle', { name: travellerName(p.customer, t) })}</DialogTitle>
        <DialogContent>
          {errors.form && (
            <Alert
              severity="error"
              sx={{ mb: 2 }}
              data-testid="participant-error"
              action={
                stale && (
                  <Button color="inherit" size="small" onClick={onReload} data-testid="participant-reload">
                    {t('participants.reload')}
                  </Button>
                )
              }
            >
              {errors.form}
            </Alert>
          )}
          <Box sx={{ mb: 2, display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
            <NeedChips c={p.customer} />
            <Typography variant="caption" color="text.secondary" data-testid="participant-needs-note">
              {hasNeeds(p.customer) ? t('participants.needsFromFile') : t('participants.noNeeds')}
            </Typography>
          </Box>
          <Grid container spacing={2}>
            <Grid size={4}>
              <TextField
                select
                label={t('participants.col.priceType')}
                value={d.priceType}
                onChange={(e) => {
                  const priceType = e.target.value as PriceType
                  set({
                    priceType,
                    bed: priceType === 'child_no_bed' || priceType === 'infant' ? false : d.bed,
                  })
                }}
                {...errors.fieldProps('priceType')}
                slotProps={tid('price-type')}
              >
                {priceTypes.map((x) => (
                  <MenuItem key={x} value={x}>
                    {t(`priceType.${x}`)}
                  </MenuItem>
                ))}
              </TextField>
            </Grid>
            <Grid size={4}>
              <TextField
                label={t('participants.col.contractNo')}
                value={d.contractNo}
                onChange={(e) => set({ contractNo: e.target.value })}
                {...errors.fieldProps('contractNo')}
                slotProps={tid('contract')}
              />
            </Grid>
            <Grid size={4}>
              <TextField
                label={t('participants.col.seat')}
                value={d.seat}
                onChange={(e) => set({ seat: e.target.value })}
                {...errors.fieldProps('seat')}
                slotProps={tid('seat')}
              />
            </Grid>
            <Grid size={4}>
              <TextField
                label={t('participants.col.roomNo')}
                value={d.roomNo}
                onChange={(e) => set({ roomNo: e.target.value })}
                {...errors.fieldProps('roomNo')}
                slotProps={tid('room')}
              />
            </Grid>
            <Grid size={8}>
              <TextField
                select
                label={t('participants.roommate')}
                value={d.roommateId ?? ''}
                onChange={(e) => {
                  const id = e.target.value === '' ? null : Number(e.target.value)
                  const m = others.find((x) => x.id === id)
                  set({ roommateId: id, roomNo: !d.roomNo.trim() && m?.roomNo ? m.roomNo : d.roomNo })
                }}
                {...errors.fieldProps('roommateId')}
                slotProps={{
                  ...tid('roommate'),
                  select: {
                    renderValue: () => (mate ? travellerName(mate.customer, t) : tr('none')),
                    displayEmpty: true,
                  },
                }}
              >
                <MenuItem value="">{tr('none')}</MenuItem>
                {others.map((x) => (
                  <MenuItem key={x.id} value={x.id}>
                    {travellerName(x.customer, t)}
                    <Typography component="span" variant="caption" color="text.secondary" sx={{ ml: 1 }}>
                      {x.roomNo ? t('participants.inRoom', { room: x.roomNo }) : t('participants.noRoom')}
                    </Typography>
                  </MenuItem>
                ))}
              </TextField>
            </Grid>
            {mate && mateNeedsSync && (
              <Grid size={12} sx={{ mt: -1 }}>
                <FormControlLabel
                  control={
                    <Checkbox
                      checked={sync}
                      onChange={(e) => setSync(e.target.checked)}
                      data-testid="participant-sync"
                    />
                  }
                  label={t('participants.syncRoommate', { name: travellerName(mate.customer, t) })}
                />
              </Grid>
            )}
            <Grid size={12} sx={{ display: 'flex', flexWrap: 'wrap', columnGap: 3 }}>
              <FormControlLabel
                control={
                  <Switch
                    checked={d.bed}
                    onChange={(e) => set({ bed: e.target.checked })}
                    data-testid="participant-bed"
                  />
                }
                label={t('participants.bed')}
              />
              <FormControlLabel
                control={
                  <Switch
                    checked={d.singleRoom}
                    onChange={(e) => set({ singleRoom: e.target.checked })}
                    data-testid="participant-single"
                  />
                }
                label={t('participants.singleRoom')}
              />
              <FormControlLabel
                control={
                  <Switch
                    checked={d.representative}
                    onChange={(e) => set({ representative: e.target.checked })}
                    data-testid="participant-representative"
                  />
                }
                label={t('participants.representative')}
              />
            </Grid>
            <Grid size={12}>
              <TextField
                label={t('participants.col.insuranceNo')}
                value={d.insuranceNo}
                onChange={(e) => set({ insuranceNo: e.target.value })}
                {...errors.fieldProps('insuranceNo')}
                slotProps={tid('insurance')}
              />
            </Grid>
            <Grid size={12}>
              <TextField
                multiline
                minRows={2}
                label={t('participants.col.notes')}
                value={d.notes}
                onChange={(e) => set({ notes: e.target.value })}
                {...errors.fieldProps('notes')}
                slotProps={tid('notes')}
              />
            </Grid>
          </Grid>
        </DialogContent>
        <DialogActions sx={{ px: 3, pb: 2 }}>
          <GuardedCancel disabled={busy}>{tr('actions.cancel')}</GuardedCancel>
          <Button type="submit" variant="contained" disabled={busy} data-testid="participant-save">
            {tr('actions.save')}
          </Button>
        </DialogActions>
      </form>
    </GuardedDialog>
  )
}
