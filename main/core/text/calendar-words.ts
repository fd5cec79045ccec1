// Day and month names, in lower case, and the abbreviations newsrooms write them with ("Jan.", "Sept."): one list
// for sentence splitting (abbreviations end in a period without ending a sentence), attribution (time phrases trail a
// source) and outlet frames (a month is no outlet's name).
export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;

export const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
] as const;

export const MONTH_ABBREVIATIONS = [
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
] as const;
