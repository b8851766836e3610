import { CssBaseline, Box, CircularProgress } from '@mui/material'
import { ThemeProvider } from '@mui/material/styles'
import { useMemo } from 'react'
import { Navigate, Route, RouterProvider, Routes, createHashRouter } from 'react-router'
import type { Role } from '../../../shared/api/contract'
import { SessionProvider, useSession } from './session'
import { makeTheme } from './theme'
import { useReducedMotion } from './useReducedMotion'
import { SetupScreen } from '../auth/SetupScreen'
import { SignInScreen } from '../auth/SignInScreen'
import { AppShell } from './AppShell'
import { navItems } from './nav'

function Themed() {
  const { status } = useSession()
  const reducedMotion = useReducedMotion()
  const theme = useMemo(() => makeTheme(status.language, reducedMotion), [status.language, reducedMotion])
  const role = status.staff?.role
  return (
    <ThemeProvider theme={theme}>
      <CssBaseline />
      {!status.setupDone ? (
        <SetupScreen />
      ) : !status.staff || !role ? (
        <SignInScreen />
      ) : (
        <ShellRouter role={role} />
      )}
    </ThemeProvider>
  )
}

/*
 * A data router (not <HashRouter>): only it can hold a navigation while a form with unsaved changes
 * asks first (useBlocker). Made once per role, since the routes a role has never change while signed in.
 */
function ShellRouter({ role }: { role: Role }) {
  const router = useMemo(
    () =>
      createHashRouter([
        // print previews: the page as it will be printed, without the app's chrome. Loaded when first
        // printed: the barcode encoder and the print layouts are ~40% of the bundle, and every window
        // would otherwise parse them at start-up
        {
          path: '/print/*',
          lazy: async () => ({ Component: (await import('../print/PrintScreen')).PrintScreen }),
        },
        {
          path: '*',
          element: (
            <AppShell>
              <Routes>
                {navItems
                  .filter((n) => n.roles.includes(role))
                  .flatMap((n) => n.routes)
                  .map((r) => (
                    <Route key={r.path} path={r.path} element={r.element} />
                  ))}
                <Route path="*" element={<Navigate to="/home" replace />} />
              </Routes>
            </AppShell>
          ),
        },
      ]),
    [role],
  )
  return <RouterProvider router={router} />
}

const Loading = (
  <Box sx={{ minHeight: '100vh', display: 'grid', placeItems: 'center' }}>
    <CircularProgress />
  </Box>
)

export function App() {
  return (
    <SessionProvider fallback={Loading}>
      <Themed />
    </SessionProvider>
  )
}
