import { Box, Button, Chip, IconButton, Paper, Stack, Tooltip, Typography } from '@mui/material'
import DeleteOutlined from '@mui/icons-material/DeleteOutlined'
import EditOutlined from '@mui/icons-material/EditOutlined'
import FamilyRestroomOutlined from '@mui/icons-material/FamilyRestroomOutlined'
import KingBedOutlined from '@mui/icons-material/KingBedOutlined'
import MeetingRoomOutlined from '@mui/icons-material/MeetingRoomOutlined'
import AddOutlined from '@mui/icons-material/AddOutlined'
import { useState } from 'react'
import type { DragEvent, ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { RoomView } from '../../../shared/rooms/rooms'
import { bedTakers, nextRoomLabel, singleOccupancy } from '../../../shared/rooms/rooms'
import type { ParticipantView } from '../../../shared/trips/trip.types'
import { api, unwrap } from '../api/client'
import { msgText } from '../components/useFormErrors'
import { ConfirmDialog } from '../customers/profile/ConfirmDialog'
import { useNotice } from '../trips/page/parts'
import type { TripSectionProps } from '../trips/page/types'
import { travellerName } from '../trips/travellerName'
import { RoomDialog } from './RoomDialog'
import { TravellerChip } from './TravellerChip'

/**
 * 分房: the trip's rooms with their beds, travellers dragged (or moved from their menu) into them,
 * one room per family in one step, and the 单房差 hint where a traveller has a room alone.
 */
export function RoomingBoard({
  trip,
  reload,
  onEdit,
}: TripSectionProps & { onEdit: (p: ParticipantView) => void }) {
  const { t } = useTranslation('rooms')
  const { t: tr } = useTranslation()
  const [notice, notify] = useNotice('rooming-notice')
  // said to screen readers after a move (the snackbar may already be showing something else)
  const [said, say] = useState('')
  const [editing, setEditing] = useState<{ room: RoomView | null } | null>(null)
  const [removing, setRemoving] = useState<RoomView | null>(null)
  const [over, setOver] = useState<number | 'none' | null>(null)
  const ps = trip.participants
  const byId = new Map(ps.map((p) => [p.id, p]))
  const people = (r: RoomView) => r.occupantIds.map((id) => byId.get(id)).filter((p) => p !== undefined)
  const takersOf = (r: RoomView) => bedTakers(people(r))
  const placed = new Set(trip.rooms.flatMap((r) => r.occupantIds))
  const unplaced = ps.filter((p) => !placed.has(p.id))

  const move = async (p: ParticipantView, room: RoomView | null) => {
    const r = await api.rooms.move({ participantId: p.id, version: p.version, roomId: room?.id ?? null })
    const name = travellerName(p.customer, t)
    if (!r.ok) {
      notify(msgText(tr, r.error.msg), 'error')
      say(msgText(tr, r.error.msg))
    } else {
      const text = room
        ? t('moved', { name, room: t('room', { label: room.label }) })
        : t('movedOut', { name })
      notify(text)
      say(text)
    }
    reload()
  }
  const familyRooms = async () => {
    const r = await api.rooms.familyRooms({ tripId: trip.id })
    if (!r.ok) return notify(msgText(tr, r.error.msg), 'error')
    const { rooms, travellers, skipped } = r.value
    const text = [
      rooms ? t('familyDone', { rooms, travellers }) : !skipped ? t('familyNone') : '',
      skipped ? t('familySkipped', { count: skipped }) : '',
    ]
      .filter(Boolean)
      .join(tr('itemSeparator'))
    notify(text)
    say(text)
    reload()
  }
  const drop = (room: RoomView | null) => (e: DragEvent) => {
    e.preventDefault()
    setOver(null)
    const p = byId.get(Number(e.dataTransfer.getData('text/plain')))
    const from = trip.rooms.find((r) => p && r.occupantIds.includes(p.id))?.id ?? null
    if (p && from !== (room?.id ?? null)) void move(p, room)
  }
  const target = (key: number | 'none', room: RoomView | null) => ({
    onDragOver: (e: DragEvent) => {
      e.preventDefault()
      e.dataTransfer.dropEffect = 'move'
      setOver(key)
    },
    onDragLeave: () => setOver((o) => (o === key ? null : o)),
    onDrop: drop(room),
  })
  const chip = (p: ParticipantView) => (
    <TravellerChip key={p.id} p={p} rooms={trip.rooms} takersOf={takersOf} onMove={move} onEdit={onEdit} />
  )
  const card = (key: number | 'none', room: RoomView | null, head: ReactNode, body: ReactNode) => (
    <Paper
      key={key}
      variant="outlined"
      {...target(key, room)}
      sx={{
        p: 1.25,
        borderStyle: room ? 'solid' : 'dashed',
        borderColor: over === key ? 'primary.main' : undefined,
        bgcolor: over === key ? 'action.hover' : room ? undefined : '#fffdf5',
        minHeight: 96,
      }}
      data-testid={room ? `board-room-${room.label}` : 'board-unplaced'}
    >
      {head}
      <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 0.75, mt: 0.75 }}>
        {body}
      </Stack>
    </Paper>
  )

  return (
    <Box data-testid="rooming-board">
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 1.5, flexWrap: 'wrap', rowGap: 1 }}>
        <Typography variant="body2" color="text.secondary" sx={{ flexGrow: 1 }} data-testid="rooming-summary">
          {t('summary', { rooms: trip.rooms.length, placed: placed.size, unplaced: unplaced.length })}
        </Typography>
        <Button
          size="small"
          startIcon={<FamilyRestroomOutlined />}
          onClick={() => void familyRooms()}
          data-testid="board-family-rooms"
        >
          {t('familyRooms')}
        </Button>
        <Button
          size="small"
          variant="outlined"
          startIcon={<AddOutlined />}
          onClick={() => setEditing({ room: null })}
          data-testid="board-add-room"
        >
          {t('addRoom')}
        </Button>
      </Stack>
      <Typography variant="caption" color="text.secondary" sx={{ display: 'block', mb: 1 }}>
        {t('dragHint')}
      </Typography>
      <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(250px, 1fr))', gap: 1.25 }}>
        {card(
          'none',
          null,
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
            <MeetingRoomOutlined color="warning" fontSize="small" />
            <Typography sx={{ fontWeight: 700, flexGrow: 1 }}>{t('unplaced')}</Typography>
            <Chip size="small" label={unplaced.length} />
          </Stack>,
          unplaced.length ? (
            unplaced.map(chip)
          ) : (
            <Typography variant="caption" color="text.secondary">
              {t('unplacedEmpty')}
            </Typography>
          ),
        )}
        {trip.rooms.map((r) => {
          const guests = people(r)
          const used = bedTakers(guests)
          const alone = singleOccupancy(guests) ? guests.find((g) => g.bed) : undefined
          return card(
            r.id,
            r,
            <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center' }}>
              <KingBedOutlined color="primary" fontSize="small" />
              <Typography sx={{ fontWeight: 700, whiteSpace: 'nowrap' }}>
                {t('room', { label: r.label })}
              </Typography>
              <Typography variant="caption" color="text.secondary" sx={{ flexGrow: 1, whiteSpace: 'nowrap' }}>
                {`${t(`kind.${r.kind}`)} · ${t('beds', { used, beds: r.beds })}`}
              </Typography>
              <Tooltip title={t('editRoom', { label: r.label })}>
                <IconButton
                  size="small"
                  aria-label={t('editRoom', { label: r.label })}
                  onClick={() => setEditing({ room: r })}
                >
                  <EditOutlined fontSize="small" />
                </IconButton>
              </Tooltip>
              <Tooltip title={t('removeRoom', { label: r.label })}>
                <IconButton
                  size="small"
                  aria-label={t('removeRoom', { label: r.label })}
                  onClick={() => setRemoving(r)}
                >
                  <DeleteOutlined fontSize="small" />
                </IconButton>
              </Tooltip>
            </Stack>,
            <>
              {guests.map(chip)}
              {alone && (
                <Tooltip title={t('singleHint', { name: travellerName(alone.customer, t) })}>
                  <Chip
                    size="small"
                    color="warning"
                    variant="outlined"
                    label={t('single')}
                    component={Link}
                    to="?tab=money"
                    clickable
                    data-testid={`board-single-${r.label}`}
                  />
                </Tooltip>
              )}
            </>,
          )
        })}
      </Box>
      <Box
        aria-live="polite"
        // '1px', not 1: sx reads 1 as 100%, and a full-width box hung off the page scrolled it sideways
        sx={{ position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clip: 'rect(0 0 0 0)' }}
        data-testid="board-announce"
      >
        {said}
      </Box>
      {editing && (
        <RoomDialog
          tripId={trip.id}
          room={editing.room}
          suggestedLabel={nextRoomLabel(trip.rooms.map((r) => r.label))}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null)
            reload()
          }}
        />
      )}
      <ConfirmDialog
        open={!!removing}
        title={t('removeTitle')}
        text={t('removeText', { label: removing?.label ?? '' })}
        confirmLabel={tr('actions.delete')}
        testId="room-remove-confirm"
        onClose={() => setRemoving(null)}
        onConfirm={async () => {
          await unwrap(api.rooms.remove({ id: removing!.id, version: removing!.version }))
          reload()
        }}
      />
      {notice}
    </Box>
  )
}
