/** Word lists behind Dossier's attribution rules. All lowercase. */

/** Titles that stand before a name ("Prime Minister Keir Starmer") and, with "the", for the person ("the French President"). */
export const TITLES = [
  "president", "vice president", "prime minister", "deputy prime minister", "chancellor", "foreign minister", "defense minister",
  "defence minister", "interior minister", "finance minister", "minister", "secretary of state", "secretary-general", "secretary general",
  "secretary", "king", "queen", "prince", "princess", "pope", "emperor", "supreme leader", "leader", "premier", "governor", "mayor",
  "senator", "sen.", "rep.", "representative", "speaker", "ambassador", "envoy", "special envoy", "commissioner", "general", "gen.",
  "admiral", "adm.", "colonel", "col.", "commander", "chief of staff", "spokesperson", "spokesman", "spokeswoman", "spokesman",
  "chairman", "chairwoman", "chair", "director", "ceo", "judge", "justice", "prosecutor", "public prosecutor", "sheikh", "crown prince", "emir", "sultan", "foreign secretary",
  "home secretary", "defense secretary", "defence secretary", "treasury secretary", "attorney general", "national security adviser",
  "national security advisor", "opposition leader", "lawmaker", "diplomat", "chief", "superintendent", "inspector", "sergeant", "captain", "major", "lieutenant", "sir", "dame", "lord", "sheikh", "foreign secretary", "mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms", "dr",
];

/** Titles that are only forms of address: they name no role ("Ms Beccuau" holds no office called "Ms"). */
export const HONORIFICS = new Set(["mr", "mrs", "ms", "dr", "mr.", "mrs.", "ms.", "dr.", "sir", "dame", "lord"]);

/** Verbs that report speech: "X said", "said X", "X told reporters". */
export const SPEECH_VERBS = [
  "said", "says", "say", "told", "tells", "added", "adds", "stated", "states", "declared", "declares", "wrote", "writes", "posted",
  "tweeted", "noted", "notes", "warned", "warns", "insisted", "insists", "argued", "argues", "explained", "explains", "continued",
  "replied", "responded", "asked", "asks", "announced", "announces", "claimed", "claims", "claiming", "stressed", "stresses",
  "emphasized", "emphasised", "urged", "urges", "vowed", "vows", "acknowledged", "admitted", "conceded", "confirmed", "confirms",
  "denied", "denies", "remarked", "observed", "suggested", "suggests", "predicted", "repeated", "reiterated", "pledged", "promised",
  "recalled", "cautioned", "complained", "countered", "concluded", "reported", "reports", "saying", "telling", "adding", "writing",
  "arguing", "warning", "insisting", "announcing", "stressing", "describing", "called", "calls", "calling", "described", "describes",
  "hinted", "pleaded", "expressed", "answered", "answers", "replied", "defended", "accused", "accuses", "alleged", "alleges", "estimated", "estimates", "believes", "believed",
];

/** Verbs after which the reported clause follows ("said that …", "said Russia launched …"). */
export const REPORTING_VERBS = new Set([
  "said", "says", "say", "told", "tells", "stated", "states", "declared", "wrote", "noted", "warned", "insisted", "argued", "explained",
  "announced", "claimed", "claims", "claiming", "stressed", "confirmed", "denied", "suggested", "added", "reported", "reports",
  "acknowledged", "admitted", "believes", "estimated", "alleged", "predicted", "reiterated", "pledged", "promised", "vowed",
]);

/** Verbs that report a stance rather than words: "defended his sanctions", "expressed interest in". */
export const STANCE_VERBS = new Set(["expressed", "defended", "accused", "urged", "called", "vowed", "pledged", "hinted", "rejected", "welcomed", "condemned"]);

/** Head nouns of unnamed sources: "a senior official", "a person familiar with the matter". */
export const SOURCE_NOUNS = [
  "official", "officials", "source", "sources", "diplomat", "diplomats", "aide", "aides", "spokesperson", "spokesman", "spokeswoman",
  "adviser", "advisers", "advisor", "advisors", "person", "people", "officer", "officers", "analyst", "analysts", "resident",
  "residents", "witness", "witnesses", "protester", "protesters", "demonstrator", "demonstrators", "survivor", "survivors", "worker", "workers", "volunteer", "volunteers", "lawmaker", "lawmakers", "minister", "insider", "insiders", "negotiator", "negotiators",
];

/** Capitalised words that start a sentence or a heading but name nobody. */
export const NOT_NAMES = new Set([
  "the", "a", "an", "meanwhile", "though", "although", "despite", "during", "after", "before", "ahead", "while", "when", "in", "on",
  "at", "for", "from", "with", "without", "as", "but", "and", "or", "if", "this", "that", "these", "those", "it", "its", "he", "she",
  "they", "we", "i", "you", "his", "her", "their", "our", "my", "your", "there", "here", "earlier", "later", "also", "still", "yet",
  "however", "since", "until", "by", "of", "to", "about", "over", "under", "last", "next", "some", "many", "most", "all", "both",
  "each", "such", "several", "other", "another", "what", "who", "why", "how", "where", "which", "one", "two", "three", "no", "not",
  "asked", "speaking", "according", "separately", "instead", "overall", "today", "yesterday", "tomorrow", "tonight", "now", "then",
  "mr", "mrs", "ms", "dr", "sen", "rep", "gen", "so", "do", "does", "did", "is", "was", "are", "were", "be", "being", "been",
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may",
  "june", "july", "august", "september", "october", "november", "december", "sept", "jan", "feb", "mar", "apr", "jun", "jul",
  "aug", "sep", "oct", "nov", "dec", "updated", "published", "read", "more", "related", "photo", "video", "live", "breaking",
  "per", "via", "neighbouring", "neighboring", "western", "european", "europeans", "africans", "asian", "arab", "muslim", "christian", "jewish", "catholic",
]);

/** Words that open the name of an event, not of an actor: "Hurricane Melissa", "Tropical Storm Erin". */
export const EVENT_HEADS = new Set(["hurricane", "typhoon", "cyclone", "storm", "tropical", "operation", "earthquake", "wildfire"]);

/** Ordinals and words that name an era or a war rather than an actor: "Fifth Republic", "World War II", "Cold War". */
export const ERA_WORDS = new Set(["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "world", "cold", "civil"]);

export const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
export const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
