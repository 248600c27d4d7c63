package ru.opora.scorecard;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import ru.opora.common.entity.Versions;
import ru.opora.common.error.ApiException;
import ru.opora.region.Region;
import ru.opora.scorecard.ScorecardViews.RegionView;
import ru.opora.scorecard.ScorecardViews.SnapshotView;
import ru.opora.security.Caller;

/**
 * Snapshots of the region's scorecard and the analytical note written from them: the ministry freezes the scorecard as
 * it is now (content and its hash never change), edits the pre-filled text blocks, and downloads the note, which is
 * the same text for the same snapshot and texts whenever it is written.
 */
@ApplicationScoped
public class ScorecardSnapshots {

    /** Canonical JSON of a snapshot's content for its hash: fixed field order, ISO dates. */
    private static final ObjectMapper CANONICAL = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private final ScorecardAccess access;
    private final ScorecardQueries queries;

    ScorecardSnapshots(ScorecardAccess access, ScorecardQueries queries) {
        this.access = access;
        this.queries = queries;
    }

    @Transactional
    public SnapshotView create(Caller caller, long regionId, String rawYear) {
        Region region = access.region(caller, regionId);
        int year = access.year(rawYear);
        RegionView now = queries.region(region, year);
        RegionView content = new RegionView(now.regionId(), now.regionName(), now.year(), now.asOf(), now.previousYear(),
                now.criteria(), now.municipalities(), now.effectIndicators(), now.effectiveness(), List.of());
        ScorecardSnapshot snapshot = new ScorecardSnapshot();
        snapshot.regionId = regionId;
        snapshot.year = year;
        snapshot.asOf = content.asOf();
        snapshot.content = content;
        snapshot.contentHash = hash(content);
        snapshot.texts = NoteSuggestions.of(content);
        snapshot.createdBy = caller.username();
        snapshot.updatedBy = caller.username();
        snapshot.persist();
        ScorecardSnapshot.flush();
        return view(snapshot);
    }

    @Transactional
    public List<SnapshotView> list(Caller caller, long regionId, String rawYear) {
        access.region(caller, regionId);
        int year = access.year(rawYear);
        return ScorecardSnapshot.<ScorecardSnapshot>list("regionId = ?1 and year = ?2 order by createdAt desc, id desc",
                regionId, year).stream().map(ScorecardSnapshots::view).toList();
    }

    @Transactional
    public SnapshotView updateTexts(Caller caller, long regionId, String rawYear, long snapshotId, NoteTextsUpdate input) {
        ScorecardSnapshot snapshot = find(caller, regionId, rawYear, snapshotId);
        Versions.require(input.version(), snapshot.version, "version", "снимка");
        NoteTexts texts = input.texts();
        snapshot.texts = new NoteTexts(texts.context().strip(), texts.problems().strip(), texts.factors().strip(),
                texts.recommendations().strip());
        snapshot.updatedBy = caller.username();
        // Always a write, also when nothing else changed (a confirmation): the versioned UPDATE checks the
        // caller's version in the database.
        snapshot.updatedAt = Instant.now();
        ScorecardSnapshot.flush();
        return view(snapshot);
    }

    /** The note of the snapshot: its title for the file name and the DOCX. */
    @Transactional
    public Note note(Caller caller, long regionId, String rawYear, long snapshotId) {
        ScorecardSnapshot snapshot = find(caller, regionId, rawYear, snapshotId);
        return new Note("Аналитическая записка — оценка муниципальных дорожных карт " + snapshot.year + ", "
                + snapshot.content.regionName() + ", на " + RussianText.date(snapshot.asOf), ScorecardNote.write(snapshot));
    }

    public record Note(String title, byte[] docx) {
    }

    private ScorecardSnapshot find(Caller caller, long regionId, String rawYear, long snapshotId) {
        access.region(caller, regionId);
        int year = access.year(rawYear);
        return ScorecardSnapshot.<ScorecardSnapshot>findByIdOptional(snapshotId)
                .filter(s -> s.regionId == regionId && s.year == year)
                .orElseThrow(() -> ApiException.notFound("Снимок " + snapshotId + " оценки за " + year + " год не найден."));
    }

    static String hash(RegionView content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(CANONICAL.writeValueAsString(content).getBytes(StandardCharsets.UTF_8)));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("The scorecard's content cannot be hashed", e);
        }
    }

    static SnapshotView view(ScorecardSnapshot s) {
        long met = s.content.municipalities().stream().mapToLong(ScorecardViews.Row::metCount).sum();
        return new SnapshotView(s.id, s.regionId, s.year, s.asOf, s.contentHash, s.content.municipalities().size(), met,
                s.texts, s.createdAt, s.createdBy, s.updatedAt, s.version, List.of(SnapshotPermission.values()));
    }
}
