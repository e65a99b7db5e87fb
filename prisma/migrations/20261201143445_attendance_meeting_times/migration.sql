-- CreateTable
CREATE TABLE "AttendanceMeetingTime" (
    "attendanceId" UUID NOT NULL,
    "actorId" UUID NOT NULL,
    "meetingId" UUID NOT NULL,
    "startsAt" TIMESTAMP(3),

    CONSTRAINT "AttendanceMeetingTime_pkey" PRIMARY KEY ("attendanceId")
);

-- Hand-written: what Prisma's schema language cannot express (Prisma's diff leaves it alone). The rows are
-- derived data, one per attendance: the attendance's actor and meeting and the meeting's start. PostgreSQL
-- keeps them (the triggers at the end), the application never writes them. They are filled for the existing
-- attendances before the indexes are built, which is faster than growing the indexes row by row.
INSERT INTO "AttendanceMeetingTime" ("attendanceId", "actorId", "meetingId", "startsAt")
SELECT a.id, a."actorId", a."meetingId", m."startsAt" FROM "Attendance" a JOIN "Meeting" m ON m.id = a."meetingId";

-- CreateIndex
CREATE INDEX "AttendanceMeetingTime_meetingId_idx" ON "AttendanceMeetingTime"("meetingId");

-- Hand-written: an actor's meetings in the timeline's order (the time-order expression of the lists, then the
-- meeting's id), so the timeline reads the first of them and stops at the page.
CREATE INDEX "AttendanceMeetingTime_actorId_startsAt_order_idx" ON "AttendanceMeetingTime" ("actorId", (COALESCE("startsAt", TIMESTAMP '9999-12-31')), "meetingId");

-- AddForeignKey
ALTER TABLE "AttendanceMeetingTime" ADD CONSTRAINT "AttendanceMeetingTime_attendanceId_fkey" FOREIGN KEY ("attendanceId") REFERENCES "Attendance"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written: the triggers that keep the rows in step. A deleted attendance loses its row by the foreign
-- key's cascade. An attendance recorded, or moved to another actor or meeting, writes its row with the
-- meeting's start read FOR SHARE: a concurrent change of that start then waits for this transaction to
-- commit and updates the new row too, or this one waits for it and reads the new start.
CREATE FUNCTION dossier_time_attendance() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "AttendanceMeetingTime" ("attendanceId", "actorId", "meetingId", "startsAt")
    SELECT NEW.id, NEW."actorId", NEW."meetingId", m."startsAt" FROM "Meeting" m WHERE m.id = NEW."meetingId" FOR SHARE
  ON CONFLICT ("attendanceId") DO UPDATE
    SET "actorId" = EXCLUDED."actorId", "meetingId" = EXCLUDED."meetingId", "startsAt" = EXCLUDED."startsAt";
  RETURN NULL;
END
$$;

CREATE TRIGGER "Attendance_meetingTime_insert" AFTER INSERT ON "Attendance"
  FOR EACH ROW EXECUTE FUNCTION dossier_time_attendance();
CREATE TRIGGER "Attendance_meetingTime_update" AFTER UPDATE OF "actorId", "meetingId" ON "Attendance"
  FOR EACH ROW WHEN (OLD."actorId" IS DISTINCT FROM NEW."actorId" OR OLD."meetingId" IS DISTINCT FROM NEW."meetingId")
  EXECUTE FUNCTION dossier_time_attendance();

-- A meeting whose start changes moves in the timelines of all its attendees.
CREATE FUNCTION dossier_time_meeting_attendances() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "AttendanceMeetingTime" SET "startsAt" = NEW."startsAt" WHERE "meetingId" = NEW.id;
  RETURN NULL;
END
$$;

CREATE TRIGGER "Meeting_attendanceTimes_update" AFTER UPDATE OF "startsAt" ON "Meeting"
  FOR EACH ROW WHEN (OLD."startsAt" IS DISTINCT FROM NEW."startsAt") EXECUTE FUNCTION dossier_time_meeting_attendances();
