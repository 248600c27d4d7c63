package ru.opora.risk;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RiskProfilePage", description = "Страница профилей рисков")
public record ProfilePage(List<ProfileSummary> items, long total, int page, int size) {
}
