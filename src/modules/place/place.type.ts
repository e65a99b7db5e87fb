import { Field, Float, ObjectType } from "type-graphql";
import { Node, Recorded } from "../../common/node.js";
import { connectionOf } from "../../common/pagination.js";

@ObjectType({ simpleResolvers: true, implements: [Node, Recorded], description: "Where something happened: a city, a building, a country." })
export class Place extends Recorded {
  countryId!: string | null;

  @Field({ description: "Name of the place: \"Paris\", \"White House\"." })
  name!: string;

  @Field({ description: "Unique, URL-safe name." })
  slug!: string;

  @Field(() => Float, { nullable: true, description: "Latitude in decimal degrees (WGS 84), when known." })
  latitude!: number | null;

  @Field(() => Float, { nullable: true, description: "Longitude in decimal degrees (WGS 84), when known." })
  longitude!: number | null;
}

export const PlaceConnection = connectionOf(Place);
