package org.convene.shared;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import freemarker.template.Configuration;
import freemarker.template.TemplateException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Renders a FreeMarker template from {@code templates/} to text, and well-formed XHTML to PDF: for mails, agendas and
 * minutes. PDFs embed fonts for every script a name may be written in (templates ask for them as
 * {@code font-family: 'DejaVu Sans', 'Droid Sans Fallback'}; see {@code src/main/resources/fonts/README.md}), and
 * Arabic and Hebrew are shaped and run right to left.
 */
@Component
public class Documents {

    private static final String DEJAVU = "net/sf/jasperreports/fonts/dejavu/";

    private final Configuration freemarker;
    private final byte[] regular = font(DEJAVU + "DejaVuSans.ttf");
    private final byte[] bold = font(DEJAVU + "DejaVuSans-Bold.ttf");
    private final byte[] oblique = font(DEJAVU + "DejaVuSans-Oblique.ttf");
    private final byte[] cjk = font("fonts/DroidSansFallbackFull.ttf");

    Documents(Configuration freemarker) {
        this.freemarker = freemarker;
    }

    public String render(String template, Map<String, ?> model) {
        try (StringWriter out = new StringWriter()) {
            freemarker.getTemplate(template).process(model, out);
            return out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException("Template " + template + " is missing", e);
        } catch (TemplateException e) {
            throw new IllegalStateException("Template " + template + " failed", e);
        }
    }

    public byte[] pdf(String xhtml) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            new PdfRendererBuilder().useFastMode()
                    .useFont(() -> stream(regular), "DejaVu Sans", 400, FontStyle.NORMAL, true)
                    .useFont(() -> stream(bold), "DejaVu Sans", 700, FontStyle.NORMAL, true)
                    .useFont(() -> stream(oblique), "DejaVu Sans", 400, FontStyle.ITALIC, true)
                    .useFont(() -> stream(cjk), "Droid Sans Fallback", 400, FontStyle.NORMAL, true)
                    .useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory())
                    .useUnicodeBidiReorderer(new ICUBidiReorderer())
                    .withHtmlContent(xhtml, null).toStream(out).run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("A PDF could not be made", e);
        }
    }

    private static InputStream stream(byte[] font) {
        return new ByteArrayInputStream(font);
    }

    private static byte[] font(String resource) {
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("The font " + resource + " is missing from the classpath", e);
        }
    }
}
