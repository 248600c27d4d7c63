package ru.opora.roadmap.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import ru.opora.account.UserDirectory;
import ru.opora.account.UserNames;
import ru.opora.common.entity.Versions;
import ru.opora.common.error.ApiException;
import ru.opora.common.error.FieldError;
import ru.opora.common.text.Texts;
import ru.opora.config.OporaConfig;
import ru.opora.roadmap.Roadmap;
import ru.opora.roadmap.RoadmapAccess;
import ru.opora.roadmap.RoadmapItem;
import ru.opora.roadmap.RoadmapLevel;
import ru.opora.roadmap.RoadmapRepository;
import ru.opora.roadmap.RoadmapGuard;
import ru.opora.roadmap.RoadmapViews;
import ru.opora.roadmap.ReportingPeriod;
import ru.opora.security.Caller;
import ru.opora.security.Role;

/**
 * Execution reports: the owner fills a period's report item by item and submits it whole; the level above
 * accepts it or returns it with a comment. Every change is kept by Envers.
 */
@ApplicationScoped
public class ReportService {

    private final RoadmapGuard roadmaps;
    private final RoadmapRepository roadmapRepository;
    private final OporaConfig config;
    private final Clock clock;
    private final UserDirectory directory;
    private final PeriodEvidence periodEvidence;

    ReportService(RoadmapGuard roadmaps, RoadmapRepository roadmapRepository, OporaConfig config, Clock clock,
                  UserDirectory directory, PeriodEvidence periodEvidence) {
        this.roadmaps = roadmaps;
        this.roadmapRepository = roadmapRepository;
        this.config = config;
        this.clock = clock;
        this.directory = directory;
        this.periodEvidence = periodEvidence;
    }

    @Transactional
    public ReportView get(Caller caller, long roadmapId, String periodCode) {
        Roadmap roadmap = roadmaps.visible(caller, roadmapId);
        ReportingPeriod period = period(roadmap, periodCode);
        return view(caller, roadmap, period, find(roadmap, period));
    }

    @Transactional
    public ItemReportView saveItem(Caller caller, long roadmapId, String periodCode, long itemId, ItemReportInput input) {
        Roadmap roadmap = roadmaps.owned(caller, roadmapId);
        ReportingPeriod period = period(roadmap, periodCode);
        RoadmapItem item = RoadmapGuard.item(roadmap, itemId);
        requireReportable(roadmap);
        RoadmapReport existing = find(roadmap, period);
        if (existing != null && !existing.status.editable()) {
            throw ApiException.conflict("Отчёт " + period.labelGenitive() + " уже " + (existing.status == ReportStatus.ACCEPTED
                    ? "принят" : "сдан и ждёт проверки") + ": изменить его нельзя.");
        }
        // The state before the input: a stale version is 409 whatever the body says.
        ItemReport entry = existing == null ? null
                : ItemReport.<ItemReport>find("report = ?1 and item = ?2", existing, item).firstResult();
        if (entry == null && input.version() != null) {
            throw ApiException.staleVersion(input.version(), 0);
        } else if (entry != null && input.version() == null) {
            // The caller thought the entry new; someone has written it since.
            throw ApiException.staleVersion(-1, entry.version);
        } else if (entry != null) {
            Versions.require(input.version(), entry.version, "version", "записи отчёта");
        }
        List<FieldError> errors = new ArrayList<>();
        if (period.startsOn().isAfter(LocalDate.now(clock))) {
            errors.add(new FieldError("period", "период " + period.label() + " ещё не начался"));
        }
        if (input.status().needsReason() && (input.reason() == null || input.reason().isBlank())) {
            errors.add(new FieldError("reason", "укажите причину: мероприятие «" + ItemStatusText.of(input.status()) + "»"));
        }
        if (input.status() == ItemStatus.DONE && (input.doneText() == null || input.doneText().isBlank())) {
            errors.add(new FieldError("doneText", "опишите, что сделано"));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        RoadmapReport report = existing;
        if (report == null) {
            report = new RoadmapReport();
            report.roadmap = roadmap;
            report.period = period.code();
            report.status = ReportStatus.DRAFT;
            report.createdBy = caller.username();
            report.updatedBy = caller.username();
            report.persist();
        }
        if (entry == null) {
            entry = new ItemReport();
            entry.report = report;
            entry.item = item;
        }
        entry.status = input.status();
        entry.doneText = Texts.blankToNull(input.doneText());
        entry.reason = input.status().needsReason() ? input.reason().strip() : Texts.blankToNull(input.reason());
        entry.actualValue = input.actualValue();
        entry.evidence = new ArrayList<>(input.evidence() == null ? List.of()
                : input.evidence().stream().map(e -> new EvidenceLink(e.url().strip(), e.title().strip())).toList());
        entry.updatedBy = caller.username();
        if (entry.id == null) {
            entry.persist();
        }
        report.updatedBy = caller.username();
        report.updatedAt = Instant.now(clock);
        ItemReport.flush();
        return itemView(item, period, entry, attachments(List.of(entry)).getOrDefault(entry.id, List.of()),
                periodEvidence.forItems(List.of(item.id), period.startsOn(), period.endsOn()).getOrDefault(item.id, List.of()));
    }

    @Transactional
    public ReportView submit(Caller caller, long roadmapId, String periodCode, ReportSubmission submission) {
        Roadmap roadmap = roadmaps.owned(caller, roadmapId);
        ReportingPeriod period = period(roadmap, periodCode);
        requireReportable(roadmap);
        RoadmapReport report = find(roadmap, period);
        if (report == null) {
            throw ApiException.conflict("Отчёт " + period.labelGenitive() + " ещё не заполнен.");
        }
        requireVersion(report, submission.version());
        if (!report.status.editable()) {
            throw ApiException.conflict("Отчёт " + period.labelGenitive() + " уже сдан.");
        }
        List<FieldError> missing = missing(roadmapRepository.items(roadmap.id), period, entries(report));
        if (!missing.isEmpty()) {
            throw ApiException.invalid(missing);
        }
        report.status = ReportStatus.SUBMITTED;
        report.submittedAt = Instant.now(clock);
        report.submittedBy = caller.username();
        report.updatedBy = caller.username();
        RoadmapReport.flush();
        return view(caller, roadmap, period, report);
    }

    @Transactional
    public ReportView review(Caller caller, long roadmapId, String periodCode, ReportReview review) {
        Roadmap roadmap = roadmaps.visible(caller, roadmapId);
        if (!RoadmapAccess.reviews(caller, roadmap)) {
            throw ApiException.forbidden(roadmap.level == RoadmapLevel.REGION
                    ? "Отчёты по региональной дорожной карте не проходят проверку вышестоящего уровня."
                    : "Проверяет отчёты вышестоящий уровень: " + (roadmap.level == RoadmapLevel.MUNICIPALITY
                    ? "министерство" : "муниципальный орган управления образованием") + ".");
        }
        ReportingPeriod period = period(roadmap, periodCode);
        RoadmapReport report = find(roadmap, period);
        if (report == null) {
            throw ApiException.notFound("Отчёт " + period.labelGenitive() + " ещё не начат.");
        }
        requireVersion(report, review.version());
        if (report.status != ReportStatus.SUBMITTED) {
            throw ApiException.conflict("Проверить можно только сданный отчёт; этот в статусе " + report.status + ".");
        }
        if (review.decision() == ReviewDecision.RETURN && (review.comment() == null || review.comment().isBlank())) {
            throw ApiException.invalid("comment", "укажите, что нужно исправить");
        }
        report.status = review.decision() == ReviewDecision.ACCEPT ? ReportStatus.ACCEPTED : ReportStatus.RETURNED;
        report.reviewedAt = Instant.now(clock);
        report.reviewedBy = caller.username();
        report.reviewComment = Texts.blankToNull(review.comment());
        report.updatedBy = caller.username();
        RoadmapReport.flush();
        return view(caller, roadmap, period, report);
    }

    /** Submitted reports the caller has to accept or return, oldest first. */
    @Transactional
    public List<ReviewTask> reviewQueue(Caller caller) {
        List<RoadmapReport> reports = caller.role() == Role.MINISTRY
                ? RoadmapReport.list("select r from RoadmapReport r join fetch r.roadmap m where r.status = ?1"
                + " and m.level = ?2 and m.region.id = ?3 order by r.submittedAt", ReportStatus.SUBMITTED,
                RoadmapLevel.MUNICIPALITY, caller.regionId())
                : RoadmapReport.list("select r from RoadmapReport r join fetch r.roadmap m where r.status = ?1"
                + " and m.level = ?2 and m.municipality.id = ?3 order by r.submittedAt", ReportStatus.SUBMITTED,
                RoadmapLevel.SCHOOL, caller.municipalityId());
        UserNames names = directory.names(reports.stream().map(r -> r.submittedBy).toList());
        return reports.stream().map(r -> {
            ReportingPeriod period = ReportingPeriod.parse(r.period);
            LocalDate due = dueOn(r.roadmap, period);
            LocalDate submitted = LocalDate.ofInstant(r.submittedAt, ZoneId.systemDefault());
            return new ReviewTask(r.roadmap.id, r.roadmap.title, r.roadmap.level, RoadmapViews.owner(r.roadmap),
                    r.period, period.label(), due, r.submittedAt, r.submittedBy, names.of(r.submittedBy),
                    submitted.isAfter(due), r.version);
        }).toList();
    }

    /** The item's reports over all periods, newest first: the item's side panel. */
    @Transactional
    public List<ItemPeriodReportView> itemHistory(Caller caller, long roadmapId, long itemId) {
        Roadmap roadmap = roadmaps.visible(caller, roadmapId);
        RoadmapItem item = RoadmapGuard.item(roadmap, itemId);
        List<ItemReport> entries = ItemReport.list("select e from ItemReport e join fetch e.report r where e.item = ?1"
                + " order by r.period desc", item);
        Map<Long, List<AttachmentView>> files = attachments(entries);
        return entries.stream().map(e -> new ItemPeriodReportView(e.report.period,
                ReportingPeriod.parse(e.report.period).label(), e.report.status, e.status, e.doneText, e.reason,
                e.actualValue, List.copyOf(e.evidence), files.getOrDefault(e.id, List.of()), e.report.reviewComment,
                e.updatedAt, e.updatedBy)).toList();
    }

    @Transactional
    public AttachmentView attach(Caller caller, long roadmapId, String periodCode, long itemId, String fileName,
                                 Path file) {
        Roadmap roadmap = roadmaps.owned(caller, roadmapId);
        ReportingPeriod period = period(roadmap, periodCode);
        RoadmapItem item = RoadmapGuard.item(roadmap, itemId);
        requireReportable(roadmap);
        RoadmapReport report = find(roadmap, period);
        ItemReport entry = report == null ? null
                : ItemReport.<ItemReport>find("report = ?1 and item = ?2", report, item).firstResult();
        if (entry == null) {
            throw ApiException.conflict("Сначала сохраните отчёт по мероприятию " + item.number + ", затем прикладывайте файлы.");
        }
        if (!report.status.editable()) {
            throw ApiException.conflict("Отчёт " + period.labelGenitive() + " уже сдан: файлы не меняются.");
        }
        String name = fileName == null ? "" : Path.of(fileName).getFileName().toString().strip();
        String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
        if (!config.uploads().attachmentExtensions().contains(extension)) {
            throw new ApiException(415, "unsupported-media-type", "Неподдерживаемый тип файла",
                    "Файл «" + name + "» не принят: допустимы " + String.join(", ", config.uploads().attachmentExtensions()) + ".",
                    List.of(new FieldError("file", "недопустимый тип файла «" + extension + "»")));
        }
        byte[] content;
        try {
            if (Files.size(file) > config.uploads().maxFileBytes()) {
                throw new ApiException(413, "payload-too-large", "Слишком большой файл", "Файл больше "
                        + config.uploads().maxFileBytes() / (1024 * 1024) + " МБ.", null);
            }
            content = Files.readAllBytes(file);
        } catch (IOException e) {
            throw ApiException.badRequest(List.of(new FieldError("file", "файл не удалось прочитать")));
        }
        if (content.length == 0) {
            throw ApiException.invalid("file", "файл пуст");
        }
        String contentType = ContentTypes.byExtension(extension);
        if (!ru.opora.common.web.FileContent.is(content, contentType)) {
            throw new ApiException(415, "unsupported-media-type", "Содержимое файла не соответствует его имени",
                    "Файл «" + name + "» по содержимому не является файлом ." + extension + ".",
                    List.of(new FieldError("file", "содержимое не соответствует расширению «" + extension
                            + "» (распознано: " + ru.opora.common.web.FileContent.detect(content).getBaseType() + ")")));
        }
        Attachment attachment = new Attachment();
        attachment.itemReport = entry;
        attachment.fileName = name.length() > 255 ? name.substring(name.length() - 255) : name;
        attachment.contentType = contentType;
        attachment.sizeBytes = content.length;
        attachment.sha256 = sha256(content);
        attachment.content = content;
        attachment.uploadedBy = caller.username();
        attachment.persist();
        Attachment.flush();
        return AttachmentView.of(attachment);
    }

    /** A stored file with its content read inside the transaction. */
    public record StoredFile(String fileName, String contentType, byte[] content) {
    }

    @Transactional
    public StoredFile download(Caller caller, long roadmapId, long attachmentId) {
        Attachment attachment = attachment(roadmaps.visible(caller, roadmapId), attachmentId);
        return new StoredFile(attachment.fileName, attachment.contentType, attachment.content);
    }

    @Transactional
    public void deleteAttachment(Caller caller, long roadmapId, long attachmentId) {
        Roadmap roadmap = roadmaps.owned(caller, roadmapId);
        Attachment attachment = attachment(roadmap, attachmentId);
        requireReportable(roadmap);
        if (!attachment.itemReport.report.status.editable()) {
            throw ApiException.conflict("Отчёт уже сдан: файлы не меняются.");
        }
        attachment.delete();
    }

    private static Attachment attachment(Roadmap roadmap, long attachmentId) {
        return Attachment.<Attachment>findByIdOptional(attachmentId)
                .filter(a -> a.itemReport.report.roadmap.id.equals(roadmap.id))
                .orElseThrow(() -> ApiException.notFound("Файл " + attachmentId + " не найден."));
    }

    /**
     * Reports are kept only on an approved or executing roadmap (409). The nested objects are looked up before this,
     * so that an unknown one is «not found» whatever the roadmap's status (README «Доступ»).
     */
    private static void requireReportable(Roadmap roadmap) {
        if (!roadmap.status.reportable()) {
            throw ApiException.conflict("Отчитываться можно по утверждённой или исполняемой дорожной карте; эта в статусе "
                    + roadmap.status + ".");
        }
    }

    private static ReportingPeriod period(Roadmap roadmap, String code) {
        ReportingPeriod period = ReportingPeriod.parse(code);
        if (period == null || !period.belongsTo(roadmap)) {
            throw ApiException.notFound("У дорожной карты нет отчётного периода «" + code + "»: периоды — "
                    + (roadmap.periodicity == ru.opora.roadmap.Periodicity.QUARTER ? "кварталы" : "полугодия")
                    + " " + Roadmap.years(roadmap.yearFrom, roadmap.yearTo) + (roadmap.yearFrom == roadmap.yearTo ? " г." : " гг.") + ", например " + roadmap.yearFrom
                    + (roadmap.periodicity == ru.opora.roadmap.Periodicity.QUARTER ? "-Q1" : "-H1") + ".");
        }
        return period;
    }

    public static LocalDate dueOn(Roadmap roadmap, ReportingPeriod period) {
        return period.endsOn().plusDays(roadmap.reportDueDay);
    }

    private static RoadmapReport find(Roadmap roadmap, ReportingPeriod period) {
        return RoadmapReport.<RoadmapReport>find("roadmap = ?1 and period = ?2", roadmap, period.code()).firstResult();
    }

    private static Map<Long, ItemReport> entries(RoadmapReport report) {
        return ItemReport.<ItemReport>list("report", report).stream()
                .collect(Collectors.toMap(e -> e.item.id, Function.identity()));
    }

    private static Map<Long, List<AttachmentView>> attachments(List<ItemReport> entries) {
        if (entries.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = Attachment.getEntityManager().createQuery("""
                select a.itemReport.id, new ru.opora.roadmap.report.AttachmentView(a.id, a.fileName, a.contentType,
                    a.sizeBytes, a.sha256, a.uploadedAt, a.uploadedBy)
                from Attachment a where a.itemReport in :entries order by a.id""", Object[].class)
                .setParameter("entries", entries).getResultList();
        return rows.stream().collect(Collectors.groupingBy(r -> (Long) r[0],
                Collectors.mapping(r -> (AttachmentView) r[1], Collectors.toList())));
    }

    private ReportView view(Caller caller, Roadmap roadmap, ReportingPeriod period, RoadmapReport report) {
        Map<Long, ItemReport> entries = report == null ? Map.of() : entries(report);
        Map<Long, List<AttachmentView>> files = attachments(List.copyOf(entries.values()));
        List<RoadmapItem> roadmapItems = roadmapRepository.items(roadmap.id);
        List<FieldError> missing = !savable(caller, roadmap, period, report) ? List.of()
                : report == null && entries.isEmpty() && roadmapItems.stream().noneMatch(i -> !i.startsOn.isAfter(period.endsOn()))
                ? List.of(new FieldError("items", "отчёт ещё не заполнен: сохраните отчёт хотя бы по одному мероприятию"))
                : missing(roadmapItems, period, entries);
        Map<Long, List<EventEvidence>> events = periodEvidence.forItems(roadmapItems.stream().map(i -> i.id).toList(),
                period.startsOn(), period.endsOn());
        List<ItemReportView> items = roadmapItems.stream().map(item -> {
            ItemReport e = entries.get(item.id);
            return itemView(item, period, e, e == null ? List.of() : files.getOrDefault(e.id, List.of()),
                    events.getOrDefault(item.id, List.of()));
        }).toList();
        UserNames names = report == null ? directory.names() : directory.names(report.submittedBy, report.reviewedBy);
        return new ReportView(roadmap.id, roadmap.title, RoadmapViews.owner(roadmap), period.code(), period.label(),
                period.startsOn(), period.endsOn(), dueOn(roadmap, period),
                roadmapRepository.periods(roadmap.id, LocalDate.now(clock)).stream()
                        .anyMatch(p -> p.code().equals(period.code()) && p.overdue()),
                report == null ? null : report.status, report == null ? null : report.submittedAt,
                report == null ? null : report.submittedBy, report == null ? null : names.of(report.submittedBy),
                report == null ? null : report.reviewedAt, report == null ? null : report.reviewedBy,
                report == null ? null : names.of(report.reviewedBy), report == null ? null : report.reviewComment,
                report == null ? null : report.version, items, actor(caller, roadmap),
                allowed(caller, roadmap, period, report, missing), missing);
    }

    private static ReportActor actor(Caller caller, Roadmap roadmap) {
        return RoadmapAccess.owns(caller, roadmap) ? ReportActor.OWNER
                : RoadmapAccess.reviews(caller, roadmap) ? ReportActor.REVIEWER : ReportActor.VIEWER;
    }

    /** The same rules as {@link #saveItem}, {@link #submit} and {@link #review} refuse by. */
    private List<ReportPermission> allowed(Caller caller, Roadmap roadmap, ReportingPeriod period, RoadmapReport report,
                                           List<FieldError> missing) {
        EnumSet<ReportPermission> allowed = EnumSet.noneOf(ReportPermission.class);
        if (savable(caller, roadmap, period, report)) {
            allowed.add(ReportPermission.SAVE);
            if (report != null && missing.isEmpty()) {
                allowed.add(ReportPermission.SUBMIT);
            }
        }
        if (RoadmapAccess.reviews(caller, roadmap) && report != null && report.status == ReportStatus.SUBMITTED) {
            allowed.add(ReportPermission.REVIEW);
        }
        return List.copyOf(allowed);
    }

    private boolean savable(Caller caller, Roadmap roadmap, ReportingPeriod period, RoadmapReport report) {
        return RoadmapAccess.owns(caller, roadmap) && roadmap.status.reportable()
                && !period.startsOn().isAfter(LocalDate.now(clock)) && (report == null || report.status.editable());
    }

    /** What keeps a report from being submitted: an item begun by the period's end with no report, or nothing at all. */
    private static List<FieldError> missing(List<RoadmapItem> items, ReportingPeriod period, Map<Long, ItemReport> entries) {
        List<FieldError> missing = new ArrayList<>();
        for (RoadmapItem item : items) {
            if (!item.startsOn.isAfter(period.endsOn()) && !entries.containsKey(item.id)) {
                missing.add(new FieldError("items[" + item.number + "]", "нет отчёта по мероприятию " + item.number
                        + ": оно начинается не позже конца периода"));
            }
        }
        return missing;
    }

    private static ItemReportView itemView(RoadmapItem item, ReportingPeriod period, ItemReport e,
                                           List<AttachmentView> files, List<EventEvidence> events) {
        return new ItemReportView(item.id, item.number, item.title, item.section.title, item.timeframe,
                !item.startsOn.isAfter(period.endsOn()),
                e == null ? null : e.status, e == null ? null : e.doneText, e == null ? null : e.reason,
                e == null ? null : e.actualValue, item.plannedIndicator, item.plannedValue,
                e == null ? List.of() : List.copyOf(e.evidence), files, events,
                e == null ? null : e.version, e == null ? null : e.updatedAt, e == null ? null : e.updatedBy);
    }

    private static void requireVersion(RoadmapReport report, Long version) {
        Versions.require(version, report.version, "version", "отчёта");
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
