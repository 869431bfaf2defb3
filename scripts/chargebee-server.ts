// A stand-in for Chargebee's API (v2), the project's one: no Chargebee-compatible
// server exists on npm (nothing like stripe-stateful-mock), so this small
// node:http server, on a free local port, plays the four list endpoints the
// Chargebee adapter's backfill reads (GET /api/v2/items, /api/v2/item_prices,
// /api/v2/customers, /api/v2/subscriptions) from in-memory arrays. Used by the
// demo (scripts/demo.ts) and the tests (test/chargebee-backfill.test.ts, its
// crash script test/support/chargebee-backfill-crash.ts, test/cli.test.ts
// through CHARGEBEE_API_BASE = `url`). The client talking to it is the real
// one, the official `chargebee` SDK (v3), pointed here by its own options
// (site 127.0.0.1, hostSuffix '', http, the port): its URLs, its basic auth
// and its response handling are all exercised.
//
// What it does as Chargebee documents it:
// - each site has its own API key, sent as basic auth (`<key>:`, empty
//   password); the key names the site (every site here is on 127.0.0.1). No
//   or an unknown key is a 401 with Chargebee's error JSON; any other path or
//   method a 404;
// - a list is `{ list: [{ <resource>: {...} }, ...], next_offset? }`, paged by
//   `limit` (1..100, default 10; anything else a 400 `param_wrong_value`) and
//   `offset`, the opaque `next_offset` of the previous page, sent only when
//   more remain. Like Chargebee's (a JSON array of a sort value and an id),
//   the offset names the last resource served, not a count, so a resource
//   added or removed meanwhile shifts no page; an offset it did not issue is
//   a 400;
// - a resource with `deleted: true` is listed only with `include_deleted=true`.
// What it adds for its callers: every request recorded (its API key, its site,
// the next_offset it answered), and `failRequest(n)` to answer the n-th next
// authenticated request (to one site or endpoint, if named) with a 500 of
// Chargebee's error JSON. Nothing else of Chargebee is imitated: no writes, no
// filters, no sort_by: the list order is the order of the arrays.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import Chargebee from 'chargebee';

/** The list endpoints served, by URL segment, and the key of the resource in each list entry. */
export const LIST_ENDPOINTS = {
  items: 'item',
  item_prices: 'item_price',
  customers: 'customer',
  subscriptions: 'subscription',
} as const;
export type ListEndpoint = keyof typeof LIST_ENDPOINTS;

/** What the server reads of a listed resource: its id (an offset names it) and whether it is deleted. */
export interface ListedResource {
  id: string;
  deleted?: boolean;
}

/** A Chargebee resource as JSON (a test's own example data, in Chargebee's documented shapes). */
export type Resource = { id: string; deleted?: boolean; [key: string]: unknown };

/** A site's lists, by endpoint, in list order. */
export type SiteLists = Record<ListEndpoint, ListedResource[]>;

/** The lists of a site filled with plain JSON resources (the default). */
export type ResourceLists = Record<ListEndpoint, Resource[]>;

/**
 * One site: its name, its API key and its lists, which are the arrays served: changes to them
 * (by the caller, at any time) show in later requests. `L` types the lists: plain JSON
 * resources by default, or the SDK's own types (`{ items: Item[]; ... }`) for data generated so.
 */
export type SiteData<L extends SiteLists = ResourceLists> = L & { readonly name: string; readonly apiKey: string };

/** A request received, as answered. */
export interface RecordedRequest {
  method: string;
  /** The path without the query, e.g. /api/v2/customers. */
  path: string;
  /** The list endpoint, or null for any other path or method. */
  endpoint: ListEndpoint | null;
  /** The API key of its basic auth (the username), or null (none). */
  apiKey: string | null;
  /** The site whose key authenticated it, or null (refused). */
  site: string | null;
  query: Record<string, string>;
  status: number;
  /** The `next_offset` it answered, or null (the last page, or not a list page). */
  nextOffset: string | null;
}

export interface ChargebeeServer {
  readonly port: number;
  /** The server's base URL (http://127.0.0.1:<port>): CHARGEBEE_API_BASE of the command. */
  readonly url: string;
  /**
   * Adds a site (its name; its API key, `test_<name>_key` unless given) serving `lists` (empty
   * lists unless given), and returns its data.
   */
  addSite<L extends SiteLists = ResourceLists>(name: string, options?: { apiKey?: string; lists?: L }): SiteData<L>;
  /** The data of a site added before. */
  site(name: string): SiteData;
  /** Every request received, in order (cleared with `requests.length = 0`). */
  readonly requests: RecordedRequest[];
  /** The requests of one site (to one endpoint, if given), in order. */
  requestsOf(site: string, endpoint?: ListEndpoint): RecordedRequest[];
  /**
   * Answers the `nth` next authenticated request (counted from now; to `endpoint` of `site` when
   * given) with a 500 of Chargebee's error JSON, once.
   */
  failRequest(nth: number, match?: { site?: string; endpoint?: ListEndpoint }): void;
  /** The official SDK's client of a site, pointed at this server (with another API key, if given). */
  client(site: string, options?: { apiKey?: string }): Chargebee;
  stop(): Promise<void>;
}

/** Chargebee's list defaults and bounds. */
const DEFAULT_LIMIT = 10;
const MAX_LIMIT = 100;

/** Chargebee's error body (https://apidocs.chargebee.com/docs/api/error-handling). */
function errorBody(status: number, apiErrorCode: string, errorCode: string, message: string, param?: string) {
  return {
    message,
    type: apiErrorCode === 'api_authentication_failed' ? undefined : apiErrorCode,
    api_error_code: apiErrorCode,
    ...(param ? { param, error_param: param } : {}),
    error_code: errorCode,
    error_msg: message,
    http_status_code: status,
  };
}

/** The opaque offset after `resource`: Chargebee's shape, a JSON array of a sort value and the id. */
const offsetAfter = (index: number, resource: ListedResource) =>
  JSON.stringify([String(1_700_000_000_000 + index), resource.id]);

/** The API key of a request's basic auth (the key is the username, the password empty), or null. */
function apiKeyOf(req: IncomingMessage): string | null {
  const [scheme, encoded] = (req.headers.authorization ?? '').split(' ');
  if (scheme !== 'Basic' || !encoded) return null;
  const decoded = Buffer.from(encoded, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon === -1 ? decoded : decoded.slice(0, colon);
}

function send(res: ServerResponse, status: number, body: unknown) {
  const json = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json;charset=utf-8',
    'content-length': Buffer.byteLength(json),
  });
  res.end(json);
}

/** Starts the server on a free local port (127.0.0.1), with no site. */
export async function startChargebeeServer(): Promise<ChargebeeServer> {
  const sites = new Map<string, SiteData<SiteLists>>();
  const requests: RecordedRequest[] = [];
  const failures: { remaining: number; site?: string; endpoint?: ListEndpoint }[] = [];

  const siteOfKey = (key: string | null) => [...sites.values()].find((site) => key !== null && site.apiKey === key);

  function handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const match = /^\/api\/v2\/([a-z_]+)$/.exec(url.pathname);
    const endpoint =
      match && Object.hasOwn(LIST_ENDPOINTS, match[1]) && req.method === 'GET' ? (match[1] as ListEndpoint) : null;
    const apiKey = apiKeyOf(req);
    const site = siteOfKey(apiKey);
    const recorded: RecordedRequest = {
      method: req.method ?? 'GET',
      path: url.pathname,
      endpoint,
      apiKey,
      site: site?.name ?? null,
      query: Object.fromEntries(url.searchParams),
      status: 0,
      nextOffset: null,
    };
    requests.push(recorded);
    const reply = (status: number, body: unknown) => {
      recorded.status = status;
      send(res, status, body);
    };
    if (!site) {
      const message = 'Sorry, authentication failed. Invalid api key';
      return reply(401, errorBody(401, 'api_authentication_failed', 'api_authentication_invalid_key', message));
    }
    // Every armed failure this request matches counts it; one that reaches zero answers it.
    let fail = false;
    for (const failure of [...failures]) {
      if (failure.site !== undefined && failure.site !== site.name) continue;
      if (failure.endpoint !== undefined && failure.endpoint !== endpoint) continue;
      failure.remaining -= 1;
      if (failure.remaining === 0) {
        failures.splice(failures.indexOf(failure), 1);
        fail = true;
      }
    }
    if (fail) {
      const message = 'Sorry, something went wrong when trying to process the request. (injected)';
      return reply(500, errorBody(500, 'internal_error', 'internal_error', message));
    }
    if (!endpoint) {
      const message = `Sorry, we couldn't find that resource: ${url.pathname}`;
      return reply(404, errorBody(404, 'resource_not_found', 'resource_not_found', message));
    }
    const limitParam = url.searchParams.get('limit');
    const limit = limitParam === null ? DEFAULT_LIMIT : Number(limitParam);
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) {
      const message = `limit : The value ${limitParam} is invalid; it must be from 1 to ${MAX_LIMIT}`;
      return reply(400, errorBody(400, 'invalid_request', 'param_wrong_value', message, 'limit'));
    }
    const includeDeleted = url.searchParams.get('include_deleted') === 'true';
    const all = site[endpoint];
    const listable = all
      .map((resource, index) => ({ resource, index }))
      .filter((r) => includeDeleted || !r.resource.deleted);
    let start = 0;
    const offset = url.searchParams.get('offset');
    if (offset !== null) {
      let id: unknown;
      try {
        id = (JSON.parse(offset) as unknown[])[1];
      } catch {
        id = undefined;
      }
      const at = all.findIndex((r) => r.id === id);
      if (at === -1 || offset !== offsetAfter(at, all[at])) {
        return reply(400, errorBody(400, 'invalid_request', 'param_wrong_value', 'offset : invalid value', 'offset'));
      }
      // After the position of the resource the offset names (keyset: it may since have been deleted).
      start = listable.findIndex((r) => r.index > at);
      if (start === -1) start = listable.length;
    }
    const page = listable.slice(start, start + limit);
    const kind = LIST_ENDPOINTS[endpoint];
    const last = page.at(-1);
    if (start + limit < listable.length && last) recorded.nextOffset = offsetAfter(last.index, last.resource);
    return reply(200, {
      list: page.map(({ resource }) => ({ [kind]: resource })),
      ...(recorded.nextOffset !== null ? { next_offset: recorded.nextOffset } : {}),
    });
  }

  const server = createServer(handle);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;

  const api: ChargebeeServer = {
    port,
    url: `http://127.0.0.1:${port}`,
    requests,
    addSite<L extends SiteLists = ResourceLists>(
      name: string,
      { apiKey = `test_${name}_key`, lists }: { apiKey?: string; lists?: L } = {},
    ) {
      if (sites.has(name)) throw new Error(`site ${name} exists`);
      if (siteOfKey(apiKey)) throw new Error(`the API key of site ${name} is another site's`);
      const empty: ResourceLists = { items: [], item_prices: [], customers: [], subscriptions: [] };
      // Without `lists`, L is ResourceLists (its default): the empty lists are of that type.
      const site = { ...(lists ?? (empty as SiteLists as L)), name, apiKey };
      sites.set(name, site);
      return site;
    },
    site(name) {
      const data = sites.get(name);
      if (!data) throw new Error(`no site ${name}`);
      return data as SiteData;
    },
    requestsOf(site, endpoint) {
      return requests.filter((r) => r.site === site && (endpoint === undefined || r.endpoint === endpoint));
    },
    failRequest(nth, match = {}) {
      if (!Number.isInteger(nth) || nth < 1) throw new Error(`failRequest: nth must be a positive integer`);
      failures.push({ remaining: nth, ...match });
    },
    client(site, options = {}) {
      return chargebeeClient(port, options.apiKey ?? api.site(site).apiKey);
    },
    async stop() {
      server.closeAllConnections();
      await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
    },
  };
  return api;
}

/**
 * The official SDK's client for `apiKey`, pointed at the server on `port` (for a process of its
 * own, like the crash script; in the server's process, `server.client(site)`): no retries, no
 * telemetry.
 */
export function chargebeeClient(port: number, apiKey: string): Chargebee {
  return new Chargebee({
    site: '127.0.0.1',
    hostSuffix: '',
    protocol: 'http',
    port,
    apiKey,
    timeout: 10_000,
    retryConfig: { enabled: false },
    sdkTelemetryEnabled: false,
  });
}
