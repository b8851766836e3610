import i18n from 'i18next'
import { initReactI18next } from 'react-i18next'
import { resources } from './resources'

export type Language = 'zh-CN' | 'en'

void i18n.use(initReactI18next).init({
  resources,
  lng: 'zh-CN',
  fallbackLng: false,
  ns: Object.keys(resources['zh-CN']),
  defaultNS: 'common',
  interpolation: { escapeValue: false },
  returnNull: false,
})

export function setLanguage(lang: Language): void {
  void i18n.changeLanguage(lang)
  document.documentElement.lang = lang
}

export default i18n
