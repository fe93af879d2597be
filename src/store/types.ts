/**
 * Shape of the one application store. Only what the user chose or loaded lives here; every
 * analysis result is derived from it by memoised selectors (src/store/selectors.ts).
 */
import type { Dataset, LoadIssue } from '../model/dataset';
import type { Parameters } from '../model/parameters';
import type { Locale } from '../i18n/locale';
import type { ParsedFile } from '../ingest';
import type { ViewId } from './view-ids';

/** A dataset of the workspace with what is needed to extend or persist it. */
export interface DatasetEntry {
  /** Composed, validated dataset. */
  dataset: Dataset;
  /** Parsed files it was composed from (empty for built-in datasets, which are re-read from the app). */
  files: ParsedFile[];
}

/** Progress of a load in flight. */
export interface LoadProgress {
  /** Names of the files being read. */
  fileNames: string[];
  /** 0..1. */
  fraction: number;
}

/** Outcome of the last load, shown in the validation report until dismissed. */
export interface LoadReport {
  /** Loaded, refused or cancelled. */
  status: 'loaded' | 'refused' | 'cancelled';
  /** Files involved. */
  fileNames: string[];
  /** Dataset the files went into (loaded only). */
  datasetId?: string;
  /** Blocking errors (refused only). */
  errors: LoadIssue[];
  /** Warnings. */
  warnings: LoadIssue[];
  /** When it happened (ms since epoch). */
  at: number;
}

/** Where browser storage stands. */
export type StorageStatus =
  | { state: 'ok' }
  | { state: 'unavailable'; reason: string }
  | { state: 'failed'; reason: string };

/** Workspace: datasets and loading. */
export interface WorkspaceSlice {
  /** Datasets by id, in the order they were added (built-in first). */
  datasets: Record<string, DatasetEntry>;
  /** Ids in display order. */
  datasetOrder: string[];
  /** Active dataset id. */
  activeDatasetId: string | null;
  /** Load in flight, if any. */
  loadProgress: LoadProgress | null;
  /** Last load outcome, if not dismissed. */
  loadReport: LoadReport | null;
  /** Browser storage status. */
  storage: StorageStatus;
}

/** What the user is looking at. */
export interface SelectionSlice {
  /** Current view. */
  view: ViewId;
  /** Technology in focus (comparison table, trends, profile); null = first technology. */
  technology: string | null;
  /** Indicator in focus (trends); null = first scored indicator of the technology. */
  indicator: string | null;
  /** Rival in focus (matrix, quadrant, runway, ranking); null = first rival. */
  focusRival: string | null;
  /** Partner candidates shown in the coalition builder; empty = every partner-role country. */
  partners: string[];
}

/** Interface preferences. */
export interface UiSlice {
  /** Language. */
  locale: Locale;
}

/**
 * A briefing slide: a view frozen with its selection and parameters. It is re-rendered live
 * from this snapshot (never a bitmap), so numbers on a slide always come from the engine.
 */
export interface Slide {
  /** Stable id (random). */
  id: string;
  /** View shown. */
  view: ViewId;
  /** Title shown on the slide; empty = the view's own title. */
  title: string;
  /** Speaker notes (presenter window only). */
  notes: string;
  /** Dataset id the slide reads. */
  datasetId: string;
  /** Selection captured with the slide. */
  selection: Pick<SelectionSlice, 'technology' | 'indicator' | 'focusRival' | 'partners'>;
  /** Method parameters captured with the slide. */
  parameters: Parameters;
  /** When it was captured (ms since epoch). */
  createdAt: number;
}

/** Projector themes of presentation mode. */
export type PresentationTheme = 'light' | 'dark';

/** How the deck is presented. */
export interface BriefingSettings {
  /** Classification marking shown top and bottom of every slide (e.g. 「取扱注意」); empty = none. */
  marking: string;
  /** Projector theme (both high contrast). */
  theme: PresentationTheme;
}

/**
 * An analyst note on a technology or an indicator, shown in the views and on slides.
 * Key: `technology:<id>` or `indicator:<id>` (see annotationKey in src/store/annotations.ts).
 */
export type Annotations = Record<string, string>;

/** Briefing deck and analyst notes (persisted with the workspace). */
export interface BriefingSlice {
  /** Slides in presentation order. */
  deck: Slide[];
  /** Presentation settings. */
  briefing: BriefingSettings;
  /** Analyst notes by key. */
  annotations: Annotations;
}

/** All state. */
export interface AppState extends WorkspaceSlice, SelectionSlice, UiSlice, BriefingSlice {
  /** Method parameters (§ Parameters of METHODOLOGY.md). */
  parameters: Parameters;
}
