import {
  Box,
  Drawer,
  IconButton,
  List,
  ListItemButton,
  ListItemIcon,
  ListItemText,
  Toolbar,
  Tooltip,
} from '@mui/material'
import ChevronLeftOutlined from '@mui/icons-material/ChevronLeftOutlined'
import ChevronRightOutlined from '@mui/icons-material/ChevronRightOutlined'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useLocation, useNavigate } from 'react-router'
import type { Role } from '../../../shared/api/contract'
import { navItems } from './nav'

const WIDE = 200
const NARROW = 56
const KEY = 'tourdesk.sidebar'

/*
 * The sidebar folds to icons, and remembers the choice on this PC. Before anyone has chosen, it starts
 * folded on narrow windows (1366×768 at 125% scaling is 1093 CSS px wide), where the 200 px it takes
 * would squeeze every list.
 */
function initiallyCollapsed(): boolean {
  const saved = localStorage.getItem(KEY)
  if (saved === 'collapsed' || saved === 'expanded') return saved === 'collapsed'
  return window.innerWidth < 1200
}

export function useSidebarWidth() {
  const [collapsed, setCollapsed] = useState(initiallyCollapsed)
  const toggle = () =>
    setCollapsed((c) => {
      localStorage.setItem(KEY, c ? 'expanded' : 'collapsed')
      return !c
    })
  return { collapsed, toggle, width: collapsed ? NARROW : WIDE }
}

export function Sidebar({
  role,
  collapsed,
  width,
  onToggle,
}: {
  role: Role
  collapsed: boolean
  width: number
  onToggle: () => void
}) {
  const { t } = useTranslation()
  const { t: ts } = useTranslation('shell')
  const navigate = useNavigate()
  const { pathname } = useLocation()
  return (
    <Drawer
      variant="permanent"
      sx={{
        width,
        flexShrink: 0,
        '& .MuiDrawer-paper': { width, boxSizing: 'border-box', overflowX: 'hidden' },
      }}
      data-testid="sidebar"
      data-collapsed={collapsed}
    >
      <Toolbar variant="dense" />
      <List component="nav" dense sx={{ px: collapsed ? 0.5 : 1, flexGrow: 1 }} aria-label={ts('navigation')}>
        {navItems
          .filter((n) => n.roles.includes(role))
          .map((n) => {
            const label = t(`nav.${n.key}`)
            const button = (
              <ListItemButton
                key={n.key}
                selected={pathname.startsWith(n.path)}
                onClick={() => navigate(n.path)}
                sx={{
                  borderRadius: 1,
                  mb: 0.5,
                  justifyContent: collapsed ? 'center' : 'flex-start',
                  px: collapsed ? 1 : 2,
                }}
                data-testid={`nav-${n.key}`}
                aria-label={collapsed ? label : undefined}
              >
                <ListItemIcon sx={{ minWidth: collapsed ? 0 : 36 }}>{n.icon}</ListItemIcon>
                {!collapsed && <ListItemText primary={label} slotProps={{ primary: { noWrap: true } }} />}
                {/* folded, the count sits on the icon's corner */}
                {collapsed ? <Box sx={{ position: 'absolute', top: 4, right: 0 }}>{n.badge}</Box> : n.badge}
              </ListItemButton>
            )
            return collapsed ? (
              <Tooltip key={n.key} title={label} placement="right">
                {button}
              </Tooltip>
            ) : (
              button
            )
          })}
      </List>
      <Box sx={{ display: 'flex', justifyContent: collapsed ? 'center' : 'flex-end', p: 0.5 }}>
        <Tooltip title={collapsed ? ts('expand') : ts('collapse')} placement="right">
          <IconButton
            size="small"
            onClick={onToggle}
            aria-label={collapsed ? ts('expand') : ts('collapse')}
            data-testid="sidebar-toggle"
          >
            {collapsed ? <ChevronRightOutlined /> : <ChevronLeftOutlined />}
          </IconButton>
        </Tooltip>
      </Box>
    </Drawer>
  )
}
