package nl.codewijzer.signing.internal;

import nl.codewijzer.signing.RequestStatus;

/**
 * How many requests of one version have one status, and how many of those fell due before the day
 * asked about (counted for every status; only open ones are overdue).
 */
public record RequestCount(long versionId, RequestStatus status, long count, long dueBefore) {
}
