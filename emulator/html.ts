// HtmlService: outputs from the project's HTML files or from strings, and templates (scriptlets are not evaluated).
// https://developers.google.com/apps-script/reference/html/html-service
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SERVICE_NAME } from './counter';
import { isFileMissing, servedFileContent, type Faults } from './faults';

export class HtmlOutput {
  readonly [SERVICE_NAME] = 'HtmlOutput';
  private title = '';
  private width: number | null = null;
  private height: number | null = null;

  constructor(private content: string) {}

  setTitle(title: string): this {
    this.title = title;
    return this;
  }

  getTitle(): string {
    return this.title;
  }

  setWidth(width: number): this {
    this.width = width;
    return this;
  }

  getWidth(): number | null {
    return this.width;
  }

  setHeight(height: number): this {
    this.height = height;
    return this;
  }

  getHeight(): number | null {
    return this.height;
  }

  getContent(): string {
    return this.content;
  }

  setContent(content: string): this {
    this.content = content;
    return this;
  }

  append(addedContent: string): this {
    this.content += addedContent;
    return this;
  }

  setSandboxMode(_mode: unknown): this {
    return this;
  }

  addMetaTag(_name: string, _content: string): this {
    return this;
  }

  setXFrameOptionsMode(_mode: unknown): this {
    return this;
  }
}

/** A template's evaluate() returns the file as it is: the bundle's Sidebar.html has no scriptlets. */
export class HtmlTemplate {
  readonly [SERVICE_NAME] = 'HtmlTemplate';

  constructor(private readonly source: string) {}

  getRawContent(): string {
    return this.source;
  }

  evaluate(): HtmlOutput {
    return new HtmlOutput(this.source);
  }
}

const PLACEHOLDER = '<!doctype html><title>Sidebar</title><p>dist/Sidebar.html is not built.</p>';

export class HtmlService {
  readonly [SERVICE_NAME] = 'HtmlService';
  readonly SandboxMode = { IFRAME: 'IFRAME', NATIVE: 'NATIVE', EMULATED: 'EMULATED' } as const;
  readonly XFrameOptionsMode = { ALLOWALL: 'ALLOWALL', DEFAULT: 'DEFAULT' } as const;

  /** sidebarHtml overrides the built file; otherwise project files are read lazily from dist/, as the faults serve them. */
  constructor(
    private readonly sidebarHtml: string | undefined,
    private readonly faults: Readonly<Faults>,
  ) {}

  createHtmlOutput(html = ''): HtmlOutput {
    return new HtmlOutput(html);
  }

  createHtmlOutputFromFile(filename: string): HtmlOutput {
    return new HtmlOutput(this.fileContent(filename));
  }

  createTemplateFromFile(filename: string): HtmlTemplate {
    return new HtmlTemplate(this.fileContent(filename));
  }

  createTemplate(html: string): HtmlTemplate {
    return new HtmlTemplate(html);
  }

  private fileContent(filename: string): string {
    const name = filename.replace(/\.html$/, '');
    if (name === 'Sidebar' && this.sidebarHtml !== undefined) return this.sidebarHtml;
    const path = join('dist', `${name}.html`);
    if (!isFileMissing(this.faults, name) && existsSync(path))
      return servedFileContent(this.faults, name, readFileSync(path, 'utf8'));
    if (name === 'Sidebar') return PLACEHOLDER;
    throw new Error(`No HTML file named ${name} was found.`);
  }
}
