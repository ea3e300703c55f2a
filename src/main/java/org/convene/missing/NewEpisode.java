package org.convene.missing;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A missing episode as reported, through the page or the API: the child (one already known to Convene by its subject
 * id, or named here), who reported it and when, and what is known of the risk.
 */
public record NewEpisode(Long subjectId, String childName, LocalDate childDateOfBirth, String childReference, ReporterKind reporterKind,
                         String reporterName, String policeReference, MissingFrom missingFrom, String missingFromDetail, Instant lastSeenAt,
                         Instant reportedAt, Boolean lookedAfter, Boolean childProtectionPlan, Long planChairId, String exploitationConcerns,
                         RiskGrade riskGrade, String gradeReason, Long socialWorkerId, Long coordinatorId) {
}
