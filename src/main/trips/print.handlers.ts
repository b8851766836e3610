import type { printCalls } from '../../shared/trips/resources.api'
import type { Handlers } from '../api/dispatcher'
import type { Ctx } from '../core/context'

type PrintHandlers = Handlers<{ print: typeof printCalls }>['print']

/**
 * Printing is one path for every printed page (itinerary, manifest, later the feedback form): the
 * renderer shows a print-preview route, then asks main to print what its window shows.
 */
export function printHandlers(ctx: Ctx): PrintHandlers {
  return {
    current: (input, session) => ctx.effects.print(session, { title: input.title, mode: input.mode }),
  }
}
