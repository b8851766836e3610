import {
  AppBar,
  Box,
  Button,
  Drawer,
  List,
  ListItemButton,
  ListItemIcon,
  ListItemText,
  Toolbar,
  Typography,
} from '@mui/material'
import LogoutOutlined from '@mui/icons-material/LogoutOutlined'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { useLocation, useNavigate } from 'react-router'
import { api, unwrap } from '../api/client'
import { LanguageSwitch } from '../components/LanguageSwitch'
import { AppReminderEvents } from '../reminders/AppReminderEvents'
import { ConnectionBanner } from '../connection/ConnectionBanner'
import { useSession } from './session'
import { navItems } from './nav'

const DRAWER = 200

export function AppShell({ children }: { children: ReactNode }) {
  const { t } = useTranslation()
  const { status, refresh } = useSession()
  const staff = status.staff!
  const navigate = useNavigate()
  const { pathname } = useLocation()

  const signOut = async () => {
    await unwrap(api.auth.signOut({}))
    await refresh()
  }

  return (
    <Box sx={{ display: 'flex', minHeight: '100vh' }}>
      <AppBar position="fixed" sx={{ zIndex: (th) => th.zIndex.drawer + 1 }}>
        <Toolbar variant="dense" sx={{ gap: 2 }}>
          <Typography
            variant="subtitle1"
            sx={{ fontWeight: 700, flexGrow: 1 }}
            noWrap
            data-testid="agency-name"
          >
            {status.agencyName} · TourDesk
          </Typography>
          <Typography variant="body2" data-testid="signed-in-as">
            {t('signedInAs', { name: staff.name, role: t(`roles.${staff.role}`) })}
          </Typography>
          <LanguageSwitch dark />
          <Button color="inherit" startIcon={<LogoutOutlined />} onClick={signOut} data-testid="sign-out">
            {t('actions.signOut')}
          </Button>
        </Toolbar>
      </AppBar>
      <Drawer
        variant="permanent"
        sx={{ width: DRAWER, '& .MuiDrawer-paper': { width: DRAWER, boxSizing: 'border-box' } }}
      >
        <Toolbar variant="dense" />
        <List component="nav" dense sx={{ px: 1 }}>
          {navItems
            .filter((n) => n.roles.includes(staff.role))
            .map((n) => (
              <ListItemButton
                key={n.key}
                selected={pathname.startsWith(n.path)}
                onClick={() => navigate(n.path)}
                sx={{ borderRadius: 1, mb: 0.5 }}
                data-testid={`nav-${n.key}`}
              >
                <ListItemIcon sx={{ minWidth: 36 }}>{n.icon}</ListItemIcon>
                <ListItemText primary={t(`nav.${n.key}`)} />
                {n.badge}
              </ListItemButton>
            ))}
        </List>
      </Drawer>
      <Box component="main" sx={{ flexGrow: 1, minWidth: 0, p: 3, pt: 9, bgcolor: 'background.default' }}>
        <ConnectionBanner />
        <AppReminderEvents />
        {children}
      </Box>
    </Box>
  )
}
