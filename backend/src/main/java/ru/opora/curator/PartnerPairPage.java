package ru.opora.curator;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PartnerPairPage", description = "Страница списка пар школ")
public record PartnerPairPage(List<PartnerPairView> items, long total, int page, int size) {
}
