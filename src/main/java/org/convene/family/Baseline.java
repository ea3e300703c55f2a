package org.convene.family;

/** What the baseline meeting of referrer, coordinator and manager settles (reference §5.2). */
public record Baseline(String objective, String questions, String bottomLines, String resources) {
}
