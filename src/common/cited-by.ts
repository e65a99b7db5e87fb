/** Citation columns, one per kind of fact a citation can support. */
export const citedBy = {
  Role: "roleId",
  Meeting: "meetingId",
  Attendance: "attendanceId",
  UnnamedAttendance: "unnamedAttendanceId",
  Quote: "quoteId",
  Incident: "incidentId",
  Figure: "figureId",
} as const;
export type FactType = keyof typeof citedBy;
