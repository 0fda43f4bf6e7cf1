// Office's own Excel client library (the Excel-on-the-web host library of @microsoft/office-js)
// loaded in jsdom, with its requests routed to the recording fake. The adapter then runs through
// the real proxies, the real request queue and the real JSON serialisation: each context.sync()
// sends the body Excel would get, whose UTF-8 bytes are recorded here, and the body is replayed on
// the fake (object paths become fake proxies, actions become fake calls), so what the adapter asked
// for lands in the fake's workbook and its loads are answered from it.
//
// The library checks requirement sets itself when it is told to (CommonUtility's API check), so
// a member above `apiLevel` throws ApiNotFound before anything is sent; a member the npm library
// lacks altogether (notes, ExcelApi 1.18) is simply undefined, as in an old host.
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import type { ExcelRun } from '../../../src/workbook/excel/adapter';
import { FakeOfficeError, type FakeExcel } from './fakeExcel';

const LIBRARY = require.resolve('@microsoft/office-js/dist/excel-web-16.00.js');

interface OfficeWindow {
  Excel: { RequestContext: new () => RealContext; run: (context: RealContext, batch: (context: Excel.RequestContext) => Promise<unknown>) => Promise<unknown> };
  OfficeExtension: { CommonUtility: { _doApiNotSupportedCheck: boolean } };
  OSF: { _OfficeAppFactory?: { getContext(): unknown } };
}

interface RealContext {
  _requestExecutor: { executeAsync(customData: unknown, flags: number, message: { Body: RequestBody }): Promise<unknown> };
}

interface ArgumentInfo {
  Arguments?: unknown[];
  ReferencedObjectPathIds?: number[];
}

interface ObjectPathInfo {
  Id: number;
  /** 1 global object, 2 new object, 3 method, 4 property, 5 indexer, 6 reference id, 7 null object. */
  ObjectPathType: number;
  Name: string;
  ParentObjectPathId?: number;
  ArgumentInfo?: ArgumentInfo;
}

interface ActionInfo {
  Id: number;
  /** 1 instantiate, 2 query, 3 method, 4 set property. */
  ActionType: number;
  Name: string;
  ObjectPathId: number;
  ArgumentInfo?: ArgumentInfo;
  QueryInfo?: { Select?: string[]; Expand?: string[] };
}

export interface RequestBody {
  Actions: ActionInfo[];
  ObjectPaths: Record<string, ObjectPathInfo>;
}

/** One request the library sent: its body's UTF-8 bytes and what it held. */
export interface RealRequest {
  bytes: number;
  actions: number;
  objectPaths: number;
}

let loaded: OfficeWindow | null = null;
/** The requirement-set level the library answers isSetSupported with; set per run. */
let declaredLevel = '1.17';

/** The library, loaded once per test file (it is 1.4 MB of script). */
function library(): OfficeWindow {
  if (loaded) return loaded;
  const dom = new JSDOM('<!doctype html><html><head></head><body></body></html>', { runScripts: 'outside-only', url: 'https://localhost/' });
  const window = dom.window as unknown as OfficeWindow & { eval(code: string): unknown };
  window.eval(readFileSync(LIBRARY, 'utf8'));
  window.OfficeExtension.CommonUtility._doApiNotSupportedCheck = true;
  // Office.context comes from the app factory office.js sets up in a host; here it holds only the
  // requirements, answering at the declared level.
  const requirements = { isSetSupported: (name: string, version?: string) => name !== 'ExcelApi' || compareLevels(version ?? '1.1', declaredLevel) <= 0 };
  window.OSF._OfficeAppFactory = { getContext: () => ({ requirements }) };
  loaded = window;
  return window;
}

function compareLevels(a: string, b: string): number {
  const [am, an] = a.split('.').map(Number);
  const [bm, bn] = b.split('.').map(Number);
  return am - bm || (an ?? 0) - (bn ?? 0);
}

export function utf8Bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

export interface RealExcel {
  /** Excel.run of the real library over the fake, for `new ExcelWorkbook(run)`. */
  run: ExcelRun;
  /** Every request sent since the last reset, in order. */
  requests: RealRequest[];
  /** The largest request, in bytes. */
  readonly largest: number;
}

/** The real library over `fake`, answering isSetSupported('ExcelApi', v) for v up to `apiLevel`. */
export function realExcel(fake: FakeExcel, apiLevel = '1.17'): RealExcel {
  const window = library();
  const requests: RealRequest[] = [];
  const run: ExcelRun = (batch) =>
    fake.run((fakeContext) => {
      declaredLevel = apiLevel;
      const context = new window.Excel.RequestContext();
      const bridge = new Bridge(fakeContext as unknown as FakeProxy);
      context._requestExecutor = {
        async executeAsync(_customData, _flags, message) {
          const text = JSON.stringify(message.Body);
          requests.push({ bytes: utf8Bytes(text), actions: message.Body.Actions.length, objectPaths: Object.keys(message.Body.ObjectPaths).length });
          return bridge.execute(message.Body);
        },
      };
      return window.Excel.run(context, batch) as ReturnType<typeof batch>;
    });
  return {
    run,
    requests,
    get largest() {
      return requests.reduce((max, r) => Math.max(max, r.bytes), 0);
    },
  };
}

/** A fake proxy, seen through its members. */
type FakeProxy = Record<string, unknown> & { sync?: () => Promise<void> };

const camel = (name: string) => name.charAt(0).toLowerCase() + name.slice(1);
const pascal = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);

/** Replays requests of one real context on one fake context. */
class Bridge {
  private readonly proxies = new Map<number, FakeProxy>();
  private readonly references = new Map<string, FakeProxy>();

  constructor(private readonly fakeContext: FakeProxy) {}

  async execute(body: RequestBody): Promise<unknown> {
    const kept = new Set(body.Actions.filter((a) => a.ActionType === 3 && a.Name === '_KeepReference').map((a) => a.ObjectPathId));
    const queries: { action: ActionInfo; proxy: FakeProxy }[] = [];
    const results: { ActionId: number; Value: unknown }[] = [];
    try {
      for (const action of body.Actions) {
        if (action.ActionType === 1) {
          this.resolve(body, action.ObjectPathId);
          const reference = kept.has(action.ObjectPathId) ? `ref${action.ObjectPathId}` : null;
          if (reference) this.references.set(reference, this.proxies.get(action.ObjectPathId)!);
          results.push({ ActionId: action.Id, Value: reference ? { _ReferenceId: reference } : {} });
          continue;
        }
        const proxy = this.resolve(body, action.ObjectPathId);
        const args = this.args(body, action.ArgumentInfo);
        if (action.ActionType === 2) {
          const paths = [...(action.QueryInfo?.Select ?? []), ...(action.QueryInfo?.Expand ?? [])];
          (proxy.load as (spec: string) => unknown)(paths.join(','));
          queries.push({ action, proxy });
        } else if (action.ActionType === 3) {
          // Reference keeping is the bridge's own; the array size check is the library's, for Excel.
          if (['_KeepReference', '_RemoveReference', '_ValidateArraySize'].includes(action.Name)) continue;
          call(proxy, camel(action.Name), args);
        } else if (action.ActionType === 4) {
          proxy[camel(action.Name)] = args[0];
        } else {
          throw new Error(`officeLibrary: action type ${action.ActionType} (${action.Name}) is not replayed`);
        }
      }
      await (this.fakeContext.sync as () => Promise<void>)();
    } catch (error) {
      if (!(error instanceof FakeOfficeError)) throw error;
      return { HttpStatusCode: 400, ErrorCode: '', ErrorMessage: '', Headers: {}, Body: { Error: { Code: error.code, Message: error.message, HttpStatusCode: 400, ActionIndex: -1, Location: '' } } };
    }
    for (const { action, proxy } of queries) results.push({ ActionId: action.Id, Value: answer(proxy, action.QueryInfo?.Select ?? []) });
    return { HttpStatusCode: 200, ErrorCode: '', ErrorMessage: '', Headers: {}, Body: { Results: results } };
  }

  /** The fake proxy of an object path, made when first met: a creating path (tables.add …) at its instantiation, in action order. */
  private resolve(body: RequestBody, id: number): FakeProxy {
    const known = this.proxies.get(id);
    if (known) return known;
    const info = body.ObjectPaths[String(id)];
    if (!info) throw new Error(`officeLibrary: object path ${id} was not sent`);
    let proxy: FakeProxy;
    switch (info.ObjectPathType) {
      case 1:
        proxy = this.fakeContext.workbook as FakeProxy;
        break;
      case 4:
        proxy = this.resolve(body, info.ParentObjectPathId!)[camel(info.Name)] as FakeProxy;
        break;
      case 3: {
        const parent = this.resolve(body, info.ParentObjectPathId!);
        const args = this.args(body, info.ArgumentInfo);
        // An item of a loaded collection, which Excel gave no id: the library reaches it by its index.
        if (info.Name === 'GetItemAt') proxy = (parent.items as FakeProxy[])[args[0] as number];
        else proxy = call(parent, camel(info.Name), args) as FakeProxy;
        break;
      }
      case 5:
        proxy = call(this.resolve(body, info.ParentObjectPathId!), 'getItem', this.args(body, info.ArgumentInfo)) as FakeProxy;
        break;
      case 6: {
        const referenced = this.references.get(info.Name);
        if (!referenced) throw new Error(`officeLibrary: unknown reference ${info.Name}`);
        proxy = referenced;
        break;
      }
      default:
        throw new Error(`officeLibrary: object path type ${info.ObjectPathType} (${info.Name}) is not replayed`);
    }
    if (proxy === undefined) throw new Error(`officeLibrary: the fake has no ${info.Name}`);
    this.proxies.set(id, proxy);
    return proxy;
  }

  private args(body: RequestBody, info: ArgumentInfo | undefined): unknown[] {
    const args = info?.Arguments ?? [];
    const refs = info?.ReferencedObjectPathIds ?? [];
    return args.map((arg, i) => (refs[i] ? this.resolve(body, refs[i]) : arg));
  }
}

function call(proxy: FakeProxy, name: string, args: unknown[]): unknown {
  const method = proxy[name];
  if (typeof method !== 'function') throw new Error(`officeLibrary: the fake has no method ${name}`);
  // The library sends trailing optional arguments as null; the fake, like Excel, takes them as absent.
  let end = args.length;
  while (end > 0 && (args[end - 1] === null || args[end - 1] === undefined)) end--;
  return (method as (...a: unknown[]) => unknown).apply(proxy, args.slice(0, end));
}

/** A query's answer as Excel sends it: PascalCase properties, `_Items` for a collection, null for a null object. */
function answer(proxy: FakeProxy, select: string[]): unknown {
  if ('items' in proxy) return { _Items: (proxy.items as FakeProxy[]).map((item) => fields(item, select)) };
  return proxy.isNullObject === true ? null : fields(proxy, select);
}

function fields(proxy: FakeProxy, select: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const path of select) {
    const parts = path.split('/');
    let source: FakeProxy = proxy;
    let target = out;
    for (const part of parts.slice(0, -1)) {
      source = source[part] as FakeProxy;
      target = (target[pascal(part)] ??= {}) as Record<string, unknown>;
    }
    const last = parts[parts.length - 1];
    target[pascal(last)] = source[last];
  }
  return out;
}
