package ru.opora.recommendation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RecommendationIssuer", description = "Кто выдал рекомендацию: министерство, муниципалитет, куратор")
public enum IssuerType {
    REGION,
    MUNICIPALITY,
    CURATOR
}
