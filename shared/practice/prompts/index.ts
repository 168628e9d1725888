import { PromptSchema, type Prompt } from '../schema';
import { dropbox } from './dropbox';
import { instagram } from './instagram';
import { notificationSystem } from './notificationSystem';
import { pastebin } from './pastebin';
import { rateLimiter } from './rateLimiter';
import { rideSharing } from './rideSharing';
import { twitterTimeline } from './twitterTimeline';
import { typeahead } from './typeahead';
import { urlShortener } from './urlShortener';
import { webCrawler } from './webCrawler';
import { whatsapp } from './whatsapp';
import { youtube } from './youtube';

/** The built-in prompts, parsed by the same schema a user's prompt file goes through. */
export const builtInPromptSources = [urlShortener, pastebin, twitterTimeline, instagram, youtube, whatsapp, dropbox, webCrawler, typeahead, rateLimiter, notificationSystem, rideSharing];

export const builtInPrompts: readonly Prompt[] = builtInPromptSources.map((p) => PromptSchema.parse(p));

export function promptById(id: string): Prompt | undefined {
  return builtInPrompts.find((p) => p.id === id);
}
