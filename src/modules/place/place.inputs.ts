import { Field, Float, ID, InputType } from "type-graphql";
import { formats, SHORT_TEXT, SLUG_LENGTH } from "../../common/formats.js";
import { Between, Shaped, Text } from "../../common/validation.js";

@InputType({ description: "A place's fields. `updatePlace` replaces all of them: an optional field left out is cleared." })
export class PlaceInput {
  @Field({ description: "Name of the place: \"Paris\"." })
  @Text(SHORT_TEXT)
  name!: string;

  @Field({ description: "Unique, URL-safe name: \"paris\"." })
  @Text(SLUG_LENGTH)
  @Shaped(formats.slug)
  slug!: string;

  @Field(() => ID, { nullable: true, description: "The country (an Actor) the place is in." })
  country?: string | null;

  @Field(() => Float, { nullable: true, description: "Latitude in decimal degrees (WGS 84), -90 to 90." })
  @Between(-90, 90)
  latitude?: number | null;

  @Field(() => Float, { nullable: true, description: "Longitude in decimal degrees (WGS 84), -180 to 180." })
  @Between(-180, 180)
  longitude?: number | null;
}
