import { Box, Button, Divider, ListItemText, Menu, MenuItem } from '@mui/material'
import DragIndicator from '@mui/icons-material/DragIndicator'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { RoomView } from '../../../shared/rooms/rooms'
import type { ParticipantView } from '../../../shared/trips/trip.types'
import { travellerName } from '../trips/travellerName'

/**
 * One traveller on the board. The pointer drags it into a room; the keyboard (or a click) opens its
 * menu of rooms — the same move without a mouse, full rooms shown but disabled.
 */
export function TravellerChip({
  p,
  rooms,
  takersOf,
  onMove,
  onEdit,
}: {
  p: ParticipantView
  rooms: RoomView[]
  takersOf: (room: RoomView) => number
  onMove: (p: ParticipantView, room: RoomView | null) => void
  onEdit: (p: ParticipantView) => void
}) {
  const { t } = useTranslation('rooms')
  const [anchor, setAnchor] = useState<HTMLElement | null>(null)
  const open = anchor !== null
  const setOpen = (v: false) => setAnchor(v ? anchor : null)
  const name = travellerName(p.customer, t)
  const here = rooms.find((r) => r.occupantIds.includes(p.id)) ?? null
  const pick = (room: RoomView | null) => {
    setOpen(false)
    onMove(p, room)
  }

  return (
    <>
      <Button
        size="small"
        variant="outlined"
        color="inherit"
        draggable
        onDragStart={(e) => {
          e.dataTransfer.setData('text/plain', String(p.id))
          e.dataTransfer.effectAllowed = 'move'
        }}
        onClick={(e) => setAnchor(e.currentTarget)}
        aria-haspopup="menu"
        aria-label={t('personMenu', { name })}
        startIcon={<DragIndicator fontSize="small" sx={{ color: 'text.disabled' }} />}
        sx={{
          justifyContent: 'flex-start',
          cursor: 'grab',
          bgcolor: 'background.paper',
          whiteSpace: 'nowrap',
        }}
        data-testid={`board-person-${p.id}`}
      >
        <Box component="span" sx={{ fontWeight: 600 }}>
          {name}
        </Box>
        {!p.bed && (
          <Box component="span" sx={{ ml: 0.75, color: 'text.secondary', fontSize: 12 }}>
            {t('noBed')}
          </Box>
        )}
      </Button>
      <Menu
        anchorEl={anchor}
        open={open}
        onClose={() => setOpen(false)}
        data-testid={`board-menu-${p.id}`}
      >
        <MenuItem disabled dense>
          {t('moveTo')}
        </MenuItem>
        {rooms.map((r) => {
          const used = takersOf(r)
          const full = p.bed && used >= r.beds
          return (
            <MenuItem
              key={r.id}
              disabled={r.id === here?.id || full}
              onClick={() => pick(r)}
              data-testid={`board-menu-room-${r.label}`}
            >
              <ListItemText
                primary={t('room', { label: r.label })}
                secondary={`${t(`kind.${r.kind}`)} · ${t('beds', { used, beds: r.beds })}${full ? ` · ${t('full')}` : ''}`}
              />
            </MenuItem>
          )
        })}
        {here && (
          <MenuItem onClick={() => pick(null)} data-testid="board-menu-out">
            {t('moveOut')}
          </MenuItem>
        )}
        <Divider />
        <MenuItem
          onClick={() => {
            setOpen(false)
            onEdit(p)
          }}
        >
          {t('edit')}
        </MenuItem>
      </Menu>
    </>
  )
}
