import {
  Alert,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  MenuItem,
  Stack,
  TextField,
} from '@mui/material'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { RoomKind, RoomView } from '../../../shared/rooms/rooms'
import { bedsOfKind, roomKinds } from '../../../shared/rooms/rooms'
import { api, unwrap } from '../api/client'
import { useFormErrors } from '../components/useFormErrors'

/** A new room (label suggested: the next free number) or an existing one's number and type. */
export function RoomDialog({
  tripId,
  room,
  suggestedLabel,
  onClose,
  onSaved,
}: {
  tripId: number
  room: RoomView | null
  suggestedLabel: string
  onClose: () => void
  onSaved: () => void
}) {
  const { t } = useTranslation('rooms')
  const { t: tc } = useTranslation()
  const errors = useFormErrors()
  const [label, setLabel] = useState(room?.label ?? suggestedLabel)
  const [kind, setKind] = useState<RoomKind>(room?.kind ?? 'twin')

  const save = async () => {
    const done = await errors.capture(async () => {
      if (room) await unwrap(api.rooms.update({ id: room.id, version: room.version, label, kind }))
      else await unwrap(api.rooms.create({ tripId, label, kind }))
      return true
    })
    if (done) onSaved()
  }

  return (
    <Dialog open onClose={onClose} maxWidth="xs" fullWidth>
      <DialogTitle>{room ? t('dialogEdit') : t('dialogNew')}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ mt: 1 }}>
          {errors.form && !Object.keys(errors.fields).length && <Alert severity="error">{errors.form}</Alert>}
          <TextField
            autoFocus
            label={t('label')}
            value={label}
            onChange={(e) => setLabel(e.target.value)}
            slotProps={{ htmlInput: { maxLength: 20, 'data-testid': 'room-label' } }}
            {...errors.fieldProps('label', t('labelHelp'))}
          />
          <TextField
            select
            label={t('type')}
            value={kind}
            onChange={(e) => setKind(e.target.value as RoomKind)}
            slotProps={{ select: { SelectDisplayProps: { 'data-testid': 'room-kind' } as object } }}
            {...errors.fieldProps('kind')}
          >
            {roomKinds.map((k) => (
              <MenuItem key={k} value={k} data-testid={`room-kind-${k}`}>
                {t('kindBeds', { kind: t(`kind.${k}`), beds: bedsOfKind[k] })}
              </MenuItem>
            ))}
          </TextField>
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{tc('actions.cancel')}</Button>
        <Button variant="contained" onClick={() => void save()} data-testid="room-save">
          {tc('actions.save')}
        </Button>
      </DialogActions>
    </Dialog>
  )
}
