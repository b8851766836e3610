import { Box, IconButton, ListSubheader, Menu, MenuItem, Stack, Tooltip, Typography } from '@mui/material'
import ArrowUpward from '@mui/icons-material/ArrowUpward'
import ArrowDownward from '@mui/icons-material/ArrowDownward'
import ContentCopyOutlined from '@mui/icons-material/ContentCopyOutlined'
import DeleteOutlined from '@mui/icons-material/DeleteOutlined'
import DragIndicator from '@mui/icons-material/DragIndicator'
import EditOutlined from '@mui/icons-material/EditOutlined'
import PlaceOutlined from '@mui/icons-material/PlaceOutlined'
import StorefrontOutlined from '@mui/icons-material/StorefrontOutlined'
import { useState } from 'react'
import type { DragEvent, KeyboardEvent, ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { ItineraryDay, ItineraryItem } from '../../../../shared/trips/trip.types'
import { useFormat } from '../../format/format'
import { KindChip, rowTint } from './itemKinds'
import { useDayLabel } from './parts'

export type DropEdge = 'top' | 'bottom' | null

export interface ItemRowProps {
  item: ItineraryItem
  days: ItineraryDay[]
  canUp: boolean
  canDown: boolean
  dropEdge: DropEdge
  dragging: boolean
  onMove: (dir: -1 | 1) => void
  onEdit: () => void
  onRemove: () => void
  onCopy: (dayNo: number) => void
  onDragStart: (e: DragEvent) => void
  onDragEnd: () => void
  onDragOver: (e: DragEvent, edge: 'top' | 'bottom') => void
  onDrop: (e: DragEvent) => void
}

function Meta({ icon, children }: { icon: ReactNode; children: ReactNode }) {
  return (
    <Stack
      direction="row"
      spacing={0.5}
      sx={{ alignItems: 'center', color: 'text.secondary', '& svg': { fontSize: 16 } }}
    >
      {icon}
      <Typography variant="body2" color="text.secondary">
        {children}
      </Typography>
    </Stack>
  )
}

/** One itinerary item: focusable (Alt+↑/↓ moves it, Enter edits, Delete removes), draggable. */
export function ItemRow(p: ItemRowProps) {
  const { t } = useTranslation('tripPage')
  const f = useFormat()
  const dl = useDayLabel()
  const { item } = p
  const [menu, setMenu] = useState<HTMLElement | null>(null)
  const tint = rowTint[item.kind]

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.altKey && (e.key === 'ArrowUp' || e.key === 'ArrowDown')) {
      e.preventDefault()
      if (e.key === 'ArrowUp' && p.canUp) p.onMove(-1)
      if (e.key === 'ArrowDown' && p.canDown) p.onMove(1)
      return
    }
    if (e.target !== e.currentTarget) return
    if (e.key === 'Enter') {
      e.preventDefault()
      p.onEdit()
    } else if (e.key === 'Delete') {
      e.preventDefault()
      p.onRemove()
    }
  }

  const edge = p.dropEdge
  return (
    <Box
      id={`item-${item.id}`}
      tabIndex={0}
      role="listitem"
      aria-keyshortcuts="Alt+ArrowUp Alt+ArrowDown"
      aria-label={t('itinerary.itemAria', { title: item.title })}
      draggable
      onDragStart={p.onDragStart}
      onDragEnd={p.onDragEnd}
      onDragOver={(e) => {
        const r = e.currentTarget.getBoundingClientRect()
        p.onDragOver(e, e.clientY < r.top + r.height / 2 ? 'top' : 'bottom')
      }}
      onDrop={p.onDrop}
      onKeyDown={onKeyDown}
      data-testid={`item-${item.id}`}
      data-kind={item.kind}
      sx={{
        display: 'grid',
        gridTemplateColumns: '20px 48px 118px minmax(0, 1fr) auto',
        columnGap: 1.5,
        alignItems: 'start',
        px: 1.5,
        py: 1.25,
        borderRadius: 1,
        bgcolor: tint?.bg ?? 'transparent',
        borderLeft: `3px solid ${tint?.rule ?? 'transparent'}`,
        opacity: p.dragging ? 0.4 : 1,
        boxShadow:
          edge === 'top'
            ? (th) => `inset 0 2px 0 ${th.palette.primary.main}`
            : edge === 'bottom'
              ? (th) => `inset 0 -2px 0 ${th.palette.primary.main}`
              : 'none',
        outline: 'none',
        '&:hover': { bgcolor: tint?.bg ?? '#f7f9f9' },
        '&:focus-visible': { outline: (th) => `2px solid ${th.palette.primary.main}`, outlineOffset: -2 },
        '&:hover .row-actions, &:focus-within .row-actions': { opacity: 1 },
      }}
    >
      <Box sx={{ color: 'text.disabled', cursor: 'grab', pt: 0.25, display: 'flex' }} aria-hidden>
        <DragIndicator fontSize="small" />
      </Box>
      <Typography
        variant="body2"
        sx={{ fontWeight: 600, pt: 0.25, fontVariantNumeric: 'tabular-nums' }}
        color={item.time ? 'text.primary' : 'text.disabled'}
        data-testid={`item-time-${item.id}`}
      >
        {item.time ?? '--:--'}
      </Typography>
      <Box>
        <KindChip kind={item.kind} testId={`item-kind-${item.id}`} />
      </Box>
      <Box sx={{ minWidth: 0 }}>
        <Typography sx={{ fontWeight: 600, overflowWrap: 'anywhere' }} data-testid={`item-title-${item.id}`}>
          {item.title}
        </Typography>
        {item.kind === 'shopping' && (
          <Typography
            variant="body2"
            sx={{ color: tint?.rule, fontWeight: 500 }}
            data-testid={`item-shop-${item.id}`}
          >
            {t('itinerary.shopLine', {
              shop: item.shopName ?? '',
              goods: item.shopGoods ?? '',
              minutes: item.shopMinutes ?? '',
            })}
          </Typography>
        )}
        {item.kind === 'self_paid' && item.price != null && (
          <Typography
            variant="body2"
            sx={{ color: tint?.rule, fontWeight: 500 }}
            data-testid={`item-price-${item.id}`}
          >
            {t('itinerary.priceLine', { price: f.money(item.price) })}
          </Typography>
        )}
        {(item.place || item.supplier) && (
          <Stack direction="row" spacing={2} sx={{ flexWrap: 'wrap', mt: 0.25 }}>
            {item.place && <Meta icon={<PlaceOutlined />}>{item.place}</Meta>}
            {item.supplier && <Meta icon={<StorefrontOutlined />}>{item.supplier.name}</Meta>}
          </Stack>
        )}
        {item.notes && (
          <Typography
            variant="body2"
            color="text.secondary"
            sx={{ whiteSpace: 'pre-wrap', mt: 0.25, overflowWrap: 'anywhere' }}
          >
            {item.notes}
          </Typography>
        )}
      </Box>
      <Stack
        direction="row"
        className="row-actions"
        sx={{ opacity: 0.55, transition: 'opacity .15s', mt: -0.5 }}
      >
        <Tooltip title={t('itinerary.moveUp')}>
          <span>
            <IconButton
              size="small"
              disabled={!p.canUp}
              onClick={() => p.onMove(-1)}
              aria-label={t('itinerary.moveUp')}
              data-testid={`item-up-${item.id}`}
            >
              <ArrowUpward fontSize="small" />
            </IconButton>
          </span>
        </Tooltip>
        <Tooltip title={t('itinerary.moveDown')}>
          <span>
            <IconButton
              size="small"
              disabled={!p.canDown}
              onClick={() => p.onMove(1)}
              aria-label={t('itinerary.moveDown')}
              data-testid={`item-down-${item.id}`}
            >
              <ArrowDownward fontSize="small" />
            </IconButton>
          </span>
        </Tooltip>
        <Tooltip title={t('itinerary.copyTo')}>
          <IconButton
            size="small"
            onClick={(e) => setMenu(e.currentTarget)}
            data-testid={`item-copy-${item.id}`}
          >
            <ContentCopyOutlined fontSize="small" />
          </IconButton>
        </Tooltip>
        <Tooltip title={t('itinerary.edit')}>
          <IconButton size="small" onClick={p.onEdit} data-testid={`item-edit-${item.id}`}>
            <EditOutlined fontSize="small" />
          </IconButton>
        </Tooltip>
        <Tooltip title={t('itinerary.remove')}>
          <IconButton size="small" onClick={p.onRemove} data-testid={`item-remove-${item.id}`}>
            <DeleteOutlined fontSize="small" />
          </IconButton>
        </Tooltip>
      </Stack>
      <Menu anchorEl={menu} open={!!menu} onClose={() => setMenu(null)}>
        <ListSubheader sx={{ lineHeight: '32px' }}>{t('itinerary.copyTo')}</ListSubheader>
        {p.days.map((d) => (
          <MenuItem
            key={d.dayNo}
            onClick={() => {
              setMenu(null)
              p.onCopy(d.dayNo)
            }}
            data-testid={`item-copy-day-${d.dayNo}`}
          >
            <Typography component="span" sx={{ fontWeight: 700, width: 40 }}>
              D{d.dayNo}
            </Typography>
            <Typography component="span" color="text.secondary" sx={{ mr: 1.5 }}>
              {dl.monthDay(d.date)} {dl.weekday(d.date)}
            </Typography>
            {d.title}
          </MenuItem>
        ))}
      </Menu>
    </Box>
  )
}
