// English words behind the SMART flags.
import type { SmartWords } from '../words';

export const EN_SMART: SmartWords = {
  vagueVerbs:
    /^(improve|grow|see|work on|increase|boost|enhance|optimi[sz]e|strengthen|organi[sz]e|promote|explore|keep|maintain|get more|get better)\b/i,
  openComparatives: /\b(more|better|greater|fewer|less)\b/i,
  actionVerb:
    /^(launch|book|sell|reach|get|win|open|close|cut|hire|publish|release|ship|sign|finish|complete|build|create|start|hit|double|reduce|raise|land|deliver|secure|migrate|move|set up|achieve|attract|gain|recruit|enrol|enroll|to)\b/i,
  numberWords:
    /\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|hundred|thousand|double|triple|half|all)\b/i,
  periods: /\b(this|next|by the end of the|within a|in a) (quarter|semester|year|month|week)\b/i,
};
