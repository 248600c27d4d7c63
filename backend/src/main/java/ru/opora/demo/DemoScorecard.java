package ru.opora.demo;

import java.util.List;
import ru.opora.demo.DemoRoadmaps.DemoRoadmap;

/**
 * The demo data behind the scorecard of municipal roadmaps (demo/scorecard-penza.json, seed 002): Penza's municipal
 * roadmaps of direction 1.2 with their period reports, and the support of the municipalities' programme schools
 * (curators, partner pairs, visits, events, recommendations), in the shapes of {@link DemoRoadmaps} and
 * {@link DemoSupport}.
 */
record DemoScorecard(String note, List<DemoRoadmap> roadmaps, DemoSupport support) {
}
