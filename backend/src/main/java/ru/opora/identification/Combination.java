package ru.opora.identification;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How the rules of a group combine: every rule, any rule, or at least k of them. */
@Schema(name = "RuleCombination", description = "Сочетание правил: все (ALL), любое (ANY), не менее k (AT_LEAST)")
public enum Combination {
    ALL, ANY, AT_LEAST;

    /** How many rules must hold, of {@code rules}. */
    public int needed(int rules, Integer atLeast) {
        return switch (this) {
            case ALL -> rules;
            case ANY -> 1;
            case AT_LEAST -> atLeast == null ? rules : atLeast;
        };
    }
}
