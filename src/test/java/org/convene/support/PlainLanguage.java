package org.convene.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The check every text written for families passes: no term from the jargon list (professional shorthand and words
 * families should not have to decode) and no sentence of more than 25 words. Headings, table cells and line breaks
 * end a sentence too.
 */
public final class PlainLanguage {

    public static final List<String> JARGON = List.of("s47", "s.47", "section 47", "s17", "ICPC", "RCPC", "RHI", "PR", "LA", "CIN", "CP", "CPP",
            "LAC", "CLA", "SW", "DSL", "MASH", "FGC", "FGDM", "PLO", "LADO", "TAF", "EHA", "multi-agency", "statutory", "threshold",
            "significant harm", "strategy discussion", "pre-proceedings", "section 31ZA", "s31ZA", "network meeting", "baseline", "referral");
    public static final int LONGEST_SENTENCE = 25;
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'’-]*|\\d+");

    private PlainLanguage() {
    }

    /** Each jargon term found, and each sentence of more than 25 words, in an HTML page or letter, or plain text. */
    public static List<String> problems(String text) {
        String plain = text.replaceAll("(?i)<br\\s*/?>|</(p|h1|h2|h3|td|th|tr|li|div)>", ".\n").replaceAll("<[^>]+>", " ")
                .replace("&#39;", "'").replace("&amp;", "&").replace("&quot;", "\"");
        List<String> found = new ArrayList<>();
        for (String term : JARGON) {
            boolean caseMatters = term.equals(term.toUpperCase(Locale.ROOT));
            Pattern pattern = Pattern.compile("(?<![\\w-])" + Pattern.quote(term) + "(?![\\w-])", caseMatters ? 0 : Pattern.CASE_INSENSITIVE);
            if (pattern.matcher(plain).find()) {
                found.add("jargon: " + term);
            }
        }
        for (String sentence : plain.split("[.!?:]+(\\s|$)|\\n")) {
            Matcher words = WORD.matcher(sentence);
            int count = 0;
            while (words.find()) {
                count++;
            }
            if (count > LONGEST_SENTENCE) {
                found.add("long sentence (" + count + " words): " + sentence.trim());
            }
        }
        return found;
    }

    /** A page's letter only (the page around it is Convene's, for the professional printing it); a PDF or a mail is all letter. */
    public static String letterPart(String page) {
        int start = page.indexOf("<div class=\"govuk-body convene-letter\">");
        if (start < 0) {
            return page;
        }
        int end = page.indexOf("</main>", start);
        return page.substring(start, end < 0 ? page.length() : end);
    }
}
