/**
 * Reading a workspace file (see ./workspace.ts for the format): all-or-nothing. Every part is
 * checked and every dataset composed before anything is returned; the store is never touched.
 * Kept apart from the writer because it brings the dataset composer, which the app loads only
 * when a file is read.
 */
import { composeDataset } from '../ingest/compose';
import type { DatasetEntry } from '../store/types';
import { isViewId } from '../store/view-ids';
import { MalformedPartError, reviveTypedJson } from './typed-json';
import * as check from './workspace-parts';
import { WORKSPACE_FORMAT, WORKSPACE_VERSION, type RestoredWorkspace, type WorkspaceParseResult } from './workspace';

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
    deck: check.deck(revived.deck, 'deck'),
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
