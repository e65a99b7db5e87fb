import { registerEnumType } from "type-graphql";
import {
  ActorKind, AttendanceRole, DatePrecision, FigureBound, IncidentKind, IncidentRole, MeetingStatus, MeetingTiming, QuoteKind,
} from "../generated/prisma/enums.js";

registerEnumType(ActorKind, {
  name: "ActorKind",
  description: "What sort of actor this is.",
  valuesConfig: {
    PERSON: { description: "A named individual." },
    ORGANIZATION: { description: "A company, alliance, party or other organization." },
    GOVERNMENT_BODY: { description: "An office or institution of a state, such as a presidential office." },
    COUNTRY: { description: "A state; other actors and places may belong to it." },
    COALITION: { description: "A group of states or organizations acting together." },
    MILITARY_UNIT: { description: "An armed force or a unit of one." },
    MEDIA: { description: "A news agency or outlet." },
    OTHER: { description: "Anything else." },
  },
});

registerEnumType(DatePrecision, {
  name: "DatePrecision",
  description: "How precisely a date is known; finer parts of the value beyond it carry no information.",
  valuesConfig: {
    YEAR: { description: "Only the year is known." },
    MONTH: { description: "The year and month are known." },
    WEEK: { description: "The week is known (\"next week\"): the date is its Monday." },
    DAY: { description: "The calendar day is known." },
    TIME: { description: "The time of day is known." },
  },
});

registerEnumType(MeetingStatus, {
  name: "MeetingStatus",
  description: "Whether a meeting took place.",
  valuesConfig: {
    PLANNED: { description: "Reported as intended; not (yet) reported as held." },
    HELD: { description: "Reported as having taken place." },
    CANCELLED: { description: "Reported as called off." },
  },
});

registerEnumType(MeetingTiming, {
  name: "MeetingTiming",
  description: "When a statement was made relative to the meeting it is linked to.",
  valuesConfig: {
    BEFORE: { description: "Ahead of the meeting." },
    DURING: { description: "At the meeting." },
    AFTER: { description: "After the meeting, e.g. to reporters." },
  },
});

registerEnumType(AttendanceRole, {
  name: "AttendanceRole",
  description: "An actor's part in a meeting.",
  valuesConfig: {
    HOST: { description: "Hosts or leads the meeting." },
    CHAIR: { description: "Chairs the meeting." },
    PARTICIPANT: { description: "Takes part." },
    INVITED: { description: "Was invited; attendance not reported." },
    OBSERVER: { description: "Attends without taking part." },
  },
});

registerEnumType(QuoteKind, {
  name: "QuoteKind",
  description: "Whether a quote gives the speaker's own words.",
  valuesConfig: {
    DIRECT: { description: "The speaker's words, verbatim, as the article quotes them." },
    PARAPHRASE: { description: "The article's rendering of what the speaker said." },
  },
});

registerEnumType(IncidentKind, {
  name: "IncidentKind",
  description: "What sort of event an incident is.",
  valuesConfig: {
    DRONE_ATTACK: { description: "An attack with uncrewed aerial vehicles." },
    MISSILE_STRIKE: { description: "A strike with missiles." },
    AIR_STRIKE: { description: "A strike by crewed aircraft." },
    GROUND_ASSAULT: { description: "An attack by ground forces." },
    SANCTION: { description: "A sanction imposed by one actor on another." },
    TARIFF: { description: "A tariff imposed or raised on another actor's goods." },
    CYBER_ATTACK: { description: "An attack on computer systems." },
    OTHER: { description: "Anything else." },
  },
});

registerEnumType(FigureBound, {
  name: "FigureBound",
  description: "How a figure's value is meant.",
  valuesConfig: {
    EXACT: { description: "The number as claimed." },
    AT_LEAST: { description: "A lower bound: \"more than 400\", \"at least 19\"." },
    AT_MOST: { description: "An upper bound: \"up to 50\", \"fewer than 10\"." },
    APPROXIMATE: { description: "A rough number: \"about a quarter\", \"some 300\"." },
  },
});

registerEnumType(IncidentRole, {
  name: "IncidentRole",
  description: "An actor's part in an incident.",
  valuesConfig: {
    PERPETRATOR: { description: "Carried out the attack." },
    TARGET: { description: "Was attacked or measured against." },
    RESPONDER: { description: "Responded, e.g. the air defence that intercepted drones." },
    INITIATOR: { description: "Imposed a measure such as a sanction or tariff." },
    AFFECTED: { description: "Was affected without being the target." },
  },
});

export { ActorKind, AttendanceRole, DatePrecision, FigureBound, IncidentKind, IncidentRole, MeetingStatus, MeetingTiming, QuoteKind };
