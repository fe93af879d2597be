import type { MessageTable } from './types';

/** Strings of exports. */
export const exportsMessages = {
  'export.rankingsCsv': { en: 'Export rankings (CSV)', ja: 'ランキングをCSVで書き出す' },

  // Chart actions (every chart frame).
  'export.chart.svg': { en: 'SVG', ja: 'SVG' },
  'export.chart.png': { en: 'PNG (2×)', ja: 'PNG（2倍）' },
  'export.chart.csv': { en: 'CSV', ja: 'CSV' },
  'export.chart.svgName': { en: 'Download chart “{title}” as SVG', ja: 'グラフ「{title}」をSVGでダウンロード' },
  'export.chart.pngName': { en: 'Download chart “{title}” as PNG (2×)', ja: 'グラフ「{title}」をPNG（2倍）でダウンロード' },
  'export.chart.csvName': { en: 'Download the data of chart “{title}” as CSV', ja: 'グラフ「{title}」のデータをCSVでダウンロード' },
  'export.chart.failed': { en: 'The chart could not be exported ({reason}).', ja: 'グラフを書き出せませんでした（{reason}）。' },

  // Workspace file (header menu and storage notice).
  'workspace.export': { en: 'Export workspace', ja: 'ワークスペースを書き出す' },
  'workspace.exportName': { en: 'Export the workspace (datasets, settings, briefing deck, notes) as one JSON file', ja: 'ワークスペース（データセット、設定、ブリーフィング、注記）を1つのJSONファイルに書き出す' },
  'workspace.import': { en: 'Import workspace', ja: 'ワークスペースを読み込む' },
  'workspace.importName': { en: 'Import a workspace file (replaces the current workspace after confirmation)', ja: 'ワークスペースファイルを読み込む（確認のうえ現在のワークスペースを置き換えます）' },
  'workspace.importConfirm': {
    en: 'Import “{file}”? It replaces your loaded datasets, settings, briefing deck and notes with those of the file (datasets: {datasets}, slides: {slides}). Export the current workspace first if you want to keep it.',
    ja: '「{file}」を読み込みますか？読み込んだデータセット、設定、ブリーフィング、注記がファイルの内容（データセット{datasets}件、スライド{slides}枚）に置き換わります。現在の内容を残す場合は先に書き出してください。',
  },
  'workspace.importDo': { en: 'Replace workspace', ja: '置き換える' },
  'workspace.imported': { en: 'Workspace imported from {file}.', ja: '{file} からワークスペースを読み込みました。' },
  'workspace.importFailed': { en: '{file} was not imported: {reason} Nothing was changed.', ja: '{file} は読み込まれませんでした：{reason}何も変更されていません。' },
  'workspace.error.notJson': { en: 'the file is not valid JSON ({detail}).', ja: 'ファイルが正しいJSONではありません（{detail}）。' },
  'workspace.error.notWorkspace': { en: 'the file is not a workspace file of this app.', ja: 'このアプリのワークスペースファイルではありません。' },
  'workspace.error.newerVersion': { en: 'the file was written by a newer version of the app (format {found}; this app reads format {supported}).', ja: 'ファイルは新しいバージョンのアプリで書き出されています（形式 {found}。このアプリが読めるのは形式 {supported}）。' },
  'workspace.error.version': { en: 'unknown format version {found} (this app reads format {supported}).', ja: '不明な形式バージョン {found} です（このアプリが読めるのは形式 {supported}）。' },
  'workspace.error.malformed': { en: 'part “{part}” of the file is damaged ({detail}).', ja: 'ファイルの「{part}」が壊れています（{detail}）。' },
  'workspace.error.dataset': { en: 'dataset “{name}” of the file no longer composes ({detail}).', ja: 'ファイルのデータセット「{name}」を構成できません（{detail}）。' },
  'workspace.error.tooLarge': { en: 'the file is larger than {limit} MB.', ja: 'ファイルが {limit} MB を超えています。' },
} satisfies MessageTable;
