/** One value of an Apps Script enum: a singleton that prints as its name. */
export class GasEnumValue {
  constructor(private readonly label: string) {}

  toString(): string {
    return this.label;
  }
}

/** An Apps Script enum such as `ScriptApp.WeekDay`: name -> singleton value. */
export function gasEnum<const Name extends string>(
  ...names: Name[]
): Readonly<Record<Name, GasEnumValue>> {
  return Object.freeze(
    Object.fromEntries(names.map((name) => [name, new GasEnumValue(name)])),
  ) as Record<Name, GasEnumValue>;
}
