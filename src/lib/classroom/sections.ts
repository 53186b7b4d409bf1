/** Level-2 headings of teacher-facing sections that projector mode skips (pages still show them). */
export const TEACHER_ONLY = /^(Before class|Lesson at a glance|Adapting the lesson|Assessment|Background for the teacher|Timing|A 45-minute version)/;
