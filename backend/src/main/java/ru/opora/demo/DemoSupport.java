package ru.opora.demo;

import java.time.LocalDate;
import java.util.List;
import ru.opora.meeting.BodyKind;
import ru.opora.meeting.MeetingFormat;
import ru.opora.meeting.Speech;
import ru.opora.meeting.Votes;
import ru.opora.recommendation.Audience;
import ru.opora.recommendation.BasisKind;
import ru.opora.roadmap.report.EvidenceLink;
import ru.opora.school.SchoolCategory;
import ru.opora.security.OrganisationType;
import ru.opora.workgroup.ApprovingOrder;
import ru.opora.workgroup.Member;

/** The demo data of school support (demo/support.json): organisations are named by their codes, as in the documents. */
record DemoSupport(
        String note,
        List<DemoGroup> workingGroups,
        List<DemoMeeting> meetings,
        List<DemoCurator> curators,
        List<DemoPair> pairs,
        List<DemoVisit> visits,
        List<DemoEvent> events,
        List<DemoRecommendation> recommendations) {

    record DemoGroup(String key, OrganisationType ownerType, String ownerCode, String name, ApprovingOrder order,
                     List<Member> members) {
    }

    record DemoMeeting(String key, String note, OrganisationType ownerType, String ownerCode, String workingGroup,
                       BodyKind bodyKind, String authority, String title, String number, LocalDate heldOn, String place,
                       MeetingFormat format, String chair, String secretary, List<String> participants,
                       Integer attendeesCount, boolean sign, List<DemoItem> agenda) {
    }

    record DemoItem(String title, List<Speech> heard, List<Speech> spoke, Votes votes, List<DemoDecision> decisions) {
    }

    record DemoDecision(String number, String text, String executorCode, String executorName, String executorPerson,
                        LocalDate dueOn, DemoDone done) {
    }

    record DemoDone(String text, List<EvidenceLink> evidence, OrganisationType by) {
    }

    record DemoCurator(String username, String name, String organisation, List<String> schools) {
    }

    record DemoAgreement(String number, LocalDate date) {
    }

    record DemoPair(String leader, String supported, DemoAgreement agreement) {
    }

    record DemoVisit(String key, String curator, String school, int daysFromToday, String purpose, String findings) {
    }

    record DemoAudience(List<String> schools, List<SchoolCategory> categories, List<String> municipalities) {
    }

    record DemoAttendance(String school, int participants) {
    }

    record DemoItemRef(String ownerCode, String number) {
    }

    record DemoEvent(OrganisationType ownerType, String ownerCode, ru.opora.event.EventKind kind, LocalDate heldOn,
                     String organiserName, String topic, String publicationUrl, DemoAudience audience,
                     List<DemoAttendance> attendance, DemoItemRef roadmapItem) {
    }

    record DemoAddressee(OrganisationType type, String code) {
    }

    record DemoDecisionRef(String meeting, String number) {
    }

    record DemoBasis(BasisKind kind, String reference, String visit, DemoDecisionRef decision) {
    }

    record DemoRecommendation(String issuerType, String issuerCode, String curator, DemoAddressee addressee,
                              List<Audience> audiences, String text, DemoBasis basis, LocalDate issuedOn, LocalDate dueOn,
                              Integer dueInDays, String answer, DemoDone done) {
    }
}
