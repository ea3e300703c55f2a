package org.convene.shared;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import freemarker.template.Configuration;
import freemarker.template.TemplateException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Renders a FreeMarker template from {@code templates/} to text, and well-formed XHTML to PDF: for mails, agendas and minutes. */
@Component
public class Documents {

    private final Configuration freemarker;

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
            new PdfRendererBuilder().useFastMode().withHtmlContent(xhtml, null).toStream(out).run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("A PDF could not be made", e);
        }
    }
}
