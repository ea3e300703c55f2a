package org.convene.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * An invitee without an account on the meeting papers' pages, in a browser of their own: the guest link from a mail,
 * the code they ask for, the code they type, the papers.
 */
public final class GuestSignIn {

    private GuestSignIn() {
    }

    public static final Pattern LINK = Pattern.compile("/guest/invitations/(\\d+)\\?token=([A-Za-z0-9_.-]+)");
    public static final Pattern CODE = Pattern.compile("\\b(\\d{6})\\b");
    public static final String CODE_SUBJECT = "Your code to open the meeting papers";


    /** The guest link in a mail's text. */
    public static String link(String mail) {
        Matcher link = LINK.matcher(mail);
        assertThat(link.find()).as("a guest link in the mail").isTrue();
        return link.group();
    }

    /** The one-time code in a mail's text. */
    public static String code(String mail) {
        Matcher code = CODE.matcher(mail);
        assertThat(code.find()).as("a code in the mail").isTrue();
        return code.group(1);
    }

    public static MockHttpServletResponse page(String path, MvcBrowser browser) throws Exception {
        return browser.perform(get(path)).andReturn().getResponse();
    }

    /** Presses "Send me a code". */
    public static MockHttpServletResponse askForCode(String link, MvcBrowser browser) throws Exception {
        return browser.perform(post(action(link, "code"))).andReturn().getResponse();
    }

    /** Types a code and presses "Open the papers". */
    public static MockHttpServletResponse type(String link, String code, MvcBrowser browser) throws Exception {
        return browser.perform(post(action(link, "session")).param("code", code)).andReturn().getResponse();
    }

    public static String papers(String link) {
        return action(link, "papers");
    }

    private static String action(String link, String what) {
        return link.replace("?token=", "/" + what + "?token=");
    }
}
