// Spanish words behind the SMART flags.
import type { SmartWords } from '../words';

export const ES_SMART: SmartWords = {
  vagueVerbs:
    /^(mejorar|crecer|ver|trabajar en|trabajar|aumentar|optimizar|potenciar|fortalecer|ordenar|organizar|impulsar|fomentar|promover|avanzar|seguir|mantener|revisar|explorar|analizar)\b/i,
  openComparatives: /\b(m[aá]s|mejor|mayor|menos)\b/i,
  actionVerb: /^[a-záéíóúñ]+(ar|er|ir)(se|la|lo|las|los)?\b/i,
  numberWords:
    /\b(dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|quince|veinte|treinta|cien|mil|doble|triple|mitad|todas? l[oa]s)\b/i,
  periods:
    /\b(este|esta|el pr[oó]ximo|la pr[oó]xima|antes de|para|a fin(es)? de|en el) (trimestre|semestre|año|mes|semana)\b/i,
};
