import { Type, type Static } from '@sinclair/typebox';
import { ParameterSchema } from './parameter.ts';
import { IdSchema } from './identifier.ts';
import { annotate } from './annotations.ts';

/**
 * Patients of an acute trust who, once fit to leave, wait for a care service
 * of the system (a home care package, a care home place). The wait grows as
 * the service's capacity falls short of the people who need it: a patient
 * waits `meanWaitDays` ÷ the share of need the service meets in the year
 * (capacity ÷ users, at most 1).
 */
export const CareWaitSchema = Type.Object(
  {
    service: annotate(IdSchema, { title: 'Care service waited for', help: "The id of one of the system's care services; it must have a capacity" }),
    share: annotate(ParameterSchema, { title: 'Share of patients who need it', help: 'Of the patients the trust admits, those who need this service when they are fit to leave', unit: 'share' }),
    meanWaitDays: annotate(ParameterSchema, {
      title: 'Mean wait when there is room',
      help: "Days from fit to leave to the start of the care when the service's capacity covers everyone who needs it (assessment and arranging); a service that meets only part of the need stretches it in proportion",
      unit: 'days',
    }),
  },
  {
    additionalProperties: false,
    description:
      "Patients fit to leave who wait for one of the system's care services: the share who need it, and their mean wait in days when the service has room for everyone who needs it; the wait is divided by the share of need the service meets that year (capacity ÷ users, at most 1)",
  },
);

export type CareWaitSpec = Static<typeof CareWaitSchema>;
