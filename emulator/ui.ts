// The spreadsheet UI: menus, sidebars, dialogs and alerts, all recorded for tests and the playground.
// https://developers.google.com/apps-script/reference/base/ui
import { SERVICE_NAME } from './counter';
import type { HtmlOutput } from './html';
import type { MenuInfo, UiState } from './state';

export class Menu {
  readonly [SERVICE_NAME] = 'Menu';
  private readonly info: MenuInfo;

  constructor(
    private readonly ui: UiState,
    name: string,
    addon: boolean,
  ) {
    this.info = { name, addon, items: [] };
  }

  addItem(caption: string, functionName: string): this {
    this.info.items.push({ caption, functionName });
    return this;
  }

  addSeparator(): this {
    this.info.items.push({ caption: null, functionName: null });
    return this;
  }

  addSubMenu(menu: Menu): this {
    for (const item of menu.info.items)
      this.info.items.push({ ...item, caption: `${menu.info.name} › ${item.caption}` });
    return this;
  }

  /** Re-adding a menu of the same name replaces it, as onOpen running twice does. */
  addToUi(): void {
    const kept = this.ui.menus.filter(
      (menu) => menu.name !== this.info.name || menu.addon !== this.info.addon,
    );
    this.ui.menus.splice(0, this.ui.menus.length, ...kept, structuredClone(this.info));
  }
}

const ADDON_MENU_NAME = 'Extensiones';

export class Ui {
  readonly [SERVICE_NAME] = 'Ui';
  readonly Button = { OK: 'OK', CANCEL: 'CANCEL', YES: 'YES', NO: 'NO', CLOSE: 'CLOSE' } as const;
  readonly ButtonSet = {
    OK: 'OK',
    OK_CANCEL: 'OK_CANCEL',
    YES_NO: 'YES_NO',
    YES_NO_CANCEL: 'YES_NO_CANCEL',
  } as const;

  constructor(private readonly ui: UiState) {}

  createMenu(caption: string): Menu {
    return new Menu(this.ui, caption, false);
  }

  createAddonMenu(): Menu {
    return new Menu(this.ui, ADDON_MENU_NAME, true);
  }

  showSidebar(userInterface: HtmlOutput): void {
    this.ui.sidebars.push(shown(userInterface, userInterface.getTitle()));
  }

  showModalDialog(userInterface: HtmlOutput, title: string): void {
    this.ui.dialogs.push(shown(userInterface, title));
  }

  showModelessDialog(userInterface: HtmlOutput, title: string): void {
    this.showModalDialog(userInterface, title);
  }

  /** alert(prompt) or alert(title, prompt, buttons); the emulated user always answers OK. */
  alert(titleOrPrompt: string, prompt?: string): string {
    this.ui.alerts.push(prompt === undefined ? titleOrPrompt : `${titleOrPrompt}: ${prompt}`);
    return this.Button.OK;
  }
}

function shown(output: HtmlOutput, title: string) {
  return { title, content: output.getContent(), width: output.getWidth(), height: output.getHeight() };
}
