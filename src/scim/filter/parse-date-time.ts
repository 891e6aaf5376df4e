// RFC 3339 section 5.6 date-time; "T" and "Z" may be lower case (section 5.6, note).
const dateTimePattern = new RegExp(
  String.raw`^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?` +
    String.raw`(?:([Zz])|([+-])(\d{2}):(\d{2}))$`,
);

const nanosecondsPerMillisecond = 1_000_000n;
const millisecondsPerMinute = 60_000;

// Date.UTC reads years 0-99 as 1900-1999. Shifting by 400 years, which
// always hold exactly 146097 days, keeps every four-digit year exact.
const shiftYears = 400;
const shiftMilliseconds = 146_097 * 86_400_000;

/**
 * Reads an RFC 3339 date-time (the form of SCIM dateTime values, RFC 7643
 * section 2.3.5) as nanoseconds since 1970-01-01T00:00:00Z, or undefined
 * when the text is not one. Fractions finer than a nanosecond are dropped.
 */
export function parseDateTime(text: string): bigint | undefined {
  const match = dateTimePattern.exec(text);
  if (match === null) return undefined;

  const [
    ,
    year,
    month,
    day,
    hour,
    minute,
    second,
    fraction = '',
    zulu,
    sign,
    offsetHour,
    offsetMinute,
  ] = match.map((part) => part ?? '');
  const numbers = [year, month, day, hour, minute, second, offsetHour, offsetMinute].map(Number);
  const [y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0, oh = 0, om = 0] = numbers;
  if (!isValidDate(y, mo, d) || h > 23 || mi > 59 || s > 60 || oh > 23 || om > 59) return undefined;

  const offsetMinutes = zulu === '' ? (sign === '-' ? -1 : 1) * (oh * 60 + om) : 0;
  const local = Date.UTC(y + shiftYears, mo - 1, d, h, mi, s) - shiftMilliseconds;
  const utc = local - offsetMinutes * millisecondsPerMinute;
  const nanoseconds = BigInt(fraction.slice(0, 9).padEnd(9, '0'));
  return BigInt(utc) * nanosecondsPerMillisecond + nanoseconds;
}

function isValidDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const isLeapYear = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const daysInMonth = [31, isLeapYear ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return day <= (daysInMonth[month - 1] ?? 0);
}
