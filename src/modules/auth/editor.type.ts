import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { ApiKeyRole } from "../../generated/prisma/enums.js";

registerEnumType(ApiKeyRole, {
  name: "ApiKeyRole",
  description: "What an API key may write.",
  valuesConfig: {
    EDITOR: { description: "Creates and changes facts." },
    ADMIN: { description: "Also deletes facts and merges actors." },
  },
});

@ObjectType({ simpleResolvers: true, description: "The API key a fact was recorded or changed with, named after its holder." })
export class Editor {
  @Field(() => ID, { description: "The key's id (not the key itself)." })
  id!: string;

  @Field({ description: "The name the key was created with: a person or a pipeline." })
  name!: string;

  @Field(() => ApiKeyRole, { description: "What the key may write." })
  role!: ApiKeyRole;
}
