// The rule registry, in report order. One file per rule, named after its id (RULES.md).
import type { Rule } from '../rule.js';
import appMissingApplicantIdentity from './app-missing-applicant-identity.js';
import appApplicantNotAttorney from './app-applicant-not-attorney.js';
import appMissingAgencyIdentity from './app-missing-agency-identity.js';
import appMissingRelevanceCertification from './app-missing-relevance-certification.js';
import appCertificationIncomplete from './app-certification-incomplete.js';
import appMissingOath from './app-missing-oath.js';
import orderMissingSubscriber from './order-missing-subscriber.js';
import orderMissingSubject from './order-missing-subject.js';
import orderMissingIdentifier from './order-missing-identifier.js';
import orderMissingOffense from './order-missing-offense.js';
import orderMissingGeoLimitsStateTrap from './order-missing-geo-limits-state-trap.js';
import orderMissingAssistanceDirective from './order-missing-assistance-directive.js';
import orderMissingSealing from './order-missing-sealing.js';
import orderMissingNondisclosure from './order-missing-nondisclosure.js';
import orderOwnDeviceNoRecord from './order-own-device-no-record.js';
import orderRecordDeadlineWrong from './order-record-deadline-wrong.js';
import orderMissingDuration from './order-missing-duration.js';
import orderDurationExceeds60 from './order-duration-exceeds-60.js';
import durationWordNumeralMismatch from './duration-word-numeral-mismatch.js';
import orderDurationMonthAmbiguous from './order-duration-month-ambiguous.js';
import orderDurationOpenEnded from './order-duration-open-ended.js';
import orderRetroactiveStart from './order-retroactive-start.js';
import extensionExceeds60 from './extension-exceeds-60.js';
import extensionAutomatic from './extension-automatic.js';
import emergency48h from './emergency-48h.js';
import scopeContents from './scope-contents.js';
import scopeSubjectLine from './scope-subject-line.js';
import scopeSearchTerms from './scope-search-terms.js';
import scopeFullUrl from './scope-full-url.js';
import scopePctdd from './scope-pctdd.js';
import scopeLocationPrttOnly from './scope-location-prtt-only.js';
import scopeLocationHybrid from './scope-location-hybrid.js';
import scopeHistoricalUnderPrtt from './scope-historical-under-prtt.js';
import scopeHistoricalCsliWithoutWarrant from './scope-historical-csli-without-warrant.js';
import scopeSubscriberRecordsPrttOnly from './scope-subscriber-records-prtt-only.js';
import scopeStoredContent from './scope-stored-content.js';
import scopeCellSiteSimulator from './scope-cell-site-simulator.js';
import draftUnfilledPlaceholder from './draft-unfilled-placeholder.js';
import draftInconsistentIdentifier from './draft-inconsistent-identifier.js';
import draftInvalidDate from './draft-invalid-date.js';
import citeUnknownSection from './cite-unknown-section.js';
import scopeContentDisclaimerMissing from './scope-content-disclaimer-missing.js';
import orderDurationStartUnspecified from './order-duration-start-unspecified.js';
import appCourtCompetence from './app-court-competence.js';
import appStateLawCheck from './app-state-law-check.js';
import orderSealingIndefinite from './order-sealing-indefinite.js';
import orderTrapResultsTiming from './order-trap-results-timing.js';

export const rules: Rule[] = [
  appMissingApplicantIdentity,
  appApplicantNotAttorney,
  appMissingAgencyIdentity,
  appMissingRelevanceCertification,
  appCertificationIncomplete,
  appMissingOath,
  orderMissingSubscriber,
  orderMissingSubject,
  orderMissingIdentifier,
  orderMissingOffense,
  orderMissingGeoLimitsStateTrap,
  orderMissingAssistanceDirective,
  orderMissingSealing,
  orderMissingNondisclosure,
  orderOwnDeviceNoRecord,
  orderRecordDeadlineWrong,
  orderMissingDuration,
  orderDurationExceeds60,
  durationWordNumeralMismatch,
  orderDurationMonthAmbiguous,
  orderDurationOpenEnded,
  orderRetroactiveStart,
  extensionExceeds60,
  extensionAutomatic,
  emergency48h,
  scopeContents,
  scopeSubjectLine,
  scopeSearchTerms,
  scopeFullUrl,
  scopePctdd,
  scopeLocationPrttOnly,
  scopeLocationHybrid,
  scopeHistoricalUnderPrtt,
  scopeHistoricalCsliWithoutWarrant,
  scopeSubscriberRecordsPrttOnly,
  scopeStoredContent,
  scopeCellSiteSimulator,
  draftUnfilledPlaceholder,
  draftInconsistentIdentifier,
  draftInvalidDate,
  citeUnknownSection,
  scopeContentDisclaimerMissing,
  orderDurationStartUnspecified,
  appCourtCompetence,
  appStateLawCheck,
  orderSealingIndefinite,
  orderTrapResultsTiming,
];
