// The add-on menu's labels, in Spanish and English.
import type { Language } from '../types';

export interface MenuStrings {
  open: string;
  repair: string;
  sidebarTitle: string;
  repaired: string;
  nothingToRepair: string;
}

export const MENU_STRINGS: Record<Language, MenuStrings> = {
  es: {
    open: 'Abrir minuta',
    repair: 'Reparar hoja',
    sidebarTitle: 'minuta',
    repaired: 'Hoja reparada',
    nothingToRepair: 'La hoja está en orden: no hubo nada que reparar.',
  },
  en: {
    open: 'Open minuta',
    repair: 'Repair sheet',
    sidebarTitle: 'minuta',
    repaired: 'Sheet repaired',
    nothingToRepair: 'The sheet is in order: nothing needed repair.',
  },
};
