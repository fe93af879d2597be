/**
 * The workspace as one versioned JSON file ("Export workspace" / "Import workspace"): the user
 * datasets as the parsed files they are composed from, the settings, selection, method
 * parameters and language, the briefing deck, its presentation settings and the analyst notes.
 * Built-in datasets are not written: they ship with the app and are referred to by id.
 *
 * Reading is all-or-nothing: {@link parseWorkspace} checks every part and composes every
 * dataset before returning, so an import either has everything it needs or is refused with a
 * message saying what is wrong; it never touches the store itself.
 *
 * Format (version 1):
 * ```
 * { "format": "net-assessment-workspace", "version": 1, "exportedAt": "2026-…Z",
 *   "datasets": [{ "id", "name", "files": [ParsedFile…] }],   // user datasets, switcher order
 *   "activeDatasetId", "locale", "view", "technology", "indicator", "focusRival", "partners",
 *   "parameters", "deck", "briefing", "annotations" }
 * ```
 * Typed arrays and non-finite numbers are encoded as described in ./typed-json.ts.
 */
import { composeDataset, type ParsedFile } from '../ingest';
import type { MessageKey, MessageParams } from '../i18n';
import type { Locale } from '../i18n/locale';
import type { Parameters } from '../model/parameters';
import type { AppState, Annotations, BriefingSettings, DatasetEntry, Slide } from '../store/types';
import { isViewId, type ViewId } from '../store/view-ids';
import { MalformedPartError, reviveTypedJson, typedJsonReplacer } from './typed-json';
import * as check from './workspace-parts';

/** Value of the `format` field: says the file is a workspace of this app. */
export const WORKSPACE_FORMAT = 'net-assessment-workspace';
/** Version of the format this app writes and reads. */
export const WORKSPACE_VERSION = 1;
/** Largest workspace file read, MB (the JSON text and its parse must fit in a tab). */
export const MAX_WORKSPACE_MB = 512;

/** The state a workspace file holds. */
export type WorkspaceState = Pick<
  AppState,
  | 'datasets'
  | 'datasetOrder'
  | 'activeDatasetId'
  | 'locale'
  | 'view'
  | 'technology'
  | 'indicator'
  | 'focusRival'
  | 'partners'
  | 'parameters'
  | 'deck'
  | 'briefing'
  | 'annotations'
>;

/** A dataset as written in the file. */
export interface WorkspaceDataset {
  /** Dataset id (kept, so slides and the URL still point at it). */
  id: string;
  /** Display name. */
  name: string;
  /** Parsed files it is composed from. */
  files: ParsedFile[];
}

/** The file's content (version 1). */
export interface WorkspaceFile {
  /** Always {@link WORKSPACE_FORMAT}. */
  format: typeof WORKSPACE_FORMAT;
  /** Always {@link WORKSPACE_VERSION}. */
  version: typeof WORKSPACE_VERSION;
  /** When the file was written (ISO 8601). */
  exportedAt: string;
  /** User datasets in switcher order. */
  datasets: WorkspaceDataset[];
  /** Active dataset (a user dataset of the file or a built-in one). */
  activeDatasetId: string | null;
  /** Language. */
  locale: Locale;
  /** View shown. */
  view: ViewId;
  /** Technology in focus. */
  technology: string | null;
  /** Indicator in focus. */
  indicator: string | null;
  /** Rival in focus. */
  focusRival: string | null;
  /** Partner candidates. */
  partners: string[];
  /** Method parameters. */
  parameters: Parameters;
  /** Briefing slides. */
  deck: Slide[];
  /** Presentation settings. */
  briefing: BriefingSettings;
  /** Analyst notes. */
  annotations: Annotations;
}

/** The user datasets of `state`, in switcher order. */
function userDatasets(state: WorkspaceState): WorkspaceDataset[] {
  return state.datasetOrder
    .map((id) => state.datasets[id])
    .filter((entry): entry is DatasetEntry => entry?.dataset.origin === 'user')
    .map((entry) => ({ id: entry.dataset.id, name: entry.dataset.name, files: entry.files }));
}

/** The workspace file of `state`. */
export function workspaceFile(state: WorkspaceState, exportedAt: Date = new Date()): WorkspaceFile {
  return {
    format: WORKSPACE_FORMAT,
    version: WORKSPACE_VERSION,
    exportedAt: exportedAt.toISOString(),
    datasets: userDatasets(state),
    activeDatasetId: state.activeDatasetId,
    locale: state.locale,
    view: state.view,
    technology: state.technology,
    indicator: state.indicator,
    focusRival: state.focusRival,
    partners: state.partners,
    parameters: state.parameters,
    deck: state.deck,
    briefing: state.briefing,
    annotations: state.annotations,
  };
}

/** The workspace file of `state` as JSON text. */
export function workspaceJson(state: WorkspaceState, exportedAt: Date = new Date()): string {
  return JSON.stringify(workspaceFile(state, exportedAt), typedJsonReplacer);
}

/** A workspace read from a file, ready to replace the current one. */
export interface RestoredWorkspace {
  /** The file's user datasets, composed, in switcher order. */
  entries: DatasetEntry[];
  /** Active dataset id, resolved against the datasets that will exist (null: none). */
  activeDatasetId: string | null;
  /** Settings and selection. */
  locale: Locale;
  view: ViewId;
  technology: string | null;
  indicator: string | null;
  focusRival: string | null;
  partners: string[];
  /** Method parameters. */
  parameters: Parameters;
  /** Briefing deck, presentation settings and notes. */
  deck: Slide[];
  briefing: BriefingSettings;
  annotations: Annotations;
}

/** Why a file was refused: a message key and its parameters (rendered in the UI language). */
export interface WorkspaceError {
  key: MessageKey;
  params?: MessageParams;
}

/** Outcome of {@link parseWorkspace}. */
export type WorkspaceParseResult = { ok: true; workspace: RestoredWorkspace } | { ok: false; error: WorkspaceError };

function firstLine(text: string): string {
  return text.split('\n')[0]!.slice(0, 200);
}

/** A dataset of the file that does not compose (thrown inside readParts, caught by parseWorkspace). */
class DatasetError extends Error {
  constructor(
    readonly datasetName: string,
    readonly detail: string,
  ) {
    super(detail);
  }
}

function readParts(raw: Record<string, unknown>, builtinIds: ReadonlySet<string>): RestoredWorkspace {
  const revived = check.record(reviveTypedJson(raw), 'file');
  const seen = new Set<string>();
  const entries: DatasetEntry[] = check.array(revived.datasets, 'datasets').map((item, index) => {
    const part = `datasets[${index}]`;
    const dataset = check.record(item, part);
    const id = check.string(dataset.id, `${part}.id`);
    const name = check.string(dataset.name, `${part}.name`);
    if (!id) throw new MalformedPartError(`${part}.id`, 'empty id');
    if (seen.has(id) || builtinIds.has(id)) throw new MalformedPartError(`${part}.id`, `id ${id} is used twice`);
    seen.add(id);
    const files = check.array(dataset.files, `${part}.files`).map((file, k) => check.parsedFile(file, `${part}.files[${k}]`));
    let composed: ReturnType<typeof composeDataset>;
    try {
      composed = composeDataset(files, { id, name, origin: 'user' });
    } catch (error) {
      throw new DatasetError(name, error instanceof Error ? error.message : String(error));
    }
    if (!composed.ok) {
      const first = composed.errors[0];
      throw new DatasetError(name, `${composed.errors.length} error(s)${first ? `, first: ${first.code}${first.file ? ` in ${first.file}` : ''}${first.row ? ` row ${first.row}` : ''}` : ''}`);
    }
    return { dataset: composed.value, files };
  });

  const locale = revived.locale;
  if (locale !== 'ja' && locale !== 'en') throw new MalformedPartError('locale', 'expected ja or en');
  if (typeof revived.view !== 'string' || !isViewId(revived.view)) throw new MalformedPartError('view', 'unknown view');
  const active = revived.activeDatasetId === undefined ? null : check.stringOrNull(revived.activeDatasetId, 'activeDatasetId');
  const known = (id: string | null) => id !== null && (seen.has(id) || builtinIds.has(id));
  const fallback = entries[0]?.dataset.id ?? [...builtinIds][0] ?? null;
  return {
    entries,
    activeDatasetId: known(active) ? active : fallback,
    locale,
    view: revived.view,
    technology: check.stringOrNull(revived.technology, 'technology'),
    indicator: check.stringOrNull(revived.indicator, 'indicator'),
    focusRival: check.stringOrNull(revived.focusRival, 'focusRival'),
    partners: check.strings(revived.partners, 'partners'),
    parameters: check.parameters(revived.parameters, 'parameters'),
    deck: check.array(revived.deck, 'deck').map((item, index) => check.slide(item, `deck[${index}]`)),
    briefing: check.briefingSettings(revived.briefing, 'briefing'),
    annotations: check.annotations(revived.annotations, 'annotations'),
  };
}

/**
 * Read a workspace file. `builtinIds` are the built-in datasets of this app (a file may point
 * at them; its own datasets may not reuse their ids). Never throws: every problem is a
 * {@link WorkspaceError}.
 */
export function parseWorkspace(text: string, builtinIds: ReadonlySet<string>): WorkspaceParseResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\ufeff/, ''));
  } catch (error) {
    return { ok: false, error: { key: 'workspace.error.notJson', params: { detail: firstLine(error instanceof Error ? error.message : String(error)) } } };
  }
  if (!check.isRecord(raw) || raw.format !== WORKSPACE_FORMAT) return { ok: false, error: { key: 'workspace.error.notWorkspace' } };
  if (raw.version !== WORKSPACE_VERSION) {
    const found = typeof raw.version === 'number' || typeof raw.version === 'string' ? String(raw.version) : '?';
    const newer = typeof raw.version === 'number' && Number.isInteger(raw.version) && raw.version > WORKSPACE_VERSION;
    return { ok: false, error: { key: newer ? 'workspace.error.newerVersion' : 'workspace.error.version', params: { found, supported: WORKSPACE_VERSION } } };
  }
  try {
    return { ok: true, workspace: readParts(raw, builtinIds) };
  } catch (error) {
    if (error instanceof MalformedPartError) return { ok: false, error: { key: 'workspace.error.malformed', params: { part: error.part, detail: error.detail } } };
    if (error instanceof DatasetError) return { ok: false, error: { key: 'workspace.error.dataset', params: { name: error.datasetName, detail: error.detail } } };
    return { ok: false, error: { key: 'workspace.error.malformed', params: { part: 'file', detail: firstLine(error instanceof Error ? error.message : String(error)) } } };
  }
}
