/**
 * Chrome's managed-storage schema (public/managed-schema.json, the manifest's
 * `storage.managed_schema`), generated from the settings schema (core/settings.ts) by
 * `npm run gen:managed-schema`, so a setting and its policy can never disagree; a unit test
 * keeps the committed file equal to this output.
 *
 * Chrome accepts a subset of JSON Schema (type, properties, items, enum, minimum, maximum,
 * title, description; the top level an object without additionalProperties) and refuses to load
 * an extension whose schema has anything else, so zod's JSON Schema is reduced to that subset
 * here, and a construct with no counterpart there (a union, a tuple…) fails the generation
 * instead of shipping. Only scripts and tests import this module: it is not in any bundle.
 */
import * as z from 'zod/mini';
import { LOCKED_KEY } from './policy';
import { DEFAULT_SETTINGS, StrictSettingsSchema } from './settings';

/**
 * What an administrator reads beside each policy (chrome://policy, the docs). A new setting
 * without a line here fails the generation (and so the schema test), not the typecheck, so that
 * a setting can land before its description.
 */
const DESCRIPTIONS: Readonly<Record<string, string>> = {
  siteMode:
    "Where JAK Lens runs: 'all' sites, 'only-listed' (only the sites in 'sites') or 'except-listed' (every site but those).",
  sites: "Hostnames for 'siteMode', e.g. 'nejm.org'; a site covers its subdomains. At most 300.",
  highlightStyle: "How drug names are highlighted: 'background', 'underline' or 'none'.",
  groups: 'Which groups of drugs are highlighted (each true or false; a group left out is on).',
  autoOpen: 'Open the sidebar by itself when a page mentions a drug.',
  openPdfsInReader: "Open PDF tabs in JAK Lens's own reader, where drug names are highlighted.",
  side: "Which side of the page the sidebar opens on: 'left' or 'right'.",
  layout: "'overlay' (the sidebar covers the page) or 'push' (the page moves aside).",
  theme: "'auto' (as the system), 'light' or 'dark'.",
  language: "The interface language: 'auto' (the browser's) or a language code.",
  sidebarWidth: 'Sidebar width in pixels.',
  hoverCards: 'Show a card when the pointer rests on a highlighted drug name (false: no cards).',
  hoverDelay: 'How long the pointer rests on a name before its card shows.',
  noCardSites: "Hostnames where the pointer shows no cards ('Don't show cards on this site').",
  fuzzyMatching:
    "Also highlight misspelt drug names one letter from a long name, e.g. 'Dupixant' (false: exact names only).",
  feedbackAddress:
    "Where 'Report a problem with a note' sends reports: a mailto: address or an https: URL. Empty: the report is offered for copying.",
};

const LOCKED_DESCRIPTION =
  'Settings the user may not change: these take the value set here (or the built-in default). Settings set here but not locked are defaults the user may change.';

type Node = Record<string, unknown>;

/** Keys of zod's output that Chrome has no use for and that can be dropped safely. */
const DROPPED = new Set(['$schema', 'additionalProperties', 'maxItems', 'minItems', 'default']);
const TYPES = new Set(['boolean', 'string', 'integer', 'number', 'array', 'object']);

function chromeSubset(node: Node, path: string): Node {
  const out: Node = {};
  const type = node.type;
  if (typeof type !== 'string' || !TYPES.has(type)) {
    throw new Error(
      `${path}: Chrome's managed schema needs one plain type, got ${JSON.stringify(node)}`,
    );
  }
  out.type = type;
  for (const [key, value] of Object.entries(node)) {
    if (key === 'type' || DROPPED.has(key)) continue;
    if (key === 'enum' || key === 'description' || key === 'title') out[key] = value;
    else if ((key === 'minimum' || key === 'maximum') && typeof value === 'number')
      out[key] = value;
    else if (key === 'items' && type === 'array')
      out.items = chromeSubset(value as Node, `${path}[]`);
    else if (key === 'properties' && type === 'object') {
      out.properties = Object.fromEntries(
        Object.entries(value as Record<string, Node>).map(([name, child]) => [
          name,
          chromeSubset(child, `${path}.${name}`),
        ]),
      );
    } else {
      throw new Error(`${path}: '${key}' has no counterpart in Chrome's managed schema`);
    }
  }
  return out;
}

/** The managed-storage schema, as an object. */
export function managedSchema(): Node {
  const settings = chromeSubset(
    z.toJSONSchema(StrictSettingsSchema, { io: 'input', unrepresentable: 'throw' }) as Node,
    'settings',
  );
  const properties: Record<string, Node> = {};
  for (const [name, node] of Object.entries(settings.properties as Record<string, Node>)) {
    const description = DESCRIPTIONS[name];
    if (!description) throw new Error(`settings.${name}: describe it in core/managed-schema.ts`);
    properties[name] = { ...node, description };
  }
  properties[LOCKED_KEY] = {
    type: 'array',
    description: LOCKED_DESCRIPTION,
    items: { type: 'string', enum: Object.keys(DEFAULT_SETTINGS) },
  };
  return { type: 'object', properties };
}
