import {
  Alert,
  Autocomplete,
  Box,
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  FormControlLabel,
  InputAdornment,
  Stack,
  TextField,
  Typography,
} from '@mui/material'
import PersonAddAltOutlined from '@mui/icons-material/PersonAddAltOutlined'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { RelationKind } from '../../../../shared/customers/customer.schema'
import type { TripDetail } from '../../../../shared/trips/trip.types'
import { api, unwrap } from '../../api/client'
import { useQuery } from '../../api/hooks'
import { msgText, useFormErrors } from '../../components/useFormErrors'

interface Person {
  id: number
  name: string
  mobile: string | null
  age: number | null
}

interface Companion {
  id: number
  name: string
  kind: RelationKind | null
  onTrip: boolean
}

const family: RelationKind[] = ['spouse', 'parent', 'child', 'sibling']

/** Picking a customer offers the family and companions linked in their file, to add in one step. */
function CompanionsDialog({
  open,
  tripId,
  people,
  onClose,
  onAdded,
}: {
  open: boolean
  tripId: number
  people: Companion[]
  onClose: () => void
  onAdded: (count: number) => void
}) {
  const { t } = useTranslation('tripPage')
  const { t: tc } = useTranslation('customers')
  const { t: tr } = useTranslation()
  const errors = useFormErrors()
  const [busy, setBusy] = useState(false)
  // the person picked and their family are ticked; friends and colleagues are offered
  const [picked, setPicked] = useState<Set<number>>(
    () =>
      new Set(
        people.filter((p) => !p.onTrip && (p.kind == null || family.includes(p.kind))).map((p) => p.id),
      ),
  )
  const main = people[0]
  const toggle = (id: number) =>
    setPicked((s) => {
      const n = new Set(s)
      if (n.has(id)) n.delete(id)
      else n.add(id)
      return n
    })

  const add = async () => {
    setBusy(true)
    const ids = people.filter((p) => picked.has(p.id)).map((p) => p.id)
    const ok = await errors.capture(() => unwrap(api.trips.addParticipants({ tripId, customerIds: ids })))
    setBusy(false)
    if (ok) onAdded(ids.length)
  }

  return (
    <Dialog open={open} onClose={busy ? undefined : onClose} maxWidth="xs" fullWidth>
      <DialogTitle>{t('participants.companionsTitle', { name: main?.name ?? '' })}</DialogTitle>
      <DialogContent>
        {errors.form && (
          <Alert severity="error" sx={{ mb: 2 }} data-testid="companions-error">
            {errors.form}
          </Alert>
        )}
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {t('participants.companionsText')}
        </Typography>
        <Stack data-testid="companions-list">
          {people.map((p) => (
            <FormControlLabel
              key={p.id}
              disabled={p.onTrip}
              control={
                <Checkbox
                  checked={p.onTrip || picked.has(p.id)}
                  onChange={() => toggle(p.id)}
                  data-testid={`companion-${p.id}`}
                />
              }
              label={
                <Box component="span">
                  <Box component="span" sx={{ fontWeight: 600 }}>
                    {p.name}
                  </Box>
                  <Typography component="span" variant="body2" color="text.secondary" sx={{ ml: 1 }}>
                    {p.kind ? tc(`relation.${p.kind}`) : t('participants.self')}
                    {p.onTrip && ` · ${t('participants.alreadyOn')}`}
                  </Typography>
                </Box>
              }
            />
          ))}
        </Stack>
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2 }}>
        <Button onClick={onClose} disabled={busy}>
          {tr('actions.cancel')}
        </Button>
        <Button
          variant="contained"
          onClick={add}
          disabled={busy || picked.size === 0}
          data-testid="companions-add"
        >
          {t('participants.addCount', { count: picked.size })}
        </Button>
      </DialogActions>
    </Dialog>
  )
}

/** Instant pinyin search over the customer files; the pick (and companions) join the trip. */
export function AddParticipants({
  trip,
  onAdded,
  onError,
}: {
  trip: TripDetail
  onAdded: (count: number) => void
  onError: (text: string) => void
}) {
  const { t } = useTranslation('tripPage')
  const { t: tr } = useTranslation()
  const [text, setText] = useState('')
  const [dialog, setDialog] = useState<{ open: boolean; n: number; people: Companion[] }>({
    open: false,
    n: 0,
    people: [],
  })
  const q = text.trim()
  const found = useQuery(
    () =>
      q
        ? api.customers.lookup({ q, limit: 10 })
        : Promise.resolve({ ok: true as const, value: [] as Person[] }),
    [q],
  )
  const onTrip = new Set(trip.participants.map((p) => p.customer.id))

  const pick = async (p: Person | null) => {
    if (!p) return
    setText('')
    const profile = await api.customers.get({ id: p.id })
    const relations = profile.ok ? profile.value.relations : []
    if (relations.length === 0) {
      const r = await api.trips.addParticipants({ tripId: trip.id, customerIds: [p.id] })
      if (r.ok) onAdded(1)
      else onError(msgText(tr, r.error.msg))
      return
    }
    const people: Companion[] = [
      { id: p.id, name: p.name, kind: null, onTrip: false },
      ...relations.map((r) => ({
        id: r.other.id,
        name: r.other.name,
        kind: r.kind,
        onTrip: onTrip.has(r.other.id),
      })),
    ]
    setDialog((s) => ({ open: true, n: s.n + 1, people }))
  }

  return (
    <>
      <Autocomplete<Person>
        sx={{ width: 360 }}
        options={found.data ?? []}
        value={null}
        onChange={(_e, v) => void pick(v)}
        inputValue={text}
        onInputChange={(_e, v, reason) => reason !== 'reset' && setText(v)}
        filterOptions={(x) => x}
        getOptionLabel={(o) => o.name}
        getOptionDisabled={(o) => onTrip.has(o.id)}
        isOptionEqualToValue={(a, b) => a.id === b.id}
        loading={found.loading && !!q}
        noOptionsText={q ? t('participants.noMatch') : t('participants.typeToSearch')}
        loadingText={tr('loading')}
        renderOption={({ key, ...props }, o) => (
          <Box component="li" key={key} {...props} data-testid={`participant-option-${o.id}`}>
            <Box>
              <Typography variant="body2" sx={{ fontWeight: 600 }}>
                {o.name}
                {onTrip.has(o.id) && (
                  <Typography component="span" variant="caption" sx={{ ml: 1 }}>
                    {t('participants.alreadyOn')}
                  </Typography>
                )}
              </Typography>
              <Typography variant="caption" color="text.secondary">
                {[o.age != null ? tr('customers:age', { age: o.age }) : null, o.mobile]
                  .filter(Boolean)
                  .join(' · ')}
              </Typography>
            </Box>
          </Box>
        )}
        renderInput={(params) => (
          <TextField
            {...params}
            placeholder={t('participants.searchPlaceholder')}
            slotProps={{
              ...params.slotProps,
              input: {
                ...params.slotProps.input,
                startAdornment: (
                  <InputAdornment position="start">
                    <PersonAddAltOutlined fontSize="small" />
                  </InputAdornment>
                ),
              },
              htmlInput: { ...params.slotProps.htmlInput, 'data-testid': 'participant-search' },
            }}
          />
        )}
      />
      <CompanionsDialog
        key={dialog.n}
        open={dialog.open}
        tripId={trip.id}
        people={dialog.people}
        onClose={() => setDialog((s) => ({ ...s, open: false }))}
        onAdded={(count) => {
          setDialog((s) => ({ ...s, open: false }))
          onAdded(count)
        }}
      />
    </>
  )
}
