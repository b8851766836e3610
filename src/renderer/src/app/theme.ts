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

export function makeTheme(lang: 'zh-CN' | 'en') {
  return createTheme(
    {
      palette: {
        primary: { main: '#00695c' },
        secondary: { main: '#ef6c00' },
        background: { default: '#f4f6f6' },
      },
      shape: { borderRadius: 8 },
      typography: {
        fontFamily: fontFamily(lang),
        fontSize: 14,
        button: { textTransform: 'none', fontWeight: 600 },
      },
      components: {
        MuiTextField: { defaultProps: { size: 'small', fullWidth: true } },
        MuiSelect: { defaultProps: { size: 'small' } },
        MuiButton: { defaultProps: { disableElevation: true } },
        MuiTableCell: { styleOverrides: { root: { paddingTop: 8, paddingBottom: 8 } } },
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
