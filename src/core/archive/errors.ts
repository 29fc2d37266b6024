// Named errors of the archive module, each with a message that says what to fix.

/** An archive file could not be read back: no front matter, broken YAML, or an unreadable date. */
export class ArchiveParseError extends Error {
  override name = 'ArchiveParseError';
}

/** A post cannot be written as an archive file (e.g. its date is not an ISO time, or an extra key is not a valid name). */
export class ArchiveFormatError extends Error {
  override name = 'ArchiveFormatError';
}

/** The settings' file name pattern has a placeholder the clipper does not know. */
export class FileNamePatternError extends Error {
  override name = 'FileNamePatternError';
}

/** The settings name a time zone the runtime does not know. */
export class InvalidTimeZoneError extends Error {
  override name = 'InvalidTimeZoneError';
}

/** A date the user typed (or a page stated) cannot be read as a point in time. */
export class InvalidDateError extends Error {
  override name = 'InvalidDateError';
}
