/** A document date or date-time as stored; a bare date is midnight UTC. */
export const instant = (value: string | undefined): Date | null => (value === undefined ? null : new Date(value));
