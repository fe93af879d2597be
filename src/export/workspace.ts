/**
 * The workspace as one versioned JSON file ("Export workspace" / "Import workspace"): the user
 * datasets as the parsed files they are composed from, the settings, selection, method
 * parameters and language, the briefing deck, its presentation settings and the analyst notes.
 * Built-in datasets are not written: they ship with the app and are referred to by id.
 *
 * Reading is all-or-nothing: parseWorkspace (./workspace-read.ts, loaded only when a file is
 * imported, since it brings the dataset composer) checks every part and composes every dataset
 * before returning, so an import either has everything it needs or is refused with a message
 * saying what is wrong; it never touches the store itself.
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
import type { ParsedFile } from '../ingest';
import type { MessageKey, MessageParams } from '../i18n';
import type { Locale } from '../i18n/locale';
import type { Parameters } from '../model/parameters';
import type { AppState, Annotations, BriefingSettings, DatasetEntry, Slide } from '../store/types';
import type { ViewId } from '../store/view-ids';
import { typedJsonReplacer } from './typed-json';

/** Value of the `format` field: says the file is a workspace of this app. */
export const WORKSPACE_FORMAT = 'net-assessment-workspace';
/** Version of the format this app writes and reads. */
export const WORKSPACE_VERSION = 1;

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

/** Outcome of parseWorkspace (./workspace-read.ts). */
export type WorkspaceParseResult = { ok: true; workspace: RestoredWorkspace } | { ok: false; error: WorkspaceError };
