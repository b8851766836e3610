import {
  Box,
  Dialog,
  InputAdornment,
  List,
  ListItemButton,
  ListItemIcon,
  ListItemText,
  ListSubheader,
  TextField,
  Typography,
} from '@mui/material'
import SearchOutlined from '@mui/icons-material/SearchOutlined'
import PersonOutlined from '@mui/icons-material/PersonOutlined'
import TourOutlined from '@mui/icons-material/TourOutlined'
import BadgeOutlined from '@mui/icons-material/BadgeOutlined'
import StorefrontOutlined from '@mui/icons-material/StorefrontOutlined'
import HistoryOutlined from '@mui/icons-material/HistoryOutlined'
import ReportProblemOutlined from '@mui/icons-material/ReportProblemOutlined'
import FactCheckOutlined from '@mui/icons-material/FactCheckOutlined'
import { useEffect, useMemo, useRef, useState } from 'react'
import type { KeyboardEvent, ReactElement } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { loadRecents, rememberRecent } from './recents'
import { findSources } from './sources'
import type { Found, FoundKind } from './sources'

const icons: Record<FoundKind, ReactElement> = {
  customer: <PersonOutlined />,
  trip: <TourOutlined />,
  guide: <BadgeOutlined />,
  supplier: <StorefrontOutlined />,
  complaint: <ReportProblemOutlined />,
  feedback: <FactCheckOutlined />,
}

interface Group {
  key: string
  items: Found[]
}

/*
 * Ctrl+K: one box over customers, trips, guides, suppliers, complaints and feedback sheets. Empty, it lists what was opened last;
 * typing searches every kind at once, and what was opened recently comes first.
 */
export function QuickFind({
  open,
  onClose,
  staffId,
}: {
  open: boolean
  onClose: () => void
  staffId: number
}) {
  const { t } = useTranslation(['shell', 'trips', 'resources', 'complaints', 'feedback'])
  const navigate = useNavigate()
  const [q, setQ] = useState('')
  const [found, setFound] = useState<{ q: string; items: Found[]; failed: boolean } | null>(null)
  const [active, setActive] = useState(0)
  const asked = useRef(0)
  const recents = useMemo(() => (open ? loadRecents(staffId) : []), [open, staffId])
  const query = q.trim()

  useEffect(() => {
    if (!query) return
    const n = ++asked.current
    const timer = setTimeout(() => {
      void Promise.allSettled(findSources.map((s) => s.find(query, t))).then((results) => {
        if (n !== asked.current) return // a later keystroke asked again
        const items = results.flatMap((r) => (r.status === 'fulfilled' ? r.value : []))
        setFound({ q: query, items, failed: results.some((r) => r.status === 'rejected') })
        setActive(0)
      })
    }, 120)
    return () => clearTimeout(timer)
  }, [query, t])

  const groups: Group[] = useMemo(() => {
    if (!query) return recents.length ? [{ key: 'recent', items: recents }] : []
    if (!found || found.q !== query) return []
    const recentPaths = recents.map((r) => r.path)
    const isRecent = (f: Found) => recentPaths.includes(f.path)
    const first = found.items
      .filter(isRecent)
      .sort((a, b) => recentPaths.indexOf(a.path) - recentPaths.indexOf(b.path))
    const byKind = findSources.map((s) => ({
      key: s.kind,
      items: found.items.filter((f) => f.kind === s.kind && !isRecent(f)),
    }))
    return [{ key: 'recent', items: first }, ...byKind].filter((g) => g.items.length > 0)
  }, [query, found, recents])
  const flat = groups.flatMap((g) => g.items)
  const current = Math.min(active, Math.max(0, flat.length - 1))

  const close = () => {
    setQ('')
    setFound(null)
    setActive(0)
    onClose()
  }
  const go = (item: Found) => {
    rememberRecent(staffId, item)
    close()
    navigate(item.path)
  }
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault()
      const step = e.key === 'ArrowDown' ? 1 : -1
      setActive(Math.max(0, Math.min(flat.length - 1, current + step)))
    } else if (e.key === 'Enter' && flat[current]) {
      e.preventDefault()
      go(flat[current])
    }
  }

  const searching = Boolean(query) && (!found || found.q !== query)
  let index = -1
  return (
    <Dialog
      open={open}
      onClose={close}
      fullWidth
      maxWidth="sm"
      data-testid="quick-find"
      sx={{ '& .MuiDialog-container': { alignItems: 'flex-start' } }}
    >
      <Box sx={{ p: 1.5 }}>
        <TextField
          autoFocus
          fullWidth
          size="small"
          value={q}
          onChange={(e) => setQ(e.target.value.slice(0, 100))}
          onKeyDown={onKey}
          placeholder={t('find.placeholder')}
          slotProps={{
            htmlInput: {
              'aria-label': t('find.label'),
              'aria-controls': 'quick-find-results',
              'aria-activedescendant': flat[current] ? `quick-find-${current}` : undefined,
              'data-testid': 'quick-find-input',
            },
            input: {
              startAdornment: (
                <InputAdornment position="start">
                  <SearchOutlined fontSize="small" />
                </InputAdornment>
              ),
            },
          }}
        />
      </Box>
      {/* a listbox holds options or named groups of options, so no ul/li here (they are lists' parts) */}
      <List
        id="quick-find-results"
        component="div"
        role="listbox"
        aria-label={t('find.label')}
        dense
        sx={{ maxHeight: 420, overflowY: 'auto', pt: 0 }}
      >
        {groups.map((g) => (
          <div key={g.key} role="group" aria-labelledby={`quick-find-group-${g.key}`}>
            <ListSubheader component="div" id={`quick-find-group-${g.key}`} sx={{ lineHeight: '28px' }}>
              {t(`find.group.${g.key}`)}
            </ListSubheader>
            {g.items.map((item) => {
              index += 1
              const i = index
              return (
                <ListItemButton
                  key={item.path}
                  id={`quick-find-${i}`}
                  role="option"
                  aria-selected={i === current}
                  selected={i === current}
                  onMouseEnter={() => setActive(i)}
                  onClick={() => go(item)}
                  data-testid="quick-find-item"
                >
                  <ListItemIcon sx={{ minWidth: 34 }}>
                    {g.key === 'recent' && !query ? <HistoryOutlined /> : icons[item.kind]}
                  </ListItemIcon>
                  <ListItemText
                    primary={item.title}
                    secondary={item.detail || t(`find.kind.${item.kind}`)}
                    slotProps={{ primary: { noWrap: true }, secondary: { noWrap: true } }}
                  />
                </ListItemButton>
              )
            })}
          </div>
        ))}
      </List>
      <Typography
        variant="body2"
        color="text.secondary"
        sx={{ px: 2, pb: 1.5 }}
        data-testid="quick-find-status"
        aria-live="polite"
      >
        {searching
          ? t('find.searching')
          : query && found?.failed && flat.length === 0
            ? t('find.failed')
            : query && flat.length === 0
              ? t('find.none', { q: query })
              : !query && flat.length === 0
                ? t('find.hint')
                : t('find.keys')}
      </Typography>
    </Dialog>
  )
}
