/**
 * Static map of which message areas each module of src/ uses and registers, for
 * registration.test.ts. Parsed with the TypeScript compiler (no code is run): a module uses an
 * area when one of its string literals is a key of that area's table (a template such as
 * `class.${name}` uses every key starting with its head); a module registers an area when it
 * calls registerMessages and imports that area's table as a value.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/** One module of src/: what it imports, what it loads later, what text areas it needs and registers. */
export interface ModuleInfo {
  /** Modules loaded with it (value imports and re-exports), as paths relative to src/. */
  statics: string[];
  /** Modules it loads on demand (`import('…')`). */
  dynamics: string[];
  /** Areas whose keys it names, with one example key each. */
  uses: Map<string, string>;
  /** Areas it registers. */
  registers: Set<string>;
}

/** The source tree, parsed. */
export interface SourceGraph {
  modules: Map<string, ModuleInfo>;
  /** Area name (file name in src/i18n/messages) → its keys. */
  areas: Map<string, Set<string>>;
}

const MESSAGES_DIR = 'i18n/messages';

function sourceFiles(srcDir: string): string[] {
  return readdirSync(srcDir, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.tsx?$/.test(name) && !name.endsWith('.d.ts'))
    .map((name) => name.split(path.sep).join('/'));
}

/** Keys of one message table file: the property names of its exported object literal. */
function tableKeys(source: ts.SourceFile): Set<string> {
  const keys = new Set<string>();
  const visit = (node: ts.Node): void => {
    if (ts.isPropertyAssignment(node) && ts.isObjectLiteralExpression(node.parent) && ts.isStringLiteral(node.name)) {
      // Only top-level entries: their value is the { en, ja } object.
      if (ts.isObjectLiteralExpression(node.initializer) && node.initializer.properties.some((p) => p.name && ts.isIdentifier(p.name) && p.name.text === 'en')) keys.add(node.name.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return keys;
}

function resolveImport(files: Set<string>, from: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const base = path.posix.normalize(path.posix.join(path.posix.dirname(from), specifier));
  return [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`].find((candidate) => files.has(candidate));
}

function areaOf(file: string): string | undefined {
  return file.startsWith(`${MESSAGES_DIR}/`) ? path.posix.basename(file).replace(/\.ts$/, '') : undefined;
}

/** Parse every module of `srcDir`. */
export function readSourceGraph(srcDir: string): SourceGraph {
  const files = sourceFiles(srcDir);
  const fileSet = new Set(files);
  const parsed = new Map(files.map((file) => [file, ts.createSourceFile(file, readFileSync(path.join(srcDir, file), 'utf8'), ts.ScriptTarget.Latest, true)]));

  const areas = new Map<string, Set<string>>();
  for (const file of files) {
    const area = areaOf(file);
    if (area && area !== 'types') areas.set(area, tableKeys(parsed.get(file)!));
  }
  const areaOfKey = new Map<string, string>();
  for (const [area, keys] of areas) for (const key of keys) areaOfKey.set(key, area);

  const modules = new Map<string, ModuleInfo>();
  for (const file of files) {
    const info: ModuleInfo = { statics: [], dynamics: [], uses: new Map(), registers: new Set() };
    const valueImportsOfTables: string[] = [];
    let callsRegister = false;
    const visit = (node: ts.Node): void => {
      if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
        const typeOnly = ts.isImportDeclaration(node) ? node.importClause?.isTypeOnly === true : node.isTypeOnly;
        const target = resolveImport(fileSet, file, node.moduleSpecifier.text);
        if (target && !typeOnly) {
          info.statics.push(target);
          if (areaOf(target)) valueImportsOfTables.push(areaOf(target)!);
        }
        return;
      }
      if (ts.isCallExpression(node)) {
        const [first] = node.arguments;
        if (node.expression.kind === ts.SyntaxKind.ImportKeyword && first && ts.isStringLiteralLike(first)) {
          const target = resolveImport(fileSet, file, first.text);
          if (target) info.dynamics.push(target);
        }
        if (ts.isIdentifier(node.expression) && node.expression.text === 'registerMessages') callsRegister = true;
      }
      if (ts.isStringLiteralLike(node) && !areaOf(file)) {
        const area = areaOfKey.get(node.text);
        if (area && !info.uses.has(area)) info.uses.set(area, node.text);
      }
      if (ts.isTemplateExpression(node) && node.head.text.length > 0) {
        for (const [key, area] of areaOfKey) if (key.startsWith(node.head.text) && !info.uses.has(area)) info.uses.set(area, `${node.head.text}…`);
      }
      ts.forEachChild(node, visit);
    };
    visit(parsed.get(file)!);
    if (callsRegister) for (const area of valueImportsOfTables) info.registers.add(area);
    modules.set(file, info);
  }
  return { modules, areas };
}

/** Every module loaded together with `root` (its static imports, transitively). */
export function staticClosure(graph: SourceGraph, root: string): Set<string> {
  const seen = new Set<string>();
  const stack = [root];
  while (stack.length > 0) {
    const file = stack.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    stack.push(...(graph.modules.get(file)?.statics ?? []));
  }
  return seen;
}

/** Areas registered by the modules of `closure`. */
export function registeredIn(graph: SourceGraph, closure: Set<string>): Set<string> {
  const areas = new Set<string>();
  for (const file of closure) for (const area of graph.modules.get(file)?.registers ?? []) areas.add(area);
  return areas;
}

/** Areas used in `closure` but registered neither in it nor in `alsoRegistered`: "file: key". */
export function unregisteredUses(graph: SourceGraph, closure: Set<string>, alsoRegistered: Set<string> = new Set()): string[] {
  const registered = new Set([...registeredIn(graph, closure), ...alsoRegistered]);
  const missing: string[] = [];
  for (const file of closure) {
    for (const [area, key] of graph.modules.get(file)?.uses ?? []) if (!registered.has(area)) missing.push(`${file} uses ${area} ("${key}")`);
  }
  return missing.sort();
}
