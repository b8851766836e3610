// lunar-javascript ships no typings; declare only the surface src/shared/calendar uses.
declare module 'lunar-javascript' {
  export interface SolarInstance {
    getYear(): number
    getMonth(): number
    getDay(): number
    toYmd(): string
    getLunar(): LunarInstance
  }
  export interface LunarInstance {
    getYear(): number
    /** Negative for a leap month. */
    getMonth(): number
    getDay(): number
    getSolar(): SolarInstance
  }
  export interface LunarMonthInstance {
    getYear(): number
    /** Negative for a leap month. */
    getMonth(): number
    getDayCount(): number
    getFirstJulianDay(): number
    isLeap(): boolean
  }
  export interface LunarYearInstance {
    getYear(): number
    /** 0 when the year has no leap month. */
    getLeapMonth(): number
    /** Pass a negative month for the leap month; null when it does not exist. */
    getMonth(month: number): LunarMonthInstance | null
  }
  export const Solar: {
    fromYmd(year: number, month: number, day: number): SolarInstance
    fromJulianDay(julianDay: number): SolarInstance
  }
  export const Lunar: {
    fromYmd(year: number, month: number, day: number): LunarInstance
  }
  export const LunarYear: {
    fromYear(year: number): LunarYearInstance
  }
}
