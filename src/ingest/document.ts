import type {
  ActorKind, AttendanceRole, DatePrecision, IncidentKind, IncidentRole, MeetingStatus, MeetingTiming, QuoteKind,
} from "../generated/prisma/enums.js";

/** The article document: one article and every fact it reports (docs/INGEST-FORMAT.md). */
export interface CitationDoc {
  excerpt: string;
  occurrence?: number;
  attribution?: string;
  attributedTo?: string;
}

interface Cited {
  citations: CitationDoc[];
}

export interface ActorDoc {
  key: string;
  kind: ActorKind;
  name: string;
  slug: string;
  aliases?: string[];
  description?: string;
  wikidataId?: string;
  country?: string;
}

export interface PlaceDoc {
  key: string;
  name: string;
  slug: string;
  country?: string;
  latitude?: number;
  longitude?: number;
}

export interface RoleDoc extends Cited {
  key: string;
  holder: string;
  title: string;
  of?: string;
  startDate?: string;
  startPrecision?: DatePrecision;
  endDate?: string;
  endPrecision?: DatePrecision;
}

export interface MeetingDoc extends Cited {
  key: string;
  title: string;
  description?: string;
  status: MeetingStatus;
  startsAt?: string;
  startPrecision?: DatePrecision;
  endsAt?: string;
  place?: string;
  attendees?: { actor: string; role: AttendanceRole; citations?: CitationDoc[] }[];
}

export interface QuoteDoc extends Cited {
  key: string;
  kind: QuoteKind;
  text: string;
  language?: string;
  speaker?: string;
  speakerDescription?: string;
  speakerAffiliation?: string;
  saidAt?: string;
  saidAtPrecision?: DatePrecision;
  meeting?: string;
  meetingTiming?: MeetingTiming;
  place?: string;
}

export interface FigureDoc extends Cited {
  key: string;
  metric: string;
  value: number;
  unit: string;
  qualifier?: string;
  claimant?: string;
}

export interface IncidentDoc extends Cited {
  key: string;
  kind: IncidentKind;
  title: string;
  description?: string;
  startsAt?: string;
  startPrecision?: DatePrecision;
  endsAt?: string;
  timeSpan?: string;
  place?: string;
  participants?: { actor: string; role: IncidentRole }[];
  figures?: FigureDoc[];
}

export interface ArticleDocument {
  article: { url: string; title: string; publisher?: string; publishedAt?: string; text: string };
  actors?: ActorDoc[];
  places?: PlaceDoc[];
  roles?: RoleDoc[];
  meetings?: MeetingDoc[];
  quotes?: QuoteDoc[];
  incidents?: IncidentDoc[];
}
