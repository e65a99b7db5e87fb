import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from "type-graphql";
import type { Context } from "../../context.js";
import { mutationOf } from "../../common/mutation.js";
import { DeleteMutationResolver } from "../../common/delete-mutation.js";
import { Figure, Incident } from "./incident.type.js";
import { FigureInput, IncidentInput } from "./incident.inputs.js";
import { createFigure, createIncident, updateFigure, updateIncident } from "./incident.service.js";

const INCIDENT_CODES = ["BLANK", "TOO_LONG", "INVALID", "NOT_FOUND", "DUPLICATE", "END_BEFORE_START"] as const;
const FIGURE_CODES = ["BLANK", "TOO_LONG", "INVALID", "NOT_FOUND"] as const;
const CreateIncident = mutationOf("CreateIncident", "incident", () => Incident, INCIDENT_CODES);
const UpdateIncident = mutationOf("UpdateIncident", "incident", () => Incident, INCIDENT_CODES);
const CreateFigure = mutationOf("CreateFigure", "figure", () => Figure, FIGURE_CODES);
const UpdateFigure = mutationOf("UpdateFigure", "figure", () => Figure, FIGURE_CODES);

@Resolver()
export class IncidentMutations {
  @Authorized("EDITOR")
  @Mutation(() => CreateIncident.Payload, { description: "Records an incident with its participants; `incidentRecorded` subscribers hear of it." })
  createIncident(@Arg("input", { description: "The incident's fields and participants." }) input: IncidentInput, @Ctx() ctx: Context) {
    return CreateIncident.run(ctx, { input }, (unit) => createIncident(unit, input));
  }

  @Authorized("EDITOR")
  @Mutation(() => UpdateIncident.Payload, { description: "Replaces an incident's fields and participants." })
  updateIncident(
    @Arg("id", () => ID, { description: "The incident to change." }) id: string,
    @Arg("input", { description: "The incident's new fields and participants." }) input: IncidentInput,
    @Ctx() ctx: Context,
  ) {
    return UpdateIncident.run(ctx, { input }, (unit) => updateIncident(unit, id, input));
  }

  @Authorized("EDITOR")
  @Mutation(() => CreateFigure.Payload, { description: "Records a figure: a number about an incident as somebody claims it." })
  createFigure(@Arg("input", { description: "The figure's fields." }) input: FigureInput, @Ctx() ctx: Context) {
    return CreateFigure.run(ctx, { input }, (unit) => createFigure(unit, input));
  }

  @Authorized("EDITOR")
  @Mutation(() => UpdateFigure.Payload, { description: "Replaces a figure's fields." })
  updateFigure(
    @Arg("id", () => ID, { description: "The figure to change." }) id: string,
    @Arg("input", { description: "The figure's new fields." }) input: FigureInput,
    @Ctx() ctx: Context,
  ) {
    return UpdateFigure.run(ctx, { input }, (unit) => updateFigure(unit, id, input));
  }
}

export const DeleteIncident = DeleteMutationResolver("Incident", "Its participants, figures and citations go with it.");
export const DeleteFigure = DeleteMutationResolver("Figure", "Its citations go with it.");
