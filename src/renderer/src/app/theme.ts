import { createTheme } from '@mui/material/styles'
import { zhCN, enUS } from '@mui/material/locale'

const cjkFonts = [
  '"Microsoft YaHei UI"',
  '"Microsoft YaHei"',
  '"PingFang SC"',
  '"Hiragino Sans GB"',
  '"Noto Sans CJK SC"',
  '"Source Han Sans SC"',
  '"WenQuanYi Micro Hei"',
]
// Latin punctuation (’ “ ”) from a Latin font in English; CJK fonts still cover Chinese names.
const latinFonts = ['"Segoe UI"', 'Roboto', '"Helvetica Neue"', 'Arial']
const fontFamily = (lang: 'zh-CN' | 'en') =>
  [...(lang === 'en' ? latinFonts : []), ...cjkFonts, 'system-ui', 'sans-serif'].join(',')

/**
 * When the system asks for reduced motion, dialogs, menus and drawers appear without sliding or
 * fading and buttons give no ripple: clerks who turned animations off (and slow office PCs that
 * repaint every frame of a fade) get screens that simply change.
 */
const still = {
  transitions: {
    create: () => 'none',
    duration: {
      shortest: 0,
      shorter: 0,
      short: 0,
      standard: 0,
      complex: 0,
      enteringScreen: 0,
      leavingScreen: 0,
    },
  },
}

export function makeTheme(lang: 'zh-CN' | 'en', reducedMotion = false) {
  return createTheme(
    {
      ...(reducedMotion ? still : {}),
      palette: {
        primary: { main: '#00695c' },
        secondary: { main: '#ef6c00' },
        // MUI's orange and light blue carry white chip text and outlined labels at about 3:1; these
        // darker shades keep the same hue at 4.6:1 or more on white and on the page grey (WCAG AA)
        warning: { main: '#b45309' },
        info: { main: '#0277bd' },
        background: { default: '#f4f6f6' },
      },
      shape: { borderRadius: 8 },
      typography: {
        fontFamily: fontFamily(lang),
        fontSize: 14,
        button: { textTransform: 'none', fontWeight: 600 },
      },
      components: {
        MuiButtonBase: { defaultProps: { disableRipple: reducedMotion } },
        MuiTextField: { defaultProps: { size: 'small', fullWidth: true } },
        MuiSelect: { defaultProps: { size: 'small' } },
        MuiButton: { defaultProps: { disableElevation: true } },
        // below 1200 px (1366×768 at 125% is 1093 CSS px) cells pad 10 px a side instead of 16, so a
        // nine-column list still fits without hiding its last columns behind a sideways scroll
        MuiTableCell: {
          styleOverrides: {
            root: {
              paddingTop: 8,
              paddingBottom: 8,
              '@media (max-width: 1199.95px)': { paddingLeft: 10, paddingRight: 10 },
            },
          },
        },
        MuiPaper: {
          defaultProps: { elevation: 0 },
          styleOverrides: { root: { border: '1px solid #e0e4e4' } },
        },
        MuiAppBar: { styleOverrides: { root: { border: 'none' } } },
        MuiDrawer: { styleOverrides: { paper: { border: 'none' } } },
        MuiDialog: { styleOverrides: { paper: { border: 'none' } } },
        MuiMenu: { styleOverrides: { paper: { border: 'none' } } },
        MuiPopover: { styleOverrides: { paper: { border: 'none' } } },
      },
    },
    lang === 'zh-CN' ? zhCN : enUS,
  )
}
